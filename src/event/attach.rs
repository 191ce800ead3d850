//! Attaching a date to the event it modifies, with local syntax heuristics.
//!
//! A temporal phrase belongs to the trigger that governs it, not to every verb of its
//! sentence. The rules, tried in order (each named in the output's `rule` field):
//!
//! | rule            | pattern                                             | trigger     |
//! |-----------------|-----------------------------------------------------|-------------|
//! | `possessive`    | "Friday's ministerial meeting"                      | meeting     |
//! | `premodifier`   | "the August 2008 armed conflict"                    | conflict    |
//! | `light-verb`    | "held a meeting with X on Tuesday"                  | meeting     |
//! | `verb-left`     | "proposed drawing up a pact in June 2008"           | proposed    |
//! | `noun-left`     | "During a meeting in Greece in June, …"             | meeting     |
//! | `verb-right`    | "the State Department on Sunday issued …"           | issued      |
//! | `fronted`       | "In January, Meissner ruled …"                      | ruled       |
//! | `subject-verb`  | "third-quarter net income fell 22%"                 | fell        |
//! | `when-clause`   | "in 1979 when the Soviet Union invaded Afghanistan" | invaded     |
//! | `measure-period`| "posted a $648 million loss for the third quarter"  | loss        |
//! | `comparison`    | "compared with a loss of $3 million last year"      | loss        |
//!
//! Which word a date anchors to follows the TimeML conventions: the event is the word the
//! temporal phrase modifies syntactically. So a reporting period after `for` dates the
//! result it measures, not the verb that reports it; a date inside a subject's relative
//! clause ("the arrest announced today stemmed from …") dates that clause's verb, not the
//! main verb after it; a date on a verb of intending or attempting ("invited X to join …
//! in July 1997", "trying to cross … six weeks ago") dates the intending unless it points
//! ahead; "took place" hands the date to its subject. Words that only look like verbs
//! are not triggers: a base form after a singular noun ("Cuban exile leaders", "market
//! share"), an `-s` form or participle after a preposition ("in taxes", "from discontinued
//! operations").
//!
//! The verb searched for is the nearest *finite* verb of the clause (so "proposed", not
//! the gerund "drawing"); a light verb (`hold`, `have`, `take`) hands the date to the
//! event noun it takes as object. Clauses end at `;`, `:`, quotes and sentence ends;
//! commas and brackets end the search windows (a fronted adjunct, "In January, …", may
//! reach the first verb after its comma). A date none of these rules reaches is left
//! unattached: no event is better than a wrong one.

use super::words::{self, is, List};
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
fn class_of(tokens: &[Token], classes: &[Class], i: usize) -> Class {
    let t = &tokens[i];
    let w = t.lower.as_ref();
    if t.is_possessive() {
        return Class::Possessive;
    }
    if !t.is_word() {
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
    if t.is(List::Auxiliary) && !(after_determiner && w == "will") {
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
    if let Some(v) = verb {
        if relative_past {
            return Class::Verb { finite: true };
        }
        if after_determiner
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
fn looks_like_base_verb(tokens: &[Token], i: usize) -> bool {
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
fn reads_as_noun(tokens: &[Token], classes: &[Class], i: usize, lemma: &str) -> bool {
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
fn agreeing_present_verb(tokens: &[Token], classes: &[Class], i: usize, base: bool) -> bool {
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
fn participle_modifier(tokens: &[Token], classes: &[Class], i: usize) -> bool {
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
const PARTICLES: &[&str] = &["down", "up", "out", "off", "back", "over", "away", "in", "on"];

/// Plurals without `-s` that take a plural verb ("police say").
const PLURAL_NOUNS: &[&str] = &[
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
const BASE_PAST: &[&str] = &[
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
fn after_singular_noun(tokens: &[Token], classes: &[Class], i: usize) -> bool {
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
fn negated_participle(w: &str) -> bool {
    w.starts_with("un") && !w.starts_with("under")
}

/// "the man's dismembered and decapitated body": an `-ed` word coordinated with an
/// adjective before a noun.
fn coordinated_adjective(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    i >= 2
        && matches!(&*tokens[i - 1].lower, "and" | "or")
        && classes[i - 2] == Class::Other
        && tokens[i - 2].lower.ends_with("ed")
}

/// A gerund or infinitive is not finite; "was shot", "has fallen" are (the auxiliary
/// carries the tense).
fn is_finite(form: &str, lemma: &str, after_copula: bool, prev: &str) -> bool {
    if prev == "to" {
        return false;
    }
    if form.ends_with("ing") && form != lemma {
        return after_copula;
    }
    true
}

/// Which token a temporal phrase is attached to, and by which rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attachment {
    /// Index of the trigger token in the sentence.
    pub trigger: usize,
    pub rule: &'static str,
    pub confidence: f32,
    /// A light verb ("held") that took the event noun as object.
    pub light_verb: Option<usize>,
}

/// Attaches the temporal phrase at tokens `first..last` (end exclusive) of a sentence.
/// (The timeline then hands the date from a verb that only frames an event to the event,
/// [`handed_on`]; TimeML annotates the framing verb as an event of its own.)
pub fn attach(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Attachment> {
    attach_to_word(tokens, classes, first, last)
}

/// A verb that frames the event it governs gives it the date:
///
/// * an aspectual verb, its gerund or infinitive: "began deploying" → deploying;
/// * "took place", its subject: "a prisoner exchange took place" → exchange;
/// * a passive of reporting, its subject noun: "no strike was reported" → strike;
/// * a light verb found right or after a fronted date, its object: "In 2019 the two
///   sides held talks" → talks.
pub fn handed_on(tokens: &[Token], classes: &[Class], mut a: Attachment) -> Attachment {
    let lemma_at = |i: usize| words::verb(&tokens[i].lower).map(|e| e.lemma).unwrap_or("");
    let mut v = a.trigger;
    if !matches!(classes[v], Class::Verb { .. }) || a.light_verb.is_some() {
        return a;
    }
    // "took place" is one verb; "will give written answers": a participle between a
    // verb and its noun is an adjective, the verb before it the event.
    if v > 0 && tokens[v].lower == "place" && lemma_at(v - 1) == "take" {
        v -= 1;
        a.trigger = v;
    }
    let participle = tokens[v].lower.ends_with("en") || tokens[v].lower.ends_with("ed");
    if participle
        && v > 0
        && matches!(classes[v - 1], Class::Verb { finite: true })
        && matches!(classes.get(v + 1), Some(Class::Other | Class::EventNoun))
    {
        v -= 1;
        a.trigger = v;
    }
    let lemma = lemma_at(v);
    let clause_end = window_end(classes, v + 1, false);
    if is(words::ASPECTUAL_VERBS, lemma) {
        let mut n = v + 1;
        if tokens.get(n).is_some_and(|t| t.lower == "to") {
            n += 1;
        }
        let gerund_or_infinitive = n < clause_end
            && matches!(classes[n], Class::Verb { .. })
            && (tokens[n].lower.ends_with("ing") || n == v + 2);
        if gerund_or_infinitive {
            a.trigger = n;
            return a;
        }
    }
    let subject_noun = |max: usize| {
        (v.saturating_sub(max)..v)
            .rev()
            .take_while(|&i| !matches!(classes[i], Class::HardStop | Class::SoftStop | Class::Verb { .. }))
            .find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
    };
    if lemma == "take" && tokens.get(v + 1).is_some_and(|t| t.lower == "place") {
        if let Some(n) = subject_noun(6) {
            a.trigger = n;
        }
        return a;
    }
    let passive = v > 0 && matches!(tokens[v - 1].lower.as_ref(), "was" | "were" | "been");
    if passive && is(words::REPORTING_PASSIVES, &tokens[v].lower) {
        if let Some(n) = subject_noun(5) {
            a.trigger = n;
        }
        return a;
    }
    if matches!(a.rule, "verb-right" | "fronted" | "verb-next") && is_light(tokens, v) {
        if let Some(n) = light_object(tokens, classes, v, clause_end) {
            a.trigger = n;
            a.light_verb = Some(v);
        }
    }
    a
}

fn attach_to_word(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Attachment> {
    let hit = |trigger, rule, confidence| {
        Some(Attachment {
            trigger,
            rule,
            confidence,
            light_verb: None,
        })
    };
    // "Friday's meeting", "the August 2008 armed conflict".
    if let Some(noun) = noun_after(tokens, classes, last) {
        let possessive = classes.get(last) == Some(&Class::Possessive);
        if !possessive && !tokens[noun].is_occurrence_noun() {
            // "third-quarter net income fell 22%": an artifact that is a subject is dated
            // through its verb — when the verb tells how the amount changed. "The year-ago
            // results included a charge": otherwise the results themselves are dated.
            if let Some(v) = adjacent_verb_right(tokens, classes, noun + 1) {
                let lemma = words::verb(&tokens[v].lower).map(|e| e.lemma).unwrap_or("");
                let result_subject =
                    is(words::RESULT_NOUNS, &tokens[noun].lower) && !is(words::CHANGE_VERBS, lemma);
                if !result_subject {
                    return hit(v, "subject-verb", 0.75);
                }
            }
        }
        // "the 2024 summit's declaration": the dated noun names what the declaration
        // is from; the row would be the declaration's, wrongly dated.
        if !possessive && classes.get(noun + 1) == Some(&Class::Possessive) {
            return None;
        }
        return if possessive {
            hit(noun, "possessive", 0.9)
        } else {
            hit(noun, "premodifier", 0.85)
        };
    }
    // "said last month's discovery …": a possessive date belongs to the noun it
    // determines, never to a verb around it; without an event noun there, no trigger.
    // "Navigation Mixte's 1989 profit": after a possessor, the date premodifies a noun
    // too.
    if classes.get(last) == Some(&Class::Possessive) || (first > 0 && classes[first - 1] == Class::Possessive)
    {
        return None;
    }
    let state_date =
        is_state_date(tokens, first) && !(first >= 3 && matches!(classes[first - 3], Class::Verb { .. }));
    if describes_period(tokens, first, last) || state_date || is_due_date(tokens, first) {
        return None;
    }
    // "posted a $648.2 million loss for the third quarter": a period after "for" is the
    // span a result was measured over; it dates the result, not the reporting of it.
    if let Some(n) = measured_result(tokens, classes, first, last) {
        return hit(n, "measure-period", 0.8);
    }
    // "The bombings on Aug. 7 killed 259 people": the noun the date follows.
    let has_preposition = first > 0 && classes[first - 1] == Class::Preposition;
    if has_preposition && first >= 2 && classes[first - 2] == Class::EventNoun {
        let n = first - 2;
        if words::is_occurrence_noun(&tokens[n].lower)
            && !inside_temporal_adjunct(tokens, classes, n)
            && adjacent_verb_right(tokens, classes, last).is_some()
        {
            return hit(n, "noun-left", 0.75);
        }
    }
    // "Tomorrow there will be consultations": an existential clause's event noun, after
    // a date that opens the sentence.
    let opens = left_window_is_sentence_start(classes, window_start(tokens, classes, first, false))
        && (window_start(tokens, classes, first, false)..first).all(|i| classes[i] == Class::Preposition);
    if let Some(n) = existential_noun(tokens, classes, last).filter(|_| opens) {
        return hit(n, "existential", 0.8);
    }
    // "The vote is on Friday", "the signing ceremony was on Tuesday": a date after a bare
    // copula dates the event noun that is its subject.
    if let Some(n) = copula_subject(tokens, classes, first) {
        return hit(n, "copula", 0.8);
    }
    // "a federal appeals court Thursday refused", "on Sunday issued": the verb right after.
    if let Some(v) = adjacent_verb_right(tokens, classes, last) {
        if let Some(l) = relative_verb_left(tokens, classes, first) {
            return hit(l, "verb-left", 0.8);
        }
        return hit(v, "verb-next", 0.8);
    }
    // "in 1979, when the Soviet Union invaded Afghanistan": the when-clause's verb.
    if let Some(v) = when_clause_verb(tokens, classes, last) {
        return hit(v, "when-clause", 0.8);
    }
    let left_window = window_start(tokens, classes, first, false);
    // "compared with a loss of $3 million last year", "versus net income of $5.3 million,
    // or $1.61 a share, a year earlier": a comparison's reference date dates the result
    // compared, not the clause's event.
    if let Some(n) = compared_result(tokens, classes, first) {
        return hit(n, "comparison", 0.8);
    }
    // "lower than a year ago": with no result named, the date is nobody's.
    let than_before = first > 0 && tokens[first - 1].lower == "than";
    if than_before || (left_window..first).any(|i| is(COMPARATIVES, &tokens[i].lower)) {
        return None;
    }
    let verb = nearest_verb_left(tokens, classes, left_window, first);
    let verb = verb.map(|v| intended_by(tokens, classes, v, first, last));
    let noun = noun_chain_left(tokens, classes, if has_preposition { first - 1 } else { first });
    let took_place = verb.and_then(|v| took_place_subject(tokens, classes, v));
    match (verb, noun) {
        // "held a meeting … on Tuesday", "fought a war in August": the occurrence noun
        // between the verb and the date carries it.
        (Some(v), Some(n)) if n > v => {
            let light = is_light(tokens, v);
            return Some(Attachment {
                trigger: n,
                rule: if light { "light-verb" } else { "noun-left" },
                confidence: if light { 0.85 } else { 0.75 },
                light_verb: light.then_some(v),
            });
        }
        // "will hold their first formal meeting since the war … on Friday".
        (Some(v), _) if is_light(tokens, v) && light_object(tokens, classes, v, first).is_some() => {
            let n = light_object(tokens, classes, v, first).unwrap_or(v);
            return Some(Attachment {
                trigger: n,
                rule: "light-verb",
                confidence: 0.8,
                light_verb: Some(v),
            });
        }
        // "said its business was weak during the quarter": an auxiliary or copula between
        // the verb and the date opens a clause of its own, whose predicate (an adjective,
        // a verb the tables lack) the date belongs to.
        (Some(v), _) if (v + 1..first).any(|i| classes[i] == Class::Auxiliary) => return None,
        // "a recapitalization that took place in 1988": the event is the subject.
        (Some(v), _) if took_place.is_some() => return hit(took_place.unwrap_or(v), "verb-left", 0.8),
        (Some(v), _) => {
            let finite = matches!(classes[v], Class::Verb { finite: true });
            return hit(v, "verb-left", if finite { 0.8 } else { 0.6 });
        }
        (None, Some(n)) => return hit(n, "noun-left", 0.75),
        _ => {}
    }
    // Nothing to the left in this phrase: the verb that follows ("Friday formally joined").
    let right_end = window_end(classes, last, false);
    if let Some(v) = first_verb_right(classes, last, right_end) {
        return hit(v, "verb-right", 0.7);
    }
    // A fronted adjunct ("In January, Meissner ruled"): the main verb after the comma.
    if window_start(tokens, classes, first, true) == left_window
        && left_window_is_sentence_start(classes, left_window)
    {
        let far_end = window_end(classes, last, true);
        if let Some(mut v) = first_verb_right(classes, right_end, far_end) {
            // "In January, British police officers who had been searching for Howes
            // concluded …": past the subject's relative clause to the main verb.
            if (right_end..v).any(|i| is(&["who", "which"], &tokens[i].lower)) {
                if let Some(main) = first_verb_right(classes, v + 1, far_end) {
                    v = main;
                }
            }
            return hit(v, "fronted", 0.7);
        }
    }
    // A verb beyond a comma is too often another clause's (precision 0.38 on TimeBank):
    // leave the date unattached.
    None
}

/// "reported a net loss of $8.1 million for the third quarter": after `for` + a reporting
/// period, the nearest result noun ([`words::RESULT_NOUNS`]) to the left in the same
/// phrase (over amounts, modifiers and `of`).
fn measured_result(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<usize> {
    if first == 0 || tokens[first - 1].lower != "for" {
        return None;
    }
    // "the third quarter", "the fiscal year", "the 1988 period".
    if !(first..last).any(|i| is(PERIOD_NOUNS, &tokens[i].lower) || tokens[i].lower == "fiscal") {
        return None;
    }
    let mut i = first - 1;
    while i > 0 {
        i -= 1;
        // The phrase's head only ("earnings", not in "an earnings increase").
        if is(words::RESULT_NOUNS, &tokens[i].lower) && !modifies_next(tokens, classes, i) {
            return result_is_reported(tokens, classes, i, last).then_some(i);
        }
        match classes[i] {
            Class::Determiner | Class::Other | Class::Name | Class::EventNoun | Class::Possessive => {}
            Class::Preposition if tokens[i].lower == "of" => {}
            Class::SoftStop if tokens[i].text == "," => {}
            _ => return None,
        }
    }
    None
}

/// Whether the result noun at `n` is what its clause reports: the object of a verb of
/// reporting or having ("posted a loss", "had a loss"), or a subject whose verb is a
/// copula ("Sales for the full year were …"). "Net income for the quarter fell 6%": the
/// date goes to the verb; "will result in lower earnings for the year": to the verb.
fn result_is_reported(tokens: &[Token], classes: &[Class], n: usize, last: usize) -> bool {
    let start = window_start(tokens, classes, n, false);
    let lemma_at = |i: usize| words::verb(&tokens[i].lower).map(|e| e.lemma).unwrap_or("");
    match (start..n)
        .rev()
        .find(|&i| matches!(classes[i], Class::Verb { .. } | Class::Auxiliary))
    {
        Some(v) => is(words::RESULT_VERBS, lemma_at(v)) || is(words::RESULT_VERBS, &tokens[v].lower),
        None => tokens.get(last).is_some_and(|t| is(words::COPULAS, &t.lower)),
    }
}

/// The result noun ([`words::RESULT_NOUNS`]) between a comparison word ("compared",
/// "versus") and the date at `first`, the nearest one heading its phrase; the search
/// crosses the commas of "…, or $1.61 a share, a year earlier".
fn compared_result(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
    let start = window_start(tokens, classes, first, true);
    let cmp = (start..first)
        .rev()
        .find(|&i| is(COMPARATIVES, &tokens[i].lower))?;
    (cmp + 1..first)
        .rev()
        .find(|&i| is(words::RESULT_NOUNS, &tokens[i].lower) && !modifies_next(tokens, classes, i))
}

/// "a prisoner exchange took place", "the recapitalization that took place": the
/// occurrence noun that is the subject of "take place" at `v` (the verb or "place").
fn took_place_subject(tokens: &[Token], classes: &[Class], v: usize) -> Option<usize> {
    let take = |i: usize| words::verb(&tokens[i].lower).is_some_and(|e| e.lemma == "take");
    let t = if tokens[v].lower == "place" && v > 0 && take(v - 1) {
        v - 1
    } else if take(v) && tokens.get(v + 1).is_some_and(|t| t.lower == "place") {
        v
    } else {
        return None;
    };
    (t.saturating_sub(6)..t)
        .rev()
        .take_while(|&i| !matches!(classes[i], Class::HardStop | Class::SoftStop | Class::Verb { .. }))
        .find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
}

/// "Tomorrow there will be consultations", "On Friday, there was a vote": `there`, a
/// form of "be" (with its auxiliaries), up to three modifiers and an occurrence noun.
/// The event noun a copula's date is said of: "The vote is on Friday", "the next round
/// of talks will be in Geneva on Monday" is not (a place comes between), "the signing
/// ceremony was on Tuesday". The date's preposition, then only copulas and auxiliaries
/// back to the noun, which ends the subject (a clause start or a determiner's phrase).
fn copula_subject(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
    let mut i = first;
    if i > 0 && classes[i - 1] == Class::Preposition {
        i -= 1;
    }
    let mut saw_copula = false;
    while i > 0 && (is(words::COPULAS, &tokens[i - 1].lower) || classes[i - 1] == Class::Auxiliary) {
        saw_copula |= is(words::COPULAS, &tokens[i - 1].lower);
        i -= 1;
    }
    if !saw_copula || i == 0 {
        return None;
    }
    let n = i - 1;
    let noun = classes[n] == Class::EventNoun && tokens[n].is_occurrence_noun();
    // the subject opens its clause: "The vote", "the signing ceremony", "Monday's talks"
    let mut j = n;
    while j > 0 && matches!(classes[j - 1], Class::Other | Class::Name | Class::EventNoun) {
        j -= 1;
    }
    let opens_clause = j == 0
        || matches!(
            classes[j - 1],
            Class::Determiner | Class::Possessive | Class::HardStop | Class::SoftStop | Class::ClauseOpener
        );
    (noun && opens_clause).then_some(n)
}

fn existential_noun(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
    let mut i = after_opening_word(tokens, last, "there")?;
    let mut saw_be = false;
    while let Some(t) = tokens.get(i) {
        if classes[i] == Class::Auxiliary || is(words::COPULAS, &t.lower) {
            saw_be = true;
            i += 1;
        } else {
            break;
        }
    }
    if !saw_be {
        return None;
    }
    (i..(i + 4).min(tokens.len()))
        .take_while(|&j| {
            matches!(
                classes[j],
                Class::Determiner | Class::Other | Class::EventNoun | Class::Name
            )
        })
        .find(|&j| classes[j] == Class::EventNoun && words::is_occurrence_noun(&tokens[j].lower))
}

/// A finite verb right after the temporal phrase, over adverbs ("Friday formally joined").
fn adjacent_verb_right(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
    let mut i = last;
    while i < tokens.len()
        && (is(words::SKIPPABLE_ADVERBS, &tokens[i].lower) || tokens[i].lower.ends_with("ly"))
    {
        i += 1;
    }
    (i < tokens.len() && matches!(classes[i], Class::Verb { finite: true }) && i > last.saturating_sub(1))
        .then_some(i)
        .filter(|&v| !is(words::COPULAS, &tokens[v].lower))
}

/// "the quarter ended Sept. 30", "the year ending June 30, 1990": the date bounds a
/// reporting period, it does not date an event.
/// Also the period itself: "for the quarter ended Sept. 30" (both dates are skipped).
fn describes_period(tokens: &[Token], first: usize, last: usize) -> bool {
    let ended = |w: &str| matches!(w, "ended" | "ending" | "ends");
    let date_after_period =
        first >= 2 && ended(&tokens[first - 1].lower) && is(PERIOD_NOUNS, &tokens[first - 2].lower);
    let period_before_end = last > first
        && is(PERIOD_NOUNS, &tokens[last - 1].lower)
        && tokens.get(last).is_some_and(|t| ended(&t.lower));
    date_after_period || period_before_end
}

/// "the 1990 CFE Treaty", "a review of 21st century security challenges": a date
/// between a determiner (or "of") and the noun it premodifies, when that noun is no
/// event noun (those went to `premodifier`), names a thing, not an event; "since 1949"
/// starts a state. The timeline makes no row of such a date (TimeML annotators do
/// link them to the clause's events, so [`attach`] itself still reads them).
pub fn dates_no_event(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> bool {
    names_a_thing(tokens, classes, first, last) || (first > 0 && tokens[first - 1].lower == "since")
}

/// A date that premodifies a noun that is no event noun (see [`dates_no_event`]).
pub fn names_a_thing(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> bool {
    let Some(next) = tokens.get(last) else {
        return false;
    };
    let before = first
        .checked_sub(1)
        .map(|b| (classes[b], tokens[b].lower.as_ref()));
    let noun_follows = next.is_word()
        && matches!(classes[last], Class::Name | Class::Other)
        && !next.lower.ends_with("ly")
        && !is(words::SKIPPABLE_ADVERBS, &next.lower);
    match before {
        Some((Class::Determiner, w)) => noun_follows && !matches!(w, "this" | "that" | "last" | "next"),
        Some((_, "of")) => noun_follows && classes[last] == Class::Other,
        _ => false,
    }
}

/// "debentures due March 1, 2011": a maturity, not an event.
fn is_due_date(tokens: &[Token], first: usize) -> bool {
    first >= 1 && tokens[first - 1].lower == "due"
}

/// "as of Sept. 30": a date at which a state holds, not an event's date (unless a verb
/// comes right before: "revoked as of November 1" is when the revoking takes effect).
fn is_state_date(tokens: &[Token], first: usize) -> bool {
    first >= 2 && tokens[first - 2].lower == "as" && tokens[first - 1].lower == "of"
}

/// "since the war in Georgia": the noun at `i` is the object of a temporal preposition.
fn inside_temporal_adjunct(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match classes[j] {
            Class::Preposition => {
                return tokens[j].lower != "during" && is(TEMPORAL_PREPOSITIONS, &tokens[j].lower)
            }
            Class::Determiner | Class::Other | Class::Name | Class::Possessive | Class::EventNoun => {}
            _ => return false,
        }
    }
    false
}

/// Words that make a date a comparison's reference.
/// ("than" only right before the date: "lower than a year ago").
const COMPARATIVES: &[&str] = &["compared", "versus", "vs.", "comparison"];

/// The token after `word` when `word` comes right after the temporal phrase (which ends
/// before `last`), past one comma: "in 1979, when", "Tomorrow there".
fn after_opening_word(tokens: &[Token], last: usize, word: &str) -> Option<usize> {
    let i = last + usize::from(tokens.get(last).is_some_and(|t| t.text == ","));
    (tokens.get(i)?.lower == word).then_some(i + 1)
}

/// The first finite verb of a "when" clause right after the temporal phrase.
fn when_clause_verb(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
    let i = after_opening_word(tokens, last, "when")?;
    (i..tokens.len())
        .take_while(|&j| !matches!(classes[j], Class::HardStop | Class::SoftStop))
        .find(|&j| matches!(classes[j], Class::Verb { finite: true }))
}

/// Prepositions that start a temporal adjunct of their own.
const TEMPORAL_PREPOSITIONS: &[&str] = &["since", "before", "after", "until", "till", "during", "following"];

/// Nouns naming reporting periods.
const PERIOD_NOUNS: &[&str] = &[
    "year", "quarter", "period", "months", "weeks", "half", "month", "week", "quarters",
];

/// The occurrence noun a light verb takes as object ("hold their first formal meeting").
fn light_object(tokens: &[Token], classes: &[Class], v: usize, before: usize) -> Option<usize> {
    (v + 1..before)
        .take_while(|&i| {
            matches!(
                classes[i],
                Class::Determiner | Class::Other | Class::EventNoun | Class::Name
            )
        })
        .find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
}

fn is_light(tokens: &[Token], v: usize) -> bool {
    is(words::LIGHT_VERBS, &tokens[v].lower)
}

/// The event noun a temporal phrase ending at `last` pre-modifies: up to three
/// modifier words ("armed", "ministerial") may come between.
fn noun_after(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
    let mut i = last;
    if classes.get(i) == Some(&Class::Possessive) {
        i += 1;
    }
    for _ in 0..4 {
        match classes.get(i)? {
            // The phrase's head only: not "earnings" in "1990 earnings projection".
            Class::EventNoun if !modifies_next(tokens, classes, i) => return Some(i),
            Class::Other | Class::Name if tokens[i].is_word() => i += 1,
            _ => return None,
        }
    }
    None
}

/// Whether the word at `i` modifies a noun after it ("earnings projection").
fn modifies_next(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    matches!(classes.get(i + 1), Some(Class::Other | Class::EventNoun)) && tokens[i + 1].is_word()
}

/// Walking left from a preposition (or the temporal phrase itself) over a noun-phrase chain ("a meeting with the
/// alliance's secretary general on"), the nearest event noun.
fn noun_chain_left(tokens: &[Token], classes: &[Class], from: usize) -> Option<usize> {
    let mut i = from;
    while i > 0 {
        i -= 1;
        match classes[i] {
            // Only a phrase head counts: "meeting in Greece", not "arrest" in "arrest warrant".
            Class::EventNoun
                if words::is_occurrence_noun(&tokens[i].lower)
                    && (i + 1 == from || classes[i + 1] == Class::Preposition) =>
            {
                return (!inside_temporal_adjunct(tokens, classes, i)).then_some(i)
            }
            // "since", "before", "after"… open another temporal adjunct: stop there.
            Class::Preposition if is(TEMPORAL_PREPOSITIONS, &tokens[i].lower) => return None,
            // "the bombings of U.S. embassies in Kenya and Tanzania last year": names joined
            // by "and" stay inside the phrase.
            Class::ClauseOpener
                if is(&["and", "or"], &tokens[i].lower)
                    && i > 0
                    && classes[i - 1] == Class::Name
                    && classes.get(i + 1) == Some(&Class::Name) => {}
            Class::Determiner
            | Class::Name
            | Class::Possessive
            | Class::Other
            | Class::Preposition
            | Class::EventNoun => {}
            _ => return None,
        }
    }
    None
}

/// Whether an infinitive ("led employers to raise wages last month") may carry a date
/// before the finite verb that governs it.
const INFINITIVES_COUNT: bool = true;

/// The nearest verb left of `before`, from `from`: finite first, else any.
fn nearest_verb_left(tokens: &[Token], classes: &[Class], from: usize, before: usize) -> Option<usize> {
    let range = from..before;
    let infinitive = |i: usize| i > 0 && tokens[i - 1].lower == "to";
    // A gerund after a preposition heads its own phrase: "after averaging 242,000",
    // "by bidding $1.9 billion" (unlike "proposed drawing up", a verb's complement).
    let gerund = |i: usize| {
        i > 0
            && tokens[i].lower.ends_with("ing")
            && (classes[i - 1] == Class::Preposition || matches!(tokens[i - 1].lower.as_ref(), "and" | "or"))
    };
    let preferred = range.clone().rev().find(|&i| {
        let verb = matches!(classes[i], Class::Verb { .. });
        let finite = matches!(classes[i], Class::Verb { finite: true });
        (finite || (verb && ((INFINITIVES_COUNT && infinitive(i)) || gerund(i))))
            && !is(words::COPULAS, &tokens[i].lower)
    });
    preferred.or_else(|| range.rev().find(|&i| matches!(classes[i], Class::Verb { .. })))
}

/// Future cues inside a temporal phrase ("next week", "tomorrow", "later this month").
const FUTURE_DATE_WORDS: &[&str] = &["next", "tomorrow", "later", "coming", "following", "upcoming"];

/// "trying to cross … six weeks ago", "invited the three countries to join … in July
/// 1997", "voted to support the republic Friday": an infinitive governed by a verb of
/// intending or attempting names an event that may never happen; a date that does not
/// point ahead dates the intending (the TimeML I_ACTION). "planned to ship … early next
/// year": a future date still dates the planned event.
fn intended_by(tokens: &[Token], classes: &[Class], v: usize, first: usize, last: usize) -> usize {
    if v == 0 || tokens[v - 1].lower != "to" || (first..last).any(|i| is(FUTURE_DATE_WORDS, &tokens[i].lower))
    {
        return v;
    }
    // The governing verb: right before "to", or before its object ("invited Sinn Fein to").
    (v.saturating_sub(6)..v - 1)
        .rev()
        .take_while(|&i| {
            !matches!(
                classes[i],
                Class::HardStop | Class::SoftStop | Class::ClauseOpener
            )
        })
        .find(|&i| matches!(classes[i], Class::Verb { .. }))
        .filter(|&g| is(words::INTENT_VERBS, &tokens[g].lower))
        .unwrap_or(v)
}

/// "the arrest announced today stemmed from …", "stocks that fell in price yesterday
/// exceeded 1,000": a date between a subject's relative clause and the main verb belongs
/// to the relative clause's verb — one after `that`/`who`/`which`, or a past form right
/// after its noun.
fn relative_verb_left(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
    let start = window_start(tokens, classes, first, false);
    let l = (start..first)
        .rev()
        .find(|&i| matches!(classes[i], Class::Verb { .. }))?;
    let w = &*tokens[l].lower;
    let past = words::verb(w).is_some_and(|e| e.lemma != w) && !w.ends_with("ing") && !w.ends_with('s');
    let relative = l > 0 && is(&["that", "who", "which"], &tokens[l - 1].lower);
    // A reduced relative's participle is followed by its adjunct, not an object.
    let adjunct_follows = l + 1 == first || classes[l + 1] == Class::Preposition;
    let reduced = l > 0
        && past
        && adjunct_follows
        && matches!(classes[l - 1], Class::Other | Class::EventNoun | Class::Name);
    (relative || reduced).then_some(l)
}

/// The first finite verb in `from..to`.
fn first_verb_right(classes: &[Class], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&i| matches!(classes[i], Class::Verb { finite: true }))
}

/// The longest bracketed name a search window looks past: "(CFE)", "(New START)".
const BRACKET_MAX_TOKENS: usize = 4;

/// Where the search window left of `at` starts: after the nearest stop (soft stops too
/// unless `across_commas`), or after a clause opener.
fn window_start(tokens: &[Token], classes: &[Class], at: usize, across_commas: bool) -> usize {
    let mut i = at;
    while i > 0 {
        // "withdrew from the Treaty on Conventional Armed Forces in Europe (CFE) at
        // midnight": a short bracketed name or abbreviation does not end the phrase.
        if tokens[i - 1].text == ")" {
            if let Some(open) = (i.saturating_sub(BRACKET_MAX_TOKENS + 2)..i - 1)
                .rev()
                .find(|&j| tokens[j].text == "(")
            {
                let inside = &classes[open + 1..i - 1];
                if !inside.is_empty() && inside.iter().all(|c| matches!(c, Class::Name | Class::Other)) {
                    i = open;
                    continue;
                }
            }
        }
        match classes[i - 1] {
            Class::HardStop => return i,
            Class::SoftStop if !across_commas => return i,
            Class::ClauseOpener if !across_commas && !is(&["and", "or"], &tokens[i - 1].lower) => return i,
            _ => i -= 1,
        }
    }
    0
}

/// Where the search window right of `at` ends.
fn window_end(classes: &[Class], at: usize, across_commas: bool) -> usize {
    let mut i = at;
    let mut commas = 0;
    while i < classes.len() {
        match classes[i] {
            Class::HardStop => return i,
            Class::SoftStop if !across_commas || commas > 0 => return i,
            Class::SoftStop => commas += 1,
            _ => {}
        }
        i += 1;
    }
    i
}

fn left_window_is_sentence_start(classes: &[Class], start: usize) -> bool {
    start == 0
        || classes[..start]
            .iter()
            .all(|c| matches!(c, Class::HardStop | Class::SoftStop))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentence::tokenize;

    /// Sentence, the temporal phrase, the expected trigger and rule.
    const CASES: &[(&str, &str, &str, &str)] = &[
        ("Dmitry Rogozin met with Anders Fogh Rasmussen ahead of Friday's meeting of the council.", "Friday", "meeting", "possessive"),
        ("The Russian envoy to NATO held a constructive meeting with the alliance's secretary general on Tuesday.", "Tuesday", "meeting", "light-verb"),
        ("President Dmitry Medvedev proposed drawing up a new European security pact in June 2008.", "June 2008", "proposed", "verb-left"),
        ("The meeting is the first since the August 2008 armed conflict between Russia and Georgia.", "August 2008", "conflict", "premodifier"),
        ("Russia and Georgia fought a five-day war in August over South Ossetia.", "August", "war", "noun-left"),
        ("Yeltsin signed an economic cooperation plan Friday.", "Friday", "signed", "verb-left"),
        ("Top Israeli officials sent strong new signals Sunday that Israel wants to withdraw.", "Sunday", "sent", "verb-left"),
        ("Iran had condemned Iraq's invasion of Kuwait on Aug. 2 but also criticized the force.", "Aug. 2", "invasion", "noun-left"),
        ("Police found the man's dismembered and decapitated body Friday.", "Friday", "found", "verb-left"),
        ("Gremitskikh said at a regular news briefing today.", "today", "briefing", "noun-left"),
        ("During an informal ministerial meeting in Greece in June, Russia and NATO agreed to renew cooperation.", "June", "meeting", "noun-left"),
        ("Russia published a draft of the treaty on Sunday, sending copies to heads of state.", "Sunday", "published", "verb-left"),
        ("The State Department on Sunday issued an updated caution.", "Sunday", "issued", "verb-next"),
        ("Poland, Hungary and the Czech Republic Friday formally joined NATO.", "Friday", "joined", "verb-next"),
        ("Even after a federal appeals court Thursday refused to order a hearing.", "Thursday", "refused", "verb-next"),
        ("The agency received reports of hate group crimes last year.", "last year", "crimes", "noun-left"),
        ("Police said the IRA was behind two killings in Belfast last week.", "last week", "killings", "noun-left"),
        ("The minister sought to soften the words, saying on Friday that Russia feels.", "Friday", "saying", "verb-left"),
        ("The demand for workers led employers to raise wages again last month.", "last month", "raise", "verb-left"),
        ("In January, Commissioner Doris Meissner ruled that Elian should go back.", "January", "ruled", "fronted"),
        ("Additional details of the slaying emerged on Sunday.", "Sunday", "emerged", "verb-left"),
        ("Albright announced on Monday a reward of up to 2 million dollars.", "Monday", "announced", "verb-left"),
        ("Rogozin said earlier that the delegation had blocked the adoption.", "earlier", "said", "verb-left"),
        ("Cineplex shareholders responded coolly to yesterday's announcement.", "yesterday", "announcement", "possessive"),
        ("A nurse was injured in the 1998 abortion clinic bombing in Birmingham.", "1998", "bombing", "premodifier"),
        ("The number of visitors jumped from fewer than 100,000 in 1980 to more than 300,000.", "1980", "jumped", "verb-left"),
        ("Slepian was shot to death at 10 p.m. at his home.", "10 p.m.", "shot", "verb-left"),
        ("He said the agreement would dilute earnings by 9% in 1990.", "1990", "dilute", "verb-left"),
        ("McCaw has forced LIN's hand by bidding $1.9 billion for the stake earlier this month.", "earlier this month", "bidding", "verb-left"),
        ("The bombings on Aug. 7 killed 259 people.", "Aug. 7", "bombings", "noun-left"),
        ("The city needed protection in 1979 when the Soviet Union invaded Afghanistan.", "1979", "invaded", "when-clause"),
        ("Ministers will hold their first formal meeting since the war in Georgia on Friday.", "Friday", "meeting", "light-verb"),
        ("NATO expelled the eight members of Russia's mission on Oct. 6.", "Oct. 6", "expelled", "verb-left"),
        ("Last week Control Data reported earnings of $9 million.", "Last week", "reported", "verb-right"),
        ("Aetna's third-quarter net income fell 22% to $182.6 million.", "third-quarter", "fell", "subject-verb"),
        ("Police found 1,300 pounds of fertilizer-based explosives Sunday in a shed.", "Sunday", "found", "verb-left"),
        ("The rate declined to 3.8 percent last month from 4.1 percent.", "last month", "declined", "verb-left"),
        ("In composite trading yesterday, Intelogic shares rose 37.5 cents.", "yesterday", "rose", "fronted"),
        ("Canadian authorities issued a nationwide arrest warrant Monday.", "Monday", "issued", "verb-left"),
        ("It has given back to workers the earning power they lost in the last decade.", "the last decade", "lost", "verb-left"),
        ("The stock ended unchanged Friday at $29 a share.", "Friday", "ended", "verb-left"),
        ("This year's results included a gain of $70.2 million.", "This year", "results", "possessive"),
    ];

    /// Sentence and a temporal phrase no trigger should get.
    const NO_TRIGGER: &[(&str, &str)] = &[
        // A possessive date determines its noun, here not an event noun.
        (
            "Fund managers said Friday's focus was a natural result.",
            "Friday",
        ),
        (
            "Mr. Fournier said the bank's 1989 unconsolidated, or parent-company, profit is likely to rise.",
            "1989",
        ),
        // The date belongs to the copula clause, not to the speech verb.
        (
            "Unisys said its European business was weak on Tuesday.",
            "Tuesday",
        ),
        // A letter's date is not an event's.
        (
            "Gonzalez said in the letter, dated Monday, that he objects.",
            "Monday",
        ),
    ];

    #[test]
    fn adverbs_after_modals_are_not_verbs() {
        let tokens = tokenize("Qantas will almost double its flights");
        let classes = classify(&tokens);
        assert_eq!(classes[2], Class::Other, "almost");
    }

    #[test]
    fn negated_participles_are_adjectives() {
        let tokens = tokenize("They sought markets untouched by the crisis and shares unchanged");
        let classes = classify(&tokens);
        assert_eq!(classes[3], Class::Other, "untouched");
        assert_eq!(classes[9], Class::Other, "unchanged");
    }

    #[test]
    fn dates_left_unattached() {
        for &(sentence, phrase) in NO_TRIGGER {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let start = sentence[..sentence.find(phrase).expect(phrase)].chars().count();
            let end = start + phrase.chars().count();
            let first = tokens.iter().position(|t| t.start >= start).unwrap();
            let last = tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len());
            let got = attach(&tokens, &classes, first, last).map(|a| tokens[a.trigger].text);
            assert_eq!(got, None, "{sentence} / {phrase}");
        }
    }

    #[test]
    fn comparison_dates_date_the_compared_result_only() {
        // The reference date dates the loss compared, never the clause's verb.
        let sentence = "It posted earnings of $24 million, compared with a loss of $3 million last year.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "last").unwrap();
        let got = attach(&tokens, &classes, first, first + 2).map(|a| (tokens[a.trigger].text, a.rule));
        assert_eq!(got, Some(("loss", "comparison")));
        // With no result named, nothing.
        let sentence = "Interest expense was lower than a year ago.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "a").unwrap();
        assert_eq!(attach(&tokens, &classes, first, first + 3), None);
    }

    #[test]
    fn reporting_periods_are_not_events() {
        let sentence = "It had a loss of $92.2 million for the quarter ended Sept. 30.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "Sept.").unwrap();
        assert_eq!(attach(&tokens, &classes, first, first + 2), None);
    }

    #[test]
    fn table() {
        for &(sentence, phrase, want_trigger, want_rule) in CASES {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let start = sentence
                .find(phrase)
                .map(|b| sentence[..b].chars().count())
                .expect(phrase);
            let end = start + phrase.chars().count();
            let first = tokens.iter().position(|t| t.start >= start).unwrap();
            let last = tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len());
            let got = attach(&tokens, &classes, first, last);
            let got = got.map(|a| (tokens[a.trigger].text, a.rule));
            assert_eq!(got, Some((want_trigger, want_rule)), "{sentence} / {phrase}");
        }
    }
}
