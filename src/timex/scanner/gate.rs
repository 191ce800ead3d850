//! The per-token gate: can an expression start at this token? One cheap shape test and
//! one hash lookup reject most words, so the pattern families run on few tokens.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::Scanner;
use crate::lexicon;
use crate::timex::tables;
use crate::timex::token::Kind;

impl<'a> Scanner<'a> {
    /// Whether an expression can start at token `i`: a number, an apostrophe (`'90s`) or
    /// a word some pattern starts with. One hash lookup rejects most tokens.
    #[inline]
    pub(super) fn may_start(&self, i: usize) -> bool {
        self.starts.get(i).copied().unwrap_or(false)
    }

    /// [`Self::may_start`] computed afresh.
    pub(super) fn compute_may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num | Kind::Mixed) => true,
            Some(Kind::Punct) => matches!(self.w(i), "'" | "’"),
            Some(Kind::Word) => {
                let w = self.w(i);
                if !shape_may_start(w) || !START_WORDS.contains(w) {
                    return false;
                }
                // function words (`the`, `a`, `last`, `about`) start an expression only if
                // something temporal can follow them
                STANDALONE_WORDS.contains(w) || self.can_continue(i + 1)
            }
            None => false,
        }
    }

    /// Whether token `i` can continue an expression begun before it.
    #[inline]
    pub(super) fn can_continue(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num | Kind::Mixed) => true,
            Some(Kind::Punct) => matches!(self.w(i), "'" | "’" | "-"),
            Some(Kind::Word) => {
                let w = self.w(i);
                shape_may_start(w) && START_WORDS.contains(w) || CONTINUATIONS.contains(w)
            }
            None => false,
        }
    }
}

pub use crate::hash::Fnv;

pub use crate::hash::FnvBuild;

/// A set of words with the FNV hash.
pub type WordSet = HashSet<&'static str, FnvBuild>;

/// Builds a [`WordSet`] from a list.
pub fn word_set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

/// [`CONTINUATION_WORDS`] as a set.
static CONTINUATIONS: LazyLock<WordSet> = LazyLock::new(|| word_set(CONTINUATION_WORDS));

/// [`tables::FIXED_PHRASES`] indexed by first word.
pub(super) static FIXED_BY_FIRST: LazyLock<HashMap<&'static str, Vec<usize>, FnvBuild>> =
    LazyLock::new(|| {
        let mut map: HashMap<&'static str, Vec<usize>, FnvBuild> = HashMap::default();
        for (k, (words, _, _)) in tables::FIXED_PHRASES.iter().enumerate() {
            map.entry(words[0]).or_default().push(k);
        }
        map
    });

/// Every word a pattern can start with, from the tables and the grammar's own keywords.
static START_WORDS: LazyLock<HashSet<&'static str, FnvBuild>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str, FnvBuild> = HashSet::default();
    set.extend(lexicon::MONTHS.iter().map(|(w, _)| *w));
    set.extend(lexicon::WEEKDAYS.iter().map(|(w, _)| *w));
    set.extend(WEEKDAY_PLURALS);
    set.extend(lexicon::NUMBER_WORDS.iter().map(|(w, _)| *w));
    set.extend(tables::UNITS.iter().map(|(w, _)| *w));
    set.extend(tables::SEASONS.iter().map(|(w, _)| *w));
    set.extend(tables::PARTS_OF_DAY.iter().map(|(w, _)| *w));
    set.extend(tables::ORDINALS.iter().map(|(w, _)| *w));
    set.extend(tables::SHIFT_WORDS.iter().map(|(w, _)| *w));
    set.extend(tables::ANAPHOR_SHIFT_WORDS.iter().map(|(w, _)| *w));
    set.extend(tables::POSITION_PREFIXES.iter().map(|(w, _)| *w));
    set.extend(tables::DAY_WORDS.iter().map(|(w, _)| *w));
    set.extend(tables::HEDGES.iter().map(|(ws, _)| ws[0]));
    set.extend(tables::VAGUE_COUNTS.iter().map(|ws| ws[0]));
    set.extend(tables::COUNT_PHRASES.iter().map(|(ws, _)| ws[0]));
    set.extend(tables::FIXED_PHRASES.iter().map(|(ws, _, _)| ws[0]));
    set.extend(
        tables::FIXED_HOLIDAYS
            .iter()
            .map(|(ws, _, _)| ws[0].trim_end_matches("'s")),
    );
    set.extend(GRAMMAR_WORDS);
    set
});

/// For each first byte, a bit per word length (up to 15) that some start word has: a
/// cheap filter before the hash lookup.
static START_SHAPES: LazyLock<[u16; 256]> = LazyLock::new(|| {
    let mut shapes = [0u16; 256];
    for w in START_WORDS.iter() {
        if let Some(&b) = w.as_bytes().first() {
            if w.len() <= MAX_START_LEN {
                shapes[usize::from(b)] |= 1 << w.len();
            }
        }
    }
    shapes
});

/// Whether some start word has `w`'s first byte and length.
#[inline]
fn shape_may_start(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if w.len() <= MAX_START_LEN => START_SHAPES[usize::from(b)] & (1 << w.len()) != 0,
        _ => false,
    }
}

/// The longest word in [`START_WORDS`].
const MAX_START_LEN: usize = 14;

/// Start words that can be a whole expression alone (`Friday`, `now`, `daily`, `years`);
/// the other start words (`the`, `a`, `last`, `about`) need a temporal word after them.
static STANDALONE_WORDS: LazyLock<HashSet<&'static str, FnvBuild>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str, FnvBuild> = HashSet::default();
    set.extend(lexicon::MONTHS.iter().map(|(w, _)| *w));
    set.extend(lexicon::WEEKDAYS.iter().map(|(w, _)| *w));
    set.extend(WEEKDAY_PLURALS);
    set.extend(tables::UNITS.iter().map(|(w, _)| *w));
    set.extend(tables::SEASONS.iter().map(|(w, _)| *w));
    set.extend(tables::DAY_WORDS.iter().map(|(w, _)| *w));
    set.extend(
        tables::FIXED_PHRASES
            .iter()
            .filter(|(ws, _, _)| ws.len() == 1)
            .map(|(ws, _, _)| ws[0]),
    );
    set.extend(
        tables::FIXED_HOLIDAYS
            .iter()
            .filter(|(ws, _, _)| ws.len() == 1)
            .map(|(ws, _, _)| ws[0]),
    );
    set.extend([
        "earlier",
        "thanksgiving",
        "easter",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "year",
        "week",
        "day",
    ]);
    set
});

/// Non-start words that can follow a start word inside an expression (`at least`, `up
/// to`, `the end of`, `a number of`).
const CONTINUATION_WORDS: &[&str] = &[
    "period",
    "trading",
    "business",
    "thousand",
    "consecutive",
    "straight",
    "full",
    "corresponding",
    "comparable",
    "calendar",
    "least",
    "most",
    "to",
    "than",
    "more",
    "less",
    "end",
    "beginning",
    "start",
    "middle",
    "close",
    "dawn",
    "number",
    "of",
    "and",
    "other",
    "near",
    "short",
    "long",
    "later",
];

/// Plural weekday names (`Tuesdays`: a set).
const WEEKDAY_PLURALS: &[&str] = &[
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

/// Words the patterns in this file start with that no table lists.
const GRAMMAR_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "every",
    "each",
    "per",
    "fiscal",
    // "the full year", "the calendar year"
    "full",
    "calendar",
    "year",
    "that",
    "those",
    "mid",
    "half",
    "dozen",
    "nineteen",
    "eighteen",
    "day",
    "latest",
    "recent",
    "most",
    "comparable",
    "corresponding",
    "same",
    "earlier",
    "thanksgiving",
    "easter",
    "election",
    "labor",
    "memorial",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "final",
    "initial",
    "remaining",
    "additional",
    "further",
    "following",
    "preceding",
    "prior",
    "first",
    "previous",
    "week",
];
