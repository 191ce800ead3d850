//! Which word a date anchors to: the TimeML convention that the event is the word the
//! temporal phrase modifies. Each probe runs chronicle's own temporal tagger and
//! attachment (`chronicle::event::anchors`, what `chronicle eval --events` scores) on a
//! sentence written for this test, and checks the trigger and rule the date gets. The
//! probes marked `guard` check that a rule does not overreach (they passed before); every
//! other probe failed before the rules of issue #16's TLINK-precision work were added.

use chronicle::event::anchors;
use chrono::NaiveDate;

/// (sentence, the date's text, expected trigger and rule; `None`: no trigger).
type Probe = (&'static str, &'static str, Option<(&'static str, &'static str)>);

const PROBES: &[Probe] = &[
    // A reporting period after "for" dates the result it measures, not the reporting.
    (
        "Gazprom posted a $1.2 billion loss for the third quarter, its first in a decade.",
        "the third quarter",
        Some(("loss", "measure-period")),
    ),
    (
        "The airline expects to report net income of 40 cents a share for the fourth quarter.",
        "the fourth quarter",
        Some(("income", "measure-period")),
    ),
    // ... but when the result's subject has a verb of change, the change is dated (guard).
    (
        "Net income for the second quarter fell 12% to $80 million.",
        "the second quarter",
        Some(("fell", "verb-next")),
    ),
    // A comparison's reference date dates the result compared.
    (
        "Aeroflot earned $20 million, compared with a loss of $5 million last year.",
        "last year",
        Some(("loss", "comparison")),
    ),
    (
        "Profit was $9 million, versus net income of $4 million, or 12 cents a share, a year earlier.",
        "a year earlier",
        Some(("income", "comparison")),
    ),
    // Results that are a subject without a verb of change are dated themselves.
    (
        "The year-ago results included a $30 million charge for the closing of two plants.",
        "year-ago",
        Some(("results", "premodifier")),
    ),
    // A date inside a subject's relative clause belongs to that clause's verb.
    (
        "The number of shares that changed hands yesterday exceeded 200 million.",
        "yesterday",
        Some(("changed", "verb-left")),
    ),
    (
        "The arrest announced on Monday followed a two-year investigation.",
        "Monday",
        Some(("announced", "verb-left")),
    ),
    // A verb of intending or attempting takes a date that does not point ahead ...
    (
        "The alliance invited Finland to join the bloc in May 2021.",
        "May 2021",
        Some(("invited", "verb-left")),
    ),
    (
        "The migrants were trying to cross the border three weeks ago.",
        "three weeks ago",
        Some(("trying", "verb-left")),
    ),
    // ... while a planned event keeps a date ahead, and plain infinitives keep theirs
    // (guards).
    (
        "The minister planned to visit Kyiv next week.",
        "next week",
        Some(("visit", "verb-left")),
    ),
    (
        "The strike led employers to raise wages again last month.",
        "last month",
        Some(("raise", "verb-left")),
    ),
    // "took place" hands the date to its subject.
    (
        "The company cited the costs of its restructuring that took place in 2019.",
        "2019",
        Some(("restructuring", "verb-left")),
    ),
    // An event noun between the verb and the date, through names joined by "and".
    (
        "Iran condemned two bomb attacks in Kenya and Tanzania on Friday.",
        "Friday",
        Some(("attacks", "noun-left")),
    ),
    (
        "The budget provides for a sale of the state's stake in the port in August.",
        "August",
        Some(("sale", "noun-left")),
    ),
    (
        "Aides said the ministers discussed the crisis over lunch on Tuesday.",
        "Tuesday",
        Some(("lunch", "noun-left")),
    ),
    // Words that only look like verbs are not triggers.
    (
        "Ankara accounted for 30% of operating profit last year.",
        "last year",
        Some(("accounted", "verb-left")),
    ),
    (
        "The firm paid $40 million in taxes during the quarter.",
        "the quarter",
        Some(("paid", "verb-left")),
    ),
    (
        "The fund plans to pay down most of a $2 billion bridge loan by February.",
        "February",
        Some(("pay", "verb-left")),
    ),
    (
        "In over-the-counter trading on Friday, Elbit shares leaped 5%.",
        "Friday",
        Some(("leaped", "fronted")),
    ),
    (
        "The company's stock hit a record in 2007 after it launched a new phone.",
        "2007",
        Some(("hit", "verb-left")),
    ),
    (
        "It recalled the war that broke out 50 years ago.",
        "50 years ago",
        Some(("broke", "verb-left")),
    ),
    (
        "Investors said the issues that hurt the bank's results earlier this year are behind it.",
        "earlier this year",
        Some(("hurt", "verb-left")),
    ),
    (
        "Analysts expect the slowdown to last through 2024, when the region will increasingly see the cuts.",
        "2024",
        Some(("see", "when-clause")),
    ),
    (
        "In January, police officers who had been searching for the boat concluded that it sank.",
        "January",
        Some(("concluded", "fronted")),
    ),
];

fn dct() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2022, 1, 12)
}

#[test]
fn dates_anchor_to_the_word_they_modify() {
    let mut failures = Vec::new();
    for &(sentence, date, want) in PROBES {
        let timexes = chronicle::timex::extract(sentence, dct());
        let Some(ti) = timexes.iter().position(|t| t.text == date) else {
            failures.push(format!("{sentence}: the tagger found no {date:?} ({timexes:?})"));
            continue;
        };
        let got = anchors(sentence, &timexes, None)
            .into_iter()
            .find(|a| a.timex == ti)
            .map(|a| (a.trigger, a.rule));
        let got = got.as_ref().map(|(t, r)| (t.as_str(), *r));
        if got != want {
            failures.push(format!("{sentence} / {date}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
