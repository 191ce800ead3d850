//! Page chrome with a date: photo credits and captions, site clocks and widgets, a date
//! printed in Ukrainian on a Russian page ([`Kind::Chrome`]). A reader does not take
//! such a date for the page's, unless it agrees with the story:
//!
//! - its day is the day of the page's dateline or yearless date line, within a day
//!   ("1920, 15.09.2022" above "ЦХИНВАЛ, 15 сен – Sputnik"): it gives the year;
//! - it names a weekday, the calendar's for that date, that the story names for its own
//!   day ("Tuesday, May 4, 2021. (AP Photo/…)" over a story that says "on Tuesday"),
//!   and no lead names another;
//!
//! then it becomes a [`Kind::Caption`]. Otherwise it stays refused, with its reason,
//! and is the page's date ([`Kind::Chrome`], at low confidence) only when nothing else
//! is printed: no usable date, no date line, no dateline with a day.

use chrono::{Datelike, NaiveDate};

use super::printed::{Candidate, Kind};
use crate::text::weekday::CueStrength;

/// The chrome candidates of a page, settled against the other candidates: promoted,
/// refused, or (the first of them) kept as the last resort.
pub fn settle(text: &str, mut chrome: Vec<Candidate>, others: &[Candidate]) -> Vec<Candidate> {
    let usable = others.iter().any(|c| c.rejected.is_none() && c.date.is_some());
    let dateline = crate::dateline::find(text);
    let page_day = others
        .iter()
        .find(|c| c.rejected.is_none() && c.month_day.is_some())
        .and_then(|c| c.month_day)
        .or_else(|| dateline.as_ref().and_then(|dl| Some((dl.month?, dl.day?))));
    let spans: Vec<(usize, usize)> = chrome.iter().filter_map(|c| c.span).collect();
    let mut cues: Option<Vec<(u32, CueStrength)>> = None;
    let mut promoted = false;
    for c in chrome.iter_mut() {
        let Some(date) = c.date else { continue };
        let agrees = match page_day {
            Some((month, day)) => near_day(date, month, day),
            None => {
                let cues = cues.get_or_insert_with(|| story_cues(text, &spans, dateline_end(&dateline)));
                weekday_agrees(&c.quote, date, cues)
            }
        };
        if agrees {
            let why = c.rejected.take().unwrap_or_default();
            c.kind = Kind::Caption;
            c.quote = format!("{} ({})", c.quote, why.trim_end_matches(", not the story's date"));
            promoted = true;
        }
    }
    if !promoted && !usable && page_day.is_none() {
        let cues = cues.get_or_insert_with(|| story_cues(text, &spans, dateline_end(&dateline)));
        let last_resort = chrome
            .iter_mut()
            .find(|c| c.date.is_some_and(|d| !weekday_contradicted(&c.quote, d, cues)));
        if let Some(first) = last_resort {
            first.rejected = None;
        }
    }
    chrome
}

/// The caption names the weekday of its date, and the story names another for its own
/// day and never this one: the photo is of another day.
fn weekday_contradicted(caption: &str, date: NaiveDate, cues: &[(u32, CueStrength)]) -> bool {
    let weekday = date.weekday().number_from_monday();
    let strong = |d: u32| {
        cues.iter()
            .any(|(w, s)| *w == d && *s >= CueStrength::Attribution)
    };
    names_weekday(caption, weekday) && !strong(weekday) && (1..=7).any(|d| d != weekday && strong(d))
}

/// Whether `caption` names `weekday` (English or Russian).
fn names_weekday(caption: &str, weekday: u32) -> bool {
    caption
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            crate::text::lexicon::weekday(w).or_else(|| crate::lang::ru::dateline::weekday_word(w))
        })
        .any(|d| d == weekday)
}

/// Where the dateline ends (chars), or the start of the text.
fn dateline_end(dateline: &Option<crate::dateline::Dateline>) -> usize {
    dateline.as_ref().map_or(0, |dl| dl.end)
}

/// Whether `date` is `month`/`day` of its own year (or the next or last), within a day.
fn near_day(date: NaiveDate, month: u32, day: u32) -> bool {
    (date.year() - 1..=date.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .any(|d| (d - date).num_days().abs() <= 1)
}

/// The weekdays the story names for its own day, with their strength, read with the
/// chrome lines (`spans`, bytes) blanked out char for char.
fn story_cues(text: &str, spans: &[(usize, usize)], dateline_end: usize) -> Vec<(u32, CueStrength)> {
    let story: String = text
        .char_indices()
        .map(|(i, ch)| {
            if ch != '\n' && spans.iter().any(|&(s, e)| i >= s && i < e) {
                ' '
            } else {
                ch
            }
        })
        .collect();
    let cues = if crate::lang::has_cyrillic(&story) {
        crate::lang::ru::dateline::weekday_cues(&story, dateline_end)
    } else {
        super::evidence::weekday_cues(&story, dateline_end)
    };
    cues.into_iter().map(|c| (c.weekday, c.strength)).collect()
}

/// The caption names the weekday of its date, and the story names that weekday for its
/// own day (beside a verb of saying, or in the lead) while no lead names another.
fn weekday_agrees(caption: &str, date: NaiveDate, cues: &[(u32, CueStrength)]) -> bool {
    let weekday = date.weekday().number_from_monday();
    if !names_weekday(caption, weekday) {
        return false;
    }
    let told = cues
        .iter()
        .any(|(d, s)| *d == weekday && *s >= CueStrength::Attribution);
    let other_lead = cues.iter().any(|(d, s)| *d != weekday && *s == CueStrength::Lead);
    told && !other_lead
}
