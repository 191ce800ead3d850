//! Counts of units: durations (`five days`, `a five-day war`, `the past 18 months`),
//! offsets (`two days ago`, `three weeks later`) and sets (`every Tuesday`, `each year`).

use super::{m, Scanner, M};
use crate::text::token::Kind;
use crate::time::point;
use crate::timex::sem::{Count, Sem};
use crate::timex::tables::{self, Unit};

/// Words before a count or unit that make it a stretch ending (or starting) at the DCT:
/// `the past three months`, `the next few years`, `the first two days`.
const SPAN_WORDS: &[&str] = &[
    "past",
    "last",
    "next",
    "first",
    "final",
    "latest",
    "coming",
    "previous",
    "following",
    "preceding",
    "initial",
    "remaining",
    "additional",
    "further",
    "recent",
];

/// Words between a count and its unit that leave the unit's meaning alone: `two more
/// weeks`, `five straight days`, `three trading days`.
const COUNT_FILLERS: &[&str] = &[
    "more",
    "additional",
    "full",
    "straight",
    "consecutive",
    "trading",
    "business",
    "calendar",
];

/// Words before a bare plural unit that make it a stretch of time: `for years`, `took
/// months`.
const BEFORE_BARE_PLURAL: &[&str] = &[
    "for", "in", "within", "over", "than", "took", "take", "spent", "lasted",
];

/// Words after `two days before/after/prior` that end the phrase: then it is an offset
/// from the story's anchor (`two days before, …`); otherwise the word relates it to an
/// event (`two days after the meeting`) and it is a duration.
const OFFSET_ENDS: &[&str] = &[".", ",", ";", "", "and", "but", "when", "that"];

impl<'a> Scanner<'a> {
    /// Counts of units: durations (`five days`, `the past three months`, `a five-day war`,
    /// `two more weeks`, `several years`), offsets (`two days ago`, `three weeks earlier`,
    /// `a year-earlier`), and the bare plurals `years`, `weeks` after `for`/`in`.
    pub(super) fn counted(&self, i: usize, det: bool) -> Option<M> {
        // past/last/next/first…: a period ending at the DCT
        let span_word = SPAN_WORDS.contains(&self.w(i));
        let j = if span_word { i + 1 } else { i };
        // bare unit: "years", "the years", "year-earlier"; "the next few years" is counted below
        if let Some(unit) = self.unit(j) {
            return self.bare_unit(i, j, unit, span_word, det);
        }
        // "Islam will one day be", "the hope he one day follows": some day ahead, no
        // stretch of 24 hours
        if !span_word
            && self.is(j, "one")
            && self.is(j + 1, "day")
            && i > 0
            && tables::SOMEDAY_BEFORE.contains(&self.w(i - 1))
        {
            return m(
                j + 2,
                Sem::Fixed("FUTURE_REF", tables::Fixed::Date),
                "one-day-someday",
            );
        }
        let (count, k) = self.count(j)?;
        let u = if COUNT_FILLERS.contains(&self.w(k)) {
            k + 1
        } else {
            k
        };
        // five-day, 30-year, two-year-old
        if self.is(u, "-") && self.glued(u) && self.glued(u + 1) {
            return self.hyphenated_unit(j, u, count);
        }
        let unit = self.unit(u)?;
        // "a five-year-old", "52 years old": an age
        if self.is(u + 1, "-") && self.glued(u + 1) || self.is(u + 1, "old") {
            return None;
        }
        // "a second term", "a quarter of": ordinal and fraction readings
        if matches!(self.w(j), "a" | "an") && matches!(unit, Unit::Second | Unit::Quarter) && !span_word {
            return None;
        }
        let counted = Counted {
            i,
            j,
            count,
            unit,
            span_word,
        };
        self.after_unit(&counted, u + 1)
    }

    /// A unit word with no count before it, at `j`.
    fn bare_unit(&self, i: usize, j: usize, unit: Unit, span_word: bool, det: bool) -> Option<M> {
        let w = self.w(j);
        let plural = w.ends_with('s');
        if plural {
            if span_word {
                // "the past years" → vague
                let vague = Sem::Duration {
                    count: Count::Vague,
                    unit,
                };
                return m(j + 1, vague, "duration-plural");
            }
            return self.bare_plural(i, j, unit, det);
        }
        let hyphen = self.is(j + 1, "-") && self.glued(j + 1) && !span_word;
        if hyphen && w == "year" && (self.is(j + 2, "earlier") || self.is(j + 2, "ago")) {
            // "year-earlier results", "year-ago"
            let sem = Sem::Offset {
                count: Count::N(1.0),
                unit,
                sign: -1,
                from_anchor: true,
            };
            return m(j + 3, sem, "year-ago-adj");
        }
        if hyphen && matches!(w, "day" | "year" | "week" | "month") && self.is(j + 2, "long") {
            let sem = Sem::Duration {
                count: Count::N(1.0),
                unit,
            };
            return m(j + 3, sem, "unit-long");
        }
        None
    }

    /// `years ago`, `for years`, `the years`: a vague offset or stretch.
    fn bare_plural(&self, i: usize, j: usize, unit: Unit, det: bool) -> Option<M> {
        if matches!(unit, Unit::Weekend | Unit::Quarter) {
            return None;
        }
        // "years ago"/"months earlier"
        if self.is(j + 1, "ago") {
            let sem = Sem::Offset {
                count: Count::Vague,
                unit,
                sign: -1,
                from_anchor: false,
            };
            return m(j + 2, sem, "offset");
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        if !(det || BEFORE_BARE_PLURAL.contains(&prev)) {
            return None;
        }
        // "years of talks", "months' work": a noun phrase, not a time
        if self.is(j + 1, "of") || self.is(j + 1, "'") || self.is(j + 1, "’") {
            return None;
        }
        let sem = Sem::Duration {
            count: Count::Vague,
            unit,
        };
        m(j + 1, sem, "duration-plural")
    }

    /// `five-day`, `30-year`, `two-year-old` (the hyphen at `u`).
    fn hyphenated_unit(&self, j: usize, u: usize, count: Count) -> Option<M> {
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
        None
    }

    /// After `count unit` (ending before `end`): `and a half`, `or so`, an offset word
    /// (`ago`, `later`, `from now`), a rate (`$5 a year`), or a plain duration.
    fn after_unit(&self, c: &Counted, mut end: usize) -> Option<M> {
        let (count, unit) = (c.count, c.unit);
        // "a minute and a half"
        if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            if let Count::N(n) = count {
                let sem = Sem::Duration {
                    count: Count::N(n + 0.5),
                    unit,
                };
                return m(end + 3, sem, "duration");
            }
        }
        let approx = self.is(end, "or") && self.is(end + 1, "so");
        if !c.span_word {
            let after_approx = if approx { end + 2 } else { end };
            if let Some(found) = self.offset(c, after_approx, approx) {
                return found;
            }
        }
        // SET: "$5 a year", "twice a week", "$500 million a year", "four flights a week"
        let article = matches!(self.w(c.j), "a" | "an");
        if article && self.rate_before(c.i) {
            if let Some(v) = point::every(unit) {
                return m(end, Sem::Set(v.to_string()), "set-per");
            }
        }
        // "a weekend", "three weekends": not tagged as a stretch
        if unit == Unit::Weekend {
            return None;
        }
        if c.span_word && self.is(end, "ahead") {
            end += 1;
        }
        m(end, Sem::Duration { count, unit }, "duration")
    }

    /// An offset word at `end` (`ago`, `earlier`, `later`, `from now`): the offset, or a
    /// duration when `before`/`after` relate the stretch to an event (`two days after the
    /// meeting`). `None` when no offset word follows.
    fn offset(&self, c: &Counted, end: usize, approx: bool) -> Option<Option<M>> {
        let after = self.w(end);
        let (sign, from_anchor) = match after {
            "ago" => (-1, false),
            "earlier" | "before" | "previously" | "prior" => (-1, true),
            "later" | "after" | "afterward" | "afterwards" | "hence" => (1, true),
            "from" if self.is(end + 1, "now") => (1, false),
            _ => return None,
        };
        let (count, unit) = (c.count, c.unit);
        if matches!(after, "before" | "after" | "prior") && !OFFSET_ENDS.contains(&self.w(end + 1)) {
            if matches!(self.w(c.j), "a" | "an") {
                return Some(None);
            }
            return Some(m(end, Sem::Duration { count, unit }, "duration"));
        }
        let extra = if after == "from" { 2 } else { 1 };
        Some(Some(M {
            end: end + extra,
            sem: Sem::Offset {
                count,
                unit,
                sign,
                from_anchor,
            },
            modifier: approx.then_some("APPROX"),
            pattern: "offset",
        }))
    }

    /// A quantity just before token `i` (`$5`, `twice`, `four flights`): `a year` after it
    /// is a rate.
    fn rate_before(&self, i: usize) -> bool {
        let quantity = |k: usize| {
            self.kind(k) == Some(Kind::Num)
                || tables::RATE_QUANTITIES.contains(&self.w(k))
                || self.number_word(k).is_some()
        };
        i > 0 && (quantity(i - 1) || i > 1 && quantity(i - 2) && self.kind(i - 1) == Some(Kind::Word))
    }

    /// Sets: `every Tuesday`, `each year`, `every other week`, `per day`.
    pub(super) fn set(&self, i: usize) -> Option<M> {
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
            let mut value = point::open_weekday(wd);
            let mut end = j + 1;
            if let Some(part) = self.part_of_day(end, false) {
                value.push('T');
                value.push_str(part);
                end += 1;
            }
            return m(end, Sem::Set(value), "set-weekday");
        }
        if let Some(month) = self.month(j) {
            return m(j + 1, Sem::Set(point::open_month(month)), "set-month");
        }
        if let Some(part) = self.part_of_day(j, false) {
            return m(j + 1, Sem::Set(format!("T{part}")), "set-part");
        }
        if let Some(season) = tables::lookup(tables::SEASONS, self.w(j)) {
            return m(j + 1, Sem::Set(point::open_season(season)), "set-season");
        }
        let (count, k) = match self.count(j) {
            Some((c, k)) if !matches!(self.w(j), "a" | "an") => (c, k),
            _ => (Count::N(1.0), j),
        };
        let unit = self.unit(k)?;
        let base = point::every(unit)?;
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
}

/// A count of units being read: `i` the first token, `j` the count's (after a span word).
struct Counted {
    i: usize,
    j: usize,
    count: Count,
    unit: Unit,
    span_word: bool,
}
