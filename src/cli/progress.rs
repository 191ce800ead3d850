//! A progress bar on stderr for long runs: input MB/s, articles/s and the time left.
//!
//! It appears only when stderr is a terminal, `--quiet` was not given, and the run has
//! lasted [`SHOW_AFTER`]: short runs and pipelines stay silent.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run must last before the bar is drawn.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// Refresh the message every this many articles.
const EVERY: u64 = 64;

pub struct Progress {
    bar: Option<ProgressBar>,
    bytes_read: Arc<AtomicU64>,
    items_read: Arc<AtomicU64>,
    started: Instant,
    articles: u64,
    shown: bool,
}

impl Progress {
    /// A bar over `total_bytes` of input (0: unknown, a spinner), fed by the stream's
    /// counters of bytes and items read.
    pub fn new(total_bytes: u64, stream: &chronicle::run::corpus::ArticleStream, quiet: bool) -> Self {
        let wanted = !quiet && std::io::stderr().is_terminal();
        let bar = wanted.then(|| {
            let (bar, template) = if total_bytes > 0 {
                (
                    ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::hidden()),
                    "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
                )
            } else {
                (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                    "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}",
                )
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            bytes_read: stream.bytes_read(),
            items_read: stream.items_read(),
            started: Instant::now(),
            articles: 0,
            shown: false,
        }
    }

    /// Counts one item done (an article, or an input that could not be read).
    pub fn article(&mut self) {
        self.articles += 1;
        let Some(bar) = &self.bar else { return };
        if !self.articles.is_multiple_of(EVERY) {
            return;
        }
        let elapsed = self.started.elapsed();
        if !self.shown && elapsed >= SHOW_AFTER {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        // The reader runs a few chunks ahead: count the bytes of the articles done, as
        // the read bytes' share of the items done.
        let bytes = self.bytes_read.load(Ordering::Relaxed) as f64;
        let items = self.items_read.load(Ordering::Relaxed).max(1) as f64;
        bar.set_position((bytes * (self.articles as f64 / items).min(1.0)) as u64);
        let rate = self.articles as f64 / elapsed.as_secs_f64().max(1e-3);
        bar.set_message(format!("{} articles, {rate:.0}/s", self.articles));
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// A progress bar for a batch run, which holds its articles before analysing them: the
/// articles analysed of all, counted from any thread. Shown like [`Progress`]: on a
/// terminal, without `--quiet`, once the run has lasted [`SHOW_AFTER`].
pub struct Counter {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Counter {
    pub fn new(articles: usize, quiet: bool) -> Self {
        let wanted = !quiet && std::io::stderr().is_terminal();
        let bar = wanted.then(|| {
            let bar = ProgressBar::with_draw_target(Some(articles as u64), ProgressDrawTarget::hidden());
            let template = "{elapsed_precise} [{wide_bar}] {pos}/{len} articles {per_sec} ETA {eta}";
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Counter {
            bar,
            started: Instant::now(),
            shown: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Prints a line on stderr above the bar.
    pub fn eprintln(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Counts one article analysed.
    pub fn inc(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= SHOW_AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
