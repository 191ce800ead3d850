//! One event, told twice in an article, becomes one row (the first merge, run on the events
//! after [`crate::event::extract`], in [`crate::run::pipeline`]; [`super::Merger`] then merges across articles).
//!
//! When two events of one article are the same is [`super::same::in_one_article`]. The
//! first telling is kept (its evidence, offsets and date); actors are united and the
//! confidence is the higher of the two.

use chrono::Datelike;

use super::same::{self, Dates, Shared};
use crate::event::Event;

/// Merges repeated events; `events` are one article's, in text order.
pub fn merge_within_article(events: Vec<Event>) -> Vec<Event> {
    let mut kept: Vec<Event> = Vec::new();
    for e in events {
        match kept.iter_mut().find(|k| same_event(k, &e)) {
            Some(k) => {
                for a in e.actors {
                    if !k.actors.contains(&a) {
                        k.actors.push(a);
                    }
                }
                if e.confidence > k.confidence {
                    k.confidence = e.confidence;
                }
            }
            None => kept.push(e),
        }
    }
    kept
}

/// The evidence of two events of one article (see [`same::in_one_article`]).
fn same_event(first: &Event, later: &Event) -> bool {
    if first.article != later.article {
        return false;
    }
    let dates = if first.date == later.date {
        Dates::Same
    } else if bare_month_of(first, later) {
        Dates::BareMonthOf
    } else {
        Dates::Other
    };
    let shared = Shared {
        trigger: first.trigger.eq_ignore_ascii_case(&later.trigger),
        category: first.category.is_some() && first.category == later.category,
        actors: first.actors.iter().filter(|a| later.actors.contains(a)).count(),
        actorless: first.actors.is_empty() || later.actors.is_empty(),
    };
    same::in_one_article(shared, dates)
}

/// `later` is dated by a month name without a year, and that month is `first`'s month.
fn bare_month_of(first: &Event, later: &Event) -> bool {
    let has_year = |s: &str| s.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4);
    if has_year(&later.time_text) || !has_year(&first.time_text) {
        return false;
    }
    let month = |e: &Event| e.start.map(|d| d.month());
    let granularity = |e: &Event| e.granularity;
    granularity(first) == granularity(later) && month(first).is_some() && month(first) == month(later)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Status;

    fn event(date: &str, trigger: &str, time_text: &str, category: Option<&str>, actors: &[&str]) -> Event {
        let iv = crate::time::interval::parse(date);
        Event {
            date: date.into(),
            start: iv.map(|i| i.start),
            end: iv.map(|i| i.end),
            granularity: iv.map(|i| i.granularity),
            status: Status::Occurred,
            trigger: trigger.into(),
            headline: String::new(),
            actors: actors.iter().map(|s| s.to_string()).collect(),
            location: None,
            category: category.map(String::from),
            time_text: time_text.into(),
            sentence: String::new(),
            article: "a".into(),
            char_start: 0,
            char_end: 0,
            confidence: 0.8,
            place: None,
            agency: None,
            dct: None,
            rule: String::new(),
            headline_en: None,
            ..Default::default()
        }
    }

    #[test]
    fn table() {
        let fight = Some("19 Fight");
        // (first, later, merged?)
        let cases = [
            (
                event("2009-12-01", "meeting", "Tuesday", None, &[]),
                event("2009-12-01", "meeting", "Tuesday", None, &[]),
                true,
            ),
            (
                event(
                    "2008-08",
                    "conflict",
                    "August 2008",
                    fight,
                    &["Russia", "Georgia"],
                ),
                event("2008-08", "fought", "August", fight, &["Russia", "Georgia"]),
                true,
            ),
            (
                event(
                    "2008-08",
                    "conflict",
                    "August 2008",
                    fight,
                    &["Russia", "Georgia"],
                ),
                event("2009-08", "fought", "August", fight, &["Georgia"]),
                true,
            ),
            (
                event("2008-06", "proposed", "June 2008", Some("02 Appeal"), &["Russia"]),
                event("2009-06", "meeting", "June", Some("04 Consult"), &["Russia"]),
                false,
            ),
            (
                event("2008-08", "conflict", "August 2008", fight, &["Russia"]),
                event("2009-08", "war", "August", fight, &["Iraq"]),
                false,
            ),
            (
                event("2008-08", "conflict", "August 2008", fight, &["Russia"]),
                event("2009-08", "war", "August 2009", fight, &["Russia"]),
                false,
            ),
        ];
        for (i, (a, b, want)) in cases.into_iter().enumerate() {
            let n = merge_within_article(vec![a, b]).len();
            assert_eq!(n == 1, want, "case {i}");
        }
    }
}
