//! Places in the names of things (issue 30, item 3): "the Berlin Wall opened" names no
//! actor, where "Moscow warned", "a Moscow court" and "Kyiv officials" name Russia and
//! Ukraine. The agents a place may own are data: the role nouns of `data/agents.tsv`, its
//! `BODY` lines, and the titles before names (`actors::is_agent_noun`); this file
//! reads only tokens, so the actor reader may call it without a circle of imports.

use crate::text::sentence::Token;

/// The longest name of a thing a place opens ("the Berlin Wall", "the Warsaw Pact", "the
/// New York Stock Exchange").
const THING_NAME_MAX_WORDS: usize = 5;

/// "The Berlin Wall opened", "the Warsaw Pact", "New York Times": a country's name (a
/// city of it, mostly) opening a longer name whose words name no agent is a modifier of
/// a thing, not an actor. "Moscow warned", "a Moscow court", "Kyiv officials", "the U.S.
/// State Department", "Russian President Vladimir Putin" keep their country. A title-case
/// line ("Russia Warns Nato Over Drills") is left alone.
///
/// `last` is the token after the place's name, `starts` the first tokens of the
/// sentence's other actors, `is_agent` whether a word names an agent
/// ([`super::actors::is_agent_noun`]); the caller asks only of a country's name.
pub(super) fn names_a_thing(
    tokens: &[Token],
    last: usize,
    starts: &[usize],
    is_agent: impl Fn(&str) -> bool,
) -> bool {
    // a title-case line capitalises its prepositions ("Over", "In", "To")
    let title_case = tokens.iter().skip(1).any(|t| {
        t.is_capitalized()
            && (crate::text::lexeme::is(crate::text::lexeme::PREPOSITIONS, &t.lower)
                || matches!(t.lower.as_ref(), "and" | "to"))
    });
    if title_case {
        return false;
    }
    let calendar = |t: &Token| {
        crate::text::lexicon::month(&t.lower).is_some() || crate::text::lexicon::weekday(&t.lower).is_some()
    };
    let name = |t: &Token| t.is_word() && t.is_capitalized() && !calendar(t);
    let mut head = None;
    let mut j = last;
    while j < tokens.len() && j < last + THING_NAME_MAX_WORDS {
        if starts.contains(&j) {
            // another actor follows: "Cuban Americans", "Kenya Prudence Bushnell"
            return false;
        }
        if name(&tokens[j]) {
            head = Some(j);
        } else if !((tokens[j].lower == "of" || (tokens[j].lower == "and" && head.is_some()))
            && tokens.get(j + 1).is_some_and(name))
        {
            // "and" right after the place joins it to another ("Nairobi, Kenya and Dar es
            // Salaam", "U.S. and Arab troops"); after a word of the name it is inside it
            // ("the U.S. Immigration and Naturalization Service")
            break;
        }
        j += 1;
    }
    // "Washington DC", "Washington, D.C.": a short abbreviation after a place is a place
    let abbreviation = |t: &Token| {
        let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
        letters <= 3 && !t.text.chars().any(char::is_lowercase)
    };
    head.is_some_and(|h| !abbreviation(&tokens[h]) && !(last..=h).any(|i| is_agent(&tokens[i].lower)))
}
