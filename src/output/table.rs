//! A table for people at a terminal: date, status, headline, actors, where.

use std::io::{self, Write};

use crate::merge::timeline::Timeline;

/// Column widths (chars); longer cells are cut with `…`.
const WIDTHS: [usize; 5] = [10, 9, 60, 40, 12];
const HEADERS: [&str; 5] = ["DATE", "STATUS", "EVENT", "ACTORS", "WHERE"];

/// Writes the timeline as an aligned text table; a row whose sources disagree on the date
/// is followed by a line with the competing dates.
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    row(w, &HEADERS.map(String::from))?;
    for (i, e) in timeline.events.iter().enumerate() {
        let cells = [
            super::date_text(e),
            e.status.as_str().to_string(),
            match super::view::factuality(e) {
                f if f.is_empty() => e.headline.clone(),
                // In front: a long headline is cut at the column's end.
                f => format!("[{f}] {}", e.headline),
            },
            e.actors.join(super::ACTOR_SEPARATOR),
            e.location
                .as_deref()
                .map(super::display_place)
                .unwrap_or_default(),
        ];
        row(w, &cells)?;
        let conflict = timeline.reports_of(i).and_then(|r| r.conflict.as_ref());
        if conflict.is_some() {
            writeln!(
                w,
                "{:width$}  {}",
                "",
                super::view::conflict_note(conflict),
                width = WIDTHS[0]
            )?;
        }
    }
    if timeline.events.is_empty() {
        writeln!(w, "(no dated events)")?;
    }
    Ok(())
}

fn row(w: &mut dyn Write, cells: &[String; 5]) -> io::Result<()> {
    let mut line = String::new();
    for (cell, &width) in cells.iter().zip(WIDTHS.iter()) {
        let cell = cell.replace(['\n', '\t'], " ");
        let n = cell.chars().count();
        if n > width {
            line.extend(cell.chars().take(width - 1));
            line.push('…');
        } else {
            line.push_str(&cell);
            line.extend(std::iter::repeat_n(' ', width - n));
        }
        line.push_str("  ");
    }
    writeln!(w, "{}", line.trim_end())
}
