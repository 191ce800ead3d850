//! The records the `chronicle` command writes as JSON, as library calls: one definition
//! that the command and other front ends (the Python package in `python/`) share, so a
//! field means the same wherever it is read.
//!
//! * [`timeline`]: what `chronicle timeline` builds from articles (merged when more than
//!   one article is given, unless told not to); serialise the [`Timeline`] for
//!   `timeline --format json`.
//! * [`TimexLine`]: one line of `chronicle timex --format jsonl`, an article's document
//!   date and its expressions ([`TimexJson`], keys in sorted order).
//! * [`datelines`]: the rows of `chronicle dateline --format json` ([`DatelineRow`]).
//! * [`TimelineRow`]: an event object of `timeline --format json` read back, and
//!   [`rows_timeline`] to make a [`Timeline`] of such rows again (to write them in
//!   another format, e.g. CSV).
//!
//! ```
//! use chronicle::api;
//! use chronicle::input::article::Article;
//! let article = Article {
//!     id: "a".into(),
//!     text: "BRUSSELS, Dec 1 2009 (Reuters) - NATO and Russia met on Tuesday.".into(),
//!     ..Default::default()
//! };
//! let opts = chronicle::run::pipeline::Options::default();
//! let (timeline, _analyses) = api::timeline(vec![article], &opts, &Default::default(), true, 1);
//! let json = serde_json::to_value(&timeline).unwrap();
//! assert!(json["events"].is_array());
//! ```

use serde::{Deserialize, Serialize};

use crate::dct::{DctOptions, DocumentDate};
use crate::event::Event;
use crate::input::article::Article;
use crate::merge::timeline::{Filter, Reports, Timeline};
use crate::merge::{Conflict, Source};
use crate::run::pipeline::{Analysis, Options, Tagged};
use crate::timex::Timex;

/// Analyses `articles` on `jobs` threads (0: one per core) and builds their timeline as
/// `chronicle timeline` does: one merged chronology when `merge` is set and there is more
/// than one article (the same event told by several stories is one row with its
/// sources), else every mention a row of its own. The analyses are returned too, without
/// their text and temporal expressions ([`Analysis::without_text`]; the visual formats
/// read each article's dateline and title from them). Merges in memory: see
/// [`timeline_with`] for a long run.
pub fn timeline(
    articles: Vec<Article>,
    opts: &Options,
    filter: &Filter,
    merge: bool,
    jobs: usize,
) -> (Timeline, Vec<Analysis>) {
    build(articles, opts, filter, merge, jobs, |_| {}, false).unwrap_or_default()
}

/// [`timeline`], calling `each` with every full analysis in input order as it is done
/// (for warnings and a progress bar). Only what the timeline and its views read is kept
/// of each analysis, and a merged run's events go to the merger as each chunk of
/// articles is done — spilled to a temporary file when the run has more than
/// [`SPILL_ABOVE`] articles — so memory holds the inputs and the merger's compact keys,
/// however long the run is. Fails only when that temporary file cannot be written.
pub fn timeline_with(
    articles: Vec<Article>,
    opts: &Options,
    filter: &Filter,
    merge: bool,
    jobs: usize,
    each: impl FnMut(&Analysis) + Send,
) -> std::io::Result<(Timeline, Vec<Analysis>)> {
    build(articles, opts, filter, merge, jobs, each, true)
}

fn build(
    articles: Vec<Article>,
    opts: &Options,
    filter: &Filter,
    merge: bool,
    jobs: usize,
    mut each: impl FnMut(&Analysis) + Send,
    may_spill: bool,
) -> std::io::Result<(Timeline, Vec<Analysis>)> {
    let merged = articles.len() > 1 && merge;
    let mut merger = if merged && may_spill && articles.len() > SPILL_ABOVE {
        crate::merge::Merger::spilling()?
    } else {
        crate::merge::Merger::in_memory()
    };
    let mut merge_error = None;
    let mut analyses = Vec::with_capacity(articles.len());
    crate::run::pipeline::analyze_all_each(articles, opts, jobs, |analysis| {
        each(&analysis);
        let mut analysis = analysis.without_text();
        if merged {
            for source in crate::merge::sources_of(&analysis) {
                if let Err(e) = merger.add(source) {
                    merge_error.get_or_insert(e);
                }
            }
            analysis.events = Vec::new();
        }
        analyses.push(analysis);
    });
    let timeline = if merged {
        let rows = match merge_error {
            Some(e) => return Err(e),
            None => merger.finish()?,
        };
        Timeline::merged_rows(rows, &analyses, filter)
    } else {
        Timeline::build(&analyses, filter)
    };
    Ok((timeline, analyses))
}

/// A merged run of more articles than this keeps its events in a temporary file while
/// merging (only compact keys in memory); a shorter one merges in memory.
pub const SPILL_ABOVE: usize = 1_000;

/// One article's `timex --format jsonl` line: `{"dct","id","lang","timexes"}`, each
/// expression's keys in the same sorted order (the order a `serde_json::json!` map gives
/// them, which this format has always had), written straight from the analysis instead
/// of through a `serde_json::Value` tree, which cost a map per expression (~6% of `timex
/// --format jsonl`). The command's tests check the bytes against the `Value` route.
#[derive(Serialize)]
pub struct TimexLine<'a> {
    pub dct: Option<String>,
    pub id: &'a str,
    pub lang: &'static str,
    pub timexes: Vec<TimexJson<'a>>,
}

/// A [`Timex`]'s fields, keys sorted.
#[derive(Serialize)]
pub struct TimexJson<'a> {
    pub anchor: &'a str,
    pub end: usize,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<&'a crate::timex::Range>,
    pub rule: &'a str,
    pub start: usize,
    pub text: &'a str,
    #[serde(rename = "type")]
    pub kind: crate::timex::TimexType,
    pub value: &'a str,
}

impl<'a> TimexLine<'a> {
    /// The line of one tagged article ([`crate::run::pipeline::tag`]).
    pub fn of(a: &'a Tagged) -> Self {
        TimexLine {
            dct: a.date.map(|d| d.to_string()),
            id: &a.article.id,
            lang: a.lang.code(),
            timexes: a.timexes.iter().map(TimexJson::of).collect(),
        }
    }
}

impl<'a> TimexJson<'a> {
    /// The fields of one expression.
    pub fn of(t: &'a Timex) -> Self {
        TimexJson {
            anchor: &t.anchor,
            end: t.end,
            modifier: t.modifier.as_deref(),
            range: t.range.as_ref(),
            rule: &t.rule,
            start: t.start,
            text: &t.text,
            kind: t.kind,
            value: &t.value,
        }
    }
}

/// One row of `chronicle dateline`: an article's dateline and document date.
#[derive(Debug, Serialize)]
pub struct DatelineRow {
    pub article: String,
    pub place: Option<String>,
    pub agency: Option<String>,
    pub date: Option<String>,
    pub source: crate::DctSource,
    /// Finer than `source`: `byline`, `date-line`, `url`, `file-name`, `updated`…
    pub kind: String,
    pub confidence: f32,
    pub reason: String,
    /// The other printed dates: runners-up, and page furniture refused with the reason.
    pub alternatives: Vec<crate::dct::printed::Candidate>,
    /// The dateline as written, and where it is (chars, end exclusive).
    pub dateline: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub file: Option<String>,
    pub line: Option<usize>,
    /// The article's language (`en`, `ru`) and, for Russian agencies, the dateline's zone.
    pub lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'static str>,
}

/// The dateline rows of a run of articles, in input order; the articles lend each other
/// the years of their datelines as a run does ([`crate::run::companions::determine_all`]).
pub fn datelines(articles: &[Article], opts: &DctOptions) -> Vec<DatelineRow> {
    let dates = crate::run::companions::determine_all(articles, opts);
    articles
        .iter()
        .zip(dates)
        .map(|(a, d)| dateline_row(a, d))
        .collect()
}

/// The row of one article whose document date is `d`.
pub fn dateline_row(article: &Article, d: DocumentDate) -> DatelineRow {
    let (kind, alternatives) = crate::dct::explain(article, &d);
    let dl = d.dateline.as_ref();
    DatelineRow {
        article: article.id.clone(),
        place: dl.and_then(|x| x.place.clone()),
        agency: dl.and_then(|x| x.agency.clone()),
        date: d.date.map(|x| x.to_string()),
        source: d.source,
        kind,
        confidence: (d.confidence * 100.0).round() / 100.0,
        alternatives,
        reason: d.reason.clone(),
        dateline: dl.map(|x| article.text.chars().skip(x.start).take(x.end - x.start).collect()),
        start: dl.map(|x| x.start),
        end: dl.map(|x| x.end),
        file: article.source_path.as_ref().map(|p| p.display().to_string()),
        line: article.line,
        lang: crate::lang::of(article).code(),
        zone: dl.and_then(|x| x.zone),
    }
}

/// An event object of `timeline --format json` read back: the event's fields, its
/// `mentions` and, in a merged timeline, its `conflict` and `sources`.
#[derive(Debug, Clone, Deserialize)]
pub struct TimelineRow {
    #[serde(flatten)]
    pub event: Event,
    #[serde(default)]
    pub mentions: Option<usize>,
    #[serde(default)]
    pub conflict: Option<Conflict>,
    #[serde(default)]
    pub sources: Option<Vec<Source>>,
    #[serde(default)]
    pub copies: Vec<crate::merge::Copy>,
}

/// A timeline of rows read back, in the order given (no filter, no sorting, no article
/// summaries): what the flat writers ([`crate::output::csv`]) need to write them again.
/// Rows without `sources` are single mentions.
pub fn rows_timeline(rows: Vec<TimelineRow>) -> Timeline {
    let merged = rows.iter().any(|r| r.sources.is_some());
    let mut timeline = Timeline::default();
    for row in rows {
        if merged {
            timeline.reports.push(Reports {
                mentions: row.mentions.unwrap_or(1),
                conflict: row.conflict,
                sources: row.sources.unwrap_or_default(),
                copies: row.copies,
            });
        }
        timeline.events.push(row.event);
    }
    timeline
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A timeline written as JSON and read back writes the same CSV.
    #[test]
    fn rows_read_back_write_the_same_csv() {
        let texts = [
            "BRUSSELS, December 1, 2009 (RIA Novosti) - NATO and Russia agreed on Tuesday to resume talks. The council will meet on December 4.",
            "MOSCOW, Dec 2, 2009 (Reuters) - Russia and NATO agreed on Tuesday to resume military cooperation, Lavrov said.",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(k, t)| Article {
                id: format!("a{k}"),
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        for merge in [false, true] {
            let (t, _) = timeline(
                articles.clone(),
                &Options::default(),
                &Filter::default(),
                merge,
                1,
            );
            assert!(!t.events.is_empty());
            let json = serde_json::to_value(&t).expect("serialises");
            let rows: Vec<TimelineRow> = serde_json::from_value(json["events"].clone()).expect("reads back");
            let mut direct = Vec::new();
            let mut again = Vec::new();
            let bare = Timeline {
                articles: Vec::new(),
                ..t
            };
            crate::output::csv::write(&bare, &mut direct).expect("writes");
            crate::output::csv::write(&rows_timeline(rows), &mut again).expect("writes");
            assert_eq!(
                String::from_utf8(again),
                String::from_utf8(direct),
                "merge {merge}"
            );
        }
    }
}
