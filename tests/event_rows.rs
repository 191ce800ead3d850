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

/// A participle set off after its noun is a passive whose auxiliary the sentence leaves
/// out ("the treaty, signed in 2010"): the row says it, agreeing with the noun; a verb
/// with an object, or after an apposition or an aside, stays active.
const REDUCED_PASSIVES: &[(&str, &str, &str, &str)] = &[
    (
        "2021-10-18",
        "The NATO-Russia Council, set up in 2002 as a forum for consultation, has not met since 2019.",
        "set",
        "The NATO-Russia Council was set up",
    ),
    (
        "2016-03-01",
        "The Minsk agreements, signed in February 2015, were never implemented.",
        "signed",
        "The Minsk agreements were signed",
    ),
    (
        "2017-01-10",
        "Putin said Russia would quit the accord, ratified in 2011 and renewed in 2016 for ten years.",
        "renewed",
        "The accord was renewed for ten years",
    ),
    (
        "2019-05-10",
        "Merkel praised the pipeline deal, approved by the parliament on Monday.",
        "approved",
        "The pipeline deal was approved by the parliament",
    ),
    (
        "1989-10-20",
        "Amdahl Corp., a maker of mainframe computers, reported a sharp decline in net income on Tuesday.",
        "decline",
        "A maker of mainframe computers reported a sharp decline in net income",
    ),
    (
        "2005-01-10",
        "Seven more countries, including the three Baltic states, followed in 2004.",
        "followed",
        "Seven more countries followed",
    ),
];

#[test]
fn reduced_relatives_keep_their_auxiliary() {
    check(REDUCED_PASSIVES);
}

/// A relative word's antecedent agrees with its verb: "the reopening of the offices,
/// which were closed" tells of the offices, "the closure of the offices, which was
/// announced" of the closure.
const RELATIVE_AGREEMENT: &[(&str, &str, &str, &str)] = &[
    (
        "2021-11-01",
        "NATO proposed talks on the reopening of the liaison offices in Moscow and Kabul, which were closed in 2021.",
        "closed",
        "The liaison offices in Moscow and Kabul were closed",
    ),
    (
        "2021-11-03",
        "Lavrov criticised the closure of the offices, which was ordered on Monday.",
        "ordered",
        "The closure of the offices was ordered",
    ),
];

#[test]
fn relative_words_name_the_phrase_their_verb_agrees_with() {
    check(RELATIVE_AGREEMENT);
}

/// A verb's complement stays in the row in short: an infinitive after the verb's object
/// noun, a deadline before an infinitive, a short quoted phrase, and a clause whose
/// subject is the relative word before the verb.
const COMPLEMENTS: &[(&str, &str, &str, &str)] = &[
    (
        "2021-01-10",
        "Lavrov recalled that Russia had proposed measures to reduce military tension in Europe in 2020.",
        "reduce",
        "Russia had proposed measures to reduce military tension in Europe",
    ),
    (
        "2022-06-01",
        "The EU adopted a plan to cut gas imports from Russia in May 2022.",
        "cut",
        "The EU adopted a plan to cut gas imports from Russia",
    ),
    (
        "2021-10-18",
        "The alliance gave the diplomats until the end of the month to leave Brussels.",
        "gave",
        "The alliance gave the diplomats until the end of the month to leave Brussels",
    ),
    (
        "2018-12-05",
        "Washington gave Moscow until February 2 to return to compliance with the treaty.",
        "gave",
        "Washington gave Moscow until February 2 to return to compliance with the treaty",
    ),
    (
        "2023-03-01",
        "The court has given the ministry until Friday to answer.",
        "given",
        "The court has given the ministry until Friday to answer",
    ),
    (
        "2021-12-01",
        "Moscow says NATO promised in 1990 not to move \"one inch eastward\"; officials disagree.",
        "promised",
        "NATO promised not to move \"one inch eastward\"",
    ),
    (
        "2022-03-01",
        "Lavrov on Monday called the sanctions \"a dead end\".",
        "called",
        "Lavrov called the sanctions \"a dead end\"",
    ),
    (
        "2010-01-01",
        "Russia objected to plans to admit Georgia and Ukraine, which NATO leaders promised at their April 2008 Bucharest summit would one day become members.",
        "summit",
        "NATO leaders promised at their Bucharest summit that Georgia and Ukraine would one day become members",
    ),
    (
        "2010-01-01",
        "Russia opposed Kyiv's bid, which NATO leaders promised in April 2008 would be accepted.",
        "promised",
        "NATO leaders promised that Kyiv's bid would be accepted",
    ),
    (
        "2023-01-01",
        "Moscow opposed the bid by Finland and Sweden, which allies said in May 2022 would soon join the alliance.",
        "said",
        "Allies: Finland and Sweden would soon join the alliance",
    ),
    (
        "2022-06-30",
        "NATO leaders on Wednesday formally invited Finland and Sweden to join the alliance.",
        "invited",
        "NATO leaders invited Finland and Sweden to join the alliance",
    ),
    (
        "2021-12-18",
        "The ministry on Friday published the draft treaty between Russia and the United States on security guarantees.",
        "published",
        "The ministry published the draft treaty between Russia and the United States",
    ),
    (
        "2022-01-10",
        "Allies will meet in the Organization for Security and Co-operation in Europe on 13 January.",
        "meet",
        "Allies will meet in the Organization for Security and Co-operation in Europe",
    ),
    (
        "1998-08-09",
        "Iran on Saturday condemned the bombing of U.S. embassies in Kenya and Tanzania Friday.",
        "condemned",
        "Iran condemned the bombing of U.S. embassies in Kenya and Tanzania",
    ),
    // a second name that is a verb's subject is no object's
    (
        "2019-03-05",
        "On Monday, Merkel met Macron and Putin called for new talks.",
        "met",
        "Merkel met Macron",
    ),
];

#[test]
fn complements_stay_in_short() {
    check(COMPLEMENTS);
}

/// A reporting frame says who spoke and what: an adverb placing the saying in its time
/// phrase ("earlier in the week") goes with the phrase, and an institution named by its
/// own name ("the Kremlin") is written as it is.
const FRAMES: &[(&str, &str, &str, &str)] = &[
    (
        "2021-12-17",
        "The Kremlin said earlier in the week that President Vladimir Putin had discussed the proposals with US President Joe Biden.",
        "said",
        "The Kremlin: Putin had discussed the proposals with Biden",
    ),
    (
        "2022-05-18",
        "Erdogan said later on Tuesday that Turkey would not block the bid.",
        "said",
        "Erdogan: Turkey would not block the bid",
    ),
    // a predicate joined without its own subject is the speaker's, not what was said
    (
        "2023-07-12",
        "NATO leaders said on Tuesday that Ukraine's future lies in the alliance but stopped short of giving Kyiv a timeline.",
        "said",
        "NATO leaders: Ukraine's future lies in the alliance",
    ),
    (
        "1996-01-05",
        "Her friend said on Thursday that she regretted calling him a traitor and praying for his death.",
        "said",
        "Her friend: she regretted calling him a traitor and praying for his death",
    ),
];

#[test]
fn reporting_frames_read_whole() {
    check(FRAMES);
}

/// A description of an event told in the sentence before ("the move", "the decision",
/// "the step") names that event: its subject's, the noun, and the verb as an infinitive
/// with its object, without the sentence's own date.
const EVENT_ANAPHORS: &[(&str, &str, &str, &str)] = &[
    (
        "2021-10-18",
        "Russia will suspend its permanent mission to NATO, Lavrov said on Monday. The move, which takes effect on Nov. 1, further reduces the channels between Moscow and the alliance.",
        "takes",
        "Russia's move to suspend its permanent mission to NATO takes effect",
    ),
    (
        "2023-05-02",
        "Germany will close its consulate in Kaliningrad, the foreign ministry said on Tuesday. The decision, which takes effect on June 1, ends a century of German diplomacy in the city.",
        "decision",
        "Germany's decision to close its consulate in Kaliningrad takes effect",
    ),
    (
        "2021-10-08",
        "The alliance expelled eight Russian diplomats on Wednesday. The move was condemned by Moscow on Thursday.",
        "condemned",
        "The alliance's move to expel eight Russian diplomats was condemned by Moscow",
    ),
    (
        "2015-05-02",
        "NATO suspended practical cooperation with Russia in April 2014. The step was confirmed by ministers in June 2014.",
        "confirmed",
        "NATO's step to suspend practical cooperation with Russia was confirmed by ministers",
    ),
];

#[test]
fn event_anaphors_name_the_event_before() {
    check(EVENT_ANAPHORS);
}

/// An event noun in a phrase of occasion after its clause's verb ("during a meeting") is
/// told with that clause: the row is what happened at the occasion.
const OCCASIONS: &[(&str, &str, &str, &str)] = &[
    (
        "2021-12-17",
        "The documents were handed over to the US side during a meeting at the Foreign Ministry on December 15, Deputy Foreign Minister Sergei Ryabkov said.",
        "meeting",
        "The documents were handed over to the US side during a meeting at the Foreign Ministry",
    ),
    (
        "2022-03-10",
        "Two agreements were signed during talks in Ankara on Tuesday.",
        "talks",
        "Two agreements were signed during talks in Ankara",
    ),
    (
        "2022-08-10",
        "Erdogan raised the issue during a meeting with Putin on Monday.",
        "meeting",
        "Erdogan raised the issue during a meeting with Putin",
    ),
];

#[test]
fn occasions_are_told_with_what_happened_there() {
    check(OCCASIONS);
}
