//! Status, category and attachment of single sentences, through the public `extract` API
//! with hand-made temporal expressions (document date Tuesday 2009-12-01).

use chronicle::dct::{DctSource, DocumentDate};
use chronicle::event::{extract, ExtractOptions};
use chronicle::{Article, Timex, TimexType};

fn events(text: &str, phrase: &str, value: &str) -> Vec<chronicle::Event> {
    let byte = text.find(phrase).expect(phrase);
    let start = text[..byte].chars().count();
    let timex = Timex {
        start,
        end: start + phrase.chars().count(),
        text: phrase.into(),
        kind: TimexType::Date,
        value: value.into(),
        modifier: None,
        range: None,
        rule: "hand".into(),
        anchor: "dct".into(),
    };
    let dct = DocumentDate {
        date: chrono::NaiveDate::from_ymd_opt(2009, 12, 1),
        source: DctSource::Flag,
        confidence: 1.0,
        reason: String::new(),
        dateline: None,
    };
    let article = Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    extract(&article, &dct, &[timex], ExtractOptions::default())
}

/// Sentence, temporal phrase, value, expected trigger, status, CAMEO category.
const CASES: &[(&str, &str, &str, &str, &str, &str)] = &[
    // a statement made on the document's day about a plan is a report, not a plan
    (
        "Ministers will hold a meeting on Friday, diplomats said Tuesday.",
        "Tuesday",
        "2009-12-01",
        "said",
        "reported",
        "01 Make public statement",
    ),
    (
        "Ministers will meet on Friday, the spokesman will announce Tuesday.",
        "Tuesday",
        "2009-12-01",
        "announce",
        "scheduled",
        "01 Make public statement",
    ),
    (
        "Ministers will meet on Friday.",
        "Friday",
        "2009-12-04",
        "meet",
        "scheduled",
        "04 Consult",
    ),
    (
        "Ministers met on Friday.",
        "Friday",
        "2009-11-27",
        "met",
        "occurred",
        "04 Consult",
    ),
    (
        "The spokesman denied on Monday that anything was blocked.",
        "Monday",
        "2009-11-30",
        "denied",
        "reported",
        "",
    ),
    (
        "Lavrov said on Tuesday that Moscow would respond.",
        "Tuesday",
        "2009-12-01",
        "said",
        "reported",
        "01 Make public statement",
    ),
    (
        "The talks are due to resume in January.",
        "January",
        "2010-01",
        "resume",
        "scheduled",
        "",
    ),
    (
        "Ahead of Friday's summit, envoys met in Brussels.",
        "Friday",
        "2009-12-04",
        "summit",
        "scheduled",
        "04 Consult",
    ),
    (
        "Rebels attacked the base on Sunday.",
        "Sunday",
        "2009-11-29",
        "attacked",
        "occurred",
        "19 Fight",
    ),
    (
        "The two countries fought a war in 2008.",
        "2008",
        "2008",
        "war",
        "occurred",
        "19 Fight",
    ),
    (
        "Police arrested the suspect on Monday.",
        "Monday",
        "2009-11-30",
        "arrested",
        "occurred",
        "17 Coerce",
    ),
    (
        "The ceasefire agreed in June 2008 was broken.",
        "June 2008",
        "2008-06",
        "agreed",
        "occurred",
        "05 Engage in diplomatic cooperation",
    ),
    // "as of" after a verb dates the verb; after a noun it is a state's date (below)
    (
        "Their accreditation will be revoked as of December 4, the minister said.",
        "December 4",
        "2009-12-04",
        "revoked",
        "scheduled",
        "",
    ),
];

#[test]
fn table() {
    for &(text, phrase, value, trigger, status, category) in CASES {
        let evs = events(text, phrase, value);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        let e = &evs[0];
        assert_eq!(
            (
                e.trigger.as_str(),
                e.status.as_str(),
                e.category.as_deref().unwrap_or("")
            ),
            (trigger, status, category),
            "{text}"
        );
        assert_eq!(e.date, value);
    }
}

#[test]
fn undatable_values_make_no_event() {
    assert!(events("Rogozin said earlier that it was blocked.", "earlier", "PAST_REF").is_empty());
    assert!(events("It happened on December 1.", "December 1", "XXXX-12-01").is_empty());
    assert!(events("Its assets as of Sept. 30 were large.", "Sept. 30", "2009-09-30").is_empty());
}
