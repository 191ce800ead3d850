//! Knight Lab TimelineJS3: its JSON format and its Google-spreadsheet columns.
//!
//! TimelineJS dates are calendar fields (`year`, `month`, `day`, `hour`, `minute`, all
//! numbers; see <https://timeline.knightlab.com/docs/json-format.html>). A date is written
//! with only the fields its granularity justifies: `2008-06` becomes `{"year": 2008,
//! "month": 6}`, never a made-up day 1. When the interval covers more than one unit of
//! that precision (a season, a quarter, a week, a decade) its last day goes in
//! `end_date`, so TimelineJS draws a span.
//!
//! Headlines and texts are HTML for TimelineJS, so every piece of article text is
//! HTML-escaped; `text.text` carries the evidence sentence, the source and how the date
//! was resolved.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::view::{self, Precision, ViewOptions};
use crate::event::{Event, Status};
use crate::merge::timeline::Timeline;

/// A TimelineJS date object. Absent fields are omitted, not null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateParts {
    pub year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<u32>,
}

impl DateParts {
    /// The fields of `date` down to `precision`.
    pub fn new(date: NaiveDate, precision: Precision) -> DateParts {
        DateParts {
            year: date.year(),
            month: (precision >= Precision::Month).then_some(date.month()),
            day: (precision >= Precision::Day).then_some(date.day()),
            hour: None,
            minute: None,
        }
    }
}

/// An event's start and, for spans, end date objects; `None` for undated events.
pub fn event_dates(event: &Event) -> Option<(DateParts, Option<DateParts>)> {
    let start = event.start?;
    let precision = Precision::of(event.granularity);
    let mut first = DateParts::new(start, precision);
    if let Some((hour, minute)) = view::clock_time(event) {
        first.hour = Some(hour);
        first.minute = Some(minute);
    }
    let last = DateParts::new(view::last_day(event).unwrap_or(start), precision);
    let end = (last.year != first.year || last.month != first.month || last.day != first.day).then_some(last);
    Some((first, end))
}

#[derive(Serialize)]
struct Document {
    title: TitleSlide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct TitleSlide {
    text: Text,
}

#[derive(Serialize)]
struct Slide {
    start_date: DateParts,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DateParts>,
    text: Text,
    group: String,
    display_date: String,
    unique_id: String,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// Writes TimelineJS3 JSON. Events without a calendar date (`PAST_REF`) are left out:
/// TimelineJS requires a year.
pub fn write(timeline: &Timeline, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    let dated = view::dated(&timeline.events);
    let ids = view::event_ids(dated.iter().copied());
    let mut slides = Vec::with_capacity(dated.len());
    for (event, id) in dated.iter().zip(ids) {
        let Some((start_date, end_date)) = event_dates(event) else {
            continue;
        };
        slides.push(Slide {
            start_date,
            end_date,
            text: Text {
                headline: view::escape_text(&headline(event)),
                text: body_html(event, opts),
            },
            group: opts.group_of(event),
            display_date: view::display_date(event),
            unique_id: id,
        });
    }
    let document = Document {
        title: TitleSlide {
            text: Text {
                headline: view::escape_text(&opts.title_for(&timeline.events)),
                text: view::escape_text(&view::summary(&timeline.events)),
            },
        },
        events: slides,
    };
    serde_json::to_writer_pretty(&mut *w, &document)?;
    writeln!(w)
}

/// The TimelineJS spreadsheet columns, in the template's order.
pub const CSV_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Writes the TimelineJS Google-spreadsheet layout as CSV: a `title` row first, then one
/// row per dated event. Paste it into the Knight Lab template sheet.
pub fn write_csv(timeline: &Timeline, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(CSV_COLUMNS)?;
    let dated = view::dated(&timeline.events);
    let title = opts.title_for(&timeline.events);
    let summary = view::summary(&timeline.events);
    let mut title_row: [String; 18] = Default::default();
    title_row[9] = view::escape_text(&title);
    title_row[10] = view::escape_text(&summary);
    title_row[15] = "title".into();
    csv.write_record(&title_row)?;
    for event in dated {
        let Some((start, end)) = event_dates(event) else {
            continue;
        };
        let field = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let time = match (start.hour, start.minute) {
            (Some(h), Some(m)) => format!("{h:02}:{m:02}"),
            _ => String::new(),
        };
        let row: [String; 18] = [
            start.year.to_string(),
            field(start.month),
            field(start.day),
            time,
            end.as_ref().map(|e| e.year.to_string()).unwrap_or_default(),
            field(end.as_ref().and_then(|e| e.month)),
            field(end.as_ref().and_then(|e| e.day)),
            String::new(),
            view::display_date(event),
            view::escape_text(&headline(event)),
            body_html(event, opts),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            opts.group_of(event),
            String::new(),
        ];
        csv.write_record(&row)?;
    }
    csv.flush()
}

/// The headline, with a marker when the event has not (yet) happened.
fn headline(event: &Event) -> String {
    let text = view::one_line(&event.headline);
    let text = if text.is_empty() {
        view::one_line(&event.trigger)
    } else {
        text
    };
    let text = match event.status {
        Status::Occurred => text,
        other => format!("{text} ({})", view::status_name(other)),
    };
    let factuality = view::factuality(event);
    if factuality.is_empty() {
        text
    } else {
        format!("{text} [{factuality}]")
    }
}

/// The slide text: the evidence sentence, then who, where, the source and how the date
/// was resolved, all HTML-escaped.
fn body_html(event: &Event, opts: &ViewOptions) -> String {
    let mut html = format!("<p>{}</p>", view::escape_text(&view::one_line(&event.sentence)));
    let mut facts: Vec<String> = Vec::new();
    if !event.actors.is_empty() {
        facts.push(format!("Who: {}", view::escape_text(&event.actors.join(", "))));
    }
    if let Some(place) = event.location.as_deref().filter(|p| !p.trim().is_empty()) {
        facts.push(format!("Where: {}", view::escape_text(place)));
    }
    facts.push(format!("Source: {}", view::escape_text(&opts.source_line(event))));
    facts.push(format!("Date: {}", view::escape_text(&opts.resolution(event))));
    html.push_str(&format!("<p><small>{}</small></p>", facts.join("<br>")));
    html
}
