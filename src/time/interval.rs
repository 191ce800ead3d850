//! TIMEX3 values as calendar intervals, for sorting, filtering and merging.
//!
//! A DATE value such as `2009-12` is the half-open interval [2009-12-01, 2010-01-01) at
//! month granularity. The value forms understood, with the interval each one denotes:
//!
//! | value              | granularity | interval                                   |
//! |--------------------|-------------|--------------------------------------------|
//! | `2009-12-01T10:30` | time        | that day                                   |
//! | `2009-12-01`       | day         | that day                                   |
//! | `2009-W49`         | week        | the ISO week, Monday to Sunday             |
//! | `2009-12`          | month       | the month                                  |
//! | `2009-SU`          | season      | SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb (starting in December of the year) |
//! | `2009-Q3`          | quarter     | Jul–Sep                                    |
//! | `2009-H1`          | half        | Jan–Jun                                    |
//! | `2009`             | year        | the year                                   |
//! | `199`              | decade      | 1990–1999                                  |
//! | `19`               | century     | 1900–1999                                  |
//!
//! Values with no fixed place on the calendar (`PAST_REF`, `XXXX-12-01`, `P5D`,
//! `2009-WXX`) have no interval.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// How precise a date is, finest first (the timeline sorts finer before coarser).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Granularity {
    /// The lower-case name used in every output (`day`, `month`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Time => "time",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }
}

/// A resolved date as an interval of days, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Interval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
}

impl Interval {
    /// Whether two intervals share at least one day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Seasons as TIMEX3 writes them → (first month, length in months). Winter starts in
/// December of the value's year (`2009-WI` is Dec 2009 – Feb 2010).
const SEASONS: &[(&str, u32)] = &[("SP", 3), ("SU", 6), ("FA", 9), ("WI", 12)];

/// The interval a TIMEX3 DATE/TIME value denotes, or `None` when it has no fixed place
/// on the calendar (`PAST_REF`, `XXXX-12-01`, durations).
pub fn parse(value: &str) -> Option<Interval> {
    let value = value.trim();
    if !value.is_ascii() {
        return None;
    }
    // Times: the day they fall on, at time granularity.
    if let Some((date, time)) = value.split_once('T') {
        let day = parse(date).filter(|i| i.granularity == Granularity::Day)?;
        if time.is_empty() {
            return None;
        }
        return Some(Interval {
            granularity: Granularity::Time,
            ..day
        });
    }
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y] if is_digits(y, 4) => {
            let year = y.parse().ok()?;
            span(ymd(year, 1, 1)?, 12, Granularity::Year)
        }
        [d] if is_digits(d, 3) => {
            let year = d.parse::<i32>().ok()? * 10;
            let start = ymd(year, 1, 1)?;
            Some(Interval {
                start,
                end: ymd(year + 10, 1, 1)?,
                granularity: Granularity::Decade,
            })
        }
        [c] if is_digits(c, 2) => {
            let year = c.parse::<i32>().ok()? * 100;
            Some(Interval {
                start: ymd(year, 1, 1)?,
                end: ymd(year + 100, 1, 1)?,
                granularity: Granularity::Century,
            })
        }
        [y, rest] if is_digits(y, 4) => {
            let year: i32 = y.parse().ok()?;
            parse_year_part(year, rest)
        }
        [y, m, d] if is_digits(y, 4) && is_digits(m, 2) && is_digits(d, 2) => {
            let start = ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some(Interval {
                start,
                end: start.succ_opt()?,
                granularity: Granularity::Day,
            })
        }
        _ => None,
    }
}

/// `2009-12`, `2009-W49`, `2009-SU`, `2009-Q3`, `2009-H1`: the part after the year.
fn parse_year_part(year: i32, rest: &str) -> Option<Interval> {
    if is_digits(rest, 2) {
        let month: u32 = rest.parse().ok()?;
        return span(ymd(year, month, 1)?, 1, Granularity::Month);
    }
    if let Some(&(_, month)) = SEASONS.iter().find(|(code, _)| *code == rest) {
        return span(ymd(year, month, 1)?, 3, Granularity::Season);
    }
    if let Some(week) = rest.strip_prefix('W') {
        if !is_digits(week, 2) {
            return None;
        }
        let start = NaiveDate::from_isoywd_opt(year, week.parse().ok()?, Weekday::Mon)?;
        return Some(Interval {
            start,
            end: start.checked_add_days(chrono::Days::new(7))?,
            granularity: Granularity::Week,
        });
    }
    let (kind, n) = rest.split_at_checked(1)?;
    let n: u32 = if is_digits(n, 1) {
        n.parse().ok()?
    } else {
        return None;
    };
    match (kind, n) {
        ("Q", 1..=4) => span(ymd(year, 3 * (n - 1) + 1, 1)?, 3, Granularity::Quarter),
        ("H", 1..=2) => span(ymd(year, 6 * (n - 1) + 1, 1)?, 6, Granularity::Half),
        _ => None,
    }
}

/// The interval of `months` months from `start`.
fn span(start: NaiveDate, months: u32, granularity: Granularity) -> Option<Interval> {
    Some(Interval {
        start,
        end: start.checked_add_months(chrono::Months::new(months))?,
        granularity,
    })
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn is_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

/// The exclusive end of a period that starts on `start`: `end` when it lies after the
/// start, else the next day (a period is at least a day long).
pub fn end_after(start: NaiveDate, end: Option<NaiveDate>) -> NaiveDate {
    end.filter(|&e| e > start)
        .or_else(|| start.succ_opt())
        .unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Granularity::*;

    /// Expected start, end and granularity.
    type Expected = Option<(&'static str, &'static str, Granularity)>;

    /// value, expected interval or None.
    const CASES: &[(&str, Expected)] = &[
        ("2009-12-01", Some(("2009-12-01", "2009-12-02", Day))),
        ("2009-12-31", Some(("2009-12-31", "2010-01-01", Day))),
        ("2009-12-01T10:30", Some(("2009-12-01", "2009-12-02", Time))),
        ("2009-12-01TMO", Some(("2009-12-01", "2009-12-02", Time))),
        ("2009-W49", Some(("2009-11-30", "2009-12-07", Week))),
        ("2009-W01", Some(("2008-12-29", "2009-01-05", Week))),
        ("2009-W53", Some(("2009-12-28", "2010-01-04", Week))),
        ("2010-W53", None),
        ("2009-12", Some(("2009-12-01", "2010-01-01", Month))),
        ("2009-02", Some(("2009-02-01", "2009-03-01", Month))),
        ("2009-SP", Some(("2009-03-01", "2009-06-01", Season))),
        ("2009-SU", Some(("2009-06-01", "2009-09-01", Season))),
        ("2009-FA", Some(("2009-09-01", "2009-12-01", Season))),
        ("2009-WI", Some(("2009-12-01", "2010-03-01", Season))),
        ("2009-Q1", Some(("2009-01-01", "2009-04-01", Quarter))),
        ("2009-Q3", Some(("2009-07-01", "2009-10-01", Quarter))),
        ("2009-Q4", Some(("2009-10-01", "2010-01-01", Quarter))),
        ("2009-Q5", None),
        ("2009-H1", Some(("2009-01-01", "2009-07-01", Half))),
        ("2009-H2", Some(("2009-07-01", "2010-01-01", Half))),
        ("2009", Some(("2009-01-01", "2010-01-01", Year))),
        ("199", Some(("1990-01-01", "2000-01-01", Decade))),
        ("19", Some(("1900-01-01", "2000-01-01", Century))),
        ("2009-13", None),
        ("2009-02-30", None),
        ("PAST_REF", None),
        ("PRESENT_REF", None),
        ("XXXX-12-01", None),
        ("XXXX-WXX-2", None),
        ("2009-WXX", None),
        ("P5D", None),
        ("PT3H", None),
        ("", None),
        ("2009-12-01T", None),
        ("２００９", None),
        ("2009-Q", None),
    ];

    #[test]
    fn table() {
        for &(value, expected) in CASES {
            let got = parse(value).map(|i| (i.start.to_string(), i.end.to_string(), i.granularity));
            let want = expected.map(|(s, e, g)| (s.to_string(), e.to_string(), g));
            assert_eq!(got, want, "parse({value:?})");
        }
    }

    #[test]
    fn overlap_is_half_open() {
        let june = parse("2009-06").unwrap();
        let july = parse("2009-07").unwrap();
        let summer = parse("2009-SU").unwrap();
        assert!(!june.overlaps(&july));
        assert!(june.overlaps(&summer) && july.overlaps(&summer));
    }

    #[test]
    fn end_after_start() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        // (start, end, exclusive end)
        let cases = [
            ("2009-12-01", Some("2009-12-05"), "2009-12-05"),
            ("2009-12-01", Some("2009-12-01"), "2009-12-02"),
            ("2009-12-31", None, "2010-01-01"),
            ("2009-12-01", Some("2009-11-01"), "2009-12-02"),
        ];
        for (start, end, want) in cases {
            let start = d(start).unwrap();
            assert_eq!(
                end_after(start, end.and_then(d)),
                d(want).unwrap(),
                "{start} {end:?}"
            );
        }
        assert_eq!(end_after(NaiveDate::MAX, None), NaiveDate::MAX);
    }
}
