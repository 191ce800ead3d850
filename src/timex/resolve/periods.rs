//! Named periods of a year: seasons (`last summer`, `the winter of 1994`), quarters (`the
//! third quarter`, `Q3 2008`), halves (`the first half of 2008`) and holidays
//! (`Christmas`, `Easter week`). The year is written out, relative to the DCT (`this
//! year's`, `last`), or implicit, and then each kind has its own reading.

use chrono::{Datelike, NaiveDate};

use super::{at, date, day_point, ymd, Context, Dir, Resolved};
use crate::time::point::{self, add_days, Gran, Point};
use crate::timex::sem::{Holiday, YearRef};

/// The rules of this module.
pub const RULES: &[&str] = &["season", "quarter", "half", "holiday-week", "holiday"];

/// The first month of each season (TIMEX3 codes), northern hemisphere.
const SEASON_START: &[(&str, u32)] = &[("SP", 3), ("SU", 6), ("FA", 9), ("WI", 12)];

/// A season lasts three months: one that began this many months before the DCT's month
/// or earlier is over.
const SEASON_MONTHS: u32 = 3;

/// A year written out (`of 1984`: anchor `none`) or relative to the DCT (`this year's`:
/// anchor `dct`); `None` when the year is implicit or the DCT is missing.
fn stated_year(year: YearRef, dct: Option<NaiveDate>) -> Option<(i32, &'static str)> {
    match year {
        YearRef::Explicit(y) => Some((y, "none")),
        YearRef::Rel(s) => Some((dct?.year() + s, "dct")),
        YearRef::Implicit => None,
    }
}

/// `summer`, `last fall`, `the winter of 1994`: `2008-SU`. It moves the narrative to the
/// season's first month.
pub fn season(season: &str, year: YearRef, ctx: &Context) -> Option<Resolved> {
    let start = SEASON_START.iter().find(|(s, _)| *s == season).map(|&(_, m)| m)?;
    let y = match year {
        YearRef::Explicit(y) => y,
        YearRef::Rel(0) => ctx.dct?.year(),
        YearRef::Rel(shift) => shifted_season_year(start, shift, ctx.dct?),
        YearRef::Implicit => implicit_season_year(start, ctx.dir, ctx.dct?),
    };
    let anchor = if matches!(year, YearRef::Explicit(_)) {
        "none"
    } else {
        "dct"
    };
    let first_month = ymd(y, start, 1).map(|s| Point {
        start: s,
        gran: Gran::Month,
    });
    Some(date(point::season(y, season), "season", anchor, first_month))
}

/// `last summer`: this year's if it is over, else last year's; `next summer`: this
/// year's if it has not begun, else next year's.
fn shifted_season_year(start: u32, shift: i32, dct: NaiveDate) -> i32 {
    let ended = dct.month() >= start + SEASON_MONTHS && start != 12;
    if shift < 0 {
        if ended {
            dct.year()
        } else {
            dct.year() - 1
        }
    } else if dct.month() < start {
        dct.year()
    } else {
        dct.year() + 1
    }
}

/// `in the summer`: told in the past, the latest one begun (a winter begun last
/// December, in January or February); otherwise this year's unless it is over.
fn implicit_season_year(start: u32, dir: Dir, dct: NaiveDate) -> i32 {
    let winter_begun_last_year = start == 12 && dct.month() <= 2;
    if dir == Dir::Past {
        if winter_begun_last_year || dct.month() < start {
            dct.year() - 1
        } else {
            dct.year()
        }
    } else if dct.month() < start + SEASON_MONTHS {
        dct.year()
    } else {
        dct.year() + 1
    }
}

/// `the third quarter`: in an implicit year, this year's, or last year's when a past cue
/// names a quarter that has not come yet.
pub fn quarter(quarter: u32, year: YearRef, ctx: &Context) -> Option<Resolved> {
    let (y, anchor) = match year {
        YearRef::Implicit => {
            let dct = ctx.dct?;
            let current = dct.month0() / 3 + 1;
            let past = ctx.cued && ctx.dir == Dir::Past && quarter > current;
            (if past { dct.year() - 1 } else { dct.year() }, "dct")
        }
        _ => stated_year(year, ctx.dct)?,
    };
    let start = ymd(y, (quarter - 1) * 3 + 1, 1)?;
    Some(at(
        Point {
            start,
            gran: Gran::Quarter,
        },
        "quarter",
        anchor,
    ))
}

/// `the first half of 2008`; in an implicit year, the narrative anchor's year, else the
/// DCT's.
pub fn half(half: u32, year: YearRef, ctx: &Context) -> Option<Resolved> {
    let (y, anchor) = match year {
        YearRef::Implicit => {
            let y = ctx.anchor.map(|a| a.start.year()).or(ctx.dct.map(|d| d.year()))?;
            (y, "dct")
        }
        _ => stated_year(year, ctx.dct)?,
    };
    Some(date(point::half(y, half), "half", anchor, None))
}

/// `Christmas`, `Thanksgiving 2008`; in an implicit year, the one nearest the DCT. With
/// `week`, the ISO week that holds it (`Easter week`).
pub fn holiday(holiday: Holiday, year: YearRef, week: bool, ctx: &Context) -> Option<Resolved> {
    let on = |y: i32| holiday_on(holiday, y);
    let (d, anchor) = match year {
        YearRef::Implicit => {
            let dct = ctx.dct?;
            let nearest = [dct.year() - 1, dct.year(), dct.year() + 1]
                .into_iter()
                .filter_map(on)
                .min_by_key(|c| (*c - dct).num_days().abs())?;
            (nearest, "dct")
        }
        _ => {
            let (y, anchor) = stated_year(year, ctx.dct)?;
            (on(y)?, anchor)
        }
    };
    if week {
        return Some(at(Point::containing(d, Gran::Week), "holiday-week", anchor));
    }
    Some(at(day_point(d), "holiday", anchor))
}

/// The day of `holiday` in year `y`.
fn holiday_on(holiday: Holiday, y: i32) -> Option<NaiveDate> {
    match holiday {
        Holiday::Fixed { month, day } => ymd(y, month, day),
        Holiday::NthWeekday { month, weekday, n } => point::nth_weekday(y, month, weekday, n),
        Holiday::Easter => point::easter(y),
        Holiday::ElectionDay => point::nth_weekday(y, 11, 1, 1).and_then(|d| add_days(d, 1)),
    }
}
