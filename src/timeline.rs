//! [`Timeline`]: events from one or many articles, filtered and sorted.
//!
//! Order: interval start (undatable events last), then finer granularity first (a day
//! before the month that contains it), then the article's position among the inputs,
//! then the trigger's position in the article. The order is total, so the output is
//! deterministic byte for byte.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Dateline;
use crate::dct::DctSource;
use crate::event::{Event, Status};
use crate::pipeline::Analysis;

/// What the timeline says about each article it was built from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub dateline: Option<Dateline>,
    /// The document date.
    pub dct: Option<NaiveDate>,
    pub dct_source: DctSource,
    pub dct_confidence: f32,
    pub title: Option<String>,
    pub url: Option<String>,
    /// How many events of the article are in the timeline (after filtering).
    pub events: usize,
}

/// A sorted chronology.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Timeline {
    pub articles: Vec<ArticleSummary>,
    pub events: Vec<Event>,
}

/// Which events users want (`--from`, `--to`, `--actor`, `--status`, `--min-confidence`).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep events whose interval reaches this day or later.
    pub from: Option<NaiveDate>,
    /// Keep events whose interval starts on or before this day.
    pub to: Option<NaiveDate>,
    /// Keep events with an actor containing one of these (case-insensitive).
    pub actors: Vec<String>,
    /// Keep events with one of these statuses (all when empty).
    pub statuses: Vec<Status>,
    pub min_confidence: Option<f32>,
}

impl Filter {
    /// Whether `event` passes every condition.
    pub fn keeps(&self, event: &Event) -> bool {
        if let (Some(from), Some(end)) = (self.from, event.end) {
            if end <= from {
                return false;
            }
        }
        if let (Some(to), Some(start)) = (self.to, event.start) {
            if start > to {
                return false;
            }
        }
        if !self.actors.is_empty() {
            let wanted: Vec<String> = self.actors.iter().map(|a| a.to_lowercase()).collect();
            let any = event
                .actors
                .iter()
                .any(|a| wanted.iter().any(|w| a.to_lowercase().contains(w.as_str())));
            if !any {
                return false;
            }
        }
        if !self.statuses.is_empty() && !self.statuses.contains(&event.status) {
            return false;
        }
        self.min_confidence.is_none_or(|min| event.confidence >= min)
    }
}

impl Timeline {
    /// Builds the timeline of some analysed articles, in the order given.
    pub fn build(analyses: &[Analysis], filter: &Filter) -> Timeline {
        let mut keyed: Vec<(usize, Event)> = Vec::new();
        let mut articles = Vec::new();
        for (index, a) in analyses.iter().enumerate() {
            let kept: Vec<Event> = a.events.iter().filter(|e| filter.keeps(e)).cloned().collect();
            articles.push(ArticleSummary {
                id: a.article.id.clone(),
                dateline: a.dct.dateline.clone(),
                dct: a.dct.date,
                dct_source: a.dct.source,
                dct_confidence: a.dct.confidence,
                title: a.article.title.clone(),
                url: a.article.url.clone(),
                events: kept.len(),
            });
            keyed.extend(kept.into_iter().map(|e| (index, e)));
        }
        keyed.sort_by(|(ia, a), (ib, b)| {
            let start = |e: &Event| (e.start.is_none(), e.start);
            start(a)
                .cmp(&start(b))
                .then_with(|| a.granularity.cmp(&b.granularity))
                .then_with(|| ia.cmp(ib))
                .then_with(|| a.char_start.cmp(&b.char_start))
                .then_with(|| a.date.cmp(&b.date))
        });
        Timeline {
            articles,
            events: keyed.into_iter().map(|(_, e)| e).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::dct::DocumentDate;

    fn event(date: &str, pos: usize, status: Status, actors: &[&str], confidence: f32) -> Event {
        let iv = crate::interval::parse(date);
        Event {
            date: date.into(),
            start: iv.map(|i| i.start),
            end: iv.map(|i| i.end),
            granularity: iv.map(|i| i.granularity),
            status,
            trigger: "t".into(),
            headline: String::new(),
            actors: actors.iter().map(|s| s.to_string()).collect(),
            location: None,
            category: None,
            time_text: String::new(),
            sentence: String::new(),
            article: "a".into(),
            char_start: pos,
            char_end: pos + 1,
            confidence,
            place: None,
            agency: None,
            dct: None,
            rule: String::new(),
        }
    }

    fn analysis(id: &str, events: Vec<Event>) -> Analysis {
        Analysis {
            article: Article {
                id: id.into(),
                ..Default::default()
            },
            dct: DocumentDate {
                date: None,
                source: DctSource::None,
                confidence: 0.0,
                reason: String::new(),
                dateline: None,
            },
            timexes: Vec::new(),
            events,
        }
    }

    fn dates(t: &Timeline) -> Vec<String> {
        t.events
            .iter()
            .map(|e| format!("{}@{}", e.date, e.char_start))
            .collect()
    }

    #[test]
    fn order_is_start_then_granularity_then_article_then_position() {
        let a = analysis(
            "a",
            vec![
                event("2009-12", 1, Status::Occurred, &[], 0.8),
                event("2009-12-01", 2, Status::Occurred, &[], 0.8),
                event("2008-06", 3, Status::Occurred, &[], 0.8),
                event("2009-W49", 4, Status::Occurred, &[], 0.8),
                event("2009-12-01", 0, Status::Occurred, &[], 0.8),
            ],
        );
        let b = analysis("b", vec![event("2009-12-01", 0, Status::Occurred, &[], 0.8)]);
        let t = Timeline::build(&[a, b], &Filter::default());
        assert_eq!(
            dates(&t),
            [
                "2008-06@3",
                "2009-W49@4",
                "2009-12-01@0",
                "2009-12-01@2",
                "2009-12-01@0",
                "2009-12@1"
            ]
        );
        assert_eq!(t.events[4].char_start, 0);
        assert_eq!(t.articles.iter().map(|a| a.events).collect::<Vec<_>>(), [5, 1]);
    }

    #[test]
    fn filters() {
        let events = || {
            vec![
                event("2008-08", 0, Status::Occurred, &["Russia", "Georgia"], 0.85),
                event(
                    "2009-12-01",
                    1,
                    Status::Occurred,
                    &["Dmitry Rogozin (Russian envoy to NATO)"],
                    0.85,
                ),
                event("2009-12-04", 2, Status::Scheduled, &["NATO-Russia Council"], 0.9),
                event("2009-11-29", 3, Status::Reported, &["Russia"], 0.6),
            ]
        };
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let cases: Vec<(Filter, &[&str])> = vec![
            (
                Filter {
                    from: day("2009-12-01"),
                    ..Default::default()
                },
                &["2009-12-01", "2009-12-04"],
            ),
            (
                Filter {
                    to: day("2009-11-30"),
                    ..Default::default()
                },
                &["2008-08", "2009-11-29"],
            ),
            (
                Filter {
                    from: day("2008-08-15"),
                    to: day("2008-08-15"),
                    ..Default::default()
                },
                &["2008-08"],
            ),
            (
                Filter {
                    actors: vec!["nato".into()],
                    ..Default::default()
                },
                &["2009-12-01", "2009-12-04"],
            ),
            (
                Filter {
                    actors: vec!["georgia".into(), "ROGOZIN".into()],
                    ..Default::default()
                },
                &["2008-08", "2009-12-01"],
            ),
            (
                Filter {
                    statuses: vec![Status::Scheduled],
                    ..Default::default()
                },
                &["2009-12-04"],
            ),
            (
                Filter {
                    min_confidence: Some(0.86),
                    ..Default::default()
                },
                &["2009-12-04"],
            ),
        ];
        for (filter, want) in cases {
            let t = Timeline::build(&[analysis("a", events())], &filter);
            let got: Vec<&str> = t.events.iter().map(|e| e.date.as_str()).collect();
            assert_eq!(got, want, "{filter:?}");
        }
    }
}
