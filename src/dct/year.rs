//! The year of a dateline that gives none (`BRUSSELS, December 1 (RIA Novosti) -`).
//!
//! Evidence, strongest first:
//! 1. the same day written out with a year elsewhere in the text ("Tuesday, December 1,
//!    2009");
//! 2. the `--year` hint (checked against the weekday evidence);
//! 3. weekday cues: wire stories call the filing day by its weekday ("met on Tuesday" in
//!    the lead, "said Tuesday"), so the dateline's month and day must fall on that
//!    weekday. Future clauses ("ahead of Friday's meeting", "will meet on Friday") and
//!    other days ("last Tuesday", "since Monday") are not cues;
//! 4. the latest year the story mentions as history ("the August 2008 conflict", "since
//!    2008"; not "by 2030", not "2000 troops"): the story is no older than that year.
//!
//! With weekday cues and a lower bound, the answer is the earliest year not before the
//! bound whose calendar fits (news is about recent events). Each answer comes with the
//! reason in words and a confidence.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::cues;
use crate::dateline::Dateline;

/// How many years after the lower bound candidate years are listed.
const CANDIDATE_HORIZON: i32 = 20;

/// Weekday names in full; abbreviations are too ambiguous in running text ("Sun", "Wed").
static WEEKDAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = crate::lexicon::WEEKDAYS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| n.len() >= 6)
        .collect();
    Regex::new(&format!(r"\b(?i:{})\b", names.join("|"))).expect("valid regex")
});
static YEAR_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(19\d\d|20\d\d)\b").expect("valid regex"));

/// How much a weekday mention says about the filing day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CueStrength {
    /// A past or present mention elsewhere in the story: it may be an earlier day.
    Other,
    /// Beside a verb of reporting ("said Tuesday").
    Attribution,
    /// In the lead sentence, which reports the day's news.
    Lead,
}

/// A weekday mention that refers to (or may refer to) the filing day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekdayCue {
    /// ISO weekday, Monday = 1.
    pub weekday: u32,
    pub strength: CueStrength,
    /// The words around the mention, for the reason ("on Tuesday").
    pub quote: String,
}

/// The inferred year and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Inference {
    pub year: Option<i32>,
    pub confidence: f32,
    pub reason: String,
}

/// Infers the year of `dateline` (which has a month and day but no year) from `text`.
pub fn infer_year(text: &str, dateline: &Dateline, hint: Option<i32>) -> Inference {
    let (Some(month), Some(day)) = (dateline.month, dateline.day) else {
        return no_year("the dateline has no date".into());
    };
    let day_words = dateline.date_in_words().unwrap_or_default();
    let head = format!("dateline {day_words} has no year");
    if let Some((year, quote)) = same_day_with_year(text, month, day) {
        return Inference {
            year: Some(year),
            confidence: 0.9,
            reason: format!("{head}; the story writes the same day with its year ('{quote}'), so {year}"),
        };
    }
    let cues = weekday_cues(text, dateline.end);
    let best = cues.iter().max_by_key(|c| c.strength);
    let best = best.and_then(|b| cues.iter().find(|c| c.strength == b.strength));
    let bound = latest_past_year(text);
    let fits = |year: i32, weekday: u32| weekday_of(year, month, day) == Some(weekday);

    if let Some(hint) = hint {
        return match best {
            Some(cue) if fits(hint, cue.weekday) => Inference {
                year: Some(hint),
                confidence: 0.9,
                reason: format!(
                    "{head}; --year {hint} given, and the story calls that day {} ('{}'), which fits {hint}",
                    weekday_name(cue.weekday),
                    cue.quote
                ),
            },
            Some(cue) => Inference {
                year: Some(hint),
                confidence: 0.5,
                reason: format!(
                    "{head}; --year {hint} given, although the story calls that day {} ('{}'), \
                     which does not fit {hint}",
                    weekday_name(cue.weekday),
                    cue.quote
                ),
            },
            None => Inference {
                year: Some(hint),
                confidence: 0.7,
                reason: format!("{head}; year {hint} from --year"),
            },
        };
    }

    match (best, bound) {
        (Some(cue), Some((bound_year, bound_quote))) => {
            let candidates: Vec<i32> = (bound_year..=bound_year + CANDIDATE_HORIZON)
                .filter(|&y| fits(y, cue.weekday))
                .collect();
            let Some(&year) = candidates.first() else {
                return no_year(format!("{head}; no year near {bound_year} fits the weekday cue"));
            };
            let conflicts: Vec<&WeekdayCue> = cues
                .iter()
                .filter(|c| c.strength >= CueStrength::Attribution && c.weekday != cue.weekday)
                .collect();
            let mut confidence = match cue.strength {
                CueStrength::Lead | CueStrength::Attribution => 0.8,
                CueStrength::Other => 0.5,
            };
            if year - bound_year > 6 {
                confidence -= 0.2;
            }
            let mut reason = format!(
                "{head}; the story calls that day {} ('{}'), which fits {}; the latest year it mentions \
                 is {bound_year} ('{bound_quote}'), so {year}",
                weekday_name(cue.weekday),
                cue.quote,
                list_years(&candidates),
            );
            if let Some(other) = conflicts.first() {
                confidence -= 0.3;
                reason.push_str(&format!(
                    "; but it also calls a day {} ('{}'), which does not fit",
                    weekday_name(other.weekday),
                    other.quote
                ));
            }
            Inference {
                year: Some(year),
                confidence,
                reason,
            }
        }
        (None, Some((bound_year, bound_quote))) => Inference {
            year: Some(bound_year),
            confidence: 0.4,
            reason: format!(
                "{head}; no weekday says which year; the latest year the story mentions is {bound_year} \
                 ('{bound_quote}'), so {bound_year} (a guess: pass --year or --dct to be sure)"
            ),
        },
        (Some(cue), None) => {
            let examples: Vec<i32> = (2000..=2030).filter(|&y| fits(y, cue.weekday)).collect();
            no_year(format!(
                "{head}; the story calls that day {} ('{}'), which fits {}, and nothing in it says which",
                weekday_name(cue.weekday),
                cue.quote,
                list_years(&examples)
            ))
        }
        (None, None) => no_year(format!("{head} and the story gives no clue to it")),
    }
}

fn no_year(reason: String) -> Inference {
    Inference {
        year: None,
        confidence: 0.0,
        reason: format!("{reason}; pass --year YYYY or --dct YYYY-MM-DD"),
    }
}

/// The weekday (Monday = 1) of a day, `None` if the day does not exist that year.
pub fn weekday_of(year: i32, month: u32, day: u32) -> Option<u32> {
    NaiveDate::from_ymd_opt(year, month, day).map(|d| d.weekday().number_from_monday())
}

fn weekday_name(weekday: u32) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .get(weekday.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("?")
}

fn list_years(years: &[i32]) -> String {
    let shown: Vec<String> = years.iter().take(4).map(i32::to_string).collect();
    let more = if years.len() > 4 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

/// The day written in full with a year: `December 1, 2009`, `1 December 2009`.
fn same_day_with_year(text: &str, month: u32, day: u32) -> Option<(i32, String)> {
    static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        let mut months: Vec<&str> = crate::lexicon::MONTHS.iter().map(|(m, _)| *m).collect();
        months.sort_by_key(|m| std::cmp::Reverse(m.len()));
        let m = months.join("|");
        Regex::new(&format!(
            r"\b(?i:(?P<m1>{m})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:19|20)\d\d)|(?P<d2>\d{{1,2}})\s+(?P<m2>{m})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b"
        ))
        .expect("valid regex")
    });
    FULL_DATE.captures_iter(text).find_map(|c| {
        let (m, d, y) = match (c.name("m1"), c.name("d1"), c.name("y1")) {
            (Some(m), Some(d), Some(y)) => (m, d, y),
            _ => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
        };
        let same = crate::lexicon::month(m.as_str()) == Some(month) && d.as_str().parse() == Ok(day);
        same.then(|| (y.as_str().parse().ok(), c[0].to_string()))
            .and_then(|(y, q)| Some((y?, q)))
    })
}

/// Lower-case words of `s`, punctuation trimmed.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '€' && c != '£')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The sentence around byte `at`: from the previous sentence end to the next one.
fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..at].rfind(is_end).map_or(0, |i| i + 1);
    let end = text[at..].find(is_end).map_or(text.len(), |i| at + i);
    (start, end)
}

/// Weekday mentions that may name the filing day, in text order.
pub fn weekday_cues(text: &str, dateline_end_chars: usize) -> Vec<WeekdayCue> {
    let lead_start = text
        .char_indices()
        .nth(dateline_end_chars)
        .map_or(text.len(), |(i, _)| i);
    let (_, lead_end) = sentence_bounds(text, lead_start);
    let mut found = Vec::new();
    for m in WEEKDAY_WORD.find_iter(text) {
        let Some(weekday) = crate::lexicon::weekday(m.as_str()) else {
            continue;
        };
        let (sentence_start, sentence_end) = sentence_bounds(text, m.start());
        let before = words(&text[sentence_start..m.start()]);
        let before: Vec<String> = before[before.len().saturating_sub(8)..].to_vec();
        let after_text = &text[m.end()..sentence_end];
        let after = words(after_text);
        let after: Vec<String> = after.into_iter().take(4).collect();
        let last_two = &before[before.len().saturating_sub(2)..];
        if cues::OTHER_DAY_CUES
            .iter()
            .any(|c| cues::contains_phrase(last_two, c))
        {
            continue;
        }
        // Future cues count within the clause: "Moscow will reply, Peskov said Friday".
        let clause_start = text[sentence_start..m.start()]
            .rfind([',', ';', ':', '—'])
            .map_or(sentence_start, |i| sentence_start + i + 1);
        let clause = words(&text[clause_start..m.start()]);
        if cues::FUTURE_CUES
            .iter()
            .any(|c| cues::contains_phrase(&clause, c))
        {
            continue;
        }
        let near_verb = before[before.len().saturating_sub(3)..]
            .iter()
            .chain(after.iter().take(2))
            .any(|w| cues::ATTRIBUTION_VERBS.contains(&w.as_str()));
        let possessive = after_text.starts_with("'s") || after_text.starts_with("’s");
        let strength = if m.start() >= lead_start && m.start() < lead_end && !possessive {
            CueStrength::Lead
        } else if near_verb && !possessive {
            CueStrength::Attribution
        } else {
            CueStrength::Other
        };
        let quote_words: Vec<&str> = text[sentence_start..m.start()].split_whitespace().collect();
        let lead_in = quote_words[quote_words.len().saturating_sub(1)..].join(" ");
        found.push(WeekdayCue {
            weekday,
            strength,
            quote: format!("{lead_in} {}", m.as_str()).trim().to_string(),
        });
    }
    found
}

/// The latest year the story mentions as history, with the words around it.
pub fn latest_past_year(text: &str) -> Option<(i32, String)> {
    let mut best: Option<(i32, String)> = None;
    for m in YEAR_NUMBER.find_iter(text) {
        let Ok(year) = m.as_str().parse::<i32>() else {
            continue;
        };
        // Part of a bigger number: "12,2009", "2009.5", "2009-2010" is fine.
        let prev = text[..m.start()].chars().next_back();
        let next = text[m.end()..].chars().next();
        if matches!(prev, Some(',' | '.' | '$' | '€' | '£'))
            || matches!(next, Some('.' | ',')) && is_digit_after(text, m.end())
        {
            continue;
        }
        let (sentence_start, sentence_end) = sentence_bounds(text, m.start());
        let before = words(&text[sentence_start..m.start()]);
        let before: Vec<String> = before[before.len().saturating_sub(6)..].to_vec();
        let after = words(&text[m.end()..sentence_end]);
        if after
            .first()
            .is_some_and(|w| cues::COUNT_NOUNS.contains(&w.as_str()))
            || before
                .last()
                .is_some_and(|w| cues::COUNT_QUALIFIERS.contains(&w.as_str()))
            || cues::FUTURE_CUES
                .iter()
                .any(|c| cues::contains_phrase(&before, c))
        {
            continue;
        }
        if best.as_ref().is_none_or(|(y, _)| year > *y) {
            let quote_words: Vec<&str> = text[sentence_start..m.start()].split_whitespace().collect();
            let lead_in = quote_words[quote_words.len().saturating_sub(1)..].join(" ");
            best = Some((year, format!("{lead_in} {}", m.as_str()).trim().to_string()));
        }
    }
    best
}

fn is_digit_after(text: &str, at: usize) -> bool {
    text[at..].chars().nth(1).is_some_and(|c| c.is_ascii_digit())
}
