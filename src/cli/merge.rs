//! `chronicle merge`: merge timelines written earlier (JSONL) into one chronology.
//!
//! The reduce step of a sharded run: `chronicle timeline --format jsonl` over each shard,
//! then `chronicle merge shard-*.jsonl`. Inputs may also be articles, which are analysed
//! first. Only compact keys stay in memory; full records wait in a temporary file.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use chronicle::input::diag::Diagnostic;
use chronicle::merge::timeline::Timeline;
use chronicle::merge::{input, Merger};

use super::timeline::{TimelineFormat, ViewArgs};
use super::CommonArgs;

/// `--dct`, `--year`, `--dct-map` and `--lang` only matter for articles given to merge,
/// not for the timelines it is for; they are accepted but not offered in `--help`.
#[derive(Args, Debug)]
#[command(
    mut_arg("dct", |a| a.hide(true)),
    mut_arg("year", |a| a.hide(true)),
    mut_arg("allow_any_year", |a| a.hide(true)),
    mut_arg("dct_map", |a| a.hide(true)),
    mut_arg("lang", |a| a.hide(true))
)]
pub struct MergeArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The same formats and filters as `timeline` (`--format jsonl`, the default, writes
    /// merged rows that `merge` reads again).
    #[command(flatten)]
    pub view: ViewArgs,
    /// Keep the full records in memory instead of a temporary file.
    #[arg(long)]
    pub in_memory: bool,
}

pub fn run(args: MergeArgs) -> i32 {
    if let Err(code) = args.common.start("merge") {
        return code;
    }
    let format = match args
        .view
        .format(args.common.output.as_deref(), Some(TimelineFormat::Jsonl))
    {
        Ok(f) => f,
        Err(code) => return code,
    };
    let (merger, diagnostics) = match collect(&args.common, args.in_memory) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("chronicle: cannot merge: {e}");
            return super::exit::SOME_SKIPPED;
        }
    };
    let filter = args.view.filter();
    let result = (|| -> std::io::Result<()> {
        match format {
            // Streamed as the merger hands the rows out, already in timeline order.
            TimelineFormat::Jsonl => {
                let mut out = args.common.writer()?;
                merger.finish_each(|row| {
                    if filter.keeps(&row.event) {
                        serde_json::to_writer(&mut out, &row)?;
                        out.write_all(b"\n")?;
                    }
                    Ok(())
                })?;
                out.flush()
            }
            _ => {
                let timeline = Timeline::from_rows(merger.finish()?, &filter);
                super::timeline::write_timeline(format, &args.view, &args.common, &timeline, &[])
            }
        }
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
