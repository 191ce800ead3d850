//! The value when the needed date is missing (no DCT): `X` for the open parts
//! (`XXXX-12-01`, `XXXX-WXX-2`, `PAST_REF`).

use super::Resolved;
use crate::time::point;
use crate::timex::sem::{Holiday, Sem};
use crate::timex::tables::Unit;
use crate::timex::TimexType;

/// A day of an unnamed month and year.
const OPEN_DAY: &str = "XXXX-XX-XX";

/// The rules of this module.
pub const RULES: &[&str] = &["unresolved-no-dct"];

/// `sem` with its relative parts left open.
pub fn unresolved(sem: &Sem) -> Resolved {
    let kind = match sem {
        Sem::PartOfDay { .. } | Sem::Clock { .. } => TimexType::Time,
        _ => TimexType::Date,
    };
    Resolved::of(kind, open_value(sem), "unresolved-no-dct", "none")
}

fn open_value(sem: &Sem) -> String {
    match sem {
        Sem::Cal {
            month: Some(m),
            day: Some(d),
            ..
        } => point::open_day(*m, *d),
        Sem::Cal {
            month: None,
            day: Some(d),
            ..
        } => format!("XXXX-XX-{d:02}"),
        Sem::Cal { month: Some(m), .. } | Sem::MonthShift { month: m, .. } => point::open_month(*m),
        Sem::MonthOfRelYear { month: m, day, .. } => match day {
            Some(d) => point::open_day(*m, *d),
            None => point::open_month(*m),
        },
        Sem::Weekday { weekday, .. } | Sem::AnaphorWeekday { weekday, .. } => point::open_weekday(*weekday),
        Sem::DayOffset(0) | Sem::StoryDay => "PRESENT_REF".into(),
        Sem::UnitShift { unit, .. } => open_unit(*unit, true),
        Sem::Anaphor { unit, .. } => open_unit(*unit, false),
        Sem::Season { season, .. } => point::open_season(season),
        Sem::Quarter { quarter, .. } => format!("XXXX-Q{quarter}"),
        Sem::Half { half, .. } => format!("XXXX-H{half}"),
        Sem::Offset { sign, .. } => if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
        Sem::PartOfDay { part, .. } => point::at_time(OPEN_DAY, part),
        Sem::Clock { hour, minute, .. } => point::at_time(OPEN_DAY, &point::clock(*hour, *minute)),
        Sem::Holiday {
            holiday: Holiday::Fixed { month, day },
            ..
        } => point::open_day(*month, *day),
        _ => OPEN_DAY.into(),
    }
}

/// `this week` → `XXXX-WXX`, `the year` → `XXXX`; `shifted`: a DCT-relative unit
/// (`last decade`), which may also be a decade, century or half.
fn open_unit(unit: Unit, shifted: bool) -> String {
    match unit {
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade if shifted => "XXX",
        Unit::Century if shifted => "XX",
        Unit::Half if shifted => "XXXX-HX",
        _ => "XXXX-XX-XX",
    }
    .into()
}
