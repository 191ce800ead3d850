//! `chronicle merge`: merge timelines written earlier (JSONL) into one chronology.
//!
//! The reduce step of a sharded run: `chronicle timeline --format jsonl` over each shard,
//! then `chronicle merge shard-*.jsonl`. Inputs may also be articles, which are analysed
//! first. Only compact keys stay in memory; full records wait in a temporary file.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use chronicle::input::diag::Diagnostic;
use chronicle::merge::{MergedEvent, Merger};

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct MergeArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format: JSONL rows (which `merge` reads again), a JSON array, or CSV.
    #[arg(short, long, value_enum, default_value_t = MergeFormat::Jsonl)]
    pub format: MergeFormat,
    /// Keep the full records in memory instead of a temporary file.
    #[arg(long)]
    pub in_memory: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeFormat {
    Jsonl,
    Json,
    Csv,
}

pub fn run(args: MergeArgs) -> i32 {
    let (merger, diagnostics) = match collect(&args.common, args.in_memory) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("chronicle: cannot merge: {e}");
            return super::exit::SOME_SKIPPED;
        }
    };
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        match args.format {
            MergeFormat::Jsonl => merger.finish_each(|row| {
                serde_json::to_writer(&mut out, &row)?;
                out.write_all(b"\n")
            })?,
            MergeFormat::Json => {
                let rows = merger.finish()?;
                serde_json::to_writer_pretty(&mut out, &rows)?;
                out.write_all(b"\n")?;
            }
            MergeFormat::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(CSV_HEADER)?;
                merger.finish_each(|row| w.write_record(csv_record(&row)).map_err(std::io::Error::other))?;
                w.flush()?;
            }
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&diagnostics, args.common.quiet)
}

const CSV_HEADER: [&str; 13] = [
    "date",
    "start",
    "end",
    "granularity",
    "status",
    "trigger",
    "headline",
    "actors",
    "category",
    "mentions",
    "agencies",
    "articles",
    "conflict",
];

fn csv_record(row: &MergedEvent) -> Vec<String> {
    let e = &row.event;
    let opt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut agencies: Vec<&str> = row.sources.iter().filter_map(|s| s.agency()).collect();
    agencies.sort_unstable();
    agencies.dedup();
    let mut articles: Vec<&str> = row.sources.iter().map(|s| s.event.article.as_str()).collect();
    articles.dedup();
    vec![
        e.date.clone(),
        opt(e.start),
        opt(e.end),
        e.granularity
            .map(|g| format!("{g:?}").to_lowercase())
            .unwrap_or_default(),
        format!("{:?}", e.status).to_lowercase(),
        e.trigger.clone(),
        e.headline.clone(),
        e.actors.join("; "),
        e.category.clone().unwrap_or_default(),
        row.mentions.to_string(),
        agencies.join("; "),
        articles.join("; "),
        chronicle::output::conflict_text(row.conflict.as_ref()),
    ]
}

/// Reads every input into a merger: timeline JSONL (files whose first record has a
/// `trigger`, or standard input) line by line, anything else as articles to analyse.
pub fn collect(common: &CommonArgs, in_memory: bool) -> std::io::Result<(Merger, Vec<Diagnostic>)> {
    let mut merger = if in_memory {
        Merger::in_memory()
    } else {
        Merger::spilling()?
    };
    let mut diagnostics = Vec::new();
    let mut articles: Vec<PathBuf> = Vec::new();
    for input in &common.inputs {
        if input.as_os_str() == "-" {
            let errors = merger.add_jsonl(std::io::stdin().lock())?;
            report(None, errors, &mut diagnostics);
        } else if is_timeline(input) {
            match File::open(input) {
                Ok(f) => {
                    let errors = merger.add_jsonl(BufReader::new(f))?;
                    report(Some(input), errors, &mut diagnostics);
                }
                Err(e) => {
                    let d =
                        Diagnostic::error(Some(input.clone()), None, format!("cannot read the file: {e}"));
                    eprintln!("{d}");
                    diagnostics.push(d);
                }
            }
        } else {
            articles.push(input.clone());
        }
    }
    if !articles.is_empty() {
        let opts = chronicle::run::pipeline::Options {
            dct: common.dct_options(),
            undated: false,
        };
        let stream = chronicle::run::corpus::stream(&articles);
        chronicle::run::parallel::for_each_analysis(stream, &opts, common.jobs, |outcome| {
            match outcome {
                Ok(analysis) => {
                    for source in chronicle::merge::sources_of(&analysis) {
                        merger.add(source)?;
                    }
                }
                Err(d) => {
                    eprintln!("{d}");
                    diagnostics.push(d);
                }
            }
            Ok::<(), std::io::Error>(())
        })?;
    }
    Ok((merger, diagnostics))
}

fn report(path: Option<&Path>, errors: Vec<chronicle::merge::LineError>, diagnostics: &mut Vec<Diagnostic>) {
    for e in errors {
        let d = Diagnostic::error(
            path.map(Path::to_path_buf),
            Some(e.line),
            format!("{}; the line was skipped", e.message),
        );
        eprintln!("{d}");
        diagnostics.push(d);
    }
}

/// A file is a timeline when its first non-blank line is a JSON object with a `trigger`.
fn is_timeline(path: &Path) -> bool {
    let Ok(f) = File::open(path) else { return false };
    if path.is_dir() {
        return false;
    }
    BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .find(|l| !l.trim().is_empty())
        .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .is_some_and(|v| v.get("trigger").is_some())
}
