//! `chronicle timex`: temporal expressions and their TIMEX3 values.
//!
//! Formats: `table` (aligned columns for reading), `jsonl` (one line per article: id,
//! dct, timexes with char offsets), `timeml` (each article as a TimeML document with
//! TIMEX3 tags, as TimeBank tools load it).

use std::io::Write;

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
    cells: [String; 8],
}

const HEADER: [&str; 8] = ["article", "start", "end", "text", "type", "value", "mod", "rule"];

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
        for article in loaded.articles.iter().cloned() {
            let a = chronicle::run::pipeline::analyze(article, &opts);
            if a.dct.date.is_none() && !args.common.quiet {
                eprintln!(
                    "chronicle: {}: no document date; relative expressions stay unresolved \
                     (give one with --dct YYYY-MM-DD)",
                    a.article.id
                );
            }
            match args.format {
                TimexFormat::Jsonl => {
                    let line = serde_json::json!({
                        "id": a.article.id,
                        "lang": chronicle::lang::of(&a.article).code(),
                        "dct": a.dct.date.map(|d| d.to_string()),
                        "timexes": a.timexes,
                    });
                    writeln!(out, "{line}")?;
                }
                TimexFormat::Timeml => {
                    let doc = chronicle::timex::timeml::document(
                        &a.article.id,
                        a.dct.date,
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
    let line = |cells: [&str; 8]| -> String {
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
        let cells: [&str; 8] = std::array::from_fn(|k| r.cells[k].as_str());
        writeln!(out, "{}", line(cells))?;
    }
    Ok(())
}
