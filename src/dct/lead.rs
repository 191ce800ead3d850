//! The date a story's lead gives its own news, for pages that print no date and have no
//! dateline.
//!
//! Wiki-style and blog news often open without a dateline, the date in the lead's first
//! words: "В субботу, 6 марта 2016 года, в Лос-Анджелесе … умерла …", "On Tuesday, June 8,
//! 2021, the alliance …". A reader takes that day as the story's day (the report was
//! written on it or a day or two after), so chronicle does too — as a low-confidence
//! last resort ([`LEAD_CONFIDENCE`]), used only when nothing is printed and no dateline
//! exists. Refused: a date far into the sentence (a date named in passing, "the treaty
//! signed on 27 May 1997"), a date whose weekday the lead contradicts, a caption-like line
//! (too short, no sentence end), a date after today or before 1990.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// How sure a lead's date is to be the story's day: a guess a reader makes, never a
/// confident answer.
pub const LEAD_CONFIDENCE: f32 = 0.5;
/// The lead is the first line of at least this many words that ends a sentence.
const LEAD_WORDS: usize = 12;
/// …among the first this many non-empty lines.
const LEAD_LINES: usize = 8;
/// The date must start within this many characters of the sentence's start ("Бывший
/// президент Сальвадора Франсиско Флорес скончался 30 января 2016 года"): the lead's own
/// time, not a date named in passing further on.
const NEAR_START_CHARS: usize = 90;

/// English full dates: "June 8, 2021", "8 June 2021".
static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::dateline::month_names_pattern();
    Regex::new(&format!(
        r"(?i)\b(?:(?P<m1>{m})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{m})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b"
    ))
    .expect("valid regex")
});

/// A lead's date: the day and the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadDate {
    pub date: NaiveDate,
    /// The lead sentence, cut to 120 characters.
    pub quote: String,
}

/// The date the lead gives its news, if the story opens with one (see the module doc).
pub fn lead_date(text: &str, today: NaiveDate) -> Option<LeadDate> {
    let line = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LEAD_LINES)
        .find(|l| is_lead(l))?;
    let sentence = first_sentence(line);
    let (date, start) = if super::ru_dates::is_cyrillic(sentence) {
        let found = super::ru_dates::find(sentence)?;
        if found.ukrainian.is_some() {
            return None;
        }
        (found.date, found.start)
    } else {
        english(sentence)?
    };
    let before = &sentence[..start];
    if before.chars().count() > NEAR_START_CHARS {
        return None;
    }
    let weekday = weekday_before(before);
    if weekday.is_some_and(|w| w != date.weekday().number_from_monday()) {
        return None;
    }
    if date > today || date.year() < 1990 {
        return None;
    }
    Some(LeadDate {
        date,
        quote: sentence.chars().take(120).collect(),
    })
}

/// A line of prose: enough words, ending a sentence.
fn is_lead(line: &str) -> bool {
    line.split_whitespace().count() >= LEAD_WORDS
        && line
            .trim_end_matches(['"', '»', '”', ')', '\''])
            .ends_with(['.', '!', '?', ':'])
}

/// The line up to the end of its first sentence (". " before a capital letter).
fn first_sentence(line: &str) -> &str {
    for (i, c) in line.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &line[i + c.len_utf8()..];
            let next = rest.trim_start().chars().next();
            let word_before = line[..i].rsplit(' ').next().unwrap_or("");
            // "U.S." and initials are not sentence ends
            if rest.starts_with(' ')
                && next.is_some_and(char::is_uppercase)
                && word_before.chars().count() > 2
            {
                return &line[..i + 1];
            }
        }
    }
    line
}

/// The first English full date of a sentence and its byte start.
fn english(sentence: &str) -> Option<(NaiveDate, usize)> {
    let c = ENGLISH.captures(sentence)?;
    let (m, d, y) = match (c.name("m1"), c.name("d1"), c.name("y1")) {
        (Some(m), Some(d), Some(y)) => (m, d, y),
        _ => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
    };
    let month = crate::text::lexicon::month(&m.as_str().to_lowercase())?;
    let date = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)?;
    Some((date, c.get(0)?.start()))
}

/// The weekday (Monday = 1) named by the last words before the date, if any: "On
/// Tuesday, ", "… в среду, ".
fn weekday_before(before: &str) -> Option<u32> {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().rev().take(2).find_map(|w| {
        let lower = w.to_lowercase();
        crate::text::lexicon::WEEKDAYS
            .iter()
            .find(|(name, _)| *name == lower)
            .map(|(_, n)| *n)
            .or_else(|| crate::lang::ru::dateline::weekday_word(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")
    }

    #[test]
    fn leads_and_refusals() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Russian weekday and date opening the lead",
                "Скончался актёр\nВ субботу, 5 марта 2016 года, в Лос-Анджелесе в возрасте 94 лет умерла бывшая первая леди США.",
                Some("2016-03-05"),
            ),
            (
                "Russian date without a weekday",
                "Выборы в парламенте\n14 мая 2019 года в Брюсселе министры иностранных дел стран альянса обсудили отношения с Россией.",
                Some("2019-05-14"),
            ),
            (
                "English weekday and date",
                "Alliance meets\nOn Tuesday, June 8, 2021, NATO foreign ministers met in Brussels to discuss the situation in the east.",
                Some("2021-06-08"),
            ),
            (
                "English day-first date",
                "On 12 November 2008 the Russian envoy to the alliance told reporters in Brussels that talks would resume.",
                Some("2008-11-12"),
            ),
            (
                "the weekday contradicts the date",
                "On Monday, June 8, 2021, NATO foreign ministers met in Brussels to discuss the situation in the east.",
                None,
            ),
            (
                "a date named in passing, deep in the sentence",
                "The foreign ministers of the alliance said in Brussels on Thursday that the security guarantees of the act signed in Paris on May 27, 1997 still stand.",
                None,
            ),
            (
                "the weekday later in the lead",
                "Правящая партия Казахстана в среду, 11 февраля 2015 года, выдвинула президента своим кандидатом на очередной срок:",
                Some("2015-02-11"),
            ),
            (
                "a caption line is no lead",
                "Официальный портрет президентской четы, 21 июня 1985 года\nСовет обсудил положение дел.",
                None,
            ),
            (
                "a date after today",
                "On Friday, March 3, 2028, the leaders of the alliance will gather in Vilnius for the next summit of the bloc.",
                None,
            ),
            (
                "no date in the lead",
                "The foreign ministers of the alliance met on Thursday in Brussels to discuss the situation in the east.",
                None,
            ),
        ];
        for (why, text, want) in cases {
            let got = lead_date(text, today()).map(|l| l.date.to_string());
            assert_eq!(got.as_deref(), *want, "{why}");
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for text in [
            "",
            ".",
            "В субботу, 6 марта",
            "a. B. c. D 12 words and more words and more words end.",
        ] {
            let _ = lead_date(text, today());
        }
    }
}
