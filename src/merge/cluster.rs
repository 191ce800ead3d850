//! The merging rules, on compact keys.
//!
//! 1. **Same event, compatible dates → one cluster.** Mentions are visited finest date
//!    first. A mention joins an existing cluster when it is the same event by
//!    [`same::across_articles`]: the same kind of event (same trigger lemma, or same CAMEO
//!    category), its actors overlap the cluster's (or, when either side names none, the
//!    lemma is the same), the places do not differ, and its interval contains the
//!    cluster's (equal, or coarser: `2009-12` supports `2009-12-04`). Otherwise it starts
//!    a cluster. A cluster's date is therefore the
//!    finest any source gave: finer sources refine coarser ones.
//!    * Kinds: two lemmas of one event class (`classes.tsv`: `talks`/`met` are
//!      `meeting`, `told`/`said` a `statement`) are one trigger when both sides name
//!      actors; lemmas of different classes are different kinds even under one CAMEO
//!      category (a call and a meeting are both `04`).
//!    * Actors: a joint body (`NATO-Russia Council`) is both its members, never either
//!      ([`key::shared_actors`]); a body named alone and two or more names that all
//!      joined it within their dates (`members.tsv`: "Seven former communist countries
//!      joined NATO", "Bulgaria, Estonia, … and Slovenia became members") share the
//!      body's side; members of long standing do not ([`key::bodies_of`]).
//!    * Something taking effect ("the move, which takes effect on Nov. 1"; `in-effect`,
//!      read from `phrases.tsv`) has no kind of its own: it joins the one event of its
//!      single day whose kind takes effect (`effective` in `classes.tsv`: a suspension, a
//!      closing) and that shares a name with it, told by another story
//!      ([`same::takes_effect`]); it is placed after every other mention of its day and
//!      joins none when two fit.
//!    * When one side's kind is unknown ("failed to bridge their differences"), the scene
//!      can vouch instead: the same single day, the same named place, two actors shared
//!      ([`same::unknown_kind_same_scene`]).
//!    * A year (or wider) naming no one retells the one cluster of its very lemma in
//!      those dates when that cluster names someone and is told by two stories or more
//!      ([`same::year_retells`]: "the treaty was extended in 2021").
//!    * A mention that fits several clusters joins the one it shares the most actors with
//!      (sharing two or more with each, the one all of whose names it gives); a tie
//!      between clusters of different dates or places leaves it alone (`best`).
//! 2. **Same event, incompatible dates → one row, flagged.** Two clusters conflict when
//!    they share the trigger lemma, their actor sets are similar (Jaccard ≥
//!    [`CONFLICT_MIN_JACCARD`]), the places do not differ, their intervals are not nested,
//!    they start within [`super::CONFLICT_WINDOW_DAYS`] days of each other, and no article
//!    supports both (an article that gives both dates is telling of two events).
//!    Conflicting clusters are grouped (transitively) into one row.
//!
//! Every decision follows the canonical order of [`AtomKey::order`], so the result depends
//! on the set of mentions only.

use std::collections::{BTreeSet, HashMap};

use chrono::Days;

use super::key::{self, AtomKey, Span, Sym};
use super::same::{self, Shared};
use super::CONFLICT_WINDOW_DAYS;
use crate::event::Status;

/// Minimum actor-set similarity for two differently dated clusters to be one event told
/// two ways rather than two events of the same kind (NATO and Russia meet often).
pub const CONFLICT_MIN_JACCARD: f64 = 0.5;

/// Mentions of one event with compatible dates.
#[derive(Debug)]
pub struct Cluster {
    /// Indices into the key slice, in canonical order; the first is the finest.
    pub atoms: Vec<usize>,
    span: Option<Span>,
    date: Sym,
    lemmas: Vec<Sym>,
    classes: Vec<Sym>,
    /// The classes of its lemmas that are not loose ([`key::AtomKey::loose`]): a lemma of
    /// another class is another kind of event.
    firm_classes: Vec<Sym>,
    categories: Vec<Sym>,
    actors: Vec<Sym>,
    /// The members of the joint bodies among the actors (see [`key::shared_actors`]).
    bodies: Vec<Box<[Sym]>>,
    location: Option<Sym>,
    /// The countries of the places its mentions name, as actors ([`key::place_as_actor`]).
    place_actors: Vec<Sym>,
    /// The lemmas its reporting frames may report ([`key::AtomKey::content`]).
    content: Vec<Sym>,
    /// The bodies that some telling names alone ([`key::AtomKey::body_alone`]).
    bodies_alone: Vec<Sym>,
    /// The bodies every telling naming anyone names only members of (`None` before a
    /// telling names anyone; [`key::AtomKey::member_of`]).
    member_of: Option<Vec<Sym>>,
    /// Some telling is of something taking effect; some is of a kind that takes effect
    /// ([`key::AtomKey::effect`], [`key::AtomKey::effective`]).
    effect: bool,
    effective: bool,
    /// Its tellings are negated ("did not meet").
    negative: bool,
    /// Some telling says it was planned; some says it took place.
    scheduled: bool,
    occurred: bool,
    articles: Vec<Sym>,
    /// Some mention's year hangs on an inferred document date.
    year_guessed: bool,
}

impl Cluster {
    /// How many names mention `k` shares with this cluster. When they share none, and one
    /// side's only actor is the place the other names as its place, that counts as one:
    /// "their Bucharest summit" (the actor Romania, no other) and "the NATO summit in
    /// Bucharest". A side naming others besides ("NATO and Belgium" beside the Council
    /// in Brussels) says who took part, and the place does not vouch for them.
    fn shared_actors(&self, k: &AtomKey) -> usize {
        let names = key::shared_actors((&k.actors, &k.bodies), (&self.actors, &self.bodies));
        if names > 0 {
            return names;
        }
        let only = |actors: &[Sym]| match actors {
            [one] => Some(*one),
            _ => None,
        };
        // a body and its newcomers: one side names the body alone, the other only members
        // that joined it within their dates ("Seven former communist countries joined
        // NATO" and "Bulgaria, Estonia, … and Slovenia became members"): the body's side,
        // one name
        let body_alone = only(&self.actors).filter(|b| self.bodies_alone.binary_search(b).is_ok());
        let members_of =
            |bodies: &[Sym], body: Option<Sym>| body.is_some_and(|b| bodies.binary_search(&b).is_ok());
        if members_of(&k.member_of, body_alone)
            || members_of(self.member_of.as_deref().unwrap_or(&[]), k.body_alone)
        {
            return 1;
        }
        let place_named = only(&self.actors).is_some_and(|a| k.place_actor == Some(a))
            || only(&k.actors).is_some_and(|a| self.place_actors.binary_search(&a).is_ok());
        usize::from(place_named)
    }
}

impl Cluster {
    /// Its actors and the members of its joint bodies, sorted (the Council told by one
    /// story and "the Council and Russia" by another name the same parties).
    fn names(&self) -> Vec<Sym> {
        let mut names: Vec<Sym> = self
            .actors
            .iter()
            .chain(self.bodies.iter().flat_map(|b| b.iter()))
            .copied()
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// One output row: its clusters, the primary one (most mentions) first.
#[derive(Debug)]
pub struct Group {
    pub clusters: Vec<Cluster>,
}

/// Indices of `keys` in canonical order, exact duplicates dropped.
pub fn canonical_order(keys: &[AtomKey]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_cached_key(|&i| keys[i].order());
    let mut seen = std::collections::HashSet::new();
    order.retain(|&i| seen.insert(keys[i].identity()));
    order
}

/// Clusters and groups the mentions (see the module docs).
pub fn group(keys: &[AtomKey]) -> Vec<Group> {
    let clusters = build_clusters(keys);
    let mut sets = UnionFind::new(clusters.len());
    for (a, b) in conflicting_pairs(&clusters) {
        sets.union(a, b);
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for c in 0..clusters.len() {
        members.entry(sets.find(c)).or_default().push(c);
    }
    let mut slots: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    let mut groups: Vec<Group> = members
        .into_values()
        .map(|mut ids| {
            // Primary first: most mentions, then the finer/earlier cluster (lower id).
            ids.sort_by_key(|&c| {
                (
                    std::cmp::Reverse(slots[c].as_ref().map_or(0, |x| x.atoms.len())),
                    c,
                )
            });
            Group {
                clusters: ids.into_iter().filter_map(|c| slots[c].take()).collect(),
            }
        })
        .collect();
    groups.sort_by_cached_key(|g| {
        g.clusters
            .first()
            .and_then(|c| c.atoms.first())
            .map(|&a| keys[a].chronological())
    });
    groups
}

/// Dated clusters keyed by start date under each evidence of kind, undated clusters by
/// value, and single days in a named place: how a mention finds the few clusters it may
/// join without comparing it with all of them.
#[derive(Default)]
struct Index {
    by_lemma: HashMap<Sym, BTreeSet<(chrono::NaiveDate, usize)>>,
    by_category: HashMap<Sym, BTreeSet<(chrono::NaiveDate, usize)>>,
    /// By the lemma's event class (`talks` finds the clusters of `met`).
    by_class: HashMap<Sym, BTreeSet<(chrono::NaiveDate, usize)>>,
    /// By the lemmas their reporting frames may report.
    by_content: HashMap<Sym, BTreeSet<(chrono::NaiveDate, usize)>>,
    undated: HashMap<Sym, Vec<usize>>,
    /// Clusters of one day in a named place (for kinds that are unknown on one side).
    by_scene: HashMap<(chrono::NaiveDate, Sym), Vec<usize>>,
    /// Clusters of one day (for what takes effect on it, see [`same::takes_effect`]).
    by_day: HashMap<chrono::NaiveDate, Vec<usize>>,
    /// `alias[c]` is the cluster `c` was folded into (itself while it lives).
    alias: Vec<usize>,
}

impl Index {
    fn live(&self, mut c: usize) -> usize {
        while self.alias[c] != c {
            c = self.alias[c];
        }
        c
    }

    /// The live clusters mention `k` may join, ascending, without duplicates.
    fn candidates(&self, k: &AtomKey) -> Vec<usize> {
        let mut found: Vec<usize> = match k.span {
            Some(span) => {
                let range = (span.start, 0)..(span.end, 0);
                let mut found: Vec<usize> = self
                    .by_lemma
                    .get(&k.lemma)
                    .into_iter()
                    .chain(k.category.and_then(|c| self.by_category.get(&c)))
                    .chain(k.class.and_then(|c| self.by_class.get(&c)))
                    // a frame reporting this lemma; the events this frame may report
                    .chain(self.by_content.get(&k.lemma))
                    .chain(k.class.and_then(|c| self.by_content.get(&c)))
                    .chain(k.content.iter().filter_map(|l| self.by_lemma.get(l)))
                    .chain(k.content.iter().filter_map(|l| self.by_class.get(l)))
                    .flat_map(|index| index.range(range.clone()).map(|&(_, c)| c))
                    .collect();
                if let Some(scene) = k.location.and_then(|l| self.by_scene.get(&(span.start, l))) {
                    found.extend(scene.iter().copied());
                }
                if (k.effect || k.effective) && single(span) {
                    found.extend(self.by_day.get(&span.start).into_iter().flatten().copied());
                }
                found
            }
            None => self.undated.get(&k.date).cloned().unwrap_or_default(),
        };
        for c in found.iter_mut() {
            *c = self.live(*c);
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// How many live clusters of mention `k`'s very lemma lie within its dates, for a
    /// mention naming no one dated wider than a month (else 0): "the treaty was extended
    /// in 2021" retells the one extension of 2021 only when there is one
    /// ([`same::year_retells`]).
    fn rivals(&self, k: &AtomKey) -> usize {
        let Some(span) = k.span.filter(|s| (s.end - s.start).num_days() > 31) else {
            return 0;
        };
        if !k.actors.is_empty() {
            return 0;
        }
        let mut found: Vec<usize> = self
            .by_lemma
            .get(&k.lemma)
            .into_iter()
            .flat_map(|index| {
                index
                    .range((span.start, 0)..(span.end, 0))
                    .map(|&(_, c)| self.live(c))
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found.len()
    }

    /// Files cluster `c` (dated `span`) under what mention `k` brought to it.
    fn file(&mut self, c: usize, span: Option<Span>, k: &AtomKey, new: &Added) {
        let Some(span) = span else {
            if new.created {
                self.undated.entry(k.date).or_default().push(c);
            }
            return;
        };
        let at = (span.start, c);
        for (index, keys) in [
            (&mut self.by_lemma, &new.lemmas),
            (&mut self.by_category, &new.categories),
            (&mut self.by_class, &new.classes),
            (&mut self.by_content, &new.content),
        ] {
            for &s in keys {
                index.entry(s).or_default().insert(at);
            }
        }
        if let Some(place) = new.scene {
            self.by_scene.entry((span.start, place)).or_default().push(c);
        }
        if new.created && single(span) {
            self.by_day.entry(span.start).or_default().push(c);
        }
    }
}

/// What a mention (or a folded cluster) brought to a cluster that it did not have: the
/// keys it must now be found under.
#[derive(Default)]
struct Added {
    created: bool,
    lemmas: Vec<Sym>,
    categories: Vec<Sym>,
    classes: Vec<Sym>,
    content: Vec<Sym>,
    /// A first named place on a single day: the cluster's scene.
    scene: Option<Sym>,
}

impl Cluster {
    fn new(k: &AtomKey) -> Cluster {
        Cluster {
            atoms: Vec::new(),
            span: k.span,
            date: k.date,
            lemmas: Vec::new(),
            classes: Vec::new(),
            firm_classes: Vec::new(),
            categories: Vec::new(),
            actors: Vec::new(),
            bodies: Vec::new(),
            location: None,
            place_actors: Vec::new(),
            content: Vec::new(),
            bodies_alone: Vec::new(),
            member_of: None,
            effect: false,
            effective: false,
            negative: k.negative,
            scheduled: false,
            occurred: false,
            articles: Vec::new(),
            year_guessed: false,
        }
    }

    /// Takes in mention `i` (key `k`); says what keys the cluster gained.
    fn take(&mut self, i: usize, k: &AtomKey) -> Added {
        let mut new = Added::default();
        self.atoms.push(i);
        self.year_guessed |= k.year_guessed;
        self.effect |= k.effect;
        self.effective |= k.effective;
        if let Some(b) = k.body_alone {
            insert_sorted(&mut self.bodies_alone, b);
        }
        if !k.actors.is_empty() {
            match self.member_of.as_mut() {
                Some(bodies) => bodies.retain(|b| k.member_of.binary_search(b).is_ok()),
                None => self.member_of = Some(k.member_of.to_vec()),
            }
        }
        self.scheduled |= k.status == Status::Scheduled;
        self.occurred |= k.status == Status::Occurred;
        insert_sorted(&mut self.articles, k.article);
        for &a in k.actors.iter() {
            insert_sorted(&mut self.actors, a);
        }
        for parts in k.bodies.iter() {
            if let Err(at) = self.bodies.binary_search(parts) {
                self.bodies.insert(at, parts.clone());
            }
        }
        if let Some(p) = k.place_actor {
            insert_sorted(&mut self.place_actors, p);
        }
        let gain = |set: &mut Vec<Sym>, s: Sym, added: &mut Vec<Sym>| {
            if insert_sorted(set, s) {
                added.push(s);
            }
        };
        gain(&mut self.lemmas, k.lemma, &mut new.lemmas);
        if let Some(cat) = k.category {
            gain(&mut self.categories, cat, &mut new.categories);
        }
        if let Some(class) = k.class {
            gain(&mut self.classes, class, &mut new.classes);
            if !k.loose_on_a_day() {
                insert_sorted(&mut self.firm_classes, class);
            }
        }
        for &l in k.content.iter() {
            gain(&mut self.content, l, &mut new.content);
        }
        if self.location.is_none() && k.location.is_some() {
            self.location = k.location;
            // a single day in a named place: a scene (see `same::unknown_kind_same_scene`)
            if self.span.is_some_and(|s| s.start.succ_opt() == Some(s.end)) {
                new.scene = self.location;
            }
        }
        new
    }
}

fn build_clusters(keys: &[AtomKey]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut order = canonical_order(keys);
    let mut rank = vec![0; keys.len()];
    for (position, &i) in order.iter().enumerate() {
        rank[i] = position;
    }
    // of one date, the mentions that name actors first (and a telling of something taking
    // effect last): a mention naming no one then chooses among every cluster they made ("the summit" on a day and in a city where two
    // pairs met is neither meeting), never only among those made before it
    order.sort_by_key(|&i| {
        let k = &keys[i];
        (
            k.granularity.is_none(),
            k.granularity,
            k.span.is_none(),
            k.span,
            k.date,
            // and what takes effect after every event of its day it might be
            k.effect,
            k.actors.is_empty(),
            rank[i],
        )
    });
    for i in order {
        let k = &keys[i];
        let mut candidates = index.candidates(k);
        let rivals = index.rivals(k);
        candidates.retain(|&c| joins(k, &clusters[c], rivals));
        let (c, created) = match best(k, &candidates, &clusters) {
            Some(c) => (c, false),
            None => {
                clusters.push(Cluster::new(k));
                index.alias.push(clusters.len() - 1);
                (clusters.len() - 1, true)
            }
        };
        let mut new = clusters[c].take(i, k);
        new.created = created;
        index.file(c, clusters[c].span, k, &new);
        // a mention that fitted several clusters equally well and joined none of them
        // (`best`) cannot show them to be one event
        let ambiguous = created && !candidates.is_empty();
        for other in bridged(k, c, &candidates, &clusters)
            .into_iter()
            .filter(|_| !ambiguous)
        {
            fold(&mut clusters, &mut index, c, other, keys, &rank);
        }
    }
    // folded clusters are left empty; each cluster's mentions in canonical order (its
    // first, the finest, leads the row)
    clusters.retain(|c| !c.atoms.is_empty());
    for c in clusters.iter_mut() {
        c.atoms.sort_by_key(|&a| rank[a]);
    }
    clusters
}

/// The other clusters a mention that joins `c` shows to be the same event as `c`
/// (rule 1b): clusters it also fits, of the same dates and a place that does not differ,
/// sharing a name with it as `c` does. "Лавров и Блинкен встретятся в пятницу в Женеве"
/// (Lavrov) and "the top US and Russian diplomats held talks in Geneva on Friday" (the US,
/// Russia) share no name; "Blinken and Lavrov met in Geneva on Friday" names both sides.
fn bridged(k: &AtomKey, c: usize, candidates: &[usize], clusters: &[Cluster]) -> Vec<usize> {
    let Some(span) = clusters[c].span else {
        return Vec::new();
    };
    if clusters[c].shared_actors(k) == 0 {
        return Vec::new();
    }
    candidates
        .iter()
        .copied()
        .filter(|&o| {
            o != c
                && clusters[o].span == Some(span)
                && places_agree(clusters[o].location, clusters[c].location)
                && clusters[o].shared_actors(k) > 0
        })
        .collect()
}

/// Moves every mention of cluster `from` into cluster `into` (see [`bridged`]); `from`
/// is left empty and its index entries lead to `into`.
fn fold(
    clusters: &mut [Cluster],
    index: &mut Index,
    into: usize,
    from: usize,
    keys: &[AtomKey],
    rank: &[usize],
) {
    let atoms = std::mem::take(&mut clusters[from].atoms);
    for &a in &atoms {
        let new = clusters[into].take(a, &keys[a]);
        index.file(into, clusters[into].span, &keys[a], &new);
    }
    clusters[into].atoms.sort_by_key(|&a| rank[a]);
    index.alias[from] = into;
}

/// The cluster mention `k` joins among those it fits (`candidates`, ids in creation
/// order): the one it shares the most actors with, then the one with most mentions, then
/// the first made (finest, earliest). A mention that fits clusters of different dates or
/// places equally well ("the second round of meetings this week", naming no one, after
/// one on Monday in Geneva and one on Wednesday in Brussels) cannot say which it retells:
/// it joins none of them. When the names tell ("NATO-Russia Council talks this week"
/// after the Council's meeting on Friday and Rogozin's with NATO on Tuesday), it joins
/// the one they tell; so does a place it names that only one of them has. Clusters that
/// are one event told with two dates (rule 2 will
/// flag them) are not different events: the mention joins the larger.
fn best(k: &AtomKey, candidates: &[usize], clusters: &[Cluster]) -> Option<usize> {
    // the names it shares, then whether it names the cluster's place ("their previous
    // talks were held in Stockholm" names no one, but Stockholm tells which December talks)
    // and, sharing two names or more, whether it names every name of the cluster: "Putin
    // and Macron discussed by phone" (Putin, Macron, Russia, France) retells the call of
    // those four, not the call of Biden and Putin that named Macron too (one name shared
    // tells too little: "the Jordanian monarch met this week" is not the king's arrival
    // in Washington for naming Jordan alone)
    let mine = names_of(k);
    let score = |c: usize| {
        let shared = clusters[c].shared_actors(k);
        (
            shared,
            k.location.is_some() && clusters[c].location == k.location,
            shared >= 2 && clusters[c].names().iter().all(|n| mine.binary_search(n).is_ok()),
        )
    };
    let best = candidates.iter().copied().min_by_key(|&c| {
        (
            std::cmp::Reverse(score(c)),
            std::cmp::Reverse(clusters[c].atoms.len()),
            c,
        )
    })?;
    // something taking effect that fits two events cannot say which of them takes effect
    if k.effect && candidates.len() > 1 {
        return None;
    }
    let (span, location, top) = (clusters[best].span, clusters[best].location, score(best));
    // a mention naming no one cannot tell two clusters apart even of one day and place:
    // they are apart because their names differ
    let nameless = k.actors.is_empty();
    let elsewhere = |c: usize| {
        (nameless || clusters[c].span != span || !places_agree(clusters[c].location, location))
            && !(intersects(&clusters[c].lemmas, &clusters[best].lemmas)
                && conflict(&clusters[c], &clusters[best])
                && days_may_conflict(&clusters[c], &clusters[best]))
    };
    let ambiguous = candidates
        .iter()
        .any(|&c| c != best && score(c) == top && elsewhere(c));
    (!ambiguous).then_some(best)
}

/// Rule 1: may mention `k` join cluster `c`? (See [`same::across_articles`].)
///
/// The lemma's event class refines both kinds of evidence: two lemmas of one class are
/// the same trigger (`talks`, `met`) when both name actors (with no actors to compare,
/// only the very lemma vouches: "the 2022 summit" is not "meetings this week"), and two
/// lemmas of different classes are different kinds of event even under one CAMEO
/// category (a call and a meeting are both `04`). Actors are counted by
/// [`key::shared_actors`] (a joint body is both its members).
fn joins(k: &AtomKey, c: &Cluster, rivals: usize) -> bool {
    if k.negative != c.negative {
        return false;
    }
    let dates_fit = match (k.span, c.span) {
        (Some(mine), Some(theirs)) => mine.contains(&theirs),
        (None, None) => k.date == c.date,
        _ => false,
    };
    let actorless = k.actors.is_empty() || c.actors.is_empty();
    let same_class = k
        .class
        .is_some_and(|class| c.classes.binary_search(&class).is_ok());
    let class_clash = k.class.is_some() && !k.loose_on_a_day() && !c.firm_classes.is_empty() && !same_class;
    let single_day = k.span.is_some_and(|span| span.start.succ_opt() == Some(span.end));
    let same_scene = k.span.is_some_and(|span| {
        c.span == Some(span) && single_day && k.location.is_some() && k.location == c.location
    });
    // the class's scene and a frame's report are told by another story (see below)
    let other_story = c.articles.binary_search(&k.article).is_err();
    // wider than a month (a quarter, a year), unless both name the same place ("the summit
    // in Vilnius in 2023")
    let coarse = k.span.is_none_or(|span| (span.end - span.start).num_days() > 31)
        && !(k.location.is_some() && k.location == c.location);
    let plan_and_fact = match k.status {
        Status::Scheduled => c.occurred && !c.scheduled,
        Status::Occurred => c.scheduled && !c.occurred,
        Status::Reported => false,
    };
    let retold = coarse
        && k.actors.is_empty()
        && same::year_retells(rivals, c.actors.len(), c.articles.len(), other_story);
    let same_lemma = c.lemmas.binary_search(&k.lemma).is_ok()
        && (same::lemma_vouches(actorless, coarse, single_day, plan_and_fact) || retold);
    let shared = Shared {
        trigger: same_lemma || (same_class && same::class_vouches(actorless, same_scene && other_story)),
        category: !class_clash
            && k.category
                .is_some_and(|cat| c.categories.binary_search(&cat).is_ok()),
        actors: if actorless { 0 } else { c.shared_actors(k) },
        actorless,
    };
    let kind_unknown =
        (k.category.is_none() && k.class.is_none()) || (c.categories.is_empty() && c.classes.is_empty());
    // a frame and the event it reports: a lemma (or its class) of the words around the
    // frame's trigger is the other side's trigger lemma (or class), told by another story
    // (in its own story the frame's neighbour is a clause of its own: "informed the
    // mission on October 7 and gave the diplomats until November 1")
    let told = k
        .content
        .iter()
        .any(|l| c.lemmas.binary_search(l).is_ok() || c.classes.binary_search(l).is_ok())
        || c.content.binary_search(&k.lemma).is_ok()
        || k.class
            .is_some_and(|class| c.content.binary_search(&class).is_ok());
    let reports = other_story && told;
    // one side naming no one is tied to the other by a name on that side and a date of a
    // month or finer
    let tied = (!k.actors.is_empty() || !c.actors.is_empty()) && !coarse;
    let places = places_agree(k.location, c.location);
    let effect_and_effective = (k.effect && c.effective) || (k.effective && c.effect);
    same::across_articles(shared, dates_fit, places)
        || same::takes_effect(
            shared,
            effect_and_effective,
            single_day && c.span == k.span,
            other_story,
        )
        || same::unknown_kind_same_scene(shared, kind_unknown, same_scene)
        || same::reported_event(shared, reports, dates_fit, places, tied)
}

/// Rule 2: every pair of clusters that conflict, `(lower, higher)` ids.
fn conflicting_pairs(clusters: &[Cluster]) -> Vec<(usize, usize)> {
    let window = Days::new(CONFLICT_WINDOW_DAYS as u64);
    let mut by_lemma: HashMap<Sym, Vec<(chrono::NaiveDate, usize)>> = HashMap::new();
    for (id, c) in clusters.iter().enumerate() {
        if let Some(span) = c.span {
            for &l in &c.lemmas {
                by_lemma.entry(l).or_default().push((span.start, id));
            }
        }
    }
    let mut pairs = BTreeSet::new();
    guessed_year_pairs(clusters, &mut pairs);
    for index in by_lemma.values_mut() {
        index.sort_unstable();
        for (n, &(start, a)) in index.iter().enumerate() {
            let limit = start.checked_add_days(window).unwrap_or(start);
            for &(other_start, b) in index[n + 1..].iter() {
                if other_start > limit {
                    break;
                }
                if a != b
                    && conflict(&clusters[a], &clusters[b])
                    && days_may_conflict(&clusters[a], &clusters[b])
                {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.into_iter().collect()
}

/// The most clusters of one lemma and calendar day compared with a cluster whose year is
/// a guess (see [`guessed_year_pairs`]); keeps the pass linear on a corpus of many years.
const MAX_GUESSED_PEERS: usize = 64;

/// Rule 2 for years: tellings of one event whose dates differ only by the year, where a
/// year hangs on an inferred document date ("met on Friday" under a dateline whose year
/// was guessed 2017, and "met on July 13, 2023" elsewhere), are one event told two ways:
/// the same lemma, the same day and month (or the same month, at month precision) in
/// different years, and otherwise as [`conflict`] asks. Never two silent rows.
fn guessed_year_pairs(clusters: &[Cluster], pairs: &mut BTreeSet<(usize, usize)>) {
    use chrono::Datelike;
    if !clusters.iter().any(|c| c.year_guessed) {
        return;
    }
    // (lemma, month, day, length in days) → clusters
    let mut by_day: HashMap<(Sym, u32, u32, i64), Vec<usize>> = HashMap::new();
    for (id, c) in clusters.iter().enumerate() {
        let Some(span) = c.span else { continue };
        let days = (span.end - span.start).num_days();
        for &l in &c.lemmas {
            by_day
                .entry((l, span.start.month(), span.start.day(), days))
                .or_default()
                .push(id);
        }
    }
    for (a, c) in clusters.iter().enumerate() {
        let Some(span) = c.span.filter(|_| c.year_guessed) else {
            continue;
        };
        let days = (span.end - span.start).num_days();
        for &l in &c.lemmas {
            let Some(peers) = by_day.get(&(l, span.start.month(), span.start.day(), days)) else {
                continue;
            };
            for &b in peers.iter().filter(|&&b| b != a).take(MAX_GUESSED_PEERS) {
                let other = clusters[b].span.map(|s| s.start.year());
                if other != Some(span.start.year()) && conflict(c, &clusters[b]) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
}

/// Two single days further apart than this are two events, never one told with two dates:
/// a misread weekday ("on Friday" placed in the wrong week) moves a date by less.
pub const DAY_CONFLICT_WINDOW_DAYS: i64 = 7;

/// Rule 2 for two clusters each dated to a single day (a sure, precise claim each): one
/// event told with two dates only when the days are close ([`DAY_CONFLICT_WINDOW_DAYS`])
/// and most of the names are shared (Jaccard above [`CONFLICT_MIN_JACCARD`], where
/// coarser dates need it only reached; a joint body names its members too): the
/// NATO-Russia Council told on Thursday by one story and on Friday by four (3 of 5 names)
/// is one meeting; Biden's call with European
/// leaders on Monday and his call with Putin on Tuesday (2 of 4) are two calls. Years told
/// apart by a guessed year go their own way ([`guessed_year_pairs`]).
fn days_may_conflict(a: &Cluster, b: &Cluster) -> bool {
    let (Some(sa), Some(sb)) = (a.span, b.span) else {
        return true;
    };
    let single = |s: Span| s.start.succ_opt() == Some(s.end);
    if !(single(sa) && single(sb)) {
        return true;
    }
    (sa.start - sb.start).num_days().abs() <= DAY_CONFLICT_WINDOW_DAYS
        && jaccard(&a.names(), &b.names()) > CONFLICT_MIN_JACCARD
}

fn conflict(a: &Cluster, b: &Cluster) -> bool {
    let (Some(sa), Some(sb)) = (a.span, b.span) else {
        return false;
    };
    !sa.nested_with(&sb)
        && jaccard(&a.actors, &b.actors) >= CONFLICT_MIN_JACCARD
        && places_agree(a.location, b.location)
        && !intersects(&a.articles, &b.articles)
}

/// A span of a single day.
fn single(span: Span) -> bool {
    span.start.succ_opt() == Some(span.end)
}

/// The actors of mention `k` and the members of its joint bodies, sorted.
fn names_of(k: &AtomKey) -> Vec<Sym> {
    let mut names: Vec<Sym> = k
        .actors
        .iter()
        .chain(k.bodies.iter().flat_map(|b| b.iter()))
        .copied()
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn places_agree(a: Option<Sym>, b: Option<Sym>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Both slices sorted.
fn intersects(a: &[Sym], b: &[Sym]) -> bool {
    count_common(a, b) > 0
}

fn jaccard(a: &[Sym], b: &[Sym]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = count_common(a, b);
    common as f64 / (a.len() + b.len() - common) as f64
}

fn count_common(a: &[Sym], b: &[Sym]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Inserts into a sorted vector; `true` when it was not there yet.
fn insert_sorted(v: &mut Vec<Sym>, x: Sym) -> bool {
    match v.binary_search(&x) {
        Ok(_) => false,
        Err(at) => {
            v.insert(at, x);
            true
        }
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets; the smaller id becomes the root, so roots do not depend on the
    /// order pairs arrive in.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (low, high) = (ra.min(rb), ra.max(rb));
            self.parent[high] = low;
        }
    }
}
