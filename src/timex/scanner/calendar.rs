//! Calendar names and numbers: dates (`December 1, 2009`, `1 December`, `2009-12-01`,
//! `12/01/2009`), years, decades and centuries, weekdays, day words (`yesterday`),
//! holidays, `the week of March 6`, and the second day of a range (`December 1-3`).

use super::{m, Found, Scanner, M};
use crate::text::lexicon;
use crate::text::token::Kind;
use crate::time::point;
use crate::timex::sem::{Holiday, Sem, YearRef};
use crate::timex::tables::{self, Unit};

// The ranges below are the first tagger's (commit 430dfec), set for news of the 20th and
// 21st centuries and checked on the TimeBank+AQUAINT dev data since.

/// `12/01/09`: a two-digit year up to this is in the 2000s, above it in the 1900s.
const TWO_DIGIT_YEAR_PIVOT: u32 = 30;

/// `the 1990s`: the years a four-digit decade can start (`1000s` … `2090s`).
const DECADE_YEARS: std::ops::RangeInclusive<i32> = 1000..=2099;

/// `the '90s`: a one-digit short decade up to this is in the 2000s (`'00s`, `'10s`,
/// `'20s`), above it in the 1900s.
const SHORT_DECADE_PIVOT: i32 = 2;

/// `the 20th century`: ordinals that can number a century (beyond, `31st century` is
/// more likely a name).
const CENTURIES: std::ops::RangeInclusive<u32> = 1..=30;

/// A bare four-digit number in this range is a year with no cue word before it (`1998
/// was a bad year`); outside it, only after `in`, `since`, `of`… (it could be a count).
const BARE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2049;

/// Holidays whose date moves from year to year, by their (lower-case) words; a longer
/// form comes before its shorter one. (Fixed-date holidays are
/// [`tables::FIXED_HOLIDAYS`].)
const MOVABLE_HOLIDAYS: &[(&[&str], Holiday)] = &[
    (&["thanksgiving", "day"], THANKSGIVING),
    (&["thanksgiving"], THANKSGIVING),
    (&["easter", "sunday"], Holiday::Easter),
    (&["easter"], Holiday::Easter),
    (&["election", "day"], Holiday::ElectionDay),
    // the first Monday of September
    (
        &["labor", "day"],
        Holiday::NthWeekday {
            month: 9,
            weekday: 1,
            n: 1,
        },
    ),
    // the last Monday of May
    (
        &["memorial", "day"],
        Holiday::NthWeekday {
            month: 5,
            weekday: 1,
            n: 5,
        },
    ),
];

/// US Thanksgiving: the fourth Thursday of November.
const THANKSGIVING: Holiday = Holiday::NthWeekday {
    month: 11,
    weekday: 4,
    n: 4,
};

/// A calendar date, maybe partial.
fn cal(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Sem {
    Sem::Cal { year, month, day }
}

impl<'a> Scanner<'a> {
    /// `December 1, 2009`, `Dec. 1`, `June 2008`, `August`, `January this year`.
    pub(super) fn month_first(&self, i: usize) -> Option<M> {
        let month = self.month(i)?;
        let j = self.after_name(i);
        let day = self
            .day_of_month(j)
            .map(|d| (d, j + 1))
            .or_else(|| self.ordinal_word_day(j));
        let clock_follows = self.is(j + 1, ":") && self.glued(j + 1) && self.glued(j + 2);
        // "31 June" is no date (2000 is a leap year: February 29 exists)
        let day = day.filter(|&(d, _)| chrono::NaiveDate::from_ymd_opt(2000, month, d).is_some());
        if let Some((day, k)) = day.filter(|_| !clock_follows) {
            return self.month_day_year(month, day, k);
        }
        if let Some(found) = self.month_year(month, j) {
            return Some(found);
        }
        self.bare_month(i, j, month)
    }

    /// After `month day` (ending before `k`): a year (`December 1, 2009`), a relative
    /// year (`December 1 of last year`), or none (`December 1`; in "December 1-3" the `3`
    /// is left to `range_tail`).
    fn month_day_year(&self, month: u32, day: u32, k: usize) -> Option<M> {
        let yk = if self.is(k, ",") { k + 1 } else { k };
        if let Some((year, next)) = self.any_year(yk) {
            return m(next, cal(Some(year), Some(month), Some(day)), "month-day-year");
        }
        if matches!(self.w(k), "of" | "this" | "last" | "next") {
            if let Some((shift, next)) = self.rel_year(k) {
                let sem = Sem::MonthOfRelYear {
                    month,
                    day: Some(day),
                    year_shift: shift,
                };
                return m(next, sem, "month-day-relyear");
            }
        }
        m(k, cal(None, Some(month), Some(day)), "month-day")
    }

    /// After a month name (ending before `j`): `June 2008`, `June, 2008`, `June of 2008`,
    /// `June last year`.
    fn month_year(&self, month: u32, j: usize) -> Option<M> {
        if let Some((year, next)) = self.any_year(j) {
            return m(next, cal(Some(year), Some(month), None), "month-year");
        }
        if self.is(j, ",") || self.is(j, "of") {
            if let Some(year) = self.year4(j + 1) {
                return m(j + 2, cal(Some(year), Some(month), None), "month-year");
            }
        }
        let (shift, next) = self.rel_year(j)?;
        let sem = Sem::MonthOfRelYear {
            month,
            day: None,
            year_shift: shift,
        };
        m(next, sem, "month-relyear")
    }

    /// A month name alone, unless it is more likely a word: `may` the modal (only after a
    /// calendar cue), `Mar` (an abbreviation needs a day), `march on Washington`.
    fn bare_month(&self, i: usize, j: usize, month: u32) -> Option<M> {
        let is_may = self.is(i, "may");
        if is_may && !self.calendar_cue_before(i) && !self.closes_month_range(i) {
            return None;
        }
        // abbreviations alone ("Mar", "Jan") are too ambiguous without a day
        if self.w(i).len() <= 3 && !is_may {
            return None;
        }
        // "march on Washington", "the annual March for Life", "the March of the Mothers":
        // the walk, not the month
        if self.is(i, "march")
            && !self.calendar_cue_before(i)
            && (self.is(j, "on") || self.is(j, "for") || self.is(j, "of") && self.is(j + 1, "the"))
        {
            return None;
        }
        m(j.min(i + 1), cal(None, Some(month), None), "month")
    }

    /// `this year`, `last year`, `next year`, `of this year` after a month.
    pub(super) fn rel_year(&self, i: usize) -> Option<(i32, usize)> {
        let k = if self.is(i, "of") { i + 1 } else { i };
        let shift = match self.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        self.is(k + 1, "year").then_some((shift, k + 2))
    }

    /// `from March to May`, `between April and May`: token `i` ends a range whose other
    /// end, a few words back after `from` or `between`, is a month name. Without that
    /// opening, `to May` and `and May` are too often the modal or a name (`spoke to May`).
    fn closes_month_range(&self, i: usize) -> bool {
        if i < 3 || !matches!(self.w(i - 1), "to" | "and") {
            return false;
        }
        // the other end: `March`, `early March`, `March 2024`
        (i.saturating_sub(5)..i - 1).any(|k| {
            self.month(k).is_some()
                && k > 0
                && (matches!(self.w(k - 1), "from" | "between")
                    || k > 1
                        && matches!(self.w(k - 1), "early" | "mid" | "late")
                        && matches!(self.w(k - 2), "from" | "between"))
        })
    }

    /// A word before token `i` that makes a capitalised `May`/`March` a month.
    pub(super) fn calendar_cue_before(&self, i: usize) -> bool {
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

    /// `on the 29th`, `by the 3rd`: a day of the month alone, written in figures with its
    /// suffix, after `the` and a preposition of time, and not before a noun (`the 29th
    /// anniversary`, `the 5th fleet`).
    pub(super) fn ordinal_day(&self, i: usize, det: bool) -> Option<M> {
        if !det || i < 2 || self.kind(i) != Some(Kind::Mixed) || !self.is(i - 1, "the") {
            return None;
        }
        if !tables::DAY_ALONE_BEFORE.contains(&self.w(i - 2)) {
            return None;
        }
        let day = self.day_of_month(i)?;
        let next_ok = match self.kind(i + 1) {
            Some(Kind::Word) => tables::DAY_ALONE_AFTER.contains(&self.w(i + 1)),
            _ => !self.is(i + 1, "-"),
        };
        if !next_ok {
            return None;
        }
        m(i + 1, cal(None, None, Some(day)), "ordinal-day")
    }

    /// `1 December 2009`, `the 1st of December`, `1st December`.
    pub(super) fn day_first(&self, i: usize) -> Option<M> {
        let day = self.day_of_month(i)?;
        let mut j = i + 1;
        if self.is(j, "of") {
            j += 1;
        }
        let month = self.month(j)?;
        chrono::NaiveDate::from_ymd_opt(2000, month, day)?;
        let j = self.after_name(j);
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
    pub(super) fn numeric_date(&self, i: usize) -> Option<M> {
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
                if c <= TWO_DIGIT_YEAR_PIVOT {
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
    pub(super) fn year_forms(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if w == "fiscal" {
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            let (y, next) = self.any_year(k)?;
            return m(next, cal(Some(y), None, None), "fiscal-year");
        }
        if w == "year" {
            if let Some(found) = self.year_word(i) {
                return Some(found);
            }
        }
        if let Some(decided) = self.decade_or_century(i) {
            return decided;
        }
        if let Some((y, next)) = self.spoken_year(i) {
            return m(next, cal(Some(y), None, None), "year-words");
        }
        let y = self.year4(i)?;
        if !self.plausible_year(i, y) {
            return None;
        }
        // "1990 and beyond", "1994 or later"
        m(i + 1, cal(Some(y), None, None), "year")
    }

    /// After the word `year`: `year-end`, `year end`, `year's end` (the end of the DCT's
    /// year), `the year 1998`.
    fn year_word(&self, i: usize) -> Option<M> {
        let apostrophe_s = (self.is(i + 1, "'") || self.is(i + 1, "’")) && self.is(i + 2, "s");
        let end = if self.is(i + 1, "-") && self.is(i + 2, "end") {
            Some(i + 3)
        } else if self.is(i + 1, "end") {
            Some(i + 2)
        } else if apostrophe_s && self.is(i + 3, "end") {
            Some(i + 4)
        } else {
            None
        };
        if let Some(end) = end {
            return Some(M {
                end,
                sem: Sem::UnitShift {
                    unit: Unit::Year,
                    shift: 0,
                },
                modifier: Some("END"),
                pattern: "year-end",
            });
        }
        let (y, next) = self.any_year(i + 1)?;
        m(next, cal(Some(y), None, None), "year-named")
    }

    /// Decades (`1990s`, `'90s`, `the eighties`), centuries (`1900s`, `20th century`) and
    /// short years (`'98`). `None` when no such form starts at `i`; `Some(None)` when one
    /// seemed to and failed (an ordinal that is no century, an apostrophe before no year).
    fn decade_or_century(&self, i: usize) -> Option<Option<M>> {
        let w = self.w(i);
        if self.kind(i) == Some(Kind::Mixed) && w.len() == 5 && w.ends_with('s') {
            let digits = &w[..4];
            if digits.bytes().all(|b| b.is_ascii_digit()) {
                let Ok(y) = digits.parse::<i32>() else {
                    return Some(None);
                };
                if DECADE_YEARS.contains(&y) && y % 10 == 0 {
                    if y % 100 == 0 && !(self.is(i + 1, "and")) {
                        return Some(m(i + 1, Sem::Century(y / 100), "century-s"));
                    }
                    return Some(m(i + 1, Sem::Decade(y / 10), "decade"));
                }
            }
        }
        let apostrophe = w == "'" || w == "’";
        if apostrophe && self.kind(i + 1) == Some(Kind::Num) {
            let year = self.any_year(i);
            return Some(year.and_then(|(y, next)| m(next, cal(Some(y), None, None), "year-short")));
        }
        if apostrophe && self.kind(i + 1) == Some(Kind::Mixed) {
            let w2 = self.w(i + 1);
            if w2.len() == 3 && w2.ends_with("0s") && w2.as_bytes()[0].is_ascii_digit() {
                let Ok(d) = w2[..1].parse::<i32>() else {
                    return Some(None);
                };
                let decade = if d <= SHORT_DECADE_PIVOT { 200 + d } else { 190 + d };
                return Some(m(i + 2, Sem::Decade(decade), "decade-short"));
            }
        }
        if let Some(d) = decade_word(w) {
            return Some(m(i + 1, Sem::Decade(d), "decade-word"));
        }
        // centuries: 20th century, twentieth century
        let n = self.ordinal(i)?;
        if self.is(i + 1, "century") && CENTURIES.contains(&n) {
            return Some(m(i + 2, Sem::Century(n as i32 - 1), "century"));
        }
        Some(None)
    }

    /// A four-digit number at `i` reads as a year, not a quantity or code.
    pub(super) fn plausible_year(&self, i: usize, y: i32) -> bool {
        if i > 0 {
            let p = self.w(i - 1);
            if self.glued(i) && matches!(p, "$" | "#" | "." | "," | "/" | ":" | "£" | "€") {
                return false;
            }
            if self.glued(i) && p == "-" && i > 1 && self.kind(i - 2) == Some(Kind::Num) {
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
        if matches!(next, "%" | "percent" | "gmt" | "utc" | "hours" | "est" | "edt") {
            return false;
        }
        // "1500-word", "1984/85", "1230:" are not years; a dash after a space ("in 1984 --
        // part of…") is punctuation
        if matches!(next, "-" | "/" | ":")
            && self.glued(i + 1)
            && !(next == "-" && self.year4(i + 2).is_some())
        {
            return false;
        }
        if self.unit(i + 1).is_some()
            || lexicon::month(next).is_some() && !self.cap(i + 1)
            || tables::COUNTED_NOUNS.contains(&next)
        {
            return false;
        }
        if BARE_YEARS.contains(&y) {
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
    pub(super) fn weekday_forms(&self, i: usize) -> Option<M> {
        let (j, shift, this) = self.weekday_shift(i);
        if let Some(found) = self.plural_weekday(j) {
            return Some(found);
        }
        let wd = self.weekday(j)?;
        if self.w(j).len() <= 3 && !self.short_weekday_ok(j) {
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
        if shift == 0 && !this && self.w(k).ends_with('s') {
            if let Some(part) = self.part_of_day(k, true) {
                let value = point::at_time(&point::open_weekday(wd), part);
                return m(k + 1, Sem::Set(value), "weekday-plural");
            }
        }
        let sem = Sem::Weekday {
            weekday: wd,
            shift,
            this,
        };
        if let Some(part) = self.part_of_day(k, false) {
            let day = Box::new(sem);
            return m(k + 1, Sem::PartOfDay { day, part }, "weekday-part");
        }
        m(k, sem, "weekday")
    }

    /// The shift word before a weekday at `i` (`last`, `next`, `coming`, `this`, `this
    /// coming`, `this past`): the weekday's index, the shift and whether it said `this`.
    fn weekday_shift(&self, i: usize) -> (usize, i32, bool) {
        match self.w(i) {
            "last" => (i + 1, -1, false),
            "next" | "coming" => (i + 1, 1, false),
            "this" if self.is(i + 1, "coming") => (i + 2, 1, false),
            "this" if self.is(i + 1, "past") => (i + 2, -1, false),
            "this" => (i + 1, 0, true),
            _ => (i, 0, false),
        }
    }

    /// `Mondays`, `Tuesdays nights`: a SET.
    fn plural_weekday(&self, j: usize) -> Option<M> {
        let w = self.w(j);
        if !(self.cap(j) && w.len() > 4 && w.ends_with("days")) {
            return None;
        }
        let wd = lexicon::weekday(&w[..w.len() - 1])?;
        let mut end = j + 1;
        let mut value = point::open_weekday(wd);
        if let Some(part) = self.part_of_day(end, true) {
            value.push('T');
            value.push_str(part);
            end += 1;
        }
        m(end, Sem::Set(value), "weekday-plural")
    }

    /// `Sun`, `Sat`, `Wed` need a dot or comma after them and a date after or a calendar
    /// cue before: "on Sun.", "Sat., Dec. 5" (not "Sun Microsystems", "Sun,").
    fn short_weekday_ok(&self, j: usize) -> bool {
        let punct = self.is(j + 1, ".") || self.is(j + 1, ",");
        let mut k = j + 1;
        while self.is(k, ".") || self.is(k, ",") {
            k += 1;
        }
        let date_after = self.month(k).is_some() || self.int(k).is_some();
        let cue_before = j > 0
            && matches!(
                self.w(j - 1),
                "on" | "by" | "until" | "since" | "last" | "next" | "this"
            );
        punct && (date_after || cue_before)
    }

    /// A part-of-day word at `i` (`morning`, `nights` when `plural`).
    pub(super) fn part_of_day(&self, i: usize, plural: bool) -> Option<&'static str> {
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
    pub(super) fn day_words(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if let Some(off) = tables::lookup(tables::DAY_WORDS, w) {
            let day = Sem::DayOffset(off);
            // "today's youth", "in today's world": the present age, not the DCT's day
            if w == "today"
                && (self.is(i + 1, "'") || self.is(i + 1, "’"))
                && self.is(i + 2, "s")
                && tables::GENERIC_AFTER_TODAYS.contains(&self.w(i + 3))
            {
                return None;
            }
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

    /// Holidays: `Christmas`, `Thanksgiving`, `Easter 2008`, `Election Day`.
    pub(super) fn holiday(&self, i: usize) -> Option<M> {
        if !self.cap(i) {
            return None;
        }
        let fixed = tables::FIXED_HOLIDAYS
            .iter()
            .filter(|(w, _, _)| self.holiday_seq(i, w))
            .max_by_key(|(w, _, _)| w.len());
        let (len, holiday) = match fixed {
            Some((words, month, day)) => (
                holiday_len(words),
                Holiday::Fixed {
                    month: *month,
                    day: *day,
                },
            ),
            None => MOVABLE_HOLIDAYS
                .iter()
                .find(|(words, _)| words.iter().enumerate().all(|(k, w)| self.is(i + k, w)))
                .map(|(words, holiday)| (words.len(), *holiday))?,
        };
        let end = i + len;
        // "Easter week", "Christmas week": the week that holds the day
        let week = self.is(end, "week");
        if week {
            let sem = Sem::Holiday {
                holiday,
                year: YearRef::Implicit,
                week,
            };
            return m(end + 1, sem, "holiday-week");
        }
        let comma_year = || {
            self.is(end, ",")
                .then(|| self.year4(end + 1).map(|y| (y, end + 2)))
                .flatten()
        };
        let (year, end, pattern) = match self.any_year(end).or_else(comma_year) {
            Some((y, e)) => (YearRef::Explicit(y), e, "holiday-year"),
            None => (YearRef::Implicit, end, "holiday"),
        };
        m(end, Sem::Holiday { holiday, year, week }, pattern)
    }

    /// Holiday names are matched with `'s` split into tokens: `new year's day`.
    pub(super) fn holiday_seq(&self, i: usize, words: &[&str]) -> bool {
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
    pub(super) fn week_of(&self, i: usize, det: bool) -> Option<M> {
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
    pub(super) fn range_tail(&self, i: usize, prev: Option<&Found>) -> Option<M> {
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
        chrono::NaiveDate::from_ymd_opt(2000, month, day)?;
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

    /// The index after a month or weekday name at `i`, taking the dot of an abbreviation
    /// (`Sept.`, a listed [`crate::text::lexicon::ABBREVIATIONS`]) but not a full stop
    /// after a full name (`in December.`, `11 July.`: May, June and July are full names).
    pub(super) fn after_name(&self, i: usize) -> usize {
        if crate::text::lexicon::ABBREVIATIONS.contains(&self.w(i)) {
            self.skip_dot(i + 1)
        } else {
            i + 1
        }
    }
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

/// Token count of a holiday name with `'s` split off.
fn holiday_len(words: &[&str]) -> usize {
    words.iter().map(|w| if w.ends_with("'s") { 3 } else { 1 }).sum()
}
