//! Factuality: whether an event happened (`polarity`) and how the text holds it
//! (`modality`).
//!
//! A fact-checker reads "NATO and Russia failed to bridge their differences on Wednesday"
//! as a non-event, "Moscow says NATO promised in 1990 …" as Moscow's claim, and
//! "Russia demanded guarantees that NATO would not admit Ukraine" as a demand. The event
//! row is kept in each case (the claim and the failure are news) but marked:
//!
//! | reading                                   | polarity | modality   | source |
//! |-------------------------------------------|----------|------------|--------|
//! | "X met Y on Monday"                       | positive | asserted   |        |
//! | "X did not meet Y", "never met", "no meeting" | negative | asserted |      |
//! | "X failed/refused/declined to meet Y", "has yet to" | negative | asserted |  |
//! | "X said (that) Y met Z", "…, X said"      | positive | reported   | X      |
//! | "according to X, …"                       | positive | reported   | X      |
//! | "X denied that Y met Z"                   | positive | denied     | X      |
//! | "X demanded (guarantees) that Y …", "must"| positive | demanded   | X      |
//! | "Y may/could/is likely to meet Z"         | positive | possible   |        |
//! | "Y will meet Z", scheduled                | positive | planned    |        |
//!
//! The cue words are data: negation, possibility, obligation and report words are views
//! of the shared cue lexicon ([`crate::text::cues`]), the verbs and nouns of denial,
//! demand and failure are factuality's own (`data/factuality.tsv`); verbs are matched by
//! lemma. The
//! search is local: the trigger's verb group for negation, the nearest framing verb to
//! its left within the sentence (not across a comma, which too often opens another
//! clause) or a closing ", X said" for reports.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::attach::Class;
use super::words::{self, is};
use super::Status;
use crate::text::cues;
use crate::text::sentence::Token;

/// Whether the event took place (or is said, planned, asked… to take place) or not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Positive,
    Negative,
}

impl Polarity {
    /// The lower-case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
        }
    }

    /// Reads an output name back.
    pub fn parse(s: &str) -> Option<Polarity> {
        match s.trim().to_ascii_lowercase().as_str() {
            "positive" => Some(Polarity::Positive),
            "negative" => Some(Polarity::Negative),
            _ => None,
        }
    }
}

/// How the text holds the event: told as fact, as someone's report, as a plan…
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Told by the article as a fact.
    #[default]
    Asserted,
    /// Told as someone's statement (the event's `source`).
    Reported,
    /// Ahead of the document date: scheduled, announced, intended.
    Planned,
    /// "may", "could", "is likely to".
    Possible,
    /// Asked for: "demanded that", "urged … to", "must".
    Demanded,
    /// Someone says it did not happen: "denied that …".
    Denied,
}

impl Modality {
    /// The lower-case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Planned => "planned",
            Modality::Possible => "possible",
            Modality::Demanded => "demanded",
            Modality::Denied => "denied",
        }
    }

    /// Reads an output name back.
    pub fn parse(s: &str) -> Option<Modality> {
        let all = [
            Modality::Asserted,
            Modality::Reported,
            Modality::Planned,
            Modality::Possible,
            Modality::Demanded,
            Modality::Denied,
        ];
        let s = s.trim().to_ascii_lowercase();
        all.into_iter().find(|m| m.as_str() == s)
    }
}

/// The cue tables: views of the shared cue lexicon and the kinds of
/// `data/factuality.tsv`.
struct Cues {
    negation: Vec<&'static str>,
    negative_implicative: Vec<&'static str>,
    denial: Vec<&'static str>,
    denial_noun: Vec<&'static str>,
    demand: Vec<&'static str>,
    demand_noun: Vec<&'static str>,
    possible: Vec<&'static str>,
    obligation: Vec<&'static str>,
    report: Vec<&'static str>,
}

const FACTUALITY_TSV: &str = include_str!("data/factuality.tsv");

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut c = Cues {
            negation: cues::read_by(cues::NEGATION, cues::EVENT),
            negative_implicative: Vec::new(),
            denial: Vec::new(),
            denial_noun: Vec::new(),
            demand: Vec::new(),
            demand_noun: Vec::new(),
            possible: cues::POSSIBILITY.to_vec(),
            obligation: cues::OBLIGATION.to_vec(),
            report: cues::REPORT_WORDS.to_vec(),
        };
        for line in FACTUALITY_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((kind, word)) = line.split_once('\t') else {
                continue;
            };
            let list = match kind {
                "negative-implicative" => &mut c.negative_implicative,
                "denial" => &mut c.denial,
                "denial-noun" => &mut c.denial_noun,
                "demand" => &mut c.demand,
                "demand-noun" => &mut c.demand_noun,
                _ => continue,
            };
            list.push(word.trim());
        }
        c
    })
}

/// Whether a word negates ("not", "never", "no").
pub fn is_negation(word: &str) -> bool {
    is(&cues().negation, word)
}

/// Whether a verb lemma's "to" complement did not happen ("fail", "refuse").
pub fn is_negative_implicative(lemma: &str) -> bool {
    is(&cues().negative_implicative, lemma)
}

/// What framed the event: the framing word's index and whether it comes after the event
/// (", Lavrov said").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub at: usize,
    pub after: bool,
}

/// The factuality of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub polarity: Polarity,
    pub modality: Modality,
    /// The framing verb (said, denied, demanded) or `according`, for the source.
    pub frame: Option<Frame>,
}

/// The lemma of a verb form, or the form itself.
/// A form the verb table lacks is cut to a stem a cue list may hold ("urged" → "urge").
fn lemma(t: &Token) -> String {
    if let Some(v) = words::verb(&t.lower) {
        return v.lemma.to_string();
    }
    let w = t.lower.as_ref();
    let c = cues();
    let lists = [&c.denial, &c.demand, &c.negative_implicative];
    let stems = [
        w.strip_suffix("d"),
        w.strip_suffix("ed"),
        w.strip_suffix("s"),
        w.strip_suffix("ing"),
    ];
    for stem in stems.into_iter().flatten() {
        if !stem.is_empty() && lists.iter().any(|l| is(l, stem)) {
            return stem.to_string();
        }
    }
    if let Some(stem) = w.strip_suffix("ing") {
        let e = format!("{stem}e");
        if lists.iter().any(|l| is(l, &e)) {
            return e;
        }
    }
    w.to_string()
}

/// Words that may stand in a verb group between the subject and the verb: "has not yet
/// been", "did not formally", "will never".
fn in_verb_group(t: &Token, c: Class) -> bool {
    let w = t.lower.as_ref();
    c == Class::Auxiliary
        || is(words::SKIPPABLE_ADVERBS, w)
        || (w.ends_with("ly") && w.len() > 3 && !matches!(c, Class::Name | Class::EventNoun))
        || matches!(
            w,
            "not"
                | "n't"
                | "never"
                | "ever"
                | "yet"
                | "be"
                | "been"
                | "being"
                | "have"
                | "has"
                | "had"
                | "also"
                | "still"
                | "so"
                | "far"
        )
}

/// Reads the factuality of the event at `trigger`; `head` is the verb that carries it
/// (the trigger, or the verb whose object the event noun is), `status` its status.
pub fn read(tokens: &[Token], classes: &[Class], trigger: usize, head: usize, status: Status) -> Reading {
    let c = cues();
    let polarity = if negated(tokens, classes, trigger, head) {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let left = frame_left(tokens, classes, head);
    let mut modality = Modality::Asserted;
    let mut frame = None;
    if let Some((at, m)) = left {
        modality = m;
        frame = Some(Frame { at, after: false });
    } else if let Some(at) = speech_after(tokens, classes, trigger.max(head)) {
        modality = Modality::Reported;
        frame = Some(Frame { at, after: true });
    } else if let Some(at) = tokens.iter().position(|t| is(&c.report, &t.lower)) {
        modality = Modality::Reported;
        frame = (tokens.get(at + 1).is_some_and(|t| t.lower == "to")).then_some(Frame { at, after: false });
    }
    if !matches!(modality, Modality::Denied | Modality::Demanded) {
        let group = verb_group_start(tokens, classes, head);
        let lo = group.saturating_sub(3);
        let before = &tokens[lo..head.max(lo)];
        if before.iter().any(|t| is(&c.obligation, &t.lower)) {
            modality = Modality::Demanded;
        } else if before.iter().any(|t| is(&c.possible, &t.lower)) {
            modality = Modality::Possible;
        } else if status == Status::Scheduled {
            modality = Modality::Planned;
        }
    }
    Reading {
        polarity,
        modality,
        frame,
    }
}

/// Where the verb group ending before `head` starts ("has not yet been" signed).
fn verb_group_start(tokens: &[Token], classes: &[Class], head: usize) -> usize {
    let mut i = head;
    while i > 0 && in_verb_group(&tokens[i - 1], classes[i - 1]) {
        i -= 1;
    }
    i
}

/// Whether the event is negated: in its verb group ("did not meet"), by a
/// negative-implicative verb ("failed to bridge", "has yet to ratify"), by its subject
/// ("no such promise was ever written") or, for a noun, by its determiner ("no meeting",
/// "without a vote").
fn negated(tokens: &[Token], classes: &[Class], trigger: usize, head: usize) -> bool {
    let c = cues();
    let neg = |i: usize| is(&c.negation, &tokens[i].lower);
    // The event noun's own determiner: "held no talks", "no meeting took place".
    if trigger != head || !matches!(classes[trigger], Class::Verb { .. }) {
        let mut i = trigger;
        while i > 0
            && matches!(classes[i - 1], Class::Other | Class::Determiner | Class::Name)
            && trigger - i < 4
        {
            i -= 1;
            if neg(i) {
                return true;
            }
        }
        if i > 0 && tokens[i - 1].lower == "without" {
            return true;
        }
    }
    let mut i = head;
    let start = verb_group_start(tokens, classes, head);
    while i > start {
        i -= 1;
        if neg(i) {
            return true;
        }
    }
    // "failed to bridge", "refused to attend", "has yet to ratify".
    if start > 0 && tokens[start - 1].lower == "to" {
        let mut v = start - 1;
        while v > 0 && matches!(tokens[v - 1].lower.as_ref(), "not" | "so" | "far") {
            v -= 1;
        }
        if v > 0 && is(&c.negative_implicative, &lemma(&tokens[v - 1])) {
            // "did not fail to" reads positive
            let outer = verb_group_start(tokens, classes, v - 1);
            return !(outer..v - 1).any(neg);
        }
    }
    // The subject: "no such promise was ever written", "nobody signed".
    let mut j = start;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        steps += 1;
        match classes[j] {
            Class::Determiner | Class::Other | Class::Name | Class::EventNoun => {
                if matches!(
                    tokens[j].lower.as_ref(),
                    "no" | "nobody" | "none" | "nothing" | "neither"
                ) {
                    return true;
                }
            }
            _ => break,
        }
    }
    false
}

/// The nearest framing word left of `head` in its sentence: a denial, demand or speech
/// verb, or a demand noun followed by "that"/"for" ("guarantees that …"). The search
/// stops at a comma, `;` or another sentence's start; it passes quotes and colons
/// (`Lavrov said: "…"`).
fn frame_left(tokens: &[Token], classes: &[Class], head: usize) -> Option<(usize, Modality)> {
    let c = cues();
    let mut i = head;
    while i > 0 {
        i -= 1;
        let t = &tokens[i];
        // "Moscow denied that … and on Monday suspended its mission": a predicate
        // coordinated with no subject of its own shares the framing verb's subject; it is
        // not in its complement.
        if matches!(t.lower.as_ref(), "and" | "but") && !has_own_subject(tokens, classes, i + 1, head) {
            return None;
        }
        match classes[i] {
            Class::SoftStop => return None,
            Class::HardStop if !matches!(t.text, ":" | "\"" | "\u{201c}" | "\u{201d}" | "'") => return None,
            Class::Verb { .. } => {
                let l = lemma(t);
                let l = l.as_str();
                if is(&c.denial, l) {
                    return Some((i, Modality::Denied));
                }
                if is(&c.demand, l) && complement_follows(tokens, i) {
                    return Some((i, Modality::Demanded));
                }
                if is(words::SPEECH_VERBS, l) {
                    return Some((i, Modality::Reported));
                }
            }
            _ => {
                let that = tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.lower.as_ref(), "that" | "for" | "to"));
                if that && is(&c.demand_noun, &t.lower) {
                    return Some((i, Modality::Demanded));
                }
                if that && is(&c.denial_noun, &t.lower) {
                    return Some((i, Modality::Denied));
                }
            }
        }
    }
    None
}

/// Whether the words from `from` to `head` name a subject: a determiner, a pronoun or a
/// name that is no calendar word ("on Monday" is not a subject).
fn has_own_subject(tokens: &[Token], classes: &[Class], from: usize, head: usize) -> bool {
    (from..head).any(|i| {
        let w = tokens[i].text;
        let calendar = crate::text::lexicon::weekday(w).is_some() || crate::text::lexicon::month(w).is_some();
        matches!(classes[i], Class::Determiner | Class::EventNoun)
            || (classes[i] == Class::Name && !calendar)
            || tokens[i].is(words::List::Pronoun)
    })
}

/// "demanded that", "urged Russia to", "called for", "asked NATO to": a demand verb
/// with a complement (not "the call lasted an hour").
fn complement_follows(tokens: &[Token], at: usize) -> bool {
    tokens[at + 1..]
        .iter()
        .take(6)
        .any(|t| matches!(t.lower.as_ref(), "that" | "to" | "for" | "on"))
}

/// A closing reporting clause after the event: "…, Lavrov said." / "…, said a source in
/// the mission." / "…," the minister told reporters. The speech verb is finite and no
/// other verb follows it in the sentence.
fn speech_after(tokens: &[Token], classes: &[Class], from: usize) -> Option<usize> {
    let comma =
        (from + 1..tokens.len()).find(|&i| matches!(classes[i], Class::SoftStop | Class::HardStop))?;
    if tokens[comma].text == ";" {
        return None;
    }
    let mut k = comma;
    while k < tokens.len() && matches!(classes[k], Class::SoftStop | Class::HardStop) {
        k += 1;
    }
    let verbs: Vec<usize> = (k..tokens.len())
        .take_while(|&i| classes[i] != Class::HardStop || tokens[i].text != ";")
        .filter(|&i| matches!(classes[i], Class::Verb { .. }))
        .collect();
    let &[v] = verbs.as_slice() else {
        return None;
    };
    // ", and said the decision had been …", ", had described Russia as …": a
    // coordinated predicate or a verb with a clause of its own is no reporting clause.
    if tokens[k].lower == "and" || (v > 0 && classes[v - 1] == Class::Auxiliary) {
        return None;
    }
    let clause_after = tokens[v + 1..]
        .iter()
        .zip(&classes[v + 1..])
        .any(|(t, c)| *c == Class::Auxiliary || t.lower == "that");
    if clause_after {
        return None;
    }
    let l = lemma(&tokens[v]);
    let speech = is(words::SPEECH_VERBS, &l) && !is(&cues().denial, &l);
    (speech && v - k <= 6 && !tokens[v].lower.ends_with("ing")).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::attach::classify;
    use crate::text::sentence::tokenize;

    /// Sentence, trigger word, expected polarity and modality.
    const CASES: &[(&str, &str, Polarity, Modality)] = &[
        (
            "NATO and Russia failed to bridge their differences on Wednesday.",
            "bridge",
            Polarity::Negative,
            Modality::Asserted,
        ),
        (
            "Russia did not reject the proposal.",
            "reject",
            Polarity::Negative,
            Modality::Asserted,
        ),
        (
            "The parliament has yet to ratify the treaty.",
            "ratify",
            Polarity::Negative,
            Modality::Asserted,
        ),
        (
            "Lavrov refused to meet the envoy on Monday.",
            "meet",
            Polarity::Negative,
            Modality::Asserted,
        ),
        (
            "Western officials said that no such promise was ever written into a treaty.",
            "written",
            Polarity::Negative,
            Modality::Reported,
        ),
        (
            "Russia demanded guarantees that NATO would not admit Ukraine.",
            "admit",
            Polarity::Negative,
            Modality::Demanded,
        ),
        (
            "Appathurai denied that anything was blocked.",
            "blocked",
            Polarity::Positive,
            Modality::Denied,
        ),
        (
            "Moscow says NATO promised in 1990 not to move eastward.",
            "promised",
            Polarity::Positive,
            Modality::Reported,
        ),
        (
            "Russia will suspend its mission, Lavrov said.",
            "suspend",
            Polarity::Positive,
            Modality::Reported,
        ),
        (
            "Russia could withdraw from the treaty.",
            "withdraw",
            Polarity::Positive,
            Modality::Possible,
        ),
        (
            "NATO expelled eight Russian diplomats on Oct. 6.",
            "expelled",
            Polarity::Positive,
            Modality::Asserted,
        ),
        (
            "Kyiv urged NATO to deliver air defence systems.",
            "deliver",
            Polarity::Positive,
            Modality::Demanded,
        ),
        (
            "The ministers never signed the declaration.",
            "signed",
            Polarity::Negative,
            Modality::Asserted,
        ),
        (
            "The talks ended without an agreement.",
            "agreement",
            Polarity::Negative,
            Modality::Asserted,
        ),
    ];

    #[test]
    fn table() {
        for &(sentence, trigger, polarity, modality) in CASES {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let at = tokens.iter().position(|t| t.text == trigger).expect(trigger);
            let r = read(&tokens, &classes, at, at, Status::Occurred);
            assert_eq!(
                (r.polarity, r.modality),
                (polarity, modality),
                "{sentence} / {trigger}"
            );
        }
    }
}
