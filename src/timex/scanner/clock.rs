//! Clock times: `10:30 a.m.`, `5 p.m. EST`, `1500 GMT`, `noon Thursday`, `4 in the morning`.

use super::{m, Scanner, M};
use crate::timex::sem::Sem;
use crate::timex::tables;

impl<'a> Scanner<'a> {
    /// Clock times: `10:30 a.m.`, `5 p.m. EST`, `1500 GMT`, `10 p.m. Wednesday`, `4 in
    /// the morning`, `7 o'clock`.
    pub(super) fn clock(&self, i: usize) -> Option<M> {
        let (hour, minute, j, digits_explicit) = self.clock_digits(i)?;
        let (hour, mut j, suffix_explicit) = self.clock_suffix(hour, j)?;
        if !(digits_explicit || suffix_explicit) {
            return None;
        }
        let zone = tables::time_zone(self.w(j)).flatten();
        if tables::time_zone(self.w(j)).is_some() || self.is(j, "local") && self.is(j + 1, "time") {
            j += if self.is(j, "local") { 2 } else { 1 };
        }
        if hour > 24 {
            return None;
        }
        let k = if self.is(j, ",") { j + 1 } else { j };
        let day = self.day_after_time(k);
        let end = day.as_ref().map_or(j, |d| d.end);
        let sem = Sem::Clock {
            day: day.map(|d| Box::new(d.sem)),
            hour,
            minute,
            zone,
        };
        m(end, sem, "clock")
    }

    /// The digits of a clock time at `i`: `1500 GMT` (military, before a zone word), `10`,
    /// `10:30`, `10:30:15`. The hour, the minute, the next index, and whether the digits
    /// alone make it a time (minutes or a zone word; a bare `10` needs `a.m.` or the
    /// like).
    fn clock_digits(&self, i: usize) -> Option<(u32, u32, usize, bool)> {
        let h = self.int(i)?;
        let w = self.w(i);
        let j = i + 1;
        let zone_after = matches!(self.w(j), "hours" | "hrs" | "local")
            || self.w(j) != "et" && tables::time_zone(self.w(j)).is_some();
        if w.len() == 4 && h <= 2400 && h % 100 < 60 && zone_after {
            return Some((h / 100, h % 100, j, true));
        }
        if w.len() > 2 || h > 24 {
            return None;
        }
        if !(self.is(j, ":") && self.glued(j) && self.glued(j + 1) && self.w(j + 1).len() == 2) {
            return Some((h, 0, j, false));
        }
        let minute = self.int(j + 1)?;
        if minute >= 60 {
            return None;
        }
        let mut j = j + 2;
        // seconds
        if self.is(j, ":") && self.glued(j) && self.w(j + 1).len() == 2 && self.int(j + 1).is_some() {
            j += 2;
        }
        Some((h, minute, j, true))
    }

    /// What follows the digits at `j`: `a.m.`/`p.m.`, `o'clock`, `in the morning`. The
    /// hour on the 24-hour clock, the next index, and whether a suffix was found; `None`
    /// for an hour `a.m.` cannot take (`0 a.m.`, `13 p.m.`).
    fn clock_suffix(&self, hour: u32, j: usize) -> Option<(u32, usize, bool)> {
        let (ampm, k) = self.am_pm(j);
        if let Some(pm) = ampm {
            if hour == 0 || hour > 12 {
                return None;
            }
            let hour = match (pm, hour) {
                (true, h) if h < 12 => h + 12,
                (false, 12) => 0,
                (_, h) => h,
            };
            return Some((hour, k, true));
        }
        if self.is(j, "o") && self.is(j + 1, "'") && self.is(j + 2, "clock") {
            return Some((hour, j + 3, true));
        }
        if self.is(j, "in") && self.is(j + 1, "the") {
            if let Some(part) = self.part_of_day(j + 2, false) {
                let later = matches!(part, "AF" | "EV" | "NI") && hour < 12;
                return Some((if later { hour + 12 } else { hour }, j + 3, true));
            }
        }
        Some((hour, j, false))
    }

    /// `a.m.`, `p.m`, `am`, `PM` at `i`: `Some(true)` for p.m., and the next index.
    pub(super) fn am_pm(&self, i: usize) -> (Option<bool>, usize) {
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
    pub(super) fn day_after_time(&self, i: usize) -> Option<M> {
        if let Some(d) = self.weekday_forms(i) {
            return Some(d);
        }
        if let Some(d) = self.day_words(i) {
            return Some(d);
        }
        let d = self.month_first(i)?;
        matches!(d.sem, Sem::Cal { day: Some(_), .. }).then_some(d)
    }
}
