//! Values the words spell out whole: `December 1, 2009`, `March 2008`, `1998`, `the
//! 1990s`, `the 20th century`, fixed phrases (`now` → `PRESENT_REF`, `recent years` →
//! `PXY`) and sets (`every Tuesday`). Only a fixed part of today (`overnight`, `noon`)
//! needs the DCT.

use super::{at, date, ymd, Context, Resolved};
use crate::time::point::{self, Gran, Point};
use crate::timex::tables::Fixed;
use crate::timex::TimexType;

/// The rules of this module.
pub const RULES: &[&str] = &[
    "absolute-date",
    "absolute-month",
    "absolute-year",
    "decade",
    "century",
    "reference",
    "vague-duration",
    "set-word",
    "part-of-today",
    "set",
];

/// A date with its year: the day, the month or the year the words give.
pub fn calendar(y: i32, month: Option<u32>, day: Option<u32>) -> Option<Resolved> {
    let (start, gran, rule) = match (month, day) {
        (Some(m), Some(d)) => (ymd(y, m, d)?, Gran::Day, "absolute-date"),
        (Some(m), None) => (ymd(y, m, 1)?, Gran::Month, "absolute-month"),
        (None, _) => (ymd(y, 1, 1)?, Gran::Year, "absolute-year"),
    };
    Some(at(Point { start, gran }, rule, "none"))
}

/// `the 1990s` (`d` = 199).
pub fn decade(d: i32) -> Resolved {
    date(point::decade(d), "decade", "none", None)
}

/// `the 20th century` (`c` = 19).
pub fn century(c: i32) -> Resolved {
    date(point::century(c), "century", "none", None)
}

/// A phrase with a fixed value, typed by how the table reads it.
pub fn fixed(v: &str, how: Fixed, ctx: &Context) -> Option<Resolved> {
    Some(match how {
        Fixed::Date | Fixed::Attributive => date(v.to_string(), "reference", "none", None),
        Fixed::Duration => Resolved::of(TimexType::Duration, v.to_string(), "vague-duration", "none"),
        Fixed::Set | Fixed::SetAdverb => Resolved::of(TimexType::Set, v.to_string(), "set-word", "none"),
        Fixed::PartOfToday | Fixed::ClockOfToday => {
            let today = super::day_point(ctx.dct?).value();
            let value = point::at_time(&today, v.trim_start_matches('T'));
            Resolved::of(TimexType::Time, value, "part-of-today", "dct")
        }
    })
}

/// A SET whose value the scanner computed (`every Tuesday` → `XXXX-WXX-2`).
pub fn set(v: &str) -> Resolved {
    Resolved::of(TimexType::Set, v.to_string(), "set", "none")
}
