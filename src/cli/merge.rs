//! `chronicle merge`: merge timelines written earlier (JSONL) into one chronology.
//!
//! The reduce step of a sharded run: `chronicle timeline --format jsonl` over each shard,
//! then `chronicle merge shard-*.jsonl`. Inputs may also be articles, which are analysed
//! first. Only compact keys stay in memory; full records wait in a temporary file.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use chronicle::input::diag::Diagnostic;
use chronicle::merge::{input, Merger};

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
    if let Err(code) = args.common.start("merge") {
        return code;
    }
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
                w.write_record(chronicle::output::csv::MERGED_HEADER)?;
                merger.finish_each(|row| {
                    w.write_record(chronicle::output::csv::merged_record(&row))
                        .map_err(std::io::Error::other)
                })?;
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

/// Reads every input into a merger: timeline JSONL (files whose first record has a
/// `trigger`, or standard input) line by line, anything else as articles to analyse.
pub fn collect(common: &CommonArgs, in_memory: bool) -> std::io::Result<(Merger, Vec<Diagnostic>)> {
    let mut merger = if in_memory {
        Merger::in_memory()
    } else {
        Merger::spilling()?
    };
    let mut diagnostics = Vec::new();
    let mut report = |d: Diagnostic| {
        eprintln!("{d}");
        diagnostics.push(d);
    };
    let mut articles: Vec<PathBuf> = Vec::new();
    for input in &common.inputs {
        if input.as_os_str() == "-" {
            let errors = merger.add_jsonl(std::io::stdin().lock())?;
            input::line_diagnostics(None, errors)
                .into_iter()
                .for_each(&mut report);
        } else if input::is_timeline(input) {
            merger.add_timeline_file(input)?.into_iter().for_each(&mut report);
        } else {
            articles.push(input.clone());
        }
    }
    if !articles.is_empty() {
        let opts = chronicle::run::pipeline::Options {
            dct: common.dct_options(),
            undated: false,
        };
        merger.add_articles(&articles, &opts, common.jobs, &mut report)?;
    }
    Ok((merger, diagnostics))
}
