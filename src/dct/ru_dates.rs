//! Dates printed on Russian pages, for the printed-date reader ([`super::printed`]).
//!
//! Month words in every case and abbreviation, read through the Russian lexicon
//! (`lang::ru::dateline::month_word`: "14 июня 2019", "3 Мая 2020 г.", "11 янв. 2021
//! года"), day first or month first ("Фев. 11, 2021"), a time before or after; a day
//! glued to the word before it ("… альянса3 марта 2020." where a headline and its date
//! line ran together) is found too, and marked so. A Ukrainian month word ("15 квітня
//! 2021") is recognised as such ([`RuDate::ukrainian`]): the caller refuses it for a
//! Russian story's date, with that reason.
//!
//! Two compiled patterns, each run once over a line.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::lang::ru::dateline::{month_word, ukrainian_month, weekday_word};

/// A date found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuDate {
    pub date: NaiveDate,
    /// Byte span of the date (with "г."/"года") in the line.
    pub start: usize,
    pub end: usize,
    /// The month word is Ukrainian, not Russian.
    pub ukrainian: Option<String>,
}

/// "14 июня 2019", "3 мая 2020 г.", "11 янв. 2021 года".
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<d>\d{1,2})\s+(?P<m>\p{Cyrillic}{3,10}\.?),?\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|год|г\.|г\b))?",
    )
    .expect("valid regex")
});
/// "Фев. 11, 2021".
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?P<m>\p{Cyrillic}{3,10}\.?)\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b")
        .expect("valid regex")
});
/// A line that is a day and a Russian month without a year: "14 июня", "14 июня, 18:10",
/// "18:10 14 июня".
static YEARLESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d{1,2}:\d\d,?\s+)?(?P<d>[0-3]?\d)\s+(?P<m>\p{Cyrillic}{3,10}\.?)(?:,?\s+(?:в\s+)?\d{1,2}:\d\d)?$",
    )
    .expect("valid regex")
});

/// Whether `line` has any Cyrillic letter (the only lines worth the Russian patterns).
pub fn is_cyrillic(line: &str) -> bool {
    line.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// The first date with a Russian (or Ukrainian) month word and a year in `line`.
pub fn find(line: &str) -> Option<RuDate> {
    let mut best: Option<RuDate> = None;
    for (re, day_first) in [(&*DAY_FIRST, true), (&*MONTH_FIRST, false)] {
        for c in re.captures_iter(line) {
            let (Some(whole), Some(d), Some(m)) = (c.get(0), c.name("d"), c.name("m")) else {
                continue;
            };
            // a day glued to a digit before it is part of another number
            let before = line[..whole.start()].chars().next_back();
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            // a month word glued to letters before it is another word
            if !day_first && before.is_some_and(char::is_alphabetic) {
                continue;
            }
            let (month, ukrainian) = match (month_word(m.as_str()), ukrainian_month(m.as_str())) {
                (Some(month), _) => (month, None),
                (None, Some(month)) => (month, Some(m.as_str().trim_end_matches('.').to_string())),
                _ => continue,
            };
            let Some(date) = NaiveDate::from_ymd_opt(c["y"].parse().ok()?, month, d.as_str().parse().ok()?)
            else {
                continue;
            };
            if best.as_ref().is_none_or(|b| whole.start() < b.start) {
                best = Some(RuDate {
                    date,
                    start: whole.start(),
                    end: whole.end(),
                    ukrainian,
                });
            }
            break;
        }
    }
    best
}

/// The month and day of a line that is a Russian date without a year.
pub fn yearless(line: &str) -> Option<(u32, u32)> {
    let c = YEARLESS.captures(line)?;
    let month = month_word(&c["m"])?;
    let day: u32 = c["d"].parse().ok()?;
    NaiveDate::from_ymd_opt(2000, month, day).map(|_| (month, day))
}

/// Words a Russian date line may carry beside its date without being a sentence: the
/// year word, "в" before a time, Moscow time, weekdays.
pub fn is_filler(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(
        lower.as_str(),
        "г" | "года" | "год" | "в" | "мск" | "время" | "московское"
    ) || weekday_word(&lower).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("18:10 14 июня 2019", Some("2019-06-14")),
            ("3 Мая 2020 г., 12:00", Some("2020-05-03")),
            ("09:41 Фев. 11, 2021", Some("2021-02-11")),
            ("11 янв. 2021 года", Some("2021-01-11")),
            ("о расширении альянса3 марта 2020.", Some("2020-03-03")),
            ("15 квітня 2021", Some("2021-04-15")),
            ("115 мая 2019", None),
            ("31 февраля 2020", None),
            ("14 штук 2019", None),
        ];
        for (line, want) in cases {
            assert_eq!(find(line).map(|f| f.date.to_string()).as_deref(), *want, "{line}");
        }
        assert!(find("15 квітня 2021").is_some_and(|f| f.ukrainian.is_some()));
        assert_eq!(yearless("14 июня"), Some((6, 14)));
        assert_eq!(yearless("18:10 14 июн."), Some((6, 14)));
        assert_eq!(yearless("14 июня, 18:10"), Some((6, 14)));
        assert_eq!(yearless("14 штук"), None);
    }
}
