//! Rows a chronicler would publish (issue 25): table rows per failure class, with varied
//! names, dates and tenses. Each row: (document date, text, trigger, expected headline).

use chronicle::dct::DctOptions;
use chronicle::input::article::Article;
use chronicle::run::pipeline::{analyze, Options};

fn rows(dct: &str, text: &str) -> Vec<chronicle::event::Event> {
    let opts = Options {
        dct: DctOptions {
            flag: chrono::NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok(),
            ..Default::default()
        },
        undated: false,
    };
    let article = Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    analyze(article, &opts).events
}

fn check(table: &[(&str, &str, &str, &str)]) {
    for &(dct, text, trigger, headline) in table {
        let got = rows(dct, text);
        let Some(row) = got.iter().find(|e| e.trigger == trigger) else {
            panic!(
                "{text}: no row for {trigger}; got {:?}",
                got.iter().map(|e| &e.headline).collect::<Vec<_>>()
            );
        };
        assert_eq!(row.headline, headline, "{text}");
        assert!(
            chronicle::eval::rows::fragment(&row.headline).is_none(),
            "{text}: fragment {}",
            row.headline
        );
    }
}

/// A reporting event's row is what was said, shortened to its main clause, with its
/// speaker: after the verb (past its date and `that`), or before the attribution.
const REPORTED: &[(&str, &str, &str, &str)] = &[
    (
        "2021-10-21",
        "Deputy Foreign Minister Alexander Grushko said on Wednesday that Russia would not restore its mission to NATO.",
        "said",
        "Grushko: Russia would not restore its mission to NATO",
    ),
    (
        "2019-06-14",
        "Moscow will not attend the conference, Foreign Minister Sergey Lavrov said on Thursday.",
        "said",
        "Lavrov: Moscow will not attend the conference",
    ),
    (
        "2015-03-02",
        "Kerry told reporters on Sunday that talks with Iran could resume in Lausanne next week.",
        "told",
        "Kerry: talks with Iran could resume in Lausanne next week",
    ),
    (
        "1998-08-13",
        "The bombs were detonated by remote control, police said Wednesday, because the trucks were empty.",
        "said",
        "Police: The bombs were detonated by remote control",
    ),
    (
        "2008-08-12",
        "Turkey will not block the bid, Turkish officials said on Friday.",
        "said",
        "Turkish officials: Turkey will not block the bid",
    ),
    (
        "2024-05-20",
        "But the deal is not dead, the ministry said on Monday.",
        "said",
        "The ministry: the deal is not dead",
    ),
];

/// A verb of condemning or claiming takes a noun phrase, not a clause: its row stays
/// the verb's own ("Iran condemned the bombing").
const NOT_REPORTED: &[(&str, &str, &str, &str)] = &[
    (
        "1998-08-08",
        "Iran on Saturday condemned the bombings.",
        "condemned",
        "Iran condemned the bombings",
    ),
    (
        "2016-02-10",
        "Hungary condemned the decision on Monday.",
        "condemned",
        "Hungary condemned the decision",
    ),
];

#[test]
fn reported_speech_carries_its_content() {
    check(REPORTED);
}

#[test]
fn verbs_with_noun_objects_keep_their_rows() {
    check(NOT_REPORTED);
}
