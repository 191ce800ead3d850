//! `chronicle timex`: temporal expressions and their TIMEX3 values.
//!
//! Formats: `table` (aligned columns for reading), `jsonl` (one line per article: id,
//! dct, timexes with char offsets), `timeml` (each article as a TimeML document with
//! TIMEX3 tags, as TimeBank tools load it).

use std::io::Write;

use chronicle::api::TimexLine as JsonLine;
use clap::{Args, ValueEnum};

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct TimexArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format: `table` (readable), `jsonl` (one line per article), `timeml`.
    #[arg(short, long, value_enum, default_value_t = TimexFormat::Table)]
    pub format: TimexFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexFormat {
    Table,
    Jsonl,
    Timeml,
}

/// One row of the table.
struct Row {
    cells: [String; 9],
}

const HEADER: [&str; 9] = [
    "article", "start", "end", "text", "type", "value", "mod", "range", "rule",
];

pub fn run(args: TimexArgs) -> i32 {
    if let Err(code) = args.common.start("timex") {
        return code;
    }
    let loaded = args.common.load();
    let opts = chronicle::run::pipeline::Options {
        dct: args.common.dct_options(),
        undated: false,
    };
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        let mut rows: Vec<Row> = Vec::new();
        let mut line = Vec::new();
        // `tag`: the document date and expressions only (the event stage is not needed)
        for article in loaded.articles {
            let a = chronicle::run::pipeline::tag(article, &opts);
            if a.date.is_none() && !args.common.quiet {
                eprintln!(
                    "chronicle: {}: no document date; relative expressions stay unresolved \
                     (give one with --dct YYYY-MM-DD)",
                    a.article.id
                );
            }
            match args.format {
                TimexFormat::Jsonl => {
                    line.clear();
                    serde_json::to_writer(&mut line, &JsonLine::of(&a))?;
                    line.push(b'\n');
                    out.write_all(&line)?;
                }
                TimexFormat::Timeml => {
                    let doc = chronicle::timex::timeml::document(
                        &a.article.id,
                        a.date,
                        &a.article.text,
                        &a.timexes,
                    );
                    out.write_all(doc.as_bytes())?;
                }
                TimexFormat::Table => {
                    for t in &a.timexes {
                        rows.push(Row {
                            cells: [
                                a.article.id.clone(),
                                t.start.to_string(),
                                t.end.to_string(),
                                t.text.split_whitespace().collect::<Vec<_>>().join(" "),
                                t.kind.as_str().to_string(),
                                t.value.clone(),
                                t.modifier.clone().unwrap_or_default(),
                                // the range this expression is an end of, as an ISO 8601
                                // interval (`2014/PRESENT_REF` for "since 2014")
                                t.range
                                    .as_ref()
                                    .map(|r| format!("{}/{}", r.start, r.end))
                                    .unwrap_or_default(),
                                format!("{} ({})", t.rule, t.anchor),
                            ],
                        });
                    }
                }
            }
        }
        if args.format == TimexFormat::Table {
            write_table(&mut out, &rows)?;
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}

/// Writes rows as aligned columns under a header (the last column is not padded).
fn write_table(out: &mut dyn Write, rows: &[Row]) -> std::io::Result<()> {
    let mut widths = HEADER.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(&r.cells) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: [&str; 9]| -> String {
        let mut s = String::new();
        for (k, (c, w)) in cells.iter().zip(widths).enumerate() {
            if k + 1 == cells.len() {
                s.push_str(c);
            } else if k == 1 || k == 2 {
                s.push_str(&format!("{c:>w$}  "));
            } else {
                s.push_str(&format!("{c:<w$}  "));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(HEADER))?;
    for r in rows {
        let cells: [&str; 9] = std::array::from_fn(|k| r.cells[k].as_str());
        writeln!(out, "{}", line(cells))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle::api::TimexJson as JsonTimex;
    use chronicle::run::pipeline::Tagged;
    use chronicle::timex::Timex;

    /// The line as a `serde_json::json!` map writes it (keys sorted), the reference.
    fn by_value(a: &Tagged) -> String {
        serde_json::json!({
            "id": a.article.id,
            "lang": a.lang.code(),
            "dct": a.date.map(|d| d.to_string()),
            "timexes": a.timexes,
        })
        .to_string()
    }

    #[test]
    fn a_line_has_the_bytes_of_the_value_route() {
        let opts = chronicle::run::pipeline::Options::default();
        let texts = [
            "MOSCOW, Dec 1 (Reuters) - Talks \"resumed\" on Tuesday, mid-2009, \\ for 3 weeks; every Monday at 5 p.m.",
            "Вчера, 1 декабря 2009 года, в Москве прошли переговоры.",
            "No dates here at all.",
            "About 7 years ago, in early June, and again last week.",
        ];
        for (k, text) in texts.iter().enumerate() {
            let article = chronicle::input::article::Article {
                id: format!("case-{k} \"quoted\""),
                text: text.to_string(),
                ..Default::default()
            };
            let a = chronicle::run::pipeline::tag(article, &opts);
            let direct = serde_json::to_string(&JsonLine::of(&a)).expect("serialises");
            assert_eq!(direct, by_value(&a), "case {k}");
        }
    }

    /// A field added to `Timex` must be added to [`JsonTimex`] too: the keys match.
    #[test]
    fn every_timex_field_is_written() {
        let t = Timex {
            start: 0,
            end: 4,
            text: "June".into(),
            kind: chronicle::timex::TimexType::Date,
            value: "2009-06".into(),
            modifier: Some("START".into()),
            range: Some(chronicle::timex::Range {
                start: "2009-06".into(),
                end: "2009-07".into(),
            }),
            rule: "month".into(),
            anchor: "dct".into(),
        };
        let keys = |v: serde_json::Value| -> Vec<String> {
            v.as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let value = serde_json::to_value(&t).expect("serialises");
        let direct = serde_json::to_value(JsonTimex::of(&t)).expect("serialises");
        assert_eq!(keys(direct.clone()), keys(value.clone()));
        assert_eq!(direct, value);
    }
}
