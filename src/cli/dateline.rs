//! `chronicle dateline`: where and when each story was filed.

use std::io::Write;

use chronicle::api::DatelineRow as Row;
use clap::{Args, ValueEnum};

use super::CommonArgs;

const AFTER_HELP: &str = "\
Examples:
  chronicle dateline samples/                    a table: place, agency, date, how it was found
  chronicle dateline --format json samples/      the same as a JSON array
  chronicle dateline --year 2009 story.txt       a year for datelines that give none
  chronicle dateline --dct 2009-12-01 story.txt  set the document date yourself
  curl -s URL | chronicle dateline -             an HTML page from standard input

The document date comes from, strongest first: --dct; --dct-map; the record's own date
(JSONL dct/date/published field, TimeML DCT); the page's printed dates (HTML metadata,
\"Published …\" lines, the dateline, bylines, date lines under the headline, agency
lines, timestamps, weekday headers, \"Web posted\"); a date without a year, the year
inferred from weighted evidence (weekdays, years mentioned, officials in office, NATO's
size, --year); dates in the url or file name; \"Updated\" lines last. With --format
json, `kind` names the exact source and `alternatives` lists the runners-up and the page
furniture that was refused, with why.

Exit codes: 0 all inputs processed, 1 some inputs skipped (see stderr), 2 usage error.";

#[derive(Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct DatelineArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = DatelineFormat::Table)]
    pub format: DatelineFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatelineFormat {
    /// Aligned columns, each article's reason on the line below.
    Table,
    /// A JSON array of objects.
    Json,
}

pub fn run(args: DatelineArgs) -> i32 {
    if let Err(code) = args.common.start("dateline") {
        return code;
    }
    let loaded = args.common.load();
    let opts = args.common.dct_options();
    let rows = chronicle::api::datelines(&loaded.articles, &opts);
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        match args.format {
            DatelineFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
            }
            DatelineFormat::Table => write_table(&mut out, &rows)?,
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}

/// Aligned columns; the reason goes on its own indented line so the columns stay narrow.
fn write_table(out: &mut dyn Write, rows: &[Row]) -> std::io::Result<()> {
    let header = ["ARTICLE", "LANG", "PLACE", "AGENCY", "DATE", "SOURCE", "CONF"];
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            [
                r.article.clone(),
                r.lang.to_string(),
                r.place.clone().unwrap_or_else(|| "-".into()),
                r.agency.clone().unwrap_or_else(|| "-".into()),
                r.date.clone().unwrap_or_else(|| "-".into()),
                serde_json::to_value(r.source)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                format!("{:.2}", r.confidence),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cols: &[String]| -> String {
        let padded: Vec<String> = cols
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(&header.map(String::from)))?;
    for (row, r) in cells.iter().zip(rows) {
        writeln!(out, "{}", line(row))?;
        writeln!(out, "    why: {}", r.reason)?;
    }
    Ok(())
}
