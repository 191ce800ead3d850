//! `chronicle timeline` (the default): a sorted timeline of dated events.

use std::io::{IsTerminal, Write};

use clap::{Args, ValueEnum};

use chronicle::event::Status;
use chronicle::output::{self, WriteFn};
use chronicle::timeline::{Filter, Timeline};

use super::CommonArgs;

#[derive(Args, Debug, Default)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format (default: a table on a terminal, CSV when writing to a file or pipe).
    #[arg(short, long, value_enum)]
    pub format: Option<TimelineFormat>,
    /// Include undated statements ("NATO's spokesman denied …"), dated by the document
    /// date and marked `reported`.
    #[arg(long)]
    pub undated: bool,
    /// Only events on or after this day (YYYY-MM-DD); a month or year counts if it
    /// reaches the day.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub from: Option<chrono::NaiveDate>,
    /// Only events on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub to: Option<chrono::NaiveDate>,
    /// Only events with an actor whose name contains NAME (case-insensitive; repeat for
    /// any of several).
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,
    /// Only events with this status (repeatable).
    #[arg(long, value_enum)]
    pub status: Vec<StatusArg>,
    /// Only events at least this sure (0.0–1.0).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f32>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineFormat {
    Table,
    Csv,
    Json,
    /// One event per line, written as found (streaming, bounded memory).
    Jsonl,
}

impl TimelineFormat {
    /// The writer for this format (see `chronicle::output` to add one).
    fn writer(self) -> WriteFn {
        match self {
            TimelineFormat::Table => output::table::write,
            TimelineFormat::Csv => output::csv::write,
            TimelineFormat::Json => output::json::write,
            TimelineFormat::Jsonl => super::stream::write_timeline,
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusArg {
    Occurred,
    Scheduled,
    Reported,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Status {
        match s {
            StatusArg::Occurred => Status::Occurred,
            StatusArg::Scheduled => Status::Scheduled,
            StatusArg::Reported => Status::Reported,
        }
    }
}

pub fn run(args: TimelineArgs) -> i32 {
    let opts = chronicle::pipeline::Options {
        dct: args.common.dct_options(),
        undated: args.undated,
    };
    let filter = Filter {
        from: args.from,
        to: args.to,
        actors: args.actor.clone(),
        statuses: args.status.iter().map(|&s| s.into()).collect(),
        min_confidence: args.min_confidence,
    };
    if args.format == Some(TimelineFormat::Jsonl) {
        return super::stream::run_jsonl(&args.common, &opts, &filter);
    }
    let mut loaded = args.common.load();
    let articles = std::mem::take(&mut loaded.articles);
    let analyses = chronicle::parallel::analyze_all(articles, &opts, args.common.jobs);
    let timeline = Timeline::build(&analyses, &filter);
    let format = args.format.unwrap_or_else(|| {
        if args.common.output.is_none() && std::io::stdout().is_terminal() {
            TimelineFormat::Table
        } else {
            TimelineFormat::Csv
        }
    });
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        format.writer()(&timeline, &mut out)?;
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
