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
    /// What the lanes of timelinejs, timelinejs-csv, vis and html output are.
    #[arg(long, value_enum, default_value_t, value_name = "BY")]
    pub group_by: chronicle::output::view::GroupBy,
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
}

impl TimelineFormat {
    /// The formats written by `chronicle::output::view`.
    fn view(self) -> Option<chronicle::output::view::Format> {
        use chronicle::output::view::Format;
        match self {
            TimelineFormat::Timelinejs => Some(Format::TimelineJs),
            TimelineFormat::TimelinejsCsv => Some(Format::TimelineJsCsv),
            TimelineFormat::Vis => Some(Format::Vis),
            TimelineFormat::Html => Some(Format::Html),
            TimelineFormat::Md => Some(Format::Markdown),
            TimelineFormat::Table | TimelineFormat::Csv | TimelineFormat::Json => None,
        }
    }
}

/// Analyses every article and writes one timeline in a view format.
fn write_view(
    format: chronicle::output::view::Format,
    args: &TimelineArgs,
    articles: &[chronicle::Article],
    opts: &chronicle::pipeline::Options,
) -> std::io::Result<()> {
    use chronicle::output::view;
    let mut view_opts = view::ViewOptions {
        group_by: args.group_by,
        ..Default::default()
    };
    let mut timeline = chronicle::Timeline::default();
    for article in articles.iter().cloned() {
        let a = chronicle::pipeline::analyze(article, opts);
        view_opts
            .sources
            .insert(a.article.id.clone(), view::Source::from_analysis(&a));
        timeline.events.extend(a.events);
    }
    let mut out = args.common.writer()?;
    view::write(format, &timeline, &view_opts, &mut out)?;
    out.flush()
}

pub fn run(args: TimelineArgs) -> i32 {
    let loaded = args.common.load();
    let opts = chronicle::pipeline::Options {
        dct: args.common.dct_options(),
        undated: false,
    };
    if let Some(format) = args.format.and_then(TimelineFormat::view) {
        if let Err(e) = write_view(format, &args, &loaded.articles, &opts) {
            return super::output_error(e);
        }
        return super::exit_code(&loaded.diagnostics, args.common.quiet);
    }
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
