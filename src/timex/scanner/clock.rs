//! Clock times: `10:30 a.m.`, `5 p.m. EST`, `1500 GMT`, `noon Thursday`, `4 in the morning`.

use super::{m, Scanner, M};
use crate::timex::sem::Sem;
use crate::timex::tables::{self};

impl<'a> Scanner<'a> {
    /// Clock times: `10:30 a.m.`, `5 p.m. EST`, `1500 GMT`, `10 p.m. Wednesday`, `4 in
    /// the morning`, `7 o'clock`.
    pub(super) fn clock(&self, i: usize) -> Option<M> {
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
