//! A Markdown chronology for reports: a heading per year, a bullet per event.
//!
//! ```text
//! ## 2008
//!
//! - **June 2008** — Medvedev proposed a new European security pact.
//!   Source: ria-novosti-2009-12-01 (RIA Novosti, BRUSSELS)
//! ```
//!
//! Events that have not (or not yet) happened say so (`*scheduled*`); events without a
//! calendar date (`earlier`, `recently`) come last under "Undated". Article text is
//! escaped so that `*`, `_`, `[` or `<` in a headline stay literal.

use std::io::Write;

use crate::event::{Event, Status};
use crate::merge::timeline::Timeline;

use super::view::{self, ViewOptions};

/// Writes the chronology.
pub fn write(timeline: &Timeline, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "# {}", escape(&opts.title_for(&timeline.events)))?;
    writeln!(w)?;
    writeln!(w, "{}.", escape(&view::summary(&timeline.events)))?;
    let undated: Vec<&Event> = timeline.events.iter().filter(|e| e.start.is_none()).collect();
    let mut heading: Option<String> = None;
    for event in view::dated(&timeline.events) {
        let this = view::heading(event);
        if heading.as_deref() != Some(this.as_str()) {
            writeln!(w, "\n## {this}\n")?;
            heading = Some(this);
        }
        write_bullet(event, opts, w)?;
    }
    if !undated.is_empty() {
        writeln!(w, "\n## {}\n", view::UNDATED)?;
        for event in undated {
            write_bullet(event, opts, w)?;
        }
    }
    Ok(())
}

fn write_bullet(event: &Event, opts: &ViewOptions, w: &mut dyn Write) -> std::io::Result<()> {
    let headline = view::one_line(&event.headline);
    let headline = if headline.is_empty() {
        view::one_line(&event.trigger)
    } else {
        headline
    };
    let status = match event.status {
        Status::Occurred => String::new(),
        other => format!(" *({})*", view::status_name(other)),
    };
    let factuality = view::factuality(event);
    let status = if factuality.is_empty() {
        status
    } else {
        format!("{status} *\\[{}\\]*", escape(&factuality))
    };
    writeln!(
        w,
        "- **{}** \u{2014} {}{status}  \n  Source: {}",
        escape(&view::display_date(event)),
        escape(&headline),
        escape(&opts.source_line(event)),
    )
}

/// Backslash-escapes the characters Markdown would read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in view::one_line(text).chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
