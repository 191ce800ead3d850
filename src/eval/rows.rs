//! Whether chronicle's rows read as a chronology would print them (issue 25, item 8).
//!
//! Three measures beside event F1 on the annotated stories:
//!
//! * **fragment rate**, over every dated row: a headline of fewer than three words
//!   ("Meeting", "Work stalled"), one led by a pronoun ("It signed", "He attend the
//!   summit", "That almost completely paralyzed …"), or a bare reporting verb with its
//!   speaker and nothing reported ("Rogozin said", "NATO officials said");
//! * **headline completeness**, over matched gold events: the headline names one of the
//!   gold event's actors (its `who` alternatives, else its `actors`) and its predicate
//!   (its `did` alternatives, else its trigger). An actor is named by any of its
//!   gazetteer's names ("Moscow", "Russian" for Russia) or, for a person, the surname;
//! * **rows with no actor**: the share of dated rows whose `actors` list is empty.

use crate::event::actors::gazetteer;
use crate::text::cues::REPORTING_VERBS;

/// Words that, leading a headline, leave its subject unresolved.
const UNRESOLVED_LEADS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "him", "them", "this", "that", "these", "those", "who",
    "which",
];

/// Speech verbs beyond [`REPORTING_VERBS`] that end a bare attribution ("Grushko
/// told", "the ministry added").
const MORE_SPEECH: &[&str] = &[
    "say",
    "tells",
    "tell",
    "announces",
    "adds",
    "explained",
    "commented",
];

fn words(headline: &str) -> Vec<String> {
    headline
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-' && c != '.')
                .trim_end_matches('.')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Why a headline is a fragment, or `None` for a headline that stands alone.
pub fn fragment(headline: &str) -> Option<&'static str> {
    let w = words(headline);
    if w.len() < 3 {
        return Some("under three words");
    }
    if UNRESOLVED_LEADS.contains(&w[0].as_str()) {
        return Some("led by a pronoun");
    }
    let last = w[w.len() - 1].as_str();
    if REPORTING_VERBS.contains(&last) || MORE_SPEECH.contains(&last) {
        return Some("bare reporting verb");
    }
    None
}

/// The canonical gazetteer name of a surface form, lower case.
fn canonical(surface: &str) -> Option<String> {
    gazetteer().get(surface).map(|e| e.canonical.to_lowercase())
}

/// Whether the headline's words name `actor` ("Dmitry Rogozin (envoy)", "Russia").
pub fn names_actor(headline: &str, actor: &str) -> bool {
    let actor = actor.split(" (").next().unwrap_or(actor).trim().to_lowercase();
    if actor.is_empty() {
        return false;
    }
    let w = words(headline);
    let joined = format!(" {} ", w.join(" "));
    if joined.contains(&format!(" {actor} ")) {
        return true;
    }
    // a person by surname
    if let Some(surname) = actor.rsplit(' ').next().filter(|_| actor.contains(' ')) {
        if w.iter().any(|x| x.trim_end_matches("'s") == surname) {
            return true;
        }
    }
    let target = canonical(&actor).unwrap_or_else(|| actor.clone());
    for n in 1..=4 {
        for gram in w.windows(n) {
            let g = gram.join(" ");
            let g = g.trim_end_matches("'s");
            if canonical(g).is_some_and(|c| c == target) {
                return true;
            }
        }
    }
    false
}

/// Whether the headline holds the predicate `did` as whole words ("suspended",
/// "held talks").
pub fn names_predicate(headline: &str, did: &str) -> bool {
    let w = words(headline);
    let d = words(did);
    !d.is_empty() && w.windows(d.len()).any(|x| x == d.as_slice())
}

/// Whether a headline is complete for a gold event: names one of `who` (no actor asked
/// when `who` is empty) and one of `did`.
pub fn complete(headline: &str, who: &[String], did: &[String]) -> bool {
    let actor = who.is_empty() || who.iter().any(|a| names_actor(headline, a));
    actor && did.iter().any(|d| names_predicate(headline, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        for (h, want) in [
            ("Meeting", true),
            ("Work stalled", true),
            ("It signed the treaty", true),
            ("He attend the Russia-NATO summit", true),
            ("Rogozin said", true),
            ("NATO officials said", true),
            ("That almost completely paralyzed the council", true),
            ("NATO suspends practical cooperation with Russia", false),
            ("Medvedev will attend the summit in Lisbon", false),
            ("Meeting of the NATO-Russia Council", false),
        ] {
            assert_eq!(fragment(h).is_some(), want, "{h}");
        }
    }

    #[test]
    fn completeness() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(complete(
            "Moscow suspended its mission",
            &s(&["Russia"]),
            &s(&["suspended"])
        ));
        assert!(complete(
            "Lavrov met Blinken in Geneva",
            &s(&["Sergey Lavrov"]),
            &s(&["met"])
        ));
        assert!(complete(
            "Russian missiles struck Kharkiv",
            &s(&["Russia"]),
            &s(&["struck"])
        ));
        assert!(!complete(
            "It suspended its mission",
            &s(&["Russia"]),
            &s(&["suspended"])
        ));
        assert!(!complete("Russia said", &s(&["Russia"]), &s(&["suspended"])));
        assert!(complete("Talks in Vienna", &[], &s(&["talks"])));
    }
}
