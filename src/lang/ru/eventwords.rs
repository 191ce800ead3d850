//! The Russian event lexicon, as data: trigger stems (`data/triggers.tsv`) with their
//! CAMEO code, English lemma and gloss; actor aliases (`data/actors.tsv`: Russian stems
//! keyed to the English gazetteer's names and offices); places (`data/places.tsv`:
//! Russian place names and their English names). The event builder
//! ([`crate::event::ru`]) and merging ([`crate::merge`]'s lemmas) read these tables; the
//! code that resolves an alias to a canonical actor lives with the builder, which knows
//! the gazetteer.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lexicon::fold;

/// One trigger stem of `data/triggers.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub stem: &'static str,
    pub noun: bool,
    /// The word must be followed by "из" ("выйти из").
    pub needs_iz: bool,
    /// The word must be followed by "в", not "в силу" ("вступила в НАТО").
    pub needs_v: bool,
    /// The word must be followed by "в силу" ("закон вступил в силу").
    pub needs_in_force: bool,
    /// A phase verb ("открылся", "завершился", "начали"): the event noun of its clause
    /// is the trigger when there is one ("Саммит открылся" is the summit's).
    pub phase: bool,
    /// An artifact or state (treaty, statement): dated only by a date right beside it.
    pub artifact: bool,
    pub code: &'static str,
    pub lemma: &'static str,
    pub gloss: &'static str,
}

static TRIGGERS: LazyLock<Vec<Trigger>> = LazyLock::new(|| {
    let mut out: Vec<Trigger> = data_lines(include_str!("data/triggers.tsv"))
        .filter_map(|cols| {
            let [stem, pos, code, lemma, gloss] = cols[..] else {
                return None;
            };
            Some(Trigger {
                stem,
                noun: pos.starts_with("noun"),
                needs_iz: pos.ends_with("+из"),
                needs_v: pos.ends_with("+в"),
                needs_in_force: pos.ends_with("+в силу"),
                artifact: pos == "noun-a",
                phase: pos == "verb-phase",
                code,
                lemma,
                gloss,
            })
        })
        .collect();
    // longest stem first: "заявлени" (statement) before "заяви" (said)
    out.sort_by_key(|t| std::cmp::Reverse(t.stem.chars().count()));
    out
});

/// An actor alias: the stems of its words and what it names.
pub struct Alias {
    pub stems: Vec<&'static str>,
    pub target: &'static str,
}

pub static ACTORS: LazyLock<Vec<Alias>> = LazyLock::new(|| {
    let mut out: Vec<Alias> = data_lines(include_str!("data/actors.tsv"))
        .filter_map(|cols| {
            let [stems, target] = cols[..] else {
                return None;
            };
            Some(Alias {
                stems: stems.split(' ').collect(),
                target,
            })
        })
        .collect();
    out.sort_by_key(|a| std::cmp::Reverse(a.stems.len()));
    out
});

pub static PLACES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    data_lines(include_str!("data/places.tsv"))
        .filter_map(|cols| Some((*cols.first()?, *cols.get(1)?)))
        .collect()
});

fn data_lines(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// The longest ending a stem of the tables may be followed by ("Лавров|ым",
/// "российск" is "росси|йский").
const MAX_ENDING: usize = 6;

/// Whether folded `word` is a form of `stem`.
pub fn has_stem(word: &str, stem: &str) -> bool {
    // "умер$": that word only ("умер", not "умеренный")
    if let Some(whole) = stem.strip_suffix('$') {
        return word == whole;
    }
    let Some(rest) = word.strip_prefix(stem) else {
        return false;
    };
    // short stems (ес, рф, сша) are abbreviations: the word itself
    if stem.chars().count() <= 3 {
        return rest.is_empty();
    }
    rest.chars().count() <= MAX_ENDING
}

/// The trigger entry of a folded word, if it is one, whatever follows it.
pub fn trigger(word: &str) -> Option<&'static Trigger> {
    TRIGGERS.iter().find(|t| has_stem(word, t.stem))
}

/// The trigger entry of a folded word followed by the folded words `next` (the two after
/// it are enough): the first entry whose stem fits and whose context does ("вступил в
/// НАТО" joins, "вступил в силу" takes effect, "вышла из договора" withdrew).
pub fn trigger_before(word: &str, next: &[&str]) -> Option<&'static Trigger> {
    let (n1, n2) = (next.first().copied(), next.get(1).copied());
    let in_force = n1 == Some("в") && n2 == Some("силу");
    TRIGGERS.iter().find(|t| {
        has_stem(word, t.stem)
            && (!t.needs_iz || n1 == Some("из"))
            && (!t.needs_v || (matches!(n1, Some("в" | "во")) && !in_force))
            && (!t.needs_in_force || in_force)
    })
}

/// The English lemma of a Russian trigger ("встретились" → `meet`): what merging compares
/// with English triggers. `None` for a word with no Cyrillic or no entry.
pub fn english_lemma(trigger_text: &str) -> Option<&'static str> {
    if !crate::lang::has_cyrillic(trigger_text) {
        return None;
    }
    let word = trigger_text.split_whitespace().last()?;
    self::trigger(&fold(word)).map(|t| t.lemma)
}

/// The English name of a Russian place name in any case ("БРЮССЕЛЬ", "в Брюсселе": both
/// Brussels), by the stem it shares with the places table.
pub fn place_in_english(name: &str) -> Option<&'static str> {
    let stem = super::lexicon::stem(name).to_lowercase();
    PLACES
        .iter()
        .filter(|(form, _)| super::lexicon::stem(form) == stem)
        .map(|(_, english)| *english)
        .min()
}
