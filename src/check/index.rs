//! Finding the timeline rows that tell a claim's event, through an index of rows by
//! event kind (trigger lemma, event class, CAMEO category) and by actor, so a claim looks
//! at the few rows that could match, never the whole timeline.
//!
//! Whether a row is the claim's event is [`crate::merge::same`]'s notion, the one merging
//! uses across articles: the same kind of event ([`Shared::same_kind`]) and actors that
//! agree ([`Shared::actors_agree`]), with the lemma's event class refining both as in
//! merging's clusters (two lemmas of one class are one trigger when both sides name
//! actors; lemmas of different classes are different kinds even under one CAMEO
//! category). Dates are what the verdict compares, so they are not asked to fit here.
//! Actors are compared without the office the gazetteer adds (`Vladimir Putin (President
//! of Russia)` is `vladimir putin` whatever the year), a joint body counting as its
//! members ([`crate::merge::key::shared_actors`]).

use std::collections::HashMap;

use crate::event::Event;
use crate::merge::key::{compound_parts, normalize, shared_actors, Interner, Sym};
use crate::merge::same::Shared;
use crate::merge::timeline::Timeline;
use crate::merge::{class, lemma};

/// What matching compares of an event or a row.
#[derive(Debug, Default, Clone)]
pub struct Kinds {
    pub lemmas: Vec<Sym>,
    pub classes: Vec<Sym>,
    pub categories: Vec<Sym>,
    pub actors: Vec<Sym>,
    pub bodies: Vec<Box<[Sym]>>,
    /// The people among the actors (those the gazetteer names with an office: `Vladimir
    /// Putin (President of Russia)`): a claim about them needs a source that names them,
    /// not only their countries.
    pub people: Vec<Sym>,
}

/// The rows of a timeline by kind and by actor.
pub struct Index {
    strings: Interner,
    rows: Vec<Kinds>,
    by_kind: HashMap<Sym, Vec<u32>>,
    by_actor: HashMap<Sym, Vec<u32>>,
    /// The sentences the timeline quotes from each article, lower case: where a claim's
    /// names are looked for.
    texts: HashMap<String, String>,
}

/// An actor's name as matching compares it: without the office in brackets, normalised.
fn actor_name(actor: &str) -> String {
    normalize(actor.split(" (").next().unwrap_or(actor))
}

/// The CAMEO code of a category (`04 Consult` → `04`).
fn category_code(category: &str) -> String {
    let code: String = category.trim().chars().take_while(char::is_ascii_digit).collect();
    if code.is_empty() {
        normalize(category)
    } else {
        code
    }
}

fn push_sorted(v: &mut Vec<Sym>, x: Sym) {
    if let Err(at) = v.binary_search(&x) {
        v.insert(at, x);
    }
}

impl Index {
    /// Indexes every row of `timeline` by the kinds and actors of all its mentions.
    pub fn new(timeline: &Timeline) -> Index {
        let mut index = Index {
            strings: Interner::default(),
            rows: Vec::with_capacity(timeline.events.len()),
            by_kind: HashMap::new(),
            by_actor: HashMap::new(),
            texts: HashMap::new(),
        };
        for (i, row) in timeline.events.iter().enumerate() {
            let mut kinds = Kinds::default();
            let sources = timeline.reports_of(i).map_or(&[][..], |r| r.sources.as_slice());
            if sources.is_empty() {
                index.add_kinds(&mut kinds, row);
            }
            for s in sources {
                index.add_kinds(&mut kinds, &s.event);
                index.add_told(&mut kinds, &s.event);
                index.add_text(&s.event);
            }
            if sources.is_empty() {
                index.add_told(&mut kinds, row);
                index.add_text(row);
            }
            index.add_actors(&mut kinds, row);
            let id = i as u32;
            for &k in kinds.lemmas.iter().chain(&kinds.classes).chain(&kinds.categories) {
                index.by_kind.entry(k).or_default().push(id);
            }
            for &a in kinds
                .actors
                .iter()
                .chain(kinds.bodies.iter().flat_map(|b| b.iter()))
            {
                let list = index.by_actor.entry(a).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
            index.rows.push(kinds);
        }
        index
    }

    fn add_text(&mut self, e: &Event) {
        let text = self.texts.entry(e.article.clone()).or_default();
        let sentence = e.sentence.to_lowercase();
        if !text.contains(&sentence) {
            text.push_str(&sentence);
            text.push('\n');
        }
    }

    /// Whether the article of `e` names every one of the claim's `names` (see
    /// [`claim_names`]). A name in another script than the article's cannot be found
    /// there, so the article does not vouch for it: a Russian claim about the Council of
    /// Europe is not told by an English story that names no council.
    pub fn names_in_article(&self, names: &[String], e: &Event) -> bool {
        let text = self.article_text(&e.article);
        let places: Vec<String> = [&e.place, &e.location]
            .into_iter()
            .flatten()
            .map(|p| p.to_lowercase())
            .collect();
        names
            .iter()
            .all(|n| text.contains(n.as_str()) || places.iter().any(|p| p.contains(n.as_str())))
    }

    /// The sentences the timeline quotes from `article`, lower case, one a line.
    pub fn article_text(&self, article: &str) -> &str {
        self.texts.get(article).map_or("", String::as_str)
    }

    /// Indexes a row under the words it tells beyond its trigger ([`super::told`]): the
    /// content of a report, the noun of a light verb.
    fn add_told(&mut self, kinds: &mut Kinds, e: &Event) {
        let Some((text, _)) = super::told::told(e) else {
            return;
        };
        for w in super::told::words(&text) {
            let l = lemma(w);
            if let Some(c) = class(&l) {
                push_sorted(&mut kinds.classes, self.strings.intern(&format!("c:{c}")));
            }
            push_sorted(&mut kinds.lemmas, self.strings.intern(&format!("l:{l}")));
        }
    }

    fn add_kinds(&mut self, kinds: &mut Kinds, e: &Event) {
        let l = lemma(&e.trigger);
        if let Some(c) = class(&l) {
            push_sorted(&mut kinds.classes, self.strings.intern(&format!("c:{c}")));
        }
        push_sorted(&mut kinds.lemmas, self.strings.intern(&format!("l:{l}")));
        if let Some(cat) = &e.category {
            push_sorted(
                &mut kinds.categories,
                self.strings.intern(&format!("k:{}", category_code(cat))),
            );
        }
    }

    fn add_actors(&mut self, kinds: &mut Kinds, e: &Event) {
        for a in &e.actors {
            let name = self.strings.intern(&actor_name(a));
            push_sorted(&mut kinds.actors, name);
            if a.contains(" (") {
                push_sorted(&mut kinds.people, name);
            }
            let parts = compound_parts(a.split(" (").next().unwrap_or(a));
            if !parts.is_empty() {
                let mut parts: Vec<Sym> = parts.iter().map(|p| self.strings.intern(p)).collect();
                parts.sort_unstable();
                parts.dedup();
                let parts: Box<[Sym]> = parts.into();
                if let Err(at) = kinds.bodies.binary_search(&parts) {
                    kinds.bodies.insert(at, parts);
                }
            }
        }
    }

    /// The kinds and actors of a claim's event, in this index's symbols.
    pub fn kinds_of(&mut self, e: &Event) -> Kinds {
        let mut kinds = Kinds::default();
        self.add_kinds(&mut kinds, e);
        self.add_actors(&mut kinds, e);
        kinds
    }

    /// The rows that tell the claim's event (`claim` from [`Index::kinds_of`]), each with
    /// what they share, in timeline order.
    pub fn matches(&self, claim: &Kinds) -> Vec<(usize, Shared)> {
        let mut found: Vec<u32> = claim
            .lemmas
            .iter()
            .chain(&claim.classes)
            .chain(&claim.categories)
            .filter_map(|k| self.by_kind.get(k))
            .flatten()
            .copied()
            .collect();
        if !claim.actors.is_empty() {
            // a row that shares no actor cannot agree on actors (unless the claim names none)
            let mut with_actor: Vec<u32> = claim
                .actors
                .iter()
                .chain(claim.bodies.iter().flat_map(|b| b.iter()))
                .filter_map(|a| self.by_actor.get(a))
                .flatten()
                .copied()
                .collect();
            with_actor.sort_unstable();
            with_actor.dedup();
            let actorless = |r: u32| self.rows[r as usize].actors.is_empty();
            found.retain(|&r| actorless(r) || with_actor.binary_search(&r).is_ok());
        }
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|r| (r as usize, self.shared(claim, &self.rows[r as usize])))
            .filter(|(_, s)| s.same_kind() && s.actors_agree())
            .collect()
    }

    /// What a claim and a row (or one mention) share, as merging's clusters count it.
    pub fn shared(&self, claim: &Kinds, row: &Kinds) -> Shared {
        let actorless = claim.actors.is_empty() || row.actors.is_empty();
        let common = |a: &[Sym], b: &[Sym]| a.iter().any(|x| b.binary_search(x).is_ok());
        let same_class = common(&claim.classes, &row.classes);
        let class_clash = !claim.classes.is_empty() && !row.classes.is_empty() && !same_class;
        Shared {
            trigger: common(&claim.lemmas, &row.lemmas) || (same_class && !actorless),
            category: !class_clash && common(&claim.categories, &row.categories),
            actors: if actorless {
                0
            } else {
                shared_actors((&claim.actors, &claim.bodies), (&row.actors, &row.bodies))
            },
            actorless,
        }
    }

    /// Whether `other` (a row's or a mention's kinds) names every actor of the claim (a
    /// joint body of `other` names its members).
    pub fn covers_all_actors(claim: &Kinds, other: &Kinds) -> bool {
        claim.actors.iter().all(|a| {
            other.actors.binary_search(a).is_ok() || other.bodies.iter().any(|b| b.binary_search(a).is_ok())
        })
    }

    /// Whether `other` names every person the claim names.
    pub fn names_the_people(claim: &Kinds, other: &Kinds) -> bool {
        claim.people.iter().all(|p| other.actors.binary_search(p).is_ok())
    }

    /// The kinds of row `row`.
    pub fn row(&self, row: usize) -> &Kinds {
        &self.rows[row]
    }
}

/// How much of a name must match: its first characters, so that inflected forms agree
/// (`Совета`/`Совет`, `Treaty`/`treaties`).
const NAME_STEM_CHARS: usize = 5;

/// The names a claim gives beyond its actors and its date: capitalised words after the
/// first ("the **CFE Treaty**", "the **Council** of **Europe**", "in **Geneva**"), as lower-case
/// stems. A source about another treaty or another council is not the claim's event.
pub fn claim_names(claim: &str, event: &Event) -> Vec<String> {
    let known: Vec<String> = event
        .actors
        .iter()
        .chain(std::iter::once(&event.time_text))
        .flat_map(|a| {
            a.split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let gazetteer = crate::event::actors::gazetteer();
    let mut names: Vec<String> = claim
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 3)
        .map(|(i, w)| (i, w.to_lowercase()))
        // the first word is capitalised as the sentence's: a function word or a verb there
        // is no name
        .filter(|(i, w)| {
            *i > 0 || !(super::told::is_function_word(w) || crate::text::lexeme::verb(w).is_some())
        })
        .map(|(_, w)| w)
        // a surface form of one of the claim's actors ("Moscow", "Russian") is matched as
        // that actor; another's ("in Geneva") stays a name the source must give
        .filter(|w| {
            let actor = gazetteer.get(w.as_str()).is_some_and(|g| {
                event
                    .actors
                    .iter()
                    .any(|a| a.split(" (").next() == Some(&*g.canonical))
            });
            !known.contains(w) && !actor && !russian_actor_or_place(w)
        })
        .map(|w| w.chars().take(NAME_STEM_CHARS).collect())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Whether a Russian word is an actor's alias or a place the Russian event lexicon
/// knows (`нато`, `москв`…): an actor, matched as one, never a name asked of the text.
fn russian_actor_or_place(word: &str) -> bool {
    use crate::lang::ru::eventwords::{has_stem, place_in_english, ACTORS};
    if !crate::lang::has_cyrillic(word) {
        return false;
    }
    let folded = crate::lang::ru::lexicon::fold(word);
    ACTORS
        .iter()
        .any(|a| a.stems.len() == 1 && has_stem(&folded, a.stems[0]))
        || place_in_english(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_beyond_actors_and_date() {
        // (claim, actors chronicle found, time text, names asked of the source)
        let cases: [(&str, &[&str], &str, &[&str]); 6] = [
            (
                "Russia withdrew from the CFE Treaty on 7 November 2023.",
                &["Russia"],
                "7 November 2023",
                &["cfe", "treat"],
            ),
            ("Japan joined NATO in 2023.", &["Japan", "NATO"], "2023", &[]),
            (
                "Россия вышла из Совета Европы в марте 2022 года.",
                &["Russia"],
                "в марте 2022 года",
                &["европ", "совет"],
            ),
            (
                "U.S. and Russian officials met in Geneva on 10 January 2022.",
                &["United States", "Russia"],
                "10 January 2022",
                // "Russian" is Russia, an actor; Geneva is no actor of the claim
                &["genev"],
            ),
            // a name opening the claim is asked for; a function word there is not
            (
                "Prigozhin was arrested in June 2023.",
                &[],
                "June 2023",
                &["prigo"],
            ),
            (
                "The Arctic Council met in 2023.",
                &[],
                "2023",
                &["arcti", "counc"],
            ),
        ];
        for (claim, actors, time_text, want) in cases {
            let event = Event {
                actors: actors.iter().map(|a| a.to_string()).collect(),
                time_text: time_text.into(),
                ..Default::default()
            };
            assert_eq!(claim_names(claim, &event), want, "{claim}");
        }
    }
}
