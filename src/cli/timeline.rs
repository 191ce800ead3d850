//! `chronicle timeline` (the default): a sorted timeline of dated events.

use std::io::Write;

use clap::{Args, ValueEnum};

use super::CommonArgs;

#[derive(Args, Debug, Default)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format (default: a table on a terminal, CSV otherwise).
    #[arg(short, long, value_enum)]
    pub format: Option<TimelineFormat>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineFormat {
    Table,
    Csv,
    Json,
    /// One event per line, written as found (streaming, bounded memory).
    Jsonl,
}

pub fn run(args: TimelineArgs) -> i32 {
    if args.format == Some(TimelineFormat::Jsonl) {
        return super::stream::run_jsonl(&args.common);
    }
    let loaded = args.common.load();
    let opts = chronicle::pipeline::Options {
        dct: args.common.dct_options(),
        undated: false,
    };
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        for article in loaded.articles.iter().cloned() {
            let a = chronicle::pipeline::analyze(article, &opts);
            serde_json::to_writer(&mut out, &a.events)?;
            writeln!(out)?;
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
