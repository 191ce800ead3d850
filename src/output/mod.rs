//! Writers: timelines as CSV, JSON and a terminal table.
//!
//! Every writer is a plain function with the same shape, [`WriteFn`]:
//!
//! ```ignore
//! fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()>
//! ```
//!
//! To add a format: add a module here with such a function, a variant to
//! `TimelineFormat` in `src/cli/timeline.rs`, and one line in its `writer()` match. The
//! visual formats (TimelineJS, vis.js, HTML, Markdown) also take [`view::ViewOptions`]:
//! each is a leaf that reads the shared [`view`] helpers, and [`write_view`] here picks
//! the writer for a [`ViewFormat`]. Writers must be deterministic (same timeline, same bytes) and
//! should use [`COLUMNS`] when they show per-event fields, so every format names them
//! the same way.

use std::io::{self, Write};

use crate::event::Event;
use crate::merge::timeline::{ArticleSummary, Reports, Timeline};
pub use view::conflict_text;

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;
pub mod timelinejs;
pub mod view;
pub mod vis;

/// The formats timeline tools and readers use, each written by its own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewFormat {
    /// Knight Lab TimelineJS3 JSON ([`timelinejs::write`]).
    TimelineJs,
    /// The TimelineJS spreadsheet columns as CSV ([`timelinejs::write_csv`]).
    TimelineJsCsv,
    /// vis-timeline items and groups ([`vis::write`]).
    Vis,
    /// A self-contained HTML page ([`html::write`]).
    Html,
    /// A Markdown chronology ([`markdown::write`]).
    Markdown,
}

/// Writes `timeline` in the view `format`, by the module that writes it.
pub fn write_view(
    format: ViewFormat,
    timeline: &Timeline,
    opts: &view::ViewOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ViewFormat::TimelineJs => timelinejs::write(timeline, opts, w),
        ViewFormat::TimelineJsCsv => timelinejs::write_csv(timeline, opts, w),
        ViewFormat::Vis => vis::write(timeline, opts, w),
        ViewFormat::Html => html::write(timeline, opts, w),
        ViewFormat::Markdown => markdown::write(timeline, opts, w),
    }
}

/// The shape of every timeline writer.
pub type WriteFn = fn(&Timeline, &mut dyn Write) -> io::Result<()>;

/// One row as the flat writers (CSV, table) see it: the event, who reported it (merged
/// timelines) and the article it was read from, when the timeline knows it.
pub struct Row<'a> {
    pub event: &'a Event,
    pub reports: Option<&'a Reports>,
    pub article: Option<&'a ArticleSummary>,
}

/// A column of flat output: its header and how a row gives its cell.
pub struct Column {
    pub name: &'static str,
    pub value: fn(&Row) -> String,
}

/// The columns of CSV output, in order; the README documents each. Adding a column is one
/// line here (and one in the README).
pub const COLUMNS: &[Column] = &[
    Column {
        name: "date",
        value: |r| date_text(r.event),
    },
    Column {
        name: "start",
        value: |r| day(r.event.start),
    },
    Column {
        name: "end",
        value: |r| day(r.event.end),
    },
    Column {
        name: "granularity",
        value: |r| {
            r.event
                .granularity
                .map(|g| g.as_str().to_string())
                .unwrap_or_default()
        },
    },
    Column {
        name: "status",
        value: |r| r.event.status.as_str().to_string(),
    },
    Column {
        name: "polarity",
        value: |r| r.event.polarity.as_str().to_string(),
    },
    Column {
        name: "modality",
        value: |r| r.event.modality.as_str().to_string(),
    },
    Column {
        name: "source",
        value: |r| r.event.source.clone().unwrap_or_default(),
    },
    Column {
        name: "trigger",
        value: |r| r.event.trigger.clone(),
    },
    Column {
        name: "headline",
        value: |r| r.event.headline.clone(),
    },
    Column {
        name: "actors",
        value: |r| r.event.actors.join(ACTOR_SEPARATOR),
    },
    Column {
        name: "location",
        value: |r| r.event.location.clone().unwrap_or_default(),
    },
    Column {
        name: "category",
        value: |r| r.event.category.clone().unwrap_or_default(),
    },
    Column {
        name: "time_text",
        value: |r| r.event.time_text.clone(),
    },
    Column {
        name: "sentence",
        value: |r| r.event.sentence.clone(),
    },
    Column {
        name: "article",
        value: |r| r.event.article.clone(),
    },
    Column {
        name: "char_start",
        value: |r| r.event.char_start.to_string(),
    },
    Column {
        name: "char_end",
        value: |r| r.event.char_end.to_string(),
    },
    Column {
        name: "confidence",
        value: |r| format!("{:.2}", r.event.confidence),
    },
    Column {
        name: "place",
        value: |r| r.event.place.as_deref().map(display_place).unwrap_or_default(),
    },
    Column {
        name: "agency",
        value: |r| r.event.agency.as_deref().map(display_agency).unwrap_or_default(),
    },
    Column {
        name: "dct",
        value: |r| day(r.event.dct),
    },
    Column {
        name: "rule",
        value: |r| r.event.rule.clone(),
    },
    Column {
        name: "mentions",
        value: |r| r.reports.map_or(1, |x| x.mentions).to_string(),
    },
    Column {
        name: "sources",
        value: |r| sources(r),
    },
    Column {
        name: "agencies",
        value: |r| agencies(r),
    },
    Column {
        name: "conflict",
        value: |r| conflict_text(r.reports.and_then(|x| x.conflict.as_ref())),
    },
    Column {
        name: "path",
        value: |r| r.article.and_then(|a| a.path.clone()).unwrap_or_default(),
    },
    Column {
        name: "url",
        value: |r| r.article.and_then(|a| a.url.clone()).unwrap_or_default(),
    },
    Column {
        name: "title",
        value: |r| r.article.and_then(|a| a.title.clone()).unwrap_or_default(),
    },
    // Last, so the columns before it keep their places for readers that count them.
    Column {
        name: "mod",
        value: |r| r.event.modifier.clone().unwrap_or_default(),
    },
];

/// The header of flat output.
pub fn header() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|c| c.name)
}

/// A row's cells, in [`COLUMNS`] order.
pub fn cells(row: &Row) -> Vec<String> {
    COLUMNS.iter().map(|c| (c.value)(row)).collect()
}

/// How actors (and lists of sources) are joined in flat formats (CSV, table).
pub const ACTOR_SEPARATOR: &str = "; ";

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// The `date` cell: the TIMEX3 value, except that a decade or century is written with
/// `X` for its open digits so it reads as a date (`199X` for the 1990s, `20XX` for the
/// 21st century; TIMEX3 itself writes `199` and `20`), each end of a range alike
/// (`198X/199X`).
pub fn date_text(e: &Event) -> String {
    use crate::time::interval::Granularity;
    match e.granularity {
        Some(Granularity::Decade | Granularity::Century) => e
            .date
            .split('/')
            .map(|v| {
                if v.len() < 4 && v.chars().all(|c| c.is_ascii_digit()) {
                    format!("{v:X<4}")
                } else {
                    v.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("/"),
        _ => e.date.clone(),
    }
}

/// A place as one form, whatever the dateline's case: `MOSCOW` and `Moscow` are both
/// `Moscow`, `NEW YORK` is `New York`; mixed case is kept as written.
pub fn display_place(name: &str) -> String {
    recase(name, 2)
}

/// An agency as one form: a shouted name of five letters or more (`INTERFAX`,
/// `REUTERS`) is written `Interfax`, `Reuters`; shorter capitals are acronyms and stay
/// (`AFP`, `TASS`, `AP`); mixed case is kept (`RIA Novosti`).
pub fn display_agency(name: &str) -> String {
    recase(name, 5)
}

/// Title-cases each all-capital word of at least `min` letters, when the whole name has
/// no lower-case letter (a name written in mixed case is already in its display form).
fn recase(name: &str, min: usize) -> String {
    let name = name.trim();
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().filter(|c| c.is_alphabetic()).count() >= min {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.push(first);
                out.extend(chars.flat_map(char::to_lowercase));
            }
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in name.chars() {
        if c.is_alphabetic() || c == '\'' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The articles behind a row, each once, in source order.
fn sources(r: &Row) -> String {
    match r.reports {
        Some(x) => unique(x.sources.iter().map(|s| s.event.article.clone())),
        None => r.event.article.clone(),
    }
}

/// The agencies behind a row, each once in its display form, in source order.
fn agencies(r: &Row) -> String {
    match r.reports {
        Some(x) => unique(x.sources.iter().filter_map(|s| s.agency()).map(display_agency)),
        None => r.event.agency.as_deref().map(display_agency).unwrap_or_default(),
    }
}

fn unique(values: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for v in values {
        if !v.is_empty() && !seen.contains(&v) {
            seen.push(v);
        }
    }
    seen.join(ACTOR_SEPARATOR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{Conflict, ConflictValue};

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
    fn names_have_one_display_form() {
        let places = [
            ("MOSCOW", "Moscow"),
            ("Moscow", "Moscow"),
            ("NEW YORK", "New York"),
            ("ST. PETERSBURG", "St. Petersburg"),
            ("МОСКВА", "Москва"),
            ("", ""),
        ];
        for (raw, want) in places {
            assert_eq!(display_place(raw), want, "{raw}");
        }
        let agencies = [
            ("INTERFAX", "Interfax"),
            ("Interfax", "Interfax"),
            ("AFP", "AFP"),
            ("TASS", "TASS"),
            ("RIA Novosti", "RIA Novosti"),
            ("REUTERS", "Reuters"),
            ("AP", "AP"),
        ];
        for (raw, want) in agencies {
            assert_eq!(display_agency(raw), want, "{raw}");
        }
    }

    #[test]
    fn broad_dates_read_as_dates() {
        use crate::time::interval::Granularity;
        let cases = [
            ("20", Some(Granularity::Century), "20XX"),
            ("199", Some(Granularity::Decade), "199X"),
            ("2009", Some(Granularity::Year), "2009"),
            ("198/199", Some(Granularity::Decade), "198X/199X"),
            ("2014/2022", Some(Granularity::Year), "2014/2022"),
            (
                "2024-07-09/2024-07-11",
                Some(Granularity::Day),
                "2024-07-09/2024-07-11",
            ),
            ("PRESENT_REF", None, "PRESENT_REF"),
        ];
        for (value, g, want) in cases {
            let e = Event {
                date: value.into(),
                granularity: g,
                ..Default::default()
            };
            assert_eq!(date_text(&e), want, "{value}");
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
