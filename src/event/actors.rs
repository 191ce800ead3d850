//! Actors: countries, organisations and people, found with a gazetteer.
//!
//! The gazetteer is `data/actors.tsv` (derived from the Phoenix dictionaries by
//! `scripts/build-gazetteer.py`) plus `data/actors-extra.tsv` (chronicle's additions,
//! which win). Matching is longest-first over tokens and needs capitalised words, so
//! "Turkey" is a country and "turkey" is not. Within an article, a person named in full
//! once is found again by surname ("Dmitry Rogozin" … "Rogozin"); a role noun before a
//! name makes a person of an unknown name ("NATO spokesman James Appathurai"); and an
//! office named without a name ("the alliance's secretary general") resolves to its
//! holder when the holder is named elsewhere in the article (`data/role-phrases.tsv`).

use crate::text::hash::FnvBuild;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::words::{is, WordSet};
use crate::text::sentence::Token;

/// What kind of actor an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Org,
    Person,
}

/// A gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Borrowed from the gazetteer's table, owned for a person learned from the text.
    pub canonical: Cow<'static, str>,
    pub kind: Kind,
    /// Dated roles: (role, from, to), open ends `None`.
    pub roles: Vec<(Cow<'static, str>, Option<NaiveDate>, Option<NaiveDate>)>,
}

impl Entry {
    /// The role held on `date` (the latest such), or `None`.
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        let date = date?;
        self.roles
            .iter()
            .rev()
            .find(|(_, from, to)| from.is_none_or(|f| f <= date) && to.is_none_or(|t| date < t))
            .map(|(role, _, _)| role.as_ref())
    }
}

const DERIVED_TSV: &str = include_str!("data/actors.tsv");
const EXTRA_TSV: &str = include_str!("data/actors-extra.tsv");
pub(super) const AGENTS_TSV: &str = include_str!("data/agents.tsv");
const ROLE_PHRASES_TSV: &str = include_str!("data/role-phrases.tsv");

/// The longest surface form, in tokens.
const MAX_WORDS: usize = 7;

/// Words that may be lower case inside a name ("Bank of England").
const NAME_JOINERS: &[&str] = &[
    "of", "and", "the", "de", "for", "on", "al", "van", "der", "von", "la", "du", "da",
];

/// Capitalised words that start sentences and are never actors on their own.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "in", "on", "at", "but", "and",
];

/// An ISO date `YYYY-MM-DD` of the gazetteer's roles. Read by hand: chrono's format
/// parser took half of the gazetteer's build time (15k roles, about 10 ms at every start).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(number(0..4)?).ok()?, number(5..7)?, number(8..10)?)
}

/// A gazetteer line: surface form (lower case), canonical name, kind, dated roles. The
/// table's text is part of the binary, so the entry borrows its strings.
fn parse_entry(line: &'static str) -> Option<(&'static str, Entry)> {
    let mut cols = line.split('\t');
    let surface = cols.next()?;
    let canonical = Cow::Borrowed(cols.next()?);
    let kind = match cols.next()? {
        "country" => Kind::Country,
        "org" => Kind::Org,
        "person" => Kind::Person,
        _ => return None,
    };
    let roles = cols
        .next()
        .unwrap_or("")
        .split(';')
        .filter(|r| !r.is_empty())
        .map(|r| {
            let (role, dates) = r.split_once('@').unwrap_or((r, ".."));
            // `from..to`: the dates have no dots, so the first dot starts the `..`
            let (from, to) = dates
                .split_once('.')
                .map_or(("", ""), |(from, to)| (from, to.strip_prefix('.').unwrap_or(to)));
            (Cow::Borrowed(role), parse_date(from), parse_date(to))
        })
        .collect();
    Some((
        surface,
        Entry {
            canonical,
            kind,
            roles,
        },
    ))
}

pub(super) fn data_lines(tsv: &'static str) -> impl Iterator<Item = &'static str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Lower-case surface form → entry, hashed with FNV (looked up for capitalised words).
pub type Gazetteer = HashMap<&'static str, Entry, FnvBuild>;

/// The gazetteer: lower-case surface form → entry.
pub fn gazetteer() -> &'static Gazetteer {
    static TABLE: OnceLock<Gazetteer> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Sized once: growing a table this large leaves freed copies to the allocator.
        let lines = data_lines(DERIVED_TSV).count() + data_lines(EXTRA_TSV).count();
        let mut map = Gazetteer::with_capacity_and_hasher(lines, Default::default());
        for line in data_lines(DERIVED_TSV).chain(data_lines(EXTRA_TSV)) {
            if let Some((surface, entry)) = parse_entry(line) {
                map.insert(surface, entry);
            }
        }
        map
    })
}

/// For each first word of a gazetteer surface form (lower case, trailing dots trimmed),
/// the lengths in words of the forms it starts, as a bit set (bit `n` for `n` words, up
/// to [`MAX_WORDS`]). A span of tokens is looked up in the gazetteer only when its first
/// word and length can match, which spares building a key for every capitalised word.
///
/// The sets are kept in a small table indexed by the word's hash, not by the word: words
/// whose hashes share a slot share their bits. A shared bit only costs a gazetteer lookup
/// that fails; the table (128 KB) stays in cache and needs no string comparison.
struct FirstWords {
    slots: Vec<u8>,
}

impl FirstWords {
    const SLOTS: usize = 1 << 17;

    fn slot(word: &str) -> usize {
        crate::text::hash::fnv1a(word.as_bytes()) as usize & (Self::SLOTS - 1)
    }

    /// The lengths bit set for spans starting with `word` (lower case).
    fn lengths(&self, word: &str) -> u8 {
        self.slots[Self::slot(word.trim_end_matches('.'))]
    }
}

fn first_words() -> &'static FirstWords {
    static TABLE: OnceLock<FirstWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FirstWords {
            slots: vec![0; FirstWords::SLOTS],
        };
        for surface in gazetteer().keys() {
            let first = surface.split(' ').next().unwrap_or("").trim_end_matches('.');
            let words = surface.split(' ').count();
            if words <= MAX_WORDS {
                table.slots[FirstWords::slot(first)] |= 1 << words;
            }
        }
        table
    })
}

/// The code of the lines chronicle adds to the agents table: bodies a place may own
/// ("the State Department", "Kyiv officials"), which are no role nouns before a name.
pub const BODY_CODE: &str = "BODY";

/// Whether `word` (lower case, singular or plural) names an agent: a role noun, a title
/// or a body of the agents table ("court", "officials", "Ministry", "Department").
pub fn is_agent_noun(word: &str) -> bool {
    static BODIES: OnceLock<WordSet> = OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        data_lines(AGENTS_TSV)
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, code)| code.trim() == BODY_CODE)
            .map(|(w, _)| w)
            .collect()
    });
    let one = |w: &str| is_role_noun(w) || bodies.contains(w) || is(TITLES, w);
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(String::from));
    one(word) || singular.is_some_and(|w| one(&w))
}

/// Role nouns (`minister`, `envoy`, `spokesman`) from the Phoenix agents table.
pub fn is_role_noun(word: &str) -> bool {
    struct RoleNouns {
        set: WordSet,
        /// Whether any role noun hashes to the slot: most words are refused here,
        /// without a string comparison.
        slots: Vec<bool>,
    }
    const SLOTS: usize = 1 << 14;
    let slot = |w: &str| crate::text::hash::fnv1a(w.as_bytes()) as usize & (SLOTS - 1);
    static TABLE: OnceLock<RoleNouns> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut set: WordSet = data_lines(AGENTS_TSV)
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, code)| code.trim() != BODY_CODE)
            .map(|(w, _)| w)
            .collect();
        set.extend([
            "spokesman",
            "spokeswoman",
            "envoy",
            "representative",
            "secretary",
            "chief",
            "head",
        ]);
        let mut slots = vec![false; SLOTS];
        for w in &set {
            slots[slot(w)] = true;
        }
        RoleNouns { set, slots }
    });
    table.slots[slot(word)] && table.set.contains(word)
}

/// Role phrases: (phrase tokens, person, role).
fn role_phrases() -> &'static [(Vec<String>, String, String)] {
    static TABLE: OnceLock<Vec<(Vec<String>, String, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        data_lines(ROLE_PHRASES_TSV)
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let phrase = cols.next()?.split(' ').map(String::from).collect();
                Some((phrase, cols.next()?.to_string(), cols.next()?.to_string()))
            })
            .collect()
    })
}

/// For each role phrase, the gazetteer entry of its person (found once, not per sentence).
fn role_phrase_holders() -> &'static [Option<&'static Entry>] {
    static TABLE: OnceLock<Vec<Option<&'static Entry>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let gaz = gazetteer();
        role_phrases()
            .iter()
            .map(|(_, person, _)| {
                gaz.values()
                    .find(|e| e.canonical == person.as_str() && e.kind == Kind::Person)
            })
            .collect()
    })
}

/// One actor found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub canonical: String,
    pub kind: Kind,
    /// The role held at the document date, when known.
    pub role: Option<String>,
    /// Token range in the tokens searched, end exclusive.
    pub first: usize,
    pub last: usize,
    /// Whether the mention follows `in`/`at` (a place, not a participant).
    pub after_locative: bool,
    /// Whether the mention is the story's dateline ("GENEVA, Jan 21 (Reuters) -"): where
    /// it was filed, which no pronoun of the story names.
    pub dateline: bool,
}

impl Mention {
    /// How the actor is shown: `Dmitry Rogozin (Russian envoy to NATO)`, `NATO`.
    pub fn label(&self) -> String {
        match &self.role {
            Some(role) if self.kind == Kind::Person => format!("{} ({role})", self.canonical),
            _ => self.canonical.clone(),
        }
    }

    /// The surname, for headlines.
    pub fn short_name(&self) -> &str {
        match self.kind {
            Kind::Person => self.canonical.rsplit(' ').next().unwrap_or(&self.canonical),
            _ => &self.canonical,
        }
    }
}

/// Whether `tokens[i]` follows `in`, `at` or `near` (see [`Mention::after_locative`]).
fn after_locative(tokens: &[Token], i: usize) -> bool {
    i > 0 && matches!(tokens[i - 1].lower.as_ref(), "in" | "at" | "near")
}

/// A sentence searched for actors before the article's people are known.
#[derive(Default)]
struct Scan {
    /// Gazetteer and role-noun matches, in text order.
    matches: Vec<Mention>,
    /// Capitalised words where no match starts: perhaps surnames.
    unmatched: Vec<usize>,
}

/// What an article says about its people: surnames and role-noun persons, found over the
/// whole text first, so each clause can resolve short mentions.
#[derive(Debug, Default)]
pub struct ArticleActors {
    /// Surname (lower case) → full entry, for people named in full somewhere.
    surnames: BTreeMap<String, Entry>,
    /// Canonical names of people named in the article.
    named: Vec<String>,
    dct: Option<NaiveDate>,
}

impl ArticleActors {
    /// Learns the people of an article from all its sentences' tokens.
    pub fn learn(sentences: &[&[Token]], dct: Option<NaiveDate>) -> ArticleActors {
        Self::read(sentences, dct).0
    }

    /// Learns the people of an article and finds the actors of each of its sentences:
    /// [`ArticleActors::learn`] and [`ArticleActors::find`] on every sentence, with the
    /// gazetteer searched once per sentence instead of twice.
    pub fn read(sentences: &[&[Token]], dct: Option<NaiveDate>) -> (ArticleActors, Vec<Vec<Mention>>) {
        let mut known = ArticleActors {
            dct,
            ..Default::default()
        };
        // Only gazetteer and role-noun matches teach the article a person: a surname or
        // an office names someone learned already.
        let scans: Vec<Scan> = sentences.iter().map(|tokens| known.scan(tokens)).collect();
        for scan in &scans {
            for m in &scan.matches {
                if m.kind == Kind::Person {
                    if let Some(entry) = person_entry(m) {
                        let surname = m.short_name().to_lowercase();
                        known.surnames.entry(surname).or_insert(entry);
                        if !known.named.contains(&m.canonical) {
                            known.named.push(m.canonical.clone());
                        }
                    }
                }
            }
        }
        let mentions = sentences
            .iter()
            .zip(scans)
            .map(|(tokens, scan)| known.resolve(tokens, scan))
            .collect();
        (known, mentions)
    }

    /// Every actor mentioned in `tokens`, in text order, longest match first.
    pub fn find(&self, tokens: &[Token]) -> Vec<Mention> {
        self.resolve(tokens, self.scan(tokens))
    }

    /// The gazetteer and role-noun matches of `tokens` (which need nothing the article
    /// teaches), and the capitalised words where none starts.
    fn scan(&self, tokens: &[Token]) -> Scan {
        let gaz = gazetteer();
        let mut scan = Scan::default();
        // The lower-case words of a span joined by spaces: one buffer for the sentence.
        let mut key = String::new();
        let mut i = 0;
        while i < tokens.len() {
            if !tokens[i].is_capitalized() || NOT_NAMES.contains(&tokens[i].lower.as_ref()) {
                i += 1;
                continue;
            }
            match self.match_at(gaz, tokens, i, &mut key) {
                Some(m) => {
                    i = m.last;
                    scan.matches.push(m);
                }
                None => {
                    scan.unmatched.push(i);
                    i += 1;
                }
            }
        }
        scan
    }

    /// The mentions of a sentence: its scan's matches, the surnames of people named in
    /// full in the article, and offices resolved to their holders.
    fn resolve(&self, tokens: &[Token], scan: Scan) -> Vec<Mention> {
        let mut out = scan.matches;
        for &i in &scan.unmatched {
            if let Some(entry) = self.surnames.get(tokens[i].lower.as_ref()) {
                out.push(self.mention(entry, i, i + 1, after_locative(tokens, i)));
            }
        }
        out.extend(self.role_mentions(tokens));
        // Stable: of a match and an office at one position, the match comes first.
        out.sort_by_key(|m| m.first);
        let starts: Vec<usize> = out.iter().map(|m| m.first).collect();
        out.retain(|m| {
            !(m.kind == Kind::Country
                && super::thing_names::names_a_thing(tokens, m.last, &starts, is_agent_noun))
        });
        out
    }

    /// The gazetteer entry or role-noun person whose name starts at the capitalised
    /// word `tokens[i]`, longest first.
    /// `key` is a buffer for the gazetteer keys tried.
    fn match_at(&self, gaz: &Gazetteer, tokens: &[Token], i: usize, key: &mut String) -> Option<Mention> {
        let after_locative = after_locative(tokens, i);
        let max = MAX_WORDS.min(tokens.len() - i);
        let lengths = first_words().lengths(&tokens[i].lower);
        let after_role_noun = i > 0 && is_role_noun(&tokens[i - 1].lower);
        if lengths == 0 && !after_role_noun {
            // No gazetteer form starts with this word, and no role noun comes before it.
            return None;
        }
        for n in (1..=max).rev() {
            let span = &tokens[i..i + n];
            let last = &span[n - 1];
            if !last.is_capitalized() || !span.iter().all(|t| t.is_capitalized() || is_joiner(t)) {
                continue;
            }
            if lengths & (1 << n) != 0 {
                key.clear();
                for (k, t) in span.iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&t.lower);
                }
                // `U.S.` and `U.S` both name the entry, whichever way it is listed
                key.truncate(key.trim_end_matches('.').len());
                let mut entry = gaz.get(key.as_str());
                if entry.is_none() {
                    key.push('.');
                    entry = gaz.get(key.as_str());
                }
                if let Some(entry) = entry {
                    return Some(self.mention(entry, i, i + n, after_locative));
                }
            }
            // Role noun + name: "spokesman James Appathurai".
            let name_ends_here = tokens.get(i + n).is_none_or(|t| !t.is_capitalized());
            if (2..=3).contains(&n)
                && after_role_noun
                && name_ends_here
                && span
                    .iter()
                    .all(|t| t.is_capitalized() && !is_role_noun(&t.lower) && !is(TITLES, &t.lower))
                // "President Bill Clinton Saturday vowed": a day's name ends the name
                && !span
                    .iter()
                    .any(|t| t.lower.len() >= 6 && crate::text::lexicon::weekday(&t.lower).is_some())
            {
                let name = span.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                if !span.iter().any(|t| gaz.contains_key(t.lower.as_ref()))
                    && !span.iter().any(|t| t.text.contains('.'))
                {
                    let role = role_words(tokens, i);
                    return Some(Mention {
                        canonical: name,
                        kind: Kind::Person,
                        role: Some(role),
                        first: i,
                        last: i + n,
                        after_locative: false,
                        dateline: false,
                    });
                }
            }
        }
        None
    }

    fn mention(&self, entry: &Entry, first: usize, last: usize, after_locative: bool) -> Mention {
        Mention {
            canonical: entry.canonical.to_string(),
            kind: entry.kind,
            role: entry.role_on(self.dct).map(String::from),
            first,
            last,
            after_locative,
            dateline: false,
        }
    }

    /// Offices named without a name, resolved to a holder named in this article.
    fn role_mentions(&self, tokens: &[Token]) -> Vec<Mention> {
        let mut out = Vec::new();
        for ((phrase, person, role), entry) in role_phrases().iter().zip(role_phrase_holders()) {
            if !self.named.contains(person) {
                continue;
            }
            let holds = entry.and_then(|e| e.role_on(self.dct)).is_some_and(|r| r == role);
            if !holds {
                continue;
            }
            for start in 0..tokens.len() {
                let end = start + phrase.len();
                if end <= tokens.len() && tokens[start..end].iter().zip(phrase).all(|(t, p)| &t.lower == p) {
                    // "Rogozin, the envoy to NATO" names him already.
                    let before = start.saturating_sub(3);
                    let after = (end + 3).min(tokens.len());
                    let named_nearby = tokens[before..after]
                        .iter()
                        .any(|t| self.surnames.contains_key(t.lower.as_ref()));
                    if !named_nearby && self.affiliation_agrees(tokens, start, role) {
                        out.push(Mention {
                            canonical: person.clone(),
                            kind: Kind::Person,
                            role: Some(role.clone()),
                            first: start,
                            last: end,
                            after_locative: false,
                            dateline: false,
                        });
                    }
                }
            }
        }
        out
    }
}

impl ArticleActors {
    /// "The U.S. permanent representative to NATO" is not the Russian envoy: a country or
    /// organisation named just before a role phrase must be one the role names (its
    /// affiliation), else the phrase names someone else. A phrase with no affiliation
    /// before it ("the alliance's secretary general") is left to the role table.
    fn affiliation_agrees(&self, tokens: &[Token], start: usize, role: &str) -> bool {
        let from = start.saturating_sub(ROLE_AFFILIATION_WINDOW);
        let before = &tokens[from..start];
        let named: Vec<String> = self
            .scan(before)
            .matches
            .into_iter()
            .filter(|m| m.kind != Kind::Person)
            .map(|m| m.canonical)
            .collect();
        if named.is_empty() {
            return true;
        }
        let role_tokens = crate::text::sentence::tokenize(role);
        let role_names: Vec<String> = self
            .scan(&role_tokens)
            .matches
            .into_iter()
            .filter(|m| m.kind != Kind::Person)
            .map(|m| m.canonical)
            .collect();
        named.iter().all(|n| role_names.contains(n))
    }
}

/// How many tokens before a role phrase may name its affiliation ("the U.S.
/// permanent representative", "Russia's envoy").
const ROLE_AFFILIATION_WINDOW: usize = 3;

/// The full entry for a person mention (gazetteer, or one built from a role noun).
fn person_entry(m: &Mention) -> Option<Entry> {
    if m.canonical.split(' ').count() < 2 {
        return None;
    }
    let roles = m
        .role
        .iter()
        .map(|r| (Cow::Owned(r.clone()), None, None))
        .collect();
    Some(Entry {
        canonical: Cow::Owned(m.canonical.clone()),
        kind: Kind::Person,
        roles,
    })
}

/// "NATO spokesman" before a name at `name_start`: the capitalised words and the role noun.
fn role_words(tokens: &[Token], name_start: usize) -> String {
    let mut first = name_start - 1;
    while first > 0 && name_start - first < 4 {
        let t = &tokens[first - 1];
        if t.is_capitalized() || is(ROLE_MODIFIERS, &t.lower) {
            first -= 1;
        } else {
            break;
        }
    }
    tokens[first..name_start]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Titles that precede names and are not part of them.
pub(super) const TITLES: &[&str] = &[
    "general",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "admiral",
    "president",
    "minister",
    "secretary",
    "ambassador",
    "senator",
    "governor",
    "mayor",
    "prince",
    "king",
    "queen",
    "chancellor",
    "premier",
    "sir",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "gen.",
    "col.",
    "lt.",
    "sen.",
    "gov.",
    "rep.",
    "prime",
    "deputy",
];

/// Lower-case words that belong to a role before a name ("foreign ministry spokesman").
const ROLE_MODIFIERS: &[&str] = &[
    "foreign", "defense", "defence", "prime", "deputy", "ministry", "interior", "finance", "state", "press",
    "army", "military", "police", "senior", "chief",
];

fn is_joiner(t: &Token) -> bool {
    NAME_JOINERS.contains(&t.lower.as_ref())
}

const OFFICE_PHRASES_TSV: &str = include_str!("data/office-phrases.tsv");

/// The actors of an event as they stood on the event's date, not the document's.
///
/// `actors` were read with the roles held at the document date `dct`; the event's date
/// is `start`..`end` (end exclusive). For an event before the document date:
///
/// * a person of the gazetteer is shown in the role held on the event's date
///   ("Vladimir Putin (Prime Minister of Russia)" for a treaty signed in 2010, in a
///   story of 2023 that calls him president);
/// * an office named without a name in `tokens` ("the Russian president signed",
///   `data/office-phrases.tsv`) is its holder on the event's date, from the dated terms
///   of `src/dct/data/offices.tsv`: Dmitry Medvedev for 2010, Vladimir Putin for 2015.
///   Only one holder for the whole date: "the Russian president" in 2008 (Putin, then
///   Medvedev from May) names no one. An office before a name ("Russian President
///   Vladimir Putin") is that name's title, and "former" and the like
///   ([`crate::dct::offices::PAST_HOLDER_WORDS`]) switch a phrase off.
///
/// An event on or after the document date keeps the document date's holders.
pub fn on_event_date(
    actors: Vec<String>,
    tokens: &[Token],
    start: NaiveDate,
    end: Option<NaiveDate>,
    dct: Option<NaiveDate>,
) -> Vec<String> {
    let last = end
        .and_then(|e| e.pred_opt())
        .filter(|&l| l >= start)
        .unwrap_or(start);
    let day = match dct {
        Some(d) if last >= d => d,
        _ => start + (last - start) / 2,
    };
    let mut out: Vec<String> = Vec::with_capacity(actors.len());
    let push = |label: String, out: &mut Vec<String>| {
        if !out.contains(&label) {
            out.push(label);
        }
    };
    for label in actors {
        push(relabel(label, dct, day), &mut out);
    }
    let (first, last) = if dct.is_some_and(|d| last >= d) {
        (day, day)
    } else {
        (start, last)
    };
    for label in office_holders(tokens, first, last) {
        push(label, &mut out);
    }
    out
}

/// `Name (role at dct)` with the role the gazetteer gives the person on `day`.
fn relabel(label: String, dct: Option<NaiveDate>, day: NaiveDate) -> String {
    let (name, role) = match label.strip_suffix(')').and_then(|l| l.split_once(" (")) {
        Some((name, role)) => (name, Some(role)),
        None => (label.as_str(), None),
    };
    let Some(entries) = people_by_name().get(name) else {
        return label;
    };
    // the entry the mention was read from: the one whose role at the document date it shows
    let entry = entries
        .iter()
        .find(|e| e.role_on(dct) == role)
        .unwrap_or(&entries[0]);
    match entry.role_on(Some(day)) {
        Some(r) => format!("{name} ({r})"),
        None => name.to_string(),
    }
}

/// The gazetteer's people by canonical name, each name's entries in surface order.
fn people_by_name() -> &'static HashMap<&'static str, Vec<&'static Entry>, FnvBuild> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<&'static Entry>, FnvBuild>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut surfaces: Vec<(&&'static str, &'static Entry)> = gazetteer()
            .iter()
            .filter(|(_, e)| e.kind == Kind::Person)
            .collect();
        surfaces.sort_by_key(|(s, _)| **s);
        let mut map: HashMap<&'static str, Vec<&'static Entry>, FnvBuild> = HashMap::default();
        for (_, entry) in surfaces {
            if let Cow::Borrowed(name) = entry.canonical {
                map.entry(name).or_default().push(entry);
            }
        }
        map
    })
}

/// The holders of the offices `tokens` name without a name, over `first..=last`.
fn office_holders(tokens: &[Token], first: NaiveDate, last: NaiveDate) -> Vec<String> {
    /// The office phrases in table order, and by first word the indices of those it opens
    /// (one pass over the tokens finds every phrase the sentence names).
    struct Phrases {
        list: Vec<(Vec<&'static str>, &'static str)>,
        by_first: HashMap<&'static str, Vec<usize>, FnvBuild>,
    }
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        let list: Vec<(Vec<&'static str>, &'static str)> = data_lines(OFFICE_PHRASES_TSV)
            .filter_map(|l| {
                let (phrase, office) = l.split_once('\t')?;
                Some((phrase.split(' ').collect(), office.trim()))
            })
            .collect();
        let mut by_first: HashMap<&'static str, Vec<usize>, FnvBuild> = HashMap::default();
        for (k, (words, _)) in list.iter().enumerate() {
            if let Some(&w) = words.first() {
                by_first.entry(w).or_default().push(k);
            }
        }
        Phrases { list, by_first }
    });
    let mut named = vec![false; phrases.list.len()];
    for i in 0..tokens.len() {
        let Some(candidates) = phrases.by_first.get(tokens[i].lower.as_ref()) else {
            continue;
        };
        for &k in candidates {
            let phrase = &phrases.list[k].0;
            let n = phrase.len();
            let Some(words) = tokens.get(i..i + n) else {
                continue;
            };
            let before = i.checked_sub(1).map(|b| tokens[b].lower.as_ref());
            if words.iter().zip(phrase).all(|(t, p)| t.lower == *p)
                && tokens.get(i + n).is_none_or(|t| !t.is_capitalized())
                && !before.is_some_and(|b| crate::dct::offices::PAST_HOLDER_WORDS.contains(&b))
            {
                named[k] = true;
            }
        }
    }
    let mut out = Vec::new();
    for ((_, office), _) in phrases.list.iter().zip(&named).filter(|(_, &n)| n) {
        let holders: Vec<&crate::dct::offices::Term> = crate::dct::offices::TERMS
            .iter()
            .filter(|t| t.office == *office && t.from <= last && t.to.is_none_or(|to| first < to))
            .collect();
        let [term] = holders[..] else { continue };
        if term.from > first {
            continue;
        }
        let Some(name) = term.shown.first() else { continue };
        let label = match people_by_name()
            .get(name.as_str())
            .and_then(|e| e[0].role_on(Some(first)))
        {
            Some(role) => format!("{name} ({role})"),
            None => format!("{name} ({office})"),
        };
        out.push(label);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentence::tokenize;

    fn labels(text: &str, dct: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let dct = parse_date(dct);
        let known = ArticleActors::learn(&[&tokens], dct);
        known.find(&tokens).iter().map(Mention::label).collect()
    }

    #[test]
    fn every_role_date_reads_as_chrono_reads_it() {
        let mut dates = 0;
        for line in data_lines(DERIVED_TSV).chain(data_lines(EXTRA_TSV)) {
            let roles = line.split('\t').nth(3).unwrap_or("");
            for date in roles.split([';', '@']).flat_map(|part| part.split("..")) {
                let chrono = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
                assert_eq!(parse_date(date), chrono, "{date:?} in {line}");
                dates += usize::from(chrono.is_some());
            }
        }
        assert!(dates > 20_000, "{dates} dates");
        for odd in [
            "",
            "2009",
            "2009-1-1",
            "2009-02-30",
            "20O9-01-01",
            "-2009-01-01",
            "2009-01-01x",
        ] {
            assert_eq!(parse_date(odd), None, "{odd}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("NATO and the EU met", "2009-12-01", &["NATO", "EU"]),
            ("the Russian envoy", "2009-12-01", &["Russia"]),
            (
                "Friday's meeting of the NATO-Russia Council",
                "2009-12-01",
                &["NATO-Russia Council"],
            ),
            (
                "Dmitry Rogozin met with Anders Fogh Rasmussen. Rogozin said",
                "2009-12-01",
                &[
                    "Dmitry Rogozin (Russian envoy to NATO)",
                    "Anders Fogh Rasmussen (NATO Secretary General)",
                    "Dmitry Rogozin (Russian envoy to NATO)",
                ],
            ),
            (
                "Anders Fogh Rasmussen",
                "2005-01-01",
                &["Anders Fogh Rasmussen (Prime Minister of Denmark)"],
            ),
            (
                "NATO spokesman James Appathurai denied",
                "2009-12-01",
                &["NATO", "James Appathurai (NATO spokesman)"],
            ),
            (
                "Foreign ministry spokesman Ali Hosseini said",
                "2009-12-01",
                &["Ali Hosseini (Foreign ministry spokesman)"],
            ),
            ("a turkey dinner in Turkey", "2009-12-01", &["Turkey"]),
            (
                "Anders Fogh Rasmussen spoke. The alliance's secretary general said",
                "2009-12-01",
                &[
                    "Anders Fogh Rasmussen (NATO Secretary General)",
                    "Anders Fogh Rasmussen (NATO Secretary General)",
                ],
            ),
        ];
        for (text, dct, want) in cases {
            assert_eq!(labels(text, dct), *want, "{text}");
        }
    }

    #[test]
    fn office_without_holder_named_stays_unresolved() {
        assert_eq!(
            labels("The secretary general said", "2009-12-01"),
            Vec::<String>::new()
        );
    }
}
