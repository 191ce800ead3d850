//! The rules that keep a headline's clause whole (issue 25): a passive's auxiliary the
//! sentence leaves out ("the treaty, signed in 2010" → "The treaty was signed"), the
//! antecedent a relative's verb agrees with, a clause whose subject is the relative word,
//! an infinitive after a verb's object noun, a deadline before an infinitive, a short
//! quoted phrase, names joined by "and", and an event anaphor's event ("the move").
//! Each is a method of [`Headline`], called from `describe`.

use std::ops::Range;

use super::attach::Class;
use super::describe::{
    clause, is_manner_adverb, is_speech_verb, is_weekday, join, Headline, OBJECT_MAX_WORDS, VERB_ADVERBS,
};
use super::words::{self, is};

/// The longest quoted phrase an object keeps ("one inch eastward", "a historic
/// mistake"): a phrase, not a quoted statement.
const QUOTED_MAX_WORDS: usize = 6;

/// The longest object noun phrase an infinitive's governing verb is looked for over
/// ("proposed new confidence-building measures to reduce …").
const OBJECT_NOUN_WORDS: usize = 4;

impl Headline<'_> {
    /// Whether the verb at `v` is a participle right after its noun's comma ("the
    /// treaty, signed in 2010", "the council, set up in 2002"), or coordinated with one
    /// ("…, signed in 2010 and extended in 2021"): a reduced relative clause, passive.
    pub(super) fn reduced_relative(&self, v: usize, clause: &Range<usize>) -> bool {
        let form: &str = self.tokens[v].lower.as_ref();
        if !matches!(self.classes[v], Class::Verb { .. }) || form.ends_with("ing") || form.ends_with('s') {
            return false;
        }
        let mut end = v;
        while end > 0
            && (is(words::SKIPPABLE_ADVERBS, &self.tokens[end - 1].lower)
                || is(VERB_ADVERBS, &self.tokens[end - 1].lower)
                || (self.classes[end - 1] == Class::Other && is_manner_adverb(&self.tokens[end - 1])))
        {
            end -= 1;
        }
        if end == 0 {
            return false;
        }
        if matches!(self.tokens[end - 1].lower.as_ref(), "and" | "or") {
            // the verb before the "and", over its own complements (not across a verb)
            let before = (end.saturating_sub(1 + OBJECT_MAX_WORDS)..end - 1)
                .rev()
                .take_while(|&i| {
                    !matches!(
                        self.classes[i],
                        Class::HardStop | Class::SoftStop | Class::Auxiliary
                    )
                })
                .find(|&i| matches!(self.classes[i], Class::Verb { .. }));
            return before.is_some_and(|b| b != v && self.reduced_relative(b, clause));
        }
        if self.tokens[end - 1].text != "," || !self.no_direct_object(v, clause) {
            return false;
        }
        // the noun right before the comma, itself no apposition or aside ("Amdahl, a
        // maker of computers, reported", "Delfin, who was jailed as an activist,
        // followed", "countries, including the Baltic states, followed")
        let Some(np) = self.antecedent(end).filter(|np| np.end + 1 == end) else {
            return false;
        };
        // one word is a noun phrase when it names an actor ("NATO, set up in 1949"), not
        // an adverb ("However, cited by police")
        let one_word = np.len() == 1 && !self.mentions.iter().any(|m| m.first == np.start);
        let opener = np.start == 0
            || match self.classes[np.start - 1] {
                Class::HardStop | Class::ClauseOpener => true,
                Class::Preposition => self.tokens[np.start - 1].lower != "as",
                Class::Verb { .. } => !self.tokens[np.start - 1].lower.ends_with("ing"),
                _ => false,
            };
        let in_relative = (0..np.start)
            .rev()
            .take_while(|&i| !matches!(self.classes[i], Class::HardStop | Class::SoftStop))
            .any(|i| matches!(self.tokens[i].lower.as_ref(), "who" | "which" | "whom" | "whose"));
        !one_word && opener && !in_relative
    }

    /// Whether no noun phrase follows the verb at `v` (over a particle and its temporal
    /// phrase): "set up in 2002", "signed in 2010", not "reported a decline".
    pub(super) fn no_direct_object(&self, v: usize, clause: &Range<usize>) -> bool {
        let mut i = v + 1;
        while i < clause.end
            && (self.skip.contains(&i)
                || matches!(
                    self.tokens[i].lower.as_ref(),
                    "up" | "out" | "off" | "down" | "back"
                ))
        {
            i += 1;
        }
        i >= clause.end
            || matches!(
                self.classes[i],
                Class::Preposition | Class::SoftStop | Class::HardStop | Class::ClauseOpener
            )
            || matches!(self.tokens[i].lower.as_ref(), "and" | "or" | "as")
    }

    /// Whether a noun phrase is plural: its head (the last word before a preposition)
    /// is a lower-case noun in `-s`, or its names are coordinated ("Poland and Hungary").
    pub(super) fn plural(&self, s: &Range<usize>) -> bool {
        let head_end = (s.start + 1..s.end)
            .find(|&i| self.classes[i] == Class::Preposition)
            .unwrap_or(s.end);
        if head_end <= s.start {
            return false;
        }
        if (s.start..head_end).any(|i| self.tokens[i].lower == "and") {
            return true;
        }
        let head = &self.tokens[head_end - 1];
        let w: &str = head.lower.as_ref();
        !head.is_capitalized()
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    }

    /// "Georgia and Ukraine, which NATO leaders promised at their summit would one day
    /// become members": the relative word is the subject of a clause after the verb, and
    /// the row says it whole: "NATO leaders promised at their summit that Georgia and
    /// Ukraine would one day become members". The words after the verb, or `None`.
    pub(super) fn embedded_clause(&self, verb: usize, clause: &Range<usize>) -> Option<String> {
        let relative = clause.start > 0
            && matches!(self.tokens[clause.start - 1].lower.as_ref(), "which" | "who")
            && clause.start < verb
            && matches!(
                self.classes[clause.start],
                Class::Name | Class::Determiner | Class::Other
            );
        if !relative {
            return None;
        }
        // the modal that opens the embedded clause, with no verb or break before it
        let modal = (verb + 1..clause.end)
            .take_while(|&i| {
                self.skip.contains(&i)
                    || !matches!(
                        self.classes[i],
                        Class::Verb { .. } | Class::SoftStop | Class::HardStop
                    )
            })
            .find(|&i| !self.skip.contains(&i) && is(words::MODALS, &self.tokens[i].lower))?;
        let inner = (modal + 1..clause.end.min(modal + 4))
            .find(|&i| matches!(self.classes[i], Class::Verb { .. }))?;
        let antecedent = self.antecedent(clause.start)?;
        let object = self.object_from(inner + 1, clause);
        let end = object.end.max(inner + 1);
        let adjunct = self.render(verb + 1..modal);
        let said = format!("that {} {}", self.render(antecedent), self.render(modal..end));
        Some(if adjunct.is_empty() {
            said
        } else {
            format!("{adjunct} {said}")
        })
    }

    /// The noun phrase a relative clause opening at `clause` tells of, when the relative
    /// word is not the clause's subject ("Finland and Sweden, which allies said …
    /// would join": "Finland and Sweden").
    pub fn relative_antecedent(&self, clause: &Range<usize>) -> Option<Range<usize>> {
        let relative = clause.start > 0
            && matches!(self.tokens[clause.start - 1].lower.as_ref(), "which" | "who")
            && matches!(
                self.classes.get(clause.start),
                Some(Class::Name | Class::Determiner | Class::Other)
            );
        relative.then(|| self.antecedent(clause.start)).flatten()
    }

    /// "gave the diplomats until the end of the month to leave Brussels": a deadline
    /// between an object and the infinitive it governs stays in the row, and the
    /// infinitive with it. The words from the deadline on, or `None`.
    pub(super) fn deadline_complement(
        &self,
        verb: usize,
        object_end: usize,
        clause: &Range<usize>,
    ) -> Option<String> {
        let skip = &self.skip;
        let deadline = !skip.is_empty()
            && object_end == skip.start
            && (verb + 1..skip.start).all(|i| {
                matches!(
                    self.classes[i],
                    Class::Determiner | Class::Name | Class::Possessive | Class::Other
                ) && self.tokens[i].lower != "that"
            })
            && matches!(self.tokens[skip.start].lower.as_ref(), "until" | "till" | "by");
        let infinitive = skip.end + 1 < clause.end
            && self.tokens[skip.end].lower == "to"
            && matches!(self.classes[skip.end + 1], Class::Verb { .. });
        if !deadline || !infinitive {
            return None;
        }
        let object = self.object_from(skip.end + 2, clause);
        let end = object.end.max(skip.end + 2);
        Some(format!(
            "{} {}",
            join(&self.tokens[skip.clone()]),
            self.render(skip.end..end)
        ))
    }

    /// The verb whose object ends at the noun `noun` ("proposed measures", "signed an
    /// agreement"), over at most [`OBJECT_NOUN_WORDS`] words of its noun phrase.
    pub(super) fn verb_of_object(&self, noun: usize, clause: &Range<usize>) -> Option<usize> {
        if !matches!(self.classes[noun], Class::Other | Class::EventNoun) || self.skip.contains(&noun) {
            return None;
        }
        let first = noun.saturating_sub(OBJECT_NOUN_WORDS).max(clause.start);
        let v = (first..noun).rev().find(|&i| {
            !matches!(
                self.classes[i],
                Class::Determiner | Class::Other | Class::Name | Class::Possessive | Class::EventNoun
            ) || self.skip.contains(&i)
        })?;
        let verb = matches!(self.classes[v], Class::Verb { .. })
            && !self.skip.contains(&v)
            && !is(words::COPULAS, &self.tokens[v].lower);
        verb.then_some(v)
    }

    /// The event told by this sentence's main clause as a noun phrase of `noun`:
    /// "Russia will suspend its mission to NATO" → "Russia's move to suspend its
    /// mission to NATO". For a sentence that reports ("…, Lavrov said"), what is reported.
    pub fn as_event_noun(&self, noun: &str) -> Option<String> {
        let all = 0..self.tokens.len();
        let speech = all.clone().find(|&i| {
            matches!(self.classes[i], Class::Verb { .. }) && is_speech_verb(&self.tokens[i].lower)
        });
        let within = match speech {
            Some(v) => {
                let c = clause(self.tokens, self.classes, v);
                let subject = self.subject_of(v, &c);
                super::speech::content(self.tokens, self.classes, v, subject.as_ref(), &(0..0))?
            }
            None => all,
        };
        let verb = within
            .clone()
            .find(|&i| matches!(self.classes[i], Class::Verb { .. }))?;
        let c = clause(self.tokens, self.classes, verb);
        let subject = self.subject_of(verb, &c)?;
        let lemma = words::verb(&self.tokens[verb].lower)?.lemma;
        let mut object = self.object(verb, &(c.start..c.end.min(within.end)));
        // the sentence's own date ("in April 2014", "on Monday") is no part of the name
        let dated = |i: usize| {
            let t = &self.tokens[i];
            crate::text::lexicon::month(t.text).is_some()
                || crate::text::lexicon::weekday(t.text).is_some()
                || (t.text.len() == 4 && t.text.chars().all(|c| c.is_ascii_digit()))
        };
        if let Some(p) = object
            .clone()
            .find(|&i| self.classes[i] == Class::Preposition && i + 1 < object.end && dated(i + 1))
        {
            object.end = p;
        }
        let owner = self.render(subject);
        let owner = if owner.ends_with('s') {
            format!("{owner}'")
        } else {
            format!("{owner}'s")
        };
        let mut text = format!("{owner} {noun} to {lemma}");
        if !object.is_empty() {
            text = format!("{text} {}", self.render(object));
        }
        Some(text)
    }

    /// The start of the phrase after the last "of" in `np`, when the auxiliary at `aux`
    /// agrees in number with that phrase and not with the head before it.
    pub(super) fn agreeing_of(&self, np: Range<usize>, aux: usize) -> Option<usize> {
        let plural = match self.tokens.get(aux).map(|t| t.lower.as_ref()) {
            Some("was" | "is" | "has") => false,
            Some("were" | "are" | "have") => true,
            _ => return None,
        };
        let of = (np.start + 1..np.end)
            .rev()
            .find(|&i| self.tokens[i].lower == "of")?;
        let (head, after) = (np.start..of, of + 1..np.end);
        (!after.is_empty() && self.plural(&head) != plural && self.plural(&after) == plural).then_some(of + 1)
    }

    /// The end of a short quoted phrase (no verb in it) opening at `at`, the clause's
    /// end, and closing a phrase; `None` otherwise.
    pub(super) fn quoted_after(&self, at: usize, clause: &Range<usize>) -> Option<usize> {
        let quote = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|t| matches!(t.text, "\"" | "``" | "''" | "“" | "”"))
        };
        if at != clause.end || !quote(at) || self.skip.contains(&(at + 1)) {
            return None;
        }
        let close = (at + 2..self.tokens.len().min(at + 2 + QUOTED_MAX_WORDS)).find(|&i| quote(i))?;
        let plain = (at + 1..close).all(|i| {
            !matches!(
                self.classes[i],
                Class::Verb { .. } | Class::Auxiliary | Class::HardStop | Class::SoftStop
            ) && !self.skip.contains(&i)
        });
        let ends_phrase = self
            .classes
            .get(close + 1)
            .is_none_or(|c| matches!(c, Class::HardStop | Class::SoftStop));
        (plain && ends_phrase).then_some(close + 1)
    }

    /// Whether the "and" at `at` joins two names inside an object ("invited Finland and
    /// Sweden", "the Organization for Security and Co-operation in Europe", "between
    /// Russia and the United States"), the second no subject of a verb after it.
    pub(super) fn joins_names(&self, at: usize, clause: &Range<usize>) -> bool {
        if self.tokens[at].lower != "and" || at == 0 || self.classes[at - 1] != Class::Name {
            return false;
        }
        let mut next = at + 1;
        if next < clause.end && self.tokens[next].lower == "the" {
            next += 1;
        }
        if next >= clause.end
            || self.classes[next] != Class::Name
            || self.skip.contains(&next)
            || is_weekday(&self.tokens[next])
            || crate::text::lexicon::month(self.tokens[next].text).is_some()
        {
            return false;
        }
        let mut after = next;
        while after < clause.end && matches!(self.classes[after], Class::Name | Class::Possessive) {
            after += 1;
        }
        !(after < clause.end && matches!(self.classes[after], Class::Verb { .. } | Class::Auxiliary))
    }
}
