//! `chronicle timeline --format jsonl`: events written as they are found, one JSON
//! object per line, articles analysed in parallel and written in input order.
//!
//! Each line is a [`chronicle::merge::Source`]: the event and the agency of its story,
//! the form `chronicle merge` reads back.

use std::io::Write;

use chronicle::pipeline::Options;
use chronicle::timeline::Filter;

use super::progress::Progress;
use super::CommonArgs;

/// Streams the events of `common`'s inputs that pass `filter` as JSONL.
pub fn run_jsonl(common: &CommonArgs, opts: &Options, filter: &Filter) -> i32 {
    let stream = chronicle::corpus::stream(&common.inputs);
    let mut progress = Progress::new(
        chronicle::corpus::total_bytes(&common.inputs),
        &stream,
        common.quiet,
    );
    let mut diagnostics = Vec::new();
    let result = (|| -> std::io::Result<()> {
        let mut out = common.writer()?;
        // Each line is serialized into one reused buffer and written whole: serde_json
        // writes a line in hundreds of small pieces, which a Vec takes faster than the
        // output's BufWriter.
        let mut line = Vec::new();
        chronicle::parallel::for_each_analysis(stream, opts, common.jobs, |outcome| {
            match outcome {
                Ok(analysis) => {
                    for source in chronicle::merge::into_sources(analysis).filter(|s| filter.keeps(&s.event))
                    {
                        line.clear();
                        serde_json::to_writer(&mut line, &source)?;
                        line.push(b'\n');
                        out.write_all(&line)?;
                    }
                }
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
