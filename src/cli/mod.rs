//! Command-line interface. Each subcommand has its own file with its arguments and `run`.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

mod argv;
mod check;
mod conflicts;
mod dateline;
mod eval;
mod merge;
mod progress;
mod stream;
mod timeline;
mod timex;

/// Exit codes, documented in `--help` and the README.
pub mod exit {
    /// Every input was processed.
    pub const OK: i32 = 0;
    /// Some inputs were skipped (a summary is printed on stderr).
    pub const SOME_SKIPPED: i32 = 1;
    /// Usage error: bad arguments, nothing processed.
    pub const USAGE: i32 = 2;
}

const AFTER_HELP: &str = "\
Examples:
  chronicle samples/                          timeline of every article in samples/ (CSV)
  chronicle timeline --format json story.txt  the same as JSON
  chronicle dateline samples/                 where and when each story was filed
  chronicle timex --dct 2009-12-01 story.txt  temporal expressions and their values
  chronicle eval --gold tbaq-tml/                score against TimeBank/AQUAINT TimeML
  chronicle -o timeline.html samples/         the extension chooses the format
  cat story.txt | chronicle timeline -        read standard input
  chronicle timeline --format jsonl corpus.jsonl > events.jsonl
                                              stream events, all cores, input order
  chronicle merge shard-*.jsonl               merge timelines into one chronology
  chronicle conflicts events.jsonl            events the sources date differently
  chronicle check --claims claims.txt samples/  a verdict on each claim, with evidence
  chronicle completions bash                  a shell completion script (also man: the man page)

Without a subcommand chronicle runs `timeline`: `chronicle [OPTIONS] INPUT...` is
`chronicle timeline [OPTIONS] INPUT...` (see `chronicle timeline --help` for its options).
Options may come before or after the subcommand; an option the subcommand does not take
is an error.

Exit codes: 0 all inputs processed, 1 some inputs skipped (see stderr), 2 usage error.";

#[derive(Parser, Debug)]
#[command(name = "chronicle", version, about = "Turn news articles into dated timelines of events.", after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Find each article's dateline and document date.
    Dateline(dateline::DatelineArgs),
    /// Find temporal expressions and resolve them to TIMEX3 values.
    Timex(timex::TimexArgs),
    /// Build a sorted timeline of dated events (the default).
    Timeline(timeline::TimelineArgs),
    /// Score against gold TimeML annotations.
    Eval(eval::EvalArgs),
    /// Merge timelines written earlier (JSONL) into one chronology, sources listed.
    Merge(merge::MergeArgs),
    /// List the events that sources date differently (what to fact-check first).
    Conflicts(conflicts::ConflictsArgs),
    /// Check dated claims and the order of events against the sources of a corpus.
    Check(check::CheckArgs),
    /// Print a shell completion script (e.g. `chronicle completions bash >
    /// ~/.local/share/bash-completion/completions/chronicle`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): `chronicle man > chronicle.1; man ./chronicle.1`.
    Man,
}

/// The earliest `--year` taken without `--allow-any-year`.
const FIRST_YEAR: i32 = 1900;

/// What bare `chronicle` prints: how to start.
const SHORT_USAGE: &str = "\
chronicle turns news articles into a dated timeline of events.

Try:  chronicle samples/                 a timeline of the sample stories
      chronicle timeline story.txt       one article (.txt .html .jsonl .tml; `-` reads stdin)
      chronicle --help                   every command and option";

/// Arguments every article-reading subcommand shares.
#[derive(Args, Debug, Clone, Default)]
pub struct CommonArgs {
    /// Files, folders (read recursively) or `-` for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The document date (YYYY-MM-DD) for every input, overriding what the articles say.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub dct: Option<chrono::NaiveDate>,
    /// The year of datelines that give none (`BRUSSELS, December 1`): a fact the story's
    /// date must fit, not a hint. 1900 to next year, unless --allow-any-year.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1..=9999))]
    pub year: Option<i32>,
    /// Accept a --year outside 1900 to next year (1–9999).
    #[arg(long)]
    pub allow_any_year: bool,
    /// A date for each input: a CSV or TSV file of `path-or-id,date` lines (a path as
    /// given, a file name, a file name without extension, or a record id).
    #[arg(long, value_name = "FILE", value_parser = parse_dct_map)]
    pub dct_map: Option<std::sync::Arc<chronicle::dct::DctMap>>,
    /// No progress or summary on stderr (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Analyse articles on N threads (0, the default: one per core). Output order does
    /// not depend on it.
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// The articles' language: `auto` (the default: a record's `lang` field, else detected
    /// from the script), `en` or `ru` for every input.
    #[arg(long, value_name = "LANG", default_value = "auto", value_parser = ["auto", "en", "ru"])]
    pub lang: String,
}

impl CommonArgs {
    pub fn dct_options(&self) -> chronicle::dct::DctOptions {
        chronicle::dct::DctOptions {
            flag: self.dct,
            year_hint: self.year,
            map: self.dct_map.clone(),
        }
    }

    /// The language `--lang` declares for every input (`None` for `auto`).
    pub fn declared_lang(&self) -> Option<chronicle::lang::Lang> {
        chronicle::lang::Lang::from_code(&self.lang)
    }

    /// Opens the output: the `--output` file or stdout.
    pub fn writer(&self) -> std::io::Result<Box<dyn std::io::Write>> {
        open_output(self.output.as_deref())
    }

    /// The checks every subcommand makes before any work: an input was given (standard
    /// input is read only when asked with `-`), the `--output` file can be written, and
    /// each file a folder walk will leave out is named. `Err` is the exit code.
    pub fn start(&self, subcommand: &str) -> Result<(), i32> {
        if self.inputs.is_empty() {
            let piped = !std::io::IsTerminal::is_terminal(&std::io::stdin());
            let hint = if piped {
                format!("to read standard input, give `-` as the input: `… | chronicle {subcommand} -`")
            } else {
                format!("try `chronicle {subcommand} samples/`, `-` for standard input, or `--help`")
            };
            eprintln!("chronicle {subcommand}: no input given; {hint}");
            return Err(exit::USAGE);
        }
        self.check_year(subcommand)?;
        check_output(self.output.as_deref())?;
        if !self.quiet {
            for dir in self.inputs.iter().filter(|p| p.is_dir()) {
                warn_unsupported(dir, &mut Default::default());
            }
        }
        Ok(())
    }

    /// `--year` must be a year a news story can have (1900 to next year) unless
    /// `--allow-any-year`: `--year 20` is a typo for 2020, not the year 20.
    fn check_year(&self, subcommand: &str) -> Result<(), i32> {
        let Some(year) = self.year else { return Ok(()) };
        let last = chronicle::dct::year::current_year() + 1;
        if self.allow_any_year || (FIRST_YEAR..=last).contains(&year) {
            return Ok(());
        }
        eprintln!(
            "chronicle {subcommand}: --year {year} is outside {FIRST_YEAR}–{last}; write the year in \
             full (`--year 2020`, not `--year 20`), or add --allow-any-year to mean it"
        );
        Err(exit::USAGE)
    }

    /// Reads the inputs, printing diagnostics to stderr.
    pub fn load(&self) -> chronicle::input::Loaded {
        let mut loaded = chronicle::input::read_inputs(&self.inputs);
        for d in &loaded.diagnostics {
            eprintln!("{d}");
        }
        if let Some(lang) = self.declared_lang() {
            for article in &mut loaded.articles {
                article.lang = Some(lang);
            }
        }
        unique_ids(&mut loaded.articles);
        loaded
    }
}

/// Names each file under `dir` that a folder walk leaves out because chronicle cannot
/// read its kind (hidden files and `*.expected.json` answer keys are left out silently).
fn warn_unsupported(dir: &std::path::Path, seen: &mut std::collections::HashSet<PathBuf>) {
    use chronicle::input::format;
    if let Ok(canonical) = std::fs::canonicalize(dir) {
        if !seen.insert(canonical) {
            return;
        }
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if format::is_skipped_in_folders(&path) {
            continue;
        }
        if path.is_dir() {
            warn_unsupported(&path, seen);
        } else if format::from_extension(&path).is_none() {
            let known: Vec<String> = format::EXTENSIONS.iter().map(|(e, _)| format!(".{e}")).collect();
            eprintln!(
                "chronicle: {}: skipped, not a kind of file chronicle reads ({}; give the \
                 file itself to have its text sniffed)",
                path.display(),
                known.join(" ")
            );
        }
    }
}

/// Opens `path` for writing (standard output when `None`); the error names the path.
pub fn open_output(path: Option<&std::path::Path>) -> std::io::Result<Box<dyn std::io::Write>> {
    Ok(match path {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| {
                std::io::Error::new(e.kind(), format!("cannot create `{}`: {e}", path.display()))
            })?;
            Box::new(std::io::BufWriter::new(file))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Checks before any work that the `--output` file can be created (its folder exists and
/// is writable), so a long run does not end in a write error; the message names the path.
pub fn check_output(path: Option<&std::path::Path>) -> Result<(), i32> {
    let Some(path) = path else { return Ok(()) };
    if path.is_dir() {
        eprintln!("chronicle: cannot write to `{}`: it is a folder", path.display());
        return Err(exit::USAGE);
    }
    let existed = path.exists();
    match std::fs::OpenOptions::new().append(true).create(true).open(path) {
        Ok(_) => {
            if !existed {
                let _ = std::fs::remove_file(path);
            }
            Ok(())
        }
        Err(e) => {
            eprintln!("chronicle: cannot write to `{}`: {e}", path.display());
            Err(exit::USAGE)
        }
    }
}

/// Parses a confidence threshold between 0 and 1.
fn parse_unit(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err(format!(
            "`{s}` is out of range; a confidence is between 0.0 and 1.0"
        )),
        Err(_) => Err(format!("`{s}` is not a number; write e.g. 0.7")),
    }
}

/// Makes article ids unique: articles of different files that share an id (the file
/// stem: `a/story.txt` and `b/story.txt`) are named by their path as given instead.
fn unique_ids(articles: &mut [chronicle::input::article::Article]) {
    let mut paths: std::collections::HashMap<String, std::collections::HashSet<&std::path::Path>> =
        std::collections::HashMap::new();
    for a in articles.iter() {
        if let Some(p) = a.source_path.as_deref() {
            paths.entry(a.id.clone()).or_default().insert(p);
        }
    }
    let clashing: std::collections::HashSet<String> = paths
        .into_iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|(id, _)| id)
        .collect();
    for a in articles.iter_mut() {
        if clashing.contains(&a.id) {
            if let Some(p) = &a.source_path {
                let path = p.display().to_string();
                // A record of a JSONL file keeps its own id after the path.
                a.id = if a.line.is_some() {
                    format!("{path}#{}", a.id)
                } else {
                    path
                };
            }
        }
    }
}

fn parse_dct_map(path: &str) -> Result<std::sync::Arc<chronicle::dct::DctMap>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
    chronicle::dct::read_dct_map(&text)
        .map(std::sync::Arc::new)
        .map_err(|e| format!("`{path}` {e}"))
}

/// Warns on stderr about an article whose relative dates hang on no date or a guess:
/// how many of its dated phrases could not be resolved, and what to do.
pub fn warn_unsure_date(analysis: &chronicle::run::pipeline::Analysis) {
    if let Some(warning) = unsure_date_warning(analysis) {
        eprintln!("{warning}");
    }
}

/// The warning [`warn_unsure_date`] prints, if any.
pub fn unsure_date_warning(analysis: &chronicle::run::pipeline::Analysis) -> Option<String> {
    let dct = &analysis.dct;
    let unresolved = analysis.timexes.iter().filter(|t| t.value.contains('X')).count();
    let relative = analysis
        .timexes
        .iter()
        .filter(|t| t.anchor.starts_with("dct"))
        .count();
    let id = &analysis.article.id;
    let remedy = "give a date with --dct YYYY-MM-DD, one per file with --dct-map FILE, \
                  or --year YYYY when the dateline has no year";
    match dct.date {
        None => Some(format!(
            "chronicle: {id}: no document date; {unresolved} dated phrase(s) could not be resolved \
             and their events are left out ({remedy})"
        )),
        Some(date)
            if dct.source == chronicle::DctSource::Inferred
                && dct.confidence < chronicle::dct::SURE_INFERENCE =>
        {
            Some(format!(
                "chronicle: {id}: the document date {date} is a guess (confidence {:.2}); \
                 {relative} phrase(s) are dated from it ({remedy}; `chronicle dateline` says why)",
                dct.confidence
            ))
        }
        _ => None,
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2009-12-01"))
}

/// The exit code for a run that met these diagnostics.
pub fn exit_code(diagnostics: &[chronicle::input::diag::Diagnostic], quiet: bool) -> i32 {
    let lost = diagnostics.iter().filter(|d| d.is_loss()).count();
    if lost > 0 {
        if !quiet {
            eprintln!("chronicle: {lost} input(s) skipped; see the messages above");
        }
        exit::SOME_SKIPPED
    } else {
        exit::OK
    }
}

/// Handles an I/O error on output: a closed pipe ends quietly.
pub fn output_error(e: std::io::Error) -> i32 {
    if is_broken_pipe(&e) {
        return exit::OK;
    }
    eprintln!("chronicle: cannot write the output: {e}");
    exit::SOME_SKIPPED
}

/// Whether the reader went away (`chronicle … | head`), also when a writer such as the
/// csv crate's wrapped that error in its own.
fn is_broken_pipe(e: &std::io::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|inner| inner as _);
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return true;
    }
    while let Some(err) = cause {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        if let Some(csv) = err.downcast_ref::<csv::Error>() {
            if let csv::ErrorKind::Io(io) = csv.kind() {
                if io.kind() == std::io::ErrorKind::BrokenPipe {
                    return true;
                }
            }
        }
        cause = err.source();
    }
    false
}

/// Writes generated text to standard output.
fn print_bytes(bytes: &[u8]) -> i32 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => exit::OK,
        Err(e) => output_error(e),
    }
}

/// The command line's definition, with every value that has a fixed set of names
/// (`--format CSV`, `--status Occurred`) read whatever its case.
fn command() -> clap::Command {
    let any_case = |a: clap::Arg| {
        if a.get_possible_values().is_empty() {
            a
        } else {
            a.ignore_case(true)
        }
    };
    Cli::command()
        .mut_args(any_case)
        .mut_subcommands(move |s| s.mut_args(any_case))
}

pub fn run() -> i32 {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if argv.len() < 2 {
        eprintln!("{SHORT_USAGE}");
        return exit::USAGE;
    }
    let args = match argv::normalise(argv, &Cli::command()) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("chronicle: {message}");
            return exit::USAGE;
        }
    };
    let cli = match command()
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { exit::OK };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Dateline(args) => dateline::run(args),
        Command::Timex(args) => timex::run(args),
        Command::Timeline(args) => timeline::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Conflicts(args) => conflicts::run(args),
        Command::Check(args) => check::run(args),
        // Generated into memory first: the generators panic on a write error (a closed
        // pipe), which chronicle never does.
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "chronicle", &mut script);
            print_bytes(&script)
        }
        Command::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => print_bytes(&page),
                Err(e) => output_error(e),
            }
        }
    }
}
