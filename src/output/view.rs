//! What the visual writers share: how events are grouped into lanes, how a date of some
//! precision is shown to a reader, where an event came from, and escaping.
//!
//! The TimelineJS, vis-timeline, HTML and Markdown writers all present the same three
//! things for an event — *when* (a date label honest about its precision), *which lane*
//! (its group) and *why* (the evidence sentence, the source and how the date was
//! resolved) — so those live here, once.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::event::{Event, Status};
use crate::time::interval::Granularity;

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
            super::conflict_text(conflict)
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

/// How the text holds an event, for a reader, empty for the plain case (told as fact,
/// not negated): `negated`, `reported by Russia`, `denied by Sergey Lavrov`, `possible`,
/// `negated; demanded by NATO`. Every visual format shows it beside the headline, so a
/// denial or a failed meeting never reads as a fact (CSV and JSON carry the fields).
pub fn factuality(event: &Event) -> String {
    use crate::event::{Modality, Polarity};
    let mut parts: Vec<String> = Vec::new();
    if event.polarity == Polarity::Negative {
        parts.push("negated".to_string());
    }
    if event.modality != Modality::Asserted {
        let by = match (event.modality, event.source.as_deref()) {
            (Modality::Reported | Modality::Denied | Modality::Demanded, Some(source))
                if !source.trim().is_empty() =>
            {
                format!(" by {}", one_line(source))
            }
            _ => String::new(),
        };
        parts.push(format!("{}{by}", event.modality.as_str()));
    }
    parts.join("; ")
}

/// The lowercase word for a status (`occurred`, `scheduled`, `reported`).
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Occurred => "occurred",
        Status::Scheduled => "scheduled",
        Status::Reported => "reported",
    }
}

/// The lowercase word for a granularity as a reader sees it: the output name
/// ([`Granularity::as_str`]), but `half-year` for a half, which alone reads oddly.
pub fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Half => "half-year",
        g => g.as_str(),
    }
}

/// How precisely a date can be written as calendar fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    /// The calendar fields a granularity fills: a month or season names its month, a
    /// year or decade only its year, a week or day its day.
    pub fn of(g: Option<Granularity>) -> Precision {
        match g {
            Some(Granularity::Time | Granularity::Day | Granularity::Week) | None => Precision::Day,
            Some(Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half) => {
                Precision::Month
            }
            Some(Granularity::Year | Granularity::Decade | Granularity::Century) => Precision::Year,
        }
    }
}

/// Whether an event is a single day (or a moment in one), drawn as a point, rather than
/// a span of several days drawn as a bar.
pub fn is_point(event: &Event) -> bool {
    match (event.start, event.end) {
        (Some(start), Some(end)) => (end - start).num_days() <= 1,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The last day of an event's interval (its end is exclusive), or its start.
pub fn last_day(event: &Event) -> Option<NaiveDate> {
    let start = event.start?;
    match event.end {
        Some(end) if end > start => end.pred_opt(),
        _ => Some(start),
    }
}

/// Days since 1970-01-01, the unit the HTML page's axis works in.
pub fn epoch_days(date: NaiveDate) -> i64 {
    (date - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()).num_days()
}

use crate::text::lexicon::MONTH_NAMES as MONTHS;

/// TIMEX3 season codes and their names.
const SEASONS: [(&str, &str); 4] = [
    ("SP", "Spring"),
    ("SU", "Summer"),
    ("FA", "Autumn"),
    ("WI", "Winter"),
];

/// TIMEX3 parts of the day (`2009-12-01TMO`) and their names.
const DAY_PARTS: [(&str, &str); 5] = [
    ("MO", "morning"),
    ("MI", "midday"),
    ("AF", "afternoon"),
    ("EV", "evening"),
    ("NI", "night"),
];

/// TIMEX3 reference values, which have no place on the calendar.
const REFERENCES: [(&str, &str); 3] = [
    ("PAST_REF", "earlier (undated)"),
    ("PRESENT_REF", "now (undated)"),
    ("FUTURE_REF", "in the future (undated)"),
];

fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// `1 December 2009`.
pub fn day_label(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

/// `December 2009`.
pub fn month_label(d: NaiveDate) -> String {
    format!("{} {}", month_name(d.month()), d.year())
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A date label as precise as the event's date and no more: `1 December 2009`,
/// `June 2008`, `Summer 2009`, `Q3 2009`, `2008`, `the 1990s`; a range as its two ends
/// (`9–11 July 2024`, `2014–2022`); with the date's `mod` in words (`late 2023`,
/// `the mid-1990s`, `about 1990`); the TIMEX3 value itself when the event has no place
/// on the calendar.
pub fn display_date(event: &Event) -> String {
    // a range whose ends have their own `mod` (`START/END`): each end in its words
    let ends = event.date.split_once('/');
    let mods = event.modifier.as_deref().and_then(|m| m.split_once('/'));
    if let (Some((first, last)), Some((ma, mb))) = (ends, mods) {
        if let (Some(a), Some(b)) = (range_end(first), range_end(last)) {
            return format!(
                "{} \u{2013} {}",
                with_mod(&period_label(&a), Some(ma)),
                with_mod(&period_label(&b), Some(mb))
            );
        }
    }
    let label = match ends {
        Some((first, last)) => range_label(first, last).unwrap_or_else(|| period_label(event)),
        None => period_label(event),
    };
    with_mod(&label, event.modifier.as_deref())
}

/// TIMEX3 `mod` values in words, as they read before a date label, and whether the
/// words go inside a leading "the" (`the early 1990s`, but `about the 1990s`). On a date,
/// the quantity mods qualify the distance counted to it ("almost two years ago", "more
/// than four decades ago", "over an hour later"), not the date: the date is approximate.
const MOD_WORDS: &[(&str, &str, bool)] = &[
    ("START", "early ", true),
    ("MID", "mid-", true),
    ("END", "late ", true),
    ("APPROX", "about ", false),
    ("BEFORE", "before ", false),
    ("AFTER", "after ", false),
    ("ON_OR_BEFORE", "on or before ", false),
    ("ON_OR_AFTER", "on or after ", false),
    ("LESS_THAN", "about ", false),
    ("MORE_THAN", "about ", false),
    ("EQUAL_OR_LESS", "about ", false),
    ("EQUAL_OR_MORE", "about ", false),
    ("FIRST_HALF", "the first half of ", false),
    ("SECOND_HALF", "the second half of ", false),
];

/// `label` with the TIMEX3 `modifier` in words: `late 2023`, `mid-2021`, `early June
/// 2023`, `the late 1990s`; a `mod` this table does not know is shown as written,
/// `2023 (FOO)`.
pub fn with_mod(label: &str, modifier: Option<&str>) -> String {
    let Some(m) = modifier.map(str::trim).filter(|m| !m.is_empty()) else {
        return label.to_string();
    };
    match MOD_WORDS.iter().find(|(code, _, _)| *code == m) {
        Some((_, words, inside)) => match label.strip_prefix("the ") {
            Some(rest) if *inside => format!("the {words}{rest}"),
            Some(rest) if words.ends_with(" of ") => format!("{words}the {rest}"),
            _ => format!("{words}{label}"),
        },
        None => format!("{label} ({m})"),
    }
}

/// The label of a range from TIMEX3 value `first` to `last`, each end as precise as its
/// value, the shared month or year written once: `9–11 July 2024`, `8 July – 9 August
/// 2024`, `March–May 2024`, `2014–2022`. `None` when an end has no place on the calendar.
fn range_label(first: &str, last: &str) -> Option<String> {
    let (a, b) = (range_end(first)?, range_end(last)?);
    let (sa, sb) = (a.start?, b.start?);
    let same_year = sa.year() == sb.year();
    Some(match (a.granularity, b.granularity) {
        (Some(Granularity::Day), Some(Granularity::Day)) if same_year && sa.month() == sb.month() => {
            format!("{}\u{2013}{} {}", sa.day(), sb.day(), month_label(sb))
        }
        (Some(Granularity::Day), Some(Granularity::Day)) if same_year => format!(
            "{} {} \u{2013} {}",
            sa.day(),
            month_name(sa.month()),
            day_label(sb)
        ),
        (Some(Granularity::Month), Some(Granularity::Month)) if same_year => month_range(sa, sb),
        (Some(Granularity::Year), Some(Granularity::Year)) => format!("{}\u{2013}{}", sa.year(), sb.year()),
        _ => format!("{} \u{2013} {}", period_label(&a), period_label(&b)),
    })
}

/// One end of a range as an event of its own, to label it.
fn range_end(value: &str) -> Option<Event> {
    let iv = crate::time::interval::parse(value)?;
    Some(Event {
        date: value.to_string(),
        start: Some(iv.start),
        end: Some(iv.end),
        granularity: Some(iv.granularity),
        ..Default::default()
    })
}

/// The label of the event's one period (see [`display_date`]).
fn period_label(event: &Event) -> String {
    let value = event.date.trim();
    let Some(start) = event.start else {
        return REFERENCES
            .iter()
            .find(|(code, _)| *code == value)
            .map(|(_, name)| name.to_string())
            .unwrap_or_else(|| {
                if value.is_empty() {
                    "undated".into()
                } else {
                    value.to_string()
                }
            });
    };
    let last = last_day(event).unwrap_or(start);
    let suffix = value.rsplit_once('-').map(|(_, s)| s).unwrap_or("");
    match event.granularity {
        Some(Granularity::Time) => {
            let time = value.split_once('T').map(|(_, t)| t).unwrap_or("");
            let part = DAY_PARTS
                .iter()
                .find(|(code, _)| *code == time)
                .map(|(_, name)| *name);
            match part {
                Some(name) => format!("{}, {name}", day_label(start)),
                None if !time.is_empty() => format!("{}, {time}", day_label(start)),
                None => day_label(start),
            }
        }
        Some(Granularity::Day) => day_label(start),
        Some(Granularity::Week) => {
            let week = start.iso_week();
            format!(
                "week {} of {} ({} \u{2013} {})",
                week.week(),
                week.year(),
                short_day(start),
                short_day(last)
            )
        }
        Some(Granularity::Month) => month_label(start),
        Some(Granularity::Season) => match SEASONS.iter().find(|(code, _)| *code == suffix) {
            Some((_, name)) => format!("{name} {}", start.year()),
            None => month_range(start, last),
        },
        Some(Granularity::Quarter) => format!("Q{} {}", (start.month() - 1) / 3 + 1, start.year()),
        Some(Granularity::Half) => {
            let half = if start.month() <= 6 { "first" } else { "second" };
            format!("{half} half of {}", start.year())
        }
        Some(Granularity::Year) => start.year().to_string(),
        Some(Granularity::Decade) => format!("the {}s", start.year().div_euclid(10) * 10),
        Some(Granularity::Century) => format!("the {} century", ordinal(start.year().div_euclid(100) + 1)),
        None if start == last => day_label(start),
        None => format!("{} \u{2013} {}", day_label(start), day_label(last)),
    }
}

/// `30 Nov`.
fn short_day(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_name(d.month()).get(..3).unwrap_or(""))
}

/// `June–August 2009` or `December 2009 – February 2010`.
fn month_range(start: NaiveDate, last: NaiveDate) -> String {
    if start.year() == last.year() {
        format!(
            "{}\u{2013}{} {}",
            month_name(start.month()),
            month_name(last.month()),
            start.year()
        )
    } else {
        format!("{} \u{2013} {}", month_label(start), month_label(last))
    }
}

/// The hour and minute of a TIME value (`2009-12-01T10:30` → `10:30`), when it has them.
pub fn clock_time(event: &Event) -> Option<(u32, u32)> {
    if event.granularity != Some(Granularity::Time) {
        return None;
    }
    let time = event.date.split_once('T')?.1;
    let mut parts = time.split(':');
    let hour: u32 = parts.next()?.get(..2)?.parse().ok()?;
    let minute: u32 = parts
        .next()
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for an HTML text node, not an attribute: `<`, `>` and an `&` that would
/// start an entity; quotes and apostrophes stay as written. For TimelineJS headlines and
/// titles, which people read in the spreadsheet too (`Lavrov's`, not `Lavrov&#39;s`).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if chars.peek().is_some_and(|n| n.is_alphanumeric() || *n == '#') => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// Collapses runs of whitespace (including newlines) to single spaces: headlines and
/// sentences are shown on one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The events that have a place on the calendar, in timeline order (start, then finer
/// granularity first; stable, so the timeline's own order breaks ties).
pub fn dated(events: &[Event]) -> Vec<&Event> {
    let mut dated: Vec<&Event> = events.iter().filter(|e| e.start.is_some()).collect();
    dated.sort_by_key(|e| (e.start, e.granularity));
    dated
}

/// Stable, unique ids for events, readable in URLs and HTML: `ria-novosti-2009-12-01-212`
/// (article slug and trigger offset), with `-2`, `-3` … added when two events share one.
pub fn event_ids<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<String> {
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    events
        .into_iter()
        .map(|event| {
            let base = format!("{}-{}", slug(&event.article), event.char_start);
            let mut id = base.clone();
            let mut n = 1;
            while used.contains(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            used.insert(id.clone());
            id
        })
        .collect()
}

/// Lowercase ASCII letters and digits, other runs turned into single hyphens.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "event".to_string()
    } else {
        trimmed.to_string()
    }
}

/// "6 dated events from 1 article, June 2008 to 4 December 2009".
pub fn summary(events: &[Event]) -> String {
    let mut articles: Vec<&str> = events.iter().map(|e| e.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let all = dated(events);
    let mut text = format!(
        "{} from {}",
        plural(all.len(), "dated event"),
        plural(articles.len(), "article")
    );
    // From the first start to the last start: a century-long event should not make a
    // chronology of 2009 "end" in 2100.
    if let (Some(first), Some(last)) = (all.first(), all.last()) {
        text.push_str(&format!(", {} to {}", display_date(first), display_date(last)));
    }
    text
}

/// The heading for events without a place on the calendar.
pub const UNDATED: &str = "Undated";

/// The section a chronology files an event under: its start year; a decade or century
/// event gets its own (`the 1990s`) rather than pretending to belong to its first year.
pub fn heading(event: &Event) -> String {
    match (event.start, event.granularity) {
        (Some(_), Some(Granularity::Decade | Granularity::Century)) => display_date(event),
        (Some(start), _) => start.year().to_string(),
        (None, _) => UNDATED.to_string(),
    }
}

/// The formats timeline tools and readers use, each written by its own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Knight Lab TimelineJS3 JSON ([`super::timelinejs::write`]).
    TimelineJs,
    /// The TimelineJS spreadsheet columns as CSV ([`super::timelinejs::write_csv`]).
    TimelineJsCsv,
    /// vis-timeline items and groups ([`super::vis::write`]).
    Vis,
    /// A self-contained HTML page ([`super::html::write`]).
    Html,
    /// A Markdown chronology ([`super::markdown::write`]).
    Markdown,
}

/// Writes `timeline` in `format`.
pub fn write(
    format: Format,
    timeline: &crate::merge::timeline::Timeline,
    opts: &ViewOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::TimelineJs => super::timelinejs::write(timeline, opts, w),
        Format::TimelineJsCsv => super::timelinejs::write_csv(timeline, opts, w),
        Format::Vis => super::vis::write(timeline, opts, w),
        Format::Html => super::html::write(timeline, opts, w),
        Format::Markdown => super::markdown::write(timeline, opts, w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(ymd: (i32, u32, u32)) -> NaiveDate {
        NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).unwrap()
    }

    fn event(
        date: &str,
        start: Option<(i32, u32, u32)>,
        end: Option<(i32, u32, u32)>,
        g: Option<Granularity>,
    ) -> Event {
        Event {
            date: date.into(),
            start: start.map(day),
            end: end.map(day),
            granularity: g,
            status: Status::Occurred,
            trigger: String::new(),
            headline: String::new(),
            actors: Vec::new(),
            location: None,
            category: None,
            time_text: String::new(),
            sentence: String::new(),
            article: "a".into(),
            char_start: 0,
            char_end: 0,
            confidence: 1.0,
            ..Default::default()
        }
    }

    #[test]
    fn merged_rows_say_who_reported_them() {
        use crate::merge::Source as Mention;
        let row = event(
            "2009-12-04",
            Some((2009, 12, 4)),
            Some((2009, 12, 5)),
            Some(Granularity::Day),
        );
        let mention = |article: &str, agency: &str| {
            Mention::new(
                Event {
                    article: article.into(),
                    ..row.clone()
                },
                Some(agency.into()),
            )
        };
        let timeline = crate::merge::timeline::Timeline {
            events: vec![row.clone()],
            reports: vec![crate::merge::timeline::Reports {
                mentions: 3,
                conflict: None,
                sources: vec![
                    mention("a", "RIA Novosti"),
                    mention("b", "AFP"),
                    mention("c", "AFP"),
                ],
                copies: Vec::new(),
            }],
            ..Default::default()
        };
        let mut opts = ViewOptions::default();
        assert_eq!(opts.source_line(&row), "a");
        opts.add_reports(&timeline);
        assert_eq!(opts.source_line(&row), "a \u{b7} 3 reports: RIA Novosti, AFP");
    }

    #[test]
    fn display_dates_say_no_more_than_the_value_does() {
        use Granularity::*;
        let cases = [
            (
                "2009-12-01TMO",
                Some((2009, 12, 1)),
                Some((2009, 12, 2)),
                Some(Time),
                "1 December 2009, morning",
            ),
            (
                "2009-H2",
                Some((2009, 7, 1)),
                Some((2010, 1, 1)),
                Some(Half),
                "second half of 2009",
            ),
            (
                "19",
                Some((1900, 1, 1)),
                Some((2000, 1, 1)),
                Some(Century),
                "the 20th century",
            ),
            (
                "20",
                Some((2000, 1, 1)),
                Some((2100, 1, 1)),
                Some(Century),
                "the 21st century",
            ),
            (
                "2009-12",
                Some((2009, 12, 1)),
                Some((2010, 3, 1)),
                Some(Season),
                "December 2009 – February 2010",
            ),
            (
                "x",
                Some((2009, 12, 1)),
                Some((2009, 12, 4)),
                None,
                "1 December 2009 – 3 December 2009",
            ),
            (
                "2024-07-09/2024-07-11",
                Some((2024, 7, 9)),
                Some((2024, 7, 12)),
                Some(Day),
                "9–11 July 2024",
            ),
            (
                "2024-07-30/2024-08-02",
                Some((2024, 7, 30)),
                Some((2024, 8, 3)),
                Some(Day),
                "30 July – 2 August 2024",
            ),
            (
                "2023-12-30/2024-01-02",
                Some((2023, 12, 30)),
                Some((2024, 1, 3)),
                Some(Day),
                "30 December 2023 – 2 January 2024",
            ),
            (
                "2024-03/2024-05",
                Some((2024, 3, 1)),
                Some((2024, 6, 1)),
                Some(Month),
                "March–May 2024",
            ),
            (
                "2014/2022",
                Some((2014, 1, 1)),
                Some((2023, 1, 1)),
                Some(Year),
                "2014–2022",
            ),
            (
                "2008-06/2009",
                Some((2008, 6, 1)),
                Some((2010, 1, 1)),
                Some(Year),
                "June 2008 – 2009",
            ),
            ("PAST_REF", None, None, None, "earlier (undated)"),
            ("XXXX-12-01", None, None, Some(Day), "XXXX-12-01"),
            ("", None, None, None, "undated"),
        ];
        for (value, start, end, g, expected) in cases {
            assert_eq!(display_date(&event(value, start, end, g)), expected, "{value}");
        }
        // a range whose ends have their own `mod`: each end in its words
        let ranged = [
            ("2014/2016", "START/END", "early 2014 \u{2013} late 2016"),
            ("2018-06/2018-08", "/END", "June 2018 \u{2013} late August 2018"),
            (
                "2024-07-09/2024-07-11",
                "APPROX/",
                "about 9 July 2024 \u{2013} 11 July 2024",
            ),
        ];
        for (value, modifier, expected) in ranged {
            let mut e = event(value, Some((2014, 1, 1)), Some((2017, 1, 1)), Some(Year));
            e.modifier = Some(modifier.to_string());
            assert_eq!(display_date(&e), expected, "{value} {modifier}");
        }
    }

    #[test]
    fn mods_read_as_words_around_the_date() {
        use Granularity::*;
        let cases = [
            ("2023", (2023, 1, 1), (2024, 1, 1), Year, Some("END"), "late 2023"),
            ("2021", (2021, 1, 1), (2022, 1, 1), Year, Some("MID"), "mid-2021"),
            (
                "2023-06",
                (2023, 6, 1),
                (2023, 7, 1),
                Month,
                Some("START"),
                "early June 2023",
            ),
            (
                "199",
                (1990, 1, 1),
                (2000, 1, 1),
                Decade,
                Some("END"),
                "the late 1990s",
            ),
            (
                "199",
                (1990, 1, 1),
                (2000, 1, 1),
                Decade,
                Some("APPROX"),
                "about the 1990s",
            ),
            (
                "198",
                (1980, 1, 1),
                (1990, 1, 1),
                Decade,
                Some("FIRST_HALF"),
                "the first half of the 1980s",
            ),
            (
                "1990",
                (1990, 1, 1),
                (1991, 1, 1),
                Year,
                Some("APPROX"),
                "about 1990",
            ),
            (
                "1996",
                (1996, 1, 1),
                (1997, 1, 1),
                Year,
                Some("LESS_THAN"),
                "about 1996",
            ),
            (
                "2009",
                (2009, 1, 1),
                (2010, 1, 1),
                Year,
                Some("ODD"),
                "2009 (ODD)",
            ),
            ("2009", (2009, 1, 1), (2010, 1, 1), Year, None, "2009"),
        ];
        for (value, start, end, g, m, expected) in cases {
            let mut e = event(value, Some(start), Some(end), Some(g));
            e.modifier = m.map(String::from);
            assert_eq!(display_date(&e), expected, "{value} {m:?}");
        }
    }

    #[test]
    fn points_are_a_day_or_less() {
        let one_day = event(
            "2009-12-01",
            Some((2009, 12, 1)),
            Some((2009, 12, 2)),
            Some(Granularity::Day),
        );
        let month = event(
            "2009-12",
            Some((2009, 12, 1)),
            Some((2010, 1, 1)),
            Some(Granularity::Month),
        );
        let open = event("2009-12-01", Some((2009, 12, 1)), None, None);
        assert!(is_point(&one_day) && is_point(&open) && !is_point(&month));
        assert_eq!(last_day(&month), Some(day((2009, 12, 31))));
    }

    #[test]
    fn event_ids_are_unique_and_url_safe() {
        let mut a = event("2009", None, None, None);
        a.article = "Reuters: NATO/Russia (2009)".into();
        a.char_start = 12;
        let b = a.clone();
        let mut c = a.clone();
        c.article = "reuters-nato-russia-2009-12".into();
        c.char_start = 2;
        let ids = event_ids([&a, &b, &c]);
        assert_eq!(
            ids,
            [
                "reuters-nato-russia-2009-12",
                "reuters-nato-russia-2009-12-2",
                "reuters-nato-russia-2009-12-2-2"
            ]
        );
    }

    #[test]
    fn clock_times_need_hours_and_minutes() {
        let t = |v: &str| event(v, Some((2009, 12, 1)), None, Some(Granularity::Time));
        assert_eq!(clock_time(&t("2009-12-01T10:30")), Some((10, 30)));
        assert_eq!(clock_time(&t("2009-12-01T07")), Some((7, 0)));
        assert_eq!(clock_time(&t("2009-12-01TMO")), None);
        assert_eq!(clock_time(&t("2009-12-01T25:00")), None);
        assert_eq!(clock_time(&t("2009-12-01Téé")), None, "no panic on non-ASCII");
    }
}
