//! `chronicle timeline --format jsonl`: events written as they are found, one JSON
//! object per line, articles analysed in parallel and written in input order.
//!
//! Each line is a [`chronicle::merge::Source`]: the event and the agency of its story,
//! the form `chronicle merge` reads back.

use std::io::Write;

use chronicle::merge::timeline::Filter;
use chronicle::run::pipeline::Options;

use super::progress::Progress;
use super::CommonArgs;

/// Streams the events of `common`'s inputs that pass `filter` as JSONL.
pub fn run_jsonl(common: &CommonArgs, opts: &Options, filter: &Filter) -> i32 {
    let stream = chronicle::run::corpus::stream(&common.inputs);
    let mut progress = Progress::new(
        chronicle::run::corpus::total_bytes(&common.inputs),
        &stream,
        common.quiet,
    );
    let mut diagnostics = Vec::new();
    let result = (|| -> std::io::Result<()> {
        let mut out = common.writer()?;
        // Each analysis becomes its lines on the worker that made it (in parallel, and
        // freed where it was built); this thread only writes the bytes in input order.
        // serde_json writes a line in hundreds of small pieces, which a Vec takes faster
        // than the output's BufWriter.
        let render = |outcome: chronicle::run::parallel::Outcome| {
            outcome.map(|analysis| -> serde_json::Result<Vec<u8>> {
                if !common.quiet {
                    super::warn_unsure_date(&analysis);
                }
                let mut lines = Vec::new();
                for source in chronicle::merge::into_sources(analysis).filter(|s| filter.keeps(&s.event)) {
                    serde_json::to_writer(&mut lines, &source)?;
                    lines.push(b'\n');
                }
                Ok(lines)
            })
        };
        // `--lang`: every streamed article in the declared language
        let declared = common.declared_lang();
        let stream = stream.map(move |item| {
            item.map(|mut article| {
                article.lang = declared.or(article.lang);
                article
            })
        });
        chronicle::run::parallel::for_each_analysis_mapped(stream, opts, common.jobs, render, |rendered| {
            match rendered {
                Ok(lines) => out.write_all(&lines?)?,
                Err(d) => {
                    eprintln!("{d}");
                    diagnostics.push(d);
                }
            }
            progress.article();
            Ok::<(), std::io::Error>(())
        })?;
        out.flush()
    })();
    progress.finish();
    if let Err(e) = result {
        return super::output_error(e);
    }
    super::exit_code(&diagnostics, common.quiet)
}
