//! The document creation time (DCT): the anchor for every relative date.
//!
//! Sources, strongest first (see DESIGN.md): an explicit `--dct`, the record's own date
//! (JSONL `dct`, TimeML DCT), a machine date in the page, the dateline (with its year
//! inferred when missing).

mod absolute;

pub use absolute::parse_absolute;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Dateline;

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
pub fn determine(article: &crate::article::Article, opts: &DctOptions) -> DocumentDate {
    if let Some(date) = opts.flag {
        return DocumentDate {
            date: Some(date),
            source: DctSource::Flag,
            confidence: 1.0,
            reason: "given with --dct".into(),
            dateline: None,
        };
    }
    if let Some(date) = article.record_dct {
        return DocumentDate {
            date: Some(date),
            source: DctSource::Record,
            confidence: 1.0,
            reason: "the record's own date".into(),
            dateline: None,
        };
    }
    DocumentDate {
        date: None,
        source: DctSource::None,
        confidence: 0.0,
        reason: "no document date found; give one with --dct YYYY-MM-DD".into(),
        dateline: None,
    }
}
