//! Absolute date strings as pages and records write them → a calendar day.
//!
//! `2009-12-01`, `2009-12-01T18:05:00+03:00`, `20091201`, `Tue, 01 Dec 2009 18:05:00 +0300`,
//! `01.12.2009 18:05`, `December 1, 2009 6:05 PM EST`, `Tuesday, 1 December 2009`.
//!
//! The day is the one *as written* (the publisher's local day), never shifted to UTC.
//! A string without a four-digit year is refused: completing it with the current year
//! would invent a date.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use regex::Regex;
use std::sync::LazyLock;

/// `2009-12-01…` (ISO 8601 and RFC 3339 prefixes).
static ISO_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_])").expect("valid regex"));
/// `20091201` (and `20091201T1805…`): compact ISO 8601, as in `pubdate` metas.
static COMPACT_ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T)").expect("valid regex"));
/// `01.12.2009`: dotted dates are day-first (European and Russian convention).
static DOTTED_DMY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b").expect("valid regex"));
static FOUR_DIGIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[89]|20|21)\d\d\b").expect("valid regex"));

/// Parses an absolute date string; `None` when it is not one (or has no year).
pub fn parse_absolute(input: &str) -> Option<NaiveDate> {
    let s = input.trim().trim_matches(|c: char| c == '"' || c == '\'');
    if let Some(c) = ISO_PREFIX.captures(s) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = COMPACT_ISO.captures(s) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = DOTTED_DMY.captures(s) {
        return ymd(&c[3], &c[2], &c[1]);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if !FOUR_DIGIT_YEAR.is_match(s) {
        return None;
    }
    parse_loose(s)
}

/// Free text such as `Tuesday, December 1, 2009 6:05 PM EST`: drop a leading weekday,
/// then let `dateparser` try ever shorter prefixes until one parses.
fn parse_loose(s: &str) -> Option<NaiveDate> {
    let cleaned = s.replace(['|', '·', '—'], " ");
    let mut words: Vec<String> = cleaned.split_whitespace().map(full_month_name).collect();
    // Leading times, time zones and weekdays: `4:41 PM UTC, Tuesday, January 12, 2022`.
    while let Some(first) = words.first() {
        let w = first.trim_end_matches(',');
        let is_time =
            w.contains(':') || matches!(w.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m." | "p.m.");
        let is_zone = (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        if is_time || is_zone || crate::text::lexicon::weekday(w).is_some() {
            words.remove(0);
        } else {
            break;
        }
    }
    for n in (1..=words.len()).rev() {
        let candidate = words[..n].join(" ");
        let candidate = candidate.trim_end_matches([',', '.', ';']);
        if !FOUR_DIGIT_YEAR.is_match(candidate) {
            break;
        }
        if let Ok(dt) = dateparser::parse_with(candidate, &Utc, NaiveTime::MIN) {
            return Some(dt.date_naive());
        }
    }
    None
}

/// `Sept.` → `September`, `Dec,` → `December,` (chrono knows only 3-letter abbreviations).
fn full_month_name(word: &str) -> String {
    let (core, comma) = match word.strip_suffix(',') {
        Some(core) => (core, ","),
        None => (word, ""),
    };
    match crate::text::lexicon::month(core) {
        Some(m) if core.chars().next().is_some_and(char::is_alphabetic) => {
            format!("{}{comma}", MONTH_NAMES[(m - 1) as usize])
        }
        _ => word.to_string(),
    }
}

use crate::text::lexicon::MONTH_NAMES;

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2009-12-01", Some("2009-12-01")),
            ("2009-12-01T23:30:00-05:00", Some("2009-12-01")),
            ("Tue, 01 Dec 2009 23:30:00 -0500", Some("2009-12-01")),
            ("01.12.2009 18:05", Some("2009-12-01")),
            ("20091201", Some("2009-12-01")),
            ("20091201T180500Z", Some("2009-12-01")),
            ("20091301", None),
            ("December 1, 2009 6:05 PM EST", Some("2009-12-01")),
            ("Tuesday, December 1, 2009", Some("2009-12-01")),
            ("4:41 PM UTC, January 12, 2022", Some("2022-01-12")),
            ("12 Jan. 2022", Some("2022-01-12")),
            ("1 December 2009", Some("2009-12-01")),
            ("Dec. 1, 2009", Some("2009-12-01")),
            ("December 1", None),
            ("yesterday", None),
            ("2009-13-45", None),
            ("", None),
        ];
        for (input, want) in cases {
            let got = parse_absolute(input).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{input}");
        }
    }
}
