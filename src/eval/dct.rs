//! `chronicle eval --dct GOLD`: scores document dates against articles whose true date
//! is known.
//!
//! The gold file is JSONL, one article a line: the usual record fields (`text`, `id`,
//! `title`, `url`), or `html` instead of `text` for a whole page, an optional `file`
//! (the file name the article would have been read from, for dates in file names), the
//! true date in `truth` (`YYYY-MM-DD`, or `null` when the page gives no way to know it:
//! then the right answer is no date) and a free `style` label. `truth`, `style` and
//! `file` are never shown to chronicle.
//!
//! The whole file is one run ([`crate::run::companions::determine_all`]), so articles may lend each
//! other sure dates as they would in a folder run.
//!
//! Measures: exact-date accuracy, accuracy per source kind and per style, abstentions,
//! and, for each confidence threshold, how many answers at or above it are wrong (the
//! calibration table).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::dct::{self, DctOptions, DocumentDate};
use crate::input::article::Article;
use crate::input::RecordPlace;

/// The confidence thresholds of the calibration table.
pub const THRESHOLDS: &[f32] = &[0.5, 0.6, 0.7, 0.8, 0.9];

/// One gold article.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub article: Article,
    pub truth: Option<NaiveDate>,
    pub style: String,
}

/// How one article was scored.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub style: String,
    pub truth: Option<NaiveDate>,
    pub found: Option<NaiveDate>,
    pub kind: String,
    pub confidence: f32,
    pub verdict: Verdict,
    pub reason: String,
}

/// Right, wrong, or no answer where there was one to give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Right,
    Wrong,
    Abstained,
}

/// Counts for one group of articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub articles: usize,
    pub right: usize,
    pub wrong: usize,
    pub abstained: usize,
}

impl Tally {
    fn add(&mut self, verdict: Verdict) {
        self.articles += 1;
        match verdict {
            Verdict::Right => self.right += 1,
            Verdict::Wrong => self.wrong += 1,
            Verdict::Abstained => self.abstained += 1,
        }
    }

    fn accuracy(&self) -> f64 {
        if self.articles == 0 {
            0.0
        } else {
            self.right as f64 / self.articles as f64
        }
    }
}

/// One row of the calibration table: answers at or above a confidence.
#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    pub at_least: f32,
    pub answered: usize,
    pub wrong: usize,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub total: Tally,
    pub by_kind: BTreeMap<String, Tally>,
    pub by_style: BTreeMap<String, Tally>,
    pub calibration: Vec<Calibration>,
    pub outcomes: Vec<Outcome>,
}

/// Reads a gold file (see the module documentation).
pub fn load(path: &Path) -> std::io::Result<Vec<GoldArticle>> {
    let text = std::fs::read_to_string(path)?;
    let mut gold = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
        let mut value: Value = serde_json::from_str(line)
            .map_err(|e| bad(format!("{}:{}: not JSON ({e})", path.display(), n + 1)))?;
        let Some(fields) = value.as_object_mut() else {
            return Err(bad(format!("{}:{}: not a JSON object", path.display(), n + 1)));
        };
        let truth = match fields.remove("truth") {
            Some(Value::String(s)) => Some(
                dct::parse_absolute(&s)
                    .ok_or_else(|| bad(format!("{}:{}: truth `{s}` is not a date", path.display(), n + 1)))?,
            ),
            _ => None,
        };
        let style = match fields.remove("style") {
            Some(Value::String(s)) => s,
            _ => "-".into(),
        };
        let file = match fields.remove("file") {
            Some(Value::String(s)) => Some(PathBuf::from(s)),
            _ => None,
        };
        let default_id = format!("gold:{}", n + 1);
        let mut article = match fields.remove("html") {
            Some(Value::String(html)) => {
                let loaded = crate::input::read_html(&html, file.as_deref(), default_id.clone());
                let Some(mut article) = loaded.articles.into_iter().next() else {
                    return Err(bad(format!(
                        "{}:{}: no story text in the html",
                        path.display(),
                        n + 1
                    )));
                };
                if let Some(Value::String(id)) = fields.get("id") {
                    article.id = id.clone();
                }
                if let Some(Value::String(url)) = fields.get("url") {
                    article.url.get_or_insert_with(|| url.clone());
                }
                article
            }
            _ => {
                let place = RecordPlace {
                    path: None,
                    line: Some(n + 1),
                    default_id: &default_id,
                };
                crate::input::read_record(&value, place)
                    .map_err(|d| bad(format!("{}:{}: {d}", path.display(), n + 1)))?
                    .0
            }
        };
        if file.is_some() {
            article.source_path = file;
        }
        gold.push(GoldArticle {
            article,
            truth,
            style,
        });
    }
    Ok(gold)
}

/// Scores the document dates chronicle finds for the gold articles (one run).
pub fn evaluate(gold: &[GoldArticle]) -> Report {
    let articles: Vec<Article> = gold.iter().map(|g| g.article.clone()).collect();
    let dates = crate::run::companions::determine_all(&articles, &DctOptions::default());
    let mut total = Tally::default();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_style: BTreeMap<String, Tally> = BTreeMap::new();
    let mut outcomes = Vec::new();
    for ((g, date), article) in gold.iter().zip(dates).zip(&articles) {
        let verdict = match (date.date, g.truth) {
            (found, truth) if found == truth => Verdict::Right,
            (Some(_), _) => Verdict::Wrong,
            (None, _) => Verdict::Abstained,
        };
        let kind = kind_of(article, &date);
        total.add(verdict);
        by_kind.entry(kind.clone()).or_default().add(verdict);
        by_style.entry(g.style.clone()).or_default().add(verdict);
        outcomes.push(Outcome {
            id: article.id.clone(),
            style: g.style.clone(),
            truth: g.truth,
            found: date.date,
            kind,
            confidence: date.confidence,
            verdict,
            reason: date.reason.clone(),
        });
    }
    let calibration = THRESHOLDS
        .iter()
        .map(|&t| {
            let answered: Vec<&Outcome> = outcomes
                .iter()
                .filter(|o| o.found.is_some() && o.confidence >= t - 1e-6)
                .collect();
            Calibration {
                at_least: t,
                answered: answered.len(),
                wrong: answered.iter().filter(|o| o.verdict == Verdict::Wrong).count(),
            }
        })
        .collect();
    Report {
        total,
        by_kind,
        by_style,
        calibration,
        outcomes,
    }
}

/// The kind of source the date came from, for the per-kind table.
fn kind_of(article: &Article, date: &DocumentDate) -> String {
    dct::source_kind(article, date)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

/// A readable report; with `errors`, every wrong answer and abstention.
pub fn render(report: &Report, errors: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let t = &report.total;
    let _ = writeln!(
        s,
        "document dates: {} articles, {} right ({}), {} wrong ({}), {} abstained ({})",
        t.articles,
        t.right,
        percent(t.right, t.articles),
        t.wrong,
        percent(t.wrong, t.articles),
        t.abstained,
        percent(t.abstained, t.articles)
    );
    let table = |s: &mut String, title: &str, rows: &BTreeMap<String, Tally>| {
        let _ = writeln!(
            s,
            "\n{title:<28} {:>5} {:>6} {:>6} {:>6} {:>8}",
            "n", "right", "wrong", "none", "accuracy"
        );
        for (name, t) in rows {
            let _ = writeln!(
                s,
                "{name:<28} {:>5} {:>6} {:>6} {:>6} {:>7.1}%",
                t.articles,
                t.right,
                t.wrong,
                t.abstained,
                100.0 * t.accuracy()
            );
        }
    };
    table(&mut s, "by source kind", &report.by_kind);
    table(&mut s, "by style", &report.by_style);
    let _ = writeln!(s, "\ncalibration: answers at or above each confidence");
    let _ = writeln!(
        s,
        "{:<12} {:>8} {:>6} {:>14}",
        "confidence", "answered", "wrong", "wrong/articles"
    );
    for c in &report.calibration {
        let _ = writeln!(
            s,
            ">= {:<9.1} {:>8} {:>6} {:>14}",
            c.at_least,
            c.answered,
            c.wrong,
            percent(c.wrong, t.articles)
        );
    }
    if errors {
        let _ = writeln!(s, "\nerrors:");
        for o in report.outcomes.iter().filter(|o| o.verdict != Verdict::Right) {
            let show = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
            let _ = writeln!(
                s,
                "{} [{}] truth {} found {} ({}, {:.2}): {}",
                o.id,
                o.style,
                show(o.truth),
                show(o.found),
                o.kind,
                o.confidence,
                o.reason
            );
        }
    }
    s
}
