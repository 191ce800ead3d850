//! Dates in a page's address or file name, in every common shape, with a plausibility
//! check.
//!
//! | shape | example |
//! |---|---|
//! | path parts | `/2021/10/18/`, `/2021-10-18/`, `…-2021-10-18-…`, `2021_10_18` |
//! | a month name | `/2011/sep/14/`, `/2011/september/14/` |
//! | compact | `/20130514/`, `_20190626_`, `inf_20190802.txt` |
//! | the head of a longer id | `/201305141038331555-slug/` (the date, then a clock time) |
//! | a query | `?date=2019-06-26`, `&d=20190626` |
//!
//! A date is kept only when it could be the page's: a real calendar day, a year from
//! [`FIRST_YEAR`] to today, not after today. A run of digits that only looks like a date
//! is refused with the reason: a phone number (`+7…`, `tel:`), a numeric id of nine
//! to eleven digits (`/2019062612/`: no date is written that way), a longer id whose
//! digits after the date are no clock time (`/20190626987654/`).
//!
//! One pass over the address: each run of digits is looked at once.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// The first year a page's address can carry (the web's).
pub const FIRST_YEAR: i32 = 1990;

/// What an address says about its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressDate {
    /// A plausible date of the page.
    Date(NaiveDate),
    /// Something that looks like a date and is not one, with the reason.
    Refused(String),
}

/// `2021/10/18`, `2021-10-18`, `2021_10_18` between separators (`=` for a query value).
static SEPARATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[/_.=-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-]([0-3]?\d)(?:$|[/_.?&#-])")
        .expect("valid regex")
});
/// `2011/sep/14`: a month name between the year and the day.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[/_=-])((?:19|20)\d\d)[/_-]([a-z]{3,9})\.?[/_-]([0-3]?\d)(?:$|[/_.?&#-])")
        .expect("valid regex")
});
/// Every run of digits, with the character before it.
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^0-9])(\d{8,})").expect("valid regex"));

/// The date in `address` (a URL or a file name), judged against `today`: `None` when it
/// has no date-like part at all.
pub fn read(address: &str, today: NaiveDate) -> Option<AddressDate> {
    let lower = address.to_ascii_lowercase();
    if lower.starts_with("tel:") || lower.contains("/tel:") || lower.contains("callto:") {
        return digits_refused(address, "a phone number");
    }
    let mut refusal: Option<String> = None;
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for c in SEPARATED.captures_iter(address) {
        let at = c.get(1).map_or(0, |m| m.start());
        match judge(ymd(&c[1], c[2].parse().ok(), &c[3]), today, &c[0]) {
            Ok(d) => found.push((at, d)),
            Err(why) => refusal = refusal.or(Some(why)),
        }
    }
    for c in NAMED.captures_iter(address) {
        let Some(month) = crate::text::lexicon::month(&c[2]) else {
            continue;
        };
        let at = c.get(1).map_or(0, |m| m.start());
        match judge(ymd(&c[1], Some(month), &c[3]), today, &c[0]) {
            Ok(d) => found.push((at, d)),
            Err(why) => refusal = refusal.or(Some(why)),
        }
    }
    for c in DIGITS.captures_iter(address) {
        let Some(run) = c.get(1) else { continue };
        let before = address[..run.start()].chars().next_back();
        match compact(run.as_str(), before, today) {
            Some(Ok(d)) => found.push((run.start(), d)),
            Some(Err(why)) => refusal = refusal.or(Some(why)),
            None => {}
        }
    }
    if let Some((_, date)) = found.into_iter().min_by_key(|(at, _)| *at) {
        return Some(AddressDate::Date(date));
    }
    refusal.map(AddressDate::Refused)
}

/// A refusal naming the first long run of digits of `address`.
fn digits_refused(address: &str, what: &str) -> Option<AddressDate> {
    let run = DIGITS.captures(address)?.get(1)?.as_str().to_string();
    Some(AddressDate::Refused(format!("'{run}' is {what}, not a date")))
}

/// A run of eight or more digits: `YYYYMMDD`, or `YYYYMMDD` then a clock time
/// (`hhmm`, `hhmmss`, then any id digits). `None` when it does not open with a
/// plausible year at all (an ordinary id).
fn compact(run: &str, before: Option<char>, today: NaiveDate) -> Option<Result<NaiveDate, String>> {
    let year: i32 = run.get(..4)?.parse().ok()?;
    if !(1900..2100).contains(&year) {
        return None;
    }
    let date = ymd(&run[..4], run[4..6].parse().ok(), &run[6..8]);
    date?;
    if before == Some('+') {
        return Some(Err(format!("'{run}' is a phone number, not a date")));
    }
    match run.len() {
        8 => {}
        9..=11 => return Some(Err(format!("'{run}' is a numeric id, not a date"))),
        _ => {
            let hour: u32 = run[8..10].parse().ok()?;
            let minute: u32 = run[10..12].parse().ok()?;
            if hour > 23 || minute > 59 {
                return Some(Err(format!(
                    "'{run}' is a numeric id (its digits after the date are no time of day)"
                )));
            }
        }
    }
    Some(judge(date, today, run))
}

/// A real day from [`FIRST_YEAR`] to `today` (and a day's grace for time zones).
fn judge(date: Option<NaiveDate>, today: NaiveDate, quote: &str) -> Result<NaiveDate, String> {
    let quote = quote.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let Some(date) = date else {
        return Err(format!("'{quote}' is no day of the calendar"));
    };
    if date.year() < FIRST_YEAR {
        return Err(format!("'{quote}' is before {FIRST_YEAR}, older than the web"));
    }
    if date > today.succ_opt().unwrap_or(today) {
        return Err(format!("'{quote}' is after today"));
    }
    Ok(date)
}

fn ymd(y: &str, m: Option<u32>, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_refusals() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("day");
        let got = |a: &str| match read(a, today) {
            Some(AddressDate::Date(d)) => d.to_string(),
            Some(AddressDate::Refused(_)) => "refused".into(),
            None => "-".into(),
        };
        assert_eq!(got("https://x.com/2011/sep/14/nato"), "2011-09-14");
        assert_eq!(
            got("https://ria.ru/20130514/201305141038331555.html"),
            "2013-05-14"
        );
        assert_eq!(got("https://x.ru/201305141038331555-nato/"), "2013-05-14");
        assert_eq!(got("https://x.com/news?date=2019-06-26&p=2"), "2019-06-26");
        assert_eq!(got("photo_20190626_nato.jpg"), "2019-06-26");
        assert_eq!(got("https://x.com/20190626987654"), "refused");
        assert_eq!(got("https://x.com/2019062612"), "refused");
        assert_eq!(got("https://x.com/2099/01/01/"), "refused");
        assert_eq!(got("https://x.com/1985/01/01/"), "refused");
        assert_eq!(got("https://x.com/call/+79161234567"), "-");
        assert_eq!(got("https://x.com/item/12345678"), "-");
    }
}
