//! Writers: timelines as CSV, JSON and a terminal table.
//!
//! Every writer is a plain function with the same shape, [`WriteFn`]:
//!
//! ```ignore
//! fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()>
//! ```
//!
//! To add a format (TimelineJS, vis.js, HTML, Markdown…): add a module here with such a
//! function, a variant to `TimelineFormat` in `src/cli/timeline.rs`, and one line in
//! its `writer()` match. Writers must be deterministic (same timeline, same bytes) and
//! should use [`FIELDS`] / [`field_values`] when they show per-event fields, so every
//! format names them the same way.

use std::io::{self, Write};

use crate::event::Event;
use crate::merge::timeline::{Reports, Timeline};
use crate::merge::Conflict;

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;
pub mod timelinejs;
pub mod view;
pub mod vis;

/// The shape of every timeline writer.
pub type WriteFn = fn(&Timeline, &mut dyn Write) -> io::Result<()>;

/// The per-event fields, in output order (CSV header, JSON keys of `events`).
pub const FIELDS: &[&str] = &[
    "date",
    "start",
    "end",
    "granularity",
    "status",
    "trigger",
    "headline",
    "actors",
    "location",
    "category",
    "time_text",
    "sentence",
    "article",
    "char_start",
    "char_end",
    "confidence",
    "place",
    "agency",
    "dct",
    "rule",
];

/// The columns flat formats (CSV) add after [`FIELDS`] to say who reported each row (see
/// [`report_values`]). JSON gives the same as `mentions`, `sources` and `conflict`.
pub const REPORT_FIELDS: &[&str] = &["mentions", "sources", "agencies", "conflict"];

/// How actors are joined in flat formats (CSV, table).
pub const ACTOR_SEPARATOR: &str = "; ";

/// An event's fields as text, in [`FIELDS`] order: dates as ISO `YYYY-MM-DD`, missing
/// values empty, actors joined with [`ACTOR_SEPARATOR`], confidence with two decimals.
pub fn field_values(e: &Event) -> Vec<String> {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    vec![
        e.date.clone(),
        day(e.start),
        day(e.end),
        e.granularity.map(|g| g.as_str().to_string()).unwrap_or_default(),
        e.status.as_str().to_string(),
        e.trigger.clone(),
        e.headline.clone(),
        e.actors.join(ACTOR_SEPARATOR),
        opt(&e.location),
        opt(&e.category),
        e.time_text.clone(),
        e.sentence.clone(),
        e.article.clone(),
        e.char_start.to_string(),
        e.char_end.to_string(),
        format!("{:.2}", e.confidence),
        opt(&e.place),
        opt(&e.agency),
        day(e.dct),
        e.rule.clone(),
    ]
}

/// The [`REPORT_FIELDS`] of a row: how many mentions it merges, the articles and agencies
/// behind it (in source order, each once, joined with [`ACTOR_SEPARATOR`]), and the
/// competing dates when sources disagree ([`conflict_text`]). A row of a timeline that was not merged is one
/// mention: its own article and agency.
pub fn report_values(e: &Event, reports: Option<&Reports>) -> Vec<String> {
    let Some(r) = reports else {
        return vec![
            "1".into(),
            e.article.clone(),
            e.agency.clone().unwrap_or_default(),
            String::new(),
        ];
    };
    let unique = |values: &mut dyn Iterator<Item = &str>| {
        let mut seen: Vec<&str> = Vec::new();
        for v in values {
            if !v.is_empty() && !seen.contains(&v) {
                seen.push(v);
            }
        }
        seen.join(ACTOR_SEPARATOR)
    };
    vec![
        r.mentions.to_string(),
        unique(&mut r.sources.iter().map(|s| s.event.article.as_str())),
        unique(&mut r.sources.iter().filter_map(|s| s.agency())),
        conflict_text(r.conflict.as_ref()),
    ]
}

/// The competing dates of a conflict in one cell, best supported first, each with how
/// many mentions gave it and who (agencies, else articles):
/// `2009-12-04 ×4 (AFP, Reuters) | 2009-12-03 ×1 (AP)`; empty without a conflict.
pub fn conflict_text(conflict: Option<&Conflict>) -> String {
    let Some(conflict) = conflict else {
        return String::new();
    };
    conflict
        .values
        .iter()
        .map(|v| {
            let who = if v.agencies.is_empty() {
                &v.articles
            } else {
                &v.agencies
            };
            format!("{} ×{} ({})", v.date, v.mentions, who.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::ConflictValue;

    fn value(date: &str, mentions: usize, agencies: &[&str], articles: &[&str]) -> ConflictValue {
        ConflictValue {
            date: date.into(),
            start: None,
            end: None,
            granularity: None,
            mentions,
            articles: articles.iter().map(|s| s.to_string()).collect(),
            agencies: agencies.iter().map(|s| s.to_string()).collect(),
            time_texts: Vec::new(),
        }
    }

    #[test]
    fn conflicts_name_their_values_counts_and_sources() {
        let conflict = Conflict {
            values: vec![
                value("2009-12-04", 4, &["AFP", "Reuters"], &["afp", "reuters"]),
                value("2009-12-03", 1, &[], &["ap-2009-12-02"]),
            ],
        };
        assert_eq!(
            conflict_text(Some(&conflict)),
            "2009-12-04 ×4 (AFP, Reuters) | 2009-12-03 ×1 (ap-2009-12-02)"
        );
        assert_eq!(conflict_text(None), "");
    }
}
