//! Who is resolved within the article (issue 25, item 2).
//!
//! A headline's subject that is a pronoun or a definite description ("it", "he", "the
//! alliance", "the ministry") names an actor the article told before: the antecedent is
//! the nearest compatible mention, searched sentence by sentence backwards from the
//! subject (its own sentence first, then the speaker of an attribution closing it: "It
//! will resume talks, Russia said"), and within a sentence from its start, so that a
//! sentence's subject wins over the names after it ("Annan met Saddam Hussein … He is
//! expected to meet Aziz" → Annan). Compatible: the kinds `data/anaphors.tsv` gives the
//! word (he/she a person; it a country or organisation, of its own sentence only and
//! not across a thing it may name, "the treaty … it"; the alliance an organisation).
//! The headline then names the antecedent (a person by surname) and the row's actors
//! gain its canonical name.

use std::ops::Range;
use std::sync::OnceLock;

use super::actors::{Kind, Mention};
use crate::text::sentence::Token;

const ANAPHORS_TSV: &str = include_str!("data/anaphors.tsv");

/// The anaphor table: phrase (lower case, words split by spaces) → kinds it may name.
fn anaphors() -> &'static [(Vec<&'static str>, Vec<Kind>)] {
    static TABLE: OnceLock<Vec<(Vec<&'static str>, Vec<Kind>)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ANAPHORS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            // a group ("the two men") names several actors: see `super::who`
            .filter(|l| !l.ends_with("group"))
            .filter_map(|l| {
                let (phrase, kinds) = l.split_once('\t')?;
                let kinds: Vec<Kind> = kinds
                    .split(',')
                    .filter_map(|k| match k.trim() {
                        "person" => Some(Kind::Person),
                        "country" => Some(Kind::Country),
                        "org" => Some(Kind::Org),
                        _ => None,
                    })
                    .collect();
                // a thing's line names no actor (see `things`)
                (!kinds.is_empty()).then(|| (phrase.split(' ').collect(), kinds))
            })
            .collect()
    })
}

/// Nouns of things "it" may name (`thing` lines of the table).
fn things() -> &'static [&'static str] {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ANAPHORS_TSV
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, k)| k.trim() == "thing")
            .map(|(w, _)| w)
            .collect()
    })
}

/// Whether `subject` is a description of an event told before ("the move", `event`
/// lines of the table); its noun ("move") is returned.
pub fn event_anaphor<'t>(tokens: &'t [Token], subject: &Range<usize>) -> Option<&'t str> {
    static EVENTS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let events = EVENTS.get_or_init(|| {
        ANAPHORS_TSV
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, kind)| kind.trim() == "event")
            .map(|(phrase, _)| phrase.split(' ').collect())
            .collect()
    });
    let words = &tokens[subject.clone()];
    let listed = events.iter().any(|phrase| {
        phrase.len() == words.len() && phrase.iter().zip(words).all(|(p, t)| *p == t.lower.as_ref())
    });
    listed.then(|| tokens[subject.end - 1].text)
}

/// Whether the description at `subject` names its actor itself, not a part of it ("the
/// country", "the nation": `whole` lines of the table).
fn names_the_whole(tokens: &[Token], subject: &Range<usize>) -> bool {
    static WHOLE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let whole = WHOLE.get_or_init(|| {
        ANAPHORS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, kinds)| kinds.split(',').any(|k| k.trim() == "whole"))
            .map(|(phrase, _)| phrase.split(' ').collect())
            .collect()
    });
    let words: Vec<&str> = tokens[subject.clone()].iter().map(|t| t.lower.as_ref()).collect();
    whole.contains(&words)
}

/// The kinds an anaphoric subject may name, when `subject` is one.
fn kinds_of(tokens: &[Token], subject: &Range<usize>) -> Option<&'static [Kind]> {
    let words: Vec<&str> = tokens[subject.clone()].iter().map(|t| t.lower.as_ref()).collect();
    anaphors()
        .iter()
        .find(|(phrase, _)| *phrase == words)
        .map(|(_, kinds)| kinds.as_slice())
}

/// The antecedent of the anaphoric subject at `subject`: `here` are the mentions of its
/// sentence, `earlier` those of the sentences before it.
pub fn antecedent<'m>(
    tokens: &[Token],
    subject: &Range<usize>,
    here: &'m [Mention],
    earlier: &'m [Vec<Mention>],
) -> Option<&'m Mention> {
    // "He and Palestinian leader Yasser Arafat meet": the pronoun of a coordination
    let subject = &if subject.len() > 2 && tokens[subject.start + 1].lower == "and" {
        subject.start..subject.start + 1
    } else {
        subject.clone()
    };
    let kinds = kinds_of(tokens, subject)?;
    // a pronoun names someone the story told, never its dateline's place ("GENEVA …
    // Their talks"); a description may ("WASHINGTON _ … the government reported")
    let pronoun = subject.len() == 1;
    let fits = |m: &&Mention| kinds.contains(&m.kind) && !m.after_locative && !(pronoun && m.dateline);
    // "it" may name a thing: it takes an actor of its own sentence with no thing between
    let it = tokens[subject.start].lower == "it";
    let thing_between =
        |from: usize, to: usize| (from..to).any(|i| things().contains(&tokens[i].lower.as_ref()));
    let own = here
        .iter()
        .filter(|m| m.last <= subject.start)
        .find(|m| fits(m) && !(it && thing_between(m.last, subject.start)));
    // "It will resume talks on Friday, Russia said": the speaker of a closing attribution
    let speaker = || {
        here.iter()
            .filter(|m| m.first > subject.end)
            .filter(fits)
            .find(|m| {
                let comma = m.first > 0 && tokens[m.first - 1].text == ",";
                let says = (m.last..tokens.len().min(m.last + 3))
                    .any(|i| super::describe::is_speech_verb(&tokens[i].lower));
                comma && says
            })
    };
    if it {
        return own.or_else(speaker);
    }
    own.or_else(speaker)
        .or_else(|| earlier.iter().rev().find_map(|s| s.iter().find(fits)))
}

/// Names the antecedent in a headline that opens with the subject's words ("It used
/// chemical weapons" → "Russia used chemical weapons") and adds it to the actors; the
/// antecedent's label is returned beside the headline.
pub fn resolve(
    headline: String,
    actors: &mut Vec<String>,
    tokens: &[Token],
    subject: &Range<usize>,
    here: &[Mention],
    earlier: &[Vec<Mention>],
) -> (String, Option<String>) {
    let Some(m) = antecedent(tokens, subject, here, earlier) else {
        return (name_the_thing(headline, tokens, subject), None);
    };
    let subject = &if subject.len() > 2 && tokens[subject.start + 1].lower == "and" {
        subject.start..subject.start + 1
    } else {
        subject.clone()
    };
    if !actors
        .iter()
        .any(|a| a.split(" (").next() == Some(m.canonical.as_str()))
    {
        actors.push(m.label());
    }
    let words: Vec<&str> = tokens[subject.clone()].iter().map(|t| t.text).collect();
    let lead = words.join(" ");
    let opens = headline.len() >= lead.len()
        && headline[..lead.len()].eq_ignore_ascii_case(&lead)
        && headline[lead.len()..].starts_with([' ', '\'', '’', ':']);
    if !opens {
        return (headline, Some(m.label()));
    }
    // "The Kremlin", "the Pentagon": a name of its own, written as it is (its country
    // is among the actors)
    let named = words.len() == 2 && tokens[subject.start + 1].is_capitalized();
    if named {
        return (headline, Some(m.label()));
    }
    // "the foreign ministry" of a country: "Poland's foreign ministry"; "the country"
    // is the country itself ("whole" lines of the table)
    let described = words.len() > 1 && m.kind == Kind::Country && !names_the_whole(tokens, subject);
    let name = if described {
        format!("{}'s {}", m.canonical, words[1..].join(" "))
    } else {
        m.short_name().to_string()
    };
    // "He's expected" keeps its clitic: "Annan's expected" reads wrongly, "Annan is"
    let rest = &headline[lead.len()..];
    let rest = rest
        .strip_prefix("'s ")
        .map_or_else(|| rest.to_string(), |r| format!(" is {r}"));
    (format!("{name}{rest}"), Some(m.label()))
}

/// "… would keep to the treaty's limits until it expires in February 2026": an "it"
/// that names no actor names the nearest thing its sentence told before it ("the
/// treaty", "the New START treaty"), and the headline opening with it says so ("The
/// treaty expires"). Other headlines are returned as they are.
fn name_the_thing(headline: String, tokens: &[Token], subject: &Range<usize>) -> String {
    let opens_with_it = subject.len() == 1
        && tokens[subject.start].lower == "it"
        && headline.len() > 3
        && headline[..2].eq_ignore_ascii_case("it")
        && headline[2..].starts_with(' ');
    // "said …, and that it hopes to": "it" opening what someone says is the speaker
    let reported = subject.start > 0 && {
        let before = &*tokens[subject.start - 1].lower;
        before == "that" || super::describe::is_speech_verb(before)
    };
    if !opens_with_it || reported {
        return headline;
    }
    let Some(noun) = (0..subject.start)
        .rev()
        .find(|&i| things().contains(&tokens[i].lower.as_ref()))
    else {
        return headline;
    };
    // the name before the noun: "the New START treaty", "the 1990 CFE treaty"
    let mut first = noun;
    while first > 0 && first + NAME_BEFORE_THING_MAX_WORDS > noun {
        let t = &tokens[first - 1];
        let determiner = matches!(t.lower.as_ref(), "the" | "a" | "an" | "this" | "that" | "its");
        if determiner || !(t.is_capitalized() || t.text.chars().all(|c| c.is_ascii_digit())) || !t.is_word() {
            break;
        }
        first -= 1;
    }
    let named: Vec<&str> = tokens[first..=noun].iter().map(|t| t.text).collect();
    format!("The {}{}", named.join(" "), &headline[2..])
}

/// The longest name a thing's noun carries before it ("New START", "1990 CFE").
const NAME_BEFORE_THING_MAX_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentence::tokenize;

    #[test]
    fn it_names_the_thing_before_it() {
        // (sentence, the headline opening with "it", the headline after)
        let cases = [
            (
                "Moscow would keep to the treaty's limits until it expires in February 2026.",
                "It expires",
                "The treaty expires",
            ),
            (
                "Washington left the INF Treaty in 2019 after it lapsed in August.",
                "It lapsed",
                "The INF Treaty lapsed",
            ),
            (
                "Kyiv signed the 1994 Budapest memorandum; it will remain valid.",
                "It will remain valid",
                "The 1994 Budapest memorandum will remain valid",
            ),
            // "it" opening what is said is the speaker: unchanged
            (
                "First Security said the agreement is subject to approval, and that it hopes to complete the deal.",
                "It hopes to complete the deal",
                "It hopes to complete the deal",
            ),
            ("Gazprom signed the contract and said it would deliver gas.", "It would deliver gas", "It would deliver gas"),
            // no thing before it: unchanged
            ("Russia said it would respond.", "It would respond", "It would respond"),
        ];
        for (sentence, headline, want) in cases {
            let tokens = tokenize(sentence);
            let it = tokens.iter().position(|t| t.lower == "it").unwrap();
            let got = name_the_thing(headline.to_string(), &tokens, &(it..it + 1));
            assert_eq!(got, want, "{sentence}");
        }
    }
}
