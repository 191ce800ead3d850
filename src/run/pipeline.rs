//! The whole analysis of one article: document date, temporal expressions, events.

use serde::Serialize;

use crate::dct::{self, DctOptions, DocumentDate};
use crate::event::Event;
use crate::input::article::Article;
use crate::lang::Lang;
use crate::run::segment;
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

impl Analysis {
    /// The analysis without the article's text and temporal expressions: what a timeline
    /// and its views read (the article's metadata, document date and events), for runs
    /// that hold every analysis until the end. The language the text showed is kept.
    pub fn without_text(mut self) -> Analysis {
        self.article.lang = Some(crate::lang::of(&self.article));
        self.article.text = String::new();
        self.timexes = Vec::new();
        self
    }
}

/// Analyses one article on its own (its document date from its own text and record).
pub fn analyze(article: Article, opts: &Options) -> Analysis {
    let dct = dct::determine(&article, &opts.dct);
    analyze_with_dct(article, dct, opts)
}

/// Analyses a whole run of articles in memory, in input order, on `jobs` threads
/// (0: one per core). Unlike [`analyze`] one by one, an article whose dateline has no
/// year it can infer borrows one from the run's sure dates ([`crate::run::companions::determine_all`]).
pub fn analyze_all(articles: Vec<Article>, opts: &Options, jobs: usize) -> Vec<Analysis> {
    let mut out = Vec::with_capacity(articles.len());
    analyze_all_each(articles, opts, jobs, |a| out.push(a));
    out
}

/// [`analyze_all`], handing each analysis to `f` in input order as soon as its chunk of
/// [`crate::run::CHUNK`] articles is done: a caller that keeps only part of each
/// (a merger's compact keys, the article's metadata) holds a chunk of analyses at a time,
/// not the whole run's. The document dates are fixed for the whole run first (an unsure
/// year may borrow from any article of it).
pub fn analyze_all_each(
    articles: Vec<Article>,
    opts: &Options,
    jobs: usize,
    mut f: impl FnMut(Analysis) + Send,
) {
    use rayon::prelude::*;
    let work = move || {
        let dcts = crate::run::companions::determine_all(&articles, &opts.dct);
        let mut pairs = articles.into_iter().zip(dcts);
        loop {
            let chunk: Vec<(Article, DocumentDate)> = pairs.by_ref().take(crate::run::CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let done: Vec<Analysis> = chunk
                .into_par_iter()
                .map(|(article, dct)| analyze_with_dct(article, dct, opts))
                .collect();
            done.into_iter().for_each(&mut f);
        }
    };
    match rayon::ThreadPoolBuilder::new()
        .num_threads(crate::run::threads(jobs))
        .build()
    {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}

/// Analyses one article whose document date is already fixed. An article longer than
/// [`segment::SEGMENT_BYTES`] is analysed a segment at a time (see [`segment`]), so
/// memory stays bounded however long it is; offsets still refer to the whole text.
pub fn analyze_with_dct(article: Article, dct: DocumentDate, opts: &Options) -> Analysis {
    let extract_opts = crate::event::ExtractOptions {
        undated: opts.undated,
    };
    let lang = crate::lang::of(&article);
    let mut timexes = Vec::new();
    let mut events = Vec::new();
    for_each_segment(&article, |piece, chars_before, chars| {
        let mut piece_timexes = extract_timexes(lang, &piece.text, dct.date);
        // Page furniture ("Issued on …", related boxes, headline lists) is hidden from
        // the event stage only; its dates stay in the text and in the tagger's output.
        let story = crate::input::story::mask(&piece.text).map(|(text, hidden)| {
            let timexes: Vec<Timex> = piece_timexes
                .iter()
                .filter(|t| !hidden.iter().any(|h| t.start < h.end && h.start < t.end))
                .cloned()
                .collect();
            (
                Article {
                    text,
                    ..piece.clone()
                },
                timexes,
            )
        });
        let (event_piece, event_timexes) = match &story {
            Some((article, timexes)) => (article, timexes.as_slice()),
            None => (piece, piece_timexes.as_slice()),
        };
        let mut piece_events = match chars {
            None => extract_events(lang, event_piece, &dct, event_timexes, extract_opts),
            Some(chars) => {
                let piece_dct = dct_for_segment(&dct, chars_before, chars);
                extract_events(lang, event_piece, &piece_dct, event_timexes, extract_opts)
            }
        };
        if chars_before > 0 {
            shift_timexes(&mut piece_timexes, chars_before);
            for e in &mut piece_events {
                e.char_start += chars_before;
                e.char_end += chars_before;
            }
        }
        timexes.append(&mut piece_timexes);
        events.append(&mut piece_events);
    });
    if dct.source == crate::dct::DctSource::Inferred {
        for e in &mut events {
            e.year_guessed = !writes_a_year(&e.time_text);
        }
    }
    Analysis {
        article,
        dct,
        timexes,
        events,
    }
}

/// Whether a temporal phrase writes its year ("August 2008", "в 2014 году", "'09"
/// aside): four digits in a row.
fn writes_a_year(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4)
}

/// One article's document date and temporal expressions, without its events: what
/// `chronicle timex` writes. The values are those [`analyze`] finds (same document date,
/// same segments, same tagger); the event stage, about half of the work of [`analyze`],
/// is skipped, and so is the search for the dateline when the date is given outside the
/// text (`--dct`, `--dct-map`, the record's date: [`dct::given`]), as the tagger needs
/// only the day.
#[derive(Debug, Clone)]
pub struct Tagged {
    pub article: Article,
    /// The article's language ([`crate::lang::of`]), as the tagger was chosen by it.
    pub lang: Lang,
    /// The document date ([`DocumentDate::date`]), the tagger's anchor.
    pub date: Option<chrono::NaiveDate>,
    pub timexes: Vec<Timex>,
}

/// The document date and temporal expressions of one article on its own (see [`Tagged`]).
pub fn tag(article: Article, opts: &Options) -> Tagged {
    let date = match dct::given(&article, &opts.dct) {
        Some(date) => Some(date),
        None => dct::determine(&article, &opts.dct).date,
    };
    let lang = crate::lang::of(&article);
    let mut timexes = Vec::new();
    for_each_segment(&article, |piece, chars_before, _| {
        let mut piece_timexes = extract_timexes(lang, &piece.text, date);
        shift_timexes(&mut piece_timexes, chars_before);
        timexes.append(&mut piece_timexes);
    });
    Tagged {
        article,
        lang,
        date,
        timexes,
    }
}

/// Calls `f` with each piece of `article` the stages read at once, the chars of the
/// article before it and, for a segment, its own length in chars: the article itself
/// (`0`, `None`) when it is at most [`segment::SEGMENT_BYTES`] long, else its segments
/// (see [`segment`]), each a new article holding only its text.
fn for_each_segment(article: &Article, mut f: impl FnMut(&Article, usize, Option<usize>)) {
    if article.text.len() <= segment::SEGMENT_BYTES {
        f(article, 0, None);
        return;
    }
    let mut chars_before = 0;
    for range in segment::segments(&article.text, segment::SEGMENT_BYTES) {
        let text = &article.text[range];
        let piece = Article {
            id: article.id.clone(),
            text: text.to_string(),
            ..Article::default()
        };
        let chars = text.chars().count();
        f(&piece, chars_before, Some(chars));
        chars_before += chars;
    }
}

/// Moves expressions found in a segment to offsets in the whole text.
fn shift_timexes(timexes: &mut [Timex], chars_before: usize) {
    for t in timexes {
        t.start += chars_before;
        t.end += chars_before;
    }
}

/// The temporal expressions of `text` with the tagger of its language.
pub fn extract_timexes(lang: Lang, text: &str, dct: Option<chrono::NaiveDate>) -> Vec<Timex> {
    match lang {
        Lang::En => timex::extract(text, dct),
        Lang::Ru => crate::lang::ru::timex::extract(text, dct),
    }
}

/// The events of `article` with the event reader of its language, the repeated tellings
/// of one event in it folded into one ([`crate::merge::article`]; the Russian reader
/// keeps one event per trigger itself).
fn extract_events(
    lang: Lang,
    article: &Article,
    dct: &DocumentDate,
    timexes: &[Timex],
    opts: crate::event::ExtractOptions,
) -> Vec<Event> {
    match lang {
        Lang::En => {
            crate::merge::article::merge_within_article(crate::event::extract(article, dct, timexes, opts))
        }
        Lang::Ru => crate::event::ru::extract(article, dct, timexes, opts),
    }
}

/// The document date as a segment starting `chars_before` chars into the article sees
/// it: the same date, place and agency, with the dateline's offsets moved into the
/// segment, or past its end (`chars` long) when the dateline lies in an earlier one.
fn dct_for_segment(dct: &DocumentDate, chars_before: usize, chars: usize) -> DocumentDate {
    let mut dct = dct.clone();
    if let Some(dateline) = &mut dct.dateline {
        if dateline.end <= chars_before {
            dateline.start = chars + 1;
            dateline.end = chars + 1;
        } else {
            dateline.start = dateline.start.saturating_sub(chars_before);
            dateline.end -= chars_before;
        }
    }
    dct
}
