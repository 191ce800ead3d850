//! Event anchoring: does chronicle attach each date to the event the annotators linked
//! it to?
//!
//! Gold: the EVENT–TIMEX3 TLINKs of TimeML data (`tbaq-train.jsonl`), keeping links to
//! an event in the text and a DATE or TIME expression other than the document date
//! whose value has a place on the calendar (what a timeline can show: not `PAST_REF`,
//! `PRESENT_REF` or `XXXX-…`); chronicle's dates are filtered the same way.
//! System: chronicle's dates (from its own tagger, or — as an upper bound that isolates
//! attachment — the gold expressions) and the trigger [`crate::event::anchors_on`] attaches
//! each one to.
//!
//! * **precision**: of chronicle's dates that overlap a linked gold expression, how often
//!   the trigger overlaps an event linked to that expression;
//! * **recall**: of the gold (event, expression) links, how many chronicle reproduces (a
//!   date overlapping the expression attached to a trigger overlapping the event). One
//!   date gets one trigger, and annotators link up to a dozen events to one date, so
//!   recall is bounded well below 1;
//! * **date recall**: of the linked gold expressions, how many get one of their linked
//!   events from chronicle.
//!
//! Dates that overlap a gold expression without links are not judged (the annotators
//! link only some events); they are counted as `unjudged`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::gold::{load, GoldDoc};
use crate::event::{anchors_on, Anchor};
use crate::timex::{Timex, TimexType};

/// Counts for one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    /// Judged anchors (date overlaps a linked gold expression).
    pub judged: usize,
    pub correct: usize,
    /// Anchors whose date overlaps a gold expression without links.
    pub unjudged: usize,
    /// Gold (event, expression) links and how many were reproduced.
    pub gold_links: usize,
    pub found_links: usize,
    /// Linked gold expressions and how many got a linked event.
    pub gold_dates: usize,
    pub found_dates: usize,
    /// Per attachment rule: (correct, judged).
    pub by_rule: BTreeMap<String, (usize, usize)>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.judged)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found_links, self.gold_links)
    }
    pub fn date_recall(&self) -> f64 {
        ratio(self.found_dates, self.gold_dates)
    }
    fn add(&mut self, o: &Score) {
        self.judged += o.judged;
        self.correct += o.correct;
        self.unjudged += o.unjudged;
        self.gold_links += o.gold_links;
        self.found_links += o.found_links;
        self.gold_dates += o.gold_dates;
        self.found_dates += o.found_dates;
        for (rule, (c, j)) in &o.by_rule {
            let e = self.by_rule.entry(rule.clone()).or_default();
            e.0 += c;
            e.1 += j;
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Both runs: with chronicle's own temporal tagger, and with the gold expressions.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EventReport {
    pub documents: usize,
    pub tagger: Score,
    pub gold_timexes: Score,
}

/// A gold expression with the events linked to it (char spans).
struct LinkedTimex {
    start: usize,
    end: usize,
    events: Vec<(usize, usize, String)>,
}

fn str_field<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(|x| x.as_str())
}

fn usize_field(v: &serde_json::Value, key: &str) -> Option<usize> {
    v.get(key).and_then(|x| x.as_u64()).map(|n| n as usize)
}

/// The DATE/TIME expressions of a document, with their linked in-text events.
fn linked_timexes(doc: &GoldDoc) -> Vec<LinkedTimex> {
    let events: HashMap<&str, (usize, usize, String)> = doc
        .events
        .iter()
        .filter_map(|e| {
            let eid = str_field(e, "eid")?;
            let span = (usize_field(e, "start")?, usize_field(e, "end")?);
            Some((
                eid,
                (span.0, span.1, str_field(e, "text").unwrap_or("").to_string()),
            ))
        })
        .collect();
    doc.timexes
        .iter()
        .filter(|t| {
            matches!(t.kind.as_str(), "DATE" | "TIME") && crate::time::interval::parse(&t.value).is_some()
        })
        .map(|t| {
            let mut linked: Vec<(usize, usize, String)> = Vec::new();
            for l in &doc.tlinks {
                let to_dct = l.get("to_dct").and_then(|x| x.as_bool()).unwrap_or(false);
                let in_text = l.get("event_in_text").and_then(|x| x.as_bool()).unwrap_or(true);
                if to_dct || !in_text || str_field(l, "tid") != t.tid.as_deref() || t.tid.is_none() {
                    continue;
                }
                if let Some(e) = str_field(l, "eid").and_then(|eid| events.get(eid)) {
                    if !linked.contains(e) {
                        linked.push(e.clone());
                    }
                }
            }
            LinkedTimex {
                start: t.start,
                end: t.end,
                events: linked,
            }
        })
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one document's anchors; appends error lines when `errors` is set.
fn score_doc(doc: &GoldDoc, timexes: &[Timex], errors: Option<&mut Vec<String>>) -> Score {
    let gold = linked_timexes(doc);
    let dct = doc
        .dct
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
    let found: Vec<Anchor> = anchors_on(&doc.text, timexes, None, dct);
    let mut s = Score::default();
    let mut lines = Vec::new();
    let mut reproduced: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut dates_found: HashSet<usize> = HashSet::new();
    for a in &found {
        let tx = &timexes[a.timex];
        if crate::time::interval::parse(&tx.value).is_none() {
            continue;
        }
        let span = (tx.start, tx.end);
        let Some((gi, g)) = gold
            .iter()
            .enumerate()
            .find(|(_, g)| overlaps(span, (g.start, g.end)))
        else {
            continue;
        };
        if g.events.is_empty() {
            s.unjudged += 1;
            continue;
        }
        s.judged += 1;
        s.by_rule.entry(a.rule.to_string()).or_default().1 += 1;
        let hit = g
            .events
            .iter()
            .find(|(es, ee, _)| overlaps((a.char_start, a.char_end), (*es, *ee)));
        match hit {
            Some(&(es, ee, _)) => {
                s.correct += 1;
                s.by_rule.entry(a.rule.to_string()).or_default().0 += 1;
                reproduced.insert((gi, es, ee));
                dates_found.insert(gi);
            }
            None => {
                let linked: Vec<&str> = g.events.iter().map(|(_, _, t)| t.as_str()).collect();
                let context =
                    crate::text::sentence::char_slice(&doc.text, tx.start.saturating_sub(100), tx.end + 60);
                lines.push(format!(
                    "{}\t{:?}\tchronicle: {} ({})\tgold: {}\t…{}…",
                    doc.id,
                    tx.text,
                    a.trigger,
                    a.rule,
                    linked.join(", "),
                    context.replace('\n', " ")
                ));
            }
        }
    }
    for g in &gold {
        if !g.events.is_empty() {
            s.gold_dates += 1;
            s.gold_links += g.events.len();
        }
    }
    s.found_links = reproduced.len();
    s.found_dates = dates_found.len();
    if let Some(errors) = errors {
        errors.extend(lines);
    }
    s
}

/// The gold expressions of a document as chronicle [`Timex`]es.
fn gold_as_timexes(doc: &GoldDoc) -> Vec<Timex> {
    doc.timexes
        .iter()
        .map(|t| Timex {
            start: t.start,
            end: t.end,
            text: t.text.clone(),
            kind: match t.kind.as_str() {
                "TIME" => TimexType::Time,
                "DURATION" => TimexType::Duration,
                "SET" => TimexType::Set,
                _ => TimexType::Date,
            },
            value: t.value.clone(),
            modifier: None,
            range: None,
            rule: "gold".into(),
            anchor: "gold".into(),
        })
        .collect()
}

/// Scores event anchoring on already loaded gold documents.
/// Wrong attachments go to `errors` (tagger run) and `gold_errors` (gold-timex run).
pub fn evaluate(
    docs: &[GoldDoc],
    mut errors: Option<&mut Vec<String>>,
    mut gold_errors: Option<&mut Vec<String>>,
) -> EventReport {
    let mut report = EventReport {
        documents: docs.len(),
        ..Default::default()
    };
    for doc in docs {
        let tagged = crate::timex::extract(&doc.text, doc.dct_date());
        report.tagger.add(&score_doc(doc, &tagged, errors.as_deref_mut()));
        report
            .gold_timexes
            .add(&score_doc(doc, &gold_as_timexes(doc), gold_errors.as_deref_mut()));
    }
    report
}

/// `chronicle eval --events`: loads the gold JSONL/TimeML at `gold`, scores event
/// anchoring with chronicle's tagger and with the gold expressions, and writes a report
/// to `w` (with every wrong attachment of the tagger run when `errors` is set).
/// Annotated stories (`gold_events` records, see [`super::stories`]) are scored for
/// events, factuality and actors instead.
pub fn run(gold: &Path, w: &mut dyn Write, errors: bool) -> io::Result<EventReport> {
    if super::stories::is_story_file(gold) {
        super::stories::run(gold, w, errors)?;
        return Ok(EventReport::default());
    }
    let docs = load(gold).map_err(io::Error::other)?;
    let (mut lines, mut gold_lines) = (Vec::new(), Vec::new());
    let report = evaluate(
        &docs,
        errors.then_some(&mut lines),
        errors.then_some(&mut gold_lines),
    );
    writeln!(
        w,
        "Event anchoring on {} documents (EVENT–TIMEX3 TLINKs; calendar DATE/TIME values, not the DCT)",
        report.documents
    )?;
    writeln!(
        w,
        "{:<22} {:>9} {:>7} {:>9} {:>11} {:>9} {:>11}",
        "dates from", "precision", "recall", "date-rec", "judged", "unjudged", "links"
    )?;
    for (name, s) in [
        ("chronicle tagger", &report.tagger),
        ("gold timexes (bound)", &report.gold_timexes),
    ] {
        writeln!(
            w,
            "{:<22} {:>9.3} {:>7.3} {:>9.3} {:>5}/{:<5} {:>9} {:>5}/{:<5}",
            name,
            s.precision(),
            s.recall(),
            s.date_recall(),
            s.correct,
            s.judged,
            s.unjudged,
            s.found_links,
            s.gold_links
        )?;
    }
    for (name, s) in [
        ("chronicle tagger", &report.tagger),
        ("gold timexes", &report.gold_timexes),
    ] {
        let rules: Vec<String> = s
            .by_rule
            .iter()
            .map(|(rule, (c, j))| format!("{rule} {:.2} ({c}/{j})", ratio(*c, *j)))
            .collect();
        if !rules.is_empty() {
            writeln!(w, "precision by rule, {name}: {}", rules.join(", "))?;
        }
    }
    if errors {
        for (title, lines) in [("chronicle tagger", lines), ("gold timexes", gold_lines)] {
            writeln!(
                w,
                "\nWrong attachments, dates from {title} (document, date, chronicle's trigger, gold events):"
            )?;
            for l in lines {
                writeln!(w, "{l}")?;
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gold::GoldTimex;

    fn doc() -> GoldDoc {
        let text = "Rogozin met Rasmussen on Tuesday. Prices rose in 1998.";
        let json = serde_json::json!({
            "id": "d",
            "text": text,
            "events": [
                {"eid": "e1", "start": 8, "end": 11, "text": "met"},
                {"eid": "e2", "start": 41, "end": 45, "text": "rose"}
            ],
            "tlinks": [
                {"eid": "e1", "tid": "t1", "to_dct": false, "event_in_text": true},
                {"eid": "e2", "tid": "t1", "to_dct": false, "event_in_text": true}
            ]
        });
        let mut d: GoldDoc = serde_json::from_value(json).unwrap();
        d.timexes = vec![
            GoldTimex {
                start: 25,
                end: 32,
                text: "Tuesday".into(),
                kind: "DATE".into(),
                value: "1998-01-06".into(),
                tid: Some("t1".into()),
            },
            GoldTimex {
                start: 49,
                end: 53,
                text: "1998".into(),
                kind: "DATE".into(),
                value: "1998".into(),
                tid: Some("t2".into()),
            },
        ];
        d
    }

    #[test]
    fn counts() {
        let d = doc();
        let s = score_doc(&d, &gold_as_timexes(&d), None);
        // Tuesday → met (correct, judged); 1998 → rose (unjudged: no link to t2).
        assert_eq!((s.judged, s.correct, s.unjudged), (1, 1, 1));
        assert_eq!(
            (s.found_links, s.gold_links, s.found_dates, s.gold_dates),
            (1, 2, 1, 1)
        );
    }
}
