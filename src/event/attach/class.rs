//! What each token of a sentence is, as far as attachment needs to know ([`Class`]):
//! determiners, prepositions, auxiliaries, finite and non-finite verbs, event nouns,
//! names, stops. Words that only look like verbs are told apart here: a base form after
//! a singular noun ("Cuban exile leaders"), an `-s` form or participle after a preposition
//! ("in taxes", "from discontinued operations").

use crate::event::words::{is, List};
use crate::text::clause::{self, Boundary};
use crate::text::sentence::Token;

/// What a token is, as far as attachment needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Determiner,
    Preposition,
    Auxiliary,
    /// A verb form; `finite` is false for gerunds, participles after nothing, infinitives.
    Verb {
        finite: bool,
    },
    EventNoun,
    Name,
    Possessive,
    /// `;`, `:`, quotes: a clause ends here.
    HardStop,
    /// `,`, brackets, dashes: a phrase ends here.
    SoftStop,
    ClauseOpener,
    Other,
}

/// Classifies every token of a sentence.
pub fn classify(tokens: &[Token]) -> Vec<Class> {
    let mut classes: Vec<Class> = Vec::with_capacity(tokens.len());
    for i in 0..tokens.len() {
        let c = class_of(tokens, &classes, i);
        classes.push(c);
    }
    classes
}

/// The class of `tokens[i]`, given the classes of the tokens before it.
pub(super) fn class_of(tokens: &[Token], classes: &[Class], i: usize) -> Class {
    let t = &tokens[i];
    let w = t.lower.as_ref();
    if t.is_possessive() {
        return Class::Possessive;
    }
    if !t.is_word() {
        // "in Independence, Mo., on March 12": a dot the sentence splitter left inside
        // the sentence, right before a comma, closes an abbreviation, not a clause.
        if t.text == "." && tokens.get(i + 1).is_some_and(|n| n.text == ",") {
            return Class::Other;
        }
        return match clause::boundary(w) {
            Some(Boundary::Sentence | Boundary::Clause) => Class::HardStop,
            Some(Boundary::Phrase) => Class::SoftStop,
            None => Class::Other,
        };
    }
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let prev_word = prev.map(|p| &*p.lower).unwrap_or("");
    let prev_is = |list| prev.is_some_and(|p| p.is(list));
    let prev_class = i.checked_sub(1).map(|p| classes[p]);
    let after_determiner = matches!(prev_class, Some(Class::Determiner | Class::Possessive));
    let after_verb_cue = prev_is(List::Auxiliary)
        || prev_is(List::Pronoun)
        || matches!(prev_word, "to" | "not" | "n't" | "also" | "never" | "jointly");
    let verb = t.verb();
    // "a Pan Am jumbo jet": a capitalized auxiliary inside a name, before a lower-case
    // word, is part of the name (a title-case headline's "Russia Will Attend" is not).
    let inside_name = i > 0
        && t.is_capitalized()
        && prev_class == Some(Class::Name)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.is_capitalized());
    if t.is(List::Auxiliary) && !(after_determiner && w == "will") && !inside_name {
        return Class::Auxiliary;
    }
    if t.is(List::Determiner) && !matches!(w, "first" | "last" | "next") {
        return Class::Determiner;
    }
    if t.is(List::Preposition) {
        return Class::Preposition;
    }
    if t.is(List::ClauseOpener) && !(w.ends_with("ing") && verb.is_some()) {
        return Class::ClauseOpener;
    }
    if i > 0 && t.is_capitalized() {
        return Class::Name;
    }
    let noun = t.event_noun().is_some();
    if noun && (after_determiner || !after_verb_cue || verb.is_none()) {
        return Class::EventNoun;
    }
    // "the revolution that brought": a past form after "that" opens a relative clause.
    let relative_past = prev_word == "that"
        && verb
            .is_some_and(|v| (v.lemma != w || is(BASE_PAST, w)) && !w.ends_with("ing") && !w.ends_with('s'))
        && i >= 2
        && matches!(classes[i - 2], Class::Other | Class::EventNoun | Class::Name);
    // "Allies will meet again": a sentence's first word in -s before an auxiliary is
    // its subject, a plural noun, not a verb
    let plural_subject = i == 0
        && w.len() > 3
        && w.ends_with('s')
        && tokens
            .get(1)
            .is_some_and(|n| n.is(List::Auxiliary) || n.is(List::Modal));
    if let Some(v) = verb {
        if relative_past {
            return Class::Verb { finite: true };
        }
        if after_determiner
            || plural_subject
            || participle_modifier(tokens, classes, i)
            || t.is(List::NotVerb)
            || (t.is(List::VerbOnlyAfterCue) && !after_verb_cue)
            || reads_as_noun(tokens, classes, i, v.lemma)
            || coordinated_adjective(tokens, classes, i)
        {
            return Class::Other;
        }
        return Class::Verb {
            finite: is_finite(w, v.lemma, prev_is(List::Copula), prev_word),
        };
    }
    // Unknown words by their shape: "-ed" past forms, "-ing" participles, and a bare
    // word after infinitive "to" ("to compete").
    let plain = !t.is(List::NotVerb) && !w.contains('-') && !after_determiner;
    if participle_modifier(tokens, classes, i) {
        return Class::Other;
    }
    if plain
        && w.len() >= 5
        && w.ends_with("ed")
        && !coordinated_adjective(tokens, classes, i)
        && !negated_participle(w)
    {
        return Class::Verb { finite: true };
    }
    // "-ing" after a noun or modifier is a noun ("composite trading").
    let after_nominal = matches!(prev_class, Some(Class::Other | Class::Name | Class::EventNoun));
    if plain && w.len() >= 6 && w.ends_with("ing") && !after_nominal {
        return Class::Verb {
            finite: prev_is(List::Copula),
        };
    }
    // A bare word after a modal: "would dilute", "will total".
    if plain
        && prev_is(List::Modal)
        && !t.is(List::SkippableAdverb)
        && !w.ends_with("ly")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !t.is(List::Determiner)
    {
        return Class::Verb { finite: true };
    }
    if plain && prev_word == "to" && prev_class == Some(Class::Preposition) && looks_like_base_verb(tokens, i)
    {
        return Class::Verb { finite: false };
    }
    if t.is_capitalized() && i == 0 {
        return Class::Name;
    }
    Class::Other
}

/// An unknown word after "to" that reads as an infinitive: alphabetic, lower case, not a
/// typical noun ending, with an object after it ("to raise wages").
pub(super) fn looks_like_base_verb(tokens: &[Token], i: usize) -> bool {
    let w = &*tokens[i].lower;
    // nouns' and adjectives' endings: "an end to military operations"
    let noun_ending = [
        "s", "ion", "ment", "ity", "ness", "ance", "ence", "ism", "ure", "ary", "ic", "ous", "ful", "less",
    ]
    .iter()
    .any(|e| w.ends_with(e));
    let object_follows = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && !n.is(List::Preposition) && !n.is(List::ClauseOpener));
    w.chars().all(|c| c.is_ascii_lowercase()) && !noun_ending && object_follows
}

/// A present-tense or base verb form used as a noun: inside a noun phrase opened by a
/// determiner ("an economic cooperation plan"), an `-s` form after a modifier ("new
/// signals", "compliance reports"), or a base form after a preposition ("in charge").
pub(super) fn reads_as_noun(tokens: &[Token], classes: &[Class], i: usize, lemma: &str) -> bool {
    let w = &*tokens[i].lower;
    let prev_nominal = i > 0 && matches!(classes[i - 1], Class::Other | Class::Name | Class::EventNoun);
    if w.ends_with("ing") && prev_nominal {
        return true;
    }
    let base = w == lemma;
    let s_form = !base && w.ends_with('s') && !w.ends_with("ed");
    if !(base || s_form) || agreeing_present_verb(tokens, classes, i, base) {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| classes[p]);
    let prev_word = i.checked_sub(1).map(|p| &*tokens[p].lower).unwrap_or("");
    if (base || s_form) && prev == Some(Class::Preposition) && prev_word != "to" {
        return true;
    }
    if base && after_singular_noun(tokens, classes, i) {
        return true;
    }
    // "presented draft security treaties", "approved draft laws": a base form right
    // after a past-tense verb (not a verb taking a bare infinitive, "helped draft") is
    // its object's modifier or head, not a second verb.
    let after_past = i > 0 && matches!(classes[i - 1], Class::Verb { finite: true }) && {
        let p = &*tokens[i - 1].lower;
        tokens[i - 1]
            .verb()
            .is_some_and(|v| v.lemma != p && !is(BARE_INFINITIVE_VERBS, v.lemma))
            && !p.ends_with('s')
            && !p.ends_with("ing")
    };
    if base && after_past && tokens.get(i + 1).is_some_and(|n| n.is_word()) {
        return true;
    }
    // "Intelogic shares rose": an -s form before a past-tense verb is its subject.
    let next_is_past = tokens.get(i + 1).is_some_and(|n| {
        let past = n.verb().is_some_and(|v| v.lemma != n.lower)
            || (n.verb().is_none()
                && n.lower.len() >= 5
                && n.lower.ends_with("ed")
                && n.lower.chars().all(|c| c.is_ascii_lowercase()));
        past && !n.lower.ends_with('s') && !n.lower.ends_with("ing")
    });
    if s_form && next_is_past {
        return true;
    }
    // A subject pronoun right before makes it a verb: "the power they lost", "until it
    // expires".
    if i > 0 && tokens[i - 1].is(List::Pronoun) && classes[i - 1] == Class::Other {
        return false;
    }
    if s_form
        && matches!(prev, Some(Class::Other | Class::EventNoun | Class::Verb { .. }))
        && !prev_word.ends_with("ly")
    {
        return true;
    }
    // "the company's stock hit a high": a word followed by an article takes an object.
    if tokens
        .get(i + 1)
        .is_some_and(|n| is(&["a", "an", "the"], &n.lower))
    {
        return false;
    }
    // Inside a determiner's noun phrase: "the/an (modifier)* WORD".
    let mut j = i;
    for _ in 0..4 {
        if j == 0 {
            return false;
        }
        j -= 1;
        match classes[j] {
            Class::Determiner | Class::Possessive => return j + 1 < i,
            Class::Preposition if tokens[j].lower != "to" => return j + 1 < i,
            Class::Other | Class::EventNoun | Class::Name => {}
            _ => return false,
        }
    }
    false
}

/// "The ministers meet in Brussels on Friday", "the treaty expires in February": a present
/// form that agrees with the noun right before it (a base form after a plural, an `-s`
/// form after a determiner and a singular), followed by a preposition, with no other verb before the
/// sentence's next punctuation, is that noun phrase's verb ("the compliance reports in
/// March showed" keeps its noun: a verb follows).
pub(super) fn agreeing_present_verb(tokens: &[Token], classes: &[Class], i: usize, base: bool) -> bool {
    let Some(p) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if !matches!(classes[i - 1], Class::Other | Class::EventNoun) || !p.text.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let plural = (p.lower.ends_with('s') && !p.lower.ends_with("ss")) || is(PLURAL_NOUNS, &p.lower);
    // An `-s` form after a singular only right after a determiner ("the treaty expires"):
    // after a modifier it is mostly a plural noun ("abortion doctors", "common shares").
    let determined = i >= 2 && matches!(classes[i - 2], Class::Determiner | Class::Possessive);
    let agrees = if base {
        plural
    } else {
        !p.lower.ends_with('s') && determined
    };
    let preposition_next = tokens
        .get(i + 1)
        .is_some_and(|n| n.is(List::Preposition) && !matches!(&*n.lower, "of" | "to" | "for"));
    // the scan to the next punctuation last, only for the few words that got this far
    agrees
        && preposition_next
        && tokens[i + 1..]
            .iter()
            .take_while(|t| !matches!(t.text, "," | "." | ";" | ":" | "(" | ")"))
            .all(|t| t.verb().is_none() && !t.is(List::Auxiliary) && !t.is(List::Modal))
}

/// "from discontinued operations", "of operating profit": a participle between a
/// preposition and a lower-case word is an adjective, not a verb.
pub(super) fn participle_modifier(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    let w = &*tokens[i].lower;
    let after_preposition =
        i > 0 && classes[i - 1] == Class::Preposition && !is(&["to", "as", "than"], &tokens[i - 1].lower);
    let next_word = tokens.get(i + 1).is_some_and(|n| {
        n.text.chars().all(|c| c.is_ascii_lowercase())
            && !n.is(List::Preposition)
            && !n.is(List::Determiner)
            && !n.is(List::Pronoun)
            && !n.is(List::ClauseOpener)
            && !n.lower.ends_with("ly")
            && !is(PARTICLES, &n.lower)
    });
    let form = w.ends_with("ed") || w.ends_with("ing");
    w.len() >= 5 && form && after_preposition && next_word
}

/// Particles of phrasal verbs: "charged with gunning down" keeps its gerund.
pub(super) const PARTICLES: &[&str] = &["down", "up", "out", "off", "back", "over", "away", "in", "on"];

/// Plurals without `-s` that take a plural verb ("police say").
pub(super) const PLURAL_NOUNS: &[&str] = &[
    "police",
    "people",
    "men",
    "women",
    "children",
    "personnel",
    "media",
    "staff",
];

/// Base forms that are also past forms ("the company cut jobs").
pub(super) const BASE_PAST: &[&str] = &[
    "cut",
    "hit",
    "set",
    "put",
    "let",
    "spread",
    "cost",
    "quit",
    "shut",
    "hurt",
    "bid",
    "split",
    "beat",
    "burst",
    "cast",
    "forecast",
    "broadcast",
    "read",
    "upset",
    "bet",
    "shed",
    "thrust",
    "rid",
];

/// "Cuban exile leaders", "a 50% market share by", "total return": a base form right after
/// a singular noun or name cannot be that noun's present-tense verb (it would take
/// `-s`), so it is a noun itself. Not after pronouns, plurals, coordinated subjects ("Russia
/// and China agree") or in a `that` clause ("demanded that Iran halt").
pub(super) fn after_singular_noun(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    let w = &*tokens[i].lower;
    if i == 0 || is(BASE_PAST, w) {
        return false;
    }
    let p = &tokens[i - 1];
    let prev_ok = matches!(classes[i - 1], Class::Other | Class::Name)
        && p.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        && !p.lower.ends_with('s')
        && !p.lower.ends_with("ly")
        && !p.is(List::Pronoun)
        && !p.is(List::Auxiliary)
        && !p.is(List::Modal)
        && !p.is(List::SkippableAdverb)
        && !is(PLURAL_NOUNS, &p.lower)
        && !matches!(
            &*p.lower,
            "to" | "not" | "n't" | "also" | "never" | "jointly" | "i" | "you" | "we" | "they" | "and" | "or"
        );
    // Back over the subject's words: "He and Palestinian leader Yasser Arafat meet".
    let coordinated_or_subjunctive = (i.saturating_sub(8)..i - 1)
        .rev()
        .take_while(|&j| {
            !matches!(
                classes[j],
                Class::Verb { .. } | Class::HardStop | Class::SoftStop | Class::Preposition
            )
        })
        .any(|j| matches!(&*tokens[j].lower, "and" | "or" | "that" | "&"));
    let next_ok = tokens
        .get(i + 1)
        .is_none_or(|n| !n.is(List::Determiner) && !n.is(List::Pronoun));
    prev_ok && !coordinated_or_subjunctive && next_ok
}

/// "untouched", "unidentified": an `un-…-ed` word the verb table lacks is an adjective
/// (the verbs, "unveiled", "unearthed", "uncovered", are in the table and never get
/// here; "under-" verbs, "underestimated", are not negations).
pub(super) fn negated_participle(w: &str) -> bool {
    w.starts_with("un") && !w.starts_with("under")
}

/// "the man's dismembered and decapitated body": an `-ed` word coordinated with an
/// adjective before a noun.
pub(super) fn coordinated_adjective(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    i >= 2
        && matches!(&*tokens[i - 1].lower, "and" | "or")
        && classes[i - 2] == Class::Other
        && tokens[i - 2].lower.ends_with("ed")
}

/// A gerund or infinitive is not finite; "was shot", "has fallen" are (the auxiliary
/// carries the tense).
pub(super) fn is_finite(form: &str, lemma: &str, after_copula: bool, prev: &str) -> bool {
    if prev == "to" {
        return false;
    }
    if form.ends_with("ing") && form != lemma {
        return after_copula;
    }
    true
}

/// Verbs that take a bare infinitive right after them ("helped draft", "let slip"): the
/// base form after them is a verb.
const BARE_INFINITIVE_VERBS: &[&str] = &[
    "help", "let", "make", "go", "come", "dare", "hear", "see", "watch",
];
