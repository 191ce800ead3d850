//! What a source's mention tells beyond its trigger word, and what a claim says beyond
//! its actors: the words [`super::verdict`] weighs besides merging's notion of the same
//! event.
//!
//! * **Told words.** A row of reported speech has the reporting verb for its trigger
//!   ("said") and what was said in its headline ("Officials: Putin won the vote"); a row
//!   whose trigger is a light or aspectual verb ("A prisoner exchange took place") tells
//!   the event its noun names. A claim is matched against those words ([`told`]), read
//!   as the source holds them ([`Content`]): a content under a negation did not happen,
//!   one under a modal is only expected, and a past content reported on a day happened
//!   within the week before it ([`REPORTED_PAST_DAYS`]).
//! * **Theme.** The lower-case words a claim gives its event beyond trigger, actors,
//!   names and date ("practical **cooperation**", "its **application**"): a source
//!   whose sentence gives them all tells the claim's thing, one that gives none tells
//!   another thing done by the same actors ("suspended the work of its mission").

use chrono::{Duration, NaiveDate};

use crate::event::words::{ASPECTUAL_VERBS, LIGHT_VERBS};
use crate::event::Event;
use crate::merge::lemma;
use crate::text::cues::{self, DETERMINERS, MODALS, NOUN_PHRASE_OPENERS};
use crate::text::lexeme::{is, AUXILIARIES, CLAUSE_OPENERS, COPULAS, PREPOSITIONS, PRONOUNS};

/// How far back a reported past content may lie from the day it was reported: news
/// tells an older event with a date of its own.
pub const REPORTED_PAST_DAYS: i64 = 7;

/// How many first characters of a word a theme compares (`treaties`/`treaty`).
const STEM_CHARS: usize = 5;

/// The words a row tells beyond its trigger (lower case): the content of reported
/// speech, or the headline of a light or aspectual verb; `None` for any other row.
pub fn told(e: &Event) -> Option<(String, bool)> {
    let trigger = e.trigger.to_lowercase();
    let l = lemma(&e.trigger);
    if crate::merge::class(&l) == Some("statement") {
        let (_, content) = e.headline.split_once(": ")?;
        return Some((content.to_lowercase(), true));
    }
    let light = is(LIGHT_VERBS, trigger.as_str()) || is(ASPECTUAL_VERBS, l.as_str());
    light.then(|| (e.headline.to_lowercase(), false))
}

/// The speaker of a reported-speech row ("Officials" of "Officials: Putin won").
pub fn speaker(e: &Event) -> Option<&str> {
    e.headline.split_once(": ").map(|(who, _)| who)
}

/// Words of `text` (lower case, letters only).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

/// Whether `w` (lower case) is a function word: preposition, auxiliary, pronoun,
/// determiner, modal, clause opener or conjunction.
pub fn is_function_word(w: &str) -> bool {
    [
        PREPOSITIONS,
        AUXILIARIES,
        COPULAS,
        PRONOUNS,
        DETERMINERS,
        MODALS,
        CLAUSE_OPENERS,
        NOUN_PHRASE_OPENERS,
    ]
    .iter()
    .any(|list| is(list, w))
        || [
            "and", "or", "to", "with", "between", "against", "from", "for", "as",
        ]
        .contains(&w)
}

/// How a told content holds its event, read from the words before `word`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content {
    /// A negation stands before it ("would not restore", "did not block").
    pub negated: bool,
    /// A modal stands before it ("will suspend", "could resume").
    pub tentative: bool,
    /// Told in the past ("won", "suspended"): it happened before the report.
    pub past: bool,
}

/// How the content `text` holds its first word whose lemma `wanted` accepts (`None`
/// when it has none).
pub fn content(text: &str, wanted: impl Fn(&str) -> bool) -> Option<Content> {
    let all: Vec<&str> = words(text).collect();
    let at = all.iter().position(|w| wanted(&lemma(w)))?;
    let before = &all[..at];
    let negation = cues::read_by(cues::NEGATION, cues::EVENT);
    // the tense is the word's own ("won") or the verb's before it ("won the vote")
    // "-ed", or an irregular past whose lemma is no prefix of it ("won", "met")
    let is_past = |form: &str| {
        form.ends_with("ed")
            || (!form.starts_with(&lemma(form)) && !form.ends_with('s') && !form.ends_with("ing"))
    };
    let governing = before
        .iter()
        .rev()
        .find(|w| crate::text::lexeme::verb(w).is_some());
    Some(Content {
        negated: before.iter().any(|w| negation.contains(w) || w.ends_with("n't")),
        tentative: before.iter().any(|w| is(MODALS, w)),
        past: is_past(all[at]) || governing.is_some_and(|w| is_past(w)),
    })
}

/// The days a reported content may have happened on, given the report's days.
pub fn content_days(report: (NaiveDate, NaiveDate), c: Content) -> (NaiveDate, NaiveDate) {
    if c.past {
        (report.0 - Duration::days(REPORTED_PAST_DAYS), report.1)
    } else {
        report
    }
}

/// The theme of a claim: its lower-case content words that are neither its trigger,
/// its date, a function word, a verb, an actor nor a name (see the module docs), as
/// stems. Russian claims have none (their words are not compared across scripts).
pub fn theme(claim: &str, e: &Event) -> Vec<String> {
    if crate::lang::has_cyrillic(claim) {
        return Vec::new();
    }
    let skip: Vec<String> = words(&e.time_text.to_lowercase())
        .chain(words(&e.trigger.to_lowercase()))
        .map(String::from)
        .collect();
    let gazetteer = crate::event::actors::gazetteer();
    let mut out: Vec<String> = words(claim)
        .enumerate()
        .filter(|(i, w)| *i == 0 || !w.chars().next().is_some_and(char::is_uppercase))
        .map(|(_, w)| w.to_lowercase())
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .filter(|w| !is_function_word(w) && !skip.contains(w))
        .filter(|w| crate::text::lexeme::verb(w).is_none() && !gazetteer.contains_key(w.as_str()))
        .map(|w| w.chars().take(STEM_CHARS).collect())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `sentence` (any case) gives every stem of `theme` (a non-empty theme).
pub fn gives_theme(theme: &[String], sentence: &str) -> bool {
    if theme.is_empty() {
        return false;
    }
    let low = sentence.to_lowercase();
    let stems: Vec<String> = words(&low)
        .map(|w| w.chars().take(STEM_CHARS).collect())
        .collect();
    theme.iter().all(|t| stems.contains(t))
}

/// Whether the article text `text` (lower case) names the actor `actor` (a canonical
/// name, perhaps with an office in brackets): its name, or a person's surname.
pub fn names_actor(text: &str, actor: &str) -> bool {
    let name = actor.split(" (").next().unwrap_or(actor).to_lowercase();
    let surname = name.rsplit(' ').next().unwrap_or(&name);
    text.contains(&name) || (actor.contains(" (") && text.contains(surname))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn told_words_of_reports_and_light_verbs() {
        // (trigger, headline, told words, whether reported)
        let cases = [
            (
                "said",
                "Officials: Putin won the vote",
                Some(("putin won the vote", true)),
            ),
            (
                "took",
                "A prisoner exchange took place",
                Some(("a prisoner exchange took place", false)),
            ),
            ("expelled", "NATO expelled eight diplomats", None),
        ];
        for (trigger, headline, want) in cases {
            let e = Event {
                trigger: trigger.into(),
                headline: headline.into(),
                ..Default::default()
            };
            let got = told(&e);
            assert_eq!(got.as_ref().map(|(t, r)| (t.as_str(), *r)), want, "{headline}");
        }
    }

    #[test]
    fn content_holds() {
        // (content, lemma wanted, negated, tentative, past)
        let cases = [
            ("putin won the vote", "win", false, false, true),
            ("putin won the vote", "vote", false, false, true),
            (
                "russia would not restore its mission",
                "restor",
                true,
                true,
                false,
            ),
            ("russia is suspending its mission", "suspend", false, false, false),
            ("hungary did not block the decision", "block", true, false, false),
        ];
        for (text, want, negated, tentative, past) in cases {
            let want = lemma(want);
            let c = content(text, |l| l == want).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (c.negated, c.tentative, c.past),
                (negated, tentative, past),
                "{text}"
            );
        }
        assert_eq!(content("putin won the vote", |l| l == "expel"), None);
    }

    #[test]
    fn themes_of_claims() {
        // (claim, trigger, time text, theme)
        let cases: [(&str, &str, &str, &[&str]); 4] = [
            (
                "Practical cooperation between NATO and Russia was suspended in 2014.",
                "suspended",
                "2014",
                &["coope", "pract"],
            ),
            (
                "Sweden submitted its application to join NATO on 18 May 2021.",
                "submitted",
                "18 May 2021",
                &["appli"],
            ),
            ("Japan joined NATO in 2023.", "joined", "2023", &[]),
            (
                "Россия вышла из Совета Европы в марте 2022 года.",
                "вышла",
                "в марте 2022 года",
                &[],
            ),
        ];
        for (claim, trigger, time_text, want) in cases {
            let e = Event {
                trigger: trigger.into(),
                time_text: time_text.into(),
                ..Default::default()
            };
            assert_eq!(theme(claim, &e), want, "{claim}");
        }
        let t = theme(
            cases[0].0,
            &Event {
                trigger: "suspended".into(),
                time_text: "2014".into(),
                ..Default::default()
            },
        );
        assert!(gives_theme(&t, "Practical cooperation was suspended in 2014."));
        assert!(!gives_theme(
            &t,
            "Russia suspended the work of its mission to NATO."
        ));
    }
}
