//! `chronicle check`: give each claim a verdict against the merged timeline of a corpus.

use std::path::PathBuf;

use std::io::Write;

use clap::{Args, ValueEnum};

use chronicle::check::{self, report};
use chronicle::merge::timeline::{Filter, Timeline};

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The claims: one sentence per line (.txt), JSONL records with `claim` and an
    /// optional `id` (.jsonl), or CSV with a `claim` column (.csv).
    #[arg(long, value_name = "FILE")]
    pub claims: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format (default: the --output file's extension, else a table on a terminal
    /// and CSV into a pipe).
    #[arg(short, long, value_enum)]
    pub format: Option<CheckFormat>,
    /// The date the claims were written (YYYY-MM-DD): what "last year" would mean. It
    /// never dates a claim (a claim with only relative dates is not checkable); by
    /// default the corpus's latest document date.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub claim_date: Option<chrono::NaiveDate>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFormat {
    Table,
    Csv,
    Json,
    /// A Markdown fact-check report.
    Md,
}

impl CheckFormat {
    fn choose(format: Option<CheckFormat>, output: Option<&std::path::Path>) -> report::Format {
        let by_extension = output
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .and_then(|e| match e.to_ascii_lowercase().as_str() {
                "csv" => Some(CheckFormat::Csv),
                "json" => Some(CheckFormat::Json),
                "md" | "markdown" => Some(CheckFormat::Md),
                "txt" => Some(CheckFormat::Table),
                _ => None,
            });
        let terminal = output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout());
        match format.or(by_extension) {
            Some(CheckFormat::Table) => report::Format::Table,
            Some(CheckFormat::Csv) => report::Format::Csv,
            Some(CheckFormat::Json) => report::Format::Json,
            Some(CheckFormat::Md) => report::Format::Md,
            None if terminal => report::Format::Table,
            None => report::Format::Csv,
        }
    }
}

/// Reads the claims, printing each unreadable one; `Err` is the exit code when the file
/// cannot be read at all.
pub fn read_claims(path: &std::path::Path) -> Result<chronicle::check::ReadClaims, i32> {
    match check::claims::read_file(path) {
        Ok(read) => {
            for d in &read.diagnostics {
                eprintln!("{d}");
            }
            Ok(read)
        }
        Err(message) => {
            eprintln!("chronicle check: {message}");
            Err(super::exit::USAGE)
        }
    }
}

/// Analyses the corpus and merges its timeline, as `chronicle timeline` does.
pub fn corpus_timeline(common: &CommonArgs) -> (Timeline, Vec<chronicle::input::diag::Diagnostic>) {
    let mut loaded = common.load();
    let articles = std::mem::take(&mut loaded.articles);
    let opts = chronicle::run::pipeline::Options {
        dct: common.dct_options(),
        undated: false,
    };
    let analyses = chronicle::run::pipeline::analyze_all(articles, &opts, common.jobs);
    if !common.quiet {
        analyses.iter().for_each(super::warn_unsure_date);
    }
    // every row a fact-checker could quote: no date filter, any granularity
    let filter = Filter {
        coarsest: Some(chronicle::time::interval::Granularity::Century),
        ..Default::default()
    };
    let timeline = if analyses.len() > 1 {
        Timeline::merged(&analyses, &filter)
    } else {
        Timeline::build(&analyses, &filter)
    };
    (timeline, loaded.diagnostics)
}

pub fn run(args: CheckArgs) -> i32 {
    if let Err(code) = args.common.start("check") {
        return code;
    }
    let read = match read_claims(&args.claims) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let format = CheckFormat::choose(args.format, args.common.output.as_deref());
    let (timeline, diagnostics) = corpus_timeline(&args.common);
    let opts = check::CheckOptions {
        claim_date: args.claim_date,
        jobs: args.common.jobs,
    };
    let verdicts = check::check(&read.claims, &timeline, &opts);
    let written = args
        .common
        .writer()
        .and_then(|mut out| report::write(format, &verdicts, &mut out).and_then(|()| out.flush()));
    if let Err(e) = written {
        return super::output_error(e);
    }
    if !args.common.quiet {
        eprintln!("chronicle check: {}", report::summary(&verdicts));
        if !read.diagnostics.is_empty() {
            eprintln!(
                "chronicle check: {} claim(s) could not be read; see the messages above",
                read.diagnostics.len()
            );
        }
    }
    let code = super::exit_code(&diagnostics, args.common.quiet);
    if read.diagnostics.is_empty() {
        code
    } else {
        super::exit::SOME_SKIPPED
    }
}
