//! Periods relative to the DCT or the story: `last week`, `this year's third quarter`,
//! `the latest quarter`, `the first half of 2008`, seasons, and narrative references
//! (`the next day`, `that month`, `the quarter`).

use super::{m, Scanner, M};
use crate::text::token::Kind;
use crate::timex::sem::{Count, Sem, YearRef};
use crate::timex::tables::{self, Unit};

impl<'a> Scanner<'a> {
    /// Shift word + unit/season/month: `last week`, `next year`, `this month`, `the past
    /// year`, `last fall`, `last April`, `the current fiscal year`, `this year's third
    /// quarter`, `the latest quarter`.
    pub(super) fn shifted(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        let mut shift = tables::lookup(tables::SHIFT_WORDS, w)?;
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
    pub(super) fn quarter_words(&self, i: usize) -> Option<(u32, usize)> {
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
    /// latest quarter`, `the year-ago quarter`.
    pub(super) fn quarter(&self, i: usize, det: bool) -> Option<M> {
        if let Some(found) = self.quarter_code(i) {
            return Some(found);
        }
        // the 1988 second quarter / the 1988 period / the 1988 quarter
        if det {
            if let Some(found) = self.year_then_quarter(i) {
                return Some(found);
            }
        }
        if let Some((q, end)) = self.quarter_words(i) {
            return self.numbered_quarter(q, end);
        }
        if det {
            return self.reporting_quarter(i);
        }
        None
    }

    /// `Q3 2008`, `3Q`, `Q3` (capitalised).
    fn quarter_code(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if self.kind(i) != Some(Kind::Mixed) || w.len() != 2 {
            return None;
        }
        let b = w.as_bytes();
        let quarter_digit = |d: u8| (b'1'..=b'4').contains(&d).then(|| u32::from(d - b'0'));
        let q = match (b[0], b[1]) {
            (b'q', d) => quarter_digit(d),
            (d, b'q') => quarter_digit(d),
            _ => None,
        }?;
        if !(self.cap(i) || b[1] == b'q') {
            return None;
        }
        let (year, end) = match self.any_year(i + 1) {
            Some((y, e)) => (YearRef::Explicit(y), e),
            None => (YearRef::Implicit, i + 1),
        };
        m(end, Sem::Quarter { quarter: q, year }, "quarter-q")
    }

    /// After `the`: `1988 second quarter`, `1988 period`, `1988 quarter`.
    fn year_then_quarter(&self, i: usize) -> Option<M> {
        let y = self.year4(i)?;
        if let Some((q, end)) = self.quarter_words(i + 1) {
            let sem = Sem::Quarter {
                quarter: q,
                year: YearRef::Explicit(y),
            };
            return m(end, sem, "year-quarter");
        }
        if self.is(i + 1, "quarter") || self.is(i + 1, "period") {
            return m(i + 2, Sem::YearPeriod(y), "year-period");
        }
        None
    }

    /// Quarter `q` named in words ending before `end`, with its year if one follows: `of
    /// 1984`, `of last year`, `1984`.
    fn numbered_quarter(&self, q: u32, end: usize) -> Option<M> {
        let quarter = |year| Sem::Quarter { quarter: q, year };
        if self.is(end, "of") {
            if let Some((y, e)) = self.any_year(end + 1) {
                return m(e, quarter(YearRef::Explicit(y)), "quarter-of-year");
            }
            if let Some((shift, e)) = self.rel_year(end) {
                return m(e, quarter(YearRef::Rel(shift)), "quarter-of-year");
            }
        }
        if let Some(y) = self.year4(end) {
            return m(end + 1, quarter(YearRef::Explicit(y)), "quarter-year");
        }
        m(end, quarter(YearRef::Implicit), "quarter")
    }

    /// After `the`, the story's reporting quarter: `the latest quarter`, `the year-ago
    /// quarter`, `the comparable year-earlier period`, `the quarter`, `the period a year
    /// ago`.
    fn reporting_quarter(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        let year_ago = |k: usize| self.is(k, "-") && (self.is(k + 1, "ago") || self.is(k + 1, "earlier"));
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
            "year" if year_ago(i + 1) => {
                shift = -4;
                j += 3;
            }
            "comparable" | "corresponding" | "same" => {
                j += 1;
                if self.is(j, "year") && year_ago(j + 1) {
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
            let sem = if shift != 0 {
                Sem::Anaphor {
                    unit: Unit::Quarter,
                    shift,
                }
            } else {
                Sem::Quarter {
                    quarter: q,
                    year: YearRef::Implicit,
                }
            };
            return m(end, sem, if shift != 0 { "yearago-quarter" } else { "quarter" });
        }
        if latest && (self.is(j, "quarter") || self.is(j, "period")) {
            let sem = Sem::UnitShift {
                unit: Unit::Quarter,
                shift: -1,
            };
            return m(j + 1, sem, "latest-quarter");
        }
        if self.is(j, "quarter") || self.is(j, "period") && j > i {
            // "the corresponding period last year", "the quarter a year ago": one
            // expression, the reporting quarter a year back
            let (end, shift) = match self.year_back_after(j + 1) {
                Some(end) if shift == 0 => (end, -4),
                _ => (j + 1, shift),
            };
            let pattern = if self.is(j, "quarter") {
                "the-quarter"
            } else {
                "the-period"
            };
            return m(
                end,
                Sem::Anaphor {
                    unit: Unit::Quarter,
                    shift,
                },
                pattern,
            );
        }
        None
    }

    /// `the first half of 2008`, `the second half`, `the last half of the '80s`.
    pub(super) fn half(&self, i: usize) -> Option<M> {
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
    pub(super) fn season(&self, i: usize, det: bool) -> Option<M> {
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
        // "the fall of the Berlin Wall", "the summer of love": `of` and no year after it
        // makes the season word a noun of its own (the year case returned above)
        if self.is(j, "of") {
            return None;
        }
        // "the spring broke": the noun; "in the spring": the season
        if det && !(i >= 2 && tables::PERIOD_PREPOSITIONS.contains(&self.w(i - 2))) {
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

    /// `last year`, `a year ago`, `a year earlier` at `i`: the end of the phrase.
    fn year_back_after(&self, i: usize) -> Option<usize> {
        if self.is(i, "last") && self.is(i + 1, "year") && !self.is(i + 2, "'") {
            return Some(i + 2);
        }
        if self.is(i, "a") && self.is(i + 1, "year") && matches!(self.w(i + 2), "ago" | "earlier") {
            return Some(i + 3);
        }
        None
    }

    /// Narrative references: `the next day`, `the following year`, `the previous week`,
    /// `that month`, `the same day`, `the year`, `the week`, `the next morning`.
    pub(super) fn anaphor(&self, i: usize, det: bool) -> Option<M> {
        let w = self.w(i);
        if w == "that" || w == "those" {
            return self.that_unit(i);
        }
        if !det {
            return None;
        }
        if let Some(shift) = tables::lookup(tables::ANAPHOR_SHIFT_WORDS, w) {
            return self.shifted_anaphor(i, shift);
        }
        // "the fiscal year", "the full year", "the calendar year": the story's year
        // "the full year" of an earnings report is the current one, whatever year came last
        if w == "full" && self.is(i + 1, "year") && !self.is(i + 2, "-") {
            let sem = Sem::UnitShift {
                unit: Unit::Year,
                shift: 0,
            };
            return m(i + 2, sem, "the-full-year");
        }
        let i = if matches!(w, "fiscal" | "full" | "calendar") && self.is(i + 1, "year") {
            i + 1
        } else {
            i
        };
        self.the_unit(i)
    }

    /// `that day`, `that same month`, `those years`.
    fn that_unit(&self, i: usize) -> Option<M> {
        let j = if self.is(i + 1, "same") { i + 2 } else { i + 1 };
        let unit = self.singular_unit(j).filter(|u| {
            matches!(
                u,
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
            )
        })?;
        // "that day-long", "that year's"
        m(j + 1, Sem::Anaphor { unit, shift: 0 }, "that-unit")
    }

    /// After `the` and a shift word (`next`, `following`, `previous`): a unit (`the next
    /// day`), a part of a day (`the next morning`) or a weekday (`the following Monday`).
    fn shifted_anaphor(&self, i: usize, shift: i32) -> Option<M> {
        if let Some(unit) = self.singular_unit(i + 1) {
            if matches!(
                unit,
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Weekend
            ) {
                return m(i + 2, Sem::Anaphor { unit, shift }, "anaphor-shift");
            }
        }
        if shift == 0 {
            return None;
        }
        if let Some(part) = self.part_of_day(i + 1, false) {
            let day = Box::new(Sem::Anaphor {
                unit: Unit::Day,
                shift,
            });
            return m(i + 2, Sem::PartOfDay { day, part }, "anaphor-part");
        }
        let wd = self.weekday(i + 1)?;
        let sem = Sem::AnaphorWeekday {
            weekday: wd,
            shift: if shift < 0 { -1 } else { 1 },
        };
        m(i + 2, sem, "anaphor-weekday")
    }

    /// After `the`: `the year`, `the week`, `the month`, `the weekend` (the story's), or
    /// `the year ended July 2` (a fiscal year, a duration).
    fn the_unit(&self, i: usize) -> Option<M> {
        let unit = self.singular_unit(i)?;
        if self.is(i + 1, "-") {
            return None;
        }
        if unit == Unit::Year && matches!(self.w(i + 1), "ended" | "ending" | "ends" | "through") {
            let sem = Sem::Duration {
                count: Count::N(1.0),
                unit,
            };
            return m(i + 1, sem, "the-year-ended");
        }
        match unit {
            Unit::Year | Unit::Week | Unit::Month | Unit::Weekend => {
                m(i + 1, Sem::Anaphor { unit, shift: 0 }, "the-unit")
            }
            _ => None,
        }
    }
}
