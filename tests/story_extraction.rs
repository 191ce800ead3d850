//! Story extraction leaves page furniture out of the events: headline lists, related-story
//! boxes and "Issued/Posted/Updated …" lines. Each page in `tests/fixtures/pages/` was
//! written for this test in one site style; each has furniture that used to become
//! events, and the story's own events, which must stay. The document date must still be
//! read from the page.

use std::path::Path;

use chronicle::input;
use chronicle::run::pipeline::{self, Options};

/// One page: its file, the document date, the (date, trigger) rows that must stay, and
/// words of furniture lines no row's sentence may contain.
struct Case {
    file: &'static str,
    dct: &'static str,
    kept: &'static [(&'static str, &'static str)],
    dropped: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "wire-site-unclassed-lists.html",
        dct: "2023-11-07",
        kept: &[
            ("2023-11-07", "withdrew"),
            ("2023-11-07", "suspended"),
            ("1990", "signed"),
        ],
        dropped: &[
            "Finland closes border",
            "grain deal",
            "Riga next week",
            "nuclear test ban",
            "Posted on",
        ],
    },
    Case {
        file: "ministry-press-release.txt",
        dct: "2024-03-14",
        kept: &[("2024-03-14", "met")],
        dropped: &["Issued on", "Chisinau", "water security", "observers deployed"],
    },
    Case {
        file: "scraped-news-portal.txt",
        dct: "2025-06-02",
        kept: &[("2025-06-02", "met"), ("2021", "met")],
        dropped: &[
            "Updated 2 June",
            "Kremlin rejects",
            "Serbia votes",
            "Turkey ratifies",
            "Moldova expels",
        ],
    },
    Case {
        file: "agency-feed-headlines.txt",
        dct: "2025-12-02",
        kept: &[("2025-12-02", "endorsed"), ("2025-04", "meet")],
        dropped: &["Lavrov says", "Polish president", "EU extends", "Posted Tuesday"],
    },
];

#[test]
fn furniture_makes_no_events_and_the_story_keeps_its_own() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    for case in CASES {
        let loaded = input::read_path(&dir.join(case.file));
        assert_eq!(loaded.articles.len(), 1, "{}", case.file);
        let article = loaded.articles.into_iter().next().expect("one article");
        let analysis = pipeline::analyze(article, &Options::default());
        let dct = analysis.dct.date.map(|d| d.to_string());
        assert_eq!(dct.as_deref(), Some(case.dct), "{}: document date", case.file);
        let rows: Vec<(String, String, String)> = analysis
            .events
            .iter()
            .map(|e| (e.date.clone(), e.trigger.to_lowercase(), e.sentence.clone()))
            .collect();
        for (date, trigger) in case.kept {
            assert!(
                rows.iter().any(|(d, t, _)| d == date && t == trigger),
                "{}: lost {date} {trigger}; rows {rows:#?}",
                case.file
            );
        }
        for words in case.dropped {
            assert!(
                !rows.iter().any(|(_, _, s)| s.contains(words)),
                "{}: furniture {words:?} became a row; rows {rows:#?}",
                case.file
            );
        }
    }
}

#[test]
fn furniture_dates_stay_in_the_tagger_output() {
    // Hidden from the event stage only: `chronicle timex` still lists the line's date.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let loaded = input::read_path(&dir.join("ministry-press-release.txt"));
    let article = loaded.articles.into_iter().next().expect("one article");
    let analysis = pipeline::analyze(article, &Options::default());
    assert!(
        analysis.timexes.iter().any(|t| t.text.contains("14 Mar. 2024")),
        "{:?}",
        analysis.timexes.iter().map(|t| &t.text).collect::<Vec<_>>()
    );
}
