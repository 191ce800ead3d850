//! Describing an attached event: its clause, headline, actors, place and status.
//!
//! All functions work on one sentence's tokens and [`Class`]es. The clause of a verb runs
//! from the previous clause break (a `;`, a quote, ", and", ", which"…) to the next
//! one; an event noun's phrase is the noun with its modifiers and its first
//! prepositional complement ("meeting of the NATO-Russia Council").

use std::ops::Range;

use super::actors::{gazetteer, ArticleActors, Kind, Mention};
use super::attach::Class;
use super::words::{self, is};
use super::Status;
use crate::text::sentence::{tokenize, Token};

/// A headline's object stops after this many words: enough for "the NATO-Russia Council
/// on missile defence in Europe", short enough for a timeline row (the first event stage,
/// commit 1b34a6f).
pub(super) const OBJECT_MAX_WORDS: usize = 10;

/// The clause around token `at`.
pub fn clause(tokens: &[Token], classes: &[Class], at: usize) -> Range<usize> {
    let opens_clause = |i: usize| {
        i < tokens.len() && (classes[i] == Class::ClauseOpener || is(words::CLAUSE_OPENERS, &tokens[i].lower))
    };
    let breaks_before = |i: usize| match classes[i] {
        Class::HardStop => true,
        _ => i > 0 && classes[i - 1] == Class::SoftStop && opens_clause(i),
    };
    let mut start = at;
    while start > 0 && !breaks_before(start - 1) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < classes.len() {
        let stop = match classes[end] {
            Class::HardStop => true,
            // ", doubling the length of …": a participial clause of its own
            Class::SoftStop => {
                opens_clause(end + 1)
                    || reporting_clause_follows(tokens, classes, end + 1)
                    || participle_follows(tokens, classes, end + 1)
            }
            _ => false,
        };
        if stop {
            break;
        }
        end += 1;
    }
    start..end
}

/// ", doubling the length …", ", saying that …": an `-ing` verb right after a comma.
fn participle_follows(tokens: &[Token], classes: &[Class], at: usize) -> bool {
    at < tokens.len() && matches!(classes[at], Class::Verb { .. }) && tokens[at].lower.ends_with("ing")
}

/// The clause of a verb (for a coordinated verb's subject).
fn clause_of_verb(tokens: &[Token], classes: &[Class], v: usize) -> Range<usize> {
    clause(tokens, classes, v)
}

/// ", a source in the mission told RIA Novosti.": a phrase ending in a speech verb.
fn reporting_clause_follows(tokens: &[Token], classes: &[Class], from: usize) -> bool {
    let mut i = from;
    while i < tokens.len() && !matches!(classes[i], Class::SoftStop | Class::HardStop) {
        if matches!(classes[i], Class::Verb { .. }) {
            return is_speech_verb(&tokens[i].lower);
        }
        i += 1;
    }
    false
}

/// Adverbs of time told between a subject and its verb, kept with the verb: "the two
/// men last met", "Allies had last discussed", "Castro first raised".
pub const VERB_ADVERBS: &[&str] = &[
    "last",
    "first",
    "once",
    "again",
    "twice",
    "previously",
    "recently",
];

/// Nouns ending in `-ly` that are not adverbs.
const LY_NOUNS: &[&str] = &[
    "family", "assembly", "anomaly", "monopoly", "supply", "rally", "ally", "italy",
];

/// "strongly", "formally", "reportedly": an adverb of manner between a subject and its
/// verb ("The Cypriot government Saturday strongly condemned …").
pub fn is_manner_adverb(t: &Token) -> bool {
    let w: &str = t.lower.as_ref();
    w.len() >= 6 && w.ends_with("ly") && !t.is_capitalized() && !is(LY_NOUNS, w)
}

/// The phrase of an event noun: modifiers before it, one complement after it.
pub fn noun_phrase(tokens: &[Token], classes: &[Class], noun: usize) -> Range<usize> {
    let mut start = noun;
    while start > 0
        && matches!(
            classes[start - 1],
            Class::Other | Class::Name | Class::Determiner | Class::Possessive
        )
    {
        start -= 1;
    }
    let mut end = noun + 1;
    let mut prepositions = 0;
    while end < tokens.len() {
        // "meeting of the NATO-Russia Council in Brussels", "the downing of flight MH17
        // over Ukraine": a place after the complement
        let place = prepositions == 1
            && is(words::PLACE_AFTER_COMPLEMENT, &tokens[end].lower)
            && classes.get(end + 1) == Some(&Class::Name);
        if place {
            end += 1;
            while end < tokens.len() && classes[end] == Class::Name {
                end += 1;
            }
            break;
        }
        match classes[end] {
            Class::Preposition if is(words::NP_PREPOSITIONS, &tokens[end].lower) && prepositions == 0 => {
                prepositions += 1
            }
            Class::Determiner | Class::Name | Class::Possessive | Class::Other | Class::EventNoun => {}
            Class::ClauseOpener if tokens[end].lower == "and" && prepositions > 0 => {}
            _ => break,
        }
        end += 1;
    }
    start..end
}

/// The actors of a token range: people first, then organisations and countries, each in
/// text order, without repeats; a person's organisation or country is added after them.
/// Places after `in`/`at` are not actors.
pub fn actors_in(mentions: &[Mention], range: &Range<usize>, known: &ArticleActors) -> Vec<String> {
    let inside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| range.contains(&m.first) && !m.after_locative)
        .collect();
    let mut people = Vec::new();
    let mut bodies = Vec::new();
    for m in &inside {
        if m.kind == Kind::Person {
            push_unique(&mut people, m.label());
            if let Some(affiliation) = m.role.as_deref().and_then(|r| affiliation(r, known)) {
                push_unique(&mut bodies, affiliation);
            }
        } else {
            push_unique(&mut bodies, m.label());
        }
    }
    for b in bodies {
        push_unique(&mut people, b);
    }
    people
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The first country or organisation a role names ("Russian envoy to NATO" → Russia).
fn affiliation(role: &str, known: &ArticleActors) -> Option<String> {
    let tokens = tokenize(role);
    known
        .find(&tokens)
        .into_iter()
        .find(|m| m.kind != Kind::Person)
        .map(|m| m.canonical)
}

/// Whether the event is a plan, a statement or a fact. `future_date` / `past_date`: the
/// date lies wholly after / before the document date.
pub fn status(
    tokens: &[Token],
    trigger: usize,
    clause: &Range<usize>,
    is_verb: bool,
    future_date: bool,
    past_date: bool,
) -> Status {
    // A statement already made ("ministers will meet, diplomats said Thursday"): the
    // future cue belongs to what was said, not to the saying.
    if is_verb && !future_date && is_past_speech_verb(&tokens[trigger].lower) {
        return Status::Reported;
    }
    if future_date || (!past_date && has_future_cue(tokens, clause.start, trigger)) {
        return Status::Scheduled;
    }
    if is_verb && is_speech_verb(&tokens[trigger].lower) {
        return Status::Reported;
    }
    Status::Occurred
}

/// A speech act verb in a past form (`said`, `told`, `warned`), not its base, `-s` or
/// `-ing` form (`will say`, `says`, `is saying`).
fn is_past_speech_verb(form: &str) -> bool {
    words::verb(form).is_some_and(|v| {
        is(words::SPEECH_VERBS, v.lemma) && form != v.lemma && !form.ends_with("ing") && !form.ends_with('s')
    })
}

/// Whether a speech act verb (`said`, `denied`, `warned`, `told`).
pub fn is_speech_verb(form: &str) -> bool {
    words::verb(form).is_some_and(|v| is(words::SPEECH_VERBS, v.lemma))
}

/// A future cue (`will`, `is to`, `ahead of`, `scheduled`…) between `from` and `trigger`.
fn has_future_cue(tokens: &[Token], from: usize, trigger: usize) -> bool {
    let window: Vec<&str> = tokens[from..trigger].iter().map(|t| t.lower.as_ref()).collect();
    words::FUTURE_CUES
        .iter()
        .any(|cue| crate::text::cues::contains_phrase(&window, cue))
}

/// A place named in the range: the capitalised words after `in`/`at`, outside `skip`.
pub fn place_in(
    tokens: &[Token],
    classes: &[Class],
    range: &Range<usize>,
    skip: &Range<usize>,
    trigger: usize,
) -> Option<String> {
    let mut i = range.start;
    while i + 1 < range.end {
        let locative = matches!(tokens[i].lower.as_ref(), "in" | "at");
        if locative && classes[i + 1] == Class::Name && !skip.contains(&(i + 1)) {
            let mut j = i + 1;
            while j < range.end && classes[j] == Class::Name && !skip.contains(&j) {
                j += 1;
            }
            if classes.get(j) == Some(&Class::Possessive) {
                i = j;
                continue;
            }
            let place = join(&tokens[i + 1..j]);
            let shouting = tokens[i + 1..j]
                .iter()
                .any(|t| t.text.len() > 2 && !t.text.chars().any(char::is_lowercase));
            let calendar_word = crate::text::lexicon::month(tokens[i + 1].text).is_some()
                || crate::text::lexicon::weekday(tokens[i + 1].text).is_some();
            let kind = gazetteer().get(place.to_lowercase().as_str()).map(|e| e.kind);
            let country = kind == Some(Kind::Country);
            if calendar_word || (shouting && !country) || anchor_event_place(tokens, classes, i, trigger) {
                i = j;
                continue;
            }
            // a listed organisation is no place
            if kind.is_none() || country {
                return Some(place);
            }
        }
        i += 1;
    }
    None
}

/// The locative at `at` belongs to another event that only dates this one: "will hold
/// their first formal meeting since the war in Georgia" (Georgia is the war's place),
/// "met after the summit in Lisbon". An event noun right before it, opened by a temporal
/// preposition a few words back; never the event's own noun ("before next week's talks
/// in London" is where the talks are).
fn anchor_event_place(tokens: &[Token], classes: &[Class], at: usize, trigger: usize) -> bool {
    if at == 0 || at - 1 == trigger || classes[at - 1] != Class::EventNoun {
        return false;
    }
    (at.saturating_sub(5)..at - 1)
        .rev()
        .take_while(|&k| {
            !matches!(classes[k], Class::HardStop | Class::Verb { .. })
                && (classes[k] != Class::SoftStop || glued_hyphen(tokens, k))
        })
        .any(|k| is(words::TEMPORAL_ANCHORS, &tokens[k].lower))
}

/// A hyphen written inside a word ("U.S.-Russian talks"), touching the tokens on both
/// sides: part of a compound, not a dash that ends a phrase.
fn glued_hyphen(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == "-"
        && k > 0
        && tokens[k - 1].end == tokens[k].start
        && tokens.get(k + 1).is_some_and(|next| next.start == tokens[k].end)
}

/// Text of tokens, spaced as written (no space before punctuation or `'s`).
pub fn join(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut prev_end = None;
    for t in tokens {
        if let Some(end) = prev_end {
            if t.start > end {
                out.push(' ');
            }
        }
        out.push_str(t.text);
        prev_end = Some(t.end);
    }
    out
}

/// Builds headlines: the clause's subject, verb and object, people by surname.
pub struct Headline<'a> {
    pub tokens: &'a [Token<'a>],
    pub classes: &'a [Class],
    pub mentions: &'a [Mention],
    /// Tokens of the temporal phrase (and its preposition), left out of headlines.
    pub skip: Range<usize>,
}

impl Headline<'_> {
    /// "Medvedev proposed drawing up a new European security pact".
    /// A negated verb keeps its negation and the verb that negates it: "NATO would not
    /// admit Ukraine", "NATO and Russia failed to bridge their differences".
    pub fn for_verb(&self, verb: usize, clause: &Range<usize>) -> String {
        let (lead, group) = self.negated_group(verb, clause);
        let subject = self.subject(lead, clause);
        let mut parts: Vec<String> = Vec::new();
        if let Some(s) = subject.clone() {
            // "The treaty, signed in 2010": a participle after its noun is a passive
            // whose auxiliary the sentence leaves out; the row says it
            let passive = (group.is_empty() || group.start == lead) && self.reduced_relative(lead, clause);
            let be = if self.plural(&s) { "were" } else { "was" };
            parts.push(self.render(s));
            if passive {
                parts.push(be.to_string());
            }
        }
        parts.push(self.render(group.start..verb + 1));
        if let Some(rest) = self.embedded_clause(verb, clause) {
            parts.push(rest);
            return capitalize(&parts.join(" "));
        }
        let mut object = self.object(verb, clause);
        // "the campaign that began last month went on": a relative clause's object ends
        // before the verb of the clause around it
        if self.in_restrictive_relative(lead, clause) {
            if let Some(v) = object
                .clone()
                .find(|&i| matches!(self.classes[i], Class::Verb { finite: true } | Class::Auxiliary))
            {
                object.end = v;
            }
        }
        if !object.is_empty() {
            parts.push(self.render(object.clone()));
        }
        if let Some(rest) = self.deadline_complement(verb, object.end, clause) {
            parts.push(rest);
        }
        capitalize(&parts.join(" "))
    }

    /// "Meeting of the NATO-Russia Council".
    pub fn for_noun(&self, noun: usize) -> String {
        capitalize(&self.noun_text(noun, false))
    }

    /// The words of an event noun's phrase, its leading determiner kept or not.
    pub fn noun_text(&self, noun: usize, keep_determiner: bool) -> String {
        let phrase = noun_phrase(self.tokens, self.classes, noun);
        let mut start = phrase.start;
        while start < noun
            && ((!keep_determiner && matches!(self.classes[start], Class::Determiner | Class::Possessive))
                || self.skip.contains(&start))
        {
            start += 1;
        }
        self.render(start..phrase.end)
    }

    /// The verb whose subject is the event's and the words told before the verb: for
    /// "did not meet" (`did not`), "failed to bridge" (`failed to`), "has yet to ratify"
    /// (`has yet to`), "will attend" (`will`); for a plain verb, the verb itself and
    /// nothing.
    fn negated_group(&self, verb: usize, clause: &Range<usize>) -> (usize, Range<usize>) {
        let group_start = |v: usize| {
            let mut i = v;
            while i > clause.start
                && !self.skip.contains(&(i - 1))
                && (self.classes[i - 1] == Class::Auxiliary
                    || is(words::SKIPPABLE_ADVERBS, &self.tokens[i - 1].lower)
                    || is(VERB_ADVERBS, &self.tokens[i - 1].lower)
                    || matches!(
                        self.tokens[i - 1].lower.as_ref(),
                        "not" | "n't" | "never" | "ever" | "yet"
                    ))
            {
                i -= 1;
            }
            i
        };
        let negation = |r: Range<usize>| {
            r.into_iter()
                .any(|i| super::factuality::is_negation(&self.tokens[i].lower))
        };
        let start = group_start(verb);
        if start > clause.start + 1 && self.tokens[start - 1].lower == "to" {
            // An infinitive has the subject of the word that governs it, and says nothing
            // alone: "Finland applied to join", "the protocols are expected to be
            // signed", "Moscow was ready to start talks" (an adjective after a copula),
            // as "failed to bridge" and "has yet to ratify" always did.
            let lead = start - 2;
            let copula_adjective = self.classes[lead] == Class::Other
                && lead > clause.start
                && self.classes[lead - 1] == Class::Auxiliary;
            let governs = matches!(self.classes[lead], Class::Verb { .. })
                || copula_adjective
                || self.tokens[lead].lower == "yet";
            if governs && !self.skip.contains(&lead) {
                let outer = group_start(lead);
                return (lead, outer..verb);
            }
            // "Russia had proposed measures to reduce tension": an infinitive after a
            // verb's object noun is told with that verb
            if let Some(v) = self.verb_of_object(lead, clause) {
                let outer = group_start(v);
                return (v, outer..verb);
            }
        }
        // "will attend", "has signed", "was signed": the verb keeps its auxiliaries, so
        // that its form agrees with its subject and tells tense and voice
        let auxiliary = (start..verb)
            .any(|i| self.classes[i] == Class::Auxiliary || is(VERB_ADVERBS, &self.tokens[i].lower));
        if negation(start..verb) || auxiliary {
            return (verb, start..verb);
        }
        (verb, verb..verb)
    }

    /// The subject of the verb at `verb` (for a source: "Lavrov" in "Lavrov said").
    pub fn subject_of(&self, verb: usize, clause: &Range<usize>) -> Option<Range<usize>> {
        // "The three are expected to join": the subject of the verb group's first word
        let (lead, _) = self.negated_group(verb, clause);
        self.subject(lead, clause)
    }

    /// The words of a range as a headline shows them (people by surname).
    pub fn render_range(&self, range: Range<usize>) -> String {
        self.render(range)
    }

    /// The subject: the noun phrase before the verb (over auxiliaries and adverbs).
    fn subject(&self, verb: usize, clause: &Range<usize>) -> Option<Range<usize>> {
        let mut end = verb;
        while end > clause.start
            && (matches!(self.classes[end - 1], Class::Auxiliary)
                || is(words::SKIPPABLE_ADVERBS, &self.tokens[end - 1].lower)
                || (self.classes[end - 1] == Class::Other && is_manner_adverb(&self.tokens[end - 1]))
                || is(VERB_ADVERBS, &self.tokens[end - 1].lower)
                || self.skip.contains(&(end - 1)))
        {
            end -= 1;
        }
        // "the air campaign against Yugoslavia that began last month went on": a verb
        // right after a relative word with no comma before it tells of the phrase before
        let relative = match self.restrictive_relative(end) {
            Some(r) => {
                end = r;
                true
            }
            None => false,
        };
        // "spoke with him on Wednesday and will meet him": a coordinated verb has the
        // subject of the verb before it.
        if end > 0 && matches!(self.tokens[end - 1].lower.as_ref(), "and" | "but" | "or") {
            let before = (0..end - 1).rev().find(|&i| {
                matches!(self.classes[i], Class::Verb { finite: true }) && !self.skip.contains(&i)
            });
            if let Some(v) = before {
                let c = clause_of_verb(self.tokens, self.classes, v);
                return self.subject(v, &c);
            }
        }
        let mut start = end;
        // where the subject started before the walk went into a prepositional phrase
        let mut before_phrase: Option<usize> = None;
        while start > clause.start {
            // "said on Monday that NATO …": "that" before a name or a determiner opens
            // the complement clause; the subject starts after it.
            // ("said that of nine women who had been killed", "said that three doctors
            // who perform abortions": a preposition or a number after it too)
            let complementizer = self.tokens[start - 1].lower == "that"
                && start < self.tokens.len()
                && (matches!(
                    self.classes[start],
                    Class::Name | Class::Determiner | Class::Preposition
                ) || is(crate::text::lexeme::PRONOUNS, &self.tokens[start].lower)
                    || is(words::NUMBER_WORDS, &self.tokens[start].lower)
                    || self.tokens[start].text.starts_with(|c: char| c.is_ascii_digit()));
            if complementizer {
                break;
            }
            let c = self.classes[start - 1];
            let word = &self.tokens[start - 1].lower;
            // "Poland, Hungary and the Czech Republic joined": a comma inside a list of
            // names that ends in "and" is part of the subject.
            let list_comma = self.tokens[start - 1].text == ","
                && start >= 2
                && self.classes[start - 2] == Class::Name
                && self.classes[start] == Class::Name
                && (start..end).any(|i| self.tokens[i].lower == "and");
            if list_comma {
                start -= 1;
                continue;
            }
            // "Talks between the two sides ended", "officials in Geneva said": a
            // preposition right after a noun opens a phrase inside the subject
            let after_noun = start >= 2
                && matches!(
                    self.classes[start - 2],
                    Class::Name | Class::Other | Class::EventNoun
                )
                && !self.skip.contains(&(start - 2));
            let inner = c == Class::Preposition && after_noun && is(words::SUBJECT_PREPOSITIONS, word);
            let np = matches!(
                c,
                Class::Determiner | Class::Name | Class::Possessive | Class::Other | Class::EventNoun
            ) || (c == Class::Preposition && matches!(word.as_ref(), "of" | "to"))
                || inner
                || (c == Class::ClauseOpener && word == "and");
            if !np || self.skip.contains(&(start - 1)) {
                break;
            }
            if inner {
                before_phrase.get_or_insert(start);
            }
            start -= 1;
        }
        // such a phrase belongs to the subject only when the subject then opens its clause
        // ("Talks between the two sides ended"); otherwise the walk went into another
        // phrase ("in its fight against a hostile takeover bid launched")
        if let Some(b) = before_phrase.filter(|_| start != clause.start) {
            start = b;
        }
        // "in the wake of a strike that began last spring": what begins or ends is an
        // event; an aspectual verb's relative word names the event noun right before it
        if relative && self.aspectual(verb) && self.classes[end - 1] == Class::EventNoun {
            if let Some(of) = (start..end).rev().find(|&i| self.tokens[i].lower == "of") {
                start = of + 1;
            }
        }
        // A subject is words, not "2007 and" left over from a coordination, nor "of"
        // left after a complementizer ("said that of nine women who had been killed").
        while start < end
            && (self.tokens[start].lower == "and"
                || (self.classes[start] == Class::Preposition && self.tokens[start].lower != "to")
                || !self.tokens[start].text.starts_with(char::is_alphabetic))
        {
            start += 1;
        }
        if start < end {
            return Some(start..end);
        }
        let coordinated = end > clause.start && self.tokens[end - 1].lower == "and";
        if coordinated {
            return self.clause_subject(clause, verb);
        }
        self.antecedent(end)
    }

    /// The relative word ending at `end` ("that", "which", "who") with a noun right
    /// before it ("the campaign that began", "leaders who met"): the position of the
    /// relative word, where the phrase it names ends. `None` after a comma (that
    /// antecedent is [`Headline::antecedent`]'s) or a verb ("said that").
    fn restrictive_relative(&self, end: usize) -> Option<usize> {
        let r = end.checked_sub(1)?;
        let noun_before = r > 0
            && matches!(self.classes[r - 1], Class::Name | Class::Other | Class::EventNoun)
            && !self.skip.contains(&(r - 1));
        (is(words::RELATIVE_WORDS, &self.tokens[r].lower) && noun_before).then_some(r)
    }

    /// Whether the verb at `verb` begins, continues or ends something ("began",
    /// "resumed"; [`words::ASPECTUAL_VERBS`]).
    fn aspectual(&self, verb: usize) -> bool {
        words::verb(&self.tokens[verb].lower).is_some_and(|v| is(words::ASPECTUAL_VERBS, v.lemma))
    }

    /// Whether the verb at `verb` (after its auxiliaries and adverbs) opens a restrictive
    /// relative clause ([`Headline::restrictive_relative`]).
    fn in_restrictive_relative(&self, verb: usize, clause: &Range<usize>) -> bool {
        let mut end = verb;
        while end > clause.start
            && (matches!(self.classes[end - 1], Class::Auxiliary)
                || is(words::SKIPPABLE_ADVERBS, &self.tokens[end - 1].lower)
                || self.skip.contains(&(end - 1)))
        {
            end -= 1;
        }
        self.restrictive_relative(end).is_some()
    }

    /// "The office in Moscow, which opened in 2001", "the treaty, signed in 2010": the
    /// noun phrase before the comma that opens a relative or participial clause.
    pub(super) fn antecedent(&self, at: usize) -> Option<Range<usize>> {
        let mut comma = at;
        let relative = comma > 0 && matches!(self.tokens[comma - 1].lower.as_ref(), "which" | "who" | "that");
        if relative {
            comma -= 1;
        }
        if comma == 0 || self.classes[comma - 1] != Class::SoftStop {
            return None;
        }
        let end = comma - 1;
        let mut start = end;
        while start > 0
            && (matches!(
                self.classes[start - 1],
                Class::Determiner | Class::Name | Class::Possessive | Class::Other | Class::EventNoun
            ) || matches!(self.tokens[start - 1].lower.as_ref(), "of" | "in" | "at" | "and"))
        {
            start -= 1;
        }
        // "A third round, at the OSCE in Vienna, is scheduled": a phrase set off by commas
        // that opens with a preposition is an aside; the subject is before it. (A relative
        // pronoun's antecedent is the nearest phrase: "…, including the offices, which
        // were closed".)
        let aside = (0..end)
            .filter(|_| !relative)
            .rev()
            .take_while(|&i| self.classes[i] != Class::HardStop)
            .find(|&i| self.classes[i] == Class::SoftStop)
            .filter(|&c| {
                self.tokens[c].text == ","
                    && self.classes.get(c + 1) == Some(&Class::Preposition)
                    && (c + 1..end).all(|i| !matches!(self.classes[i], Class::Verb { .. } | Class::Auxiliary))
            });
        if let Some(c) = aside {
            if let Some(before) = self.antecedent(c + 1) {
                return Some(before);
            }
        }
        while start < end && matches!(self.classes[start], Class::Preposition | Class::ClauseOpener) {
            start += 1;
        }
        // "the reopening of the offices, which were closed": the relative's verb agrees
        // with the phrase after "of", not with the head before it
        if relative {
            start = self.agreeing_of(start..end, at).unwrap_or(start);
        }
        (start < end && !self.skip.contains(&start)).then_some(start..end)
    }

    /// The noun phrase that opens the clause ("Moscow had suspended … and halted").
    fn clause_subject(&self, clause: &Range<usize>, verb: usize) -> Option<Range<usize>> {
        let start = clause.start;
        let mut end = start;
        while end < verb
            && matches!(
                self.classes[end],
                Class::Determiner | Class::Name | Class::Possessive | Class::Other | Class::EventNoun
            )
            && !self.skip.contains(&end)
        {
            end += 1;
        }
        // The first conjunct's verb must be a plain one: "Putin said Russia …, signed in
        // 2010 and extended in 2021" has no subject for "extended".
        let next_is_verb = end < verb
            && matches!(self.classes[end], Class::Verb { .. } | Class::Auxiliary)
            && !(end..verb).any(|i| is_speech_verb(&self.tokens[i].lower));
        (start < end && next_is_verb).then_some(start..end)
    }

    /// The object: words after the verb up to an adjunct, a clause break or
    /// [`OBJECT_MAX_WORDS`] words.
    pub(super) fn object(&self, verb: usize, clause: &Range<usize>) -> Range<usize> {
        // "NATO promised in 1990 not to expand": the object after the verb's date
        let first = if self.skip.start == verb + 1 && !self.skip.is_empty() {
            self.skip.end
        } else {
            verb + 1
        };
        let object = self.object_from(first, clause);
        let object = if object.is_empty() {
            verb + 1..verb + 1
        } else {
            object
        };
        // "promised not to move "one inch eastward"": a quoted phrase that ends the
        // object stays with it
        match self.quoted_after(object.end, clause) {
            Some(end) => object.start..end,
            None => object,
        }
    }

    /// The object's words from `verb + 1`: to the clause's end, an adjunct or the
    /// temporal phrase, at most [`OBJECT_MAX_WORDS`].
    pub(super) fn object_from(&self, from: usize, clause: &Range<usize>) -> Range<usize> {
        let verb = from - 1;
        let mut end = verb + 1;
        while end < clause.end && end - verb <= OBJECT_MAX_WORDS {
            let t = &self.tokens[end];
            let stop = matches!(self.classes[end], Class::SoftStop | Class::HardStop)
                || (is(words::ADJUNCT_OPENERS, &t.lower) && !self.joins_names(end, clause))
                || self.skip.contains(&end);
            if stop {
                break;
            }
            end += 1;
        }
        // A person's name is never cut: "signed by Annan and Iraqi Deputy Prime Minister
        // Tariq Aziz" ends after the name.
        if let Some(m) = self
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Person && m.first < end && end < m.last && m.last <= clause.end)
        {
            end = m.last;
        }
        // Do not end on a preposition, an article, "and" or a weekday ("… in Kenya and
        // Tanzania Friday").
        while end > verb + 1
            && (matches!(self.classes[end - 1], Class::Preposition | Class::Determiner)
                || self.tokens[end - 1].lower == "and"
                || is_weekday(&self.tokens[end - 1]))
        {
            end -= 1;
        }
        verb + 1..end
    }

    /// Renders a range, naming people by surname ("President Dmitry Medvedev" →
    /// "Medvedev", "the alliance's secretary general" → "Rasmussen").
    pub(super) fn render(&self, range: Range<usize>) -> String {
        // Each word with its class and whether it was written touching the word before.
        let mut out: Vec<(&str, Class, bool)> = Vec::with_capacity(range.len());
        let mut i = range.start;
        while i < range.end {
            let person = self
                .mentions
                .iter()
                .filter(|m| m.kind == Kind::Person && m.first <= i && i < m.last)
                .min_by_key(|m| m.first);
            if let Some(m) = person {
                // Drop the title or description written before the name: "President",
                // "NATO spokesman", "the alliance's" (before an office named alone).
                let office_alone = !self.tokens[m.first].is_capitalized();
                while let Some((word, class, _)) = out.last() {
                    let lower = word.to_lowercase();
                    let title = match class {
                        Class::Name => true,
                        Class::Determiner | Class::Possessive => office_alone || lower == "the",
                        Class::Other => office_alone || crate::event::actors::is_role_noun(&lower),
                        // "Secretary of State Antony Blinken": a title's own "of"
                        Class::Preposition => {
                            lower == "of" && out.len() >= 2 && out[out.len() - 2].1 == Class::Name
                        }
                        _ => false,
                    };
                    if title {
                        out.pop();
                    } else {
                        break;
                    }
                }
                out.push((m.short_name(), Class::Name, false));
                i = m.last.max(i + 1);
                continue;
            }
            if !self.skip.contains(&i) {
                let touching = i > 0 && self.tokens[i - 1].end == self.tokens[i].start;
                out.push((self.tokens[i].text, self.classes[i], touching));
            }
            i += 1;
        }
        let mut text = String::with_capacity(out.iter().map(|(w, _, _)| w.len() + 1).sum());
        for (w, _, touching) in out {
            if !text.is_empty() && !touching {
                text.push(' ');
            }
            text.push_str(w);
        }
        text
    }
}

/// "Friday": a weekday is no name an "and" joins to an object's name, and no word an
/// object ends on.
pub(super) fn is_weekday(t: &Token) -> bool {
    crate::text::lexicon::weekday(t.text).is_some()
}

/// The headline with its first letter upper case.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
