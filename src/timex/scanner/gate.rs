//! The per-token gate: can an expression start at this token? One cheap shape test and
//! one hash lookup reject most words, so the pattern families run on few tokens.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Scanner;
use crate::text::lexicon;
use crate::text::token::Kind;
use crate::timex::tables;

impl<'a> Scanner<'a> {
    /// Whether an expression can start at token `i`: a number, an apostrophe (`'90s`) or
    /// a word some pattern starts with. One hash lookup rejects most tokens.
    #[inline]
    pub(super) fn may_start(&self, i: usize) -> bool {
        self.starts.get(i).copied().unwrap_or(false)
    }

    /// [`Self::may_start`] for every token, with at most one table lookup per word: the
    /// [`ROLES`] of every word first (returned too: see [`Self::is_in`]), then each start
    /// decided from its own role and the next token's.
    pub(super) fn compute_starts(&self) -> (Vec<u16>, Vec<bool>) {
        let low = self.low.as_bytes();
        let roles: Vec<u16> = self
            .toks
            .iter()
            .map(|t| match t.kind {
                Kind::Word => role_at(low, t.start, t.end),
                _ => 0,
            })
            .collect();
        // Whether token `j` can go on with an expression begun before it. `the` never ends
        // an expression, so what follows it decides: `at the meeting` starts nothing, `at
        // the end` may.
        let continues = |j: usize| {
            let j = if roles.get(j).is_some_and(|r| r & THE != 0) {
                j + 1
            } else {
                j
            };
            match self.kind(j) {
                Some(Kind::Word) => roles[j] & (START | CONTINUES) != 0,
                _ => self.can_continue_non_word(j),
            }
        };
        let starts = (0..self.toks.len())
            .map(|i| match self.kind(i) {
                Some(Kind::Mixed) => true,
                // a number starts a year (`1998`) or goes on with something temporal (`5
                // years`, `5 December`, `5-year`, `10:30`, `12/01/2009`, `5 p.m.`, `4 in
                // the morning`, `7 o'clock`); most (`5 percent`, `$3 million`) do not
                Some(Kind::Num) => {
                    self.w(i).len() == 4
                        || continues(i + 1)
                        || matches!(self.w(i + 1), ":" | "/" | "." | "am" | "pm" | "p" | "o" | "in")
                }
                // `'98`, `'90s`: an apostrophe starts only a year or decade written short
                Some(Kind::Punct) => {
                    matches!(self.w(i), "'" | "’")
                        && matches!(self.kind(i + 1), Some(Kind::Num | Kind::Mixed))
                }
                // function words (`the`, `a`, `last`, `about`) start an expression only if
                // something temporal can follow them
                Some(Kind::Word) => roles[i] & START != 0 && (roles[i] & STANDALONE != 0 || continues(i + 1)),
                None => false,
            })
            .collect();
        (roles, starts)
    }

    /// Whether token `i` is a word of the class `bit` ([`MONTH`], [`WEEKDAY`], [`UNIT`],
    /// [`NUMBER_WORD`], [`ORDINAL`], [`FIXED_FIRST`], [`HEDGE_FIRST`]):
    /// a test of the role bits the gate read, so a family asks its table only about the
    /// words in it (every word of those tables is in [`ROLES`], see the tests).
    #[inline]
    pub(super) fn is_in(&self, i: usize, bit: u16) -> bool {
        self.roles.get(i).is_some_and(|r| r & bit != 0)
    }

    /// Whether token `i`, not a word (or past the end), can continue an expression
    /// begun before it: a number, an apostrophe or a hyphen.
    #[inline]
    fn can_continue_non_word(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num | Kind::Mixed) => true,
            Some(Kind::Punct) => matches!(self.w(i), "'" | "’" | "-"),
            _ => false,
        }
    }
}

/// Bits of a word's role in [`ROLES`]: some pattern starts with it ([`start_words`]);
/// it can be a whole expression alone ([`standalone_words`]); it can continue one
/// ([`CONTINUATION_WORDS`]).
const START: u16 = 1;
const STANDALONE: u16 = 2;
const CONTINUES: u16 = 4;

/// The word `the` (which never ends an expression: what follows it decides).
const THE: u16 = 8;
/// A month name ([`lexicon::MONTHS`]).
pub(super) const MONTH: u16 = 16;
/// A weekday name ([`lexicon::WEEKDAYS`]).
pub(super) const WEEKDAY: u16 = 32;
/// A unit word ([`tables::UNITS`]).
pub(super) const UNIT: u16 = 64;
/// A number word ([`lexicon::NUMBER_WORDS`]).
pub(super) const NUMBER_WORD: u16 = 128;
/// An ordinal word ([`lexicon::ORDINALS`]).
pub(super) const ORDINAL: u16 = 256;
/// The first word of a fixed phrase ([`tables::FIXED_PHRASES`]).
pub(super) const FIXED_FIRST: u16 = 512;
/// The first word of a hedge ([`tables::HEDGES`]).
pub(super) const HEDGE_FIRST: u16 = 1024;

/// The word classes of [`ROLES`]' class bits.
fn classes() -> impl Iterator<Item = (&'static str, u16)> {
    let firsts = |table: &'static [(&'static str, u32)]| table.iter().map(|(w, _)| *w);
    firsts(lexicon::MONTHS)
        .map(|w| (w, MONTH))
        .chain(firsts(lexicon::WEEKDAYS).map(|w| (w, WEEKDAY)))
        .chain(tables::UNITS.iter().map(|(w, _)| (*w, UNIT)))
        .chain(firsts(lexicon::NUMBER_WORDS).map(|w| (w, NUMBER_WORD)))
        .chain(firsts(lexicon::ORDINALS).map(|w| (w, ORDINAL)))
        .chain(
            tables::FIXED_PHRASES
                .iter()
                .map(|(ws, _, _)| (ws[0], FIXED_FIRST)),
        )
        .chain(tables::HEDGES.iter().map(|(ws, _)| (ws[0], HEDGE_FIRST)))
}

/// The role bits of the word at bytes `[start, end)` of `low` (the lower-cased text), 0
/// for most words: a cheap shape test, then one probe of [`ROLE_TABLE`].
#[inline]
fn role_at(low: &[u8], start: usize, end: usize) -> u16 {
    let Some(w) = low.get(start..end) else {
        return 0;
    };
    if !shape_may_have_role(w) {
        return 0;
    }
    // the shape test refuses words longer than 15 bytes, which pack
    pack_at(low, start, w).map_or(0, |key| ROLE_TABLE.get(key))
}

/// A word of 1 to 16 bytes as one number: its bytes little-endian, zero above (no word
/// holds a NUL, so two words never share a key). `None` for a longer word.
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..w.len()].copy_from_slice(w);
    Some(u128::from_le_bytes(bytes))
}

/// [`pack`] of `w`, the bytes of `text` from `start`, read as one 16-byte load and masked
/// when the text goes on 16 bytes past `start` (nearly always), without the byte copy.
#[inline]
fn pack_at(text: &[u8], start: usize, w: &[u8]) -> Option<u128> {
    match text.get(start..).and_then(|rest| rest.first_chunk::<16>()) {
        Some(window) if !w.is_empty() && w.len() <= 16 => {
            let keep = u128::MAX >> (128 - 8 * w.len());
            Some(u128::from_le_bytes(*window) & keep)
        }
        _ => pack(w),
    }
}

/// [`ROLES`] as an open-addressing table of [`pack`]ed words (those of up to 16 bytes):
/// one multiply and, nearly always, one comparison of two numbers per word, where the
/// hash map hashes byte by byte and compares strings.
struct RoleTable {
    /// Packed words, 0 for an empty slot; a power of two long, at most a quarter full.
    keys: Vec<u128>,
    roles: Vec<u16>,
    /// 64 minus the table's bits: a hash's top bits index it.
    shift: u32,
}

impl RoleTable {
    fn new(words: impl Iterator<Item = (u128, u16)>) -> Self {
        let words: Vec<(u128, u16)> = words.collect();
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut table = RoleTable {
            keys: vec![0; size],
            roles: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for (key, role) in words {
            let mut slot = table.slot(key);
            while table.keys[slot] != 0 && table.keys[slot] != key {
                slot = (slot + 1) & (size - 1);
            }
            table.keys[slot] = key;
            table.roles[slot] |= role;
        }
        table
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let h = (lo ^ hi.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        (h >> self.shift) as usize
    }

    /// The role bits of a packed word, 0 if it has none.
    #[inline]
    fn get(&self, key: u128) -> u16 {
        let mask = self.keys.len() - 1;
        let mut slot = self.slot(key);
        loop {
            match self.keys.get(slot) {
                Some(&k) if k == key => return self.roles.get(slot).copied().unwrap_or(0),
                Some(&k) if k != 0 => slot = (slot + 1) & mask,
                _ => return 0,
            }
        }
    }
}

/// [`ROLES`] (with [`THE`]) for the words of up to 16 bytes (the shape test lets no
/// longer word through).
static ROLE_TABLE: LazyLock<RoleTable> = LazyLock::new(|| {
    let the = pack(b"the").map(|key| (key, THE));
    RoleTable::new(
        ROLES
            .iter()
            .filter_map(|(w, &role)| pack(w.as_bytes()).map(|key| (key, role)))
            .chain(the),
    )
});

/// Every start, standalone and continuation word with its role bits, and the words of
/// the classes ([`MONTH`], [`WEEKDAY`], [`UNIT`], [`NUMBER_WORD`], [`ORDINAL`],
/// [`FIXED_FIRST`], [`HEDGE_FIRST`]) with theirs. A start word
/// longer than [`MAX_START_LEN`] never starts anything (the scanner's shape test
/// refuses it), so it has no start bit.
static ROLES: LazyLock<HashMap<&'static str, u16, FnvBuild>> = LazyLock::new(|| {
    let mut roles: HashMap<&'static str, u16, FnvBuild> = HashMap::default();
    for w in start_words().filter(|w| w.len() <= MAX_START_LEN) {
        *roles.entry(w).or_default() |= START;
    }
    for w in standalone_words() {
        *roles.entry(w).or_default() |= STANDALONE;
    }
    for &w in CONTINUATION_WORDS {
        *roles.entry(w).or_default() |= CONTINUES;
    }
    for (w, class) in classes() {
        *roles.entry(w).or_default() |= class;
    }
    roles
});

/// For each first byte, a bit per word length (up to 15) that some word of [`ROLES`]
/// has: a cheap filter before the hash lookup.
static ROLE_SHAPES: LazyLock<[u16; 256]> = LazyLock::new(|| {
    let mut shapes = [0u16; 256];
    for w in ROLES.keys() {
        if let Some(&b) = w.as_bytes().first() {
            if w.len() < 16 {
                shapes[usize::from(b)] |= 1 << w.len();
            }
        }
    }
    shapes
});

/// Whether some word of [`ROLES`] (or `the`) has `w`'s first byte and length.
#[inline]
fn shape_may_have_role(w: &[u8]) -> bool {
    match w.first() {
        Some(&b) if w.len() < 16 => ROLE_SHAPES[usize::from(b)] & (1 << w.len()) != 0,
        _ => false,
    }
}

use crate::text::hash::FnvBuild;

/// [`tables::FIXED_PHRASES`] indexed by first word.
pub(super) static FIXED_BY_FIRST: LazyLock<HashMap<&'static str, Vec<usize>, FnvBuild>> =
    LazyLock::new(|| {
        let mut map: HashMap<&'static str, Vec<usize>, FnvBuild> = HashMap::default();
        for (k, (words, _, _)) in tables::FIXED_PHRASES.iter().enumerate() {
            map.entry(words[0]).or_default().push(k);
        }
        map
    });

/// Every word a pattern can start with, from the tables and the grammar's own keywords
/// (repeats do no harm: they only set a bit of [`ROLES`] again).
fn start_words() -> impl Iterator<Item = &'static str> {
    let firsts = |table: &'static [(&'static str, u32)]| table.iter().map(|(w, _)| *w);
    firsts(lexicon::MONTHS)
        .chain(firsts(lexicon::WEEKDAYS))
        .chain(WEEKDAY_PLURALS.iter().copied())
        .chain(firsts(lexicon::NUMBER_WORDS))
        .chain(tables::UNITS.iter().map(|(w, _)| *w))
        .chain(tables::SEASONS.iter().map(|(w, _)| *w))
        .chain(tables::PARTS_OF_DAY.iter().map(|(w, _)| *w))
        .chain(crate::text::lexicon::ORDINALS.iter().map(|(w, _)| *w))
        .chain(tables::SHIFT_WORDS.iter().map(|(w, _)| *w))
        .chain(tables::ANAPHOR_SHIFT_WORDS.iter().map(|(w, _)| *w))
        .chain(tables::POSITION_PREFIXES.iter().map(|(w, _)| *w))
        .chain(tables::DAY_WORDS.iter().map(|(w, _)| *w))
        .chain(tables::HEDGES.iter().map(|(ws, _)| ws[0]))
        .chain(tables::VAGUE_COUNTS.iter().map(|ws| ws[0]))
        .chain(tables::COUNT_PHRASES.iter().map(|(ws, _)| ws[0]))
        .chain(tables::FIXED_PHRASES.iter().map(|(ws, _, _)| ws[0]))
        .chain(
            tables::FIXED_HOLIDAYS
                .iter()
                .map(|(ws, _, _)| ws[0].trim_end_matches("'s")),
        )
        .chain(GRAMMAR_WORDS.iter().copied())
        .chain(STANDALONE_GRAMMAR_WORDS.iter().copied())
}

/// The longest start word the gate knows (a longer one of [`start_words`] starts nothing).
const MAX_START_LEN: usize = 14;

/// Start words that can be a whole expression alone (`Friday`, `now`, `daily`, `years`);
/// the other start words (`the`, `a`, `last`, `about`) need a temporal word after them.
fn standalone_words() -> impl Iterator<Item = &'static str> {
    let firsts = |table: &'static [(&'static str, u32)]| table.iter().map(|(w, _)| *w);
    // the single words of a phrase table
    let single = |ws: &'static [&'static str]| (ws.len() == 1).then(|| ws[0]);
    firsts(lexicon::MONTHS)
        .chain(firsts(lexicon::WEEKDAYS))
        .chain(WEEKDAY_PLURALS.iter().copied())
        .chain(tables::UNITS.iter().map(|(w, _)| *w))
        .chain(tables::SEASONS.iter().map(|(w, _)| *w))
        .chain(tables::DAY_WORDS.iter().map(|(w, _)| *w))
        .chain(
            tables::FIXED_PHRASES
                .iter()
                .filter_map(move |(ws, _, _)| single(ws)),
        )
        .chain(
            tables::FIXED_HOLIDAYS
                .iter()
                .filter_map(move |(ws, _, _)| single(ws)),
        )
        .chain(STANDALONE_GRAMMAR_WORDS.iter().copied())
}

/// Words of [`GRAMMAR_WORDS`]' kind (no table lists them) that can also be a whole
/// expression alone; [`start_words`] and [`standalone_words`] both take them.
const STANDALONE_GRAMMAR_WORDS: &[&str] = &[
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
];

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
    // `late on Wednesday`
    "on",
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

/// Words the patterns in this file start with that no table lists (and that cannot stand
/// alone; those are [`STANDALONE_GRAMMAR_WORDS`]).
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
    "that",
    "those",
    "mid",
    "half",
    "dozen",
    "nineteen",
    "eighteen",
    "latest",
    "recent",
    "most",
    "comparable",
    "corresponding",
    "same",
    "election",
    "labor",
    "memorial",
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
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of [`ROLES`] gets its role from [`role_at`], in running text (the
    /// 16-byte load) and at the very end of the text (the copy), and `the` its own bit.
    #[test]
    fn role_at_agrees_with_roles() {
        for (w, &role) in ROLES.iter() {
            let want = if w.len() < 16 {
                role | if *w == "the" { THE } else { 0 }
            } else {
                0
            };
            for text in [format!("{w} and more words after it"), format!("x {w}")] {
                let start = text.find(w).unwrap_or(0);
                assert_eq!(
                    role_at(text.as_bytes(), start, start + w.len()),
                    want,
                    "{w:?} in {text:?}"
                );
            }
        }
    }

    /// Every word of a class table gets its class bit: no word longer than the shape test
    /// lets through, letters only (a token of another kind can never be one).
    #[test]
    fn class_words_have_their_bit() {
        for (w, class) in classes() {
            assert!(w.len() < 16 && w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
            let text = format!("{w} and more");
            assert_ne!(role_at(text.as_bytes(), 0, w.len()) & class, 0, "{w:?}");
        }
    }

    /// Words that are not in [`ROLES`], some sharing a role word's first bytes or shape.
    #[test]
    fn other_words_have_no_role() {
        for w in [
            "them", "then", "monda", "mondayx", "year2", "tues", "zzz", "", "aa",
        ] {
            if ROLES.contains_key(w) {
                continue;
            }
            for text in [format!("{w} and more words after it"), format!("x {w}")] {
                let start = text.find(w).unwrap_or(0);
                assert_eq!(
                    role_at(text.as_bytes(), start, start + w.len()),
                    0,
                    "{w:?} in {text:?}"
                );
            }
        }
    }
}
