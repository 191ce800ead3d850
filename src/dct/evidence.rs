//! The evidence a story gives about its own date, read from its text: weekday mentions
//! that may name the filing day ([`weekday_cues`]), the latest year it mentions as history
//! ([`latest_past_year`]), and the dateline's day written out with a year
//! ([`same_day_with_year`]). [`super::year`] weighs them.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::cues;
use crate::text::sentence::SentenceSpans;
pub use crate::text::weekday::{CueStrength, WeekdayCue};

/// Weekday names in full; abbreviations are too ambiguous in running text ("Sun", "Wed").
static WEEKDAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = crate::text::lexicon::WEEKDAYS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| n.len() >= 6)
        .collect();
    Regex::new(&format!(r"\b(?i:{})\b", names.join("|"))).expect("valid regex")
});
static YEAR_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(19\d\d|20\d\d)\b").expect("valid regex"));

/// The day written in full with a year: `December 1, 2009`, `1 December 2009`.
pub fn same_day_with_year(text: &str, month: u32, day: u32) -> Option<(i32, String)> {
    static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        let m = crate::dateline::month_names_pattern();
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
        if crate::text::lexicon::month(m.as_str()) != Some(month) || d.as_str().parse() != Ok(day) {
            return None;
        }
        Some((y.as_str().parse().ok()?, c[0].to_string()))
    })
}

/// Lower-case words of `s`, punctuation trimmed.
fn words(s: &str) -> Vec<String> {
    // the shared word tokenizer (crate::text::sentence); punctuation tokens are not words
    crate::text::sentence::tokenize(s)
        .into_iter()
        .filter(|t| {
            t.text
                .chars()
                .any(|c| c.is_alphanumeric() || matches!(c, '$' | '€' | '£'))
        })
        .map(|t| t.lower.into_owned())
        .collect()
}

/// Lower-case words of the clause or phrase that `s` ends in: those after its last
/// clause or phrase boundary (a comma, semicolon, colon, dash, bracket or double quote;
/// [`crate::text::clause::boundary`]), so a cue of another clause does not count.
fn clause_words(s: &str) -> Vec<String> {
    let tokens = crate::text::sentence::tokenize(s);
    let from = tokens
        .iter()
        .rposition(|t| crate::text::clause::boundary(t.text).is_some())
        .map_or(0, |i| i + 1);
    tokens[from..]
        .iter()
        .filter(|t| {
            t.text
                .chars()
                .any(|c| c.is_alphanumeric() || matches!(c, '$' | '€' | '£'))
        })
        .map(|t| t.lower.to_string())
        .collect()
}

/// The sentence around the bytes `start..end`, by the shared splitter (a dot after
/// "U.S.", "Dec." or an initial ends no sentence; see [`crate::text::sentence`]).
fn sentence_bounds(sentences: &SentenceSpans, start: usize, end: usize) -> (usize, usize) {
    let span = sentences.around(start, end);
    (span.start, span.end)
}

/// Weekday mentions that may name the filing day, in text order.
pub fn weekday_cues(text: &str, dateline_end_chars: usize) -> Vec<WeekdayCue> {
    read_weekdays(text, dateline_end_chars).0
}

/// A weekday the story names as ahead of the filing day ("a meeting on Friday", "will
/// meet on Thursday", "postponed to Thursday"): the filing day is before it, within a
/// week — never that weekday's own evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AheadCue {
    /// ISO weekday, Monday = 1.
    pub weekday: u32,
    /// The words before it, for the reason.
    pub quote: String,
}

/// Weekdays the story names as ahead of the filing day, in text order.
pub fn ahead_cues(text: &str, dateline_end_chars: usize) -> Vec<AheadCue> {
    read_weekdays(text, dateline_end_chars).1
}

/// Whether the weekday after `before` (the sentence's words before it, lower case) and
/// `clause` (those of its clause) lies ahead of the filing day: a future cue in its
/// clause, "to/until/by Thursday" (not "from Monday to Thursday"), "next Friday", or an
/// occasion noun newly announced ("called for a meeting on Friday"; not "at the meeting",
/// "after talks").
fn is_ahead(before: &[String], clause: &[String]) -> bool {
    if cues::FUTURE_CUES.iter().any(|c| cues::contains_phrase(clause, c)) {
        return true;
    }
    let last = before.last().map(String::as_str).unwrap_or("");
    let tail = &before[before.len().saturating_sub(4)..];
    if cues::AHEAD_BEFORE.contains(&last) {
        return !tail.iter().any(|w| w == "from");
    }
    if last != "on" || before.len() < 2 {
        return false;
    }
    let noun = before[before.len() - 2].as_str();
    if !cues::OCCASION_NOUNS.contains(&noun) {
        return false;
    }
    let lead_in = &before[before.len().saturating_sub(5)..before.len() - 2];
    lead_in.iter().any(|w| cues::AHEAD_LEAD_IN.contains(&w.as_str()))
        && !lead_in.iter().any(|w| cues::BEHIND_LEAD_IN.contains(&w.as_str()))
}

/// The weekday mentions of the story: those that may name the filing day, and those
/// ahead of it.
fn read_weekdays(text: &str, dateline_end_chars: usize) -> (Vec<WeekdayCue>, Vec<AheadCue>) {
    let mut mentions = WEEKDAY_WORD.find_iter(text).peekable();
    if mentions.peek().is_none() {
        return (Vec::new(), Vec::new());
    }
    let sentences = SentenceSpans::new(text);
    let lead_start = text
        .char_indices()
        .nth(dateline_end_chars)
        .map_or(text.len(), |(i, _)| i);
    // The lead starts at the first word after the dateline (often on the next line).
    let lead_start = text[lead_start..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |i| lead_start + i);
    let (_, lead_end) = sentence_bounds(&sentences, lead_start, lead_start);
    let mut found = Vec::new();
    let mut ahead = Vec::new();
    for m in mentions {
        let Some(weekday) = crate::text::lexicon::weekday(m.as_str()) else {
            continue;
        };
        let (sentence_start, sentence_end) = sentence_bounds(&sentences, m.start(), m.end());
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
        let quote_words: Vec<&str> = text[sentence_start..m.start()].split_whitespace().collect();
        let lead_in = quote_words[quote_words.len().saturating_sub(2)..].join(" ");
        let quote = format!("{lead_in} {}", m.as_str()).trim().to_string();
        // Future cues count within the clause: "Moscow will reply, Peskov said Friday".
        let clause = clause_words(&text[sentence_start..m.start()]);
        if is_ahead(&before, &clause) {
            ahead.push(AheadCue { weekday, quote });
            continue;
        }
        let near_verb = before[before.len().saturating_sub(3)..]
            .iter()
            .chain(after.iter().take(2))
            .any(|w| cues::ATTRIBUTION_VERBS.contains(&w.as_str()));
        let possessive = after_text.starts_with("'s") || after_text.starts_with("’s");
        let strength = if m.start() >= lead_start && m.start() < lead_end && !possessive {
            CueStrength::Lead
        } else if (near_verb || says_today(&text[sentence_start..sentence_end])) && !possessive {
            CueStrength::Attribution
        } else {
            CueStrength::Other
        };
        let lead_in = quote_words[quote_words.len().saturating_sub(1)..].join(" ");
        found.push(WeekdayCue {
            weekday,
            strength,
            quote: format!("{lead_in} {}", m.as_str()).trim().to_string(),
        });
    }
    (found, ahead)
}

/// Russian weekdays ahead of the filing day: "в пятницу" in a future clause ("встреча
/// состоится в пятницу"), "до пятницы", "к пятнице", "в следующую пятницу".
pub fn ahead_cues_ru(text: &str) -> Vec<AheadCue> {
    use crate::lang::ru::{lexicon, tense, token};
    let toks = token::tokenize(text);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some((day, case)) = lexicon::value(&t.low, "weekday").and_then(|v| v.split_once(':')) else {
            continue;
        };
        let Ok(weekday) = day.parse::<u32>() else {
            continue;
        };
        let prev = i.checked_sub(1).map_or("", |p| toks[p].low.as_str());
        let prev2 = i.checked_sub(2).map_or("", |p| toks[p].low.as_str());
        let ahead = match prev {
            "до" | "к" | "ко" => case != "acc",
            "в" | "во" => {
                case == "acc" && tense::direction(&toks, i, i + 1).0 == crate::text::clause::Dir::Future
            }
            p if p.starts_with("следующ") || p.starts_with("ближайш") => {
                matches!(prev2, "в" | "во")
            }
            _ => false,
        };
        if ahead {
            let from = toks[i.saturating_sub(2)].start;
            out.push(AheadCue {
                weekday,
                quote: text[from..t.end].to_string(),
            });
        }
    }
    out
}

/// Whether a sentence says it is about the filing day ("today", "this morning").
fn says_today(sentence: &str) -> bool {
    let words = words(sentence);
    cues::TODAY_WORDS.iter().any(|c| cues::contains_phrase(&words, c))
}

/// The latest year the story mentions as history, with the words around it.
pub fn latest_past_year(text: &str) -> Option<(i32, String)> {
    let mut best: Option<(i32, String)> = None;
    // split only when a year is mentioned
    let sentences = OnceCell::new();
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
        let sentences = sentences.get_or_init(|| SentenceSpans::new(text));
        let (sentence_start, sentence_end) = sentence_bounds(sentences, m.start(), m.end());
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
