//! `chronicle timeline` (the default): a sorted timeline of dated events.

use std::io::{IsTerminal, Write};

use clap::{Args, ValueEnum};

use chronicle::event::Status;
use chronicle::merge::timeline::{Filter, Timeline};
use chronicle::output::{self, WriteFn};

use super::CommonArgs;

#[derive(Args, Debug, Default)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub view: ViewArgs,
    /// Include undated statements ("NATO's spokesman denied …"), dated by the document
    /// date and marked `reported`.
    #[arg(long)]
    pub undated: bool,
    /// Keep every mention a row of its own. By default, when more than one article is
    /// given, the same event reported by several stories is one row with its sources
    /// (`mentions`, `sources`, `agencies`, `conflict`).
    #[arg(long)]
    pub no_merge: bool,
}

/// What `timeline` and `merge` share: the output format, the filters and the look of
/// the visual formats. One definition, so both commands take the same options.
#[derive(Args, Debug, Default, Clone)]
pub struct ViewArgs {
    /// Output format. By default the `--output` file's extension chooses it (`.csv`,
    /// `.json`, `.jsonl`, `.html`, `.md`, `.txt` for a table); otherwise a table on a
    /// terminal, CSV into a pipe (`merge`: JSONL). A format that contradicts the
    /// extension is an error.
    #[arg(short, long, value_enum)]
    pub format: Option<TimelineFormat>,
    /// Only events in the window that starts on this date: a day (2021-10-18), a month
    /// (2021-10: its first day) or a year (2021: 1 January). An event passes when at
    /// least half of its date's interval lies inside the window, so a month inside it
    /// passes and a whole year does not swamp a window of a few months.
    #[arg(long, value_name = "DATE", value_parser = parse_from)]
    pub from: Option<chrono::NaiveDate>,
    /// The window's last date, included: a day, a month (2021-10: its last day) or a
    /// year (2021: 31 December). The same half-interval rule as --from.
    #[arg(long, value_name = "DATE", value_parser = parse_to)]
    pub to: Option<chrono::NaiveDate>,
    /// Only events with an actor whose name contains NAME (case-insensitive; repeat for
    /// any of several). Any name the gazetteer knows stands for its actor, in English
    /// or Russian: `--actor Лавров` finds Sergey Lavrov.
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,
    /// Only events with this status (repeatable).
    #[arg(long, value_enum)]
    pub status: Vec<StatusArg>,
    /// Only events of this polarity (`negative`: "failed to meet", "did not sign";
    /// repeatable).
    #[arg(long, value_enum)]
    pub polarity: Vec<PolarityArg>,
    /// Only events held this way by the text (repeatable): `asserted` (told as fact),
    /// `reported` (someone's statement), `planned`, `possible`, `demanded`, `denied`.
    #[arg(long, value_enum)]
    pub modality: Vec<ModalityArg>,
    /// Only events at least this sure (0.0–1.0).
    #[arg(long, value_name = "X", value_parser = super::parse_unit)]
    pub min_confidence: Option<f32>,
    /// The coarsest date that makes a row: `year` (the default) leaves out decades and
    /// centuries ("the 1990s", "this century"); `century` keeps everything; `day` keeps
    /// only days and times.
    #[arg(long, value_enum, value_name = "G", default_value = "year")]
    pub min_granularity: GranularityArg,
    /// The title of html, md, timelinejs and vis output (default: the article's title,
    /// or "Timeline of N articles").
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Begin CSV output with a UTF-8 byte-order mark, so that spreadsheet programs
    /// (Excel) read `×` and Cyrillic correctly.
    #[arg(long)]
    pub csv_bom: bool,
    /// What the lanes of timelinejs, timelinejs-csv, vis and html output are.
    #[arg(long, value_enum, default_value_t, value_name = "BY")]
    pub group_by: chronicle::output::view::GroupBy,
    /// The columns of csv and table output, in order, separated by commas: any CSV
    /// column (`date,headline,actors`), and for a table also `when`, `what`, `who`,
    /// `sources` (its default: `when,what,who,sources`).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub columns: Vec<String>,
    /// The table's width in characters (default: the terminal's, else the COLUMNS
    /// environment variable, else 100).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
}

impl ViewArgs {
    /// The filters as the library takes them.
    pub fn filter(&self) -> Filter {
        Filter {
            from: self.from,
            to: self.to,
            actors: self.actor.iter().flat_map(|a| actor_names(a)).collect(),
            statuses: self.status.iter().map(|&s| s.into()).collect(),
            polarities: self.polarity.iter().map(|&p| p.into()).collect(),
            modalities: self.modality.iter().map(|&m| m.into()).collect(),
            min_confidence: self.min_confidence,
            coarsest: Some(self.min_granularity.into()),
        }
    }

    /// Checks the options against each other and the output path; `Err` is the exit code
    /// (the message is printed). `default` is the format when nothing chooses one.
    pub fn format(
        &self,
        output: Option<&std::path::Path>,
        default: Option<TimelineFormat>,
    ) -> Result<TimelineFormat, i32> {
        check_dates(self.from, self.to)?;
        let format = TimelineFormat::choose(
            self.format
                .or(default.filter(|_| output.and_then(TimelineFormat::for_extension).is_none())),
            output,
        )
        .map_err(|message| {
            eprintln!("chronicle: {message}");
            super::exit::USAGE
        })?;
        self.check_columns(format)?;
        Ok(format)
    }

    /// `--columns` names columns the format has, and only csv and table take it.
    fn check_columns(&self, format: TimelineFormat) -> Result<(), i32> {
        if self.columns.is_empty() {
            return Ok(());
        }
        let table = format == TimelineFormat::Table;
        if !table && format != TimelineFormat::Csv {
            eprintln!("chronicle: --columns is for csv and table output; drop it or add --format csv");
            return Err(super::exit::USAGE);
        }
        let known = |c: &str| {
            if table {
                output::table::is_column(c)
            } else {
                output::COLUMNS.iter().any(|k| k.name == c)
            }
        };
        if let Some(bad) = self.columns.iter().find(|c| !known(c.trim())) {
            let mut names: Vec<&str> = Vec::new();
            if table {
                names.extend(output::table::TABLE_COLUMNS);
            }
            names.extend(output::COLUMNS.iter().map(|c| c.name));
            eprintln!(
                "chronicle: --columns: `{bad}` is not a column of {} output; the columns are {}",
                if table { "table" } else { "csv" },
                names.join(", ")
            );
            return Err(super::exit::USAGE);
        }
        Ok(())
    }

    /// The table's columns and width: `--columns`, `--width`, else the terminal's width
    /// (when standard output is one), else `COLUMNS`, else [`output::table::DEFAULT_WIDTH`].
    fn table_options(&self, to_terminal: bool) -> output::table::TableOptions {
        let mut opts = output::table::TableOptions::default();
        if !self.columns.is_empty() {
            opts.columns = self.columns.iter().map(|c| c.trim().to_string()).collect();
        }
        let terminal = || {
            to_terminal
                .then(terminal_size::terminal_size)
                .flatten()
                .map(|(w, _)| usize::from(w.0))
        };
        let env = || {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
                .filter(|&w| w >= 20)
        };
        opts.width = self
            .width
            .map(usize::from)
            .or_else(terminal)
            .or_else(env)
            .unwrap_or(output::table::DEFAULT_WIDTH);
        opts
    }
}

/// The names an `--actor` value stands for: itself, and the canonical name of the
/// actor it names in the English gazetteer (`Erdogan` → `Recep Tayyip Erdogan`) or the
/// Russian one (`Лавров` → `Sergey Lavrov`).
fn actor_names(name: &str) -> Vec<String> {
    let mut names = vec![name.to_string()];
    let mut add = |n: String| {
        if !names.iter().any(|k| k.eq_ignore_ascii_case(&n)) {
            names.push(n);
        }
    };
    if let Some(entry) = chronicle::event::actors::gazetteer().get(name.trim().to_lowercase().as_str()) {
        add(entry.canonical.to_string());
    }
    for n in chronicle::event::ru::named_actors(name) {
        add(n);
    }
    names
}

/// `--from`: a day, or the first day of a month (`2021-10`) or year (`2021`).
fn parse_from(s: &str) -> Result<chrono::NaiveDate, String> {
    parse_period(s).map(|(first, _)| first)
}

/// `--to`: a day, or the last day of a month (`2021-10`) or year (`2021`).
fn parse_to(s: &str) -> Result<chrono::NaiveDate, String> {
    parse_period(s).map(|(_, last)| last)
}

/// The first and last day of a day (`2021-10-18`), month (`2021-10`) or year (`2021`).
fn parse_period(s: &str) -> Result<(chrono::NaiveDate, chrono::NaiveDate), String> {
    use chrono::NaiveDate;
    let t = s.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let number = |p: &str| {
        p.parse::<u32>()
            .ok()
            .filter(|_| p.chars().all(|c| c.is_ascii_digit()))
    };
    let year = parts
        .first()
        .filter(|y| y.len() == 4)
        .and_then(|y| number(y))
        .map(|y| y as i32);
    let period = match (year, parts.len()) {
        (Some(y), 1) => NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)),
        (Some(y), 2) => number(parts[1]).and_then(|m| {
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            }?;
            Some((first, next.pred_opt()?))
        }),
        (Some(_), 3) => super::parse_date(t).ok().map(|d| (d, d)),
        _ => None,
    };
    period.ok_or_else(|| {
        format!("`{s}` is not a date; write a day (2009-12-01), a month (2009-12) or a year (2009)")
    })
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineFormat {
    Table,
    Csv,
    Json,
    /// Knight Lab TimelineJS3 JSON.
    Timelinejs,
    /// The TimelineJS Google-spreadsheet columns as CSV.
    TimelinejsCsv,
    /// vis-timeline items and groups (JSON).
    Vis,
    /// One self-contained HTML page: a zoomable chart and a printable chronology.
    Html,
    /// A Markdown chronology, a heading per year.
    Md,
    /// One event per line, written as found (streaming, bounded memory).
    Jsonl,
}

/// Analyses every article and writes one timeline in a view format.
fn write_view(
    format: chronicle::output::ViewFormat,
    args: &ViewArgs,
    out: &mut dyn Write,
    timeline: &Timeline,
    analyses: &[chronicle::run::pipeline::Analysis],
) -> std::io::Result<()> {
    use chronicle::output::view;
    let mut view_opts = view::ViewOptions {
        group_by: args.group_by,
        title: args.title.clone().unwrap_or_default(),
        ..Default::default()
    };
    for a in analyses {
        view_opts
            .sources
            .insert(a.article.id.clone(), view::Source::from_analysis(a));
    }
    view_opts.add_reports(timeline);
    chronicle::output::write_view(format, timeline, &view_opts, out)
}

/// How a format is written.
enum Writer {
    /// A plain writer of the sorted timeline (see `chronicle::output` to add one).
    Plain(WriteFn),
    /// A view format, written by `write_view` with the articles' sources.
    View(chronicle::output::ViewFormat),
    /// Streamed event by event, as articles are analysed (`super::stream`).
    Stream,
}

impl TimelineFormat {
    /// The formats a file extension stands for, the one it chooses first (`None` for an
    /// extension that says nothing, e.g. `.out`).
    pub fn for_extension(path: &std::path::Path) -> Option<&'static [TimelineFormat]> {
        use TimelineFormat::*;
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => &[Csv, TimelinejsCsv],
            "json" => &[Json, Timelinejs, Vis],
            "jsonl" | "ndjson" => &[Jsonl],
            "html" | "htm" => &[Html],
            "md" | "markdown" => &[Md],
            "txt" => &[Table],
            _ => return None,
        })
    }

    /// The format to write: `--format`, else the output file's extension, else a table
    /// on a terminal and CSV elsewhere. `Err` names a clash between the two.
    pub fn choose(
        format: Option<TimelineFormat>,
        output: Option<&std::path::Path>,
    ) -> Result<TimelineFormat, String> {
        let by_extension = output.and_then(TimelineFormat::for_extension);
        match (format, by_extension) {
            (Some(f), Some(fits)) if !fits.contains(&f) => {
                let name = |f: TimelineFormat| {
                    f.to_possible_value()
                        .map(|v| v.get_name().to_string())
                        .unwrap_or_default()
                };
                let path = output.map(|p| p.display().to_string()).unwrap_or_default();
                Err(format!(
                    "--format {} does not fit the output file `{path}`, whose extension means {}; \
                     change one of them",
                    name(f),
                    fits.iter().map(|&f| name(f)).collect::<Vec<_>>().join(" or ")
                ))
            }
            (Some(f), _) => Ok(f),
            (None, Some(fits)) => Ok(fits[0]),
            (None, None) if output.is_none() && std::io::stdout().is_terminal() => Ok(TimelineFormat::Table),
            (None, None) => Ok(TimelineFormat::Csv),
        }
    }

    fn writer(self) -> Writer {
        use chronicle::output::ViewFormat as Format;
        match self {
            TimelineFormat::Table => Writer::Plain(output::table::write),
            TimelineFormat::Csv => Writer::Plain(output::csv::write),
            TimelineFormat::Json => Writer::Plain(output::json::write),
            TimelineFormat::Timelinejs => Writer::View(Format::TimelineJs),
            TimelineFormat::TimelinejsCsv => Writer::View(Format::TimelineJsCsv),
            TimelineFormat::Vis => Writer::View(Format::Vis),
            TimelineFormat::Html => Writer::View(Format::Html),
            TimelineFormat::Md => Writer::View(Format::Markdown),
            TimelineFormat::Jsonl => Writer::Stream,
        }
    }
}

/// The granularities `--min-granularity` takes, finest first.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GranularityArg {
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    #[default]
    Year,
    Decade,
    Century,
}

impl From<GranularityArg> for chronicle::time::interval::Granularity {
    fn from(g: GranularityArg) -> Self {
        use chronicle::time::interval::Granularity as G;
        match g {
            GranularityArg::Time => G::Time,
            GranularityArg::Day => G::Day,
            GranularityArg::Week => G::Week,
            GranularityArg::Month => G::Month,
            GranularityArg::Season => G::Season,
            GranularityArg::Quarter => G::Quarter,
            GranularityArg::Half => G::Half,
            GranularityArg::Year => G::Year,
            GranularityArg::Decade => G::Decade,
            GranularityArg::Century => G::Century,
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

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolarityArg {
    Positive,
    Negative,
}

impl From<PolarityArg> for chronicle::event::Polarity {
    fn from(p: PolarityArg) -> Self {
        match p {
            PolarityArg::Positive => Self::Positive,
            PolarityArg::Negative => Self::Negative,
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModalityArg {
    Asserted,
    Reported,
    Planned,
    Possible,
    Demanded,
    Denied,
}

impl From<ModalityArg> for chronicle::event::Modality {
    fn from(m: ModalityArg) -> Self {
        use chronicle::event::Modality;
        match m {
            ModalityArg::Asserted => Modality::Asserted,
            ModalityArg::Reported => Modality::Reported,
            ModalityArg::Planned => Modality::Planned,
            ModalityArg::Possible => Modality::Possible,
            ModalityArg::Demanded => Modality::Demanded,
            ModalityArg::Denied => Modality::Denied,
        }
    }
}

/// Checks the filters: `--from` must not come after `--to`.
pub fn check_dates(from: Option<chrono::NaiveDate>, to: Option<chrono::NaiveDate>) -> Result<(), i32> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => {
            eprintln!("chronicle: --from {from} is after --to {to}; no event could pass both");
            Err(super::exit::USAGE)
        }
        _ => Ok(()),
    }
}

/// Writes a sorted timeline in `format` (not `jsonl`, which is streamed), the one writer
/// of `timeline` and `merge`; `analyses` give the visual formats each article's dateline
/// and title (none for `merge` of JSONL).
pub fn write_timeline(
    format: TimelineFormat,
    view: &ViewArgs,
    common: &CommonArgs,
    timeline: &Timeline,
    analyses: &[chronicle::run::pipeline::Analysis],
) -> std::io::Result<()> {
    let to_terminal = common.output.is_none() && std::io::stdout().is_terminal();
    let mut out = common.writer()?;
    if view.csv_bom && matches!(format, TimelineFormat::Csv | TimelineFormat::TimelinejsCsv) {
        out.write_all("\u{feff}".as_bytes())?;
    }
    match format.writer() {
        Writer::Plain(_) if format == TimelineFormat::Table => {
            output::table::write_with(timeline, &view.table_options(to_terminal), &mut out)?
        }
        Writer::Plain(_) if format == TimelineFormat::Csv && !view.columns.is_empty() => {
            let columns = output::csv::columns(view.columns.iter().map(|c| c.trim())).unwrap_or_default();
            output::csv::write_columns(timeline, &columns, &mut out)?
        }
        Writer::Plain(write) => write(timeline, &mut out)?,
        Writer::View(view_format) => write_view(view_format, view, &mut out, timeline, analyses)?,
        Writer::Stream => {}
    }
    out.flush()
}

/// Refuses a timeline written by chronicle given to `timeline` (which reads articles):
/// one hint to use `merge`, instead of an error per line.
fn refuse_timelines(inputs: &[std::path::PathBuf]) -> Result<(), i32> {
    for input in inputs {
        if input.is_file() && chronicle::merge::input::is_timeline(input) {
            eprintln!(
                "chronicle: `{}` is a timeline chronicle wrote (events, not articles); \
                 to combine or re-filter it use `chronicle merge {}`",
                input.display(),
                input.display()
            );
            return Err(super::exit::USAGE);
        }
    }
    Ok(())
}

pub fn run(args: TimelineArgs) -> i32 {
    if let Err(code) = args
        .common
        .start("timeline")
        .and_then(|()| refuse_timelines(&args.common.inputs))
    {
        return code;
    }
    let format = match args.view.format(args.common.output.as_deref(), None) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let opts = chronicle::run::pipeline::Options {
        dct: args.common.dct_options(),
        undated: args.undated,
    };
    let filter = args.view.filter();
    if matches!(format.writer(), Writer::Stream) {
        return super::stream::run_jsonl(&args.common, &opts, &filter);
    }
    let mut loaded = args.common.load();
    let articles = std::mem::take(&mut loaded.articles);
    // Only what the timeline and its views read is kept of each analysis, and a long
    // merged run spills its events to a temporary file (see `chronicle::api::timeline_with`).
    let quiet = args.common.quiet;
    let progress = super::progress::Counter::new(articles.len(), quiet);
    let built =
        chronicle::api::timeline_with(articles, &opts, &filter, !args.no_merge, args.common.jobs, |a| {
            if let Some(warning) = super::unsure_date_warning(a).filter(|_| !quiet) {
                progress.eprintln(&warning);
            }
            progress.inc();
        });
    progress.finish();
    let (timeline, analyses) = match built {
        Ok(built) => built,
        Err(e) => return super::output_error(e),
    };
    if let Err(e) = write_timeline(format, &args.view, &args.common, &timeline, &analyses) {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
