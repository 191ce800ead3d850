//! The document creation time (DCT): the anchor for every relative date.
//!
//! Sources, strongest first (the README's "document date" section; ARCHITECTURE.md for the stages): an explicit `--dct`, the record's own date
//! (JSONL `dct`, TimeML DCT), a machine date in the page, the dateline (with its year
//! inferred when missing, see [`year`]). [`determine`] always reports the dateline it
//! found, even when the date came from a stronger source. [`determine_all`] does a whole
//! run, letting articles whose year cannot be told borrow it from the others.

mod absolute;
pub mod cues;
pub mod evidence;
pub mod published;
pub mod year;

pub use absolute::parse_absolute;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Dateline;
use crate::input::article::Article;

/// Where the document date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// `--dct` on the command line.
    Flag,
    /// The input record: JSONL `dct`/`date`, TimeML DCT.
    Record,
    /// A machine-readable date in the page (HTML meta, "Published …" line).
    Metadata,
    /// A dateline with its year.
    Dateline,
    /// A dateline without a year, the year inferred.
    Inferred,
    /// No date could be found.
    None,
}

/// The document date and how it was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentDate {
    /// `None` when no date could be established.
    pub date: Option<NaiveDate>,
    pub source: DctSource,
    /// 0.0–1.0: how sure chronicle is.
    pub confidence: f32,
    /// Human-readable reasons, e.g. "dateline December 1 has no year; 'on Tuesday' …".
    pub reason: String,
    /// The dateline, when one was found (even if the date came from elsewhere).
    pub dateline: Option<Dateline>,
}

/// Options that steer the document date.
#[derive(Debug, Clone, Default)]
pub struct DctOptions {
    /// `--dct`: overrides everything.
    pub flag: Option<NaiveDate>,
    /// `--year`: a hint for datelines without a year.
    pub year_hint: Option<i32>,
}

/// Fixes the document date of `article`, strongest source first.
pub fn determine(article: &Article, opts: &DctOptions) -> DocumentDate {
    determine_in_corpus(article, opts, &[])
}

/// An inferred date this unsure (or less) is a guess that the run's other dates may improve.
pub const GUESS_CONFIDENCE: f32 = 0.4;

/// Fixes the document dates of a whole run of articles. Articles whose own text cannot
/// give the year of their dateline take the year that puts them nearest the articles
/// whose dates are sure (record, page metadata, dateline with year, `--dct`, or a year
/// inferred with confidence [`ANCHOR_CONFIDENCE`] or more).
pub fn determine_all(articles: &[Article], opts: &DctOptions) -> Vec<DocumentDate> {
    let first: Vec<DocumentDate> = articles.iter().map(|a| determine(a, opts)).collect();
    let corpus = sure_dates(&first);
    articles
        .iter()
        .zip(first)
        .map(|(article, date)| reconsider(article, date, opts, &corpus))
        .collect()
}

/// The second step of [`determine_all`]: `date` (what [`determine`] found for `article`
/// alone) again, unless it is unsure and the run's `corpus` of sure dates can do better.
pub fn reconsider(
    article: &Article,
    date: DocumentDate,
    opts: &DctOptions,
    corpus: &[NaiveDate],
) -> DocumentDate {
    if could_borrow_year(&date, opts) && !corpus.is_empty() {
        determine_in_corpus(article, opts, corpus)
    } else {
        date
    }
}

/// Whether a date found for an article alone is unsure enough that the run's sure dates
/// may replace it ([`reconsider`]).
pub fn could_borrow_year(date: &DocumentDate, opts: &DctOptions) -> bool {
    let unsure = date.source == DctSource::None
        || (date.source == DctSource::Inferred && date.confidence <= GUESS_CONFIDENCE);
    unsure && opts.year_hint.is_none()
}

/// An inferred date this sure (or more) can lend its year to the run's other articles:
/// a weekday that fits the dateline's day, bounded by the history the story tells.
pub const ANCHOR_CONFIDENCE: f32 = 0.8;

/// The dates the run's other articles may borrow a year from, for [`determine_all`]:
/// every date that is not inferred, and inferred ones at least [`ANCHOR_CONFIDENCE`] sure.
pub fn sure_dates<'a>(dates: impl IntoIterator<Item = &'a DocumentDate>) -> Vec<NaiveDate> {
    let mut sure: Vec<NaiveDate> = dates
        .into_iter()
        .filter(|d| match d.source {
            DctSource::None => false,
            DctSource::Inferred => d.confidence >= ANCHOR_CONFIDENCE,
            _ => true,
        })
        .filter_map(|d| d.date)
        .collect();
    sure.sort();
    sure.dedup();
    sure
}

/// [`determine`], with the sure dates of the other articles of the run as a last resort
/// for the year of a dateline.
pub fn determine_in_corpus(article: &Article, opts: &DctOptions, corpus: &[NaiveDate]) -> DocumentDate {
    let dateline = crate::dateline::find(&article.text);
    let found = |date: NaiveDate, source: DctSource, confidence: f32, reason: String| DocumentDate {
        date: Some(date),
        source,
        confidence,
        reason,
        dateline: dateline.clone(),
    };
    if let Some(date) = opts.flag {
        return found(date, DctSource::Flag, 1.0, "given with --dct".into());
    }
    if let Some(date) = article.record_dct {
        let what = match article.source_path.as_ref().and_then(|p| p.extension()) {
            Some(ext) if ext.eq_ignore_ascii_case("tml") => "the TimeML document creation time (DCT)",
            _ => "the record's own dct/date field",
        };
        return found(date, DctSource::Record, 1.0, what.into());
    }
    if let Some(raw) = &article.metadata_date {
        if let Some(date) = parse_absolute(raw) {
            return found(
                date,
                DctSource::Metadata,
                0.95,
                format!("the page's publication date ({raw})"),
            );
        }
    }
    if let Some(line) = published::find_published_line(&article.text) {
        return found(
            line.date,
            DctSource::Metadata,
            0.9,
            format!("the line '{}'", line.line),
        );
    }
    let Some(dl) = &dateline else {
        return DocumentDate {
            date: None,
            source: DctSource::None,
            confidence: 0.0,
            reason: "no document date found (no dateline, no publication date); \
                     give one with --dct YYYY-MM-DD"
                .into(),
            dateline: None,
        };
    };
    let written = dateline_in_words(dl);
    let (Some(month), Some(day)) = (dl.month, dl.day) else {
        return DocumentDate {
            date: None,
            source: DctSource::None,
            confidence: 0.0,
            reason: format!(
                "the dateline ({written}) gives no date and the text no publication date; \
                 give one with --dct YYYY-MM-DD"
            ),
            dateline: dateline.clone(),
        };
    };
    if let Some(year) = dl.year {
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            return found(date, DctSource::Dateline, 0.9, format!("dateline {written}"));
        }
    }
    let inference = year::infer_year(&article.text, dl, opts.year_hint, corpus);
    match inference
        .year
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
    {
        Some(date) => found(date, DctSource::Inferred, inference.confidence, inference.reason),
        None => DocumentDate {
            date: None,
            source: DctSource::None,
            confidence: 0.0,
            reason: inference.reason,
            dateline: dateline.clone(),
        },
    }
}

/// `BRUSSELS, December 1 (RIA Novosti)` — the parts of a dateline in words.
fn dateline_in_words(dl: &Dateline) -> String {
    let mut s = dl.place.clone().unwrap_or_default();
    if let Some(date) = dl.date_in_words() {
        s.push_str(", ");
        s.push_str(&date);
    }
    if let Some(agency) = &dl.agency {
        s.push_str(&format!(" ({agency})"));
    }
    s
}

/// A short name of where a document date came from, finer than [`DctSource`]: for the
/// per-kind table of `chronicle eval --dct`.
pub fn source_kind(_article: &Article, date: &DocumentDate) -> String {
    serde_json::to_value(date.source)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
