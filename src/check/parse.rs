//! Reading a claim with chronicle's own pipeline.
//!
//! A claim is a one-sentence article: the temporal tagger and the event stage run on it
//! ([`crate::run::pipeline::analyze`]) with a document date, so its event comes out as
//! any story's would — trigger, actors, CAMEO category, polarity — and its date as a
//! TIMEX3 value with a calendar interval. The document date never dates a claim: only a
//! date written in full counts (the tagger's anchor `none`); "last year" or "on
//! Tuesday" depends on when the claim was written, so a claim with only such dates is
//! not checkable.
//!
//! An **order claim** ("X before Y", "X, then Y", "X followed Y", "after Y, X", "since Y,
//! X"; the connectives are data: `data/order.tsv`) is split at its connective and each
//! part read on its own. A part without a date of its own is read with a neutral year
//! appended, only to let the event stage find its trigger and actors (the year is never
//! compared). An elliptical second part ("Finland joined NATO before Sweden") borrows the
//! first part's trigger.

use chrono::{Datelike, NaiveDate};

use crate::event::{Event, Polarity};
use crate::input::article::Article;
use crate::run::pipeline::{self, Options};
use crate::timex::TimexType;

/// How one event is ordered against another: the first-written part came `Before` or
/// `After` the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Before,
    After,
}

/// What a claim says, as chronicle reads it.
#[derive(Debug, Clone)]
pub enum Reading {
    /// "X happened on DATE": the event, dated by the claim; and the event read with the
    /// date moved to the front, when that is another trigger (see [`fronted`]).
    Dated(Box<Event>, Option<Box<Event>>),
    /// "X before/after Y": both events (their dates, if any, are not used).
    Order {
        first: Box<Event>,
        relation: Relation,
        second: Box<Event>,
    },
    /// Nothing to check against a corpus, and why.
    NotCheckable(String),
}

const ORDER_TSV: &str = include_str!("data/order.tsv");

/// A connective: its text (lower case, with its spaces), the relation, whether it opens
/// the claim.
fn connectives() -> &'static [(String, Relation, bool)] {
    static TABLE: std::sync::OnceLock<Vec<(String, Relation, bool)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        ORDER_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let text = cols.next()?.to_string();
                let relation = match cols.next()?.trim() {
                    "before" => Relation::Before,
                    "after" => Relation::After,
                    _ => return None,
                };
                let leading = cols.next()?.trim() == "leading";
                Some((text, relation, leading))
            })
            .collect()
    })
}

/// Splits an order claim into (first part, relation, second part), the parts as written
/// in order of the relation: `first` `relation` `second`.
pub fn split_order(claim: &str) -> Option<(String, Relation, String)> {
    let text = claim.trim().trim_end_matches(['.', '!', ';']);
    let low = text.to_lowercase();
    for (conn, relation, leading) in connectives() {
        if *leading {
            // "Before Y, X": Y ends at the first comma; X happened before Y.
            if low.starts_with(conn.as_str()) {
                let rest = &text[conn.len()..];
                let (y, x) = rest.split_once(',')?;
                return Some((x.trim().to_string(), *relation, y.trim().to_string()));
            }
        } else if let Some(at) = low.find(conn.as_str()) {
            let (x, y) = (&text[..at], &text[at + conn.len()..]);
            if x.trim().is_empty() || y.trim().is_empty() {
                continue;
            }
            return Some((
                x.trim().trim_end_matches(',').to_string(),
                *relation,
                y.trim().to_string(),
            ));
        }
    }
    None
}

/// Analyses `text` as a one-sentence article dated `dct`.
fn analyse(text: &str, dct: NaiveDate) -> pipeline::Analysis {
    let article = Article {
        id: "claim".into(),
        text: text.to_string(),
        record_dct: Some(dct),
        ..Default::default()
    };
    pipeline::analyze(article, &Options::default())
}

fn is_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c))
}

/// The event of an undated part: read with a neutral year appended (see the module
/// docs); `fallback_trigger` fills an elliptical part ("… before Sweden").
fn part_event(part: &str, dct: NaiveDate, fallback_trigger: Option<&str>) -> Option<Event> {
    let year = dct.year();
    // the year before the part goes to its main verb ("In 2025, Russia and Ukraine signed
    // a deal to reopen the ports": signed), after it to the nearest ("… reopen the ports
    // in 2025"): the main verb's reading first
    let fronted = |t: &str| {
        if is_cyrillic(t) {
            format!("В {year} году {t}.")
        } else {
            let mut chars = t.chars();
            let first = chars.next().map(|c| {
                // a sentence's capital off its first word, a name's kept
                let word = t.split_whitespace().next().unwrap_or("");
                if super::told::is_function_word(&word.to_lowercase()) {
                    c.to_lowercase().to_string()
                } else {
                    c.to_string()
                }
            });
            format!("In {year}, {}{}.", first.unwrap_or_default(), chars.as_str())
        }
    };
    let with_year = |t: &str| {
        if is_cyrillic(t) {
            format!("{t} в {year} году.")
        } else {
            format!("{t} in {year}.")
        }
    };
    let found = |t: &str| {
        analyse(t, dct)
            .events
            .into_iter()
            .find(|e| !e.trigger.is_empty())
            .map(|e| named_only(e, t))
    };
    let own = found(&fronted(part)).or_else(|| found(&with_year(part)));
    own.or_else(|| fallback_trigger.and_then(|trigger| found(&with_year(&format!("{part} {trigger}")))))
}

/// Whether `part` opens with a date ("2014", "March 2022"): then "before"/"after"/"since"
/// bounds a date ("suspended since 2007"), it does not order two events.
fn is_date_phrase(part: &str, dct: NaiveDate) -> bool {
    analyse(part, dct).timexes.iter().any(|t| t.start == 0)
}

/// Reads one claim; `dct` stands in for the claim's writing date (see the module docs).
pub fn read(claim: &str, dct: NaiveDate) -> Reading {
    if let Some((x, relation, y)) = split_order(claim).filter(|(_, _, y)| !is_date_phrase(y, dct)) {
        if let Some(first) = part_event(&x, dct, None) {
            if let Some(second) = part_event(&y, dct, Some(&first.trigger)) {
                return Reading::Order {
                    first: Box::new(first),
                    relation,
                    second: Box::new(second),
                };
            }
        }
    }
    let analysis = analyse(claim, dct);
    let dates: Vec<_> = analysis
        .timexes
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .collect();
    let absolute: Vec<_> = dates.iter().filter(|t| t.anchor == "none").collect();
    if absolute.is_empty() {
        return Reading::NotCheckable(match dates.first() {
            Some(t) => format!(
                "its only date, `{}`, depends on when the claim was written; give the date in full (day, month and year)",
                t.text
            ),
            None => "it gives no date and no order of events".into(),
        });
    }
    let event = analysis.events.into_iter().find(|e| {
        absolute
            .iter()
            .any(|t| e.time_text == t.text || (e.date == t.value && e.start.is_some()))
    });
    match event.map(|e| named_only(e, claim)) {
        Some(e) if e.start.is_some() => {
            let other = fronted(claim, &e)
                .map(|text| analyse(&text, dct).events)
                .and_then(|events| {
                    events
                        .into_iter()
                        .find(|o| o.date == e.date && o.trigger != e.trigger)
                })
                .map(|o| named_only(o, claim));
            Reading::Dated(Box::new(e), other.map(Box::new))
        }
        _ => Reading::NotCheckable(format!(
            "chronicle finds no event that the date `{}` belongs to",
            absolute[0].text
        )),
    }
}

/// The claim with its date moved to the front ("Sweden submitted its application to join
/// NATO on 18 May 2022" → "On 18 May 2022, Sweden submitted …"): a date at the end
/// attaches to the nearest verb ("join"), a fronted date to the main clause's
/// ("submitted"). `None` when the date is already in front or not found.
pub fn fronted(claim: &str, e: &Event) -> Option<String> {
    let text = claim.trim().trim_end_matches('.');
    let at = text.find(e.time_text.as_str()).filter(|&at| at > 0)?;
    let before = text[..at].trim_end();
    let (before, prep) = match before.rsplit_once(' ') {
        Some((rest, p)) if ["on", "in", "at"].contains(&p) => (rest, p),
        _ => (before, "on"),
    };
    let after = text[at + e.time_text.len()..].trim();
    let mut rest = format!("{before} {after}").trim().to_string();
    for article in ["The ", "A ", "An "] {
        if rest.starts_with(article) {
            rest = format!("{}{}", article.to_lowercase(), &rest[article.len()..]);
        }
    }
    let mut prep = prep.to_string();
    prep[..1].make_ascii_uppercase();
    Some(format!("{prep} {}, {rest}.", e.time_text))
}

/// The event with only the people the claim names: an office the claim gives without
/// a name ("took office as NATO secretary-general on 1 October 2023") resolves to its
/// holder on the claim's own date, which is what is being checked, so that holder is
/// not asked of the sources (the office's country or body still is, when named).
/// Russian claims keep every actor (their names are matched by the Russian lexicon).
fn named_only(mut e: Event, claim: &str) -> Event {
    if !is_cyrillic(claim) {
        let text = claim.to_lowercase();
        e.actors
            .retain(|a| !a.contains(" (") || super::told::names_actor(&text, a));
    }
    e
}

/// Whether the claim says the event did not happen ("Russia did not withdraw …").
pub fn negated(e: &Event) -> bool {
    e.polarity == Polarity::Negative || e.modality == crate::event::Modality::Denied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_connectives() {
        // (claim, first, relation, second)
        let cases = [
            (
                "Finland joined NATO before Sweden.",
                "Finland joined NATO",
                Relation::Before,
                "Sweden",
            ),
            (
                "Russia left after NATO expelled its diplomats",
                "Russia left",
                Relation::After,
                "NATO expelled its diplomats",
            ),
            (
                "NATO met Russia, then Russia invaded Ukraine.",
                "NATO met Russia",
                Relation::Before,
                "Russia invaded Ukraine",
            ),
            (
                "The talks followed the expulsions.",
                "The talks",
                Relation::After,
                "the expulsions",
            ),
            (
                "The expulsions were followed by the talks.",
                "The expulsions",
                Relation::Before,
                "the talks",
            ),
            (
                "After Finland joined, Sweden applied.",
                "Sweden applied",
                Relation::After,
                "Finland joined",
            ),
            (
                "Since the war began, trade has fallen.",
                "trade has fallen",
                Relation::After,
                "the war began",
            ),
            (
                "Россия вышла из ДОВСЕ после того, как Финляндия вступила в НАТО",
                "Россия вышла из ДОВСЕ",
                Relation::After,
                "Финляндия вступила в НАТО",
            ),
        ];
        for (claim, x, rel, y) in cases {
            assert_eq!(
                split_order(claim),
                Some((x.to_string(), rel, y.to_string())),
                "{claim}"
            );
        }
        assert_eq!(
            split_order("Russia withdrew from the treaty on 7 November 2023."),
            None
        );
    }
}
