//! An event in words for a reader: how the text holds it (negated, reported by …), its
//! status and precision named, headlines on one line, escaping for HTML, stable ids, the
//! chronology's headings and its one-line summary.

use chrono::Datelike;

use super::dates::display_date;
use crate::event::{Event, Status};
use crate::time::interval::Granularity;

/// How the text holds an event, for a reader, empty for the plain case (told as fact,
/// not negated): `negated`, `reported by Russia`, `denied by Sergey Lavrov`, `possible`,
/// `negated; demanded by NATO`. Every visual format shows it beside the headline, so a
/// denial or a failed meeting never reads as a fact (CSV and JSON carry the fields).
pub fn factuality(event: &Event) -> String {
    use crate::event::{Modality, Polarity};
    let mut parts: Vec<String> = Vec::new();
    if event.polarity == Polarity::Negative {
        parts.push("negated".to_string());
    }
    if event.modality != Modality::Asserted {
        let by = match (event.modality, event.source.as_deref()) {
            (Modality::Reported | Modality::Denied | Modality::Demanded, Some(source))
                if !source.trim().is_empty() =>
            {
                format!(" by {}", one_line(source))
            }
            _ => String::new(),
        };
        parts.push(format!("{}{by}", event.modality.as_str()));
    }
    parts.join("; ")
}

/// The lowercase word for a status (`occurred`, `scheduled`, `reported`).
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Occurred => "occurred",
        Status::Scheduled => "scheduled",
        Status::Reported => "reported",
    }
}

/// The lowercase word for a granularity as a reader sees it: the output name
/// ([`Granularity::as_str`]), but `half-year` for a half, which alone reads oddly.
pub fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Half => "half-year",
        g => g.as_str(),
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for an HTML text node, not an attribute: `<`, `>` and an `&` that would
/// start an entity; quotes and apostrophes stay as written. For TimelineJS headlines and
/// titles, which people read in the spreadsheet too (`Lavrov's`, not `Lavrov&#39;s`).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if chars.peek().is_some_and(|n| n.is_alphanumeric() || *n == '#') => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// Collapses runs of whitespace (including newlines) to single spaces: headlines and
/// sentences are shown on one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The events that have a place on the calendar, in timeline order (start, then finer
/// granularity first; stable, so the timeline's own order breaks ties).
pub fn dated(events: &[Event]) -> Vec<&Event> {
    let mut dated: Vec<&Event> = events.iter().filter(|e| e.start.is_some()).collect();
    dated.sort_by_key(|e| (e.start, e.granularity));
    dated
}

/// Stable, unique ids for events, readable in URLs and HTML: `ria-novosti-2009-12-01-212`
/// (article slug and trigger offset), with `-2`, `-3` … added when two events share one.
pub fn event_ids<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<String> {
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    events
        .into_iter()
        .map(|event| {
            let base = format!("{}-{}", slug(&event.article), event.char_start);
            let mut id = base.clone();
            let mut n = 1;
            while used.contains(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            used.insert(id.clone());
            id
        })
        .collect()
}

/// Lowercase ASCII letters and digits, other runs turned into single hyphens.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "event".to_string()
    } else {
        trimmed.to_string()
    }
}

/// "6 dated events from 1 article, June 2008 to 4 December 2009".
pub fn summary(events: &[Event]) -> String {
    let mut articles: Vec<&str> = events.iter().map(|e| e.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let all = dated(events);
    let mut text = format!(
        "{} from {}",
        plural(all.len(), "dated event"),
        plural(articles.len(), "article")
    );
    // From the first start to the last start: a century-long event should not make a
    // chronology of 2009 "end" in 2100.
    if let (Some(first), Some(last)) = (all.first(), all.last()) {
        text.push_str(&format!(", {} to {}", display_date(first), display_date(last)));
    }
    text
}

/// The heading for events without a place on the calendar.
pub const UNDATED: &str = "Undated";

/// The section a chronology files an event under: its start year; a decade or century
/// event gets its own (`the 1990s`) rather than pretending to belong to its first year.
pub fn heading(event: &Event) -> String {
    match (event.start, event.granularity) {
        (Some(_), Some(Granularity::Decade | Granularity::Century)) => display_date(event),
        (Some(start), _) => start.year().to_string(),
        (None, _) => UNDATED.to_string(),
    }
}
