//! vis-timeline items and groups (<https://visjs.github.io/vis-timeline/docs/timeline/>).
//!
//! `{"items": [...], "groups": [...]}`: load them with `new vis.DataSet(data.items)` and
//! `new vis.DataSet(data.groups)`. An event that lasts longer than a day (a month, a
//! season, a year) is a `range` item whose `end` is the interval's exclusive end, which is
//! how vis-timeline reads it; a day or a moment is a `box` item. `content` and `title` are
//! HTML in vis-timeline, so article text in them is escaped. `className` carries the
//! status (`status-scheduled`) for styling.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use super::view::{self, ViewOptions};
use crate::event::Event;
use crate::merge::timeline::Timeline;
use crate::time::interval::Granularity;

#[derive(Serialize)]
struct Document {
    items: Vec<Item>,
    groups: Vec<Group>,
}

#[derive(Serialize)]
struct Item {
    id: String,
    content: String,
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` for clock times.
    start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    group: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    #[serde(rename = "className")]
    class_name: String,
}

#[derive(Serialize)]
struct Group {
    id: usize,
    content: String,
}

/// Writes vis-timeline JSON. Events without a calendar date are left out.
pub fn write(timeline: &Timeline, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    let dated = view::dated(&timeline.events);
    let groups = view::groups(dated.iter().copied(), opts);
    let group_ids: BTreeMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (g, _))| (g.as_str(), i))
        .collect();
    let ids = view::event_ids(dated.iter().copied());
    let mut items = Vec::with_capacity(dated.len());
    for (event, id) in dated.iter().zip(ids) {
        let Some(start) = event.start else { continue };
        let group = group_ids.get(opts.group_of(event).as_str()).copied().unwrap_or(0);
        let point = view::is_point(event);
        let start_text = match view::clock_time(event) {
            Some((h, m)) => format!("{start}T{h:02}:{m:02}"),
            None => start.to_string(),
        };
        items.push(Item {
            id,
            content: view::escape_html(&match view::factuality(event) {
                f if f.is_empty() => view::one_line(&event.headline),
                f => format!("{} [{f}]", view::one_line(&event.headline)),
            }),
            start: start_text,
            end: if point {
                None
            } else {
                event.end.map(|e| e.to_string())
            },
            group,
            kind: if point { "box" } else { "range" },
            title: tooltip(event, opts),
            class_name: format!(
                "status-{} granularity-{} polarity-{} modality-{}",
                view::status_name(event.status),
                view::granularity_name(event.granularity.unwrap_or(Granularity::Day)),
                event.polarity.as_str(),
                event.modality.as_str()
            ),
        });
    }
    let document = Document {
        items,
        groups: groups
            .into_iter()
            .enumerate()
            .map(|(id, (name, _))| Group {
                id,
                content: view::escape_html(&name),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &document)?;
    writeln!(w)
}

/// The hover text (HTML): date, sentence, source, resolution — one per line.
fn tooltip(event: &Event, opts: &ViewOptions) -> String {
    let lines = [
        view::display_date(event),
        view::one_line(&event.sentence),
        format!("Source: {}", opts.source_line(event)),
        format!("Date: {}", opts.resolution(event)),
    ];
    lines
        .iter()
        .map(|l| view::escape_html(l))
        .collect::<Vec<_>>()
        .join("<br>")
}
