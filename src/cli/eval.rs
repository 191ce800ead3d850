//! `chronicle eval`: score the tagger against gold TimeML annotations.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold data: a JSONL file like tbaq-train.jsonl, a .tml file, or a folder of them.
    #[arg(long, value_name = "FILE|DIR", required_unless_present_any = ["dct", "claims"])]
    pub gold: Option<PathBuf>,
    /// Score document dates instead: GOLD is a JSONL of articles with their true date in
    /// `truth` (see `tests/data/dct/pages.jsonl` and `scripts/dct-dev-tbaq`).
    #[arg(long, value_name = "GOLD", conflicts_with_all = ["gold", "events"])]
    pub dct: Option<PathBuf>,
    /// Score `chronicle check` instead: GOLD is a claims file whose records carry their
    /// true `verdict` (see tests/fixtures/claims/dev.jsonl), checked against the INPUT
    /// corpus: verdict accuracy, and false `supported` counted apart.
    #[arg(long, value_name = "GOLD", conflicts_with_all = ["gold", "dct", "events"])]
    pub claims: Option<PathBuf>,
    /// The corpus the --claims are checked against: files or folders, as `check` takes.
    #[arg(value_name = "INPUT", requires = "claims")]
    pub inputs: Vec<PathBuf>,
    /// List every miss, spurious tag, extent and wrong value (with --events: every wrong
    /// attachment).
    #[arg(long)]
    pub errors: bool,
    /// Score event anchoring instead: how often the trigger chronicle attaches to a date is
    /// an event the annotators linked to that date (EVENT–TIMEX3 TLINKs), and how many of
    /// the linked events chronicle dates.
    #[arg(long)]
    pub events: bool,
    /// Score against the gold with these corrections applied (a TSV of gold tags believed
    /// wrong, each with its TimeML rule: see tests/data/timebank-gold-corrections.tsv).
    #[arg(long, value_name = "FILE")]
    pub corrections: Option<PathBuf>,
    /// Output format: a readable report or the full scores as JSON.
    #[arg(short, long, value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalFormat {
    Text,
    Json,
}

pub fn run(args: EvalArgs) -> i32 {
    if let Some(gold) = &args.dct {
        return run_dct(&args, gold);
    }
    if let Some(gold) = &args.claims {
        return run_claims(&args, gold);
    }
    let Some(gold) = args.gold.clone() else {
        eprintln!("chronicle eval: give --gold FILE|DIR or --dct GOLD");
        return super::exit::USAGE;
    };
    if args.events {
        return run_events(&args, &gold);
    }
    let mut docs = match chronicle::eval::gold::load(&gold) {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("chronicle eval: {e}");
            eprintln!(
                "give --gold a JSONL file like tbaq-train.jsonl, a .tml file or a folder (see the README)"
            );
            return super::exit::USAGE;
        }
    };
    if docs.iter().all(|d| d.timexes.is_empty()) {
        eprintln!(
            "chronicle eval: `{}` holds no gold TIMEX3 annotations ({} document(s)), so there is \
             nothing to score; give TimeML (.tml) or JSONL with a `timexes` list (see the README)",
            gold.display(),
            docs.len()
        );
        return super::exit::USAGE;
    }
    if let Some(path) = &args.corrections {
        let fixed = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|tsv| chronicle::eval::timex::apply_corrections(&mut docs, &tsv));
        if let Err(e) = fixed {
            eprintln!("chronicle eval: {}: {e}", path.display());
            return super::exit::USAGE;
        }
    }
    let report = chronicle::eval::timex::evaluate(&docs);
    write_report(&args, &report, || {
        chronicle::eval::timex::render(&report, args.errors)
    })
}

/// Writes a report to `--output` or stdout: as text (`render`) or as JSON.
fn write_report<R: serde::Serialize>(args: &EvalArgs, report: &R, render: impl FnOnce() -> String) -> i32 {
    let result = (|| -> std::io::Result<()> {
        let mut out = open_output(args)?;
        match args.format {
            EvalFormat::Text => out.write_all(render().as_bytes())?,
            EvalFormat::Json => {
                serde_json::to_writer_pretty(&mut out, report)?;
                writeln!(out)?;
            }
        }
        out.flush()
    })();
    match result {
        Ok(()) => super::exit::OK,
        Err(e) => super::output_error(e),
    }
}

/// `--output FILE`, or stdout.
fn open_output(args: &EvalArgs) -> std::io::Result<Box<dyn Write>> {
    Ok(match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

fn run_dct(args: &EvalArgs, gold: &std::path::Path) -> i32 {
    let articles = match chronicle::eval::dct::load(gold) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("chronicle eval --dct: {e}");
            return super::exit::USAGE;
        }
    };
    let report = chronicle::eval::dct::evaluate(&articles);
    write_report(args, &report, || {
        chronicle::eval::dct::render(&report, args.errors)
    })
}

fn run_claims(args: &EvalArgs, gold: &std::path::Path) -> i32 {
    let common = super::CommonArgs {
        inputs: args.inputs.clone(),
        quiet: true,
        lang: "auto".into(),
        ..Default::default()
    };
    if let Err(code) = common.start("eval --claims GOLD") {
        return code;
    }
    let read = match super::check::read_claims(gold) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let (timeline, _) = super::check::corpus_timeline(&common);
    let verdicts = chronicle::check::check(&read.claims, &timeline, &Default::default());
    let scores = chronicle::check::score::score(&read.claims, &verdicts);
    write_report(args, &scores, || {
        chronicle::check::score::render(&scores, args.errors)
    })
}

fn run_events(args: &EvalArgs, gold: &std::path::Path) -> i32 {
    let result = (|| -> std::io::Result<()> {
        let mut out = open_output(args)?;
        chronicle::eval::events::run(gold, &mut out, args.errors)?;
        out.flush()
    })();
    match result {
        Ok(()) => super::exit::OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => super::exit::OK,
        Err(e) => {
            eprintln!("chronicle eval --events: {e}");
            super::exit::USAGE
        }
    }
}
