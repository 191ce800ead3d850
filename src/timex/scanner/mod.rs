//! The recogniser: finds temporal expressions in a token stream and says what they mean.
//!
//! At each token the scanner tries every pattern family (calendar dates, weekdays, units
//! with shift words, counts, clock times, fixed phrases…) and keeps the longest match,
//! then continues after it: one left-to-right pass, each pattern looking at a bounded
//! number of tokens, so the time is linear in the text. Extents follow TimeML: leading
//! prepositions and possessive `'s` stay out; modifiers (`early`, `last`, `the past`) and
//! hedges (`nearly`, `more than`) go in.

mod calendar;
mod clock;
mod counts;
pub mod gate;
mod numbers;
mod periods;

use gate::FIXED_BY_FIRST;

use super::sem::Sem;
use super::tables::{self, Unit};
use crate::text::lexicon;
use crate::text::token::{Kind, Tok};

/// One recognised expression: tokens `[start, end)` and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    /// TIMEX3 `mod`.
    pub modifier: Option<&'static str>,
    /// The pattern family that matched, for the `rule` field.
    pub pattern: &'static str,
}

/// A match in progress: the end token, the meaning, the `mod`, the pattern name.
#[derive(Debug, Clone)]
struct M {
    end: usize,
    sem: Sem,
    modifier: Option<&'static str>,
    pattern: &'static str,
}

/// The longest of the matches offered so far (the first offered on a tie).
struct Longest(Option<M>);

impl Longest {
    fn offer(&mut self, cand: Option<M>) {
        if let Some(c) = cand {
            if self.0.as_ref().is_none_or(|b| c.end > b.end) {
                self.0 = Some(c);
            }
        }
    }
}

fn m(end: usize, sem: Sem, pattern: &'static str) -> Option<M> {
    Some(M {
        end,
        sem,
        modifier: None,
        pattern,
    })
}

/// The token stream with case-folded text, and the matchers.
pub struct Scanner<'a> {
    text: &'a str,
    low: &'a str,
    toks: &'a [Tok],
    /// Per token: can an expression start here (see [`Scanner::may_start`]).
    starts: Vec<bool>,
    /// Per token: its role and class bits (see [`Scanner::is_in`]).
    roles: Vec<u16>,
}

/// Finds every temporal expression in the tokens of `text` (`low` is `text` ASCII-lowercased).
pub fn scan(text: &str, low: &str, toks: &[Tok]) -> Vec<Found> {
    let mut s = Scanner {
        text,
        low,
        toks,
        starts: Vec::new(),
        roles: Vec::new(),
    };
    (s.roles, s.starts) = s.compute_starts();
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((start, found)) = s
            .best_at(i, out.last())
            .filter(|(start, f)| !s.is_title(*start, f.end))
        {
            let end = found.end;
            out.push(Found {
                start,
                end,
                sem: found.sem,
                modifier: found.modifier,
                pattern: found.pattern,
            });
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

impl<'a> Scanner<'a> {
    // ---- token access -------------------------------------------------------------

    /// The lowercase text of token `i`, or `""` past the end.
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self.low.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    #[inline]
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether tokens `[start, end)` are part of a name or title rather than a time: a
    /// deictic word capitalised inside a sentence (`VOA Today`, `the film High Noon`), or a
    /// capitalised unit word after it (`ABC's "This Week"`; month and weekday names are
    /// always capitalised and say nothing).
    fn is_title(&self, start: usize, end: usize) -> bool {
        // an all-capitals word ("TODAY") is a shouted headline, not a name
        let shouted = self
            .toks
            .get(start)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|w| w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase()));
        if !tables::TITLE_DEICTICS.contains(&self.w(start)) || !self.cap(start) || shouted {
            return false;
        }
        // after punctuation (a full stop, a quote, a dateline's dash or parenthesis) a
        // capital says nothing
        let sentence_start = start == 0
            || self.toks.get(start).is_some_and(|t| t.para_before)
            || self.kind(start - 1) != Some(Kind::Word);
        !sentence_start || (start + 1..end).any(|k| self.cap(k) && self.unit(k).is_some())
    }

    /// A past tense at token `i`: a listed one (`was`, `became`) or a lower-case `-ed` word.
    fn past_verb(&self, i: usize) -> bool {
        let w = self.w(i);
        tables::PAST_CUES.contains(&w) && !matches!(w, "last" | "since" | "earlier" | "ago" | "yesterday")
            || !self.cap(i) && w.len() > 4 && w.ends_with("ed")
    }

    /// Token `i` starts with an uppercase letter in the original text.
    #[inline]
    fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_uppercase())
    }

    /// Token `i` follows the previous one with no space between (`five-day`).
    #[inline]
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    #[inline]
    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    /// Skips an abbreviation's dot glued to token `i - 1`: returns the next index.
    #[inline]
    fn skip_dot(&self, i: usize) -> usize {
        if self.is(i, ".") && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    // ---- lexical classes ----------------------------------------------------------

    #[inline]
    fn month(&self, i: usize) -> Option<u32> {
        if !self.is_in(i, gate::MONTH) || !self.cap(i) {
            return None;
        }
        lexicon::month(self.w(i))
    }

    #[inline]
    fn weekday(&self, i: usize) -> Option<u32> {
        if !self.is_in(i, gate::WEEKDAY) || !self.cap(i) {
            return None;
        }
        lexicon::weekday(self.w(i))
    }

    /// [`lexicon::number_word`] of token `i`.
    #[inline]
    fn number_word(&self, i: usize) -> Option<u32> {
        if !self.is_in(i, gate::NUMBER_WORD) {
            return None;
        }
        lexicon::number_word(self.w(i))
    }

    #[inline]
    fn unit(&self, i: usize) -> Option<Unit> {
        if !self.is_in(i, gate::UNIT) {
            return None;
        }
        tables::lookup(tables::UNITS, self.w(i))
    }

    #[inline]
    fn singular_unit(&self, i: usize) -> Option<Unit> {
        let w = self.w(i);
        if w.ends_with('s') && w != "hrs" && w != "yrs" && w != "mins" {
            return None;
        }
        self.unit(i)
    }

    /// The tokens from `i` spell `words` exactly.
    #[inline]
    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    // ---- the driver ---------------------------------------------------------------

    /// The longest expression starting at token `i` (or at a hedge or `the` there).
    fn best_at(&self, i: usize, prev: Option<&Found>) -> Option<(usize, M)> {
        if !self.may_start(i) {
            // the gate does not know the expression before: `20` in `between February 10
            // and 20, which` (a number before a comma starts nothing on its own)
            if prev.is_some_and(|p| p.end + 1 == i) {
                return self.range_tail(i, prev).map(|b| (i, b));
            }
            return None;
        }
        let mut best = Longest(None);
        best.offer(self.hedged(i));
        best.offer(self.with_position(i));
        best.offer(self.fixed(i));
        best.offer(self.earlier_after_speech(i));
        best.offer(self.range_tail(i, prev));
        best.0.map(|b| (i, b))
    }

    /// `nearly two years`, `more than four hours`, `around 7:15 p.m.`: a hedge and a count
    /// or time.
    fn hedged(&self, i: usize) -> Option<M> {
        if !self.is_in(i, gate::HEDGE_FIRST) {
            return None;
        }
        let (words, modifier) = tables::HEDGES.iter().find(|(words, _)| self.seq(i, words))?;
        let j = i + words.len();
        // "over the past two years": the preposition, not a hedge
        if words[0] == "over" && self.is(j, "the") {
            return None;
        }
        let core = self.with_position(j)?;
        match core.sem {
            Sem::Duration { .. } | Sem::Offset { .. } | Sem::Clock { .. }
                if core.pattern != "year-ago-adj" =>
            {
                Some(M {
                    modifier: Some(modifier),
                    ..core
                })
            }
            _ => None,
        }
    }

    /// An optional `the`, an optional position (`early`, `mid-`, `the end of`), then a core.
    fn with_position(&self, i: usize) -> Option<M> {
        let mut j = i;
        let det = self.is(j, "the");
        if det {
            j += 1;
        }
        let mut modifier = None;
        if let Some(md) = tables::lookup(tables::POSITION_PREFIXES, self.w(j)) {
            let k = if self.is(j + 1, "-") && self.glued(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if let Some(core) = self.core(k, false) {
                if position_applies(&core.sem) && !(self.w(j).starts_with("late") && core.pattern == "offset")
                {
                    return Some(M {
                        modifier: Some(md),
                        ..core
                    });
                }
            }
            // `late on Wednesday`, `early on March 3`: a day's part, `on` between
            if self.is(k, "on") && matches!(self.w(j), "early" | "late") {
                if let Some(core) = self.core(k + 1, false) {
                    let a_day = matches!(
                        core.sem,
                        Sem::Weekday { .. } | Sem::DayOffset(_) | Sem::Cal { day: Some(_), .. }
                    );
                    if a_day {
                        return Some(M {
                            modifier: Some(md),
                            ..core
                        });
                    }
                }
            }
            if let Some(part) = self.positioned_part_of_day(j, k) {
                return Some(M {
                    modifier: Some(md),
                    ..part
                });
            }
        }
        if det {
            if let Some(md) = tables::lookup(tables::POSITION_NOUNS, self.w(j)) {
                if self.is(j + 1, "of") {
                    let k = j + 2;
                    if let Some(core) = self
                        .core(k, true)
                        .or_else(|| self.core(k + 1, true).filter(|_| self.is(k, "the")))
                    {
                        if position_applies(&core.sem) {
                            modifier = Some(md);
                            return Some(M { modifier, ..core });
                        }
                    }
                }
            }
            // `the first half of 2008`
            if let Some(half) = self.half(j) {
                return Some(half);
            }
            if let Some(core) = self.core(j, true) {
                // "the third-quarter results": a hyphenated expression before a noun is an
                // adjective, and the `the` belongs to the noun
                let hyphenated = (j..core.end).any(|k| self.is(k, "-") && self.glued(k));
                let noun_follows = self.kind(core.end) == Some(Kind::Word) && !self.cap(core.end);
                let adjective = hyphenated
                    && (noun_follows || self.is(j + 1, "-"))
                    && !matches!(core.sem, Sem::Decade(_) | Sem::Anaphor { .. } | Sem::Century(_));
                if (core.sem.takes_determiner() || DET_PATTERNS.contains(&core.pattern))
                    && !adjective
                    && !NO_DET_PATTERNS.contains(&core.pattern)
                {
                    return Some(core);
                }
            }
            return None;
        }
        let core = self.core(j, false)?;
        Some(M {
            modifier: core.modifier.or(modifier),
            ..core
        })
    }

    /// Every core pattern at `i`, longest wins. `det`: a `the` came before.
    fn core(&self, i: usize, det: bool) -> Option<M> {
        if !self.may_start(i) {
            return None;
        }
        // The longest match of the pattern families, the first in this order on a tie;
        // each candidate is kept or dropped as it comes (an array of all sixteen would be
        // built and copied for every start).
        let mut best = Longest(None);
        best.offer(self.fixed(i));
        best.offer(self.month_first(i));
        best.offer(self.day_first(i));
        best.offer(self.ordinal_day(i, det));
        best.offer(self.numeric_date(i));
        best.offer(self.year_forms(i));
        best.offer(self.weekday_forms(i));
        best.offer(self.day_words(i));
        best.offer(self.shifted(i));
        best.offer(self.quarter(i, det));
        best.offer(self.season(i, det));
        best.offer(self.anaphor(i, det));
        best.offer(self.counted(i, det));
        best.offer(self.set(i));
        best.offer(self.clock(i));
        best.offer(self.holiday(i));
        best.offer(self.week_of(i, det));
        best.0
    }

    // ---- pattern families ---------------------------------------------------------

    /// `mid-afternoon`, `late evening`, `early morning` (the part at `k`, after the
    /// position word at `j`): a part of the story's day, or of the day named right after
    /// it (`mid-afternoon yesterday`, `late afternoon Friday`). Only `early`, `mid` and
    /// `late` (not `earlier`), and not `night`: `late-night television` is no date.
    fn positioned_part_of_day(&self, j: usize, k: usize) -> Option<M> {
        if !matches!(self.w(j), "early" | "mid" | "late") || self.is(k, "night") {
            return None;
        }
        let part = self.part_of_day(k, false)?;
        let (day, end) = if let Some(off) = tables::lookup(tables::DAY_WORDS, self.w(k + 1)) {
            (Sem::DayOffset(off), k + 2)
        } else if let Some(weekday) = self.weekday(k + 1).filter(|_| self.w(k + 1).len() > 3) {
            (
                Sem::Weekday {
                    weekday,
                    shift: 0,
                    this: false,
                },
                k + 2,
            )
        } else {
            (Sem::StoryDay, k + 1)
        };
        m(
            end,
            Sem::PartOfDay {
                day: Box::new(day),
                part,
            },
            "positioned-part",
        )
    }

    /// Fixed phrases: `now`, `recently`, `the future`, `weekly`, `noon`.
    fn fixed(&self, i: usize) -> Option<M> {
        if !self.is_in(i, gate::FIXED_FIRST) {
            return None;
        }
        let (words, value, how) = FIXED_BY_FIRST
            .get(self.w(i))?
            .iter()
            .map(|&k| &tables::FIXED_PHRASES[k])
            .filter(|(words, _, _)| self.seq(i, words))
            .max_by_key(|(words, _, _)| words.len())?;
        let end = i + words.len();
        // "as soon as Tuesday", "soon after": a conjunction, not a reference
        if words.len() == 1 && words[0] == "soon" && (i > 0 && self.is(i - 1, "as") || self.is(end, "after"))
        {
            return None;
        }
        // "he was soon released", "cash that soon became a flood": soon after a past
        // moment of the story, no future of the DCT
        if words.len() == 1
            && words[0] == "soon"
            && (i > 0 && matches!(self.w(i - 1), "was" | "were" | "had") || self.past_verb(end))
        {
            return None;
        }
        if *value == "PAST_REF" && words[0] == "the" && self.is(end, "decade") {
            return None;
        }
        // "a quarterly dividend": an adjective before a noun
        if *how == tables::Fixed::SetAdverb
            && self.kind(end) == Some(Kind::Word)
            && !self.cap(end)
            && !tables::PERIOD_PREPOSITIONS.contains(&self.w(end))
            && !matches!(self.w(end), "and" | "or" | "to" | "at")
        {
            return None;
        }
        // "its regular quarterly of 10 cents": the dividend, a noun that names a thing, not
        // how often ("the party daily Granma" stays: TimeBank tags the newspaper's rhythm)
        if matches!(how, tables::Fixed::Set | tables::Fixed::SetAdverb) && self.is(end, "of") {
            return None;
        }
        // "current market conditions": only before a noun, and not "current assets"
        if *how == tables::Fixed::Attributive
            && (self.kind(end) != Some(Kind::Word)
                || tables::NON_TEMPORAL_AFTER_CURRENT.contains(&self.w(end))
                || tables::PERIOD_PREPOSITIONS.contains(&self.w(end))
                || matches!(self.w(end), "and" | "or" | "to" | "at" | "is" | "was"))
        {
            return None;
        }
        let sem = match how {
            tables::Fixed::ClockOfToday => {
                let (hour, minute) = if *value == "T12:00" { (12, 0) } else { (24, 0) };
                // noon Thursday
                let day = self.day_after_time(end);
                let end = day.as_ref().map_or(end, |d| d.end);
                return m(
                    end,
                    Sem::Clock {
                        day: day.map(|d| Box::new(d.sem)),
                        hour,
                        minute,
                        zone: None,
                    },
                    "clock-word",
                );
            }
            _ => Sem::Fixed(value, *how),
        };
        m(end, sem, "fixed")
    }

    /// `earlier` right after a reporting verb (`Rogozin said earlier that…`): `PAST_REF`.
    /// Elsewhere (`Earlier, …`, `an earlier model`) news annotators leave it untagged.
    fn earlier_after_speech(&self, i: usize) -> Option<M> {
        if !self.is(i, "earlier") || i == 0 || !tables::REPORTING_VERBS.contains(&self.w(i - 1)) {
            return None;
        }
        if self.is(i + 1, "this")
            || self.is(i + 1, "in")
            || self.is(i + 1, "that") && self.unit(i + 2).is_some()
        {
            return None;
        }
        m(
            i + 1,
            Sem::Fixed("PAST_REF", tables::Fixed::Date),
            "earlier-reported",
        )
    }
}

/// Patterns whose meaning does not take a determiner in general but whose `the` belongs
/// to the expression: `the 1988 period`, `the year two thousand`, `the previous Friday`.
const DET_PATTERNS: &[&str] = &[
    "year-period",
    "year-named",
    "anaphor-weekday",
    "anaphor-part",
    "ordinal-day",
];

/// Patterns that never take a leading `the`: adjectives (`the five-day war`) and bare
/// plurals (`the weeks`).
const NO_DET_PATTERNS: &[&str] = &["duration-adj", "duration-plural"];

/// Whether a position word (`early`, `the end of`) can modify this meaning.
fn position_applies(sem: &Sem) -> bool {
    match sem {
        Sem::Duration { .. }
        | Sem::Set(_)
        | Sem::Clock { .. }
        | Sem::Offset {
            from_anchor: true, ..
        } => false,
        Sem::Fixed(v, _) => v.ends_with("_REF") && *v != "PRESENT_REF",
        _ => true,
    }
}
