//! A state since a date that lasts to the present ("с 2014 года по настоящее время",
//! "санкции действуют с 2014 года"): the start's value with a range to `PRESENT_REF`, as
//! English "since 2014".

use chrono::NaiveDate;

use crate::lang::ru::lexicon;
use crate::lang::ru::tense;
use crate::lang::ru::token::{Kind, Tok};
use crate::time::interval;

/// The words that end a state now, after its start ("с 2014 года по настоящее время"):
/// "по настоящее время", "до сих пор", "по сей день"… (a comma or "и" may come before).
pub(super) const TO_PRESENT: &[&[&str]] = &[
    &["по", "настоящее", "время"],
    &["до", "настоящего", "времени"],
    &["по", "настоящий", "момент"],
    &["до", "настоящего", "момента"],
    &["до", "сих", "пор"],
    &["по", "сей", "день"],
    &["до", "сего", "дня"],
    &["по", "сегодняшний", "день"],
    &["до", "сегодняшнего", "дня"],
    &["по", "нынешний", "день"],
    &["по", "наши", "дни"],
    &["до", "наших", "дней"],
];

/// The index after the words of [`TO_PRESENT`] that start at token `j`, if they do. They
/// are no expression of their own ("по сей день" is the end of a state, or "still"), so
/// the scanner's "сей день" inside them is dropped.
pub(super) fn to_present_at(toks: &[Tok], j: usize) -> Option<usize> {
    TO_PRESENT.iter().find_map(|words| {
        let matched = words.iter().enumerate().all(|(k, w)| {
            j.checked_add(k)
                .and_then(|i| toks.get(i))
                .is_some_and(|t| t.low == *w)
        });
        matched.then(|| j + words.len())
    })
}

/// Present-tense endings of the verbs that tell a state going on since a date ("действует
/// с 2014 года", "остаются", "находится", "функционирует", "возглавляет"), checked on a
/// word of six letters or more that [`tense`] does not list as a future or a noun
/// ("ведутся с 2010 года": talks going on since 2010, a state, as English "have been
/// held since 2010").
pub(super) const PRESENT_ENDINGS: &[&str] = &[
    "ется", "ится", "ются", "ятся", "утся", "ует", "уют", "ает", "яет", "ают", "яют",
];

/// Words before "с" that make the date the start of a state: "впервые с 2014 года".
pub(super) const FIRST_SINCE: &[&str] = &["впервые"];

/// Whether the date at tokens `start..end`, valued `value`, starts a state that lasts to
/// the present, as English "since 2014" does: opened by "с"/"со" and either followed by
/// words naming the present as its end ([`TO_PRESENT`]; the index after them is
/// returned) or, with the document date after it, told by a present-tense verb of its
/// clause ("санкции действуют с 2014 года", [`PRESENT_ENDINGS`]), a negated past ("не
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
    if !matches!(before.low.as_str(), "с" | "со") {
        return None;
    }
    let mut j = end;
    // "с 2014 года, и по сей день", "с декабря 2006г. по настоящее время"
    let abbreviated = toks.get(end - 1).is_some_and(|t| t.suffix == "г" || t.low == "г");
    while toks
        .get(j)
        .is_some_and(|t| t.low == "," || t.low == "и" || (t.low == "." && abbreviated && j == end))
    {
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
    if FIRST_SINCE.contains(&word_before(start - 1)) {
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
            return Some(word_before(i) == "не");
        }
        let present = w.chars().count() >= 6
            && lexicon::tense_class(w).is_none()
            && PRESENT_ENDINGS.iter().any(|e| w.ends_with(e));
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
