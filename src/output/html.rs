//! One self-contained HTML page that draws the timeline: no network, no libraries.
//!
//! The page is `assets/page.html` with the stylesheet (`assets/timeline.css`), the script
//! (`assets/timeline.js`) and the data inlined. The data is JSON inside
//! `<script type="application/json">`, with every `<` written as `\u003c` so no sentence
//! can close the script element or open a comment. The reading list below the chart is
//! rendered here, in Rust, as plain HTML: it prints, and it reads without JavaScript.
//!
//! Lanes are the groups of [`ViewOptions::group_by`]. More than [`MAX_LANES`] groups would
//! make a chart nobody can read, so the biggest groups get a lane each and the rest share
//! an "other" lane.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use super::view::{self, ViewOptions};
use crate::event::{Event, Status};
use crate::merge::timeline::Timeline;

const PAGE: &str = include_str!("assets/page.html");
const STYLE: &str = include_str!("assets/timeline.css");
const SCRIPT: &str = include_str!("assets/timeline.js");

/// The most lanes the chart shows; further groups share the last one.
pub const MAX_LANES: usize = 14;

/// Lane colours, one per lane in order; chosen to be told apart and to carry white text.
const PALETTE: [&str; 13] = [
    "#3867b0", "#e07b24", "#c73e53", "#2a9d8f", "#5a9e48", "#8e5ea2", "#b8901a", "#8c6d4f", "#d6578e",
    "#4d5fc1", "#00838f", "#6b8e23", "#a0522d",
];
/// The colour of the shared "other" lane.
const OTHER_COLOUR: &str = "#8a9099";

/// The page's data: what `timeline.js` reads.
#[derive(Serialize)]
struct PageData {
    title: String,
    group_by: view::GroupBy,
    lanes: Vec<Lane>,
    events: Vec<PageEvent>,
}

#[derive(Serialize)]
struct Lane {
    name: String,
    colour: &'static str,
    count: usize,
}

/// One event as the script needs it; short keys keep a 2,000-event page small.
#[derive(Serialize)]
struct PageEvent {
    /// Element id, shared with the reading list (`ev-…`).
    id: String,
    /// Interval in days since 1970-01-01, end exclusive.
    s: i64,
    e: i64,
    /// Drawn as a point (a day or less) rather than a span.
    p: bool,
    /// Lane index.
    l: usize,
    /// Display date, headline, status, granularity.
    d: String,
    h: String,
    st: &'static str,
    gr: &'static str,
    /// Evidence: sentence, temporal phrase, TIMEX3 value.
    sen: String,
    tt: String,
    v: String,
    /// Source line and how the date was resolved.
    src: String,
    how: String,
    who: String,
    loc: String,
    cat: String,
    /// Group name (the lane may be "other").
    g: String,
    /// Where the evidence is: article id, trigger, trigger offsets in chars.
    art: String,
    tr: String,
    cs: usize,
    ce: usize,
    conf: f32,
}

/// Writes the page.
pub fn write(timeline: &Timeline, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    let title = opts.title_for(&timeline.events);
    let dated = view::dated(&timeline.events);
    let ids: Vec<String> = view::event_ids(dated.iter().copied())
        .into_iter()
        .map(|id| format!("ev-{id}"))
        .collect();
    let (lanes, lane_of) = lanes(&dated, opts);
    let events: Vec<PageEvent> = dated
        .iter()
        .zip(&ids)
        .filter_map(|(event, id)| page_event(event, id, &lane_of, opts))
        .collect();
    let colours: Vec<&str> = events.iter().map(|e| lanes[e.l].colour).collect();
    let data = PageData {
        title: title.clone(),
        group_by: opts.group_by,
        lanes,
        events,
    };
    let json = script_safe_json(&data)?;
    let list = reading_list(&timeline.events, &dated, &ids, &colours, opts);
    let summary = view::summary(&timeline.events);
    // Fill the template; each placeholder appears once and the inserted parts cannot
    // contain a placeholder (escaped text has no braces turned into `{{`… markers).
    let mut page = String::with_capacity(PAGE.len() + STYLE.len() + SCRIPT.len() + json.len() + list.len());
    let mut rest = PAGE;
    while let Some(open) = rest.find("{{") {
        page.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            page.push_str(&rest[open..]);
            rest = "";
            break;
        };
        match &after[..close] {
            "TITLE" => page.push_str(&view::escape_html(&title)),
            "SUMMARY" => page.push_str(&view::escape_html(&summary)),
            "STYLE" => page.push_str(STYLE),
            "SCRIPT" => page.push_str(SCRIPT),
            "DATA" => page.push_str(&json),
            "LIST" => page.push_str(&list),
            other => {
                page.push_str("{{");
                page.push_str(other);
                page.push_str("}}");
            }
        }
        rest = &after[close + 2..];
    }
    page.push_str(rest);
    w.write_all(page.as_bytes())
}

/// JSON that is safe inside `<script type="application/json">`: `<` only occurs inside
/// JSON strings, where `\u003c` means the same, so `</script>` and `<!--` cannot occur.
pub fn script_safe_json<T: Serialize>(value: &T) -> std::io::Result<String> {
    Ok(serde_json::to_string(value)?.replace('<', "\\u003c"))
}

/// The lanes, biggest group first, and the lane of every group name.
fn lanes(dated: &[&Event], opts: &ViewOptions) -> (Vec<Lane>, BTreeMap<String, usize>) {
    let mut groups = view::groups(dated.iter().copied(), opts);
    // Biggest first; `sort_by` is stable, so equal groups keep first-appearance order.
    groups.sort_by_key(|g| std::cmp::Reverse(g.1));
    let mut lanes = Vec::new();
    let mut lane_of = BTreeMap::new();
    let overflow = groups.len() > MAX_LANES;
    let own = if overflow { MAX_LANES - 1 } else { groups.len() };
    for (i, (name, count)) in groups.iter().enumerate() {
        if i < own {
            lane_of.insert(name.clone(), lanes.len());
            lanes.push(Lane {
                name: name.clone(),
                colour: PALETTE[i % PALETTE.len()],
                count: *count,
            });
        } else {
            lane_of.insert(name.clone(), own);
        }
    }
    if overflow {
        let rest = &groups[own..];
        lanes.push(Lane {
            name: format!("{} others", rest.len()),
            colour: OTHER_COLOUR,
            count: rest.iter().map(|(_, n)| n).sum(),
        });
    }
    (lanes, lane_of)
}

fn page_event(
    event: &Event,
    id: &str,
    lane_of: &BTreeMap<String, usize>,
    opts: &ViewOptions,
) -> Option<PageEvent> {
    let start = event.start?;
    let end = crate::time::interval::end_after(start, event.end);
    let group = opts.group_of(event);
    Some(PageEvent {
        id: id.to_string(),
        s: view::epoch_days(start),
        e: view::epoch_days(end),
        p: view::is_point(event),
        l: lane_of.get(&group).copied().unwrap_or(0),
        d: view::display_date(event),
        h: headline(event),
        st: view::status_name(event.status),
        gr: event.granularity.map(view::granularity_name).unwrap_or("day"),
        sen: view::one_line(&event.sentence),
        tt: view::one_line(&event.time_text),
        v: event.date.clone(),
        src: opts.source_line(event),
        how: opts.resolution(event),
        who: event.actors.join(", "),
        loc: event.location.clone().unwrap_or_default(),
        cat: event.category.clone().unwrap_or_default(),
        g: group,
        art: event.article.clone(),
        tr: event.trigger.clone(),
        cs: event.char_start,
        ce: event.char_end,
        conf: event.confidence,
    })
}

fn headline(event: &Event) -> String {
    let text = view::one_line(&event.headline);
    if text.is_empty() {
        view::one_line(&event.trigger)
    } else {
        text
    }
}

/// The reading list: a section per year, an entry per event, undated events last.
fn reading_list(
    all: &[Event],
    dated: &[&Event],
    ids: &[String],
    colours: &[&str],
    opts: &ViewOptions,
) -> String {
    let mut html = String::new();
    let mut heading: Option<String> = None;
    for ((event, id), colour) in dated.iter().zip(ids).zip(colours) {
        let this = view::heading(event);
        if heading.as_deref() != Some(this.as_str()) {
            if heading.is_some() {
                html.push_str("</ol></section>\n");
            }
            html.push_str(&format!(
                "<section class=\"year\"><h2>{}</h2><ol class=\"entries\">\n",
                view::escape_html(&this)
            ));
            heading = Some(this);
        }
        html.push_str(&entry(event, Some(id), colour, opts));
    }
    if heading.is_some() {
        html.push_str("</ol></section>\n");
    }
    let undated: Vec<&Event> = all.iter().filter(|e| e.start.is_none()).collect();
    if !undated.is_empty() {
        html.push_str(&format!(
            "<section class=\"year\"><h2>{}</h2><ol class=\"entries\">\n",
            view::UNDATED
        ));
        for event in undated {
            html.push_str(&entry(event, None, OTHER_COLOUR, opts));
        }
        html.push_str("</ol></section>\n");
    }
    if html.is_empty() {
        html.push_str("<p class=\"empty\">No dated events were found.</p>\n");
    }
    html
}

/// One entry of the reading list.
fn entry(event: &Event, id: Option<&str>, colour: &str, opts: &ViewOptions) -> String {
    let id_attr = id
        .map(|id| format!(" id=\"{}\"", view::escape_html(id)))
        .unwrap_or_default();
    let status = match event.status {
        Status::Occurred => String::new(),
        other => format!(
            " <span class=\"badge badge-{0}\">{0}</span>",
            view::status_name(other)
        ),
    };
    // Negated, reported, denied…: a badge, so no such event reads as a plain fact.
    let factuality = view::factuality(event);
    let status = if factuality.is_empty() {
        status
    } else {
        format!(
            "{status} <span class=\"badge badge-factuality\">{}</span>",
            view::escape_html(&factuality)
        )
    };
    // Sources that disagree on the date: a badge here, the competing dates in the source line.
    let status = if opts.source_line(event).contains(view::CONFLICT_MARK) {
        format!(
            "{status} <span class=\"badge badge-conflict\">{} conflict</span>",
            view::CONFLICT_MARK
        )
    } else {
        status
    };
    let mut meta: Vec<String> = Vec::new();
    if !event.actors.is_empty() {
        meta.push(format!(
            "<span>{}</span>",
            view::escape_html(&event.actors.join(", "))
        ));
    }
    if let Some(place) = event.location.as_deref().filter(|p| !p.trim().is_empty()) {
        meta.push(format!("<span>{}</span>", view::escape_html(place)));
    }
    meta.push(format!(
        "<span class=\"src\">{}</span>",
        view::escape_html(&opts.source_line(event))
    ));
    format!(
        "<li class=\"entry status-{status_class}\"{id_attr} style=\"--c:{colour}\">\
         <div class=\"when\">{date}</div>\
         <div class=\"what\"><h3>{headline}{status}</h3>\
         <p class=\"sentence\">{sentence}</p>\
         <p class=\"meta\">{meta}</p>\
         <p class=\"how\">Date: {how}</p></div></li>\n",
        status_class = view::status_name(event.status),
        date = view::escape_html(&view::display_date(event)),
        headline = view::escape_html(&headline(event)),
        sentence = marked_sentence(event),
        meta = meta.join(" \u{b7} "),
        how = view::escape_html(&opts.resolution(event)),
    )
}

/// The sentence, escaped, with the temporal phrase in `<mark>` (its first occurrence).
fn marked_sentence(event: &Event) -> String {
    let sentence = view::one_line(&event.sentence);
    let phrase = view::one_line(&event.time_text);
    match sentence.find(phrase.as_str()).filter(|_| !phrase.is_empty()) {
        Some(at) => {
            let (before, rest) = sentence.split_at(at);
            let (found, after) = rest.split_at(phrase.len());
            format!(
                "{}<mark>{}</mark>{}",
                view::escape_html(before),
                view::escape_html(found),
                view::escape_html(after)
            )
        }
        None => view::escape_html(&sentence),
    }
}
