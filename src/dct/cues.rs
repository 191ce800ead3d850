//! Cue words for reading weekday and year mentions. Lower case; phrases are matched as
//! whole words. The cues every stage shares (future, reporting, counts) come from
//! [`crate::text::cues`]; the lists here are the ones only this reader uses.

use std::sync::LazyLock;

use crate::text::cues::{self, DCT};

/// Words and phrases that make a clause point to the future: a weekday after them is
/// after the document date, a year after them is a plan, not history. The document-date
/// reader's view of [`cues::FUTURE`], the broadest (`by`, `until`, `plans`).
pub static FUTURE_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| cues::read_by(cues::FUTURE, DCT));

/// Words right before a weekday that make it a day other than the document date's.
pub const OTHER_DAY_CUES: &[&str] = &[
    "last",
    "previous",
    "since",
    "every",
    "each",
    "following",
    "this past",
];

/// Words right before a weekday that put it ahead of the filing day ("postponed to
/// Thursday", "until Friday", "by Monday", "next Tuesday"); "from Monday to Thursday" is
/// a span, not a deadline.
pub const AHEAD_BEFORE: &[&str] = &["to", "until", "till", "by", "next", "before"];

/// Prepositions of a deadline ("until 2021", "by 2018"): a year after them is a plan
/// unless the sentence is in a past tense ([`PAST_TENSE_WORDS`]).
pub const UNTIL_WORDS: &[&str] = &["until", "till", "through", "by", "before"];

/// Past-tense words that make a year after "until" or "through" history ("Until the
/// 2014 crisis, meetings had been held monthly"), not a plan.
pub const PAST_TENSE_WORDS: &[&str] = &["had", "was", "were", "did"];

/// Occasions a story announces for a weekday ahead: "called for a meeting on Friday".
pub const OCCASION_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "summit",
    "vote",
    "session",
    "conference",
    "visit",
    "hearing",
    "ceremony",
    "consultations",
    "round",
    "debate",
    "referendum",
    "deadline",
];

/// Words before an occasion noun that announce it ("for a meeting", "a new round",
/// "ahead of talks", "planned talks") …
pub const AHEAD_LEAD_IN: &[&str] = &[
    "for",
    "a",
    "an",
    "ahead",
    "before",
    "planned",
    "scheduled",
    "next",
    "upcoming",
    "new",
    "proposed",
    "another",
];

/// … and words that make it an occasion already held ("at the meeting", "after talks").
pub const BEHIND_LEAD_IN: &[&str] = &["after", "at", "following", "since", "during", "from"];

/// Verbs of reporting: a weekday beside one of them is the day the story was filed
/// ("said on Tuesday", "Tuesday's statement said" is not one): [`cues::REPORTING_VERBS`].
pub use crate::text::cues::REPORTING_VERBS as ATTRIBUTION_VERBS;

/// Words that tie a sentence to the filing day: a weekday beside them names that day
/// ("Today, Tuesday, ministers met").
pub const TODAY_WORDS: &[&str] = &[
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
];

/// Words after a four-digit number that make it a count, not a year ("2000 troops"):
/// [`cues::COUNT_NOUNS`].
pub use crate::text::cues::COUNT_NOUNS;

/// Words before a four-digit number that make it a count ("some 2000", "over 1500").
pub const COUNT_QUALIFIERS: &[&str] = &[
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "than",
    "approximately",
    "roughly",
    "least",
    "only",
    "$",
    "€",
    "£",
    "no.",
    "number",
];

/// Labels of a publication date line ("Published: 01.12.2009 18:05"), strongest first.
pub const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "first published",
    "posted",
    "issued",
    "date",
    "updated",
    "last updated",
];

/// Whether `words` (lower case, in order) contains `phrase` as consecutive words
/// ([`cues::contains_phrase`]).
pub fn contains_phrase(words: &[String], phrase: &str) -> bool {
    cues::contains_phrase(words, phrase)
}
