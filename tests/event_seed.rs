//! The seed sample's events, from hand-made temporal expressions (the values a careful
//! reader gives them, as in the sample's expected.json), so event extraction is tested
//! independently of the temporal tagger.

use chronicle::dct::{DctSource, DocumentDate};
use chronicle::event::{extract, ExtractOptions, Status};
use chronicle::{Article, Dateline, Timex, TimexType};

const TEXT: &str = include_str!("fixtures/ria-novosti-2009-12-01-nato-russia.txt");

/// (phrase, which occurrence (0-based), type, value).
const TIMEXES: &[(&str, usize, TimexType, &str)] = &[
    ("Tuesday", 0, TimexType::Date, "2009-12-01"),
    ("December 1", 0, TimexType::Date, "2009-12-01"),
    ("Tuesday", 1, TimexType::Date, "2009-12-01"),
    ("Friday", 0, TimexType::Date, "2009-12-04"),
    ("earlier", 0, TimexType::Date, "PAST_REF"),
    ("June 2008", 0, TimexType::Date, "2008-06"),
    ("Sunday", 0, TimexType::Date, "2009-11-29"),
    ("August 2008", 0, TimexType::Date, "2008-08"),
    ("in June,", 0, TimexType::Date, "2009-06"),
    ("five-day", 0, TimexType::Duration, "P5D"),
    ("in August", 0, TimexType::Date, "2008-08"),
];

fn char_offset(haystack: &str, needle: &str, nth: usize) -> usize {
    let byte = haystack
        .match_indices(needle)
        .nth(nth)
        .map(|(b, _)| b)
        .expect(needle);
    haystack[..byte].chars().count()
}

fn timexes() -> Vec<Timex> {
    TIMEXES
        .iter()
        .map(|&(phrase, nth, kind, value)| {
            // "in June," → the span of "June".
            let core = phrase.trim_start_matches("in ").trim_end_matches(',');
            let start = char_offset(TEXT, phrase, nth) + phrase.find(core).unwrap();
            Timex {
                start,
                end: start + core.chars().count(),
                text: core.into(),
                kind,
                value: value.into(),
                modifier: None,
                range: None,
                rule: "hand".into(),
                anchor: "dct".into(),
            }
        })
        .collect()
}

fn document_date() -> DocumentDate {
    let start = char_offset(TEXT, "BRUSSELS, December 1", 0);
    DocumentDate {
        date: chrono::NaiveDate::from_ymd_opt(2009, 12, 1),
        source: DctSource::Inferred,
        confidence: 0.9,
        reason: "test".into(),
        dateline: Some(Dateline {
            place: Some("BRUSSELS".into()),
            agency: Some("RIA Novosti".into()),
            month: Some(12),
            day: Some(1),
            year: None,
            start,
            end: start + "BRUSSELS, December 1 (RIA Novosti) -".len(),
            ..Default::default()
        }),
    }
}

fn article() -> Article {
    Article {
        id: "ria".into(),
        text: TEXT.into(),
        ..Default::default()
    }
}

#[test]
fn six_dated_events_with_hand_made_timexes() {
    // every dated mention, then the article's repeated tellings folded, as the pipeline does
    let events = chronicle::merge::article::merge_within_article(extract(
        &article(),
        &document_date(),
        &timexes(),
        ExtractOptions::default(),
    ));
    for e in &events {
        eprintln!(
            "{} | {} | {} | {:?} | {:?} | {:?} | {}",
            e.date, e.trigger, e.headline, e.actors, e.status, e.location, e.rule
        );
    }
    let mut dates: Vec<&str> = events.iter().map(|e| e.date.as_str()).collect();
    dates.sort();
    assert_eq!(
        dates,
        [
            "2008-06",
            "2008-08",
            "2009-06",
            "2009-11-29",
            "2009-12-01",
            "2009-12-04"
        ]
    );
    let by_date = |d: &str| events.iter().find(|e| e.date == d).unwrap();
    let want: &[(&str, &str, Status, &[&str])] = &[
        (
            "2008-06",
            "proposed",
            Status::Occurred,
            &["Dmitry Medvedev (President of Russia)", "Russia"],
        ),
        ("2008-08", "conflict", Status::Occurred, &["Russia", "Georgia"]),
        ("2009-06", "meeting", Status::Occurred, &["Russia", "NATO"]),
        ("2009-11-29", "published", Status::Occurred, &["Russia"]),
        (
            "2009-12-01",
            "meeting",
            Status::Occurred,
            &[
                "Dmitry Rogozin (Russian envoy to NATO)",
                "Anders Fogh Rasmussen (NATO Secretary General)",
                "Russia",
                "NATO",
            ],
        ),
        (
            "2009-12-04",
            "meeting",
            Status::Scheduled,
            &["NATO-Russia Council"],
        ),
    ];
    for &(date, trigger, status, actors) in want {
        let e = by_date(date);
        assert_eq!((e.trigger.as_str(), e.status), (trigger, status), "{date}");
        for a in actors {
            assert!(
                e.actors.iter().any(|x| x == a),
                "{date}: {a} missing from {:?}",
                e.actors
            );
        }
    }
    assert_eq!(
        by_date("2009-12-01").actors.len(),
        4,
        "the dateline place is not an actor"
    );
    assert_eq!(by_date("2009-12-01").location.as_deref(), Some("Brussels"));
    assert_eq!(by_date("2009-06").location.as_deref(), Some("Greece"));
}

#[test]
fn undated_statements_only_on_request() {
    let events = extract(
        &article(),
        &document_date(),
        &timexes(),
        ExtractOptions { undated: true },
    );
    let reported: Vec<_> = events.iter().filter(|e| e.rule == "undated").collect();
    assert!(reported.iter().any(|e| e.trigger == "denied"), "{reported:#?}");
    assert!(reported
        .iter()
        .all(|e| e.status == Status::Reported && e.date == "2009-12-01"));
}
