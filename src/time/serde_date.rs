//! Serializing dates without the formatting machinery: every event carries three
//! (`start`, `end`, `dct`), and chrono's `Display`, general enough for any year, costs
//! more than the rest of a date's share of an output line. Years 0 to 9999 are written
//! here byte by byte; any other year (which chrono writes with a sign) goes to chrono,
//! so the text is always exactly chrono's.

use chrono::{Datelike, NaiveDate};
use serde::Serializer;

/// `YYYY-MM-DD` of `date` into `buf`, if its year has four digits.
fn iso(date: NaiveDate, buf: &mut [u8; 10]) -> Option<&str> {
    let year = u32::try_from(date.year()).ok().filter(|&y| y <= 9999)?;
    let digits = |n: u32, out: &mut [u8]| {
        let mut n = n;
        for b in out.iter_mut().rev() {
            *b = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    digits(year, &mut buf[0..4]);
    buf[4] = b'-';
    digits(date.month(), &mut buf[5..7]);
    buf[7] = b'-';
    digits(date.day(), &mut buf[8..10]);
    std::str::from_utf8(buf).ok()
}

/// For `#[serde(serialize_with = "crate::time::serde_date::option")]` on an
/// `Option<NaiveDate>`: the same JSON as chrono's own `Serialize`.
pub fn option<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        None => serializer.serialize_none(),
        Some(d) => {
            let mut buf = [0u8; 10];
            match iso(*d, &mut buf) {
                Some(text) => serializer.serialize_some(text),
                None => serializer.serialize_some(d),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Row {
        #[serde(serialize_with = "option")]
        date: Option<NaiveDate>,
    }

    #[derive(serde::Serialize)]
    struct ChronoRow {
        date: Option<NaiveDate>,
    }

    #[test]
    fn writes_what_chrono_writes() {
        let dates = [
            Some((2009, 12, 1)),
            Some((1, 1, 1)),
            Some((0, 2, 29)),
            Some((999, 10, 31)),
            Some((9999, 12, 31)),
            Some((10000, 1, 1)),
            Some((-1, 6, 15)),
            Some((-44, 3, 15)),
            None,
        ];
        for ymd in dates {
            let date = ymd.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
            assert!(ymd.is_none() || date.is_some(), "{ymd:?}");
            let ours = serde_json::to_string(&Row { date }).unwrap();
            let chrono = serde_json::to_string(&ChronoRow { date }).unwrap();
            assert_eq!(ours, chrono);
        }
        let ours = serde_json::to_string(&Row {
            date: NaiveDate::from_ymd_opt(2009, 12, 1),
        })
        .unwrap();
        assert_eq!(ours, r#"{"date":"2009-12-01"}"#);
    }
}
