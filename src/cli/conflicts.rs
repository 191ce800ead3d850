//! `chronicle conflicts`: the events that sources date differently, with who said what.
//! What a fact-checker looks at first.

use std::io::Write;

use clap::{Args, ValueEnum};

use chronicle::merge::MergedEvent;

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct ConflictsArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format (one CSV row per competing value).
    #[arg(short, long, value_enum, default_value_t = ConflictsFormat::Table)]
    pub format: ConflictsFormat,
    /// Keep the full records in memory instead of a temporary file.
    #[arg(long)]
    pub in_memory: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictsFormat {
    Table,
    Json,
    Csv,
}

pub fn run(args: ConflictsArgs) -> i32 {
    if let Err(code) = args.common.start("conflicts") {
        return code;
    }
    let (merger, diagnostics) = match super::merge::collect(&args.common, args.in_memory) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("chronicle: cannot read the inputs: {e}");
            return super::exit::SOME_SKIPPED;
        }
    };
    let result = (|| -> std::io::Result<()> {
        let mut rows = Vec::new();
        merger.finish_each(|row| {
            if row.conflict.is_some() {
                rows.push(row);
            }
            Ok(())
        })?;
        let mut out = args.common.writer()?;
        match args.format {
            ConflictsFormat::Table => write_table(&mut out, &rows)?,
            ConflictsFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                out.write_all(b"\n")?;
            }
            ConflictsFormat::Csv => write_csv(&mut out, &rows)?,
        }
        if !args.common.quiet {
            eprintln!("chronicle: {} conflicting event(s)", rows.len());
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&diagnostics, args.common.quiet)
}

/// One block per conflict: the event, then each competing value with its sources.
fn write_table(out: &mut dyn Write, rows: &[MergedEvent]) -> std::io::Result<()> {
    for (n, row) in rows.iter().enumerate() {
        let e = &row.event;
        let category = e
            .category
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        writeln!(out, "{}. {} ({}){category}", n + 1, e.headline, e.trigger)?;
        writeln!(out, "   actors: {}", e.actors.join(", "))?;
        for v in row.conflict.iter().flat_map(|c| &c.values) {
            let phrases = v
                .time_texts
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ");
            writeln!(
                out,
                "   {:<12} {} source(s): {}  {}  [{}]",
                v.date,
                v.mentions,
                v.agencies.join(", "),
                phrases,
                v.articles.join(", ")
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_csv(out: &mut dyn Write, rows: &[MergedEvent]) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "conflict",
        "event_date",
        "trigger",
        "headline",
        "actors",
        "value",
        "mentions",
        "agencies",
        "articles",
        "time_texts",
    ])?;
    for (n, row) in rows.iter().enumerate() {
        for v in row.conflict.iter().flat_map(|c| &c.values) {
            w.write_record([
                (n + 1).to_string(),
                row.event.date.clone(),
                row.event.trigger.clone(),
                row.event.headline.clone(),
                row.event.actors.join("; "),
                v.date.clone(),
                v.mentions.to_string(),
                v.agencies.join("; "),
                v.articles.join("; "),
                v.time_texts.join("; "),
            ])?;
        }
    }
    w.flush()
}
