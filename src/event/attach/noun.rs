//! The noun rules: the event noun a date dates, found left or right of it (a result
//! measured over a period, a compared result, the subject of "took place" or of a copula,
//! an existential clause's noun, a light verb's object, a noun chain).

use super::class::Class;
use super::clause::{
    after_opening_word, inside_temporal_adjunct, window_start, COMPARATIVES, PERIOD_NOUNS,
    TEMPORAL_PREPOSITIONS,
};
use crate::event::words::{self, is};
use crate::text::sentence::Token;

/// "reported a net loss of $8.1 million for the third quarter": after `for` + a reporting
/// period, the nearest result noun ([`words::RESULT_NOUNS`]) to the left in the same
/// phrase (over amounts, modifiers and `of`).
pub(super) fn measured_result(
    tokens: &[Token],
    classes: &[Class],
    first: usize,
    last: usize,
) -> Option<usize> {
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
pub(super) fn result_is_reported(tokens: &[Token], classes: &[Class], n: usize, last: usize) -> bool {
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
pub(super) fn compared_result(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
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
pub(super) fn took_place_subject(tokens: &[Token], classes: &[Class], v: usize) -> Option<usize> {
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
pub(super) fn copula_subject(tokens: &[Token], classes: &[Class], first: usize) -> Option<usize> {
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

pub(super) fn existential_noun(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
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

/// The occurrence noun a light verb takes as object ("hold their first formal meeting").
pub(super) fn light_object(tokens: &[Token], classes: &[Class], v: usize, before: usize) -> Option<usize> {
    (v + 1..before)
        .take_while(|&i| {
            matches!(
                classes[i],
                Class::Determiner | Class::Other | Class::EventNoun | Class::Name
            )
        })
        .find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
}

pub(super) fn is_light(tokens: &[Token], v: usize) -> bool {
    is(words::LIGHT_VERBS, &tokens[v].lower)
}

/// The event noun a temporal phrase ending at `last` pre-modifies: up to three
/// modifier words ("armed", "ministerial") may come between.
pub(super) fn noun_after(tokens: &[Token], classes: &[Class], last: usize) -> Option<usize> {
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
pub(super) fn modifies_next(tokens: &[Token], classes: &[Class], i: usize) -> bool {
    matches!(classes.get(i + 1), Some(Class::Other | Class::EventNoun)) && tokens[i + 1].is_word()
}

/// Walking left from a preposition (or the temporal phrase itself) over a noun-phrase chain ("a meeting with the
/// alliance's secretary general on"), the nearest event noun.
pub(super) fn noun_chain_left(tokens: &[Token], classes: &[Class], from: usize) -> Option<usize> {
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

/// "The four hours of talks at NATO headquarters were the second round of meetings this
/// week": when the event noun at `n` is in the predicate of a copula (nothing but its
/// noun phrase between them), the occurrence noun of the copula's subject, in
/// `from..` the copula, when the subject has one.
pub(super) fn copula_subject_event(
    tokens: &[Token],
    classes: &[Class],
    from: usize,
    n: usize,
) -> Option<usize> {
    let copula = (from..n).rev().find(|&i| {
        !matches!(
            classes[i],
            Class::Determiner | Class::Other | Class::Preposition | Class::EventNoun
        )
    })?;
    // "A report says there has been a rise": an existential copula has no subject, and a
    // verb before the copula heads another clause
    let clause_before =
        (from..copula).any(|i| matches!(classes[i], Class::Verb { .. }) || tokens[i].lower == "there");
    if !is(words::COPULAS, &tokens[copula].lower) || clause_before {
        return None;
    }
    (from..copula).find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
}
