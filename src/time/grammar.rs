//! The grammar of TIMEX3 values, to check that chronicle never emits a malformed one.
//!
//! Accepted shapes (TimeML 1.2 / TempEval-3 conventions):
//!
//! | type | examples |
//! |---|---|
//! | DATE | `2009-12-01`, `2009-12`, `2009`, `199`, `19`, `XXXX-12-01`, `2009-W49`, `2009-W49-WE`, `2009-Q3`, `2009-H1`, `2009-SU`, `XXXX-WXX-2` |
//! | TIME | `2009-12-01T10:30`, `2009-12-01T10:30:15`, `2009-12-01T18:00Z`, `2009-12-01T17:00-05:00`, `2009-12-01TMO`, `T10:30` |
//! | DURATION | `P5D`, `P2Y6M`, `PT3H`, `PT1H30M`, `PXY`, `P1.5Y`, `P1W`, `P2Q`, `P1.5Q` |
//! | reference | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` |

use std::sync::LazyLock;

use regex::Regex;

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?: \d{4} | \d{3} | \d{2} | XXXX | \d{2}XX | \d{3}X )          # year, decade, century
        (?:
            -(?: \d{2} | XX ) (?: -(?: \d{2} | XX ) )?                 # month, day
          | -W(?: \d{2} | XX ) (?: -(?: [1-7] | X | WE ) )?            # ISO week, weekday, weekend
          | -Q[1-4X] | -H[12X] | -(?: SP | SU | FA | WI )             # quarter, half, season
        )?
        (?: T(?: \d{2}(?: :\d{2} (?: :\d{2} )? )? (?: Z | [+-]\d{2}:\d{2} )?   # clock, zone
              | MO | AF | EV | NI | DT | MI ) )?
        $",
    )
    .expect("DATE grammar")
});

static TIME_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT|MI)$").expect("TIME grammar")
});

static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^P(?:
            (?: (?:\d+(?:\.\d+)?|X)[YMWD] )+ (?: T(?: (?:\d+(?:\.\d+)?|X)[HMS] )+ )?
          | T(?: (?:\d+(?:\.\d+)?|X)[HMS] )+
          | (?:\d+(?:\.\d+)?|X)(?:DE|CE|Q|H|WE|E|L)
        )$",
    )
    .expect("DURATION grammar")
});

/// Whether `value` is a well-formed TIMEX3 value of any type.
pub fn is_well_formed(value: &str) -> bool {
    matches!(value, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF")
        || (DATE.is_match(value) && calendar_ok(value))
        || TIME_ONLY.is_match(value)
        || DURATION.is_match(value)
}

/// The numbers in a DATE value name a real calendar day, month and week: no
/// `2009-02-30`, `2009-13`, `2009-W54`, `T25:00`.
fn calendar_ok(value: &str) -> bool {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let mut parts = date.split('-');
    let year = parts
        .next()
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|_| date.len() >= 4 && !date[..4].contains('X'));
    let second = parts.next().unwrap_or("");
    let third = parts.next().unwrap_or("");
    let ok_date = if let Some(w) = second.strip_prefix('W') {
        w.parse::<u32>().ok().is_none_or(|w| (1..=53).contains(&w))
    } else if let Ok(month) = second.parse::<u32>() {
        (1..=12).contains(&month)
            && third.parse::<u32>().ok().is_none_or(|day| match year {
                Some(y) => chrono::NaiveDate::from_ymd_opt(y, month, day).is_some(),
                // Year unknown: the day must exist in some year (2000 was a leap year).
                None => chrono::NaiveDate::from_ymd_opt(2000, month, day).is_some(),
            })
    } else {
        true
    };
    let ok_time = time
        .get(..2)
        .and_then(|h| h.parse::<u32>().ok())
        .is_none_or(|h| h <= 24)
        && time
            .get(3..5)
            .and_then(|m| m.parse::<u32>().ok())
            .is_none_or(|m| m < 60);
    ok_date && ok_time
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_documented_shapes() {
        for v in [
            "2009-12-01",
            "2009-12",
            "2009",
            "199",
            "19",
            "XXXX-12-01",
            "XXXX-02-29",
            "2009-W49",
            "2009-W49-WE",
            "2009-Q3",
            "2009-H1",
            "2009-SU",
            "XXXX-WXX-2",
            "2009-12-01T10:30",
            "2009-12-01T18:00Z",
            "2009-12-01T17:00-05:00",
            "2009-12-01TMO",
            "T10:30",
            "P5D",
            "P2Y6M",
            "PT3H",
            "PT1H30M",
            "PXY",
            "P1.5Y",
            "P1W",
            "P1DE",
            "P0.1Q",
            "P1.5H",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
        ] {
            assert!(is_well_formed(v), "{v} should be well-formed");
        }
    }

    #[test]
    fn rejects_malformed_values() {
        for v in [
            "",
            "2009-13-45x",
            "December",
            "P",
            "PT",
            "2009-W",
            "20091201",
            "2009-12-01Z",
            "2009-12-01TMOZ",
            "2009-12-01T10:30+5",
            "P5",
            "2882015-01",
            "Q3",
            "12/01/2009",
            "2009-02-30",
            "2009-13",
            "2009-W54",
            "2009-12-01T25:00",
            "2009-12-01T10:61",
        ] {
            assert!(!is_well_formed(v), "{v} should be rejected");
        }
    }
}
