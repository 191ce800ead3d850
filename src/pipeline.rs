//! The whole analysis of one article: document date, temporal expressions, events.

use serde::Serialize;

use crate::article::Article;
use crate::dct::{self, DctOptions, DocumentDate};
use crate::event::Event;
use crate::timex::{self, Timex};

/// Options for [`analyze`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub dct: DctOptions,
    /// Keep undated statements, dated by the DCT and marked `reported`.
    pub undated: bool,
}

/// Everything chronicle found in one article.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub article: Article,
    pub dct: DocumentDate,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
}

/// Analyses one article on its own (its document date from its own text and record).
pub fn analyze(article: Article, opts: &Options) -> Analysis {
    let dct = dct::determine(&article, &opts.dct);
    analyze_with_dct(article, dct, opts)
}

/// Analyses a whole run of articles in memory, in input order, on `jobs` threads
/// (0: one per core). Unlike [`analyze`] one by one, an article whose dateline has no
/// year it can infer borrows one from the run's sure dates ([`dct::determine_all`]).
pub fn analyze_all(articles: Vec<Article>, opts: &Options, jobs: usize) -> Vec<Analysis> {
    use rayon::prelude::*;
    let dcts = dct::determine_all(&articles, &opts.dct);
    let work = || {
        articles
            .into_par_iter()
            .zip(dcts)
            .map(|(article, dct)| analyze_with_dct(article, dct, opts))
            .collect()
    };
    match rayon::ThreadPoolBuilder::new()
        .num_threads(crate::parallel::threads(jobs))
        .build()
    {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}

/// Analyses one article whose document date is already fixed.
pub fn analyze_with_dct(article: Article, dct: DocumentDate, opts: &Options) -> Analysis {
    let timexes = timex::extract(&article.text, dct.date);
    let events = crate::event::extract(
        &article,
        &dct,
        &timexes,
        crate::event::ExtractOptions {
            undated: opts.undated,
        },
    );
    Analysis {
        article,
        dct,
        timexes,
        events,
    }
}
