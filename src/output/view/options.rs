//! What a view is made of beyond the events: the lanes events are grouped into, where
//! each article came from, who reported a merged row, and the conflict note.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::words::{granularity_name, status_name};
use crate::event::Event;
use crate::merge::Conflict;

/// What the lanes (TimelineJS groups, vis-timeline groups, HTML lanes) are made of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// The event's first actor (`Russia`, `NATO`).
    #[default]
    Actor,
    /// The article the event was read from.
    Article,
    /// The CAMEO top-level category (`04 Consult`).
    Category,
}

/// Lane name for events that have nothing to group by.
const NO_ACTOR: &str = "(no actor)";
const NO_CATEGORY: &str = "(uncategorised)";

/// What chronicle knows about one article beyond its events: the dateline and the
/// document date the relative dates were anchored to. Keyed by article id in
/// [`ViewOptions::sources`]; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Source {
    /// The dateline agency (`RIA Novosti`, `Reuters`).
    pub agency: Option<String>,
    /// The dateline place (`BRUSSELS`).
    pub place: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The document date relative expressions were resolved against.
    pub dct: Option<NaiveDate>,
    /// Why that document date (e.g. "dateline December 1, year inferred from 'on Tuesday'").
    pub dct_reason: Option<String>,
}

impl Source {
    /// The source as the pipeline found it for one article.
    pub fn from_analysis(analysis: &crate::run::pipeline::Analysis) -> Source {
        let dateline = analysis.dct.dateline.as_ref();
        Source {
            agency: dateline.and_then(|d| d.agency.clone()),
            place: dateline.and_then(|d| d.place.clone()),
            title: analysis.article.title.clone(),
            url: analysis.article.url.clone(),
            dct: analysis.dct.date,
            dct_reason: Some(analysis.dct.reason.clone()).filter(|r| !r.is_empty()),
        }
    }
}

/// Options every visual writer takes.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// The timeline's title; [`ViewOptions::title_for`] picks one when empty.
    pub title: String,
    pub group_by: GroupBy,
    /// Per-article dateline and document date, by article id. Events whose article is
    /// missing here are shown with their article id only.
    pub sources: BTreeMap<String, Source>,
    /// For a merged timeline, who reported each row, by the row's (article, char_start):
    /// e.g. "3 reports: RIA Novosti, AFP, Reuters". See [`ViewOptions::add_reports`].
    pub reported_by: BTreeMap<(String, usize), String>,
}

impl ViewOptions {
    /// The title to show: the one given, else the single article's title, else a count.
    pub fn title_for(&self, events: &[Event]) -> String {
        if !self.title.trim().is_empty() {
            return self.title.trim().to_string();
        }
        let mut articles: Vec<&str> = events.iter().map(|e| e.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        match articles.as_slice() {
            [] => "Timeline".to_string(),
            [one] => match self.sources.get(*one).and_then(|s| s.title.as_deref()) {
                Some(title) if !title.trim().is_empty() => format!("Timeline: {}", title.trim()),
                _ => format!("Timeline: {one}"),
            },
            many => format!("Timeline of {} articles", many.len()),
        }
    }

    /// The lane an event belongs in, as its display name.
    pub fn group_of(&self, event: &Event) -> String {
        match self.group_by {
            GroupBy::Actor => event.actors.first().map(|a| a.trim().to_string()),
            GroupBy::Article => Some(self.article_label(&event.article)),
            GroupBy::Category => event.category.as_ref().map(|c| c.trim().to_string()),
        }
        .filter(|g| !g.is_empty())
        .unwrap_or_else(|| {
            match self.group_by {
                GroupBy::Category => NO_CATEGORY,
                _ => NO_ACTOR,
            }
            .to_string()
        })
    }

    /// The article's title when known, else its id.
    pub fn article_label(&self, article: &str) -> String {
        match self.sources.get(article).and_then(|s| s.title.as_deref()) {
            Some(title) if !title.trim().is_empty() => title.trim().to_string(),
            _ => article.to_string(),
        }
    }

    /// "Title (RIA Novosti, BRUSSELS) · article-id": the source line of an event; just the
    /// id (and the dateline) when the article has no title; in a merged timeline followed
    /// by who reported it ("· 3 reports: RIA Novosti, AFP, Reuters").
    pub fn source_line(&self, event: &Event) -> String {
        let source = self.sources.get(&event.article);
        // The event carries its article's dateline too; the sources map wins when given.
        let filed: Vec<&str> = [
            source
                .and_then(|s| s.agency.as_deref())
                .or(event.agency.as_deref()),
            source.and_then(|s| s.place.as_deref()).or(event.place.as_deref()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
        let name = self.article_label(&event.article);
        let mut line = if filed.is_empty() {
            name.clone()
        } else {
            format!("{name} ({})", filed.join(", "))
        };
        if name != event.article {
            // The id is what finds the article again; the title alone may not.
            line.push_str(&format!(" \u{b7} {}", event.article));
        }
        if let Some(reports) = self.reported_by.get(&(event.article.clone(), event.char_start)) {
            line.push_str(&format!(" \u{b7} {reports}"));
        }
        line
    }

    /// Notes who reported each row of a merged timeline, for [`ViewOptions::source_line`],
    /// and, when the sources disagree on the date, the competing dates and who gave each
    /// (`⚠ sources disagree on the date: 2009-12-04 ×4 (AFP, Reuters) | 2009-12-03 ×1 (AP)`),
    /// so every visual format shows the dissent.
    pub fn add_reports(&mut self, timeline: &crate::merge::timeline::Timeline) {
        for (event, reports) in timeline.events.iter().zip(&timeline.reports) {
            if reports.mentions < 2 && reports.conflict.is_none() {
                continue;
            }
            let mut names: Vec<String> = Vec::new();
            for s in &reports.sources {
                let name = s
                    .agency()
                    .map(str::to_string)
                    .unwrap_or_else(|| self.article_label(&s.event.article));
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            let mut note = format!("{} reports: {}", reports.mentions, names.join(", "));
            if reports.conflict.is_some() {
                note.push_str(&format!(" \u{b7} {}", conflict_note(reports.conflict.as_ref())));
            }
            self.reported_by
                .insert((event.article.clone(), event.char_start), note);
        }
    }

    /// How the date was resolved, in one sentence a fact-checker can follow:
    /// `"Friday" → 2009-12-04 (day), scheduled; relative to the document date 2009-12-01 (…)`.
    pub fn resolution(&self, event: &Event) -> String {
        let mut out = String::new();
        if event.time_text.trim().is_empty() {
            out.push_str(&format!("dated {}", event.date));
        } else {
            out.push_str(&format!(
                "\u{201c}{}\u{201d} \u{2192} {}",
                event.time_text.trim(),
                event.date
            ));
        }
        if let Some(m) = event.modifier.as_deref() {
            out.push_str(&format!(", mod {m}"));
        }
        if let Some(g) = event.granularity {
            out.push_str(&format!(" ({} precision)", granularity_name(g)));
        }
        out.push_str(&format!(", {}", status_name(event.status)));
        let source = self.sources.get(&event.article);
        if let Some(dct) = source.and_then(|s| s.dct).or(event.dct) {
            out.push_str(&format!("; document date {dct}"));
            if let Some(reason) = source.and_then(|s| s.dct_reason.as_deref()) {
                out.push_str(&format!(" ({reason})"));
            }
        }
        out
    }
}

/// The conflict marker and the competing dates in one line, empty without a conflict:
/// `⚠ sources disagree on the date: 2009-12-04 ×4 (AFP, Reuters) | 2009-12-03 ×1 (AP)`.
pub fn conflict_note(conflict: Option<&crate::merge::Conflict>) -> String {
    match conflict {
        Some(_) => format!(
            "{CONFLICT_MARK} sources disagree on the date: {}",
            conflict_text(conflict)
        ),
        None => String::new(),
    }
}

/// The mark of a row whose sources disagree on the date, in every visual format.
pub const CONFLICT_MARK: &str = "\u{26a0}";

/// The lanes of a timeline in first-appearance order, with how many events each has.
pub fn groups<'a>(events: impl IntoIterator<Item = &'a Event>, opts: &ViewOptions) -> Vec<(String, usize)> {
    let mut order: Vec<(String, usize)> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for event in events {
        let group = opts.group_of(event);
        match index.get(&group) {
            Some(&i) => order[i].1 += 1,
            None => {
                index.insert(group.clone(), order.len());
                order.push((group, 1));
            }
        }
    }
    order
}

/// The competing dates of a conflict in one cell, best supported first, each with how
/// many mentions gave it and who (agencies, else articles):
/// `2009-12-04 ×4 (AFP, Reuters) | 2009-12-03 ×1 (AP)`; empty without a conflict.
pub fn conflict_text(conflict: Option<&Conflict>) -> String {
    let Some(conflict) = conflict else {
        return String::new();
    };
    conflict
        .values
        .iter()
        .map(|v| {
            let who = if v.agencies.is_empty() {
                &v.articles
            } else {
                &v.agencies
            };
            format!("{} ×{} ({})", v.date, v.mentions, who.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" | ")
}
