//! Who, when a row's own words name no actor (issue 25, item 2).
//!
//! [`super::describe::actors_in`] reads the actors of a row from the gazetteer names in
//! its words, and [`super::coref`] resolves a pronoun or a definite description that is
//! the subject. What is left without an actor falls into a few kinds, each with a rule:
//!
//! * **a group named by number** ("the two men last met", "the two sides held talks",
//!   "the three are expected to join"): the actors of the nearest sentence (this one
//!   before the subject, then backwards) that names at least two of the kind the phrase
//!   allows (`group` lines of `data/anaphors.tsv`; a bare "the two" or "both" only as the
//!   whole subject); the headline names them ("Lavrov and Blinken last met") and the
//!   actors add the countries their roles name;
//! * **a plural pronoun** ("Their previous talks", "They agreed"): the actors a subject
//!   joins by "and", in its own sentence before it, else in the sentence before
//!   ([`coordination`]), never the dateline's place;
//! * **a possessive pronoun opening the subject** ("Its staff did not leave", "their
//!   talks"): the antecedent of the pronoun, as [`super::coref`] finds it; the headline
//!   says whose ("Russia's staff");
//! * **a statement whose speaker is no actor** ("…, officials said", "a newspaper
//!   reported that …"): the actors of what was said;
//! * **a place as the only participant** ("the war in Georgia", "the blast in
//!   Nairobi"): the country the place names, when nothing else is named.

use std::ops::Range;
use std::sync::OnceLock;

use super::actors::{Kind, Mention};
use super::describe;
use super::EventContext;
use crate::text::sentence::Token;

const ANAPHORS_TSV: &str = include_str!("data/anaphors.tsv");

/// How many sentences back a group phrase looks for its members.
const GROUP_WINDOW: usize = 3;

/// The group phrases of the anaphor table: words → kinds of their members.
fn groups() -> &'static [(Vec<&'static str>, Vec<Kind>)] {
    static TABLE: OnceLock<Vec<(Vec<&'static str>, Vec<Kind>)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ANAPHORS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, k)| k.split(',').any(|k| k.trim() == "group"))
            .map(|(phrase, kinds)| {
                let kinds = kinds.split(',').filter_map(|k| kind_of(k.trim())).collect();
                (phrase.split(' ').collect(), kinds)
            })
            .collect()
    })
}

/// The group line whose words open `subject` ("the two men last met"). A bare number or
/// "both" is the whole subject ("The two last met") or opens one whose last word is the
/// noun of a group line ("the three former Warsaw Pact countries"), never "the two
/// bombings".
fn group_phrase(tokens: &[Token], subject: &Range<usize>) -> Option<&'static (Vec<&'static str>, Vec<Kind>)> {
    let words: Vec<&str> = tokens[subject.clone()].iter().map(|t| t.lower.as_ref()).collect();
    let bare = |p: &[&str]| {
        p.last()
            .is_some_and(|&w| w == "both" || crate::text::lexicon::cardinal(w).is_some())
    };
    let group_noun = |w: &str| groups().iter().any(|(p, _)| !bare(p) && p.last() == Some(&w));
    groups().iter().find(|(p, _)| {
        words.starts_with(p)
            && (!bare(p) || words.len() == p.len() || words.last().is_some_and(|w| group_noun(w)))
    })
}

/// A kind named in the anaphor table.
pub fn kind_of(word: &str) -> Option<Kind> {
    match word {
        "person" => Some(Kind::Person),
        "country" => Some(Kind::Country),
        "org" => Some(Kind::Org),
        _ => None,
    }
}

/// The members a group phrase at `subject` names: the distinct fitting mentions of the
/// nearest sentence naming two or more, this sentence's words before the subject first.
pub fn group<'m>(
    tokens: &[Token],
    subject: &Range<usize>,
    here: &'m [Mention],
    earlier: &'m [Vec<Mention>],
    any_kind: bool,
) -> Vec<&'m Mention> {
    let Some((phrase, kinds)) = group_phrase(tokens, subject) else {
        return Vec::new();
    };
    // "the three": exactly three, the first three a sentence names; "both": two
    let size = phrase.iter().find_map(|w| match *w {
        "both" => Some(2),
        w => crate::text::lexicon::cardinal(w).map(|n| n as usize),
    });
    let members = |mentions: &'m [Mention], before: usize| {
        let mut out: Vec<&'m Mention> = Vec::new();
        for m in mentions
            .iter()
            .filter(|m| m.last <= before && (any_kind || kinds.contains(&m.kind)))
        {
            if !m.after_locative && !out.iter().any(|o| o.canonical == m.canonical) {
                out.push(m);
            }
        }
        if let Some(n) = size.filter(|&n| out.len() >= n) {
            out.truncate(n);
        }
        out
    };
    let enough = |m: &Vec<&'m Mention>| m.len() >= size.unwrap_or(2).max(2);
    let own = members(here, subject.start);
    if enough(&own) {
        return own;
    }
    earlier
        .iter()
        .rev()
        .take(GROUP_WINDOW)
        .map(|s| members(s, usize::MAX))
        .find(enough)
        .unwrap_or_default()
}

/// The words of a group phrase opening `subject`, as written ("The two men").
fn group_lead(tokens: &[Token], subject: &Range<usize>) -> String {
    let len = group_phrase(tokens, subject).map_or(0, |(p, _)| p.len());
    let lead: Vec<&str> = tokens[subject.start..subject.start + len]
        .iter()
        .map(|t| t.text)
        .collect();
    lead.join(" ")
}

/// "Lavrov and Blinken", "Poland, Hungary and Czech Republic".
fn names(members: &[&Mention]) -> String {
    let short: Vec<&str> = members.iter().map(|m| m.short_name()).collect();
    match short.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => String::new(),
    }
}

/// `headline` with its opening `lead` words replaced by `by`, when it opens with them.
fn reopen(headline: &str, lead: &str, by: &str) -> Option<String> {
    let opens = headline.len() > lead.len()
        && headline.is_char_boundary(lead.len())
        && headline[..lead.len()].eq_ignore_ascii_case(lead)
        && headline[lead.len()..].starts_with(' ');
    opens.then(|| format!("{by}{}", &headline[lead.len()..]))
}

/// Names the row's subject where it only points at its actors (a group by number, a
/// possessive pronoun), adding them to `actors` and naming them in `headline`; then,
/// when `actors` is still empty, fills it by the other rules of this module, in order.
pub(super) fn fill(
    ctx: &EventContext<'_>,
    headline: &mut String,
    actors: &mut Vec<String>,
    subject: Option<&Range<usize>>,
    trigger: usize,
    range: &Range<usize>,
) {
    let subject = subject.filter(|s| !s.is_empty());
    if let Some(s) = subject {
        if let Some(named) = name_subject(ctx, headline, s) {
            for (k, a) in named.into_iter().enumerate() {
                if !actors.contains(&a) {
                    actors.insert(k.min(actors.len()), a);
                }
            }
            return;
        }
    }
    if !actors.is_empty() {
        return;
    }
    let is_verb = matches!(ctx.classes[trigger], super::attach::Class::Verb { .. });
    let speech = is_verb && describe::is_speech_verb(&ctx.tokens[trigger].lower);
    if let Some(s) = subject {
        // "The Turkish foreign minister … the Russian ambassador. The two men last met":
        // men the gazetteer does not name stand for their countries, in the actors only
        let countries = group(ctx.tokens, s, ctx.mentions, ctx.earlier, true);
        if countries.len() >= 2 {
            // "The top US and Russian diplomats held talks … The two last met": the
            // headline says who as the sentence before did
            if let Some(h) = joint_subject(ctx, &countries)
                .and_then(|np| reopen(headline, &group_lead(ctx.tokens, s), &np))
            {
                *headline = h;
            }
            actors.extend(countries.iter().map(|m| m.label()));
            return;
        }
        // "the Russian presidential election, which ended on Sunday": a subject outside
        // the clause the actors were read from
        if s.start < range.start || s.end > range.end {
            *actors = describe::actors_in(ctx.mentions, s, ctx.known);
            if !actors.is_empty() {
                return;
            }
        }
    }
    if speech {
        let whole = 0..ctx.tokens.len();
        *actors = describe::actors_in(ctx.mentions, &whole, ctx.known);
        if !actors.is_empty() {
            return;
        }
    }
    // a place as the only participant of a happening: an event noun told alone, or a
    // verb whose subject is one ("the blast in Nairobi occurred"), never a party's act
    let event_noun = |s: &Range<usize>| {
        s.clone()
            .any(|i| ctx.classes[i] == super::attach::Class::EventNoun)
    };
    let happening = match subject {
        Some(s) => event_noun(s),
        None => !is_verb,
    };
    if !happening {
        return;
    }
    if let Some(m) = ctx
        .mentions
        .iter()
        .find(|m| m.after_locative && range.contains(&m.first) && m.kind != Kind::Person)
    {
        actors.push(m.label());
    }
}

/// The longest subject [`joint_subject`] repeats.
const JOINT_SUBJECT_MAX_WORDS: usize = 8;

/// "The top US and Russian diplomats held talks": the subject of the sentence before,
/// as written, when it joins all of `members` by "and" and ends in a plural common noun
/// (no comma, no possessive, at most [`JOINT_SUBJECT_MAX_WORDS`] words).
fn joint_subject(ctx: &EventContext<'_>, members: &[&Mention]) -> Option<String> {
    use super::attach::Class;
    let (tokens, classes) = ctx.before?;
    let mentions = ctx.earlier.last()?;
    let verb =
        (0..tokens.len()).find(|&i| matches!(classes[i], Class::Verb { finite: true } | Class::Auxiliary))?;
    let subject = &tokens[..verb];
    let head = subject.last()?;
    let plural_noun = !head.is_capitalized() && head.lower.len() > 3 && head.lower.ends_with('s');
    if subject.len() > JOINT_SUBJECT_MAX_WORDS
        || !plural_noun
        || !subject.iter().all(|t| t.is_word())
        || !subject.iter().any(|t| t.lower == "and")
    {
        return None;
    }
    let inside = |m: &&Mention| {
        mentions
            .iter()
            .any(|x| x.canonical == m.canonical && x.first < verb && !x.dateline)
    };
    members
        .iter()
        .all(inside)
        .then(|| subject.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// The actors a subject points at ("the two men", "its staff"), named in `headline`.
fn name_subject(ctx: &EventContext<'_>, headline: &mut String, s: &Range<usize>) -> Option<Vec<String>> {
    let members = group(ctx.tokens, s, ctx.mentions, ctx.earlier, false);
    if members.len() >= 2 {
        if let Some(h) = reopen(headline, &group_lead(ctx.tokens, s), &names(&members)) {
            *headline = h;
        }
        return Some(with_affiliations(ctx, &members));
    }
    let first = &ctx.tokens[s.start];
    // "Blinken and Lavrov met … Their previous talks", "… They agreed": a plural pronoun
    // names the actors joined by "and" in its sentence before it, else in the sentence before
    let they = s.len() == 1 && first.lower == "they";
    if they || first.lower == "their" {
        let pair = coordination(ctx.tokens, ctx.classes, ctx.mentions, s.start).or_else(|| {
            let (tokens, classes) = ctx.before?;
            coordination(tokens, classes, ctx.earlier.last()?, tokens.len())
        });
        if let Some(pair) = pair {
            let by = if they {
                names(&pair)
            } else {
                format!("{}'s", names(&pair))
            };
            if let Some(h) = reopen(headline, first.text, &by) {
                *headline = h;
            }
            return Some(with_affiliations(ctx, &pair));
        }
    }
    if !matches!(first.lower.as_ref(), "its" | "their") {
        return None;
    }
    let pronoun = s.start..s.start + 1;
    let m = super::coref::antecedent(ctx.tokens, &pronoun, ctx.mentions, ctx.earlier)?;
    if let Some(h) = reopen(headline, first.text, &format!("{}'s", m.short_name())) {
        *headline = h;
    }
    Some(vec![m.label()])
}

/// The labels of `members` and, after them, the countries and bodies their roles name
/// ("Antony Blinken (US Secretary of State)" → United States), as a row naming them
/// itself has them.
fn with_affiliations(ctx: &EventContext<'_>, members: &[&Mention]) -> Vec<String> {
    let owned: Vec<Mention> = members.iter().map(|&m| m.clone()).collect();
    describe::actors_in(&owned, &(0..usize::MAX), ctx.known)
}

/// The actors a subject joins by "and" in `tokens` before `before` ("Antony Blinken and
/// Sergei Lavrov met", "Russian President Vladimir Putin and Chinese President Xi Jinping
/// met", "Poland, Hungary and the Czech Republic joined"): each conjunct a run of
/// capitalised words (with "of" inside, "the" first) naming an actor, a person before a
/// country its title names, a verb after the last and none before the first ("NATO
/// leaders will offer Georgia and Ukraine a path", "the leaders of France and Germany
/// flew": no subject).
pub(super) fn coordination<'m>(
    tokens: &[Token],
    classes: &[super::attach::Class],
    mentions: &'m [Mention],
    before: usize,
) -> Option<Vec<&'m Mention>> {
    use super::attach::Class;
    let before = before.min(tokens.len());
    let in_name = |i: usize| tokens[i].is_capitalized() || tokens[i].lower == "of";
    // the actor a conjunct tokens[from..to] names
    let actor = |from: usize, to: usize| {
        let inside: Vec<&'m Mention> = mentions
            .iter()
            .filter(|m| from <= m.first && m.last <= to && !m.after_locative && !m.dateline)
            .collect();
        inside
            .iter()
            .find(|m| m.kind == Kind::Person)
            .or(inside.last())
            .copied()
    };
    for and in 1..before {
        if tokens[and].lower != "and" {
            continue;
        }
        // the right conjunct and the verb after it
        let from = and + 1 + usize::from(tokens.get(and + 1).is_some_and(|t| t.lower == "the"));
        let mut to = from;
        while to < before && in_name(to) {
            to += 1;
        }
        let mut next = to;
        while next < tokens.len()
            && next < to + 2
            && classes[next] == Class::Other
            && !tokens[next].is_capitalized()
        {
            next += 1;
        }
        let verb = matches!(
            classes.get(next),
            Some(Class::Verb { finite: true } | Class::Auxiliary)
        );
        let Some(last) = actor(from, to).filter(|_| verb && to > from) else {
            continue;
        };
        // the left conjuncts, back over commas
        let mut joined = vec![last];
        let mut end = if and >= 2 && tokens[and - 1].text == "," {
            and - 1
        } else {
            and
        };
        let mut first = end;
        loop {
            let mut start = end;
            while start > 0 && in_name(start - 1) {
                start -= 1;
            }
            // "of" is inside a name ("Secretary of State"), never its first word
            while start < end && tokens[start].lower == "of" {
                start += 1;
            }
            if start > 0 && tokens[start - 1].lower == "the" {
                start -= 1;
            }
            let Some(m) = actor(start, end).filter(|_| start < end) else {
                break;
            };
            if !joined.iter().any(|o| o.canonical == m.canonical) {
                joined.insert(0, m);
            }
            first = start;
            if start >= 2 && tokens[start - 1].text == "," {
                end = start - 1;
            } else {
                break;
            }
        }
        // … and opens its clause: "the leaders of France and Germany flew" is no subject
        let opens = first == 0
            || matches!(
                classes[first - 1],
                Class::SoftStop | Class::HardStop | Class::ClauseOpener | Class::Other
            );
        if joined.len() >= 2 && opens {
            return Some(joined);
        }
    }
    None
}

/// "A prisoner exchange took place on Monday", "the blast occurred at 10:35": a verb
/// that only says an event happened is told by the event noun of its subject, so the
/// row's trigger is that noun (and a second telling of the event folds into the
/// first). The noun's index, when the verb is one of these and its subject has one.
pub(super) fn occurrence_noun(
    ctx: &EventContext<'_>,
    verb: usize,
    subject: Option<&Range<usize>>,
) -> Option<usize> {
    let w = ctx.tokens[verb].lower.as_ref();
    let next = ctx.tokens.get(verb + 1).map(|t| t.lower.as_ref());
    let took = matches!(w, "took" | "takes" | "take" | "taken" | "taking")
        && matches!(next, Some("place" | "effect"));
    let happened = matches!(
        w,
        "occurred" | "occurs" | "occur" | "happened" | "happens" | "happen"
    );
    if !(took || happened) {
        return None;
    }
    subject?
        .clone()
        .rev()
        .find(|&i| ctx.classes[i] == super::attach::Class::EventNoun)
}

/// "Jens Stoltenberg handed over to him at a ceremony": an event noun whose own phrase
/// is under three words ("Ceremony") is told with the clause it stands in — the clause's
/// last verb before it, with the noun's preposition and phrase when the verb's headline
/// does not reach it. `None` when there is no such verb, or its headline would open with
/// a pronoun or a connective (a fragment again).
pub(super) fn widen(
    ctx: &EventContext<'_>,
    headline: &describe::Headline<'_>,
    noun: usize,
) -> Option<(String, Range<usize>)> {
    use super::attach::Class;
    let phrase = describe::noun_phrase(ctx.tokens, ctx.classes, noun);
    // "No strike was reported in Kyiv": the noun is the subject of the verb after it
    let verb_after = (phrase.end..ctx.tokens.len().min(phrase.end + 3))
        .take_while(|&i| matches!(ctx.classes[i], Class::Auxiliary | Class::Verb { .. }))
        .find(|&i| matches!(ctx.classes[i], Class::Verb { .. }));
    // … and opens its clause
    let clause_start = describe::clause(ctx.tokens, ctx.classes, noun).start;
    let opens =
        (clause_start..phrase.start).all(|i| matches!(ctx.classes[i], Class::HardStop | Class::SoftStop));
    if let Some(v) = verb_after.filter(|_| opens) {
        let clause = describe::clause(ctx.tokens, ctx.classes, v);
        let text = headline.for_verb(v, &clause);
        let has_noun = text.to_lowercase().contains(&*ctx.tokens[noun].lower);
        if has_noun && text.split_whitespace().count() >= 3 {
            return Some((text, phrase.start..clause.end));
        }
    }
    // "The embassy bombings, on Aug. 7, killed 247 people": the noun is the subject of
    // the verb after a date between commas
    if let Some(v) = verb_after_dated_commas(ctx, phrase.end).filter(|_| opens) {
        let clause = describe::clause(ctx.tokens, ctx.classes, v);
        let full = headline.for_verb(v, &clause);
        let text = if full.to_lowercase().contains(&*ctx.tokens[noun].lower) {
            full
        } else {
            let predicate = headline.for_verb(v, &(v..clause.end));
            let np = describe::capitalize(&headline.noun_text(noun, true));
            let mut chars = predicate.chars();
            let predicate: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            format!("{np} {predicate}")
        };
        if text.split_whitespace().count() >= 3 {
            return Some((text, phrase.start..clause.end));
        }
    }
    let prep = phrase.start.checked_sub(1)?;
    if ctx.classes[prep] != Class::Preposition {
        return None;
    }
    let clause = describe::clause(ctx.tokens, ctx.classes, noun);
    let verb = (clause.start..prep)
        .rev()
        .find(|&i| matches!(ctx.classes[i], Class::Verb { .. }))?;
    // the phrase must be the verb's own: no comma between, and a finite verb (or one
    // after its auxiliary: "were handed over … during a meeting")
    let finite = matches!(ctx.classes[verb], Class::Verb { finite: true })
        || (verb > clause.start && ctx.classes[verb - 1] == Class::Auxiliary);
    if !finite || (verb..prep).any(|i| matches!(ctx.classes[i], Class::SoftStop | Class::HardStop)) {
        return None;
    }
    let text = headline.for_verb(verb, &clause);
    let first = text.split_whitespace().next()?.to_lowercase();
    if crate::text::lexeme::is(crate::text::lexeme::PRONOUNS, &first)
        || crate::text::lexeme::is(crate::text::lexeme::PREPOSITIONS, &first)
        || matches!(first.as_str(), "to" | "and" | "but" | "or" | "if" | "as")
        || text.split_whitespace().count() < 2
    {
        return None;
    }
    let noun_word = ctx.tokens[noun].text;
    let text = if text
        .split_whitespace()
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == noun_word)
    {
        text
    } else {
        let np = headline.noun_text(noun, true);
        format!("{text} {} {np}", ctx.tokens[prep].lower)
    };
    Some((text, clause.start.min(phrase.start)..phrase.end.max(verb + 1)))
}

/// The finite verb right after a short verbless phrase between commas that opens with a
/// preposition (", on Aug. 7,"), the comma at `at`.
fn verb_after_dated_commas(ctx: &EventContext<'_>, at: usize) -> Option<usize> {
    use super::attach::Class;
    if ctx.tokens.get(at)?.text != "," || ctx.classes.get(at + 1) != Some(&Class::Preposition) {
        return None;
    }
    let close = (at + 2..ctx.tokens.len().min(at + 8)).find(|&i| ctx.tokens[i].text == ",")?;
    if (at + 1..close).any(|i| matches!(ctx.classes[i], Class::Verb { .. } | Class::HardStop)) {
        return None;
    }
    Some(close + 1).filter(|&v| matches!(ctx.classes.get(v), Some(Class::Verb { finite: true })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names() {
        let m = |c: &str, k| Mention {
            canonical: c.to_string(),
            kind: k,
            role: None,
            first: 0,
            last: 1,
            after_locative: false,
            dateline: false,
        };
        let a = m("Sergey Lavrov", Kind::Person);
        let b = m("Antony Blinken", Kind::Person);
        let c = m("Poland", Kind::Country);
        assert_eq!(names(&[&a, &b]), "Lavrov and Blinken");
        assert_eq!(names(&[&c, &a, &b]), "Poland, Lavrov and Blinken");
        assert_eq!(
            reopen("The two men last met", "The two men", "Lavrov and Blinken").as_deref(),
            Some("Lavrov and Blinken last met")
        );
        assert_eq!(
            reopen("Its staff left", "Its", "Russia's").as_deref(),
            Some("Russia's staff left")
        );
        assert_eq!(reopen("Itself", "Its", "Russia's"), None);
    }
}
