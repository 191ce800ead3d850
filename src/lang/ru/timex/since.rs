//! A state since a date that lasts to the present ("с 2014 года по настоящее время",
//! "санкции действуют с 2014 года"): the start's value with a range to `PRESENT_REF`, as
//! English "since 2014".

use chrono::NaiveDate;

use super::words;
use crate::lang::ru::lexicon;
use crate::lang::ru::tense;
use crate::lang::ru::token::{Kind, Tok};
use crate::time::interval;

/// The index after the words of a `to_present` phrase (`phrases.tsv`) that start at token `j`, if they do. They
/// are no expression of their own ("по сей день" is the end of a state, or "still"), so
/// the scanner's "сей день" inside them is dropped.
pub(super) fn to_present_at(toks: &[Tok], j: usize) -> Option<usize> {
    words::phrases("to_present").find_map(|phrase| phrase.len_at(toks, j).map(|len| j + len))
}

/// Whether the date at tokens `start..end`, valued `value`, starts a state that lasts to
/// the present, as English "since 2014" does: opened by "с"/"со" and either followed by
/// words naming the present as its end (`to_present`; the index after them is
/// returned) or, with the document date after it, told by a present-tense verb of its
/// clause ("санкции действуют с 2014 года", `present_verb` in `endings.tsv`), a negated past ("не
/// проводились с 2014 года") or "впервые с". A past verb makes it a start of an event
/// ("работал с 2014 года", "с 1 января закон вступил в силу"), and a date after the
/// document's a scheduled start ("с 1 января вступает в силу"): `None`.
pub(super) fn since(
    toks: &[Tok],
    start: usize,
    end: usize,
    value: &str,
    dct: Option<NaiveDate>,
) -> Option<usize> {
    let before = start.checked_sub(1).and_then(|i| toks.get(i))?;
    if !words::has(&before.low, "from") {
        return None;
    }
    let mut j = end;
    // "с 2014 года, и по сей день", "с декабря 2006г. по настоящее время"
    let abbreviated = toks.get(end - 1).is_some_and(|t| {
        words::is_suffix(&t.suffix, "abbreviated_year") || words::is_suffix(&t.low, "abbreviated_year")
    });
    while toks.get(j).is_some_and(|t| {
        t.low == "," || words::has(&t.low, "and") || (t.low == "." && abbreviated && j == end)
    }) {
        j += 1;
    }
    if let Some(after) = to_present_at(toks, j) {
        return Some(after);
    }
    let past_start = interval::parse(value)
        .zip(dct)
        .is_some_and(|(iv, dct)| iv.end <= dct);
    if !past_start {
        return None;
    }
    let word_before = |i: usize| {
        i.checked_sub(1)
            .and_then(|k| toks.get(k))
            .map_or("", |t| t.low.as_str())
    };
    if words::has(word_before(start - 1), "first_since") {
        return Some(end);
    }
    // the verb of the clause nearest the date, each way up to a comma or the sentence's end
    let clause_end =
        |t: &Tok| t.kind == Kind::Punct && matches!(t.low.as_str(), "." | "!" | "?" | "\n" | "," | ";" | ":");
    let verb = |i: usize| {
        let w = toks[i].low.as_str();
        if toks[i].kind != Kind::Word {
            return None;
        }
        if tense::is_past_verb(w) {
            return Some(words::has(word_before(i), "not"));
        }
        let present = w.chars().count() >= 6
            && lexicon::tense_class(w).is_none()
            && words::ends_with(w, "present_verb");
        present.then_some(true)
    };
    let left = (0..start - 1)
        .rev()
        .take_while(|&i| !clause_end(&toks[i]))
        .find_map(|i| verb(i).map(|v| (start - i, v)));
    let right = (end..toks.len())
        .take_while(|&i| !clause_end(&toks[i]))
        .find_map(|i| verb(i).map(|v| (i + 1 - end, v)));
    let nearest = match (left, right) {
        (Some(l), Some(r)) => Some(if l.0 <= r.0 { l.1 } else { r.1 }),
        (l, r) => l.or(r).map(|v| v.1),
    };
    nearest.filter(|&state| state).map(|_| end)
}
