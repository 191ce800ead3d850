//! The year of a dateline that gives none (`BRUSSELS, December 1 (RIA Novosti) -`).
//!
//! The evidence is read from the text by [`super::evidence`] and [`super::offices`] and
//! weighed over every candidate year by [`super::score`]; this module keeps the simple
//! entry point [`infer_year`] and the [`Inference`] it returns.

use chrono::{Datelike, NaiveDate};

use crate::dateline::Dateline;

pub use super::score::Inference;

/// Infers the year of `dateline` (which has a month and day but no year) from `text`.
///
/// `corpus` holds the sure dates other articles of the same run were found to have:
/// when the story itself cannot tell the year, the year that puts the dateline nearest
/// one of them weighs in.
pub fn infer_year(text: &str, dateline: &Dateline, hint: Option<i32>, corpus: &[NaiveDate]) -> Inference {
    let (Some(month), Some(day)) = (dateline.month, dateline.day) else {
        return Inference {
            year: None,
            confidence: 0.0,
            reason: "the dateline has no date; pass --year YYYY or --dct YYYY-MM-DD".into(),
            ..Default::default()
        };
    };
    let day_words = dateline.date_in_words().unwrap_or_default();
    super::score::infer(&super::score::Question {
        text,
        month,
        day,
        lead_from: dateline.end,
        hint,
        corpus,
        head: format!("dateline {day_words} has no year"),
        last_year: current_year() + 1,
        lang: crate::lang::detect(text),
        ..Default::default()
    })
}

/// This year (the candidate years end a year after it).
pub fn current_year() -> i32 {
    chrono::Utc::now().year()
}

/// The weekday (Monday = 1) of a day, `None` if the day does not exist that year.
pub fn weekday_of(year: i32, month: u32, day: u32) -> Option<u32> {
    super::score::weekday_of(year, month, day)
}
