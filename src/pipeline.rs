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

/// Analyses one article.
pub fn analyze(article: Article, opts: &Options) -> Analysis {
    let dct = dct::determine(&article, &opts.dct);
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
