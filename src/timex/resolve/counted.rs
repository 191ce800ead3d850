//! A number of units: from a point (`two days ago` from the DCT, `three weeks later` from
//! the narrative anchor, `a year earlier`) or as a stretch of time (`five days`, `the
//! past 18 months`).

use super::{at, date, previous, Context, Resolved};
use crate::time::point::{self, Gran, Point};
use crate::timex::sem::Count;
use crate::timex::tables::Unit;
use crate::timex::TimexType;

/// The rules of this module.
pub const RULES: &[&str] = &[
    "offset-vague",
    "offset-clock",
    "offset-fraction",
    "offset-keeps-granularity",
    "offset-hedged",
    "offset-from-anchor",
    "offset-from-dct",
    "duration",
];

/// A count closer than this to a whole number is that number (`2.0`); others are
/// fractions (`2 1/2 years ago`), which only say past or future.
const WHOLE_COUNT_TOLERANCE: f64 = 1e-9;

/// `a year ago` keeps the quarter granularity of the story's reporting quarter when that
/// quarter began within this many days of the DCT: a fiscal quarter ("the fiscal first
/// quarter ended Sept. 30") is numbered by its fiscal year and may start nearly a year
/// before the report (commit e4f6e49; was 200 days).
const REPORTING_QUARTER_REACH_DAYS: i64 = 366;

/// `two days ago` (from the DCT), `three weeks later` (from the anchor), `a year
/// earlier` (keeps the anchor's granularity: a quarter a year earlier is that quarter).
pub fn offset(count: Count, unit: Unit, sign: i32, from_anchor: bool, ctx: &Context) -> Option<Resolved> {
    let Count::N(n) = count else {
        return Some(date(vague(sign), "offset-vague", "none", None));
    };
    let (base, anchor_name) = base(from_anchor, ctx)?;
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
    let whole = if n.fract().abs() < WHOLE_COUNT_TOLERANCE {
        n as i64
    } else {
        0
    };
    if whole == 0 {
        return Some(date(vague(sign), "offset-fraction", &anchor_name, None));
    }
    let steps = whole * per * i64::from(sign);
    // a year before a quarter (or month, or day) stays at the finer granularity
    if gran == Gran::Year && per == 1 {
        if let Some(finer) = finer_base(base, from_anchor, ctx) {
            let name = if from_anchor { anchor_name } else { previous(finer) };
            return Some(at(years_from(finer, steps)?, "offset-keeps-granularity", &name));
        }
    }
    let b = if base.gran <= gran {
        Point::containing(base.start, gran)
    } else {
        base.coarsen(gran)
    };
    let p = b.shift(steps)?;
    let rule = if from_anchor {
        "offset-from-anchor"
    } else {
        "offset-from-dct"
    };
    let mut r = at(p, rule, &anchor_name);
    if unit == Unit::Decade && whole == 1 {
        // "a decade ago": the year, as annotators mostly write it
        r.value = p.coarsen(Gran::Year).value();
    }
    if gran == Gran::Year && per > 1 {
        r.point = None;
    }
    Some(r)
}

/// `less than a year later`, `nearly two years ago`: a hedged count of years names a
/// year, not the day or quarter its anchor has (TimeBank: "nearly four years ago" is
/// `1994`, "almost four years ago" `1995`, each with its `mod`); the finer value would
/// claim a day the text does not give. Other values are left as they are.
pub fn hedged(r: Resolved) -> Resolved {
    match r.point {
        Some(p) if r.rule == "offset-keeps-granularity" && p.gran < Gran::Year => {
            let anchor = r.anchor.clone();
            at(p.coarsen(Gran::Year), "offset-hedged", &anchor)
        }
        _ => r,
    }
}

/// `PAST_REF` or `FUTURE_REF`.
fn vague(sign: i32) -> String {
    if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into()
}

/// What an offset counts from, and its name: the narrative anchor (`later`, `earlier`;
/// the DCT when the story has none) or the DCT (`ago`).
fn base(from_anchor: bool, ctx: &Context) -> Option<(Point, String)> {
    let dct_day = ctx.dct_day();
    if !from_anchor {
        return Some((dct_day?, "dct".to_string()));
    }
    match ctx.anchor.or(dct_day) {
        Some(a) if Some(a) != dct_day => Some((a, previous(a))),
        Some(a) => Some((a, "dct".to_string())),
        None => None,
    }
}

/// The finer period a count of years keeps: the anchor when it is a day, month or
/// quarter (`a year earlier`), or the story's recent reporting quarter (`a year ago`).
fn finer_base(base: Point, from_anchor: bool, ctx: &Context) -> Option<Point> {
    if from_anchor {
        Some(base).filter(|b| ctx.anchor.is_some() && b.gran < Gran::Year && b.gran != Gran::Week)
    } else {
        ctx.quarter.filter(|q| {
            ctx.dct
                .is_some_and(|d| (d - q.start).num_days().abs() < REPORTING_QUARTER_REACH_DAYS)
        })
    }
}

/// `p` moved by `years` years, at its own granularity.
fn years_from(p: Point, years: i64) -> Option<Point> {
    match p.gran {
        Gran::Day => Some(Point {
            start: point::add_months(p.start, years * 12)?,
            gran: Gran::Day,
        }),
        Gran::Quarter => p.shift(years * 4),
        Gran::Month => p.shift(years * 12),
        _ => p.shift(years),
    }
}

/// `five days`, `several years` (`PXY`).
pub fn duration(count: Count, unit: Unit) -> Resolved {
    let n = match count {
        Count::N(n) => Some(n),
        Count::Vague => None,
    };
    Resolved::of(TimexType::Duration, point::duration(n, unit), "duration", "none")
}
