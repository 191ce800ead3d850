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
//!    2008"; not "by 2030", not "2000 troops"): the story is no older than that year;
//! 5. when the story cannot tell, the sure dates of the other articles of the run.
//!
//! The evidence is read from the text by [`super::evidence`].
//!
//! With weekday cues and a lower bound, the answer is the earliest year not before the
//! bound whose calendar fits (news is about recent events). Each answer comes with the
//! reason in words and a confidence.

use chrono::{Datelike, NaiveDate};

use super::evidence::{latest_past_year, same_day_with_year, weekday_cues, CueStrength, WeekdayCue};
use crate::dateline::Dateline;

/// How many years after the lower bound candidate years are listed.
const CANDIDATE_HORIZON: i32 = 20;

/// The inferred year and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Inference {
    pub year: Option<i32>,
    pub confidence: f32,
    pub reason: String,
}

/// Infers the year of `dateline` (which has a month and day but no year) from `text`.
///
/// `corpus` holds the dates other articles of the same run were found to have (from
/// records, pages or datelines with years): when the story itself cannot tell the year,
/// the year that puts the dateline nearest one of them is taken.
pub fn infer_year(text: &str, dateline: &Dateline, hint: Option<i32>, corpus: &[NaiveDate]) -> Inference {
    let (Some(month), Some(day)) = (dateline.month, dateline.day) else {
        return no_year("the dateline has no date".into());
    };
    let day_words = dateline.date_in_words().unwrap_or_default();
    let head = format!("dateline {day_words} has no year");
    // Russian text: the same evidence read by the Russian tables (src/lang/ru/dateline.rs)
    let russian = crate::lang::detect(text) == crate::lang::Lang::Ru;
    let bound = if russian {
        crate::lang::ru::dateline::latest_past_year(text)
    } else {
        latest_past_year(text)
    };
    // The same day with a year, unless the story also mentions a later year: then it is
    // an anniversary ("since December 1, 2008"), not the filing day.
    let same_day = if russian {
        crate::lang::ru::dateline::same_day_with_year(text, month, day)
    } else {
        same_day_with_year(text, month, day)
    }
    .filter(|(year, _)| bound.as_ref().is_none_or(|(latest, _)| year >= latest));
    if let Some((year, quote)) = same_day {
        return Inference {
            year: Some(year),
            confidence: 0.9,
            reason: format!("{head}; the story writes the same day with its year ('{quote}'), so {year}"),
        };
    }
    let cues = if russian {
        crate::lang::ru::dateline::weekday_cues(text, dateline.end)
    } else {
        weekday_cues(text, dateline.end)
    };
    let best = cues.iter().max_by_key(|c| c.strength);
    let best = best.and_then(|b| cues.iter().find(|c| c.strength == b.strength));
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
            let mut confidence = cue_confidence(cue.strength);
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
        (None, Some((bound_year, bound_quote))) if !corpus.is_empty() => {
            match nearest_in_corpus(month, day, corpus, |y| y >= bound_year) {
                Some((year, near)) => Inference {
                    year: Some(year),
                    confidence: 0.5,
                    reason: format!(
                        "{head}; no weekday says which year; the latest year the story mentions is \
                         {bound_year} ('{bound_quote}'), and {year} puts it nearest the other articles of \
                         this run (one is dated {near})"
                    ),
                },
                None => Inference {
                    year: Some(bound_year),
                    confidence: 0.4,
                    reason: format!(
                        "{head}; no weekday says which year; the latest year the story mentions is \
                         {bound_year} ('{bound_quote}'), so {bound_year} (a guess)"
                    ),
                },
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
        (Some(cue), None) if !corpus.is_empty() => {
            match nearest_in_corpus(month, day, corpus, |y| fits(y, cue.weekday)) {
                Some((year, near)) => Inference {
                    year: Some(year),
                    confidence: 0.6,
                    reason: format!(
                        "{head}; the story calls that day {} ('{}'), which fits {year}, the year nearest \
                         the other articles of this run (one is dated {near})",
                        weekday_name(cue.weekday),
                        cue.quote
                    ),
                },
                None => no_year(format!(
                    "{head}; the story calls that day {}, which fits no year near the other articles",
                    weekday_name(cue.weekday)
                )),
            }
        }
        (None, None) if !corpus.is_empty() => match nearest_in_corpus(month, day, corpus, |_| true) {
            Some((year, near)) => Inference {
                year: Some(year),
                confidence: 0.3,
                reason: format!(
                    "{head} and the story gives no clue to it; {year} puts it nearest the other articles \
                     of this run (one is dated {near}) (a guess: pass --year or --dct to be sure)"
                ),
            },
            None => no_year(format!("{head} and the story gives no clue to it")),
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

/// The year (among those `fits` accepts) that puts month/day nearest a corpus date, and
/// that date. Only years within one of the corpus's own are considered.
fn nearest_in_corpus(
    month: u32,
    day: u32,
    corpus: &[NaiveDate],
    fits: impl Fn(i32) -> bool,
) -> Option<(i32, NaiveDate)> {
    let years = corpus.iter().map(|d| d.year());
    let (low, high) = (years.clone().min()? - 1, years.max()? + 1);
    (low..=high)
        .filter(|&y| fits(y))
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day).map(|date| (y, date)))
        .filter_map(|(y, date)| {
            corpus
                .iter()
                .map(|near| ((date - *near).num_days().abs(), y, *near))
                .min()
        })
        .min()
        .map(|(_, y, near)| (y, near))
}

/// How sure a year found from a weekday cue of this strength is. Measured on the 256
/// TimeBank/AQUAINT documents: the strongest cue names the gold DCT's weekday (or the day
/// before it, when the paper is dated the day after the news) for 51/56 lead cues,
/// 17/26 attribution cues and 15/35 other mentions.
fn cue_confidence(strength: CueStrength) -> f32 {
    match strength {
        CueStrength::Lead => 0.8,
        CueStrength::Attribution => 0.6,
        CueStrength::Other => 0.4,
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
