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
    /// The word must be followed by "в" and a word starting with this stem ("+в состав":
    /// "вошла в состав ФРГ", not "в состав которого вошли").
    pub needs_v_then: Option<&'static str>,
    /// A phase verb ("открылся", "завершился", "начали"): the event noun of its clause
    /// is the trigger when there is one ("Саммит открылся" is the summit's).
    pub phase: bool,
    /// An artifact or state (treaty, statement): dated only by a date right beside it.
    pub artifact: bool,
    /// A word that must stand within two words of this one, before or after it (a stem):
    /// "+санкци" on "ввели" is "imposed sanctions" ("ввели новые санкции", "санкции
    /// ввели"), "+телефон" on "обсудили" a phone call ("обсудили по телефону"). An entry
    /// with such a word is read only where its context is known ([`trigger_in`]); the word
    /// alone has the entry without it.
    pub near: Option<&'static str>,
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
            let after = pos.split_once('+').map(|(_, word)| word);
            let needs_v_then = after.and_then(|w| w.strip_prefix("в ")).filter(|w| *w != "силу");
            let near = after.filter(|word| !matches!(*word, "из" | "в") && !word.contains(' '));
            Some(Trigger {
                stem,
                near,
                noun: pos.starts_with("noun"),
                needs_iz: pos.ends_with("+из"),
                needs_v: pos.ends_with("+в"),
                needs_in_force: pos.ends_with("+в силу"),
                needs_v_then,
                artifact: pos == "noun-a",
                phase: pos == "verb-phase",
                code,
                lemma,
                gloss,
            })
        })
        .collect();
    // longest stem first: "заявлени" (statement) before "заяви" (said); of one stem, an
    // entry that asks for a word near it before the entry that does not
    out.sort_by_key(|t| (std::cmp::Reverse(t.stem.chars().count()), t.near.is_none()));
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

/// Subjects that point back to one named before (`data/anaphors.tsv`): the event's
/// actors are those of the sentence before.
pub static ANAPHORS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    data_lines(include_str!("data/anaphors.tsv"))
        .filter_map(|cols| cols.first().copied())
        .collect()
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

/// The trigger entry of a folded word, if it is one, whatever follows it (entries that ask
/// for a word near them are left out: their context is unknown here).
pub fn trigger(word: &str) -> Option<&'static Trigger> {
    TRIGGERS
        .iter()
        .find(|t| t.near.is_none() && t.needs_v_then.is_none() && has_stem(word, t.stem))
}

/// The trigger entry of a folded word followed by the folded words `next` (the two after
/// it are enough): the first entry whose stem fits and whose context does ("вступил в
/// НАТО" joins, "вступил в силу" takes effect, "вышла из договора" withdrew).
pub fn trigger_before(word: &str, next: &[&str]) -> Option<&'static Trigger> {
    trigger_in(&[], word, next)
}

/// [`trigger_before`] knowing the folded words `before` the word too (the two nearest
/// it, last nearest): an entry asking for a word near it ([`Trigger::near`]) fits when one
/// of the two words before or after starts with that word ("санкции ввели", "ввели
/// новые санкции").
pub fn trigger_in(before: &[&str], word: &str, next: &[&str]) -> Option<&'static Trigger> {
    let (n1, n2) = (next.first().copied(), next.get(1).copied());
    let in_force = n1 == Some("в") && n2 == Some("силу");
    let around = || before.iter().rev().take(2).chain(next.iter().take(2));
    TRIGGERS.iter().find(|t| {
        has_stem(word, t.stem)
            && (!t.needs_iz || n1 == Some("из"))
            && (!t.needs_v || (matches!(n1, Some("в" | "во")) && !in_force))
            && (!t.needs_in_force || in_force)
            && t.needs_v_then
                .is_none_or(|w| n1 == Some("в") && n2.is_some_and(|n| n.starts_with(w)))
            && t.near.is_none_or(|near| around().any(|w| w.starts_with(near)))
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

/// The English lemma of a Russian trigger read in its sentence, with the words around it
/// ([`trigger_in`]): "вступил в силу" takes effect where "вступил в НАТО" joins,
/// "обсудили по телефону" is a phone call, "ввели санкции" imposed sanctions. The
/// trigger's first whole-word occurrence in the sentence is the one read; a trigger not
/// found there has its lemma without context ([`english_lemma`]).
pub fn english_lemma_in(sentence: &str, trigger_text: &str) -> Option<&'static str> {
    if !crate::lang::has_cyrillic(trigger_text) {
        return None;
    }
    let own = fold(trigger_text.split_whitespace().last()?);
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let Some(at) = words.iter().position(|w| *w == own) else {
        return english_lemma(trigger_text);
    };
    let before: Vec<&str> = words[at.saturating_sub(2)..at]
        .iter()
        .map(String::as_str)
        .collect();
    let next: Vec<&str> = words[at + 1..].iter().take(2).map(String::as_str).collect();
    trigger_in(&before, &own, &next).map(|t| t.lemma)
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
