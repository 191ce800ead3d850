//! Merging across articles: one row per real-world event, with every source behind it.
//!
//! A corpus tells the same event many times: RIA Novosti, Reuters and AP all report the
//! NATO-Russia Council meeting, one "on Friday", one "on December 4", one "this week".
//! [`Merger`] turns the mentions ([`Source`]s: an [`Event`] and the agency that filed
//! it) into [`MergedEvent`]s:
//!
//! * mentions of the same kind of event (same trigger lemma or CAMEO category) with
//!   overlapping actors and compatible dates (equal, or one interval inside the other)
//!   become one row with a `sources` list and a `mentions` count; the row carries the
//!   finest date any source gave;
//! * the same event given incompatible dates by different sources becomes one row too,
//!   flagged with a [`Conflict`] that lists the competing values and who gave each.
//!
//! When two tellings are the same event is defined once, in [`same`], for the three
//! scales: within an article ([`article`], run by [`crate::run::pipeline`] on [`crate::event::extract`]'s events), across
//! articles (here, [`cluster`]) and, in the temporal tagger, a bare month that re-mentions
//! a dated event. The clustering rules are in [`cluster`]'s docs. Merging is a reduce step: a merged row keeps all
//! its sources, [`Merger::add_row`] takes rows apart again, and the result depends only
//! on the set of mentions, so `merge(merge(a, b), c) == merge(a, merge(b, c))` and shards
//! of a corpus can be merged in any grouping. While merging, only compact keys
//! ([`key::AtomKey`]) need stay in memory: [`Merger::spilling`] keeps the full mentions in
//! a temporary file.

pub mod article;
pub mod cluster;
pub mod input;
pub mod key;
mod lemma;
pub mod same;
mod store;
pub mod timeline;

use std::io::{self, BufRead};

use serde::{Deserialize, Serialize};

pub use lemma::{class, lemma};

use crate::event::{Event, Status};
use crate::time::interval::Granularity;
use key::{fnv1a, normalize, KeyTable};
use store::SourceStore;

/// Two differently dated reports of one event conflict only when their dates start
/// within this many days of each other; further apart they are taken to be two events.
pub const CONFLICT_WINDOW_DAYS: i64 = 31;

/// One mention of an event: the event as one article told it, and who filed the story.
///
/// Written and read as the event's own fields (`transparent`: the same JSON a flattened
/// field gives, without serde's slower map-based path for flattening).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Source {
    /// The event; its `agency` is the one from the story's dateline, when known.
    pub event: Event,
}

impl Source {
    /// A mention filed by `agency` (kept when the event already names its own).
    pub fn new(mut event: Event, agency: Option<String>) -> Source {
        if event.agency.is_none() {
            event.agency = agency;
        }
        Source { event }
    }

    /// The agency that filed the story, when known.
    pub fn agency(&self) -> Option<&str> {
        self.event.agency.as_deref()
    }
}

/// One row of a merged chronology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEvent {
    /// The event as its best-supported, finest-dated source told it; `actors` is the
    /// union over all sources.
    #[serde(flatten)]
    pub event: Event,
    /// How many mentions the row merges (`sources.len()`).
    pub mentions: usize,
    /// Present when sources disagree on the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Conflict>,
    /// Every mention, by article then position.
    pub sources: Vec<Source>,
    /// The same mentions filed again by other articles (a syndicated wire under several
    /// ids, a story reposted with page chrome): listed, but counted once, as the source
    /// they copy. See [`key::telling_of`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<Copy>,
}

/// A mention filed again by another article: the same sentence, trigger and date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Copy {
    /// The article that holds the copy.
    pub article: String,
    /// The agency of its dateline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The article of the source it copies (one of the row's `sources`).
    pub of: String,
}

/// Sources that give one event incompatible dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The competing values, best supported first; the first is the row's date.
    pub values: Vec<ConflictValue>,
}

/// One of the competing dates and who gave it (coarser dates that fit it count too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictValue {
    pub date: String,
    pub start: Option<chrono::NaiveDate>,
    pub end: Option<chrono::NaiveDate>,
    pub granularity: Option<Granularity>,
    pub mentions: usize,
    pub articles: Vec<String>,
    pub agencies: Vec<String>,
    /// The temporal phrases the sources used (`Friday`, `December 4`).
    pub time_texts: Vec<String>,
}

/// A line of a timeline JSONL file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// Collects mentions and merges them (see the module docs).
pub struct Merger {
    keys: KeyTable,
    store: SourceStore,
    /// Copies read back with merged rows ([`Merger::add_row`]), by the telling of the
    /// source they copy.
    carried: Vec<(u64, Copy)>,
}

impl Default for Merger {
    fn default() -> Self {
        Self::in_memory()
    }
}

impl Merger {
    /// Keeps full mentions in memory: for small inputs and the library API.
    pub fn in_memory() -> Self {
        Merger {
            keys: KeyTable::default(),
            store: SourceStore::memory(),
            carried: Vec::new(),
        }
    }

    /// Keeps only compact keys in memory and the full mentions in a temporary file.
    pub fn spilling() -> io::Result<Self> {
        Ok(Merger {
            keys: KeyTable::default(),
            store: SourceStore::spill()?,
            carried: Vec::new(),
        })
    }

    /// Adds one mention.
    pub fn add(&mut self, source: Source) -> io::Result<()> {
        let json = serde_json::to_vec(&source).map_err(io::Error::other)?;
        let fingerprint = fnv1a(&json);
        let slot_source = source.clone();
        let slot = self.store.put(slot_source, &json)?;
        self.keys.add(&source, slot, fingerprint);
        Ok(())
    }

    /// Adds an event from an article whose dateline named `agency`.
    pub fn add_event(&mut self, event: Event, agency: Option<String>) -> io::Result<()> {
        self.add(Source::new(event, agency))
    }

    /// Adds the mentions of a row merged earlier.
    pub fn add_row(&mut self, row: MergedEvent) -> io::Result<()> {
        for copy in row.copies {
            if let Some(of) = row.sources.iter().find(|s| s.event.article == copy.of) {
                self.carried.push((key::telling_of(&of.event), copy));
            }
        }
        if row.sources.is_empty() {
            return self.add(Source { event: row.event });
        }
        row.sources.into_iter().try_for_each(|s| self.add(s))
    }

    /// Adds one JSON line of a timeline: a merged row (with `sources`) or a single
    /// event (with an optional `agency`). Blank lines are skipped.
    pub fn add_json_line(&mut self, line: &str, number: usize) -> Result<(), LineError> {
        let err = |message: String| LineError {
            line: number,
            message,
        };
        if line.trim().is_empty() {
            return Ok(());
        }
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| err(format!("not JSON: {e}")))?;
        let result = if value.get("sources").is_some() {
            serde_json::from_value::<MergedEvent>(value).map(|row| self.add_row(row))
        } else {
            serde_json::from_value::<Source>(value).map(|s| self.add(s))
        };
        match result {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(err(format!("cannot keep the event: {e}"))),
            Err(e) => Err(err(format!("not a chronicle event: {e}"))),
        }
    }

    /// Adds every line of a timeline JSONL stream; bad lines are returned, not fatal.
    pub fn add_jsonl<R: BufRead>(&mut self, reader: R) -> io::Result<Vec<LineError>> {
        let mut errors = Vec::new();
        for (n, line) in reader.lines().enumerate() {
            if let Err(e) = self.add_json_line(&line?, n + 1) {
                errors.push(e);
            }
        }
        Ok(errors)
    }

    /// How many mentions were added (duplicates included).
    pub fn len(&self) -> usize {
        self.keys.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.keys.is_empty()
    }

    /// Merges and hands each row to `sink`, in chronological order.
    pub fn finish_each<F>(self, mut sink: F) -> io::Result<()>
    where
        F: FnMut(MergedEvent) -> io::Result<()>,
    {
        let Merger {
            mut keys,
            store,
            carried,
        } = self;
        keys.canonicalize();
        let (keys, mut copy_slots) = fold_copies(keys.keys);
        let mut carried_by_telling: std::collections::HashMap<u64, Vec<Copy>> =
            std::collections::HashMap::new();
        for (telling, copy) in carried {
            carried_by_telling.entry(telling).or_default().push(copy);
        }
        let groups = cluster::group(&keys);
        let mut store = store.seal()?;
        for g in groups {
            let mut clusters = Vec::with_capacity(g.clusters.len());
            let mut copies = Vec::new();
            for c in &g.clusters {
                let mut sources = Vec::with_capacity(c.atoms.len());
                for &a in &c.atoms {
                    let source = store.take(keys[a].slot)?;
                    for slot in copy_slots.remove(&keys[a].slot).unwrap_or_default() {
                        let copy = store.take(slot)?;
                        copies.push(Copy {
                            agency: copy.agency().map(str::to_string),
                            article: copy.event.article,
                            of: source.event.article.clone(),
                        });
                    }
                    for mut copy in carried_by_telling.remove(&keys[a].telling).unwrap_or_default() {
                        copy.of = source.event.article.clone();
                        copies.push(copy);
                    }
                    sources.push((keys[a].fingerprint, source));
                }
                clusters.push(sources);
            }
            if let Some(row) = build_row(clusters, copies) {
                sink(row)?;
            }
        }
        Ok(())
    }

    /// Merges and returns the rows in chronological order.
    pub fn finish(self) -> io::Result<Vec<MergedEvent>> {
        let mut rows = Vec::new();
        self.finish_each(|row| {
            rows.push(row);
            Ok(())
        })?;
        Ok(rows)
    }
}

/// Merges mentions held in memory.
pub fn merge<I: IntoIterator<Item = Source>>(sources: I) -> Vec<MergedEvent> {
    let mut m = Merger::in_memory();
    for s in sources {
        // In memory, adding cannot fail: serialising an Event has no error cases.
        let _ = m.add(s);
    }
    m.finish().unwrap_or_default()
}

/// Merges rows merged earlier (the reduce step).
pub fn merge_rows<I: IntoIterator<Item = MergedEvent>>(rows: I) -> Vec<MergedEvent> {
    let mut m = Merger::in_memory();
    for row in rows {
        // In memory, adding cannot fail: serialising an Event has no error cases.
        let _ = m.add_row(row);
    }
    m.finish().unwrap_or_default()
}

/// The mentions a row was made of (its copies are not mentions: see [`Merger::add_row`]).
pub fn decompose(row: MergedEvent) -> Vec<Source> {
    if row.sources.is_empty() {
        vec![Source { event: row.event }]
    } else {
        row.sources
    }
}

/// Copies of one telling: the mentions of different articles with the same telling (see
/// [`key::telling_of`]) are one source, the first in canonical order; the others are
/// left out of clustering and listed as its copies. Returns the mentions that remain and,
/// by the slot of each that has copies, the slots of its copies. Mentions of one article
/// are never copies of each other (a lead retold in the body is the writer's own).
fn fold_copies(keys: Vec<key::AtomKey>) -> (Vec<key::AtomKey>, std::collections::HashMap<usize, Vec<usize>>) {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_cached_key(|&i| (keys[i].telling, keys[i].order()));
    let mut copy = vec![false; keys.len()];
    let mut copies: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    let mut n = 0;
    while n < order.len() {
        let first = &keys[order[n]];
        let mut m = n + 1;
        while m < order.len() && keys[order[m]].telling == first.telling {
            let other = &keys[order[m]];
            // the same mention read twice (one identity) is dropped by clustering itself
            if other.article != first.article && other.identity() != first.identity() {
                copy[order[m]] = true;
                copies.entry(first.slot).or_default().push(other.slot);
            }
            m += 1;
        }
        n = m;
    }
    let kept = keys
        .into_iter()
        .zip(copy)
        .filter_map(|(k, is_copy)| (!is_copy).then_some(k))
        .collect();
    (kept, copies)
}

/// Builds a row from its clusters (primary first), each a list of mentions in canonical
/// order with their fingerprints, and the copies of its mentions.
/// `None` only for an empty group, which clustering never makes.
fn build_row(clusters: Vec<Vec<(u64, Source)>>, mut copies: Vec<Copy>) -> Option<MergedEvent> {
    let primary = clusters.first()?;
    let finest = &primary.first()?.1.event;
    // The representative: the finest mention; among equally fine ones, the first whose
    // kind is known (a CAMEO category or an event class) — "The NATO-Russia Council met"
    // leads its row, not "failed to bridge their differences", a telling of the same
    // meeting merged by its scene (see `same::unknown_kind_same_scene`).
    let mut event = primary
        .iter()
        .map(|(_, s)| &s.event)
        .take_while(|e| (e.start, e.end, e.granularity) == (finest.start, finest.end, finest.granularity))
        .find(|e| known_kind(e))
        .unwrap_or(finest)
        .clone();
    event.status = latest_status(&event, primary);
    // Actors: the representative's first, then the others' in canonical order.
    let mut seen: std::collections::HashSet<String> = event.actors.iter().map(|a| normalize(a)).collect();
    for (_, s) in clusters.iter().flatten() {
        for a in &s.event.actors {
            if seen.insert(normalize(a)) {
                event.actors.push(a.clone());
            }
        }
    }
    let conflict = (clusters.len() > 1).then(|| Conflict {
        values: clusters.iter().map(|c| conflict_value(c)).collect(),
    });
    let mut sources: Vec<(u64, Source)> = clusters.into_iter().flatten().collect();
    sources.sort_by(|(fa, a), (fb, b)| {
        (
            &a.event.article,
            a.event.char_start,
            a.event.char_end,
            &a.event.date,
            fa,
        )
            .cmp(&(
                &b.event.article,
                b.event.char_start,
                b.event.char_end,
                &b.event.date,
                fb,
            ))
    });
    copies.sort();
    copies.dedup_by(|a, b| a.article == b.article);
    copies.retain(|c| !sources.iter().any(|(_, s)| s.event.article == c.article));
    Some(MergedEvent {
        event,
        mentions: sources.len(),
        conflict,
        sources: sources.into_iter().map(|(_, s)| s).collect(),
        copies,
    })
}

/// The status of a row whose tellings were filed before and after the event: the
/// latest report's. "will meet on Friday" filed on Wednesday and "met on Friday" filed on
/// Saturday are one meeting, and it took place; among reports filed the same day, one
/// that says it happened outweighs one that says it will. Reported statements keep their
/// own status (they are not a plan or a fact of the event), and only tellings as fine as
/// the row's date vote ("in 2017 the council met three times" does not say the July
/// meeting a story expected took place).
fn latest_status(event: &Event, tellings: &[(u64, Source)]) -> Status {
    let planned_or_done = |s: Status| matches!(s, Status::Scheduled | Status::Occurred);
    if !planned_or_done(event.status) {
        return event.status;
    }
    tellings
        .iter()
        .map(|(_, s)| &s.event)
        .filter(|e| planned_or_done(e.status) && (e.start, e.end) == (event.start, event.end))
        .max_by_key(|e| (e.dct, e.status == Status::Occurred))
        .map_or(event.status, |e| e.status)
}

/// The event's kind is known: it has a CAMEO category or its trigger an event class.
fn known_kind(e: &Event) -> bool {
    e.category.is_some() || lemma::class(&lemma::lemma_in(&e.trigger, &e.sentence)).is_some()
}

fn conflict_value(cluster: &[(u64, Source)]) -> ConflictValue {
    let finest = cluster.first().map(|(_, s)| &s.event);
    let sorted_unique = |f: &dyn Fn(&Source) -> Option<String>| {
        let mut v: Vec<String> = cluster.iter().filter_map(|(_, s)| f(s)).collect();
        v.sort();
        v.dedup();
        v
    };
    ConflictValue {
        date: finest.map(|e| e.date.clone()).unwrap_or_default(),
        start: finest.and_then(|e| e.start),
        end: finest.and_then(|e| e.end),
        granularity: finest.and_then(|e| e.granularity),
        mentions: cluster.len(),
        articles: sorted_unique(&|s| Some(s.event.article.clone())),
        agencies: sorted_unique(&|s| s.agency().map(str::to_string)),
        time_texts: sorted_unique(&|s| Some(s.event.time_text.clone()).filter(|t| !t.is_empty())),
    }
}

/// The mentions in one article's analysis: its events, with the agency of its dateline.
/// ([`into_sources`] takes them without copying.)
pub fn sources_of(analysis: &crate::run::pipeline::Analysis) -> impl Iterator<Item = Source> + '_ {
    let agency = analysis.dct.dateline.as_ref().and_then(|d| d.agency.clone());
    analysis
        .events
        .iter()
        .map(move |event| Source::new(event.clone(), agency.clone()))
}

/// [`sources_of`], consuming the analysis.
pub fn into_sources(analysis: crate::run::pipeline::Analysis) -> impl Iterator<Item = Source> {
    let agency = analysis.dct.dateline.and_then(|d| d.agency);
    analysis
        .events
        .into_iter()
        .map(move |event| Source::new(event, agency.clone()))
}
