//! The resolver: turns a [`Sem`] into a TIMEX3 type and value.
//!
//! Three things steer it: the document date (DCT), the narrative anchor (the last date
//! the story moved to, for `the next day`, `two days later`, `that year`), and the
//! direction of the sentence (past or future, for bare weekdays, months and seasons).
//! Every result names its rule and what it was relative to, so a reader can check it.

use chrono::{Datelike, NaiveDate};

use super::sem::{Count, Holiday, Sem, YearRef};
use super::tables::{Fixed, Unit};
use super::TimexType;
use crate::time::point::{self, add_days, Gran, Point};

/// Which way a sentence points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// Either way, whichever is nearer the DCT: a future seen from a past moment (`would
    /// be traveling Thursday`) may have come already or not.
    Near,
}

/// What a relative expression can be resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub dct: Option<NaiveDate>,
    /// The last date the story mentioned (narrative time).
    pub anchor: Option<Point>,
    /// The last quarter the story mentioned (`the quarter`, `the year-ago quarter`).
    pub quarter: Option<Point>,
    pub dir: Dir,
    /// A cue word set `dir` (otherwise it is the past by default).
    pub cued: bool,
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub rule: &'static str,
    /// `none` (absolute), `dct`, `previous:<value>` (the narrative anchor).
    pub anchor: String,
    /// The period this expression moves the narrative to, if any.
    pub point: Option<Point>,
}

fn date(value: String, rule: &'static str, anchor: &str, point: Option<Point>) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value,
        rule,
        anchor: anchor.to_string(),
        point,
    }
}

fn at(p: Point, rule: &'static str, anchor: &str) -> Resolved {
    date(p.value(), rule, anchor, Some(p))
}

fn day_point(start: NaiveDate) -> Point {
    Point {
        start,
        gran: Gran::Day,
    }
}

fn month_point(y: i32, m: u32) -> Option<Point> {
    Some(Point {
        start: ymd(y, m, 1)?,
        gran: Gran::Month,
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// How many months ahead of the DCT a bare month with no tense cue is still read as the
/// coming one: in late October, `January` and `February` are next year's, `March` is
/// this year's (past by default).
const MONTH_AHEAD_UNCUED: u32 = 2;

const SEASON_START: &[(&str, u32)] = &[("SP", 3), ("SU", 6), ("FA", 9), ("WI", 12)];

/// Resolves `sem` in `ctx`.
pub fn resolve(sem: &Sem, ctx: &Context) -> Resolved {
    resolve_inner(sem, ctx).unwrap_or_else(|| unresolved(sem))
}

/// The value when the needed date is missing (no DCT): `X` for the open parts.
fn unresolved(sem: &Sem) -> Resolved {
    let value = match sem {
        Sem::Cal {
            month: Some(m),
            day: Some(d),
            ..
        } => format!("XXXX-{m:02}-{d:02}"),
        Sem::Cal { month: Some(m), .. } | Sem::MonthShift { month: m, .. } => format!("XXXX-{m:02}"),
        Sem::MonthOfRelYear { month: m, day, .. } => match day {
            Some(d) => format!("XXXX-{m:02}-{d:02}"),
            None => format!("XXXX-{m:02}"),
        },
        Sem::Weekday { weekday, .. } | Sem::AnaphorWeekday { weekday, .. } => format!("XXXX-WXX-{weekday}"),
        Sem::DayOffset(0) => "PRESENT_REF".into(),
        Sem::UnitShift { unit: Unit::Week, .. } => "XXXX-WXX".into(),
        Sem::UnitShift {
            unit: Unit::Weekend, ..
        } => "XXXX-WXX-WE".into(),
        Sem::UnitShift {
            unit: Unit::Month, ..
        } => "XXXX-XX".into(),
        Sem::UnitShift {
            unit: Unit::Quarter, ..
        }
        | Sem::Anaphor {
            unit: Unit::Quarter, ..
        } => "XXXX-QX".into(),
        Sem::UnitShift { unit: Unit::Year, .. } | Sem::Anaphor { unit: Unit::Year, .. } => "XXXX".into(),
        Sem::UnitShift {
            unit: Unit::Decade, ..
        } => "XXX".into(),
        Sem::UnitShift {
            unit: Unit::Century, ..
        } => "XX".into(),
        Sem::UnitShift { unit: Unit::Half, .. } => "XXXX-HX".into(),
        Sem::Anaphor { unit: Unit::Week, .. } => "XXXX-WXX".into(),
        Sem::Anaphor {
            unit: Unit::Month, ..
        } => "XXXX-XX".into(),
        Sem::Anaphor {
            unit: Unit::Weekend, ..
        } => "XXXX-WXX-WE".into(),
        Sem::Season { season, .. } => format!("XXXX-{season}"),
        Sem::Quarter { quarter, .. } => format!("XXXX-Q{quarter}"),
        Sem::Half { half, .. } => format!("XXXX-H{half}"),
        Sem::Offset { sign, .. } => if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
        Sem::PartOfDay { part, .. } => format!("XXXX-XX-XXT{part}"),
        Sem::Clock { hour, minute, .. } => format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
        Sem::Holiday {
            holiday: Holiday::Fixed { month, day },
            ..
        } => format!("XXXX-{month:02}-{day:02}"),
        _ => "XXXX-XX-XX".into(),
    };
    let kind = match sem {
        Sem::PartOfDay { .. } | Sem::Clock { .. } => TimexType::Time,
        _ => TimexType::Date,
    };
    Resolved {
        kind,
        value,
        rule: "unresolved-no-dct",
        anchor: "none".into(),
        point: None,
    }
}

fn resolve_inner(sem: &Sem, ctx: &Context) -> Option<Resolved> {
    let dct = ctx.dct;
    Some(match sem {
        Sem::Cal {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        } => at(
            Point {
                start: ymd(*y, *m, *d)?,
                gran: Gran::Day,
            },
            "absolute-date",
            "none",
        ),
        Sem::Cal {
            year: Some(y),
            month: Some(m),
            day: None,
        } => at(
            Point {
                start: ymd(*y, *m, 1)?,
                gran: Gran::Month,
            },
            "absolute-month",
            "none",
        ),
        Sem::Cal {
            year: Some(y),
            month: None,
            ..
        } => at(
            Point {
                start: ymd(*y, 1, 1)?,
                gran: Gran::Year,
            },
            "absolute-year",
            "none",
        ),
        Sem::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        } => {
            let dct = dct?;
            let cands = [dct.year() - 1, dct.year(), dct.year() + 1]
                .into_iter()
                .filter_map(|y| ymd(y, *m, *d));
            let nearest = cands.clone().min_by_key(|c| (*c - dct).num_days().abs())?;
            // a cue word wins over nearness when the nearest date lies the other way: a past
            // cue once the nearest is two months ahead or more ("the fiscal year ended Jan.
            // 31" in October), a future cue once it is four months back or more
            let (best, rule) = match (ctx.cued, ctx.dir) {
                (true, Dir::Past) if (nearest - dct).num_days() > 60 => {
                    (cands.filter(|c| *c <= dct).max()?, "month-day-past")
                }
                (true, Dir::Future) if (dct - nearest).num_days() > 120 => {
                    (cands.filter(|c| *c >= dct).min()?, "month-day-future")
                }
                _ => (nearest, "month-day-nearest-dct"),
            };
            at(day_point(best), rule, "dct")
        }
        Sem::Cal {
            year: None,
            month: Some(m),
            day: None,
        } => {
            let dct = dct?;
            // with no cue, a month just ahead of the DCT is the coming one ("pay down the
            // loan by February" in late October), not the one ten months back
            let ahead = (*m + 12 - dct.month()) % 12;
            let (dir, rule) = match (ctx.cued, ctx.dir) {
                (false, _) if (1..=MONTH_AHEAD_UNCUED).contains(&ahead) => (Dir::Future, "month-just-ahead"),
                (_, Dir::Past) => (Dir::Past, "month-past"),
                (_, Dir::Future) => (Dir::Future, "month-future"),
                // a plan reported in the past ("said it would retire in September") is
                // mostly still ahead: only the last two months count as behind
                (_, Dir::Near) if ahead <= 9 => (Dir::Future, "month-near"),
                (_, Dir::Near) => (Dir::Past, "month-near"),
            };
            let y = match dir {
                Dir::Past if *m > dct.month() => dct.year() - 1,
                Dir::Future if *m < dct.month() => dct.year() + 1,
                _ => dct.year(),
            };
            at(month_point(y, *m)?, rule, "dct")
        }
        Sem::Cal { .. } => return None,
        Sem::MonthShift { month, shift } => {
            let dct = dct?;
            let y = match shift.signum() {
                -1 if *month >= dct.month() => dct.year() - 1,
                1 if *month <= dct.month() => dct.year() + 1,
                _ => dct.year(),
            };
            at(
                Point {
                    start: ymd(y, *month, 1)?,
                    gran: Gran::Month,
                },
                "month-shift",
                "dct",
            )
        }
        Sem::MonthOfRelYear {
            month,
            day,
            year_shift,
        } => {
            let y = dct?.year() + year_shift;
            match day {
                Some(d) => at(
                    Point {
                        start: ymd(y, *month, *d)?,
                        gran: Gran::Day,
                    },
                    "month-of-relative-year",
                    "dct",
                ),
                None => at(
                    Point {
                        start: ymd(y, *month, 1)?,
                        gran: Gran::Month,
                    },
                    "month-of-relative-year",
                    "dct",
                ),
            }
        }
        Sem::Decade(d) => date(format!("{d:03}"), "decade", "none", None),
        Sem::Century(c) => date(format!("{c:02}"), "century", "none", None),
        Sem::Weekday { weekday, shift, this } => {
            let dct = dct?;
            let cur = dct.weekday().number_from_monday() as i64;
            let wd = i64::from(*weekday);
            let (offset, rule) = if *this {
                (wd - cur, "weekday-this-week")
            } else if *shift < 0 {
                (-((cur - wd - 1).rem_euclid(7) + 1), "weekday-last")
            } else if *shift > 0 {
                ((wd - cur - 1).rem_euclid(7) + 1, "weekday-next")
            } else if ctx.dir == Dir::Future {
                ((wd - cur).rem_euclid(7), "weekday-future")
            } else if ctx.dir == Dir::Near {
                let (ahead, back) = ((wd - cur).rem_euclid(7), (cur - wd).rem_euclid(7));
                if ahead <= back {
                    (ahead, "weekday-near")
                } else {
                    (-back, "weekday-near")
                }
            } else {
                (-(cur - wd).rem_euclid(7), "weekday-past")
            };
            at(
                Point {
                    start: add_days(dct, offset)?,
                    gran: Gran::Day,
                },
                rule,
                "dct",
            )
        }
        Sem::AnaphorWeekday { weekday, shift } => {
            let (base, anchor) = match ctx.anchor.filter(|a| a.gran == Gran::Day) {
                Some(a) => (a.start, format!("previous:{}", a.value())),
                None => (dct?, "dct".to_string()),
            };
            let cur = i64::from(base.weekday().number_from_monday());
            let wd = i64::from(*weekday);
            let offset = if *shift < 0 {
                -((cur - wd - 1).rem_euclid(7) + 1)
            } else {
                (wd - cur - 1).rem_euclid(7) + 1
            };
            at(day_point(add_days(base, offset)?), "weekday-from-anchor", &anchor)
        }
        Sem::DayOffset(n) => {
            let d = add_days(dct?, i64::from(*n))?;
            at(
                Point {
                    start: d,
                    gran: Gran::Day,
                },
                "day-offset",
                "dct",
            )
        }
        Sem::UnitShift { unit, shift } => return unit_shift(*unit, *shift, ctx),
        Sem::Season { season, year } => {
            let start = SEASON_START.iter().find(|(s, _)| s == season).map(|&(_, m)| m)?;
            let y = match year {
                YearRef::Explicit(y) => *y,
                YearRef::Rel(0) => dct?.year(),
                YearRef::Rel(shift) => {
                    let dct = dct?;
                    let ended = dct.month() >= start + 3 && start != 12;
                    if *shift < 0 {
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
                YearRef::Implicit => {
                    let dct = dct?;
                    if ctx.dir == Dir::Past {
                        if dct.month() >= start || start == 12 && dct.month() <= 2 {
                            if start == 12 && dct.month() <= 2 {
                                dct.year() - 1
                            } else {
                                dct.year()
                            }
                        } else {
                            dct.year() - 1
                        }
                    } else if dct.month() <= start + 2 {
                        dct.year()
                    } else {
                        dct.year() + 1
                    }
                }
            };
            let anchor = if matches!(year, YearRef::Explicit(_)) {
                "none"
            } else {
                "dct"
            };
            date(
                format!("{y:04}-{season}"),
                "season",
                anchor,
                ymd(y, start, 1).map(|s| Point {
                    start: s,
                    gran: Gran::Month,
                }),
            )
        }
        Sem::Quarter { quarter, year } => {
            let (y, anchor) = match year {
                YearRef::Explicit(y) => (*y, "none"),
                YearRef::Rel(s) => (dct?.year() + s, "dct"),
                YearRef::Implicit => {
                    let dct = dct?;
                    let current = dct.month0() / 3 + 1;
                    let past = ctx.cued && ctx.dir == Dir::Past && *quarter > current;
                    (if past { dct.year() - 1 } else { dct.year() }, "dct")
                }
            };
            let start = ymd(y, (quarter - 1) * 3 + 1, 1)?;
            at(
                Point {
                    start,
                    gran: Gran::Quarter,
                },
                "quarter",
                anchor,
            )
        }
        Sem::Half { half, year } => {
            let (y, anchor) = match year {
                YearRef::Explicit(y) => (*y, "none"),
                YearRef::Rel(s) => (dct?.year() + s, "dct"),
                YearRef::Implicit => (
                    ctx.anchor.map(|a| a.start.year()).or(dct.map(|d| d.year()))?,
                    "dct",
                ),
            };
            date(format!("{y:04}-H{half}"), "half", anchor, None)
        }
        Sem::Offset {
            count,
            unit,
            sign,
            from_anchor,
        } => return offset(*count, *unit, *sign, *from_anchor, ctx),
        Sem::Anaphor { unit, shift } => return anaphor(*unit, *shift, ctx),
        Sem::Duration { count, unit } => {
            let n = match count {
                Count::N(n) => Some(*n),
                Count::Vague => None,
            };
            Resolved {
                kind: TimexType::Duration,
                value: point::duration(n, *unit),
                rule: "duration",
                anchor: "none".into(),
                point: None,
            }
        }
        Sem::Set(v) => Resolved {
            kind: TimexType::Set,
            value: v.clone(),
            rule: "set",
            anchor: "none".into(),
            point: None,
        },
        Sem::Fixed(v, how) => match how {
            Fixed::Date | Fixed::Attributive => date(v.to_string(), "reference", "none", None),
            Fixed::Duration => Resolved {
                kind: TimexType::Duration,
                value: v.to_string(),
                rule: "vague-duration",
                anchor: "none".into(),
                point: None,
            },
            Fixed::Set | Fixed::SetAdverb => Resolved {
                kind: TimexType::Set,
                value: v.to_string(),
                rule: "set-word",
                anchor: "none".into(),
                point: None,
            },
            Fixed::PartOfToday | Fixed::ClockOfToday => Resolved {
                kind: TimexType::Time,
                value: format!(
                    "{}T{}",
                    Point {
                        start: dct?,
                        gran: Gran::Day
                    }
                    .value(),
                    v.trim_start_matches('T')
                ),
                rule: "part-of-today",
                anchor: "dct".into(),
                point: None,
            },
        },
        Sem::PartOfDay { day, part } => {
            let d = resolve(day, ctx);
            // TimeBank annotates "Friday night" as a DATE, "this morning" as a TIME
            let kind = if matches!(**day, Sem::Weekday { .. }) {
                TimexType::Date
            } else {
                TimexType::Time
            };
            Resolved {
                kind,
                value: format!("{}T{part}", d.value),
                rule: d.rule,
                anchor: d.anchor,
                point: d.point,
            }
        }
        Sem::Clock { day, hour, minute } => {
            let d = match day {
                Some(day) => resolve(day, ctx),
                // a bare clock time is on the day the story last named, else the DCT's
                None => match ctx.anchor.filter(|a| a.gran == Gran::Day) {
                    Some(a) => at(a, "clock-on-anchor-day", &format!("previous:{}", a.value())),
                    None => at(day_point(dct?), "clock-today", "dct"),
                },
            };
            Resolved {
                kind: TimexType::Time,
                value: format!("{}T{hour:02}:{minute:02}", d.value),
                rule: d.rule,
                anchor: d.anchor,
                point: d.point,
            }
        }
        Sem::Holiday { holiday, year, week } => {
            let on = |y: i32| -> Option<NaiveDate> {
                match holiday {
                    Holiday::Fixed { month, day } => ymd(y, *month, *day),
                    Holiday::NthWeekday { month, weekday, n } => point::nth_weekday(y, *month, *weekday, *n),
                    Holiday::Easter => point::easter(y),
                    Holiday::ElectionDay => point::nth_weekday(y, 11, 1, 1).and_then(|d| add_days(d, 1)),
                }
            };
            let (d, anchor) = match year {
                YearRef::Explicit(y) => (on(*y)?, "none"),
                YearRef::Rel(s) => (on(dct?.year() + s)?, "dct"),
                YearRef::Implicit => {
                    let dct = dct?;
                    let d = [dct.year() - 1, dct.year(), dct.year() + 1]
                        .into_iter()
                        .filter_map(on)
                        .min_by_key(|c| (*c - dct).num_days().abs())?;
                    (d, "dct")
                }
            };
            if *week {
                return Some(at(Point::containing(d, Gran::Week), "holiday-week", anchor));
            }
            at(
                Point {
                    start: d,
                    gran: Gran::Day,
                },
                "holiday",
                anchor,
            )
        }
        Sem::YearPeriod(y) => match ctx.quarter {
            Some(q) => {
                let start = ymd(*y, q.start.month(), 1)?;
                at(
                    Point {
                        start,
                        gran: Gran::Quarter,
                    },
                    "year-period-quarter",
                    &format!("previous:{}", q.value()),
                )
            }
            None => at(
                Point {
                    start: ymd(*y, 1, 1)?,
                    gran: Gran::Year,
                },
                "year-period",
                "none",
            ),
        },
        Sem::WeekOf(day) => {
            let d = resolve(day, ctx);
            let p = d.point?;
            at(p.coarsen(Gran::Week), "week-of", &d.anchor)
        }
    })
}

/// `last week`, `this year`, `next month`, `the current quarter`, `this weekend`.
fn unit_shift(unit: Unit, shift: i32, ctx: &Context) -> Option<Resolved> {
    let dct = ctx.dct?;
    let s = i64::from(shift);
    Some(match unit {
        Unit::Weekend => {
            let p = Point::containing(dct, Gran::Week).shift(s)?;
            date(format!("{}-WE", p.value()), "weekend-shift", "dct", None)
        }
        Unit::Decade => {
            let d = dct.year() / 10 + shift;
            date(format!("{d:03}"), "decade-shift", "dct", None)
        }
        Unit::Century => {
            let c = dct.year() / 100 + shift;
            date(format!("{c:02}"), "century-shift", "dct", None)
        }
        Unit::Half => {
            let h0 = if dct.month() <= 6 { 0 } else { 1 } + shift;
            let y = dct.year() + h0.div_euclid(2);
            date(
                format!("{y:04}-H{}", h0.rem_euclid(2) + 1),
                "half-shift",
                "dct",
                None,
            )
        }
        _ => {
            let (gran, _) = point::unit_gran(unit)?;
            let p = Point::containing(dct, gran).shift(s)?;
            at(p, "unit-shift", "dct")
        }
    })
}

/// `two days ago` (from the DCT), `three weeks later` (from the anchor), `a year
/// earlier` (keeps the anchor's granularity: a quarter a year earlier is that quarter).
fn offset(count: Count, unit: Unit, sign: i32, from_anchor: bool, ctx: &Context) -> Option<Resolved> {
    let Count::N(n) = count else {
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some(date(v.into(), "offset-vague", "none", None));
    };
    let dct_point = ctx.dct.map(|d| Point {
        start: d,
        gran: Gran::Day,
    });
    let (base, anchor_name) = if from_anchor {
        match ctx.anchor.or(dct_point) {
            Some(a) if Some(a) != dct_point => (a, format!("previous:{}", a.value())),
            Some(a) => (a, "dct".to_string()),
            None => return None,
        }
    } else {
        (dct_point?, "dct".to_string())
    };
    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        return Some(Resolved {
            kind: TimexType::Time,
            value: base.value(),
            rule: "offset-clock",
            anchor: anchor_name,
            point: None,
        });
    }
    let (gran, per) = point::unit_gran(unit)?;
    let whole = if n.fract().abs() < 1e-9 { n as i64 } else { 0 };
    if whole == 0 {
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some(date(v.into(), "offset-fraction", &anchor_name, None));
    }
    let steps = whole * per * i64::from(sign);
    // a year before a quarter (or month, or day) stays at the finer granularity
    let finer = if gran == Gran::Year && per == 1 {
        if from_anchor {
            Some(base).filter(|b| ctx.anchor.is_some() && b.gran < Gran::Year && b.gran != Gran::Week)
        } else {
            // the story's reporting quarter, if it began within a year of the DCT: a fiscal
            // quarter ("the fiscal first quarter ended Sept. 30") is numbered by its fiscal
            // year and may start nearly a year before the report
            ctx.quarter
                .filter(|q| ctx.dct.is_some_and(|d| (d - q.start).num_days().abs() < 366))
        }
    } else {
        None
    };
    if let Some(f) = finer {
        let p = f.shift(
            steps
                * if f.gran == Gran::Quarter {
                    4
                } else if f.gran == Gran::Month {
                    12
                } else {
                    1
                },
        );
        let p = match f.gran {
            Gran::Day => Point {
                start: point::add_months(f.start, steps * 12)?,
                gran: Gran::Day,
            },
            _ => p?,
        };
        let name = if from_anchor {
            anchor_name
        } else {
            format!("previous:{}", f.value())
        };
        return Some(at(p, "offset-keeps-granularity", &name));
    }
    let b = if base.gran <= gran {
        Point::containing(base.start, gran)
    } else {
        base.coarsen(gran)
    };
    let p = b.shift(steps)?;
    let mut r = at(
        p,
        if from_anchor {
            "offset-from-anchor"
        } else {
            "offset-from-dct"
        },
        &anchor_name,
    );
    if unit == Unit::Decade && whole == 1 {
        // "a decade ago": the year, as annotators mostly write it
        r.value = Point {
            start: p.start,
            gran: Gran::Year,
        }
        .value();
    }
    if gran == Gran::Year && per > 1 {
        r.point = None;
    }
    Some(r)
}

/// `the next day`, `the following year`, `that month`, `the quarter`.
fn anaphor(unit: Unit, shift: i32, ctx: &Context) -> Option<Resolved> {
    let dct_point = ctx.dct.map(|d| Point {
        start: d,
        gran: Gran::Day,
    });
    if unit == Unit::Quarter {
        let (base, name) = match ctx.quarter {
            Some(q) => (q, format!("previous:{}", q.value())),
            None => (
                Point::containing(ctx.dct?, Gran::Quarter).shift(-1)?,
                "dct".to_string(),
            ),
        };
        let p = base.shift(i64::from(shift))?;
        let mut r = at(p, "quarter-anaphor", &name);
        r.point = (shift == 0).then_some(p);
        return Some(r);
    }
    if unit == Unit::Weekend {
        // "over the weekend": the last one (a weekday story) or this one (a weekend
        // story); "ahead of the weekend": this week's
        let dct = ctx.dct?;
        let weekend_now = dct.weekday().number_from_monday() >= 6;
        let back = if ctx.dir == Dir::Past && !weekend_now {
            -1
        } else {
            0
        };
        let p = Point::containing(dct, Gran::Week).shift(back + i64::from(shift))?;
        return Some(date(format!("{}-WE", p.value()), "weekend-by-tense", "dct", None));
    }
    let (gran, _) = point::unit_gran(unit)?;
    let (base, name) = match ctx.anchor {
        Some(a) if a.gran <= gran => (a, format!("previous:{}", a.value())),
        // "last October … that same day": a day of that month, which the text leaves open
        Some(a) if shift == 0 => match within(a, gran) {
            Some(v) => {
                return Some(date(
                    v,
                    "anaphor-within-anchor",
                    &format!("previous:{}", a.value()),
                    None,
                ));
            }
            None => (dct_point?, "dct".to_string()),
        },
        _ => (dct_point?, "dct".to_string()),
    };
    let p = Point::containing(base.start, gran).shift(i64::from(shift))?;
    Some(at(
        p,
        if shift == 0 {
            "anaphor-same"
        } else {
            "anaphor-shift"
        },
        &name,
    ))
}

/// The value of an unnamed `gran`-sized part of the coarser period `a`: a day of October
/// 1998 is `1998-10-XX`, a month of 1998 `1998-XX`, a week of 1998 `1998-WXX`.
fn within(a: Point, gran: Gran) -> Option<String> {
    let v = a.value();
    Some(match (a.gran, gran) {
        (Gran::Month, Gran::Day) => format!("{v}-XX"),
        (Gran::Year, Gran::Month) => format!("{v}-XX"),
        (Gran::Year, Gran::Day) => format!("{v}-XX-XX"),
        (Gran::Year, Gran::Week) => format!("{v}-WXX"),
        _ => return None,
    })
}
