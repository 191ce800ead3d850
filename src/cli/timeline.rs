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
}

impl ViewArgs {
    /// The filters as the library takes them.
    pub fn filter(&self) -> Filter {
        Filter {
            from: self.from,
            to: self.to,
            actors: self.actor.clone(),
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
        TimelineFormat::choose(
            self.format
                .or(default.filter(|_| output.and_then(TimelineFormat::for_extension).is_none())),
            output,
        )
        .map_err(|message| {
            eprintln!("chronicle: {message}");
            super::exit::USAGE
        })
    }
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
    format: chronicle::output::view::Format,
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
    view::write(format, timeline, &view_opts, out)
}

/// How a format is written.
enum Writer {
    /// A plain writer of the sorted timeline (see `chronicle::output` to add one).
    Plain(WriteFn),
    /// A view format, written by `write_view` with the articles' sources.
    View(chronicle::output::view::Format),
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
        use chronicle::output::view::Format;
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
    let mut out = common.writer()?;
    if view.csv_bom && matches!(format, TimelineFormat::Csv | TimelineFormat::TimelinejsCsv) {
        out.write_all("\u{feff}".as_bytes())?;
    }
    match format.writer() {
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
    let (timeline, analyses) =
        chronicle::api::timeline(articles, &opts, &filter, !args.no_merge, args.common.jobs);
    if !args.common.quiet {
        analyses.iter().for_each(super::warn_unsure_date);
    }
    if let Err(e) = write_timeline(format, &args.view, &args.common, &timeline, &analyses) {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
