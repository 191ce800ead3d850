//! Checking claims against a corpus: `chronicle check` and [`check`].
//!
//! A fact-checker's claim is a sentence: "NATO suspended practical cooperation with
//! Russia in 2014", "Finland joined NATO before Russia left the CFE Treaty". [`check`]
//! reads each claim with chronicle's own pipeline ([`parse`]), finds the rows of the
//! merged [`Timeline`] that tell the same event ([`index`], merging's own notion of the
//! same event) and gives a [`Verdict`] with the evidence a reader can quote ([`verdict`]):
//!
//! * **dated claims** ("X on/in DATE"): `supported` when a source dates the event within
//!   the claim's date at the claim's precision ("in April 2014" holds for 2014-04-01);
//!   `contradicted` when the sources tell the event (same kind, every actor of the claim)
//!   and date it elsewhere only, or say it did not happen; `undetermined` when they date
//!   it only more coarsely ("2014" for "March 2014"), only plan it, or disagree among
//!   themselves; `not_found` when no source tells it;
//! * **order claims** ("X before Y", "X, then Y", "X followed Y", "after Y, X"): both
//!   events found and dated, `supported` or `contradicted` by their dates, `undetermined`
//!   when the dates overlap at the precision the sources give, `not_found` when either
//!   is missing;
//! * `not_checkable`: the claim has no date written in full and orders no events.
//!
//! A denied or failed event ("failed to bridge", "did not withdraw") never supports a
//! claim that it happened; a verdict resting on one side's report says whose.

pub mod claims;
pub mod index;
pub mod parse;
pub mod report;
pub mod score;
pub mod told;
pub mod verdict;

use chrono::NaiveDate;
use serde::Serialize;

pub use claims::{Claim, ReadClaims};

use crate::merge::timeline::Timeline;

/// A claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Supported,
    Contradicted,
    Undetermined,
    NotFound,
    NotCheckable,
}

impl Kind {
    /// Every verdict, in report order.
    pub const ALL: [Kind; 5] = [
        Kind::Supported,
        Kind::Contradicted,
        Kind::Undetermined,
        Kind::NotFound,
        Kind::NotCheckable,
    ];

    /// The name used in every output (`not_found`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Supported => "supported",
            Kind::Contradicted => "contradicted",
            Kind::Undetermined => "undetermined",
            Kind::NotFound => "not_found",
            Kind::NotCheckable => "not_checkable",
        }
    }

    /// The verdict a name stands for (`not found`, `Not_Found` and `not-found` too).
    pub fn parse(name: &str) -> Option<Kind> {
        let name = name.trim().to_lowercase().replace([' ', '-'], "_");
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// What a piece of evidence does for the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Dated within the claim's date.
    Supports,
    /// The same event, dated elsewhere.
    Contradicts,
    /// Says the event did not happen (or, for a negative claim, that it did).
    Denies,
    /// Dated only more coarsely than the claim, or overlapping it.
    Coarser,
    /// Planned, possible or demanded only.
    Planned,
    /// The first event of an order claim.
    First,
    /// The second event of an order claim.
    Second,
}

/// One mention behind a row: where to quote it from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub article: String,
    pub agency: Option<String>,
    /// The date this mention gives.
    pub date: String,
    /// The temporal phrase it gave it with.
    pub time_text: String,
    pub sentence: String,
    /// The trigger's offsets in chars in the article text, end exclusive.
    pub char_start: usize,
    pub char_end: usize,
    pub modality: String,
    pub polarity: String,
    /// Who reported, demanded or denied it, when the text says.
    pub source: Option<String>,
}

/// A timeline row and what it does for the claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub role: Role,
    /// The row's date (TIMEX3 value).
    pub date: String,
    pub headline: String,
    /// The articles behind it.
    pub sources: Vec<String>,
    pub agencies: Vec<String>,
    /// The mentions that play this role, each quotable.
    pub quotes: Vec<Quote>,
}

/// A claim's verdict with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub id: String,
    pub claim: String,
    pub verdict: Kind,
    /// What chronicle read in the claim: its date (`2014-03`), or the order
    /// (`joined before withdrew`).
    pub claimed: Option<String>,
    /// Why, in a sentence: the dates the sources give and who gives them, a conflict among
    /// sources, a report resting on one side.
    pub note: String,
    pub evidence: Vec<Evidence>,
}

/// Options for [`check`].
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The date the claims are read on (their document date): what relative dates would
    /// resolve against. It never dates a claim (relative dates make a claim not
    /// checkable); by default the latest document date of the corpus.
    pub claim_date: Option<NaiveDate>,
    /// Threads for reading claims (0: one per core).
    pub jobs: usize,
}

/// Checks every claim against `timeline` (a merged timeline of the corpus); the verdicts
/// in the claims' order.
pub fn check(claims: &[Claim], timeline: &Timeline, opts: &CheckOptions) -> Vec<Verdict> {
    use rayon::prelude::*;
    let dct = opts
        .claim_date
        .or_else(|| timeline.articles.iter().filter_map(|a| a.dct).max())
        .or_else(|| timeline.events.iter().filter_map(|e| e.dct).max())
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let read = |c: &Claim| parse::read(&c.text, dct);
    let readings: Vec<parse::Reading> = match rayon::ThreadPoolBuilder::new()
        .num_threads(crate::run::parallel::threads(opts.jobs))
        .build()
    {
        Ok(pool) => pool.install(|| claims.par_iter().map(read).collect()),
        Err(_) => claims.iter().map(read).collect(),
    };
    let mut index = index::Index::new(timeline);
    claims
        .iter()
        .zip(readings)
        .map(|(claim, reading)| verdict::judge(claim, reading, &mut index, timeline))
        .collect()
}

/// How many claims got each verdict.
pub fn tally(verdicts: &[Verdict]) -> Vec<(Kind, usize)> {
    Kind::ALL
        .into_iter()
        .map(|k| (k, verdicts.iter().filter(|v| v.verdict == k).count()))
        .collect()
}
