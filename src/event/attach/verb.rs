//! The verb rules: the finite verb a date dates (the nearest left in its phrase, the one
//! right after it, a when-clause's), a relative clause's verb, and a verb of intending
//! that hands the date on unless it points ahead.

use super::class::Class;
use super::clause::{after_opening_word, window_end, window_start};
use crate::event::words::{self, is};
use crate::text::sentence::Token;

/// A finite verb right after the temporal phrase, over adverbs ("Friday formally joined").
pub(super) fn adjacent_verb_right(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
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

/// The first finite verb of a "when" clause right after the temporal phrase.
pub(super) fn when_clause_verb(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
    let i = after_opening_word(tokens, last, "when")?;
    (i..tokens.len())
        .take_while(|&j| !matches!(classes[j], Class::HardStop | Class::SoftStop))
        .find(|&j| matches!(classes[j], Class::Verb { finite: true }))
}

/// Whether an infinitive ("led employers to raise wages last month") may carry a date
/// before the finite verb that governs it.
pub(super) const INFINITIVES_COUNT: bool = true;

/// The nearest verb left of `before`, from `from`: finite first, else any.
pub(super) fn nearest_verb_left(
    tokens: &[Token],
    classes: &[Class],
    from: usize,
    before: usize,
) -> Option<usize> {
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
pub(super) const FUTURE_DATE_WORDS: &[&str] =
    &["next", "tomorrow", "later", "coming", "following", "upcoming"];

/// "trying to cross … six weeks ago", "invited the three countries to join … in July
/// 1997", "voted to support the republic Friday": an infinitive governed by a verb of
/// intending or attempting names an event that may never happen; a date that does not
/// point ahead dates the intending (the TimeML I_ACTION). "planned to ship … early next
/// year": a future date still dates the planned event.
pub(super) fn intended_by(tokens: &[Token], classes: &[Class], v: usize, first: usize, last: usize) -> usize {
    if v == 0 || tokens[v - 1].lower != "to" || (first..last).any(|i| is(FUTURE_DATE_WORDS, &tokens[i].lower))
    {
        return v;
    }
    // The governing verb: right before "to", or before its object ("invited Sinn Fein
    // to", "invited the three central and eastern European countries to").
    (v.saturating_sub(INTENDED_OBJECT_MAX_TOKENS + 2)..v - 1)
        .rev()
        .take_while(|&i| match classes[i] {
            Class::HardStop | Class::SoftStop => false,
            Class::ClauseOpener => is(&["and", "or"], &tokens[i].lower),
            _ => true,
        })
        .find(|&i| matches!(classes[i], Class::Verb { .. }))
        .filter(|&g| is(words::INTENT_VERBS, &tokens[g].lower))
        .unwrap_or(v)
}

/// The infinitive a verb of intending at `v` governs ("has decided to admit", "invited
/// the ministers to visit"), for a date that lies ahead of the story ("… in early
/// March", written in February): the deciding is past, the date is the admitting's. A
/// verb in the future tense ("will decide to …") keeps its date.
pub fn planned_infinitive(tokens: &[Token], classes: &[Class], v: usize) -> Option<usize> {
    if !matches!(classes.get(v), Some(Class::Verb { .. })) || !is(words::INTENT_VERBS, &tokens[v].lower) {
        return None;
    }
    let future = (v.saturating_sub(3)..v).any(|i| is(&["will", "shall", "'ll"], &tokens[i].lower));
    if future {
        return None;
    }
    let end = window_end(classes, v + 1, false).min(v + INTENDED_OBJECT_MAX_TOKENS + 3);
    let to = (v + 1..end).find(|&i| tokens[i].lower == "to")?;
    (to + 1 < end && matches!(classes[to + 1], Class::Verb { .. })).then_some(to + 1)
}

/// The longest object between a verb of intending and its "to" ("invited the three
/// central and eastern European countries to join").
const INTENDED_OBJECT_MAX_TOKENS: usize = 8;

/// "the arrest announced today stemmed from …", "stocks that fell in price yesterday
/// exceeded 1,000": a date between a subject's relative clause and the main verb belongs
/// to the relative clause's verb — one after `that`/`who`/`which`, or a past form right
/// after its noun.
pub(super) fn relative_verb_left(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
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
pub(super) fn first_verb_right(classes: &[Class], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&i| matches!(classes[i], Class::Verb { finite: true }))
}
