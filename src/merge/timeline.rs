//! [`Timeline`]: events from one or many articles, filtered and sorted.
//!
//! [`Timeline::build`] keeps every mention apart (one row per event as one article told
//! it); [`Timeline::merged`] makes one chronology of several articles: the same event
//! reported by several stories becomes one row, with [`Reports`] naming every source
//! (see [`crate::merge`] for the rules). `chronicle timeline` merges whenever it is given
//! more than one article.
//!
//! Order ([`chronological`], the one sort of `timeline` and `merge`): interval start
//! (undatable events last), then finer granularity first (a day before the month that
//! contains it), then the earlier end, the date value, the first filed (document date),
//! then the article id and the trigger's position in it. It is the order in which
//! [`crate::merge::Merger`] hands out its rows (see `merge::key::AtomKey::chronological`),
//! so a merged timeline and `chronicle merge` list the same rows in the same order.
//! The order is total, so the output is deterministic byte for byte.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Dateline;
use crate::dct::DctSource;
use crate::event::{Event, Status};
use crate::merge::{Conflict, MergedEvent, Source};
use crate::run::pipeline::Analysis;

/// What the timeline says about each article it was built from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    /// The file the article was read from, as given (empty for standard input).
    pub path: Option<String>,
    pub dateline: Option<Dateline>,
    /// The document date.
    pub dct: Option<NaiveDate>,
    pub dct_source: DctSource,
    pub dct_confidence: f32,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The article's language (`en`, `ru`).
    pub lang: &'static str,
    /// How many events of the article are in the timeline (after filtering).
    pub events: usize,
}

/// A sorted chronology.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timeline {
    pub articles: Vec<ArticleSummary>,
    pub events: Vec<Event>,
    /// Who reported each event of a merged timeline: `reports[i]` belongs to
    /// `events[i]`. Empty when every event is a single mention ([`Timeline::build`]).
    pub reports: Vec<Reports>,
}

/// The sources behind one row of a merged timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reports {
    /// How many mentions the row merges.
    pub mentions: usize,
    /// Present when the sources disagree on the date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Conflict>,
    /// Every mention, by article then position: article, agency, sentence, and the
    /// phrase and value each gave.
    pub sources: Vec<Source>,
    /// The same mentions filed again by other articles, counted once (see
    /// [`crate::merge::MergedEvent::copies`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<crate::merge::Copy>,
}

impl Serialize for Timeline {
    /// `{"articles": [...], "events": [...]}`; each event carries `mentions` (1 for a
    /// single mention), and in a merged timeline its `sources` and any `conflict`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Timeline", 2)?;
        out.serialize_field("articles", &self.articles)?;
        out.serialize_field("events", &self.rows())?;
        out.end()
    }
}

impl Timeline {
    /// The `"events"` array of the timeline's JSON on its own, for a caller that wants
    /// the rows without the article summaries (the Python package's `timeline`).
    pub fn rows(&self) -> Rows<'_> {
        Rows(self)
    }
}

/// The rows of a [`Timeline`] as they serialize: see [`Timeline::rows`].
pub struct Rows<'a>(&'a Timeline);

impl Serialize for Rows<'_> {
    /// Each event with its `mentions` (1 for a single mention), and in a merged timeline
    /// its `sources`, any `conflict` and any `copies`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        #[derive(Serialize)]
        struct Row<'a> {
            #[serde(flatten)]
            event: &'a Event,
            mentions: usize,
            #[serde(skip_serializing_if = "Option::is_none")]
            conflict: Option<&'a Conflict>,
            #[serde(skip_serializing_if = "Option::is_none")]
            sources: Option<&'a [Source]>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            copies: &'a [crate::merge::Copy],
        }
        let timeline = self.0;
        let mut out = serializer.serialize_seq(Some(timeline.events.len()))?;
        for (i, event) in timeline.events.iter().enumerate() {
            let reports = timeline.reports.get(i);
            out.serialize_element(&Row {
                event,
                mentions: reports.map_or(1, |r| r.mentions),
                conflict: reports.and_then(|r| r.conflict.as_ref()),
                sources: reports.map(|r| r.sources.as_slice()),
                copies: reports.map_or(&[], |r| r.copies.as_slice()),
            })?;
        }
        out.end()
    }
}

/// Which events users want (`--from`, `--to`, `--actor`, `--status`, `--min-confidence`,
/// `--min-granularity`).
///
/// A date is an interval (a day, a month, a year…). With `from`/`to`, an event is kept
/// when at least half of its interval lies in the window `[from, to]`: a month inside
/// the window passes, the year 2021 does not pass a window of October 2021 to January
/// 2022 (a quarter of it lies inside), and "the 21st century" never swamps a date
/// filter. Events without a place on the calendar pass the window.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// The first day of the window.
    pub from: Option<NaiveDate>,
    /// The last day of the window (included).
    pub to: Option<NaiveDate>,
    /// The coarsest date kept (`None`: every granularity); `chronicle` passes `year`
    /// unless told otherwise, so decades and centuries make no rows.
    pub coarsest: Option<crate::time::interval::Granularity>,
    /// Keep events with an actor containing one of these (case-insensitive).
    pub actors: Vec<String>,
    /// Keep events with one of these statuses (all when empty).
    pub statuses: Vec<Status>,
    /// Keep events of one of these polarities (all when empty).
    pub polarities: Vec<crate::event::Polarity>,
    /// Keep events of one of these modalities (all when empty).
    pub modalities: Vec<crate::event::Modality>,
    pub min_confidence: Option<f32>,
}

impl Filter {
    /// Whether `event` passes every condition.
    pub fn keeps(&self, event: &Event) -> bool {
        if let (Some(coarsest), Some(g)) = (self.coarsest, event.granularity) {
            if g > coarsest {
                return false;
            }
        }
        if !self.in_window(event) {
            return false;
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
        if !self.polarities.is_empty() && !self.polarities.contains(&event.polarity) {
            return false;
        }
        if !self.modalities.is_empty() && !self.modalities.contains(&event.modality) {
            return false;
        }
        self.min_confidence.is_none_or(|min| event.confidence >= min)
    }
}

impl Filter {
    /// At least half of the event's interval lies in `[from, to]` (see the type's docs).
    fn in_window(&self, event: &Event) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(start) = event.start else { return true };
        let end = crate::time::interval::end_after(start, event.end);
        let lo = self.from.map_or(start, |f| f.max(start));
        let hi = self.to.and_then(|t| t.succ_opt()).map_or(end, |t| t.min(end));
        let inside = (hi - lo).num_days();
        let length = (end - start).num_days().max(1);
        inside > 0 && inside * 2 >= length
    }
}

impl Timeline {
    /// Builds the timeline of some analysed articles, in the order given, every mention
    /// a row of its own.
    pub fn build(analyses: &[Analysis], filter: &Filter) -> Timeline {
        let mut events: Vec<Event> = Vec::new();
        let mut articles = Vec::new();
        for a in analyses {
            let kept: Vec<Event> = a.events.iter().filter(|e| filter.keeps(e)).cloned().collect();
            articles.push(summary(a, kept.len()));
            events.extend(kept);
        }
        events.sort_by(chronological);
        Timeline {
            articles,
            events,
            reports: Vec::new(),
        }
    }

    /// Builds one merged chronology of several articles: the same event told by several
    /// stories is one row, with its [`Reports`]. The filter applies to the merged rows
    /// (their date, the union of their actors, the best source's status and confidence).
    /// An article's `events` count is how many of its mentions the kept rows hold.
    pub fn merged(analyses: &[Analysis], filter: &Filter) -> Timeline {
        let rows = crate::merge::merge(analyses.iter().flat_map(crate::merge::sources_of));
        Timeline::merged_rows(rows, analyses, filter)
    }

    /// [`Timeline::merged`] from rows merged already (e.g. by a spilling
    /// [`crate::merge::Merger`] fed as the articles were analysed); `analyses` give the
    /// articles' summaries and need not hold their events any more.
    pub fn merged_rows(rows: Vec<MergedEvent>, analyses: &[Analysis], filter: &Filter) -> Timeline {
        let mut timeline = Timeline::from_rows(rows, filter);
        let mut mentions = std::collections::HashMap::<&str, usize>::new();
        for r in &timeline.reports {
            for s in &r.sources {
                *mentions.entry(s.event.article.as_str()).or_default() += 1;
            }
        }
        timeline.articles = analyses
            .iter()
            .map(|a| summary(a, mentions.get(a.article.id.as_str()).copied().unwrap_or(0)))
            .collect();
        timeline
    }

    /// A timeline of rows merged earlier (`chronicle merge`), filtered and sorted like
    /// every timeline; it knows no articles beyond what the rows say.
    pub fn from_rows(rows: Vec<MergedEvent>, filter: &Filter) -> Timeline {
        let mut rows: Vec<MergedEvent> = rows.into_iter().filter(|row| filter.keeps(&row.event)).collect();
        rows.sort_by(|a, b| chronological(&a.event, &b.event));
        let (events, reports) = rows
            .into_iter()
            .map(|row| {
                let reports = Reports {
                    mentions: row.mentions,
                    conflict: row.conflict,
                    sources: row.sources,
                    copies: row.copies,
                };
                (row.event, reports)
            })
            .unzip();
        Timeline {
            articles: Vec::new(),
            events,
            reports,
        }
    }

    /// The reports behind event `i` (`None` for a timeline of single mentions).
    pub fn reports_of(&self, i: usize) -> Option<&Reports> {
        self.reports.get(i)
    }
}

/// What the timeline says about one article.
fn summary(a: &Analysis, events: usize) -> ArticleSummary {
    ArticleSummary {
        id: a.article.id.clone(),
        path: a.article.source_path.as_ref().map(|p| p.display().to_string()),
        dateline: a.dct.dateline.clone(),
        dct: a.dct.date,
        dct_source: a.dct.source,
        dct_confidence: a.dct.confidence,
        title: a.article.title.clone(),
        url: a.article.url.clone(),
        lang: crate::lang::of(&a.article).code(),
        events,
    }
}

/// The timeline order (see the module docs), the one sort of every timeline.
pub fn chronological(a: &Event, b: &Event) -> std::cmp::Ordering {
    let key = |e: &Event| {
        (
            (e.start.is_none(), e.start),
            (e.granularity.is_none(), e.granularity),
            e.end,
            (e.dct.is_none(), e.dct),
        )
    };
    let (ka, kb) = (key(a), key(b));
    (ka.0, ka.1, ka.2)
        .cmp(&(kb.0, kb.1, kb.2))
        .then_with(|| a.date.cmp(&b.date))
        .then_with(|| ka.3.cmp(&kb.3))
        .then_with(|| a.article.cmp(&b.article))
        .then_with(|| (a.char_start, a.char_end).cmp(&(b.char_start, b.char_end)))
        .then_with(|| a.trigger.cmp(&b.trigger))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dct::DocumentDate;
    use crate::input::article::Article;

    fn event(date: &str, pos: usize, status: Status, actors: &[&str], confidence: f32) -> Event {
        let iv = crate::time::interval::parse(date);
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
            headline_en: None,
            ..Default::default()
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
        let b = analysis(
            "b",
            vec![Event {
                article: "b".into(),
                ..event("2009-12-01", 0, Status::Occurred, &[], 0.8)
            }],
        );
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
        // Same day: by article id, then position.
        assert_eq!(t.events[4].article, "b");
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
            // A month does not pass a one-day window; it passes a window holding it.
            (
                Filter {
                    from: day("2008-08-15"),
                    to: day("2008-08-15"),
                    ..Default::default()
                },
                &[],
            ),
            (
                Filter {
                    from: day("2008-07-20"),
                    to: day("2008-09-30"),
                    ..Default::default()
                },
                &["2008-08"],
            ),
            (
                Filter {
                    from: day("2008-08-10"),
                    ..Default::default()
                },
                &["2008-08", "2009-11-29", "2009-12-01", "2009-12-04"],
            ),
            (
                Filter {
                    from: day("2008-08-20"),
                    ..Default::default()
                },
                &["2009-11-29", "2009-12-01", "2009-12-04"],
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

    /// A mention of `trigger` on `date` with `actors`, from `article` filed by `agency`.
    fn mention(article: &str, date: &str, trigger: &str, actors: &[&str]) -> Event {
        Event {
            trigger: trigger.into(),
            article: article.into(),
            // each story its own words: one sentence in two articles is a copy
            sentence: format!("{article} reports: {trigger} on {date}."),
            ..event(date, 10, Status::Occurred, actors, 0.8)
        }
    }

    fn filed(id: &str, agency: &str, events: Vec<Event>) -> Analysis {
        let mut a = analysis(id, events);
        a.dct.dateline = Some(crate::dateline::Dateline {
            agency: Some(agency.into()),
            ..Default::default()
        });
        a
    }

    /// Three stories: RIA and Reuters report the meeting on December 4, AP gives the
    /// week; RIA alone reports Rogozin's meeting of December 1.
    fn three_stories() -> Vec<Analysis> {
        vec![
            filed(
                "ria",
                "RIA Novosti",
                vec![
                    mention("ria", "2009-12-04", "meeting", &["NATO-Russia Council"]),
                    mention("ria", "2009-12-01", "met", &["Dmitry Rogozin", "NATO"]),
                ],
            ),
            filed(
                "reuters",
                "Reuters",
                vec![mention(
                    "reuters",
                    "2009-12-04",
                    "meeting",
                    &["NATO-Russia Council", "Russia"],
                )],
            ),
            filed(
                "ap",
                "AP",
                vec![mention("ap", "2009-W49", "meeting", &["NATO-Russia Council"])],
            ),
        ]
    }

    #[test]
    fn merged_timeline_has_one_row_per_event_with_its_sources() {
        let t = Timeline::merged(&three_stories(), &Filter::default());
        let rows: Vec<(&str, &str, usize)> = t
            .events
            .iter()
            .zip(&t.reports)
            .map(|(e, r)| (e.date.as_str(), e.trigger.as_str(), r.mentions))
            .collect();
        // The finest date wins; AP's week fits December 4 and is one more mention.
        assert_eq!(rows, [("2009-12-01", "met", 1), ("2009-12-04", "meeting", 3)]);
        let meeting = &t.reports[1];
        let articles: Vec<&str> = meeting.sources.iter().map(|s| s.event.article.as_str()).collect();
        assert_eq!(articles, ["ap", "reuters", "ria"]);
        let agencies: Vec<Option<&str>> = meeting.sources.iter().map(|s| s.agency()).collect();
        assert_eq!(agencies, [Some("AP"), Some("Reuters"), Some("RIA Novosti")]);
        assert!(meeting.conflict.is_none());
        // Actors are the union over the sources.
        assert!(t.events[1].actors.contains(&"Russia".to_string()));
        // Each article's count is its mentions in the kept rows.
        assert_eq!(t.articles.iter().map(|a| a.events).collect::<Vec<_>>(), [2, 1, 1]);
    }

    #[test]
    fn merged_timeline_flags_incompatible_dates() {
        let mut stories = three_stories();
        stories.push(filed(
            "afp",
            "AFP",
            vec![mention("afp", "2009-12-03", "meeting", &["NATO-Russia Council"])],
        ));
        let t = Timeline::merged(&stories, &Filter::default());
        let meeting = t
            .reports
            .iter()
            .find(|r| r.mentions == 4)
            .expect("one merged row");
        let values: Vec<&str> = meeting
            .conflict
            .as_ref()
            .map(|c| c.values.iter().map(|v| v.date.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(values, ["2009-12-04", "2009-12-03"]);
    }

    #[test]
    fn merged_filters_apply_to_rows() {
        let filter = Filter {
            actors: vec!["russia".into()],
            from: NaiveDate::from_ymd_opt(2009, 12, 2),
            ..Default::default()
        };
        let t = Timeline::merged(&three_stories(), &filter);
        // The meeting row names Russia through Reuters' mention; RIA's own meeting
        // mention does not, but the row keeps all three sources.
        assert_eq!(t.events.len(), 1);
        assert_eq!(t.reports[0].mentions, 3);
    }

    #[test]
    fn json_rows_carry_mentions_and_sources_only_when_merged() {
        let merged = serde_json::to_value(Timeline::merged(&three_stories(), &Filter::default())).unwrap();
        let row = &merged["events"][1];
        assert_eq!(row["mentions"], 3);
        assert_eq!(row["sources"].as_array().map(Vec::len), Some(3));
        assert_eq!(row["sources"][0]["agency"], "AP");
        assert!(row.get("conflict").is_none());
        let apart = serde_json::to_value(Timeline::build(&three_stories(), &Filter::default())).unwrap();
        assert_eq!(apart["events"].as_array().map(Vec::len), Some(4));
        assert_eq!(apart["events"][0]["mentions"], 1);
        assert!(apart["events"][0].get("sources").is_none());
    }
}
