//! A Russian row's headline and its English gloss.
//!
//! The headline is the trigger's clause, cut at the commas, dashes and quotes around it
//! ([`clause`]). For a speech verb it is what was reported, not the reporting frame
//! ([`reported`]): "…, что Финляндия вступит в альянс" gives "Финляндия вступит в
//! альянс", "«…», — сказал Бахтадзе журналистам" gives the quote, "Как заявил во вторник
//! Столтенберг, НАТО …" gives "НАТО …". A lead no clause opens with — a conjunction
//! or relative word, a dash, a stray number left of a clock time — is trimmed off
//! ([`trim_lead`], the words of `lang/ru/data/headline.tsv`), and a clause of fewer than
//! three words is widened to its sentence.

use std::ops::Range;

use super::{Actor, Status, Trigger};
use crate::lang::ru::headline::lead_class;
use crate::lang::ru::lexicon::value;
use crate::lang::ru::token::{Kind, Tok};

/// The most words a headline taken from reported content or a whole sentence keeps.
const MAX_WORDS: usize = 20;

/// The headline of the event whose trigger is `toks[ti]` in `sentence`.
pub(super) fn headline(
    text: &str,
    toks: &[Tok],
    sentence: Range<usize>,
    ti: usize,
    trig: &Trigger,
    time: Range<usize>,
) -> String {
    let mut span = clause(toks, sentence.clone(), ti);
    if trig.code == "01" && !trig.noun {
        if let Some(content) = reported(toks, sentence.clone(), span.clone()) {
            span = content;
        }
    }
    let mut span = trim_lead(toks, without_time_lead(toks, trim_lead(toks, span), &time));
    if words(toks, &span) < 3 {
        let start = sentence.start.max(ti.saturating_sub(MAX_WORDS / 2));
        span = trim_lead(toks, capped(toks, start, sentence.end));
    }
    if span.is_empty() {
        return String::new();
    }
    capitalise(text[toks[span.start].start..toks[span.end - 1].end].trim())
}

/// The clause around the trigger: from the comma, dash or sentence start before it to
/// the comma or sentence end after it, at most a dozen words either side.
pub(super) fn clause(toks: &[Tok], sentence: Range<usize>, ti: usize) -> Range<usize> {
    // a colon between two numbers is a clock time's ("в 16:24"), no break
    let is_break = |i: usize| {
        let t = &toks[i];
        let clock = t.low == ":"
            && i > 0
            && toks[i - 1].kind == Kind::Num
            && toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num);
        t.kind == Kind::Punct
            && matches!(t.low.as_str(), "," | ";" | ":" | "—" | "–" | "\"" | "«" | "»")
            && !clock
    };
    let mut start = ti;
    while start > sentence.start && !is_break(start - 1) && ti - start < 12 {
        start -= 1;
    }
    let mut end = ti + 1;
    while end < sentence.end && !is_break(end) && end - ti < 12 {
        end += 1;
    }
    // no trailing full stop
    while end > start + 1 && toks[end - 1].kind == Kind::Punct {
        end -= 1;
    }
    start..end
}

/// Whether a token is a dash (a hyphen written alone counts).
fn is_dash(t: &Tok) -> bool {
    t.kind == Kind::Punct && matches!(t.low.as_str(), "—" | "–" | "-")
}

/// The words (and numbers) of a span.
fn words(toks: &[Tok], span: &Range<usize>) -> usize {
    toks[span.clone()]
        .iter()
        .filter(|t| t.kind != Kind::Punct)
        .count()
}

/// `start..` up to `end`, at most [`MAX_WORDS`] words, stopping at a ";", without the
/// punctuation at its end.
fn capped(toks: &[Tok], start: usize, end: usize) -> Range<usize> {
    let mut stop = start;
    let mut n = 0;
    while stop < end && n < MAX_WORDS && toks[stop].low != ";" {
        n += (toks[stop].kind != Kind::Punct) as usize;
        stop += 1;
    }
    while stop > start
        && toks[stop - 1].kind == Kind::Punct
        && !matches!(toks[stop - 1].low.as_str(), ")" | "»")
    {
        stop -= 1;
    }
    start..stop
}

/// What a speech verb's clause `frame` reports, when the sentence says it:
/// * after it: "заявил журналистам, что …" (the clause after "что");
/// * after a frame that opens the sentence: "Как заявил Столтенберг, …";
/// * before it: "«…», — сказал Бахтадзе", "…, сообщило РИА Новости".
///
/// `None` when no such content of three words or more is there.
fn reported(toks: &[Tok], sentence: Range<usize>, frame: Range<usize>) -> Option<Range<usize>> {
    let fits = |r: Range<usize>| (words(toks, &r) >= 3).then_some(r);
    // "…, что …"
    let mut k = frame.end;
    while k < sentence.end && toks[k].kind == Kind::Punct && toks[k].low == "," {
        k += 1;
    }
    if k < sentence.end && k > frame.end && toks[k].low == "что" {
        if let Some(r) = fits(capped(toks, k + 1, sentence.end)) {
            return Some(r);
        }
    }
    // "Как заявил …, …"
    let opens = frame.start == sentence.start
        || toks[sentence.start..frame.start]
            .iter()
            .all(|t| t.kind == Kind::Punct);
    if opens && toks[frame.start].low == "как" {
        let mut k = frame.end;
        while k < sentence.end && toks[k].kind == Kind::Punct {
            k += 1;
        }
        return fits(capped(toks, k, sentence.end));
    }
    // "… , — сказал …": the content before the frame's comma or dash, when the frame
    // opens with its speech verb (not "после того, как … объявил")
    let inverted = toks[frame.start..frame.end.min(frame.start + 2)]
        .iter()
        .any(|t| t.kind == Kind::Word && lead_class(&t.low) == Some("speech"));
    if frame.start > sentence.start && inverted {
        let mut end = frame.start;
        while end > sentence.start && toks[end - 1].kind == Kind::Punct {
            end -= 1;
        }
        let breaks = &toks[end..frame.start];
        if !breaks.iter().any(|t| t.low == "," || is_dash(t)) {
            return None;
        }
        let mut start = sentence.start;
        while start < end && toks[start].kind == Kind::Punct {
            start += 1;
        }
        // the last MAX_WORDS words, from a clause start
        let mut first = start;
        while words(toks, &(first..end)) > MAX_WORDS {
            first += 1;
        }
        while first > start && first < end && !matches!(toks[first - 1].low.as_str(), "," | "." | "«" | ":")
        {
            first += 1;
        }
        return fits(first..end);
    }
    None
}

/// The span without the date or time it opens with ("До пятницы дипломаты обсудят …",
/// "6 октября НАТО выслало …"): the row's date column tells it. The phrase `time` and the
/// prepositions before it are cut when three words are left.
pub(super) fn without_time_lead(toks: &[Tok], span: Range<usize>, time: &Range<usize>) -> Range<usize> {
    let opens = time.start >= span.start
        && time.start < span.end
        && toks[span.start..time.start]
            .iter()
            .all(|t| t.kind == Kind::Punct || crate::lang::ru::timex::words::is_preposition(&t.low));
    if !opens || time.end >= span.end || words(toks, &(time.end..span.end)) < 3 {
        return span;
    }
    let mut start = time.end;
    while start < span.end && toks[start].kind == Kind::Punct && toks[start].low == "," {
        start += 1;
    }
    start..span.end
}

/// Whether `toks[i]` is a number that dates nothing: not followed by a month word, a
/// year word or another number ("49 НАТО сожалеет", the minutes of a clock time cut
/// off; not "14 мая", "2019 года").
fn stray_number(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.kind != Kind::Num {
        return false;
    }
    let next = toks.get(i + 1);
    let dated = next.is_some_and(|n| {
        value(&n.low, "month").is_some() || n.low.starts_with("год") || n.kind == Kind::Num || n.low == "%"
    });
    !dated && t.suffix.is_empty()
}

/// The span without a lead no clause opens with (punctuation, a dash, a conjunction, a
/// stray number), as long as three words are left.
pub(super) fn trim_lead(toks: &[Tok], span: Range<usize>) -> Range<usize> {
    let mut start = span.start;
    while start < span.end {
        let t = &toks[start];
        let lead = t.kind == Kind::Punct && !matches!(t.low.as_str(), "«" | "\"" | "(")
            || stray_number(toks, start)
            || t.kind == Kind::Word && lead_class(&t.low) == Some("conj");
        if !lead || words(toks, &(start + 1..span.end)) < 3 {
            break;
        }
        start += 1;
    }
    start..span.end
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The English gloss from the trigger table and the canonical actors, no translation of
/// the sentence: "Rogozin met with Rasmussen", "Russia suspended (with NATO)",
/// "NATO-Russia Council to meet" (scheduled: the English lemma), "NATO, Russia: talks";
/// with no actor named, "Expected to sign" for what is to come.
pub(super) fn gloss(trigger: &Trigger, actors: &[Actor], status: Status) -> String {
    // a person first: the one who speaks, meets, proposes
    let mut ordered: Vec<&Actor> = actors.iter().filter(|a| a.person).collect();
    ordered.extend(actors.iter().filter(|a| !a.person));
    let names: Vec<&str> = ordered.iter().map(|a| a.short.as_str()).collect();
    if trigger.noun {
        return match names.is_empty() {
            true => capitalise(trigger.gloss),
            false => format!("{}: {}", names.join(", "), trigger.gloss),
        };
    }
    let verb = if status == Status::Scheduled {
        format!("to {}", trigger.lemma)
    } else {
        trigger.gloss.to_string()
    };
    match names.split_first() {
        Some((subject, [])) => format!("{subject} {verb}"),
        Some((subject, rest)) if trigger.code == "04" => format!("{subject} {verb} with {}", rest.join(", ")),
        Some((subject, rest)) => format!("{subject} {verb} (with {})", rest.join(", ")),
        None if status == Status::Scheduled => format!("Expected {verb}"),
        None => capitalise(&verb),
    }
}
