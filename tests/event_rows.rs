//! Rows a chronicler would publish (issue 25): table rows per failure class, with varied
//! names, dates and tenses. Each row: (document date, text, trigger, expected headline).

mod common;
use common::analysed_rows as rows;

/// The row whose trigger is `trigger` in `text` dated `dct` (a failure names the rows there are).
fn row_for(dct: &str, text: &str, trigger: &str) -> chronicle::event::Event {
    let got = rows(dct, text);
    match got.iter().position(|e| e.trigger == trigger) {
        Some(i) => got.into_iter().nth(i).expect("found"),
        None => panic!(
            "{text}: no row for {trigger}; got {:?}",
            got.iter().map(|e| &e.headline).collect::<Vec<_>>()
        ),
    }
}

fn check(table: &[(&str, &str, &str, &str)]) {
    for &(dct, text, trigger, headline) in table {
        let row = row_for(dct, text, trigger);
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

/// A denial keeps its verb: its content is what is denied.
const DENIED: &[(&str, &str, &str, &str)] = &[
    (
        "2021-06-02",
        "The Kremlin denied on Tuesday that Putin would meet Biden in March.",
        "denied",
        "The Kremlin denied Putin would meet Biden in March",
    ),
    (
        "1998-08-20",
        "Sudan denied on Thursday that the plant made chemical weapons.",
        "denied",
        "Sudan denied the plant made chemical weapons",
    ),
];

#[test]
fn denials_keep_their_verb() {
    check(DENIED);
}

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

/// A pronoun or definite description as a row's subject names the actor the article
/// told before it (its own sentence first, then a closing attribution's speaker, then
/// the sentences before, each from its start); the row's actors gain it.
/// (document date, text, trigger, headline, an actor the row must list)
const RESOLVED: &[(&str, &str, &str, &str, &str)] = &[
    (
        "2018-04-24",
        "Russia denied on Tuesday that it had used chemical weapons in Syria in April.",
        "used",
        "Russia had used chemical weapons in Syria",
        "Russia",
    ),
    (
        "2010-11-01",
        "Dmitry Medvedev met Angela Merkel in Deauville in October. He will attend the summit in Lisbon on November 20.",
        "summit",
        "Medvedev will attend the summit in Lisbon",
        "Dmitry Medvedev",
    ),
    (
        "2023-02-02",
        "Poland expelled 45 Russian diplomats in March 2022. It may expel more, the foreign ministry said on Thursday.",
        "said",
        "Poland's foreign ministry: It may expel more",
        "Poland",
    ),
    (
        "2014-04-02",
        "NATO foreign ministers met in Brussels on Tuesday. The alliance suspended practical cooperation with Russia on April 1.",
        "suspended",
        "NATO suspended practical cooperation with Russia",
        "NATO",
    ),
    (
        "2022-05-20",
        "It will resume talks with Kyiv next week, Russia said on Friday.",
        "talks",
        "Russia will resume talks with Kyiv",
        "Russia",
    ),
];

#[test]
fn subjects_named_earlier_are_resolved() {
    for &(dct, text, trigger, headline, actor) in RESOLVED {
        let row = row_for(dct, text, trigger);
        assert_eq!(row.headline, headline, "{text}");
        assert!(
            row.actors.iter().any(|a| a.starts_with(actor)),
            "{text}: actors {:?}",
            row.actors
        );
    }
}

/// A verb keeps its auxiliaries, so its form agrees and tells tense and voice.
const VERB_FORMS: &[(&str, &str, &str, &str)] = &[
    (
        "2010-11-01",
        "Medvedev will attend the Russia-NATO summit in Lisbon on November 20.",
        "summit",
        "Medvedev will attend the Russia-NATO summit in Lisbon",
    ),
    (
        "2009-06-30",
        "The council has resumed its work on Saturday.",
        "resumed",
        "The council has resumed its work",
    ),
    (
        "2021-03-05",
        "The treaty was signed in Prague in April 2010.",
        "signed",
        "The treaty was signed in Prague",
    ),
];

#[test]
fn verbs_keep_their_auxiliaries() {
    check(VERB_FORMS);
}
