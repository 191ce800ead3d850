//! Events: what happened, who took part, where and when, with the evidence.

use serde::{Deserialize, Serialize};

use crate::interval::Granularity;

/// Whether an event happened, is planned, or is only someone's statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Occurred,
    Scheduled,
    Reported,
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The TIMEX3 value (`2009-12-04`, `2008-06`).
    pub date: String,
    /// ISO interval, end exclusive.
    pub start: Option<chrono::NaiveDate>,
    pub end: Option<chrono::NaiveDate>,
    pub granularity: Option<Granularity>,
    pub status: Status,
    /// The verb or event noun the date belongs to (`met`, `meeting`, `war`).
    pub trigger: String,
    /// A short clause-level summary ("Rogozin met Rasmussen").
    pub headline: String,
    pub actors: Vec<String>,
    pub location: Option<String>,
    /// CAMEO top-level code and name, e.g. `04 Consult`.
    pub category: Option<String>,
    /// The temporal phrase the date came from.
    pub time_text: String,
    pub sentence: String,
    /// Article id.
    pub article: String,
    /// Trigger offsets in chars into the article text, end exclusive.
    pub char_start: usize,
    pub char_end: usize,
    pub confidence: f32,
}
