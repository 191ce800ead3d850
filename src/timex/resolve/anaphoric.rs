//! Expressions relative to the story's narrative anchor, the last date it moved to: `the
//! next day`, `the following year`, `that month`, `the previous Friday`; in earnings
//! reports, the reporting quarter (`the quarter`, `the year-ago quarter`, `the 1988
//! period`). Without an anchor they fall back on the DCT.

use chrono::Datelike;

use super::{at, date, day_point, previous, ymd, Context, Dir, Resolved};
use crate::time::point::{self, add_days, Gran, Point};
use crate::timex::tables::Unit;

/// The rules of this module.
pub const RULES: &[&str] = &[
    "weekday-from-anchor",
    "quarter-anaphor",
    "weekend-by-tense",
    "anaphor-within-anchor",
    "anaphor-same",
    "anaphor-shift",
    "year-period-quarter",
    "year-period",
];

/// `the previous Friday` (-1), `the following Monday` (+1): from the anchor's day, or the
/// DCT's when the story named no day.
pub fn weekday(weekday: u32, shift: i32, ctx: &Context) -> Option<Resolved> {
    let (base, anchor) = match ctx.anchor_day() {
        Some((a, name)) => (a.start, name),
        None => (ctx.dct?, "dct".to_string()),
    };
    let cur = i64::from(base.weekday().number_from_monday());
    let wd = i64::from(weekday);
    let offset = if shift < 0 {
        -((cur - wd - 1).rem_euclid(7) + 1)
    } else {
        (wd - cur - 1).rem_euclid(7) + 1
    };
    Some(at(
        day_point(add_days(base, offset)?),
        "weekday-from-anchor",
        &anchor,
    ))
}

/// `the next day`, `the following year`, `that month`, `the quarter`, `over the weekend`.
pub fn anaphor(unit: Unit, shift: i32, ctx: &Context) -> Option<Resolved> {
    match unit {
        Unit::Quarter => quarter(shift, ctx),
        Unit::Weekend => weekend(shift, ctx),
        _ => unit_from_anchor(unit, shift, ctx),
    }
}

/// `the quarter`, `the year-ago quarter` (-4): the story's reporting quarter shifted, or
/// the last full quarter before the DCT. Only the reporting quarter itself moves the
/// narrative.
fn quarter(shift: i32, ctx: &Context) -> Option<Resolved> {
    let (base, name) = match ctx.quarter {
        Some(q) => (q, previous(q)),
        None => (
            Point::containing(ctx.dct?, Gran::Quarter).shift(-1)?,
            "dct".to_string(),
        ),
    };
    let p = base.shift(i64::from(shift))?;
    let mut r = at(p, "quarter-anaphor", &name);
    r.point = (shift == 0).then_some(p);
    Some(r)
}

/// `over the weekend`: the last one (a weekday story told in the past) or this one (a
/// weekend story); `ahead of the weekend`: this week's.
fn weekend(shift: i32, ctx: &Context) -> Option<Resolved> {
    let dct = ctx.dct?;
    let weekend_now = dct.weekday().number_from_monday() >= 6;
    let back = if ctx.dir == Dir::Past && !weekend_now {
        -1
    } else {
        0
    };
    let p = Point::containing(dct, Gran::Week).shift(back + i64::from(shift))?;
    Some(date(point::weekend(p), "weekend-by-tense", "dct", None))
}

/// `the next day`, `that year`: the anchor's `unit` shifted when the anchor is at least
/// that fine; `that same day` after `last October` is an unnamed day of that month.
fn unit_from_anchor(unit: Unit, shift: i32, ctx: &Context) -> Option<Resolved> {
    let (gran, _) = point::unit_gran(unit)?;
    let (base, name) = match ctx.anchor {
        Some(a) if a.gran <= gran => (a, previous(a)),
        Some(a) if shift == 0 => match point::within(a, gran) {
            Some(v) => return Some(date(v, "anaphor-within-anchor", &previous(a), None)),
            None => (ctx.dct_day()?, "dct".to_string()),
        },
        _ => (ctx.dct_day()?, "dct".to_string()),
    };
    let p = Point::containing(base.start, gran).shift(i64::from(shift))?;
    let rule = if shift == 0 {
        "anaphor-same"
    } else {
        "anaphor-shift"
    };
    Some(at(p, rule, &name))
}

/// `the 1988 period`, `the 1988 quarter`: the reporting quarter in that year, or the year
/// when the story named no quarter.
pub fn year_period(y: i32, ctx: &Context) -> Option<Resolved> {
    Some(match ctx.quarter {
        Some(q) => {
            let start = ymd(y, q.start.month(), 1)?;
            let p = Point {
                start,
                gran: Gran::Quarter,
            };
            at(p, "year-period-quarter", &previous(q))
        }
        None => {
            let p = Point {
                start: ymd(y, 1, 1)?,
                gran: Gran::Year,
            };
            at(p, "year-period", "none")
        }
    })
}
