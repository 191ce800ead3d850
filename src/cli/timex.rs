//! `chronicle timex`: temporal expressions and their TIMEX3 values.

use std::io::Write;

use clap::{Args, ValueEnum};

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct TimexArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = TimexFormat::Table)]
    pub format: TimexFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexFormat {
    Table,
    Jsonl,
    Timeml,
}

pub fn run(args: TimexArgs) -> i32 {
    let loaded = args.common.load();
    let opts = chronicle::pipeline::Options {
        dct: args.common.dct_options(),
        undated: false,
    };
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        for article in loaded.articles.iter().cloned() {
            let a = chronicle::pipeline::analyze(article, &opts);
            let line = serde_json::json!({
                "id": a.article.id,
                "dct": a.dct.date.map(|d| d.to_string()),
                "timexes": a.timexes,
            });
            writeln!(out, "{line}")?;
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
