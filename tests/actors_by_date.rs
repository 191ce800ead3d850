//! Actors as they stood on the event's date: a person in the office held then, an office
//! named without a name resolved to its holder then, one canonical name per person.
//! Table-driven: (sentence, document date, the event's date, actors expected, actors
//! that must not appear).

use chrono::NaiveDate;

use chronicle::event::actors::{on_event_date, ArticleActors, Mention};
use chronicle::text::sentence::tokenize;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

/// The actors of `text` read at `dct`, then moved to the event's date `start..end`.
fn actors(text: &str, dct: &str, start: &str, end: &str) -> Vec<String> {
    let tokens = tokenize(text);
    let known = ArticleActors::learn(&[&tokens], Some(day(dct)));
    let labels: Vec<String> = known.find(&tokens).iter().map(Mention::label).collect();
    on_event_date(labels, &tokens, day(start), Some(day(end)), Some(day(dct)))
}

/// (sentence, document date, event start, event end, actors wanted, actors refused)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn actors_on_the_event_date() {
    let cases: &[Case] = &[
        // a person named with his role of the document date shows the role of the event's
        (
            "Vladimir Putin said the treaty was signed",
            "2023-02-21",
            "2010-01-01",
            "2011-01-01",
            &["Vladimir Putin (Prime Minister of Russia)"],
            &["Vladimir Putin (President of Russia)"],
        ),
        (
            "Vladimir Putin said the treaty was signed",
            "2023-02-21",
            "2015-06-01",
            "2015-06-02",
            &["Vladimir Putin (President of Russia)"],
            &[],
        ),
        // an office without a name: its holder on the event's date
        (
            "The Russian president signed the treaty",
            "2023-02-21",
            "2010-04-08",
            "2010-04-09",
            &["Dmitry Medvedev (President of Russia)"],
            &["Vladimir Putin (President of Russia)"],
        ),
        (
            "The Russian president signed the treaty",
            "2023-02-21",
            "2014-03-18",
            "2014-03-19",
            &["Vladimir Putin (President of Russia)"],
            &["Dmitry Medvedev (President of Russia)"],
        ),
        (
            "The U.S. president visited Warsaw",
            "2024-05-01",
            "2016-07-08",
            "2016-07-09",
            &["Barack Obama (President of the United States)"],
            &[],
        ),
        (
            "The U.S. president visited Warsaw",
            "2024-05-01",
            "2018-07-08",
            "2018-07-09",
            &["Donald Trump (President of the United States)"],
            &["Barack Obama (President of the United States)"],
        ),
        (
            "The German chancellor met the alliance's leaders",
            "2024-01-10",
            "2019-12-03",
            "2019-12-04",
            &["Angela Merkel (Chancellor of Germany)"],
            &[],
        ),
        (
            "The NATO secretary general opened the summit",
            "2023-07-11",
            "2012-05-20",
            "2012-05-21",
            &["Anders Fogh Rasmussen (NATO Secretary General)"],
            &["Jens Stoltenberg (NATO Secretary General)"],
        ),
        // two holders in the event's year: no one
        (
            "The Russian president signed the decree",
            "2023-02-21",
            "2008-01-01",
            "2009-01-01",
            &["Russia"],
            &[
                "Dmitry Medvedev (President of Russia)",
                "Vladimir Putin (President of Russia)",
            ],
        ),
        // an office before a name is the name's title; "former" is not the holder
        (
            "Russian President Vladimir Putin said the treaty was signed",
            "2023-02-21",
            "2010-04-08",
            "2010-04-09",
            &["Vladimir Putin (Prime Minister of Russia)"],
            &["Dmitry Medvedev (President of Russia)"],
        ),
        (
            "The former Russian president said so",
            "2023-02-21",
            "2010-04-08",
            "2010-04-09",
            &[],
            &["Dmitry Medvedev (President of Russia)"],
        ),
        // an event after the document date keeps the document date's holders
        (
            "The Turkish president will visit Moscow",
            "2012-03-01",
            "2012-04-01",
            "2012-04-02",
            &["Abdullah Gul (President of Turkey)"],
            &[],
        ),
        // one canonical name, however the story writes it
        (
            "Turkey's President Tayyip Erdogan agreed",
            "2023-07-10",
            "2023-07-10",
            "2023-07-11",
            &["Recep Tayyip Erdogan (President of Turkey)"],
            &["Tayyip Erdogan (President)"],
        ),
        (
            "Prime Minister Tayyip Erdogan agreed",
            "2023-07-10",
            "2010-07-10",
            "2010-07-11",
            &["Recep Tayyip Erdogan (Prime Minister of Turkey)"],
            &[],
        ),
    ];
    for (text, dct, start, end, want, not) in cases {
        let got = actors(text, dct, start, end);
        for w in *want {
            assert!(got.iter().any(|g| g == w), "{text} ({start}): {got:?} lacks {w}");
        }
        for n in *not {
            assert!(!got.iter().any(|g| g == n), "{text} ({start}): {got:?} has {n}");
        }
    }
}

#[test]
fn a_timeline_names_the_holder_of_the_event_date() {
    let events = |text: &str| {
        let dir = tempfile::tempdir().expect("a folder");
        let story = dir.path().join("story.txt");
        std::fs::write(&story, text).expect("written");
        let out = assert_cmd::Command::cargo_bin("chronicle")
            .expect("the binary")
            .args([
                "-q",
                "-f",
                "csv",
                "--columns",
                "date,actors",
                "--dct",
                "2023-02-21",
            ])
            .arg(&story)
            .output()
            .expect("ran");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let csv = events(
        "MOSCOW, Feb 21 (Reuters) - The treaty was signed by the Russian president in April 2010. \
         The Russian president annexed Crimea in March 2014.\n",
    );
    let row = |date: &str| {
        csv.lines()
            .find(|l| l.starts_with(date))
            .unwrap_or_default()
            .to_string()
    };
    assert!(row("2010-04").contains("Dmitry Medvedev"), "{csv}");
    assert!(row("2014-03").contains("Vladimir Putin"), "{csv}");
    assert!(!row("2010-04").contains("Vladimir Putin"), "{csv}");
}
