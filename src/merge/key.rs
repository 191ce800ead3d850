//! Compact event keys: what merging compares, a few dozen bytes per mention.
//!
//! Strings (lemmas, actors, articles, dates) are interned to `u32` symbols. Before
//! clustering, [`KeyTable::canonicalize`] renumbers the symbols in string order, so that
//! comparing two symbols compares their strings and every ordering decision depends on
//! the content of the mentions only, never on the order they were read in. That is what
//! makes merging associative and commutative.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::lemma::{class, content_lemmas, is_effect, is_effective, is_frame, is_loose, lemma_in};
use super::Source;
use crate::time::interval::{self, Granularity};

/// An interned string.
pub type Sym = u32;

/// Strings seen so far, each with its symbol.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<Box<str>, Sym>,
    names: Vec<Box<str>>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as Sym;
        self.names.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    /// `rank[old]` is the position of symbol `old` in string order.
    fn ranks(&self) -> Vec<Sym> {
        let mut order: Vec<Sym> = (0..self.names.len() as Sym).collect();
        order.sort_by(|&a, &b| self.names[a as usize].cmp(&self.names[b as usize]));
        let mut rank = vec![0; order.len()];
        for (position, old) in order.into_iter().enumerate() {
            rank[old as usize] = position as Sym;
        }
        rank
    }
}

/// The calendar place of a mention: a half-open interval of days, or none for values
/// such as `PAST_REF` that cannot be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Span {
    /// `other` lies inside `self` (or is equal to it).
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn nested_with(&self, other: &Span) -> bool {
        self.contains(other) || other.contains(self)
    }
}

/// Everything merging needs to know about one mention of an event.
#[derive(Debug, Clone)]
pub struct AtomKey {
    pub span: Option<Span>,
    /// Finest first; `None` (unknown) sorts last.
    pub granularity: Option<Granularity>,
    pub date: Sym,
    pub lemma: Sym,
    /// The lemma's event class (`meeting`, `call`, …), when the class table knows it.
    pub class: Option<Sym>,
    /// The class holds for one sense of the lemma only ([`super::lemma::is_loose`]).
    pub loose: bool,
    pub category: Option<Sym>,
    /// Normalised actor names, sorted, without duplicates.
    pub actors: Box<[Sym]>,
    /// The members of each joint body among the actors (`NATO-Russia Council`: `nato`,
    /// `russia`), each list sorted; see [`compound_parts`] and [`shared_actors`].
    pub bodies: Box<[Box<[Sym]>]>,
    pub location: Option<Sym>,
    /// The country the location lies in, by the gazetteer (`Bucharest`: `romania`), as an
    /// actor name: a place named as an actor ("the Bucharest summit", read as Romania's)
    /// counts as the place (see [`place_as_actor`]).
    pub place_actor: Option<Sym>,
    /// For a reporting or deciding frame ([`is_frame`]), the lemmas of the words around
    /// its trigger, sorted: the events it may report ([`content_lemmas`]).
    pub content: Box<[Sym]>,
    /// It tells of something taking effect ([`super::lemma::is_effect`]: "the move takes
    /// effect on Nov. 1").
    pub effect: bool,
    /// Its kind takes effect on a day ([`super::lemma::is_effective`]: a suspension).
    pub effective: bool,
    /// Its only actor is a body of the members table ([`members_on`]): "Seven former
    /// communist countries joined NATO" (NATO).
    pub body_alone: Option<Sym>,
    /// The bodies every actor of it joined within its dates, when it names two or more
    /// ([`bodies_of`]), sorted: "Bulgaria, Estonia, … and Slovenia became members" on 29
    /// March 2004 (NATO).
    pub member_of: Box<[Sym]>,
    /// The telling is negated ("did not meet"): it never joins an affirmed one.
    pub negative: bool,
    /// Told as done, planned or said ([`crate::event::Status`]): a plan and a fact that
    /// name no one and no day are not one event on their lemma alone
    /// ([`super::same::lemma_vouches`]).
    pub status: crate::event::Status,
    /// The document date of the mention's article: among equally fine mentions, the
    /// first report leads the row (unknown dates last).
    pub filed: Option<NaiveDate>,
    pub article: Sym,
    pub char_start: u32,
    pub char_end: u32,
    /// A hash of the whole serialised mention: the last tie-breaker, and how exact
    /// duplicates are told apart from different mentions at the same place.
    pub fingerprint: u64,
    /// Where the full mention is kept (see [`super::store`]).
    pub slot: usize,
    /// What copies of one telling share: a hash of the sentence's words, the trigger and
    /// the date (see [`telling_of`]). Two articles holding the same mention are one
    /// story filed twice (a syndicated wire, a repost with page chrome), not two
    /// witnesses.
    pub telling: u64,
    /// The date's year hangs on an inferred document date ([`crate::event::Event::year_guessed`]).
    pub year_guessed: bool,
}

impl AtomKey {
    /// The canonical order of mentions: finest date first, then earliest, then the first
    /// filed, then by where in which article. Clusters grow from their finest mention,
    /// which is the row's representative.
    pub fn order(&self) -> impl Ord {
        (
            self.granularity.is_none(),
            self.granularity,
            self.span.is_none(),
            self.span,
            self.date,
            self.filed.is_none(),
            self.filed,
            self.article,
            self.char_start,
            self.char_end,
            self.lemma,
            self.fingerprint,
        )
    }

    /// The chronological order of rows: earliest start first, then finer before coarser,
    /// then the canonical order.
    pub fn chronological(&self) -> impl Ord {
        (
            self.span.is_none(),
            self.span.map(|s| s.start),
            self.granularity.is_none(),
            self.granularity,
            self.order(),
        )
    }

    /// Its lemma's class is loose ([`super::lemma::is_loose`]) and a single day ties it to
    /// the scene: only then may it be of another class's kind ("will join NATO leaders in
    /// Lisbon on Saturday" and the summit that Saturday). At a month or a year the class
    /// holds: "the three are expected to join in April" is no April summit.
    pub fn loose_on_a_day(&self) -> bool {
        self.loose && self.span.is_some_and(|s| s.start.succ_opt() == Some(s.end))
    }

    /// Two keys with the same identity are one mention read twice (e.g. a shard merged
    /// twice); only one is kept.
    pub fn identity(&self) -> (Sym, u32, u32, Sym, Sym) {
        (
            self.article,
            self.char_start,
            self.char_end,
            self.date,
            self.lemma,
        )
    }
}

/// All keys read so far and the strings behind their symbols.
#[derive(Debug, Default)]
pub struct KeyTable {
    pub keys: Vec<AtomKey>,
    pub strings: Interner,
}

impl KeyTable {
    /// Adds the key of `source`, kept in the store at `slot`, with its fingerprint.
    pub fn add(&mut self, source: &Source, slot: usize, fingerprint: u64) {
        let e = &source.event;
        let span = e.start.map(|start| Span {
            start,
            end: interval::end_after(start, e.end),
        });
        let s = &mut self.strings;
        let mut actors: Vec<Sym> = e.actors.iter().map(|a| s.intern(&normalize(a))).collect();
        actors.sort_unstable();
        actors.dedup();
        let mut bodies: Vec<Box<[Sym]>> = e
            .actors
            .iter()
            .map(|a| compound_parts(a))
            .filter(|parts| !parts.is_empty())
            .map(|parts| {
                let mut parts: Vec<Sym> = parts.iter().map(|p| s.intern(p)).collect();
                parts.sort_unstable();
                parts.dedup();
                parts.into()
            })
            .collect();
        bodies.sort_unstable();
        bodies.dedup();
        let normalized: Vec<String> = e.actors.iter().map(|a| normalize(a)).collect();
        let body_alone = match normalized.as_slice() {
            [one] if is_body(one) => Some(s.intern(one)),
            _ => None,
        };
        let mut member_of: Vec<Sym> = span
            .map(|span| bodies_of(&normalized, span))
            .unwrap_or_default()
            .into_iter()
            .map(|b| s.intern(b))
            .collect();
        member_of.sort_unstable();
        let lemma_text = lemma_in(&e.trigger, &e.sentence);
        let mut content: Vec<Sym> = if is_frame(&lemma_text) {
            content_lemmas(&e.sentence, &e.trigger)
                .iter()
                .map(|l| s.intern(l))
                .collect()
        } else {
            Vec::new()
        };
        content.sort_unstable();
        let key = AtomKey {
            span,
            granularity: e.granularity,
            date: s.intern(&e.date),
            class: class(&lemma_text).map(|c| s.intern(c)),
            loose: is_loose(&lemma_text),
            lemma: s.intern(&lemma_text),
            category: e.category.as_deref().map(|c| s.intern(&category_code(c))),
            actors: actors.into(),
            bodies: bodies.into(),
            location: e.location.as_deref().map(|l| s.intern(&normalize(l))),
            place_actor: e
                .location
                .as_deref()
                .and_then(place_as_actor)
                .map(|country| s.intern(&normalize(country))),
            content: content.into(),
            body_alone,
            member_of: member_of.into(),
            effect: is_effect(&lemma_text),
            effective: is_effective(&lemma_text),
            negative: e.polarity == crate::event::Polarity::Negative,
            status: e.status,
            filed: e.dct,
            article: s.intern(&e.article),
            char_start: e.char_start.min(u32::MAX as usize) as u32,
            char_end: e.char_end.min(u32::MAX as usize) as u32,
            fingerprint,
            slot,
            telling: telling_of(e),
            year_guessed: e.year_guessed,
        };
        self.keys.push(key);
    }

    /// Renumbers every symbol in string order (see the module docs).
    pub fn canonicalize(&mut self) {
        let rank = self.strings.ranks();
        let r = |s: Sym| rank[s as usize];
        for k in &mut self.keys {
            k.date = r(k.date);
            k.lemma = r(k.lemma);
            k.class = k.class.map(r);
            k.category = k.category.map(r);
            k.location = k.location.map(r);
            k.place_actor = k.place_actor.map(r);
            k.body_alone = k.body_alone.map(r);
            let mut member_of: Vec<Sym> = k.member_of.iter().map(|&b| r(b)).collect();
            member_of.sort_unstable();
            k.member_of = member_of.into();
            let mut content: Vec<Sym> = k.content.iter().map(|&c| r(c)).collect();
            content.sort_unstable();
            k.content = content.into();
            k.article = r(k.article);
            let mut actors: Vec<Sym> = k.actors.iter().map(|&a| r(a)).collect();
            actors.sort_unstable();
            k.actors = actors.into();
            let mut bodies: Vec<Box<[Sym]>> = k
                .bodies
                .iter()
                .map(|parts| {
                    let mut parts: Vec<Sym> = parts.iter().map(|&p| r(p)).collect();
                    parts.sort_unstable();
                    parts.into()
                })
                .collect();
            bodies.sort_unstable();
            k.bodies = bodies.into();
        }
        let mut names = std::mem::take(&mut self.strings.names);
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by_key(|&i| rank[i]);
        let sorted: Vec<Box<str>> = order.into_iter().map(|i| std::mem::take(&mut names[i])).collect();
        self.strings.ids = sorted
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as Sym))
            .collect();
        self.strings.names = sorted;
    }
}

/// The telling a mention belongs to: its sentence's words (lower case, without
/// punctuation or spacing, so a copy re-wrapped or with its quotes straightened is the
/// same), its trigger and its date. Distinct stories rarely share a whole sentence with
/// the same dated trigger; copies of one story always do.
pub fn telling_of(e: &crate::event::Event) -> u64 {
    use std::hash::Hasher;
    // the words streamed into the hash as they are lowered: no copy of the sentence per
    // mention
    let mut h = crate::text::hash::Fnv::default();
    let mut utf8 = [0u8; 4];
    let mut lowered = |text: &str, h: &mut crate::text::hash::Fnv| {
        for c in text.chars().flat_map(char::to_lowercase) {
            h.write(c.encode_utf8(&mut utf8).as_bytes());
        }
    };
    for w in e
        .sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        lowered(w, &mut h);
        h.write(b" ");
    }
    h.write(b"\0");
    lowered(&e.trigger, &mut h);
    h.write(b"\0");
    h.write(e.date.as_bytes());
    h.finish()
}

/// The article a symbol names (after or before [`KeyTable::canonicalize`]).
impl KeyTable {
    pub fn name(&self, s: Sym) -> &str {
        self.strings.names.get(s as usize).map_or("", |n| n)
    }
}

/// How names are compared: lowercase, single spaces (`NATO`, `Nato` and ` nato ` agree).
pub fn normalize(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The actor a place stands for when a story names it as one: the country of a place
/// the gazetteer knows as a country or a city of one (`Bucharest`: `Romania`, `Greece`:
/// `Greece`). "Their April 2008 Bucharest summit" gives the actor Romania; "the NATO summit
/// in Bucharest" gives the place Bucharest: both are the summit in Romania.
pub fn place_as_actor(place: &str) -> Option<&'static str> {
    use crate::event::actors::{gazetteer, Kind};
    gazetteer()
        .get(normalize(place).as_str())
        .filter(|entry| entry.kind == Kind::Country)
        .and_then(|entry| match &entry.canonical {
            std::borrow::Cow::Borrowed(name) => Some(*name),
            std::borrow::Cow::Owned(_) => None,
        })
}

/// The members a joint body is named after, normalised: `NATO-Russia Council` is NATO
/// and Russia meeting (`nato`, `russia`), so it stands for "NATO and Russia" — both of
/// them, not either (see [`shared_actors`]). Only a hyphenated first word of capitalised parts followed by more words counts
/// (`EU-China summit`, `Russia-NATO Council`); `Bosnia-Herzegovina` or `Soviet-era`
/// name no body.
pub fn compound_parts(name: &str) -> Vec<String> {
    let mut words = name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return Vec::new();
    };
    let parts: Vec<&str> = first.split('-').collect();
    let named = |p: &&str| p.chars().count() >= 2 && p.chars().next().is_some_and(char::is_uppercase);
    if parts.len() < 2 || !parts.iter().all(named) {
        return Vec::new();
    }
    parts.into_iter().map(normalize).collect()
}

/// Who two tellings have in common, counted as names: the actors both name, and the
/// members of a joint body one names when the other names every member (plainly or
/// through a body of its own). "The NATO-Russia Council" and "NATO and Russia" share
/// two (`nato`, `russia`); two tellings naming the Council share three (the Council and
/// its members); the Council and NATO alone share none — NATO's own ministerial of the
/// same day is another meeting. Every slice sorted.
pub fn shared_actors(
    (actors_a, bodies_a): (&[Sym], &[Box<[Sym]>]),
    (actors_b, bodies_b): (&[Sym], &[Box<[Sym]>]),
) -> usize {
    if bodies_a.is_empty() && bodies_b.is_empty() {
        // the usual case: the names both give, without allocating
        return actors_a
            .iter()
            .filter(|a| actors_b.binary_search(a).is_ok())
            .count();
    }
    let names = |actors: &[Sym], bodies: &[Box<[Sym]>]| -> Vec<Sym> {
        let mut v: Vec<Sym> = actors
            .iter()
            .chain(bodies.iter().flat_map(|b| b.iter()))
            .copied()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (names_a, names_b) = (names(actors_a, bodies_a), names(actors_b, bodies_b));
    let covered = |parts: &[Sym], names: &[Sym]| parts.iter().all(|p| names.binary_search(p).is_ok());
    let mut shared: Vec<Sym> = actors_a
        .iter()
        .filter(|a| actors_b.binary_search(a).is_ok())
        .copied()
        .collect();
    for parts in bodies_a.iter().filter(|p| covered(p, &names_b)) {
        shared.extend(parts.iter().copied());
    }
    for parts in bodies_b.iter().filter(|p| covered(p, &names_a)) {
        shared.extend(parts.iter().copied());
    }
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// The members table (`members.tsv`): body, member (both normalised), the day it joined,
/// the day it left.
type Membership = (String, String, NaiveDate, Option<NaiveDate>);

fn memberships() -> &'static [Membership] {
    static TABLE: std::sync::OnceLock<Vec<Membership>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("members.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
                let day = |i: usize| {
                    cols.get(i)
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                };
                Some((normalize(cols.first()?), normalize(cols.get(1)?), day(2)?, day(3)))
            })
            .collect()
    })
}

/// A body of the members table (normalised name: `nato`).
pub fn is_body(name: &str) -> bool {
    memberships().iter().any(|(body, ..)| body == name)
}

/// The members of `body` on `day` (normalised names): those that had joined by that day
/// (the day itself included: "became members on Monday") and not left.
pub fn members_on(body: &str, day: NaiveDate) -> Vec<&'static str> {
    memberships()
        .iter()
        .filter(|(b, _, from, until)| b == body && *from <= day && until.is_none_or(|u| day < u))
        .map(|(_, member, ..)| member.as_str())
        .collect()
}

/// The bodies that every one of `names` (normalised, two or more) joined within `span`:
/// the newcomers of an enlargement ("Bulgaria, Estonia, … and Slovenia became members on
/// Monday", "Albania and Croatia joined in April 2009") are the body's other side of one
/// accession. Members of long standing are not: "France and Germany met in Brussels" on
/// the day NATO's ministers met there is a meeting of its own.
pub fn bodies_of(names: &[String], span: Span) -> Vec<&'static str> {
    if names.len() < 2 {
        return Vec::new();
    }
    let mut bodies: Vec<&'static str> = memberships().iter().map(|(b, ..)| b.as_str()).collect();
    bodies.sort_unstable();
    bodies.dedup();
    bodies.retain(|body| {
        names.iter().all(|n| {
            memberships().iter().any(|(b, member, from, _)| {
                b == body && member == n && span.start <= *from && *from < span.end
            })
        })
    });
    bodies
}

/// The CAMEO code of a category such as `04 Consult` (`04`), or the whole text when it
/// does not start with a code.
fn category_code(category: &str) -> String {
    let code: String = category
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if code.is_empty() {
        normalize(category)
    } else {
        code
    }
}

pub use crate::text::hash::fnv1a;

#[cfg(test)]
mod tests {
    use super::{bodies_of, compound_parts, is_body, members_on, place_as_actor, shared_actors, Sym};

    #[test]
    fn members_of_a_body_by_day() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a day");
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        assert!(is_body("nato") && !is_body("russia") && !is_body("bulgaria"));
        // (names, first day, the day after the last, the bodies they all joined then)
        let cases: [(&[&str], &str, &str, &[&str]); 9] = [
            (&["bulgaria", "slovenia"], "2004-03-29", "2004-03-30", &["nato"]),
            (&["bulgaria", "slovenia"], "2004-03-28", "2004-03-29", &[]),
            (&["bulgaria", "slovenia"], "2004-03-30", "2004-03-31", &[]),
            (&["albania", "croatia"], "2009-04-01", "2009-04-02", &["nato"]),
            (&["albania", "croatia"], "2009-04-01", "2009-05-01", &["nato"]),
            (&["albania", "north macedonia"], "2009-04-01", "2009-04-02", &[]),
            // members of long standing meeting are no enlargement
            (&["france", "germany"], "1999-03-12", "1999-03-13", &[]),
            (&["finland", "sweden"], "2023-01-01", "2025-01-01", &["nato"]),
            (&["finland"], "2023-04-04", "2023-04-05", &[]),
        ];
        for (members, start, end, want) in cases {
            let span = super::Span {
                start: day(start),
                end: day(end),
            };
            assert_eq!(
                bodies_of(&names(members), span),
                want,
                "{members:?} {start}..{end}"
            );
        }
        assert_eq!(members_on("nato", day("1949-04-04")).len(), 12);
        assert_eq!(members_on("nato", day("2024-03-07")).len(), 32);
        assert!(members_on("russia", day("2024-03-07")).is_empty());
    }

    #[test]
    fn places_stand_for_their_country() {
        let cases = [
            ("Bucharest", Some("Romania")),
            ("bucharest", Some("Romania")),
            ("Greece", Some("Greece")),
            ("Brussels", Some("Belgium")),
            ("NATO Headquarters", None),
            ("", None),
        ];
        for (place, want) in cases {
            assert_eq!(place_as_actor(place), want, "{place:?}");
        }
    }

    #[test]
    fn a_joint_body_is_both_its_members_never_either() {
        // 1 nato, 2 russia, 3 the NATO-Russia Council (nato, russia), 4 Rogozin, 5 EU, 6 China
        let council_body: [Box<[Sym]>; 1] = [vec![1, 2].into()];
        let eu_china_body: [Box<[Sym]>; 1] = [vec![5, 6].into()];
        let council: (&[Sym], &[Box<[Sym]>]) = (&[3], &council_body);
        let eu_china: (&[Sym], &[Box<[Sym]>]) = (&[7], &eu_china_body);
        let plain = |names: &'static [Sym]| -> (&'static [Sym], &'static [Box<[Sym]>]) { (names, &[]) };
        let cases = [
            ("the Council / NATO and Russia", council, plain(&[1, 2]), 2),
            (
                "the Council / NATO, Russia and Rogozin",
                council,
                plain(&[1, 2, 4]),
                2,
            ),
            ("the Council / the Council", council, council, 3),
            ("the Council / NATO alone", council, plain(&[1]), 0),
            ("the Council / Rogozin and NATO", council, plain(&[1, 4]), 0),
            ("the Council / an EU-China summit", council, eu_china, 0),
            (
                "no bodies: the names both give",
                plain(&[1, 2, 4]),
                plain(&[2, 4, 6]),
                2,
            ),
            ("no names", plain(&[]), council, 0),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(shared_actors(a, b), want, "{name}");
            assert_eq!(shared_actors(b, a), want, "{name} (other way)");
        }
    }

    #[test]
    fn joint_bodies_name_their_members() {
        let cases: [(&str, &[&str]); 7] = [
            ("NATO-Russia Council", &["nato", "russia"]),
            ("Russia-NATO Council", &["russia", "nato"]),
            ("EU-China summit", &["eu", "china"]),
            ("Совет Россия-НАТО", &[]),
            ("Bosnia-Herzegovina", &[]),
            ("Soviet-era officials", &[]),
            ("NATO", &[]),
        ];
        for (name, want) in cases {
            assert_eq!(compound_parts(name), want, "parts of {name:?}");
        }
    }
}
