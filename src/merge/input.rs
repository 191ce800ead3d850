//! What `chronicle merge` and `chronicle conflicts` read: timelines written earlier
//! (JSONL, one event or merged row a line) and articles, analysed first.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::{LineError, Merger};
use crate::input::diag::Diagnostic;
use crate::run::pipeline::Options;

impl Merger {
    /// Adds every line of the timeline file at `path`; unreadable lines come back as
    /// diagnostics (one line skipped each), an unreadable file as one.
    pub fn add_timeline_file(&mut self, path: &Path) -> io::Result<Vec<Diagnostic>> {
        match File::open(path) {
            Ok(f) => {
                let errors = self.add_jsonl(BufReader::new(f))?;
                Ok(line_diagnostics(Some(path), errors))
            }
            Err(e) => Ok(vec![Diagnostic::error(
                Some(path.to_path_buf()),
                None,
                format!("cannot read the file: {e}"),
            )]),
        }
    }

    /// Analyses the articles in `paths` (files or folders) on `jobs` threads and adds their
    /// events, with the agency of each story's dateline. Each article that cannot be read
    /// goes to `on_error` as it is met.
    pub fn add_articles<F: FnMut(Diagnostic)>(
        &mut self,
        paths: &[PathBuf],
        opts: &Options,
        jobs: usize,
        mut on_error: F,
    ) -> io::Result<()> {
        let stream = crate::run::corpus::stream(paths);
        crate::run::parallel::for_each_analysis(stream, opts, jobs, |outcome| {
            match outcome {
                Ok(analysis) => {
                    for source in super::sources_of(&analysis) {
                        self.add(source)?;
                    }
                }
                Err(d) => on_error(d),
            }
            Ok::<(), io::Error>(())
        })
    }
}

/// The lines of a timeline that could not be read, as diagnostics of the file at `path`
/// (standard input when `None`).
pub fn line_diagnostics(path: Option<&Path>, errors: Vec<LineError>) -> Vec<Diagnostic> {
    errors
        .into_iter()
        .map(|e| {
            Diagnostic::error(
                path.map(Path::to_path_buf),
                Some(e.line),
                format!("{}; the line was skipped", e.message),
            )
        })
        .collect()
}

/// A file is a timeline when its first non-blank line is a JSON object with a `trigger`.
pub fn is_timeline(path: &Path) -> bool {
    let Ok(f) = File::open(path) else { return false };
    if path.is_dir() {
        return false;
    }
    BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .find(|l| !l.trim().is_empty())
        .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .is_some_and(|v| v.get("trigger").is_some())
}
