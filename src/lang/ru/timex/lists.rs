//! Lists of days, months and years that share the month or year written after the last
//! member ("9 и 11 июля", "в июле, августе и октябре 2019 года"): each member is one
//! expression, taking what the last one is written with.

use super::{m, with_day, Parser, M};
use crate::timex::sem::{Sem, YearRef};

impl Parser<'_> {
    /// A day `d` at `i` listed before others that share their month: "9" in "9 и 11
    /// июля", "9" and "10" in "9, 10 и 11 июля", "3" in "3 или 4 марта 2020 года". Each
    /// listed day is its own expression (TIMEX3 gives one value to one expression, and a
    /// timeline dates each day), taking the month and year the last day is written with;
    /// the last one is read as usual. Two days in a row ("1 и 2 декабря") and bounds
    /// ("между 9 и 11 июля") are a stretch, one expression with a range: `None`.
    pub(super) fn listed_day(&self, i: usize, d: u32) -> Option<M> {
        let mut days = vec![d];
        let mut j = i + 1;
        while self.punct(j, ",") && self.day_num(j + 1).is_some() {
            days.extend(self.day_num(j + 1));
            j += 2;
        }
        if !self.is(j, "list_joiner") {
            return None;
        }
        days.push(self.day_num(j + 1)?);
        let last = j + 1;
        let listed_before = self.punct(i.wrapping_sub(1), ",") && self.day_num(i.wrapping_sub(2)).is_some();
        let stretch = match days[..] {
            [d1, d2] => self.is(j, "and") && (d2 == d1 + 1 || self.is(i.wrapping_sub(1), "between")),
            _ => false,
        };
        if stretch && !listed_before {
            return None;
        }
        let tail = self.day_month(last).filter(|t| t.start == last)?;
        m(i, i + 1, with_day(tail.sem, d)?, "day-list")
    }

    /// Whether the month at `i` follows another of its list ("августе" in "в июле, августе
    /// и октябре").
    pub(super) fn listed_month_before(&self, i: usize) -> bool {
        self.punct(i.wrapping_sub(1), ",") && self.full_month(i.wrapping_sub(2)).is_some()
    }

    /// The year of the list of months that goes on at `j`, after one of its months: ",
    /// августе и октябре 2019 года" gives 2019. `None` when the last month has no year
    /// of its own.
    pub(super) fn listed_month_year(&self, mut j: usize) -> Option<YearRef> {
        while self.punct(j, ",") && self.full_month(j + 1).is_some() {
            j += 2;
        }
        if !self.is(j, "list_joiner") {
            return None;
        }
        let tail = self.month_phrase(j + 1).filter(|t| t.start == j + 1)?;
        match tail.sem {
            Sem::Cal { year: Some(y), .. } => Some(YearRef::Explicit(y)),
            Sem::MonthOfRelYear { year_shift, .. } => Some(YearRef::Rel(year_shift)),
            _ => None,
        }
    }
}
