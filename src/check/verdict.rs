//! From the matching rows to a verdict (the rules are in the [module docs](super)).
//!
//! Every mention behind a matching row is weighed on its own: its date against the
//! claim's (inside, coarser, elsewhere) and how the text holds it (told as fact or
//! reported; denied or failed; only planned). A row whose mentions fall both inside and
//! outside the claim's date is a conflict among sources: reported, never resolved.

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::index::{Index, Kinds};
use super::parse::{self, Reading, Relation};
use super::told;
use super::{Claim, Evidence, Kind, Quote, Role, Verdict};
use crate::event::{Event, Modality, Status};
use crate::merge::same::Shared;
use crate::merge::timeline::Timeline;
use crate::merge::{class, lemma};
use crate::time::interval::end_after;

/// How many of the nearest rows a contradiction quotes.
const CONTRADICTION_ROWS: usize = 3;

/// A half-open interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: NaiveDate,
    end: NaiveDate,
}

fn span(e: &Event) -> Option<Span> {
    e.start.map(|start| Span {
        start,
        end: end_after(start, e.end),
    })
}

/// Where a mention's date lies against the claim's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Inside,
    Coarser,
    Outside,
}

fn place(claim: Span, mention: Span) -> Place {
    if mention.start >= claim.start && mention.end <= claim.end {
        Place::Inside
    } else if mention.end <= claim.start || mention.start >= claim.end {
        Place::Outside
    } else {
        Place::Coarser
    }
}

/// How the text holds a mention, for a claim that it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    Happened,
    DidNot,
    Tentative,
}

fn holds(e: &Event) -> Holds {
    if parse::negated(e) {
        Holds::DidNot
    } else if e.status == Status::Scheduled
        || matches!(
            e.modality,
            Modality::Planned | Modality::Possible | Modality::Demanded
        )
    {
        Holds::Tentative
    } else {
        Holds::Happened
    }
}

/// The mentions behind row `i`: its sources, or the row itself in an unmerged timeline.
fn mentions(timeline: &Timeline, i: usize) -> Vec<&Event> {
    match timeline.reports_of(i) {
        Some(r) if !r.sources.is_empty() => r.sources.iter().map(|s| &s.event).collect(),
        _ => vec![&timeline.events[i]],
    }
}

fn quote(e: &Event) -> Quote {
    Quote {
        article: e.article.clone(),
        agency: e.agency.clone(),
        date: e.date.clone(),
        time_text: e.time_text.clone(),
        sentence: e.sentence.clone(),
        char_start: e.char_start,
        char_end: e.char_end,
        modality: e.modality.as_str().into(),
        polarity: e.polarity.as_str().into(),
        source: e.source.clone(),
    }
}

fn evidence(role: Role, row: &Event, quoted: &[&Event]) -> Evidence {
    let sources: BTreeSet<&str> = quoted.iter().map(|e| e.article.as_str()).collect();
    let agencies: BTreeSet<&str> = quoted.iter().filter_map(|e| e.agency.as_deref()).collect();
    Evidence {
        role,
        date: row.date.clone(),
        headline: row.headline_en.clone().unwrap_or_else(|| row.headline.clone()),
        sources: sources.into_iter().map(String::from).collect(),
        agencies: agencies.into_iter().map(String::from).collect(),
        quotes: quoted.iter().map(|e| quote(e)).collect(),
    }
}

/// "2021-10-06 (Reuters, afp-expulsion)": a date and who gives it.
fn who_gives(date: &str, quoted: &[&Event]) -> String {
    let names: BTreeSet<&str> = quoted
        .iter()
        .map(|e| e.agency.as_deref().unwrap_or(e.article.as_str()))
        .collect();
    format!("{date} ({})", names.into_iter().collect::<Vec<_>>().join(", "))
}

/// The verdict on one claim.
pub fn judge(claim: &Claim, reading: Reading, index: &mut Index, timeline: &Timeline) -> Verdict {
    let verdict = |kind: Kind, claimed: Option<String>, note: String, evidence: Vec<Evidence>| Verdict {
        id: claim.id.clone(),
        claim: claim.text.clone(),
        verdict: kind,
        claimed,
        note,
        evidence,
    };
    match reading {
        Reading::NotCheckable(why) => verdict(
            Kind::NotCheckable,
            None,
            format!("not checkable: {why}"),
            Vec::new(),
        ),
        Reading::Dated(event, other) => {
            let mut found = dated(&claim.text, &event, index, timeline);
            // the date may belong to the main verb rather than the nearest one: its
            // reading is taken when the nearest verb's settles nothing and it does
            let unsettled = |k: Kind| matches!(k, Kind::NotFound | Kind::Undetermined);
            if let (true, Some(other)) = (unsettled(found.0), other) {
                let again = dated(&claim.text, &other, index, timeline);
                if again.0 != Kind::NotFound && (found.0 == Kind::NotFound || !unsettled(again.0)) {
                    found = again;
                }
            }
            let (kind, note, evidence) = found;
            verdict(kind, Some(event.date.clone()), note, evidence)
        }
        Reading::Order {
            first,
            relation,
            second,
        } => {
            let claimed = format!(
                "{} {} {}",
                first.trigger,
                match relation {
                    Relation::Before => "before",
                    Relation::After => "after",
                },
                second.trigger
            );
            let (kind, note, evidence) = order(&first, relation, &second, index, timeline);
            verdict(kind, Some(claimed), note, evidence)
        }
    }
}

/// The mentions of the matching rows, sorted by what they do for the claim.
#[derive(Default)]
struct Weighed<'t> {
    /// (row, mentions) per role.
    supports: Vec<(usize, Vec<&'t Event>)>,
    contradicts: Vec<(usize, Vec<&'t Event>)>,
    denies: Vec<(usize, Vec<&'t Event>)>,
    coarser: Vec<(usize, Vec<&'t Event>)>,
    planned: Vec<(usize, Vec<&'t Event>)>,
}

fn push<'t>(list: &mut Vec<(usize, Vec<&'t Event>)>, row: usize, e: &'t Event) {
    match list.last_mut() {
        Some((r, v)) if *r == row => v.push(e),
        _ => list.push((row, vec![e])),
    }
}

/// How a mention bears on the claim.
struct Bearing {
    /// The same event, merging's notion (and naming the claim's people): enough to
    /// support.
    same: bool,
    /// The same trigger (or class) and a named actor in common: enough for a coarser
    /// date to leave the claim undetermined.
    close: bool,
    /// The very event: the same trigger and every actor of the claim (or the claim's
    /// whole theme, see [`told::theme`]), which a contradiction or a denial needs.
    very: bool,
}

/// What the claim is, as the mentions are weighed against it.
struct Claimed<'a> {
    event: &'a Event,
    kinds: Kinds,
    /// Names beyond actors and date the source's article must give ([`super::index::claim_names`]).
    names: Vec<String>,
    /// The claim's theme ([`told::theme`]).
    theme: Vec<String>,
}

fn bearing(index: &mut Index, claim: &Claimed, e: &Event, themed: bool) -> Bearing {
    let mine = index.kinds_of(e);
    let s = index.shared(&claim.kinds, &mine);
    let kinds = &claim.kinds;
    let text = index.article_text(&e.article);
    let article_names_all = claim.event.actors.iter().all(|a| told::names_actor(text, a));
    // the theme stands for the actors the sentence leaves out only where its article
    // names them ("Poland expelled Russian diplomats" is no telling of Brazil's act)
    let themed = themed && article_names_all;
    // support asks for two shared actors when the claim names two or more, unless the
    // source names no one the claim does not (one shared country does not make "Japan
    // joined NATO" Finland's accession; "Sweden submitted its application" does tell
    // "Sweden submitted its application to join NATO", told with the same trigger), or
    // tells the claim's whole theme with its trigger ("practical cooperation was
    // suspended", for cooperation between NATO and Russia)
    let enough_actors = s.actorless
        || s.actors >= kinds.actors.len().min(2)
        || Index::covers_all_actors(kinds, &mine)
        || (s.trigger && s.actors > 0 && Index::covers_all_actors(&mine, kinds))
        || (s.trigger && s.actors > 0 && themed);
    // a source that names no one stands for the claim's actors only when its article
    // names them all
    let actors_named = !mine.actors.is_empty() || kinds.actors.is_empty() || article_names_all;
    // a claim that names no actor is pinned down by its names or its theme
    let pinned = !kinds.actors.is_empty() || !claim.names.is_empty() || themed;
    let same = s.same_kind()
        && pinned
        && s.actors_agree()
        && enough_actors
        && actors_named
        && Index::names_the_people(kinds, &mine)
        && index.names_in_article(&claim.names, e);
    Bearing {
        same,
        close: same && s.trigger && s.actors > 0,
        very: same && s.trigger && (Index::covers_all_actors(kinds, &mine) || themed),
    }
}

/// A mention as it bears on the claim: itself, when its trigger is the claim's kind;
/// otherwise what it tells beyond its trigger ([`told::told`]: a report's content, a
/// light verb's noun) when that holds the claim's trigger, read as the source holds it
/// (denied, expected, reported by the speaker, a past content dated the week before its
/// report). `None` when it tells nothing of the claim's kind.
fn reading<'t>(index: &mut Index, claim: &Claimed, e: &'t Event) -> Option<Cow<'t, Event>> {
    let mine = index.kinds_of(e);
    if index.shared(&claim.kinds, &mine).same_kind() {
        return Some(Cow::Borrowed(e));
    }
    let (text, reported) = told::told(e)?;
    let want = lemma(&claim.event.trigger);
    let want_class = class(&want);
    let c = told::content(&text, |l| {
        l == want || (want_class.is_some() && class(l) == want_class)
    })?;
    // a word in what a row tells is weaker than its trigger: it counts with an actor of
    // the claim named there too, or the claim's whole theme in its sentence
    let anchored = claim.event.actors.iter().any(|a| told::names_actor(&text, a))
        || e.actors.iter().any(|a| claim.event.actors.contains(a))
        || told::gives_theme(&claim.theme, &e.sentence);
    if !anchored {
        return None;
    }
    let mut t = e.clone();
    t.trigger = claim.event.trigger.clone();
    t.category = None;
    for a in &claim.event.actors {
        if told::names_actor(&text, a) && !t.actors.contains(a) {
            t.actors.push(a.clone());
        }
    }
    if reported {
        t.modality = Modality::Reported;
        t.source = told::speaker(e).map(String::from);
        if let Some(start) = t.start {
            let (from, to) = told::content_days((start, end_after(start, t.end)), c);
            t.start = Some(from);
            t.end = Some(to);
        }
    }
    if c.tentative {
        t.modality = Modality::Possible;
    }
    if c.negated {
        t.polarity = crate::event::Polarity::Negative;
    }
    Some(Cow::Owned(t))
}

/// A mention read against the claim, with its row and bearing.
struct Candidate<'t> {
    row: usize,
    event: Cow<'t, Event>,
    bearing: Bearing,
    /// Its sentence gives the claim's whole theme.
    themed: bool,
}

fn candidates<'t>(
    claim: &Claimed,
    matches: &[(usize, Shared)],
    index: &mut Index,
    timeline: &'t Timeline,
) -> Vec<Candidate<'t>> {
    let mut out = Vec::new();
    for &(row, _) in matches {
        for e in mentions(timeline, row) {
            let Some(event) = reading(index, claim, e) else {
                continue;
            };
            let themed = told::gives_theme(&claim.theme, &e.sentence);
            let bearing = bearing(index, claim, &event, themed);
            if bearing.same {
                out.push(Candidate {
                    row,
                    event,
                    bearing,
                    themed,
                });
            }
        }
    }
    // where some source tells the claim's whole theme, one that tells none of it tells
    // another thing the same actors did
    if out.iter().any(|c| c.themed) {
        out.retain(|c| c.themed);
    }
    out
}

fn weigh<'c>(claim: &Event, claim_span: Span, found: &'c [Candidate<'_>]) -> Weighed<'c> {
    let mut w = Weighed::default();
    let claim_says_not = parse::negated(claim);
    for c in found {
        let (e, b, row) = (c.event.as_ref(), &c.bearing, c.row);
        let Some(s) = span(e) else { continue };
        let mut h = holds(e);
        if claim_says_not {
            h = match h {
                Holds::Happened => Holds::DidNot,
                Holds::DidNot => Holds::Happened,
                t => t,
            };
        }
        match (h, place(claim_span, s)) {
            (Holds::Happened, Place::Inside) => push(&mut w.supports, row, e),
            (Holds::Happened, Place::Coarser) if b.close || b.very => push(&mut w.coarser, row, e),
            (Holds::Happened, Place::Outside) if b.very => push(&mut w.contradicts, row, e),
            (Holds::DidNot, Place::Inside | Place::Coarser) if b.very => push(&mut w.denies, row, e),
            (Holds::Tentative, Place::Inside | Place::Coarser) => push(&mut w.planned, row, e),
            _ => {}
        }
    }
    w
}

/// Whether every coarser date is refined by a finer one that contradicts the claim
/// ("2021" and "1 November 2021" against "December 2021"): finer sources refine coarser
/// ones, as in merging.
fn refined(w: &Weighed) -> bool {
    let finer: Vec<Span> = w
        .contradicts
        .iter()
        .flat_map(|(_, q)| q.iter().filter_map(|e| span(e)))
        .collect();
    w.coarser
        .iter()
        .flat_map(|(_, q)| q.iter())
        .all(|e| span(e).is_some_and(|c| finer.iter().any(|f| f.start >= c.start && f.end <= c.end)))
}

fn dated(
    claim_text: &str,
    claim: &Event,
    index: &mut Index,
    timeline: &Timeline,
) -> (Kind, String, Vec<Evidence>) {
    let Some(claim_span) = span(claim) else {
        return (
            Kind::NotCheckable,
            "not checkable: the claim's date has no place on the calendar".into(),
            Vec::new(),
        );
    };
    let claimed = Claimed {
        event: claim,
        kinds: index.kinds_of(claim),
        names: super::index::claim_names(claim_text, claim),
        theme: told::theme(claim_text, claim),
    };
    let matches = index.matches(&claimed.kinds);
    let found = candidates(&claimed, &matches, index, timeline);
    let w = weigh(claim, claim_span, &found);
    let rows = |list: &[(usize, Vec<&Event>)], role: Role| -> Vec<Evidence> {
        list.iter()
            .map(|(row, quoted)| evidence(role, &timeline.events[*row], quoted))
            .collect()
    };
    let dates_given = |list: &[(usize, Vec<&Event>)]| -> String {
        list.iter()
            .map(|(_, quoted)| who_gives(&quoted[0].date, quoted))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !w.supports.is_empty() {
        let conflicting: Vec<(usize, Vec<&Event>)> = w
            .contradicts
            .iter()
            .filter(|(row, _)| w.supports.iter().any(|(r, _)| r == row))
            .cloned()
            .collect();
        let mut evidence = rows(&w.supports, Role::Supports);
        if !conflicting.is_empty() {
            evidence.extend(rows(&conflicting, Role::Contradicts));
            let note = format!(
                "the sources disagree: {} against {}",
                dates_given(&w.supports),
                dates_given(&conflicting)
            );
            return (Kind::Undetermined, note, evidence);
        }
        if !w.denies.is_empty() {
            evidence.extend(rows(&w.denies, Role::Denies));
            let note = format!(
                "told as happening by {}, but said not to have happened by {}",
                dates_given(&w.supports),
                dates_given(&w.denies)
            );
            return (Kind::Undetermined, note, evidence);
        }
        if let Some(side) = one_side(&w.supports) {
            let note = format!(
                "only {side} says so: {}; no source tells it as a fact, nor does its doer say it",
                dates_given(&w.supports)
            );
            return (Kind::Undetermined, note, evidence);
        }
        return (Kind::Supported, support_note(&w.supports), evidence);
    }
    if !w.denies.is_empty() {
        let note = format!("the sources say it did not happen: {}", dates_given(&w.denies));
        return (Kind::Contradicted, note, rows(&w.denies, Role::Denies));
    }
    if !w.coarser.is_empty() && !refined(&w) {
        let note = format!(
            "the sources date it only as {}, which does not settle the claim's date",
            dates_given(&w.coarser)
        );
        return (Kind::Undetermined, note, rows(&w.coarser, Role::Coarser));
    }
    if !w.planned.is_empty() {
        let note = format!(
            "the sources only plan or expect it: {}; none says it took place",
            dates_given(&w.planned)
        );
        return (Kind::Undetermined, note, rows(&w.planned, Role::Planned));
    }
    if !w.contradicts.is_empty() {
        let mut nearest = w.contradicts.clone();
        let distance = |e: &Event| {
            e.start
                .map_or(i64::MAX, |s| (s - claim_span.start).num_days().abs())
        };
        nearest.sort_by_key(|(row, quoted)| (quoted.iter().map(|e| distance(e)).min(), *row));
        nearest.truncate(CONTRADICTION_ROWS);
        let note = format!("the sources date it {}", dates_given(&nearest));
        return (Kind::Contradicted, note, rows(&nearest, Role::Contradicts));
    }
    (
        Kind::NotFound,
        "no source in the corpus tells this event".into(),
        Vec::new(),
    )
}

/// The one side every supporting mention rests on, when each is reported by that side
/// (a country, organisation or person the gazetteer knows) about another's act: "Moscow
/// says NATO promised …" is Russia's word on NATO, which a fact-check cannot take as
/// the fact. A doer telling its own act, a report of unnamed officials, or two sides
/// agreeing, support.
fn one_side(supports: &[(usize, Vec<&Event>)]) -> Option<String> {
    let gazetteer = crate::event::actors::gazetteer();
    let mut sides = supports.iter().flat_map(|(_, q)| q.iter()).map(|e| {
        let source = e.source.as_deref().filter(|_| e.modality == Modality::Reported)?;
        let side = gazetteer
            .get(source.to_lowercase().as_str())?
            .canonical
            .to_string();
        let own = e
            .actors
            .iter()
            .any(|a| a.split(" (").next() == Some(side.as_str()));
        (!own).then_some(side)
    });
    let first = sides.next()??;
    sides
        .all(|s| s.as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// What a supported verdict rests on: one side's report, or a single source.
fn support_note(supports: &[(usize, Vec<&Event>)]) -> String {
    let all: Vec<&Event> = supports.iter().flat_map(|(_, q)| q.iter().copied()).collect();
    let reporters: BTreeSet<Option<&str>> = all
        .iter()
        .map(|e| {
            (e.modality == Modality::Reported).then_some(e.source.as_deref().unwrap_or("an unnamed source"))
        })
        .collect();
    let articles: BTreeSet<&str> = all.iter().map(|e| e.article.as_str()).collect();
    let given = supports
        .iter()
        .map(|(_, q)| who_gives(&q[0].date, q))
        .collect::<Vec<_>>()
        .join("; ");
    match reporters.iter().collect::<Vec<_>>().as_slice() {
        [Some(who)] => format!("rests only on {who}'s report: {given}"),
        _ if articles.len() == 1 => format!("one source: {given}"),
        _ => format!("{} sources: {given}", articles.len()),
    }
}

/// The rows that best tell a part of an order claim: told as happened, dated, with the
/// same trigger (or event class: a category alone would take "invited to join" for
/// "joined"), naming the claim's people; of those, the ones sharing the most actors.
fn best_rows(part: &Event, index: &mut Index, timeline: &Timeline) -> Vec<usize> {
    let kinds = index.kinds_of(part);
    let want = if parse::negated(part) {
        Holds::DidNot
    } else {
        Holds::Happened
    };
    let found: Vec<(usize, usize)> = index
        .matches(&kinds)
        .into_iter()
        .filter(|&(row, _)| {
            let e = &timeline.events[row];
            e.start.is_some() && holds(e) == want && Index::names_the_people(&kinds, index.row(row))
        })
        .filter(|&(_, s)| s.trigger)
        .map(|(row, s)| (row, s.actors))
        .collect();
    let top = found.iter().map(|&(_, score)| score).max();
    found
        .into_iter()
        .filter(|&(_, score)| Some(score) == top)
        .map(|(row, _)| row)
        .collect()
}

/// Of the rows that could be each event, the pair closest in time: an order claim
/// compares neighbouring events ("published its draft treaties after NATO expelled the
/// diplomats" means the drafts of that autumn, not an earlier draft); ties go to the
/// rows with more mentions, then the earlier. Both may be one row (merging took them for
/// one event): their order is then undetermined.
fn nearest_pair(a: &[usize], b: &[usize], timeline: &Timeline) -> Option<(usize, usize)> {
    let start = |r: usize| timeline.events[r].start;
    let weight = |r: usize| mentions(timeline, r).len();
    a.iter()
        .flat_map(|&x| b.iter().map(move |&y| (x, y)))
        .min_by_key(|&(x, y)| {
            let gap = match (start(x), start(y)) {
                (Some(p), Some(q)) => (p - q).num_days().abs(),
                _ => i64::MAX,
            };
            (gap, std::cmp::Reverse(weight(x) + weight(y)), x, y)
        })
}

fn order(
    first: &Event,
    relation: Relation,
    second: &Event,
    index: &mut Index,
    timeline: &Timeline,
) -> (Kind, String, Vec<Evidence>) {
    let rows_a = best_rows(first, index, timeline);
    let rows_b = best_rows(second, index, timeline);
    let quoted = |row: usize, role: Role| evidence(role, &timeline.events[row], &mentions(timeline, row));
    let (a, b) = match nearest_pair(&rows_a, &rows_b, timeline) {
        Some(pair) => pair,
        None => {
            let (a, b) = (rows_a.first().copied(), rows_b.first().copied());
            let missing = match (a, b) {
                (None, None) => "neither event".to_string(),
                (None, _) => format!("the first event (`{}`)", first.headline),
                _ => format!("the second event (`{}`)", second.headline),
            };
            let mut evidence = Vec::new();
            evidence.extend(a.map(|r| quoted(r, Role::First)));
            evidence.extend(b.map(|r| quoted(r, Role::Second)));
            return (
                Kind::NotFound,
                format!("no source in the corpus tells {missing}"),
                evidence,
            );
        }
    };
    let (ea, eb) = (&timeline.events[a], &timeline.events[b]);
    let (Some(sa), Some(sb)) = (span(ea), span(eb)) else {
        return (Kind::NotFound, "an event is not dated".into(), Vec::new());
    };
    let evidence = vec![quoted(a, Role::First), quoted(b, Role::Second)];
    let actual = if sa.end <= sb.start {
        Some(Relation::Before)
    } else if sb.end <= sa.start {
        Some(Relation::After)
    } else {
        None
    };
    let conflicts: Vec<&str> = [(a, ea), (b, eb)]
        .iter()
        .filter(|(row, _)| timeline.reports_of(*row).is_some_and(|r| r.conflict.is_some()))
        .map(|(_, e)| e.headline.as_str())
        .collect();
    let mut note = format!("`{}` {} and `{}` {}", ea.headline, ea.date, eb.headline, eb.date);
    if !conflicts.is_empty() {
        note.push_str(&format!(
            "; the sources disagree on the date of {}",
            conflicts.join(" and ")
        ));
    }
    match actual {
        None => (
            Kind::Undetermined,
            format!("the dates overlap at the precision the sources give: {note}"),
            evidence,
        ),
        Some(r) if r == relation => (Kind::Supported, note, evidence),
        Some(_) => (
            Kind::Contradicted,
            format!("the other way round: {note}"),
            evidence,
        ),
    }
}
