//! Places in the names of things (issue 30, item 3): "the Berlin Wall opened" names no
//! actor, where "Moscow warned", "a Moscow court" and "Kyiv officials" name Russia and
//! Ukraine. The agents a place may own are data: the role nouns of `data/agents.tsv`, its
//! `BODY` lines, and the titles before names.

use std::sync::OnceLock;

use super::actors::{data_lines, is_role_noun, Kind, Mention, AGENTS_TSV, TITLES};
use super::words::{is, WordSet};
use crate::text::sentence::Token;

/// The code of the lines chronicle adds to the agents table: bodies a place may own
/// ("the State Department", "Kyiv officials"), which are no role nouns before a name.
pub(super) const BODY_CODE: &str = "BODY";

/// Whether `word` (lower case, singular or plural) names an agent: a role noun, a title
/// or a body of the agents table ("court", "officials", "Ministry", "Department").
pub fn is_agent_noun(word: &str) -> bool {
    static BODIES: OnceLock<WordSet> = OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        data_lines(AGENTS_TSV)
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, code)| code.trim() == BODY_CODE)
            .map(|(w, _)| w)
            .collect()
    });
    let one = |w: &str| is_role_noun(w) || bodies.contains(w) || is(TITLES, w);
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(String::from));
    one(word) || singular.is_some_and(|w| one(&w))
}

/// The longest name of a thing a place opens ("the Berlin Wall", "the Warsaw Pact", "the
/// New York Stock Exchange").
const THING_NAME_MAX_WORDS: usize = 5;

/// "The Berlin Wall opened", "the Warsaw Pact", "New York Times": a country's name (a
/// city of it, mostly) opening a longer name whose words name no agent is a modifier of
/// a thing, not an actor. "Moscow warned", "a Moscow court", "Kyiv officials", "the U.S.
/// State Department", "Russian President Vladimir Putin" keep their country. A title-case
/// line ("Russia Warns Nato Over Drills") is left alone.
pub(super) fn names_a_thing(tokens: &[Token], m: &Mention, starts: &[usize]) -> bool {
    if m.kind != Kind::Country {
        return false;
    }
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
    let mut j = m.last;
    while j < tokens.len() && j < m.last + THING_NAME_MAX_WORDS {
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
    head.is_some_and(|h| !abbreviation(&tokens[h]) && !(m.last..=h).any(|i| is_agent_noun(&tokens[i].lower)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::actors::ArticleActors;
    use crate::text::sentence::tokenize;

    fn labels(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let known = ArticleActors::learn(&[&tokens], chrono::NaiveDate::from_ymd_opt(2020, 1, 1));
        known.find(&tokens).iter().map(Mention::label).collect()
    }

    #[test]
    fn a_place_opening_a_things_name_is_no_actor() {
        // (text, the actors found)
        let cases: &[(&str, &[&str])] = &[
            ("The Berlin Wall opened on November 9", &[]),
            ("the Warsaw Pact was dissolved in 1991", &[]),
            ("The Geneva Convention was signed in August 1949", &[]),
            ("The New York Times said in an editorial", &[]),
            ("shares closed on the Paris Stock Exchange on Friday", &[]),
            // metonymy and agents keep their country
            ("Moscow warned on Monday", &["Russia"]),
            ("Berlin said it would reply", &["Germany"]),
            ("a Moscow court jailed the activist", &["Russia"]),
            ("Kyiv officials said the bridge was hit", &["Ukraine"]),
            ("the U.S. State Department said", &["United States"]),
            (
                "the U.S. Immigration and Naturalization Service ruled",
                &["United States"],
            ),
            ("Tokyo Police arrested two men", &["Japan"]),
            // "and" after the place joins two, a short abbreviation is a place
            ("U.S. and Arab troops at the border", &["United States"]),
            (
                "embassies in Nairobi, Kenya and Dar es Salaam",
                &["Kenya", "Kenya"],
            ),
            ("she will travel to Washington DC next week", &["United States"]),
            // a title-case line is left alone
            ("Russia Warns Nato Over Baltic Drills", &["Russia", "NATO"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = labels(text).into_iter().filter(|l| !l.contains('(')).collect();
            assert_eq!(got, *want, "{text}");
        }
        for (word, agent) in [
            ("officials", true),
            ("court", true),
            ("authorities", true),
            ("department", true),
            ("ministry", true),
            ("wall", false),
            ("pact", false),
            ("exchange", false),
        ] {
            assert_eq!(is_agent_noun(word), agent, "{word}");
        }
        // a body is no role noun before a name: "department Xinhua News" names no one
        assert!(!is_role_noun("department") && !is_role_noun("officials"));
    }
}
