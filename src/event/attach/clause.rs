//! The clause and phrase around a date: the windows the rules search (a comma or bracket
//! ends a phrase, `;`, `:` and quotes a clause), and the dates that name no event (a
//! state's period, a due date, a date inside another temporal adjunct).

use super::class::Class;
use crate::event::words::{self, is};
use crate::text::sentence::Token;

/// "the quarter ended Sept. 30", "the year ending June 30, 1990": the date bounds a
/// reporting period, it does not date an event.
/// Also the period itself: "for the quarter ended Sept. 30" (both dates are skipped).
pub(super) fn describes_period(tokens: &[Token], first: usize, last: usize) -> bool {
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
/// event noun (those went to `premodifier`), names a thing, not an event; a date that
/// starts a state (`starts_state`: the timex's own mark, [`Timex::starts_a_state`]:
/// "since 1949", "met for the first time since April 2014") dates no event of its clause.
/// The timeline makes no row of such a date (TimeML annotators do link them to the
/// clause's events, so [`attach`](super::attach) itself still reads them).
///
/// [`Timex::starts_a_state`]: crate::timex::Timex::starts_a_state
pub fn dates_no_event(
    tokens: &[Token],
    classes: &[Class],
    first: usize,
    last: usize,
    starts_state: bool,
) -> bool {
    starts_state || names_a_thing(tokens, classes, first, last)
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
pub(super) fn is_due_date(tokens: &[Token], first: usize) -> bool {
    first >= 1 && tokens[first - 1].lower == "due"
}

/// "as of Sept. 30": a date at which a state holds, not an event's date (unless a verb
/// comes right before: "revoked as of November 1" is when the revoking takes effect).
pub(super) fn is_state_date(tokens: &[Token], first: usize) -> bool {
    first >= 2 && tokens[first - 2].lower == "as" && tokens[first - 1].lower == "of"
}

/// "since the war in Georgia": the noun at `i` is the object of a temporal preposition.
pub(super) fn inside_temporal_adjunct(tokens: &[Token], classes: &[Class], i: usize) -> bool {
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
pub(super) const COMPARATIVES: &[&str] = &["compared", "versus", "vs.", "comparison"];

/// The token after `word` when `word` comes right after the temporal phrase (which ends
/// before `last`), past one comma: "in 1979, when", "Tomorrow there".
pub(super) fn after_opening_word(tokens: &[Token], last: usize, word: &str) -> Option<usize> {
    let i = last + usize::from(tokens.get(last).is_some_and(|t| t.text == ","));
    (tokens.get(i)?.lower == word).then_some(i + 1)
}

/// Prepositions that start a temporal adjunct of their own.
pub(super) const TEMPORAL_PREPOSITIONS: &[&str] =
    &["since", "before", "after", "until", "till", "during", "following"];

/// Nouns naming reporting periods.
pub(super) const PERIOD_NOUNS: &[&str] = &[
    "year", "quarter", "period", "months", "weeks", "half", "month", "week", "quarters",
];

/// The longest bracketed name a search window looks past: "(CFE)", "(New START)".
pub(super) const BRACKET_MAX_TOKENS: usize = 4;

/// Where the search window left of `at` starts: after the nearest stop (soft stops too
/// unless `across_commas`), or after a clause opener.
pub(super) fn window_start(tokens: &[Token], classes: &[Class], at: usize, across_commas: bool) -> usize {
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
            Class::SoftStop if !across_commas && !names_continue(tokens, classes, i - 1, at) => return i,
            Class::ClauseOpener if !across_commas && !is(&["and", "or"], &tokens[i - 1].lower) => return i,
            _ => i -= 1,
        }
    }
    0
}

/// "admit Poland, Hungary and the Czech Republic in early March", "next to the U.S.
/// embassy in Nairobi, Kenya Friday morning": the comma at `comma` only separates names
/// — the items of a list of names ended by "and"/"or", or a place and its country or
/// state — that run on to the date at `at` or to a preposition right before it. The
/// phrase goes on past such a comma.
pub(super) fn names_continue(tokens: &[Token], classes: &[Class], comma: usize, at: usize) -> bool {
    if tokens[comma].text != "," || comma == 0 || classes[comma - 1] != Class::Name {
        return false;
    }
    let and_or = |i: usize| is(&["and", "or"], &tokens[i].lower);
    let in_list = |i: usize| {
        matches!(classes[i], Class::Name | Class::Determiner) || tokens[i].text == "," || and_or(i)
    };
    let end = (comma + 1..at).find(|&i| !in_list(i)).unwrap_or(at);
    let names = (comma + 1..end).any(|i| classes[i] == Class::Name);
    let listed = (comma + 1..end).any(and_or);
    // "the Financial Institutions Reform, Recovery and Enforcement Act of 1989": a date
    // after "of" belongs to the name
    let preposition = classes[end] == Class::Preposition && tokens[end].lower != "of";
    names && (end == at || (preposition && (listed || end + 1 == at)))
}

/// Where the search window right of `at` ends.
pub(super) fn window_end(classes: &[Class], at: usize, across_commas: bool) -> usize {
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

/// The longest apposition (in tokens) a search window looks past.
pub(super) const APPOSITION_MAX_TOKENS: usize = 8;

/// Whether `tokens[from..to]` reads as an apposition or a place between two commas,
/// not as a clause: short, verbless, no clause opener, and naming something ("Markus
/// Ederer", "Mo.", "off the Tanzanian coast", "Trade Minister Joseph Kimotho").
fn is_apposition(tokens: &[Token], classes: &[Class], from: usize, to: usize) -> bool {
    from < to
        && to - from <= APPOSITION_MAX_TOKENS
        && classes[from..to].iter().all(|c| {
            matches!(
                c,
                Class::Name | Class::Determiner | Class::Other | Class::Preposition | Class::Possessive
            )
        })
        && (from..to).any(|i| classes[i] == Class::Name || tokens[i].text.starts_with(char::is_uppercase))
}

/// "summoned the head of the EU delegation, Markus Ederer, on Tuesday", "a ceremony in
/// Independence, Mo., on March 12": when the comma at `comma` closes an apposition
/// opened by an earlier comma, the index of that earlier comma (the phrase the date
/// belongs to goes on before it).
pub(super) fn apposition_before(tokens: &[Token], classes: &[Class], comma: usize) -> Option<usize> {
    if tokens.get(comma)?.text != "," {
        return None;
    }
    let open = (comma.saturating_sub(APPOSITION_MAX_TOKENS + 1)..comma)
        .rev()
        .find(|&i| matches!(classes[i], Class::SoftStop | Class::HardStop))?;
    (tokens[open].text == "," && is_apposition(tokens, classes, open + 1, comma)).then_some(open)
}

/// "On Sept. 2, police in the Comoros archipelago, off the Tanzanian coast, raided …":
/// where the window right of a fronted date ends, past verbless appositions of the
/// subject (`end` is where [`window_end`] across one comma stopped).
pub(super) fn past_appositions(tokens: &[Token], classes: &[Class], from: usize, mut end: usize) -> usize {
    let mut start = from;
    for _ in 0..3 {
        let verbless = !(start..end).any(|i| matches!(classes[i], Class::Verb { .. } | Class::ClauseOpener));
        if !verbless || tokens.get(end).map(|t| t.text) != Some(",") {
            break;
        }
        let next = window_end(classes, end + 1, false);
        if !is_apposition(tokens, classes, start, end) && !is_apposition(tokens, classes, end + 1, next) {
            break;
        }
        start = end + 1;
        end = next;
    }
    end
}

pub(super) fn left_window_is_sentence_start(classes: &[Class], start: usize) -> bool {
    start == 0
        || classes[..start]
            .iter()
            .all(|c| matches!(c, Class::HardStop | Class::SoftStop))
}
