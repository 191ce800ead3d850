//! A table for people at a terminal: when, what, who and from which sources, fitted to
//! the terminal's width.
//!
//! Dates are written in words as the Markdown chronology writes them (`1 December 2009`,
//! `week 50 of 2021 (13 Dec – 19 Dec)`, `late 2023`; [`super::view::display_date`]).
//! Long cells wrap at spaces — a headline is never cut, and never broken inside a word
//! unless one word is wider than its whole column — so every word of every row is
//! there at any width. The text columns share what the fixed ones leave of the width,
//! each in proportion to its weight; a column narrower than its share gives the rest to
//! the others.
//!
//! A row whose year hangs on a guessed document date (inferred from the story below
//! [`crate::dct::SURE_INFERENCE`], and dated by a phrase without a year of its own, such
//! as "on Tuesday") is marked with [`GUESS_MARK`] after its date, and a note under the
//! table says what the mark means and what to do.

use std::io::{self, Write};

use crate::merge::timeline::{ArticleSummary, Timeline};

/// The columns a table shows unless told otherwise (`--columns`).
pub const DEFAULT_COLUMNS: &[&str] = &["when", "what", "who", "sources"];

/// The table's own columns; every CSV column ([`super::COLUMNS`]) may be shown too.
pub const TABLE_COLUMNS: &[&str] = &["when", "what", "who", "sources"];

/// The mark after a date whose year is a guess.
pub const GUESS_MARK: &str = "?";

/// The width when none is given and the output is not a terminal.
pub const DEFAULT_WIDTH: usize = 100;

/// The narrowest a text column is made, however little room there is.
const MIN_TEXT_WIDTH: usize = 8;

/// The date column grows to a fifth of the line before it wraps, but at least this wide
/// (`29 November 2009`) and at most [`MAX_WHEN_WIDTH`].
const MIN_WHEN_WIDTH: usize = 16;
/// `week 50 of 2021 (13 Dec – 19 Dec)` fits.
const MAX_WHEN_WIDTH: usize = 34;

/// Columns that wrap and share the width, with their weights.
const TEXT_COLUMNS: &[(&str, usize)] = &[
    ("what", 5),
    ("headline", 5),
    ("who", 3),
    ("actors", 3),
    ("sources", 3),
    ("sentence", 6),
    ("title", 3),
    ("conflict", 3),
    ("agencies", 2),
    ("time_text", 2),
    ("url", 3),
    ("path", 3),
    ("category", 2),
    ("location", 2),
    ("source", 2),
    ("article", 2),
];

/// What a table shows and how wide it may be.
#[derive(Debug, Clone)]
pub struct TableOptions {
    /// The line width in characters.
    pub width: usize,
    /// Column names, in order: [`TABLE_COLUMNS`] or [`super::COLUMNS`] names.
    pub columns: Vec<String>,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            width: DEFAULT_WIDTH,
            columns: DEFAULT_COLUMNS.iter().map(|c| c.to_string()).collect(),
        }
    }
}

/// Whether `name` is a column a table can show.
pub fn is_column(name: &str) -> bool {
    TABLE_COLUMNS.contains(&name) || super::COLUMNS.iter().any(|c| c.name == name)
}

/// Writes the timeline as a table of [`DEFAULT_WIDTH`] with the default columns (the
/// [`super::WriteFn`] of the table format; the command line calls [`write_with`]).
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    write_with(timeline, &TableOptions::default(), w)
}

/// Writes the timeline as a table; a row whose sources disagree on the date is followed
/// by a line with the competing dates.
pub fn write_with(timeline: &Timeline, opts: &TableOptions, w: &mut dyn Write) -> io::Result<()> {
    let one_article = timeline.articles.len() == 1;
    let columns: Vec<&str> = opts
        .columns
        .iter()
        .map(String::as_str)
        .filter(|c| is_column(c))
        // a timeline of one article has one source: the default table leaves it out
        .filter(|c| !(one_article && *c == "sources" && opts.columns == TableOptions::default().columns))
        .collect();
    if timeline.events.is_empty() || columns.is_empty() {
        return writeln!(w, "(no dated events)");
    }
    let articles: std::collections::HashMap<&str, &ArticleSummary> =
        timeline.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut guessed = false;
    let rows: Vec<Vec<String>> = timeline
        .events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let row = super::Row {
                event,
                reports: timeline.reports_of(i),
                article: articles.get(event.article.as_str()).copied(),
            };
            guessed |= year_is_a_guess(&row) && columns.contains(&"when");
            columns.iter().map(|c| cell(c, &row)).collect()
        })
        .collect();
    let headers: Vec<String> = columns.iter().map(|c| c.to_uppercase()).collect();
    let widths = widths(&columns, &headers, &rows, opts.width);
    let wrapped: Vec<Vec<Vec<String>>> = rows
        .iter()
        .map(|r| r.iter().zip(&widths).map(|(c, &n)| wrap(c, n)).collect())
        .collect();
    let spaced = wrapped.iter().any(|r| r.iter().any(|c| c.len() > 1));
    let header_cells: Vec<Vec<String>> = headers.iter().map(|h| vec![h.clone()]).collect();
    print_row(w, &header_cells, &widths)?;
    let rule: Vec<Vec<String>> = widths.iter().map(|&n| vec!["-".repeat(n)]).collect();
    print_row(w, &rule, &widths)?;
    for (i, cells) in wrapped.iter().enumerate() {
        if spaced && i > 0 {
            writeln!(w)?;
        }
        print_row(w, cells, &widths)?;
        let conflict = timeline.reports_of(i).and_then(|r| r.conflict.as_ref());
        if conflict.is_some() {
            let indent = widths[0] + 2;
            let note = super::view::conflict_note(conflict);
            for line in wrap(&note, opts.width.saturating_sub(indent).max(MIN_TEXT_WIDTH)) {
                writeln!(w, "{:indent$}{line}", "")?;
            }
        }
    }
    if guessed {
        writeln!(w)?;
        let note = format!(
            "{GUESS_MARK} the year is a guess: the story's date was inferred below confidence {:.2} \
             and the event's phrase names no year (`chronicle dateline FILE` says why; give \
             --year or --dct to be sure)",
            crate::dct::SURE_INFERENCE
        );
        for line in wrap(&note, opts.width.max(MIN_TEXT_WIDTH)) {
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// Whether the row's year hangs on a guessed document date: the article's date was
/// inferred below [`crate::dct::SURE_INFERENCE`] and the phrase that dates the event
/// writes no year ("on Tuesday", "last week").
pub fn year_is_a_guess(row: &super::Row) -> bool {
    let Some(article) = row.article else {
        return false;
    };
    let guessed = article.dct_source == crate::DctSource::Inferred
        && article.dct_confidence < crate::dct::SURE_INFERENCE;
    guessed && !writes_a_year(&row.event.time_text)
}

/// Whether a phrase writes a year: four digits in a row ("2009", "2009-12-01").
fn writes_a_year(phrase: &str) -> bool {
    let mut run = 0;
    for c in phrase.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// The cell of column `name` for a row.
fn cell(name: &str, row: &super::Row) -> String {
    let e = row.event;
    let text = match name {
        "when" => {
            let date = super::view::display_date(e);
            if year_is_a_guess(row) {
                format!("{date} {GUESS_MARK}")
            } else {
                date
            }
        }
        "what" => match super::view::factuality(e) {
            f if f.is_empty() => e.headline.clone(),
            f => format!("[{f}] {}", e.headline),
        },
        "who" => e.actors.join(super::ACTOR_SEPARATOR),
        "sources" => {
            let sources = who_told(row);
            match row.reports.map_or(1, |r| r.mentions) {
                n if n > 1 => format!("{sources} ({n} mentions)"),
                _ => sources,
            }
        }
        _ => super::COLUMNS
            .iter()
            .find(|c| c.name == name)
            .map(|c| (c.value)(row))
            .unwrap_or_default(),
    };
    text.replace(['\n', '\t', '\r'], " ")
}

/// Who told the row, each once, in source order: a source's agency in its display form
/// (`RIA Novosti`, `Interfax`), or its article id when it has no dateline agency (the
/// CSV `sources` and `agencies` columns have both lists).
fn who_told(row: &super::Row) -> String {
    let one = |e: &crate::event::Event| match e.agency.as_deref() {
        Some(a) if !a.trim().is_empty() => super::display_agency(a),
        _ => e.article.clone(),
    };
    let mut seen: Vec<String> = Vec::new();
    let all: Vec<String> = match row.reports {
        Some(r) => r.sources.iter().map(|s| one(&s.event)).collect(),
        None => vec![one(row.event)],
    };
    for s in all {
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    seen.join(super::ACTOR_SEPARATOR)
}

/// The width of each column: fixed columns as wide as their widest cell, the date
/// column up to a fifth of the line (between [`MIN_WHEN_WIDTH`] and [`MAX_WHEN_WIDTH`]),
/// and the text columns sharing the rest by weight.
fn widths(columns: &[&str], headers: &[String], rows: &[Vec<String>], total: usize) -> Vec<usize> {
    let natural: Vec<usize> = (0..columns.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([headers[i].chars().count()])
                .max()
                .unwrap_or(1)
                .max(1)
        })
        .collect();
    let weight = |c: &str| TEXT_COLUMNS.iter().find(|(n, _)| *n == c).map(|(_, w)| *w);
    let mut widths: Vec<usize> = columns
        .iter()
        .zip(&natural)
        .map(|(c, &n)| match *c {
            "when" => n.min((total / 5).clamp(MIN_WHEN_WIDTH, MAX_WHEN_WIDTH)),
            c if weight(c).is_some() => 0,
            _ => n,
        })
        .collect();
    let gaps = 2 * columns.len().saturating_sub(1);
    let mut left = total.saturating_sub(gaps + widths.iter().sum::<usize>());
    // Water-filling: a text column that needs less than its share takes what it needs,
    // and the others share the rest.
    let mut open: Vec<usize> = (0..columns.len())
        .filter(|&i| weight(columns[i]).is_some())
        .collect();
    while !open.is_empty() {
        let weights: usize = open.iter().map(|&i| weight(columns[i]).unwrap_or(1)).sum();
        let share = |i: usize| left * weight(columns[i]).unwrap_or(1) / weights.max(1);
        let (fits, rest): (Vec<usize>, Vec<usize>) = open.iter().partition(|&&i| natural[i] <= share(i));
        if fits.is_empty() {
            for &i in &rest {
                widths[i] = share(i).max(MIN_TEXT_WIDTH);
            }
            // what integer shares leave goes to the first text column
            let given: usize = rest.iter().map(|&i| widths[i]).sum();
            widths[rest[0]] += left.saturating_sub(given);
            break;
        }
        for &i in &fits {
            widths[i] = natural[i];
            left = left.saturating_sub(natural[i]);
        }
        open = rest;
    }
    widths
}

/// Writes one row of wrapped cells, line by line, each cell padded to its width.
fn print_row(w: &mut dyn Write, cells: &[Vec<String>], widths: &[usize]) -> io::Result<()> {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for k in 0..height {
        let mut line = String::new();
        for (j, (cell, &width)) in cells.iter().zip(widths).enumerate() {
            if j > 0 {
                line.push_str("  ");
            }
            let part = cell.get(k).map(String::as_str).unwrap_or("");
            line.push_str(part);
            line.extend(std::iter::repeat_n(
                ' ',
                width.saturating_sub(part.chars().count()),
            ));
        }
        writeln!(w, "{}", line.trim_end())?;
    }
    Ok(())
}

/// `text` in lines of at most `width` characters, broken at spaces. A word wider than
/// the whole line is broken after a hyphen or slash when it has one, else where the line
/// ends (the only case a word is split).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        loop {
            let (n, w) = (line.chars().count(), word.chars().count());
            if n > 0 && n + 1 + w <= width {
                line.push(' ');
                line.push_str(&word);
                break;
            }
            if n == 0 && w <= width {
                line.push_str(&word);
                break;
            }
            if n > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the line: its head up to a hyphen or slash, else as
            // much as fits.
            let chars: Vec<char> = word.chars().collect();
            let cut = chars[..width]
                .iter()
                .rposition(|&c| c == '-' || c == '/')
                .map_or(width, |p| p + 1);
            lines.push(chars[..cut].iter().collect());
            word = chars[cut..].iter().collect();
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        let cases: &[(&str, usize, &[&str])] = &[
            (
                "Russia published a draft",
                10,
                &["Russia", "published", "a draft"],
            ),
            ("Russia published a draft", 100, &["Russia published a draft"]),
            ("", 10, &[""]),
            ("NATO-Russia Council", 8, &["NATO-", "Russia", "Council"]),
            ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
            ("ria-novosti-2009-12-01", 12, &["ria-novosti-", "2009-12-01"]),
            ("Встреча министров НАТО", 10, &["Встреча", "министров", "НАТО"]),
        ];
        for (text, width, want) in cases {
            assert_eq!(wrap(text, *width), *want, "{text} at {width}");
        }
    }

    #[test]
    fn a_year_written_in_the_phrase_is_no_guess() {
        for (phrase, writes) in [
            ("Tuesday", false),
            ("June 2008", true),
            ("12 Dec", false),
            ("в 2008 году", true),
            ("the 1990s", true),
        ] {
            assert_eq!(writes_a_year(phrase), writes, "{phrase}");
        }
    }

    #[test]
    fn text_columns_share_the_width_by_weight() {
        let columns = ["when", "what", "who"];
        let headers: Vec<String> = columns.iter().map(|c| c.to_uppercase()).collect();
        let rows = vec![vec![
            "1 December 2009".to_string(),
            "x ".repeat(100),
            "y ".repeat(100),
        ]];
        let w = widths(&columns, &headers, &rows, 100);
        assert_eq!(w[0], 15);
        assert_eq!(w.iter().sum::<usize>() + 4, 100, "{w:?}");
        assert!(w[1] > w[2], "{w:?}");
        // a short column gives its share to the others
        let rows = vec![vec!["2009".to_string(), "x ".repeat(100), "NATO".to_string()]];
        let w = widths(&columns, &headers, &rows, 100);
        assert_eq!(w[2], 4);
        assert_eq!(w[1], 100 - 4 - 4 - 4, "{w:?}");
    }
}
