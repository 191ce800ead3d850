//! The resolver: turns a [`Sem`] into a TIMEX3 type and value.
//!
//! Three things steer it: the document date (DCT), the narrative anchor (the last date
//! the story moved to, for `the next day`, `two days later`, `that year`), and the
//! direction of the sentence (past or future, for bare weekdays, months and seasons).
//! Every result names its rule and what it was relative to, so a reader can check it.
//!
//! One module per kind of expression, each with the rules it names:
//!
//! * [`absolute`]: values the words spell out whole (`December 1, 2009`, `the 1990s`,
//!   `now`, `every week`); no date needed.
//! * [`deictic`]: relative to the DCT (`Tuesday`, `last week`, `March 6`, `yesterday`,
//!   `Friday night`, `10 a.m.`).
//! * [`anaphoric`]: relative to the story's narrative anchor (`the next day`, `that
//!   month`, `the quarter`, `the previous Friday`, `the 1988 period`).
//! * [`counted`]: a number of units from a point or as a stretch (`two days ago`, `three
//!   weeks later`, `five years`).
//! * [`periods`]: named periods of a year (`the third quarter`, `summer`, `the first half
//!   of 2008`, `Christmas`).
//! * [`narrative`]: bare months, month-days, seasons and weekdays told in a story's past,
//!   against the running narrative time (`signed in 1987 … in June`).
//! * [`unresolved`]: the values with `X`s when the needed date is missing.
//!
//! The calendar arithmetic and the value strings are in [`crate::time::point`].

use chrono::NaiveDate;

use super::sem::Sem;
use super::TimexType;
use crate::time::point::{Gran, Point};

pub mod absolute;
pub mod anaphoric;
pub mod counted;
pub mod deictic;
pub mod narrative;
pub mod periods;
pub mod unresolved;

/// Which way a sentence points in time ([`crate::text::clause::Dir`]: the text layer's,
/// so a language's tense reader can give it without importing the resolver).
pub use crate::text::clause::Dir;

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

impl Context {
    /// The DCT's day as a point.
    fn dct_day(&self) -> Option<Point> {
        self.dct.map(day_point)
    }

    /// The narrative anchor if it is a day, with its name (`previous:2009-12-04`).
    fn anchor_day(&self) -> Option<(Point, String)> {
        self.anchor
            .filter(|a| a.gran == Gran::Day)
            .map(|a| (a, previous(a)))
    }
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

impl Resolved {
    /// A value of type `kind` that moves no narrative.
    fn of(kind: TimexType, value: String, rule: &'static str, anchor: &str) -> Resolved {
        Resolved {
            kind,
            value,
            rule,
            anchor: anchor.to_string(),
            point: None,
        }
    }
}

/// Every rule name the resolver can give, by module: what `timex --format jsonl` shows
/// after the pattern (`weekday/weekday-past`), and what the table tests cover.
pub const RULES: &[(&str, &[&str])] = &[
    ("absolute", absolute::RULES),
    ("deictic", deictic::RULES),
    ("anaphoric", anaphoric::RULES),
    ("counted", counted::RULES),
    ("narrative", narrative::RULES),
    ("periods", periods::RULES),
    ("unresolved", unresolved::RULES),
];

/// The module that gives the rule `rule` (see [`RULES`]).
pub fn module_of(rule: &str) -> Option<&'static str> {
    RULES
        .iter()
        .find(|(_, rules)| rules.contains(&rule))
        .map(|&(module, _)| module)
}

/// A DATE that moves the narrative to `point` when there is one.
fn date(value: String, rule: &'static str, anchor: &str, point: Option<Point>) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value,
        rule,
        anchor: anchor.to_string(),
        point,
    }
}

/// The DATE of period `p`, which moves the narrative there.
fn at(p: Point, rule: &'static str, anchor: &str) -> Resolved {
    date(p.value(), rule, anchor, Some(p))
}

fn day_point(start: NaiveDate) -> Point {
    Point::day(start)
}

fn month_point(y: i32, m: u32) -> Option<Point> {
    Point::month(y, m)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// How a value relative to the narrative anchor names it: `previous:2009-12-04`.
fn previous(anchor: Point) -> String {
    format!("previous:{}", anchor.value())
}

/// Resolves `sem` in `ctx`.
pub fn resolve(sem: &Sem, ctx: &Context) -> Resolved {
    resolve_known(sem, ctx).unwrap_or_else(|| unresolved::unresolved(sem))
}

/// The value, or `None` when a date it needs (the DCT) is missing or the calendar has no
/// such day.
fn resolve_known(sem: &Sem, ctx: &Context) -> Option<Resolved> {
    match sem {
        Sem::Cal {
            year: Some(y),
            month,
            day,
        } => absolute::calendar(*y, *month, *day),
        Sem::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        } => deictic::month_day(*m, *d, ctx),
        Sem::Cal {
            year: None,
            month: Some(m),
            day: None,
        } => deictic::month(*m, ctx),
        Sem::Cal {
            year: None,
            month: None,
            day: Some(d),
        } => deictic::day_of_month(*d, ctx),
        Sem::Cal { .. } => None,
        Sem::Decade(d) => Some(absolute::decade(*d)),
        Sem::Century(c) => Some(absolute::century(*c)),
        Sem::Fixed(v, how) => absolute::fixed(v, *how, ctx),
        Sem::Set(v) => Some(absolute::set(v)),
        Sem::MonthShift { month, shift } => deictic::month_shift(*month, *shift, ctx),
        Sem::MonthOfRelYear {
            month,
            day,
            year_shift,
        } => deictic::month_of_relative_year(*month, *day, *year_shift, ctx),
        Sem::Weekday { weekday, shift, this } => deictic::weekday(*weekday, *shift, *this, ctx),
        Sem::DayOffset(n) => deictic::day_offset(*n, ctx),
        Sem::StoryDay => deictic::story_day(ctx),
        Sem::UnitShift { unit, shift } => deictic::unit_shift(*unit, *shift, ctx),
        Sem::PartOfDay { day, part } => Some(deictic::part_of_day(day, part, ctx)),
        Sem::Clock {
            day,
            hour,
            minute,
            zone,
        } => deictic::clock(day.as_deref(), *hour, *minute, *zone, ctx),
        Sem::WeekOf(day) => deictic::week_of(day, ctx),
        Sem::AnaphorWeekday { weekday, shift } => anaphoric::weekday(*weekday, *shift, ctx),
        Sem::Anaphor { unit, shift } => anaphoric::anaphor(*unit, *shift, ctx),
        Sem::YearPeriod(y) => anaphoric::year_period(*y, ctx),
        Sem::Offset {
            count,
            unit,
            sign,
            from_anchor,
        } => counted::offset(*count, *unit, *sign, *from_anchor, ctx),
        Sem::Duration { count, unit } => Some(counted::duration(*count, *unit)),
        Sem::Season { season, year } => periods::season(season, *year, ctx),
        Sem::Quarter { quarter, year } => periods::quarter(*quarter, *year, ctx),
        Sem::Half { half, year } => periods::half(*half, *year, ctx),
        Sem::Holiday { holiday, year, week } => periods::holiday(*holiday, *year, *week, ctx),
    }
}
