//! `chronicle dateline`: where and when each story was filed.

use std::io::Write;

use clap::{Args, ValueEnum};

use super::CommonArgs;

#[derive(Args, Debug)]
pub struct DatelineArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = DatelineFormat::Table)]
    pub format: DatelineFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatelineFormat {
    Table,
    Json,
}

pub fn run(args: DatelineArgs) -> i32 {
    let loaded = args.common.load();
    let opts = args.common.dct_options();
    let rows: Vec<serde_json::Value> = loaded
        .articles
        .iter()
        .map(|a| {
            let d = chronicle::dct::determine(a, &opts);
            let dl = d.dateline.clone().unwrap_or_default();
            serde_json::json!({
                "article": a.id,
                "place": dl.place,
                "agency": dl.agency,
                "date": d.date.map(|x| x.to_string()),
                "source": d.source,
                "confidence": d.confidence,
                "reason": d.reason,
            })
        })
        .collect();
    let result = (|| -> std::io::Result<()> {
        let mut out = args.common.writer()?;
        match args.format {
            DatelineFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
            }
            DatelineFormat::Table => {
                for r in &rows {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        r["article"], r["place"], r["agency"], r["date"], r["source"]
                    )?;
                }
            }
        }
        out.flush()
    })();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&loaded.diagnostics, args.common.quiet)
}
