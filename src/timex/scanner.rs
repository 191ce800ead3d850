//! The recogniser: finds temporal expressions in a token stream and says what they mean.
//!
//! At each token the scanner tries every pattern family (calendar dates, weekdays, units
//! with shift words, counts, clock times, fixed phrases…) and keeps the longest match,
//! then continues after it: one left-to-right pass, each pattern looking at a bounded
//! number of tokens, so the time is linear in the text. Extents follow TimeML: leading
//! prepositions and possessive `'s` stay out; modifiers (`early`, `last`, `the past`) and
//! hedges (`nearly`, `more than`) go in.

use super::sem::{Count, Holiday, Sem, YearRef};
use super::tables::{self, Unit};
use super::token::{Kind, Tok};
use crate::lexicon;

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
}

/// Finds every temporal expression in the tokens of `text` (`low` is `text` ASCII-lowercased).
pub fn scan(text: &str, low: &str, toks: &[Tok]) -> Vec<Found> {
    let s = Scanner { text, low, toks };
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((start, found)) = s.best_at(i, out.last()) {
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
    pub fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self.low.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` starts with an uppercase letter in the original text.
    fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_uppercase())
    }

    /// Token `i` follows the previous one with no space between (`five-day`).
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    /// Skips an abbreviation's dot glued to token `i - 1`: returns the next index.
    fn skip_dot(&self, i: usize) -> usize {
        if self.is(i, ".") && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// An integer token's value (`1990`, `30`), with no sign or separators.
    fn int(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let w = self.w(i);
        if w.len() > 9 {
            return None;
        }
        w.parse().ok()
    }

    // ---- lexical classes ----------------------------------------------------------

    fn month(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        lexicon::month(self.w(i))
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        lexicon::weekday(self.w(i))
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        tables::lookup(tables::UNITS, self.w(i))
    }

    fn singular_unit(&self, i: usize) -> Option<Unit> {
        let w = self.w(i);
        if w.ends_with('s') && w != "hrs" && w != "yrs" && w != "mins" {
            return None;
        }
        self.unit(i)
    }

    fn ordinal(&self, i: usize) -> Option<u32> {
        if let Some(n) = tables::lookup(tables::ORDINALS, self.w(i)) {
            return Some(n);
        }
        let w = self.w(i);
        if self.kind(i) == Some(Kind::Mixed) {
            for suffix in ["st", "nd", "rd", "th"] {
                if let Some(digits) = w.strip_suffix(suffix) {
                    if !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
                        return digits.parse().ok();
                    }
                }
            }
        }
        None
    }

    /// A day of the month: `1`, `01`, `1st`, `21st`.
    fn day_of_month(&self, i: usize) -> Option<u32> {
        let d = self.int(i).or_else(|| {
            if self.kind(i) == Some(Kind::Mixed) {
                self.ordinal(i)
            } else {
                None
            }
        })?;
        if self.kind(i) == Some(Kind::Num) && self.w(i).len() > 2 {
            return None;
        }
        (1..=31).contains(&d).then_some(d)
    }

    /// A day written as an ordinal word after a month: `March eighth`, `May twenty-first`.
    fn ordinal_word_day(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(tens) = match w {
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        } {
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            let unit = tables::lookup(tables::ORDINALS, self.w(k)).filter(|&u| u < 10)?;
            return Some((tens + unit, k + 1)).filter(|&(d, _)| d <= 31);
        }
        tables::lookup(tables::ORDINALS, w)
            .filter(|&d| d <= 31)
            .map(|d| (d, i + 1))
    }

    /// A four-digit year `1000`–`2099`: `1990`.
    fn year4(&self, i: usize) -> Option<i32> {
        if self.kind(i) != Some(Kind::Num) || self.w(i).len() != 4 {
            return None;
        }
        let y = self.int(i)? as i32;
        (1000..=2099).contains(&y).then_some(y)
    }

    /// A year written in words: `nineteen ninety-six`, `nineteen eighty`. Returns the year
    /// and the next index.
    fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let hundreds = match self.w(i) {
            "nineteen" => 19,
            "eighteen" => 18,
            _ => return None,
        };
        let (rest, next) = self.number_words(i + 1)?;
        if !(10..=99).contains(&rest) {
            return None;
        }
        Some((hundreds * 100 + rest as i32, next))
    }

    /// A year in any written form: `1990`, `'09`, `nineteen ninety-six`, `two thousand`.
    fn any_year(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(i) {
            return Some((y, i + 1));
        }
        if let Some(r) = self.spoken_year(i) {
            return Some(r);
        }
        if (self.is(i, "'") || self.is(i, "’"))
            && self.kind(i + 1) == Some(Kind::Num)
            && self.w(i + 1).len() == 2
        {
            let yy = self.int(i + 1)? as i32;
            return Some((if yy <= 30 { 2000 + yy } else { 1900 + yy }, i + 2));
        }
        if self.is(i, "two") && self.is(i + 1, "thousand") {
            if let Some((n, next)) = self.number_words(i + 2).filter(|(n, _)| *n < 100) {
                return Some((2000 + n as i32, next));
            }
            return Some((2000, i + 2));
        }
        None
    }

    /// Number words from `i`: `twenty-five`, `twenty four`, `a hundred`, `two hundred
    /// ten`, `twelve`. Returns the value and the next index.
    fn number_words(&self, i: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut total: u32 = 0;
        let mut current: u32;
        let first = self.w(j);
        if (first == "a" || first == "one") && matches!(self.w(j + 1), "hundred" | "thousand") {
            current = 1;
            j += 1;
        } else {
            current = lexicon::number_word(first).filter(|&n| n != 100 && n != 12 || first == "twelve")?;
            if first == "dozen" {
                return None;
            }
            j += 1;
            // twenty-five / twenty five
            if (20..=90).contains(&current) && current.is_multiple_of(10) {
                let k = if self.is(j, "-") && self.glued(j) && self.glued(j + 1) {
                    j + 1
                } else {
                    j
                };
                if let Some(u) = lexicon::number_word(self.w(k)).filter(|&u| (1..=9).contains(&u)) {
                    current += u;
                    j = k + 1;
                }
            }
        }
        loop {
            match self.w(j) {
                "hundred" => {
                    current = current.max(1) * 100;
                    j += 1;
                    if self.is(j, "and") && lexicon::number_word(self.w(j + 1)).is_some_and(|n| n < 100) {
                        j += 1;
                    }
                    if let Some((rest, next)) = self.small_number_words(j) {
                        current += rest;
                        j = next;
                    }
                }
                "thousand" => {
                    total += current.max(1) * 1000;
                    current = 0;
                    j += 1;
                    if let Some((rest, next)) = self.small_number_words(j) {
                        current += rest;
                        j = next;
                    }
                }
                _ => break,
            }
        }
        Some((total + current, j))
    }

    /// 1–99 in words.
    fn small_number_words(&self, i: usize) -> Option<(u32, usize)> {
        let n = lexicon::number_word(self.w(i)).filter(|&n| (1..100).contains(&n) && self.w(i) != "dozen")?;
        let mut j = i + 1;
        let mut v = n;
        if (20..=90).contains(&n) && n.is_multiple_of(10) {
            let k = if self.is(j, "-") && self.glued(j) {
                j + 1
            } else {
                j
            };
            if let Some(u) = lexicon::number_word(self.w(k)).filter(|&u| (1..=9).contains(&u)) {
                v += u;
                j = k + 1;
            }
        }
        Some((v, j))
    }

    /// A count before a unit: digits (`18`, `2 1/2`, `1.5`), words (`twenty-five`, `a
    /// dozen`), `a`/`an` (1), vague words (`several`, `a few`). Returns the count and the
    /// next index.
    fn count(&self, i: usize) -> Option<(Count, usize)> {
        if let Some(n) = self.int(i) {
            if self.toks.get(i.wrapping_sub(1)).is_some() && i > 0 {
                let p = self.w(i - 1);
                if (p == "$" || p == "#" || p == "." || p == ",") && self.glued(i) {
                    return None;
                }
            }
            let mut v = n as f64;
            let mut j = i + 1;
            // 2 1/2
            if self.int(j).is_some() && self.is(j + 1, "/") && self.glued(j + 1) && self.int(j + 2).is_some()
            {
                let num = self.int(j).unwrap_or(0) as f64;
                let den = self.int(j + 2).unwrap_or(1).max(1) as f64;
                if num < den {
                    v += num / den;
                    j += 3;
                }
            } else if self.is(j, ".") && self.glued(j) && self.glued(j + 1) && self.int(j + 1).is_some() {
                let frac = self.w(j + 1);
                if let Ok(f) = format!("0.{frac}").parse::<f64>() {
                    v += f;
                    j += 2;
                }
            }
            return Some((Count::N(v), j));
        }
        let w = self.w(i);
        if w == "a" || w == "an" {
            if self.is(i + 1, "dozen") {
                return Some((Count::N(12.0), i + 2));
            }
            if self.is(i + 1, "half") {
                return Some((Count::N(0.5), i + 2));
            }
            if matches!(self.w(i + 1), "hundred" | "thousand") {
                let (n, next) = self.number_words(i)?;
                return Some((Count::N(n as f64), next));
            }
            for vague in tables::VAGUE_COUNTS {
                if self.seq(i, vague) {
                    return Some((Count::Vague, i + vague.len()));
                }
            }
            return Some((Count::N(1.0), i + 1));
        }
        for vague in tables::VAGUE_COUNTS {
            if self.seq(i, vague) {
                return Some((Count::Vague, i + vague.len()));
            }
        }
        if w == "half" && self.is(i + 1, "a") {
            return Some((Count::N(0.5), i + 2));
        }
        if w == "dozen" {
            return Some((Count::N(12.0), i + 1));
        }
        let (n, next) = self.number_words(i)?;
        // "two and a half years"
        if self.is(next, "and") && self.is(next + 1, "a") && self.is(next + 2, "half") {
            return Some((Count::N(n as f64 + 0.5), next + 3));
        }
        Some((Count::N(n as f64), next))
    }

    /// The tokens from `i` spell `words` exactly.
    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    // ---- the driver ---------------------------------------------------------------

    /// The longest expression starting at token `i` (or at a hedge or `the` there).
    fn best_at(&self, i: usize, prev: Option<&Found>) -> Option<(usize, M)> {
        if self.kind(i) == Some(Kind::Punct) && !(self.is(i, "'") || self.is(i, "’")) {
            return None;
        }
        let mut best: Option<M> = None;
        let mut consider = |cand: Option<M>| {
            if let Some(c) = cand {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        consider(self.hedged(i));
        consider(self.with_position(i));
        consider(self.fixed(i));
        consider(self.earlier_after_speech(i));
        consider(self.range_tail(i, prev));
        best.map(|b| (i, b))
    }

    /// `nearly two years`, `more than four hours`, `around 7:15 p.m.`: a hedge and a count
    /// or time.
    fn hedged(&self, i: usize) -> Option<M> {
        let (words, modifier) = tables::HEDGES.iter().find(|(words, _)| self.seq(i, words))?;
        let j = i + words.len();
        // "over the past two years": the preposition, not a hedge
        if words[0] == "over" && self.is(j, "the") {
            return None;
        }
        let core = self.with_position(j)?;
        match core.sem {
            Sem::Duration { .. } | Sem::Offset { .. } | Sem::Clock { .. } => Some(M {
                modifier: Some(modifier),
                ..core
            }),
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
                let adjective = self.is(j + 1, "-")
                    && self.glued(j + 1)
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
        if i >= self.toks.len() {
            return None;
        }
        let mut best: Option<M> = None;
        let cands = [
            self.fixed(i),
            self.month_first(i),
            self.day_first(i),
            self.numeric_date(i),
            self.year_forms(i),
            self.weekday_forms(i),
            self.day_words(i),
            self.shifted(i, det),
            self.quarter(i, det),
            self.season(i, det),
            self.anaphor(i, det),
            self.counted(i, det),
            self.set(i),
            self.clock(i),
            self.holiday(i),
            self.week_of(i, det),
        ];
        for c in cands.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    // ---- pattern families ---------------------------------------------------------

    /// Fixed phrases: `now`, `recently`, `the future`, `weekly`, `noon`.
    fn fixed(&self, i: usize) -> Option<M> {
        let (words, value, how) = tables::FIXED_PHRASES
            .iter()
            .filter(|(words, _, _)| self.seq(i, words))
            .max_by_key(|(words, _, _)| words.len())?;
        let end = i + words.len();
        // "as soon as Tuesday", "soon after": a conjunction, not a reference
        if words.len() == 1 && words[0] == "soon" && (i > 0 && self.is(i - 1, "as") || self.is(end, "after"))
        {
            return None;
        }
        if *value == "PAST_REF" && words[0] == "the" && self.is(end, "decade") {
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

    /// `December 1, 2009`, `Dec. 1`, `June 2008`, `August`, `January this year`.
    fn month_first(&self, i: usize) -> Option<M> {
        let month = self.month(i)?;
        let j = self.skip_dot(i + 1);
        // "May" the modal verb: only with a day, a year or a calendar cue before it.
        let is_may = self.is(i, "may");
        let day = self
            .day_of_month(j)
            .map(|d| (d, j + 1))
            .or_else(|| self.ordinal_word_day(j));
        let clock_follows = self.is(j + 1, ":") && self.glued(j + 1) && self.glued(j + 2);
        if let Some((day, k)) = day.filter(|_| !clock_follows) {
            // "December 1-3" leaves "3" to range_tail
            let comma = self.is(k, ",");
            let yk = if comma { k + 1 } else { k };
            if let Some((year, next)) = self.any_year(yk) {
                return m(
                    next,
                    Sem::Cal {
                        year: Some(year),
                        month: Some(month),
                        day: Some(day),
                    },
                    "month-day-year",
                );
            }
            if self.is(k, "of") || self.is(k, "this") || self.is(k, "last") || self.is(k, "next") {
                if let Some((shift, next)) = self.rel_year(k) {
                    return m(
                        next,
                        Sem::MonthOfRelYear {
                            month,
                            day: Some(day),
                            year_shift: shift,
                        },
                        "month-day-relyear",
                    );
                }
            }
            return m(
                k,
                Sem::Cal {
                    year: None,
                    month: Some(month),
                    day: Some(day),
                },
                "month-day",
            );
        }
        if let Some((year, next)) = self.any_year(j) {
            return m(
                next,
                Sem::Cal {
                    year: Some(year),
                    month: Some(month),
                    day: None,
                },
                "month-year",
            );
        }
        if self.is(j, ",") || self.is(j, "of") {
            if let Some((year, next)) = self.year4(j + 1).map(|y| (y, j + 2)) {
                return m(
                    next,
                    Sem::Cal {
                        year: Some(year),
                        month: Some(month),
                        day: None,
                    },
                    "month-year",
                );
            }
        }
        if let Some((shift, next)) = self.rel_year(j) {
            return m(
                next,
                Sem::MonthOfRelYear {
                    month,
                    day: None,
                    year_shift: shift,
                },
                "month-relyear",
            );
        }
        if is_may && !self.calendar_cue_before(i) {
            return None;
        }
        // abbreviations alone ("Mar", "Jan") are too ambiguous without a day
        if self.w(i).len() <= 3 && !is_may {
            return None;
        }
        if self.is(i, "march") && !self.calendar_cue_before(i) && self.is(j, "on") {
            return None;
        }
        m(
            j.min(i + 1),
            Sem::Cal {
                year: None,
                month: Some(month),
                day: None,
            },
            "month",
        )
    }

    /// `this year`, `last year`, `next year`, `of this year` after a month.
    fn rel_year(&self, i: usize) -> Option<(i32, usize)> {
        let k = if self.is(i, "of") { i + 1 } else { i };
        let shift = match self.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        self.is(k + 1, "year").then_some((shift, k + 2))
    }

    /// A word before token `i` that makes a capitalised `May`/`March` a month.
    fn calendar_cue_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.w(i - 1),
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "during"
                    | "from"
                    | "through"
                    | "before"
                    | "after"
                    | "-"
            )
    }

    /// `1 December 2009`, `the 1st of December`, `1st December`.
    fn day_first(&self, i: usize) -> Option<M> {
        let day = self.day_of_month(i)?;
        let mut j = i + 1;
        if self.is(j, "of") {
            j += 1;
        }
        let month = self.month(j)?;
        let j = self.skip_dot(j + 1);
        if let Some((year, next)) = self.any_year(j).or_else(|| {
            if self.is(j, ",") {
                self.year4(j + 1).map(|y| (y, j + 2))
            } else {
                None
            }
        }) {
            return m(
                next,
                Sem::Cal {
                    year: Some(year),
                    month: Some(month),
                    day: Some(day),
                },
                "day-month-year",
            );
        }
        m(
            j,
            Sem::Cal {
                year: None,
                month: Some(month),
                day: Some(day),
            },
            "day-month",
        )
    }

    /// `2009-12-01`, `12/01/2009` (month first, the US news order, unless the first number
    /// cannot be a month), `01.12.2009` (day first, the European order).
    fn numeric_date(&self, i: usize) -> Option<M> {
        let a = self.int(i)?;
        let sep = self.w(i + 1);
        if !matches!(sep, "-" | "/" | ".") || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let b = self.int(i + 2)?;
        if !self.is(i + 3, sep) || !self.glued(i + 3) || !self.glued(i + 4) {
            return None;
        }
        let c = self.int(i + 4)?;
        let (lc, la) = (self.w(i + 4).len(), self.w(i).len());
        let (y, mo, d) = if la == 4 && sep == "-" {
            (a as i32, b, c)
        } else if lc == 4 || lc == 2 {
            let y = if lc == 2 {
                if c <= 30 {
                    2000 + c as i32
                } else {
                    1900 + c as i32
                }
            } else {
                c as i32
            };
            if sep == "." || a > 12 {
                (y, b, a)
            } else {
                (y, a, b)
            }
        } else {
            return None;
        };
        chrono::NaiveDate::from_ymd_opt(y, mo, d)?;
        m(
            i + 5,
            Sem::Cal {
                year: Some(y),
                month: Some(mo),
                day: Some(d),
            },
            "numeric-date",
        )
    }

    /// Years, decades and centuries: `1990`, `fiscal 1989`, `'09`, `the 1990s`, `the '90s`,
    /// `the nineties`, `nineteen ninety-six`, `the 20th century`, `the year 2000`.
    fn year_forms(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if w == "fiscal" {
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            let (y, next) = self.any_year(k)?;
            return m(
                next,
                Sem::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                },
                "fiscal-year",
            );
        }
        if w == "year" {
            if let Some((y, next)) = self.any_year(i + 1) {
                return m(
                    next,
                    Sem::Cal {
                        year: Some(y),
                        month: None,
                        day: None,
                    },
                    "year-named",
                );
            }
        }
        // decades: 1990s, '90s
        if self.kind(i) == Some(Kind::Mixed) && w.len() == 5 && w.ends_with('s') {
            let digits = &w[..4];
            if digits.bytes().all(|b| b.is_ascii_digit()) {
                let y: i32 = digits.parse().ok()?;
                if (1000..=2099).contains(&y) && y % 10 == 0 {
                    if y % 100 == 0 && !(self.is(i + 1, "and")) {
                        return m(i + 1, Sem::Century(y / 100), "century-s");
                    }
                    return m(i + 1, Sem::Decade(y / 10), "decade");
                }
            }
        }
        if (w == "'" || w == "’") && self.kind(i + 1) == Some(Kind::Mixed) {
            let w2 = self.w(i + 1);
            if w2.len() == 3 && w2.ends_with("0s") && w2.as_bytes()[0].is_ascii_digit() {
                let d: i32 = w2[..1].parse().ok()?;
                let decade = if d <= 2 { 200 + d } else { 190 + d };
                return m(i + 2, Sem::Decade(decade), "decade-short");
            }
        }
        if let Some(d) = decade_word(w) {
            return m(i + 1, Sem::Decade(d), "decade-word");
        }
        // centuries: 20th century, twentieth century
        if let Some(n) = self.ordinal(i) {
            if self.is(i + 1, "century") && (1..=30).contains(&n) {
                return m(i + 2, Sem::Century(n as i32 - 1), "century");
            }
            return None;
        }
        if let Some((y, next)) = self.spoken_year(i) {
            return m(
                next,
                Sem::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                },
                "year-words",
            );
        }
        let y = self.year4(i)?;
        if !self.plausible_year(i, y) {
            return None;
        }
        // "1990 and beyond", "1994 or later"
        m(
            i + 1,
            Sem::Cal {
                year: Some(y),
                month: None,
                day: None,
            },
            "year",
        )
    }

    /// A four-digit number at `i` reads as a year, not a quantity or code.
    fn plausible_year(&self, i: usize, y: i32) -> bool {
        if i > 0 {
            let p = self.w(i - 1);
            if self.glued(i) && matches!(p, "$" | "#" | "." | "," | "-" | "/" | ":" | "£" | "€") {
                return false;
            }
            if matches!(
                p,
                "$" | "#" | "£" | "€" | "no" | "number" | "route" | "flight" | "room" | "suite" | "at"
            ) {
                return false;
            }
        }
        let next = self.w(i + 1);
        if (next == "," || next == ".")
            && self.glued(i + 1)
            && self.kind(i + 2) == Some(Kind::Num)
            && self.glued(i + 2)
        {
            return false;
        }
        if matches!(
            next,
            "%" | "percent" | "gmt" | "utc" | "hours" | "est" | "edt" | "-" | "/" | ":"
        ) && !(next == "-" && self.year4(i + 2).is_some())
        {
            return false;
        }
        if self.unit(i + 1).is_some() || lexicon::month(next).is_some() && !self.cap(i + 1) {
            return false;
        }
        if (1900..=2049).contains(&y) {
            return true;
        }
        i > 0
            && matches!(
                self.w(i - 1),
                "in" | "since" | "of" | "by" | "from" | "until" | "to" | "year" | "before" | "after"
            )
    }

    /// Weekdays: `Tuesday`, `last Tuesday`, `this coming Sunday`, `Tuesday morning`,
    /// `Saturday, April 25`, `Tuesdays` (a set).
    fn weekday_forms(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut shift = 0;
        let mut this = false;
        match self.w(j) {
            "last" | "previous" => {
                shift = -1;
                j += 1;
            }
            "next" => {
                shift = 1;
                j += 1;
            }
            "coming" => {
                shift = 1;
                j += 1;
            }
            "this" => {
                this = true;
                j += 1;
                if self.is(j, "coming") {
                    shift = 1;
                    this = false;
                    j += 1;
                } else if self.is(j, "past") {
                    shift = -1;
                    this = false;
                    j += 1;
                }
            }
            _ => {}
        }
        // plural weekday: a set
        let w = self.w(j);
        if self.cap(j) && w.len() > 4 && w.ends_with("days") {
            if let Some(wd) = lexicon::weekday(&w[..w.len() - 1]) {
                let mut end = j + 1;
                let mut value = format!("XXXX-WXX-{wd}");
                if let Some(part) = self.part_of_day(end, true) {
                    value.push('T');
                    value.push_str(part);
                    end += 1;
                }
                return m(end, Sem::Set(value), "weekday-plural");
            }
        }
        let wd = self.weekday(j)?;
        // "Sun" / "Sat" / "Wed" abbreviations need a dot or a date after them
        if self.w(j).len() <= 3 && !self.is(j + 1, ".") && !self.is(j + 1, ",") {
            return None;
        }
        // "Tues." takes its dot; "Monday." ends a sentence
        let k = if self.w(j).len() <= 5 {
            self.skip_dot(j + 1)
        } else {
            j + 1
        };
        // Saturday, April 25 / Friday Oct. 13
        let kk = if self.is(k, ",") { k + 1 } else { k };
        if let Some(date) = self.month_first(kk).or_else(|| self.day_first(kk)) {
            if let Sem::Cal { day: Some(_), .. } = date.sem {
                return m(date.end, date.sem, "weekday-date");
            }
        }
        let sem = Sem::Weekday {
            weekday: wd,
            shift,
            this,
        };
        if let Some(part) = self.part_of_day(k, false) {
            return m(
                k + 1,
                Sem::PartOfDay {
                    day: Box::new(sem),
                    part,
                },
                "weekday-part",
            );
        }
        m(k, sem, "weekday")
    }

    /// A part-of-day word at `i` (`morning`, `nights` when `plural`).
    fn part_of_day(&self, i: usize, plural: bool) -> Option<&'static str> {
        let w = self.w(i);
        let w = if plural {
            w.strip_suffix('s').unwrap_or(w)
        } else {
            w
        };
        if w == "overnight" {
            return None;
        }
        tables::lookup(tables::PARTS_OF_DAY, w)
    }

    /// `today`, `yesterday morning`, `tonight`, `this morning`, `last night`, `the day
    /// before yesterday`.
    fn day_words(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if let Some(off) = tables::lookup(tables::DAY_WORDS, w) {
            let day = Sem::DayOffset(off);
            if w == "tonight" {
                return m(
                    i + 1,
                    Sem::PartOfDay {
                        day: Box::new(day),
                        part: "NI",
                    },
                    "tonight",
                );
            }
            if let Some(part) = self.part_of_day(i + 1, false) {
                return m(
                    i + 2,
                    Sem::PartOfDay {
                        day: Box::new(day),
                        part,
                    },
                    "day-word-part",
                );
            }
            return m(i + 1, day, "day-word");
        }
        if w == "this" {
            if let Some(part) = self.part_of_day(i + 1, false) {
                return m(
                    i + 2,
                    Sem::PartOfDay {
                        day: Box::new(Sem::DayOffset(0)),
                        part,
                    },
                    "this-part",
                );
            }
        }
        if w == "last" && self.is(i + 1, "night") {
            return m(
                i + 2,
                Sem::PartOfDay {
                    day: Box::new(Sem::DayOffset(-1)),
                    part: "NI",
                },
                "last-night",
            );
        }
        if w == "day" && (self.is(i + 1, "before") || self.is(i + 1, "after")) {
            let before = self.is(i + 1, "before");
            if self.is(i + 2, "yesterday") && before {
                return m(i + 3, Sem::DayOffset(-2), "day-before-yesterday");
            }
            if self.is(i + 2, "tomorrow") && !before {
                return m(i + 3, Sem::DayOffset(2), "day-after-tomorrow");
            }
        }
        None
    }

    /// Shift word + unit/season/month: `last week`, `next year`, `this month`, `the past
    /// year`, `last fall`, `last April`, `the current fiscal year`, `this year's third
    /// quarter`, `the latest quarter`.
    fn shifted(&self, i: usize, det: bool) -> Option<M> {
        let w = self.w(i);
        let mut shift = tables::lookup(tables::SHIFT_WORDS, w)?;
        if w == "past" && !det && i > 0 && !matches!(self.w(i - 1), "this" | "over" | "in" | "for" | "during")
        {
            // "past year" without "the" is rarer; still accept
        }
        let mut j = i + 1;
        if w == "this" && self.is(j, "past") {
            shift = -1;
            j += 1;
        }
        if w == "this" && self.is(j, "coming") {
            shift = 1;
            j += 1;
        }
        if self.is(j, "fiscal") || self.is(j, "calendar") {
            j += 1;
        }
        if let Some(season) = tables::lookup(tables::SEASONS, self.w(j)) {
            return m(
                j + 1,
                Sem::Season {
                    season,
                    year: YearRef::Rel(shift),
                },
                "shift-season",
            );
        }
        if let Some(month) = self.month(j) {
            if self.is(j + 1, "'") || self.day_of_month(self.skip_dot(j + 1)).is_some() {
                return None;
            }
            return m(j + 1, Sem::MonthShift { month, shift }, "shift-month");
        }
        let unit = self.singular_unit(j)?;
        if matches!(
            unit,
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Half
        ) {
            return None;
        }
        if matches!(w, "this" | "current" | "present")
            && unit == Unit::Year
            && (self.is(j + 1, "'") || self.is(j + 1, "’"))
            && self.is(j + 2, "s")
        {
            // this year's third quarter
            if let Some(q) = self.quarter_words(j + 3) {
                return m(
                    q.1,
                    Sem::Quarter {
                        quarter: q.0,
                        year: YearRef::Rel(shift),
                    },
                    "relyear-quarter",
                );
            }
        }
        if unit == Unit::Year && (self.is(j + 1, "'") || self.is(j + 1, "’")) && self.is(j + 2, "s") {
            if let Some(q) = self.quarter_words(j + 3) {
                return m(
                    q.1,
                    Sem::Quarter {
                        quarter: q.0,
                        year: YearRef::Rel(shift),
                    },
                    "relyear-quarter",
                );
            }
            if self.is(j + 3, "quarter") {
                return m(
                    j + 4,
                    Sem::Anaphor {
                        unit: Unit::Quarter,
                        shift: shift * 4,
                    },
                    "relyear-quarter",
                );
            }
        }
        m(j + 1, Sem::UnitShift { unit, shift }, "shift-unit")
    }

    /// `third quarter`, `third-quarter`, `fiscal first quarter` at `i`: the quarter number
    /// and the next index.
    fn quarter_words(&self, i: usize) -> Option<(u32, usize)> {
        let mut j = i;
        if self.is(j, "fiscal") {
            j += 1;
            if self.is(j, "-") {
                j += 1;
            }
        }
        let q = match self.w(j) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "1st" => 1,
            "2nd" => 2,
            "3rd" => 3,
            "4th" => 4,
            _ => return None,
        };
        j += 1;
        if self.is(j, "-") && self.glued(j) {
            j += 1;
        }
        if !(self.is(j, "quarter") || self.is(j, "quarters")) {
            return None;
        }
        Some((q, j + 1))
    }

    /// Quarters: `the third quarter`, `third-quarter`, `the third quarter of 1984`, `Q3
    /// 2008`, `the 1988 second quarter`, `the fiscal first quarter`, `the quarter`, `the
    /// latest quarter`, `the year-ago quarter`, `the first half of 2008`.
    fn quarter(&self, i: usize, det: bool) -> Option<M> {
        let w = self.w(i);
        // Q3 2008, 3Q
        if self.kind(i) == Some(Kind::Mixed) && w.len() == 2 {
            let b = w.as_bytes();
            let q = if b[0] == b'q' && (b'1'..=b'4').contains(&b[1]) {
                Some((b[1] - b'0') as u32)
            } else if b[1] == b'q' && (b'1'..=b'4').contains(&b[0]) {
                Some((b[0] - b'0') as u32)
            } else {
                None
            };
            if let Some(q) = q {
                if self.cap(i) || b[1] == b'q' {
                    let (year, end) = match self.any_year(i + 1) {
                        Some((y, e)) => (YearRef::Explicit(y), e),
                        None => (YearRef::Implicit, i + 1),
                    };
                    return m(end, Sem::Quarter { quarter: q, year }, "quarter-q");
                }
            }
        }
        // the 1988 second quarter / the 1988 period / the 1988 quarter
        if det {
            if let Some(y) = self.year4(i) {
                if let Some((q, end)) = self.quarter_words(i + 1) {
                    return m(
                        end,
                        Sem::Quarter {
                            quarter: q,
                            year: YearRef::Explicit(y),
                        },
                        "year-quarter",
                    );
                }
                if self.is(i + 1, "quarter") || self.is(i + 1, "period") {
                    return m(i + 2, Sem::YearPeriod(y), "year-period");
                }
            }
        }
        if let Some((q, end)) = self.quarter_words(i) {
            // "second quarters" (a set) is rare; keep as date
            let k = end;
            if self.is(k, "of") {
                if let Some((y, e)) = self.any_year(k + 1) {
                    return m(
                        e,
                        Sem::Quarter {
                            quarter: q,
                            year: YearRef::Explicit(y),
                        },
                        "quarter-of-year",
                    );
                }
                if let Some((shift, e)) = self.rel_year(k) {
                    return m(
                        e,
                        Sem::Quarter {
                            quarter: q,
                            year: YearRef::Rel(shift),
                        },
                        "quarter-of-year",
                    );
                }
            }
            if let Some((y, e)) = self.year4(k).map(|y| (y, k + 1)) {
                return m(
                    e,
                    Sem::Quarter {
                        quarter: q,
                        year: YearRef::Explicit(y),
                    },
                    "quarter-year",
                );
            }
            return m(
                end,
                Sem::Quarter {
                    quarter: q,
                    year: YearRef::Implicit,
                },
                "quarter",
            );
        }
        if det {
            let mut j = i;
            let mut shift = 0;
            let mut latest = false;
            match w {
                "latest" | "recent" | "most" => {
                    if w == "most" && self.is(i + 1, "recent") {
                        j += 1;
                    }
                    j += 1;
                    latest = true;
                }
                "year" if self.is(i + 1, "-") && (self.is(i + 2, "ago") || self.is(i + 2, "earlier")) => {
                    shift = -4;
                    j += 3;
                }
                "comparable" | "corresponding" | "same" => {
                    j += 1;
                    if self.is(j, "year")
                        && self.is(j + 1, "-")
                        && (self.is(j + 2, "ago") || self.is(j + 2, "earlier"))
                    {
                        shift = -4;
                        j += 3;
                    }
                }
                _ => {}
            }
            if self.is(j, "fiscal") {
                j += 1;
            }
            if let Some((q, end)) = self.quarter_words(j) {
                if shift != 0 {
                    return m(
                        end,
                        Sem::Anaphor {
                            unit: Unit::Quarter,
                            shift,
                        },
                        "yearago-quarter",
                    );
                }
                return m(
                    end,
                    Sem::Quarter {
                        quarter: q,
                        year: YearRef::Implicit,
                    },
                    "quarter",
                );
            }
            if latest && (self.is(j, "quarter") || self.is(j, "period")) {
                return m(
                    j + 1,
                    Sem::UnitShift {
                        unit: Unit::Quarter,
                        shift: -1,
                    },
                    "latest-quarter",
                );
            }
            if self.is(j, "quarter") {
                return m(
                    j + 1,
                    Sem::Anaphor {
                        unit: Unit::Quarter,
                        shift,
                    },
                    "the-quarter",
                );
            }
            if self.is(j, "period") && (j > i) {
                return m(
                    j + 1,
                    Sem::Anaphor {
                        unit: Unit::Quarter,
                        shift,
                    },
                    "the-period",
                );
            }
        }
        None
    }

    /// `the first half of 2008`, `the second half`, `the last half of the '80s`.
    fn half(&self, i: usize) -> Option<M> {
        let h = match self.w(i) {
            "first" => 1,
            "second" | "last" | "latter" => 2,
            _ => return None,
        };
        if !self.is(i + 1, "half") {
            return None;
        }
        let j = i + 2;
        if self.is(j, "of") {
            if let Some((y, e)) = self.any_year(j + 1) {
                return m(
                    e,
                    Sem::Half {
                        half: h,
                        year: YearRef::Explicit(y),
                    },
                    "half-of-year",
                );
            }
            if let Some((shift, e)) = self.rel_year(j) {
                return m(
                    e,
                    Sem::Half {
                        half: h,
                        year: YearRef::Rel(shift),
                    },
                    "half-of-year",
                );
            }
            // the last half of the '80s
            let k = if self.is(j + 1, "the") { j + 2 } else { j + 1 };
            if let Some(d) = self.year_forms(k) {
                if let Sem::Decade(_) = d.sem {
                    return Some(M {
                        modifier: Some(if h == 1 { "FIRST_HALF" } else { "SECOND_HALF" }),
                        ..d
                    });
                }
            }
            if self.is(k, "year") {
                return m(
                    k + 1,
                    Sem::Half {
                        half: h,
                        year: YearRef::Implicit,
                    },
                    "half-of-the-year",
                );
            }
        }
        m(
            j,
            Sem::Half {
                half: h,
                year: YearRef::Implicit,
            },
            "half",
        )
    }

    /// Seasons: `summer`, `the summer of 2008`, `the winter of nineteen ninety-four`,
    /// `summer 2008`.
    fn season(&self, i: usize, det: bool) -> Option<M> {
        let season = tables::lookup(tables::SEASONS, self.w(i))?;
        // "fall" the verb: only with "the" or a year or capitalised
        let j = i + 1;
        if self.is(j, "of") {
            if let Some((y, e)) = self.any_year(j + 1) {
                return m(
                    e,
                    Sem::Season {
                        season,
                        year: YearRef::Explicit(y),
                    },
                    "season-of-year",
                );
            }
        }
        if let Some((y, e)) = self.any_year(j) {
            return m(
                e,
                Sem::Season {
                    season,
                    year: YearRef::Explicit(y),
                },
                "season-year",
            );
        }
        if season == "FA" && !det {
            return None;
        }
        let cue_before = i > 0
            && matches!(
                self.w(i - 1),
                "in" | "this" | "last" | "next" | "early" | "late" | "since" | "by" | "until" | "mid" | "-"
            );
        if !det && !cue_before {
            return None;
        }
        m(
            j,
            Sem::Season {
                season,
                year: YearRef::Implicit,
            },
            "season",
        )
    }

    /// Narrative references: `the next day`, `the following year`, `the previous week`,
    /// `that month`, `the same day`, `the year`, `the week`, `the next morning`.
    fn anaphor(&self, i: usize, det: bool) -> Option<M> {
        let w = self.w(i);
        if w == "that" || w == "those" {
            let mut j = i + 1;
            if self.is(j, "same") {
                j += 1;
            }
            let unit = self.singular_unit(j).filter(|u| {
                matches!(
                    u,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                )
            })?;
            // "that day-long", "that year's"
            return m(j + 1, Sem::Anaphor { unit, shift: 0 }, "that-unit");
        }
        if !det {
            return None;
        }
        if let Some(shift) = tables::lookup(tables::ANAPHOR_SHIFT_WORDS, w) {
            if let Some(unit) = self.singular_unit(i + 1) {
                if matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Weekend
                ) {
                    return m(i + 2, Sem::Anaphor { unit, shift }, "anaphor-shift");
                }
            }
            if shift != 0 {
                if let Some(part) = self.part_of_day(i + 1, false) {
                    let day = Sem::Anaphor {
                        unit: Unit::Day,
                        shift,
                    };
                    return m(
                        i + 2,
                        Sem::PartOfDay {
                            day: Box::new(day),
                            part,
                        },
                        "anaphor-part",
                    );
                }
                if let Some(wd) = self.weekday(i + 1) {
                    return m(
                        i + 2,
                        Sem::Weekday {
                            weekday: wd,
                            shift: if shift < 0 { -1 } else { 1 },
                            this: false,
                        },
                        "anaphor-weekday",
                    );
                }
            }
            return None;
        }
        if let Some(unit) = self.singular_unit(i) {
            if self.is(i + 1, "-") {
                return None;
            }
            // "for the year ended July 2": a fiscal period, a duration
            if unit == Unit::Year && matches!(self.w(i + 1), "ended" | "ending" | "ends" | "through") {
                return m(
                    i + 1,
                    Sem::Duration {
                        count: Count::N(1.0),
                        unit,
                    },
                    "the-year-ended",
                );
            }
            return match unit {
                Unit::Year | Unit::Week | Unit::Month | Unit::Weekend => {
                    m(i + 1, Sem::Anaphor { unit, shift: 0 }, "the-unit")
                }
                _ => None,
            };
        }
        None
    }

    /// Counts of units: durations (`five days`, `the past three months`, `a five-day war`,
    /// `two more weeks`, `several years`), offsets (`two days ago`, `three weeks earlier`,
    /// `a year-earlier`), and the bare plurals `years`, `weeks` after `for`/`in`.
    fn counted(&self, i: usize, det: bool) -> Option<M> {
        let mut j = i;
        let mut span_word = false; // past/last/next/first…: a period ending at the DCT
        if matches!(
            self.w(j),
            "past"
                | "last"
                | "next"
                | "first"
                | "final"
                | "latest"
                | "coming"
                | "previous"
                | "following"
                | "preceding"
                | "initial"
                | "remaining"
                | "additional"
                | "further"
                | "recent"
        ) {
            span_word = true;
            j += 1;
        }
        // bare plural unit: "years", "the years", "the next few years" is counted below
        if let Some(unit) = self.unit(j) {
            let w = self.w(j);
            let plural = w.ends_with('s');
            if plural && !span_word {
                if matches!(unit, Unit::Weekend | Unit::Quarter) {
                    return None;
                }
                // "years ago"/"months earlier"
                if self.is(j + 1, "ago") {
                    return m(
                        j + 2,
                        Sem::Offset {
                            count: Count::Vague,
                            unit,
                            sign: -1,
                            from_anchor: false,
                        },
                        "offset",
                    );
                }
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                if det
                    || matches!(
                        prev,
                        "for" | "in" | "within" | "over" | "than" | "took" | "take" | "spent" | "lasted"
                    )
                {
                    if self.is(j + 1, "of") || self.is(j + 1, "'") || self.is(j + 1, "’") {
                        return None;
                    }
                    return m(
                        j + 1,
                        Sem::Duration {
                            count: Count::Vague,
                            unit,
                        },
                        "duration-plural",
                    );
                }
                return None;
            }
            if span_word && plural {
                // "the past years" → vague
                return m(
                    j + 1,
                    Sem::Duration {
                        count: Count::Vague,
                        unit,
                    },
                    "duration-plural",
                );
            }
            if !plural
                && w == "year"
                && self.is(j + 1, "-")
                && self.glued(j + 1)
                && (self.is(j + 2, "earlier") || self.is(j + 2, "ago"))
                && !span_word
            {
                // "year-earlier results", "year-ago"
                return m(
                    j + 3,
                    Sem::Offset {
                        count: Count::N(1.0),
                        unit,
                        sign: -1,
                        from_anchor: true,
                    },
                    "year-ago-adj",
                );
            }
            if !plural
                && matches!(w, "day" | "year" | "week" | "month")
                && self.is(j + 1, "-")
                && self.glued(j + 1)
                && self.is(j + 2, "long")
                && !span_word
            {
                return m(
                    j + 3,
                    Sem::Duration {
                        count: Count::N(1.0),
                        unit,
                    },
                    "unit-long",
                );
            }
            return None;
        }
        let (count, k) = self.count(j)?;
        // "a" + unit with no span word must not start inside "a year ago"? handled below
        let mut u = k;
        if self.is(u, "more")
            || self.is(u, "additional")
            || self.is(u, "full")
            || self.is(u, "straight")
            || self.is(u, "consecutive")
            || self.is(u, "trading")
            || self.is(u, "business")
            || self.is(u, "calendar")
        {
            u += 1;
        }
        // five-day, 30-year, two-year-old
        if self.is(u, "-") && self.glued(u) && self.glued(u + 1) {
            let unit = self.singular_unit(u + 1)?;
            if self.is(u + 2, "-") && self.is(u + 3, "old") {
                if unit == Unit::Month || unit == Unit::Week || unit == Unit::Day {
                    return m(u + 4, Sem::Duration { count, unit }, "age-duration");
                }
                return None;
            }
            if matches!(count, Count::N(_)) && self.w(j) != "a" && self.w(j) != "an" {
                return m(u + 2, Sem::Duration { count, unit }, "duration-adj");
            }
            return None;
        }
        let unit = self.unit(u)?;
        if self.is(u + 1, "-") && self.glued(u + 1) {
            return None;
        }
        let mut end = u + 1;
        // "a minute and a half"
        if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            if let Count::N(n) = count {
                return m(
                    end + 3,
                    Sem::Duration {
                        count: Count::N(n + 0.5),
                        unit,
                    },
                    "duration",
                );
            }
        }
        // "or so"
        let mut approx = false;
        if self.is(end, "or") && self.is(end + 1, "so") {
            approx = true;
            end += 2;
        }
        let article = matches!(self.w(j), "a" | "an");
        // offsets
        let after = self.w(end);
        let (sign, from_anchor) = match after {
            "ago" => (-1, false),
            "earlier" | "before" | "previously" | "prior" => (-1, true),
            "later" | "after" | "afterward" | "afterwards" | "hence" => (1, true),
            "from" if self.is(end + 1, "now") => (1, false),
            _ => (0, false),
        };
        if sign != 0 && !span_word {
            let extra = if after == "from" { 2 } else { 1 };
            // "two days after the meeting": a duration, the offset is relational
            if matches!(after, "before" | "after" | "prior")
                && !matches!(
                    self.w(end + 1),
                    "." | "," | ";" | "" | "and" | "but" | "when" | "that"
                )
            {
                if article {
                    return None;
                }
                return m(end, Sem::Duration { count, unit }, "duration");
            }
            let found = M {
                end: end + extra,
                sem: Sem::Offset {
                    count,
                    unit,
                    sign,
                    from_anchor,
                },
                modifier: approx.then_some("APPROX"),
                pattern: "offset",
            };
            return Some(found);
        }
        if approx {
            end -= 2;
        }
        // SET: "$5 a year", "twice a week", "per day"
        if article
            && i > 0
            && (self.kind(i - 1) == Some(Kind::Num)
                || matches!(
                    self.w(i - 1),
                    "times" | "twice" | "once" | "thrice" | "percent" | "%" | "dollars" | "cents" | "share"
                ))
        {
            if let Some(v) = set_value(unit) {
                return m(end, Sem::Set(v.to_string()), "set-per");
            }
        }
        if article && !span_word && !det {
            // "a year", "a week": durations, except in "a year ago" (above) and sets
            if matches!(unit, Unit::Weekend) {
                return None;
            }
        }
        if unit == Unit::Weekend {
            return None;
        }
        if unit == Unit::Quarter && !span_word && !det {
            if let Count::N(_) = count {
                return m(end, Sem::Duration { count, unit }, "duration");
            }
        }
        if span_word && self.is(end, "ahead") {
            end += 1;
        }
        m(end, Sem::Duration { count, unit }, "duration")
    }

    /// Sets: `every Tuesday`, `each year`, `every other week`, `per day`.
    fn set(&self, i: usize) -> Option<M> {
        if !matches!(self.w(i), "every" | "each" | "per") {
            return None;
        }
        let mut j = i + 1;
        let mut n = 1;
        if self.is(j, "other") {
            n = 2;
            j += 1;
        }
        if let Some(wd) = self.weekday(j) {
            let mut value = format!("XXXX-WXX-{wd}");
            let mut end = j + 1;
            if let Some(part) = self.part_of_day(end, false) {
                value.push('T');
                value.push_str(part);
                end += 1;
            }
            return m(end, Sem::Set(value), "set-weekday");
        }
        if let Some(month) = self.month(j) {
            return m(j + 1, Sem::Set(format!("XXXX-{month:02}")), "set-month");
        }
        if let Some(part) = self.part_of_day(j, false) {
            return m(j + 1, Sem::Set(format!("TXX{part}")), "set-part");
        }
        if let Some(season) = tables::lookup(tables::SEASONS, self.w(j)) {
            return m(j + 1, Sem::Set(format!("XXXX-{season}")), "set-season");
        }
        let (count, k) = match self.count(j) {
            Some((c, k)) if !matches!(self.w(j), "a" | "an") => (c, k),
            _ => (Count::N(1.0), j),
        };
        let unit = self.unit(k)?;
        let base = set_value(unit)?;
        let value = match count {
            Count::N(c) if c > 1.0 || n > 1 => {
                let c = if n > 1 { 2.0 } else { c };
                base.replacen('1', &format!("{c}"), 1)
            }
            Count::Vague => base.replacen('1', "X", 1),
            _ => base.to_string(),
        };
        m(k + 1, Sem::Set(value), "set-every")
    }

    /// Clock times: `10:30 a.m.`, `5 p.m. EST`, `1500 GMT`, `10 p.m. Wednesday`, `4 in
    /// the morning`, `7 o'clock`.
    fn clock(&self, i: usize) -> Option<M> {
        let h = self.int(i)?;
        let w = self.w(i);
        let mut j = i + 1;
        let mut hour;
        let mut minute = 0;
        let mut explicit = false;
        if w.len() == 4
            && h <= 2400
            && h % 100 < 60
            && (self.is(j, "gmt")
                || self.is(j, "utc")
                || self.is(j, "hours")
                || self.is(j, "hrs")
                || self.is(j, "local"))
        {
            hour = h / 100;
            minute = h % 100;
            explicit = true;
        } else {
            if w.len() > 2 || h > 24 {
                return None;
            }
            hour = h;
            if self.is(j, ":") && self.glued(j) && self.glued(j + 1) && self.w(j + 1).len() == 2 {
                minute = self.int(j + 1)?;
                if minute >= 60 {
                    return None;
                }
                j += 2;
                explicit = true;
                // seconds
                if self.is(j, ":") && self.glued(j) && self.w(j + 1).len() == 2 && self.int(j + 1).is_some() {
                    j += 2;
                }
            }
        }
        // a.m. / p.m. / am / pm
        let (ampm, k) = self.am_pm(j);
        if let Some(pm) = ampm {
            if hour == 0 || hour > 12 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            }
            if !pm && hour == 12 {
                hour = 0;
            }
            j = k;
            explicit = true;
        } else if self.is(j, "o") && self.is(j + 1, "'") && self.is(j + 2, "clock") {
            j += 3;
            explicit = true;
        } else if self.is(j, "in") && self.is(j + 1, "the") {
            if let Some(part) = self.part_of_day(j + 2, false) {
                if (part == "AF" || part == "EV" || part == "NI") && hour < 12 {
                    hour += 12;
                }
                j += 3;
                explicit = true;
            }
        }
        if !explicit {
            return None;
        }
        if tables::TIME_ZONES.contains(&self.w(j)) || self.is(j, "local") && self.is(j + 1, "time") {
            j += if self.is(j, "local") { 2 } else { 1 };
        }
        if hour > 24 {
            return None;
        }
        let k = if self.is(j, ",") { j + 1 } else { j };
        let day = self.day_after_time(k);
        let end = day.as_ref().map_or(j, |d| d.end);
        m(
            end,
            Sem::Clock {
                day: day.map(|d| Box::new(d.sem)),
                hour,
                minute,
            },
            "clock",
        )
    }

    /// `a.m.`, `p.m`, `am`, `PM` at `i`: `Some(true)` for p.m., and the next index.
    fn am_pm(&self, i: usize) -> (Option<bool>, usize) {
        match self.w(i) {
            "am" | "a" | "pm" | "p" => {}
            _ => return (None, i),
        }
        let first = self.w(i);
        if first == "am" || first == "pm" {
            return (Some(first == "pm"), i + 1);
        }
        if self.is(i + 1, ".") && self.glued(i + 1) && self.is(i + 2, "m") && self.glued(i + 2) {
            let end = if self.is(i + 3, ".") && self.glued(i + 3) {
                i + 4
            } else {
                i + 3
            };
            return (Some(first == "p"), end);
        }
        (None, i)
    }

    /// A day after a clock time: `Wednesday`, `today`, `Nov. 9`, `Tuesday, Dec. 1`.
    fn day_after_time(&self, i: usize) -> Option<M> {
        if let Some(d) = self.weekday_forms(i) {
            return Some(d);
        }
        if let Some(d) = self.day_words(i) {
            return Some(d);
        }
        let d = self.month_first(i)?;
        matches!(d.sem, Sem::Cal { day: Some(_), .. }).then_some(d)
    }

    /// Holidays: `Christmas`, `Thanksgiving`, `Easter 2008`, `Election Day`.
    fn holiday(&self, i: usize) -> Option<M> {
        let (len, holiday) = if let Some((words, month, day)) = tables::FIXED_HOLIDAYS
            .iter()
            .filter(|(w, _, _)| self.holiday_seq(i, w))
            .max_by_key(|(w, _, _)| w.len())
        {
            (
                holiday_len(words),
                Holiday::Fixed {
                    month: *month,
                    day: *day,
                },
            )
        } else {
            match self.w(i) {
                "thanksgiving" => (
                    if self.is(i + 1, "day") { 2 } else { 1 },
                    Holiday::NthWeekday {
                        month: 11,
                        weekday: 4,
                        n: 4,
                    },
                ),
                "easter" if self.cap(i) => (if self.is(i + 1, "sunday") { 2 } else { 1 }, Holiday::Easter),
                "election" if self.is(i + 1, "day") && self.cap(i) => (2, Holiday::ElectionDay),
                "labor" if self.is(i + 1, "day") && self.cap(i) => (
                    2,
                    Holiday::NthWeekday {
                        month: 9,
                        weekday: 1,
                        n: 1,
                    },
                ),
                "memorial" if self.is(i + 1, "day") && self.cap(i) => (
                    2,
                    Holiday::NthWeekday {
                        month: 5,
                        weekday: 1,
                        n: 5,
                    },
                ),
                _ => return None,
            }
        };
        if !self.cap(i) {
            return None;
        }
        let end = i + len;
        if let Some((y, e)) = self.any_year(end).or_else(|| {
            if self.is(end, ",") {
                self.year4(end + 1).map(|y| (y, end + 2))
            } else {
                None
            }
        }) {
            return m(
                e,
                Sem::Holiday {
                    holiday,
                    year: YearRef::Explicit(y),
                },
                "holiday-year",
            );
        }
        m(
            end,
            Sem::Holiday {
                holiday,
                year: YearRef::Implicit,
            },
            "holiday",
        )
    }

    /// Holiday names are matched with `'s` split into tokens: `new year's day`.
    fn holiday_seq(&self, i: usize, words: &[&str]) -> bool {
        let mut j = i;
        for w in words {
            if let Some(stem) = w.strip_suffix("'s") {
                if !(self.is(j, stem) && (self.is(j + 1, "'") || self.is(j + 1, "’")) && self.is(j + 2, "s"))
                {
                    return false;
                }
                j += 3;
            } else {
                if !self.is(j, w) {
                    return false;
                }
                j += 1;
            }
        }
        true
    }

    /// `the week of March 6`.
    fn week_of(&self, i: usize, det: bool) -> Option<M> {
        if !det || !self.is(i, "week") || !self.is(i + 1, "of") {
            return None;
        }
        let d = self.month_first(i + 2).or_else(|| self.day_first(i + 2))?;
        matches!(d.sem, Sem::Cal { day: Some(_), .. }).then(|| M {
            end: d.end,
            sem: Sem::WeekOf(Box::new(d.sem)),
            modifier: None,
            pattern: "week-of",
        })
    }

    /// The second day of a range: `3` in `December 1-3`, `5` in `from June 3 to 5`.
    fn range_tail(&self, i: usize, prev: Option<&Found>) -> Option<M> {
        let prev = prev?;
        let Sem::Cal {
            year,
            month: Some(month),
            day: Some(_),
        } = prev.sem
        else {
            return None;
        };
        if i < 1
            || prev.end + 1 != i
            || !matches!(self.w(i - 1), "-" | "to" | "and" | "through" | "until" | "–")
        {
            return None;
        }
        let day = self.day_of_month(i)?;
        if self.unit(i + 1).is_some() || self.is(i + 1, "%") {
            return None;
        }
        let (year, end) = match self.any_year(if self.is(i + 1, ",") { i + 2 } else { i + 1 }) {
            Some((y, e)) => (Some(y), e),
            None => (year, i + 1),
        };
        m(
            end,
            Sem::Cal {
                year,
                month: Some(month),
                day: Some(day),
            },
            "range-day",
        )
    }
}

/// Patterns whose meaning does not take a determiner in general but whose `the` belongs
/// to the expression: `the 1988 period`, `the year two thousand`, `the previous Friday`.
const DET_PATTERNS: &[&str] = &["year-period", "year-named", "anaphor-weekday"];

/// Patterns that never take a leading `the`: adjectives (`the five-day war`) and bare
/// plurals (`the weeks`).
const NO_DET_PATTERNS: &[&str] = &["duration-adj", "duration-plural"];

/// Token count of a holiday name with `'s` split off.
fn holiday_len(words: &[&str]) -> usize {
    words.iter().map(|w| if w.ends_with("'s") { 3 } else { 1 }).sum()
}

/// `the nineties` → 199.
fn decade_word(w: &str) -> Option<i32> {
    Some(match w {
        "twenties" => 192,
        "thirties" => 193,
        "forties" => 194,
        "fifties" => 195,
        "sixties" => 196,
        "seventies" => 197,
        "eighties" => 198,
        "nineties" => 199,
        _ => return None,
    })
}

/// The SET value for "every <unit>".
fn set_value(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Week => "P1W",
        Unit::Weekend => "P1WE",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Year => "P1Y",
        Unit::Decade => "P1E",
        Unit::Century => "P1C",
        _ => return None,
    })
}

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
