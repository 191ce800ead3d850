//! A table for people at a terminal: date, status, headline, actors, where.

use std::io::{self, Write};

use crate::merge::timeline::Timeline;

/// Column widths (chars); longer cells are cut with `…`. The date column widens to its
/// longest cell, up to [`DATE_MAX_WIDTH`], for ranges and dates with a `mod`.
const WIDTHS: [usize; 5] = [10, 9, 60, 40, 12];
/// `2024-07-09/2024-07-11` and `early 2009-W49` fit.
const DATE_MAX_WIDTH: usize = 24;
const HEADERS: [&str; 5] = ["DATE", "STATUS", "EVENT", "ACTORS", "WHERE"];

/// Writes the timeline as an aligned text table; a row whose sources disagree on the date
/// is followed by a line with the competing dates.
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    let dates: Vec<String> = timeline.events.iter().map(date_cell).collect();
    let mut widths = WIDTHS;
    widths[0] = dates
        .iter()
        .map(|d| d.chars().count())
        .fold(WIDTHS[0], usize::max)
        .min(DATE_MAX_WIDTH);
    row(w, &HEADERS.map(String::from), &widths)?;
    for ((i, e), date) in timeline.events.iter().enumerate().zip(dates) {
        let cells = [
            date,
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
        row(w, &cells, &widths)?;
        let conflict = timeline.reports_of(i).and_then(|r| r.conflict.as_ref());
        if conflict.is_some() {
            writeln!(
                w,
                "{:width$}  {}",
                "",
                super::view::conflict_note(conflict),
                width = widths[0]
            )?;
        }
    }
    if timeline.events.is_empty() {
        writeln!(w, "(no dated events)")?;
    }
    Ok(())
}

/// The date cell: the TIMEX3 value (a range's two, `2014/2022`), after the words of its
/// `mod` (`late 2023`, `mid-2021`, `early 2023-06`); a range's ends each with their own
/// (`early 2014/late 2016`).
fn date_cell(e: &crate::event::Event) -> String {
    let date = super::date_text(e);
    let ends = date.split_once('/');
    match (ends, e.modifier.as_deref().and_then(|m| m.split_once('/'))) {
        (Some((a, b)), Some((ma, mb))) => format!(
            "{}/{}",
            super::view::with_mod(a, Some(ma)),
            super::view::with_mod(b, Some(mb))
        ),
        _ => super::view::with_mod(&date, e.modifier.as_deref()),
    }
}

fn row(w: &mut dyn Write, cells: &[String; 5], widths: &[usize; 5]) -> io::Result<()> {
    let mut line = String::new();
    for (cell, &width) in cells.iter().zip(widths.iter()) {
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
