//! Analysing many articles on all cores, in bounded memory, in a deterministic order.
//!
//! [`for_each_analysis`] reads articles in chunks of [`CHUNK`] on a reader thread,
//! analyses each chunk in parallel on a rayon pool of `jobs` threads, and hands the
//! analyses to a sink **in input order**, so the output is byte for byte the same as a
//! sequential run. About 2 × [`CHUNKS_IN_FLIGHT`] + 2 chunks are held at a time (read
//! ahead, being analysed, being written): memory depends on the chunk size and the
//! largest articles, not on the corpus.
//!
//! The articles of a chunk lend each other the years of their datelines, as a whole run
//! does in memory ([`crate::run::companions::determine_all`]): a story whose dateline has no year it
//! can infer takes the one that puts it nearest the chunk's sure dates. Chunks are cut by
//! count, never by thread, so every `jobs` gives the same dates.

use std::collections::VecDeque;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::dct;
use crate::input::article::Article;
use crate::input::diag::Diagnostic;
use crate::run::pipeline::{analyze_with_dct, Analysis, Options};
pub use crate::run::threads;

pub use super::CHUNK;

/// Chunks the reader may read ahead of the analysis.
pub const CHUNKS_IN_FLIGHT: usize = 2;

/// What the sink receives for each input item, in input order.
pub type Outcome = Result<Analysis, Diagnostic>;

/// Analyses every article of `items` with `jobs` threads (0: all cores) and calls `sink`
/// with each analysis (or the input's problem) in input order. Stops at the first error
/// the sink returns.
///
/// Three things overlap: a reader thread reads chunk k+2, the pool analyses chunks k+1
/// and k (a chunk's articles in parallel), and the calling thread hands chunk k's
/// results to the sink as soon as they are all done, in order.
pub fn for_each_analysis<I, F, E>(items: I, opts: &Options, jobs: usize, sink: F) -> Result<(), E>
where
    I: IntoIterator<Item = Result<Article, Diagnostic>>,
    I::IntoIter: Send,
    F: FnMut(Outcome) -> Result<(), E>,
{
    for_each_analysis_mapped(items, opts, jobs, |outcome| outcome, sink)
}

/// [`for_each_analysis`] with a step that runs on the worker threads: `map` turns each
/// outcome into what `sink` receives (in input order), for example the output lines of an
/// analysis. Work done in `map` runs in parallel, and the analysis is freed on the thread
/// that built it, which is cheaper than freeing it on the sink's thread.
pub fn for_each_analysis_mapped<I, M, T, F, E>(
    items: I,
    opts: &Options,
    jobs: usize,
    map: M,
    mut sink: F,
) -> Result<(), E>
where
    I: IntoIterator<Item = Result<Article, Diagnostic>>,
    I::IntoIter: Send,
    M: Fn(Outcome) -> T + Sync,
    T: Send,
    F: FnMut(T) -> Result<(), E>,
{
    let threads = threads(jobs);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) if threads > 1 => pool,
        // One thread (or no pool to be had): the plain sequential loop, chunk by chunk.
        _ => {
            let mut items = items.into_iter();
            loop {
                let chunk: Vec<_> = items.by_ref().take(CHUNK).collect();
                if chunk.is_empty() {
                    return Ok(());
                }
                for outcome in analyze_chunk(chunk, opts, false) {
                    sink(map(outcome))?;
                }
            }
        }
    };
    let items = items.into_iter();
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|threads| {
        let (tx, chunks) = mpsc::sync_channel::<Vec<Result<Article, Diagnostic>>>(CHUNKS_IN_FLIGHT);
        threads.spawn(move || {
            let mut items = items;
            loop {
                let chunk: Vec<_> = items.by_ref().take(CHUNK).collect();
                if chunk.is_empty() || tx.send(chunk).is_err() {
                    return;
                }
            }
        });
        pool.in_place_scope(|scope| {
            let mut pending: VecDeque<mpsc::Receiver<Vec<T>>> = VecDeque::new();
            let mut drain_one = |pending: &mut VecDeque<mpsc::Receiver<Vec<T>>>| -> Result<(), E> {
                let Some(done) = pending.pop_front() else {
                    return Ok(());
                };
                // A chunk's task always sends, unless told to stop.
                for outcome in done.recv().unwrap_or_default() {
                    sink(outcome)?;
                }
                Ok(())
            };
            let mut run = || -> Result<(), E> {
                for chunk in chunks.iter() {
                    let (done, results) = mpsc::sync_channel(1);
                    let stop = &stop;
                    let map = &map;
                    scope.spawn(move |_| {
                        if stop.load(std::sync::atomic::Ordering::Relaxed) {
                            return;
                        }
                        let mapped = analyze_chunk(chunk, opts, true)
                            .into_par_iter()
                            .map(map)
                            .collect();
                        let _ = done.send(mapped);
                    });
                    pending.push_back(results);
                    if pending.len() > CHUNKS_IN_FLIGHT {
                        drain_one(&mut pending)?;
                    }
                }
                while !pending.is_empty() {
                    drain_one(&mut pending)?;
                }
                Ok(())
            };
            let result = run();
            if result.is_err() {
                // Chunks not started yet are skipped; dropping `chunks` stops the reader.
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            drop(chunks);
            result
        })
    })
}

/// Analyses one chunk, its articles in parallel when `parallel` (on the current pool),
/// each with the document date it finds alone; then the few whose year was unsure are
/// analysed again if the chunk's sure dates give them a better one (see the module docs).
/// One parallel pass in the common case, so the cores stay busy.
fn analyze_chunk(chunk: Vec<Result<Article, Diagnostic>>, opts: &Options, parallel: bool) -> Vec<Outcome> {
    let alone = |item: Result<Article, Diagnostic>| -> Outcome {
        let article = item?;
        let date = dct::determine(&article, &opts.dct);
        Ok(analyze_with_dct(article, date, opts))
    };
    let mut outcomes: Vec<Outcome> = if parallel {
        chunk.into_par_iter().map(alone).collect()
    } else {
        chunk.into_iter().map(alone).collect()
    };
    let corpus = crate::run::companions::run_evidence(
        outcomes
            .iter()
            .filter_map(|o| o.as_ref().ok())
            .map(|a| (&a.article, &a.dct)),
        &opts.dct,
    );
    if corpus.is_empty() {
        return outcomes;
    }
    let again = |outcome: &mut Outcome| {
        let Ok(analysis) = outcome else { return };
        if !dct::could_borrow_year(&analysis.dct, &opts.dct) {
            return;
        }
        let date = dct::determine_in_run(&analysis.article, &opts.dct, &corpus);
        if date != analysis.dct {
            let article = std::mem::take(&mut analysis.article);
            *analysis = analyze_with_dct(article, date, opts);
        }
    };
    if parallel {
        outcomes.par_iter_mut().for_each(again);
    } else {
        outcomes.iter_mut().for_each(again);
    }
    outcomes
}
