//! Calendar arithmetic and TIMEX3 value strings.
//!
//! A [`Point`] is a period on the calendar at some granularity (the day 2009-12-01, the ISO
//! week 2009-W49, the quarter 2009-Q3…), stored as its first day. The resolver shifts
//! points by units and formats them as TIMEX3 values. Nothing here panics: impossible
//! dates come back as `None`.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// A calendar unit, as text names it ("day", "weeks", "quarter"; the words are the
/// tagger's, `timex::tables::UNITS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// How fine a [`Point`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gran {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// A period on the calendar: its first day and its granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub start: NaiveDate,
    pub gran: Gran,
}

impl Point {
    /// The period of granularity `gran` that contains `date`.
    pub fn containing(date: NaiveDate, gran: Gran) -> Point {
        let start = match gran {
            Gran::Day => date,
            Gran::Week => date - Days::new(u64::from(date.weekday().num_days_from_monday())),
            Gran::Month => date.with_day(1).unwrap_or(date),
            Gran::Quarter => {
                let m = (date.month0() / 3) * 3 + 1;
                NaiveDate::from_ymd_opt(date.year(), m, 1).unwrap_or(date)
            }
            Gran::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1).unwrap_or(date),
        };
        Point { start, gran }
    }

    /// The day `date`.
    pub fn day(date: NaiveDate) -> Point {
        Point {
            start: date,
            gran: Gran::Day,
        }
    }

    /// The month `m` of year `y`; `None` for a month the calendar does not have.
    pub fn month(y: i32, m: u32) -> Option<Point> {
        Some(Point {
            start: NaiveDate::from_ymd_opt(y, m, 1)?,
            gran: Gran::Month,
        })
    }

    /// The same period at a coarser (or equal) granularity.
    pub fn coarsen(self, gran: Gran) -> Point {
        Point::containing(self.start, gran.max(self.gran))
    }

    /// Shifted by `n` units of its own granularity.
    pub fn shift(self, n: i64) -> Option<Point> {
        let start = match self.gran {
            Gran::Day => add_days(self.start, n)?,
            Gran::Week => add_days(self.start, n * 7)?,
            Gran::Month => add_months(self.start, n)?,
            Gran::Quarter => add_months(self.start, n * 3)?,
            Gran::Year => add_months(self.start, n * 12)?,
        };
        Some(Point {
            start,
            gran: self.gran,
        })
    }

    /// The TIMEX3 value: `2009-12-01`, `2009-W49`, `2009-12`, `2009-Q4`, `2009`.
    pub fn value(self) -> String {
        let d = self.start;
        let y = d.year();
        if !(0..=9999).contains(&y) {
            return "XXXX".into();
        }
        // Written digit by digit: `format!` cost more than the rest of a value's resolution.
        let mut value = String::with_capacity(10);
        match self.gran {
            Gran::Day => {
                push_digits(&mut value, y.unsigned_abs(), 4);
                value.push('-');
                push_digits(&mut value, d.month(), 2);
                value.push('-');
                push_digits(&mut value, d.day(), 2);
            }
            Gran::Week => {
                let w = d.iso_week();
                // the ISO year of early January or late December can leave 0..=9999
                let Ok(iso_year) = u32::try_from(w.year()) else {
                    return format!("{:04}-W{:02}", w.year(), w.week());
                };
                push_digits(&mut value, iso_year, 4);
                value.push_str("-W");
                push_digits(&mut value, w.week(), 2);
            }
            Gran::Month => {
                push_digits(&mut value, y.unsigned_abs(), 4);
                value.push('-');
                push_digits(&mut value, d.month(), 2);
            }
            Gran::Quarter => {
                push_digits(&mut value, y.unsigned_abs(), 4);
                value.push_str("-Q");
                push_digits(&mut value, d.month0() / 3 + 1, 1);
            }
            Gran::Year => push_digits(&mut value, y.unsigned_abs(), 4),
        }
        value
    }
}

/// The value of an unnamed `gran`-sized part of the coarser period `a`: a day of October
/// 1998 is `1998-10-XX`, a month of 1998 `1998-XX`, a week of 1998 `1998-WXX`.
pub fn within(a: Point, gran: Gran) -> Option<String> {
    let v = a.value();
    Some(match (a.gran, gran) {
        (Gran::Month, Gran::Day) => format!("{v}-XX"),
        (Gran::Year, Gran::Month) => format!("{v}-XX"),
        (Gran::Year, Gran::Day) => format!("{v}-XX-XX"),
        (Gran::Year, Gran::Week) => format!("{v}-WXX"),
        _ => return None,
    })
}

/// A weekday of an unnamed week (ISO number, Monday = 1): `XXXX-WXX-2`; with a part
/// of the day, `XXXX-WXX-2TNI` (see [`at_time`]).
pub fn open_weekday(weekday: u32) -> String {
    format!("XXXX-WXX-{weekday}")
}

/// A month of an unnamed year: `XXXX-12`.
pub fn open_month(month: u32) -> String {
    format!("XXXX-{month:02}")
}

/// A day of a month of an unnamed year: `XXXX-12-01`.
pub fn open_day(month: u32, day: u32) -> String {
    format!("XXXX-{month:02}-{day:02}")
}

/// A season of an unnamed year: `XXXX-SU`.
pub fn open_season(season: &str) -> String {
    format!("XXXX-{season}")
}

/// The SET period of `every <unit>`: `P1D`, `P1W`, `P1WE` (every weekend), `P100Y` (every
/// century); `None` for a unit with no period (a half).
pub fn every(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Week => "P1W",
        Unit::Weekend => "P1WE",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Year => "P1Y",
        Unit::Decade => "P10Y",
        Unit::Century => "P100Y",
        _ => return None,
    })
}

/// The weekend of an ISO week: `2009-W49-WE`.
pub fn weekend(week: Point) -> String {
    format!("{}-WE", week.value())
}

/// A half year: `2008-H1` (`half` is 1 or 2).
pub fn half(year: i32, half: impl std::fmt::Display) -> String {
    format!("{year:04}-H{half}")
}

/// A season of a year: `2008-SU` (`season` is `SP`, `SU`, `FA` or `WI`).
pub fn season(year: i32, season: &str) -> String {
    format!("{year:04}-{season}")
}

/// A decade by its first three digits: `199` (the 1990s).
pub fn decade(decade: i32) -> String {
    format!("{decade:03}")
}

/// A century by its first two digits: `19` (the 20th century).
pub fn century(century: i32) -> String {
    format!("{century:02}")
}

/// A time on a day: `2009-12-01T12:00`, `XXXX-XX-XXTMO` (`time` is a clock time or a
/// part of the day). A day that is no calendar value (`PRESENT_REF`: `tonight` with no
/// document date) is an unknown day, `XXXX-XX-XX`: `PRESENT_REFTNI` is no TIMEX3 value.
pub fn at_time(day: &str, time: &str) -> String {
    let day = if day.starts_with(|c: char| c.is_ascii_digit() || c == 'X') {
        day
    } else {
        "XXXX-XX-XX"
    };
    format!("{day}T{time}")
}

/// A clock time: `14:05`.
pub fn clock(hour: u32, minute: u32) -> String {
    format!("{hour:02}:{minute:02}")
}

/// `n` in decimal, zero-padded to `width` digits (wider if `n` needs it), as `{n:0width$}`.
fn push_digits(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut n = n;
    while n > 0 || len < width.max(1) {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    out.extend(digits[..len].iter().rev().map(|&b| char::from(b)));
}

/// `date + n` days, `None` out of range.
pub fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_days(Days::new(n as u64))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `date + n` months (day clamped to the month's end), `None` out of range.
pub fn add_months(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let n32 = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        date.checked_add_months(Months::new(n32))
    } else {
        date.checked_sub_months(Months::new(n32))
    }
}

/// The granularity a unit counts in (`Unit::Decade` counts in years).
pub fn unit_gran(unit: Unit) -> Option<(Gran, i64)> {
    Some(match unit {
        Unit::Day => (Gran::Day, 1),
        Unit::Week | Unit::Weekend => (Gran::Week, 1),
        Unit::Month => (Gran::Month, 1),
        Unit::Quarter => (Gran::Quarter, 1),
        Unit::Half => (Gran::Month, 6),
        Unit::Year => (Gran::Year, 1),
        Unit::Decade => (Gran::Year, 10),
        Unit::Century => (Gran::Year, 100),
        Unit::Millennium => (Gran::Year, 1000),
        Unit::Second | Unit::Minute | Unit::Hour => return None,
    })
}

/// A TIMEX3 duration: `P5D`, `P2Y6M`, `PT1M30S`, `PXY` (`count` `None` = vague).
pub fn duration(count: Option<f64>, unit: Unit) -> String {
    let (letter, time, smaller): (&str, bool, Option<(f64, &str, bool)>) = match unit {
        Unit::Second => ("S", true, None),
        Unit::Minute => ("M", true, Some((60.0, "S", true))),
        Unit::Hour => ("H", true, Some((60.0, "M", true))),
        Unit::Day => ("D", false, Some((24.0, "H", true))),
        Unit::Week | Unit::Weekend => ("W", false, Some((7.0, "D", false))),
        Unit::Month => ("M", false, None),
        Unit::Quarter => ("Q", false, None),
        Unit::Half => ("M", false, None),
        Unit::Year => ("Y", false, Some((12.0, "M", false))),
        // a decade counts in years: `P1E` and `PXE` are read by no other TIMEX3 tool
        Unit::Decade => ("Y", false, Some((12.0, "M", false))),
        Unit::Century => ("CE", false, None),
        Unit::Millennium => ("L", false, None),
    };
    let t = if time { "T" } else { "" };
    let Some(n) = count else {
        return format!("P{t}X{letter}");
    };
    // decades and centuries with a number are years, as annotators write them (`a decade`
    // is `P10Y`, `half a decade` `P5Y`)
    let (n, letter) = match unit {
        Unit::Decade => (n * 10.0, "Y"),
        Unit::Century if n.fract() == 0.0 && n > 1.0 => (n * 100.0, "Y"),
        Unit::Half => (n * 6.0, "M"),
        _ => (n, letter),
    };
    let whole = n.trunc();
    let frac = n - whole;
    if frac.abs() < 1e-9 {
        return format!("P{t}{}{letter}", whole as i64);
    }
    if let Some((factor, small, small_time)) = smaller {
        let rest = (frac * factor).round() as i64;
        if whole == 0.0 {
            let st = if small_time { "T" } else { "" };
            return format!("P{st}{rest}{small}");
        }
        if small_time && !time {
            return format!("P{}{letter}T{rest}{small}", whole as i64);
        }
        return format!("P{t}{}{letter}{rest}{small}", whole as i64);
    }
    format!("P{t}{n}{letter}")
}

/// The `n`th `weekday` (ISO number) of a month; `n` = 5 means the last.
pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: u32) -> Option<NaiveDate> {
    let wd = Weekday::try_from(u8::try_from(weekday.checked_sub(1)?).ok()?).ok()?;
    if n >= 5 {
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next.pred_opt()?;
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return add_days(last, -i64::from(back));
    }
    NaiveDate::from_weekday_of_month_opt(year, month, wd, u8::try_from(n).ok()?)
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn values_are_written_as_format_writes_them() {
        for n in [
            0u32,
            1,
            7,
            9,
            10,
            42,
            99,
            100,
            999,
            1000,
            2009,
            9999,
            10000,
            123456,
            u32::MAX,
        ] {
            for width in 1..=4 {
                let mut out = String::new();
                push_digits(&mut out, n, width);
                assert_eq!(out, format!("{n:0width$}"));
            }
        }
        let grans = [Gran::Day, Gran::Week, Gran::Month, Gran::Quarter, Gran::Year];
        let mut date = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        while date <= end {
            for gran in grans {
                let p = Point { start: date, gran };
                let expected = match gran {
                    Gran::Day => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
                    Gran::Week => format!("{:04}-W{:02}", date.iso_week().year(), date.iso_week().week()),
                    Gran::Month => format!("{:04}-{:02}", date.year(), date.month()),
                    Gran::Quarter => format!("{:04}-Q{}", date.year(), date.month0() / 3 + 1),
                    Gran::Year => format!("{:04}", date.year()),
                };
                assert_eq!(p.value(), expected, "{date} {gran:?}");
            }
            // every day of the first and last years, then every 97th day
            let step = if date.year() == 0 || date.year() >= 9999 {
                1
            } else {
                97
            };
            date = add_days(date, step).unwrap_or(end + Days::new(1));
        }
    }

    #[test]
    fn points_format_and_shift() {
        let p = Point::containing(d("2009-12-01"), Gran::Week);
        assert_eq!(p.value(), "2009-W49");
        assert_eq!(p.shift(-1).unwrap().value(), "2009-W48");
        assert_eq!(Point::containing(d("2010-01-01"), Gran::Week).value(), "2009-W53");
        assert_eq!(
            Point::containing(d("2009-08-15"), Gran::Quarter).value(),
            "2009-Q3"
        );
        assert_eq!(
            Point::containing(d("2009-03-31"), Gran::Month)
                .shift(-1)
                .unwrap()
                .value(),
            "2009-02"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Some(5.0), Unit::Day), "P5D");
        assert_eq!(duration(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(Some(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Some(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration(None, Unit::Year), "PXY");
        assert_eq!(duration(None, Unit::Hour), "PTXH");
        assert_eq!(duration(Some(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Some(1.0), Unit::Decade), "P10Y");
        assert_eq!(duration(Some(0.5), Unit::Decade), "P5Y");
        assert_eq!(duration(None, Unit::Decade), "PXY");
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2009), Some(d("2009-04-12")));
        assert_eq!(nth_weekday(2009, 11, 4, 4), Some(d("2009-11-26")));
        assert_eq!(nth_weekday(2009, 5, 1, 5), Some(d("2009-05-25")));
    }
}
