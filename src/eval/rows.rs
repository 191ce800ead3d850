//! Whether chronicle's rows read as a chronology would print them (issue 25, item 8).
//!
//! Three measures beside event F1 on the annotated stories:
//!
//! * **fragment rate**, over every dated row: a headline of fewer than three words
//!   ("Meeting", "Work stalled"), one led by a pronoun ("It signed", "He attend the
//!   summit", "That almost completely paralyzed …"), or a bare reporting verb with its
//!   speaker and nothing reported ("Rogozin said", "NATO officials said"); a Russian
//!   headline by its own rule ([`fragment_ru`]: fewer than three words, or opening with a
//!   dash, a conjunction, a speech verb, a weekday or a stray number);
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

/// Why a headline is a fragment, or `None` for a headline that stands alone. A
/// headline in Cyrillic is judged by the Russian rule ([`fragment_ru`]).
pub fn fragment(headline: &str) -> Option<&'static str> {
    if crate::lang::has_cyrillic(headline) {
        return fragment_ru(headline);
    }
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

/// Why a Russian headline is a fragment (issue 27), or `None`: fewer than three words
/// ("Встреча", "Сказал Бахтадзе"), or opening with a dash ("- сказал … журналистам"), a
/// conjunction or relative word ("Что Финляндия вступит…", "Как заявил во вторник
/// Столтенберг"), a speech verb ("Сообщило в четверг РИА Новости"), a weekday, or a
/// stray number that dates nothing ("49 НАТО сожалеет…", the rest of a clock time; not
/// "14 мая Россия…"). The words are those of `lang/ru/data/headline.tsv`.
pub fn fragment_ru(headline: &str) -> Option<&'static str> {
    use crate::lang::ru::headline::lead_class;
    use crate::lang::ru::lexicon::{fold, value};
    let trimmed = headline.trim_start();
    if trimmed.starts_with(['-', '—', '–']) {
        return Some("opens with a dash");
    }
    let w: Vec<String> = trimmed
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|x| !x.is_empty())
        .map(fold)
        .collect();
    if w.len() < 3 {
        return Some("under three words");
    }
    let first = w[0].as_str();
    // a number with a suffix is a word ("68-летний", "2022-м")
    if first.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        let next = w[1].as_str();
        let dated = value(next, "month").is_some()
            || next.starts_with("год")
            || next.starts_with(|c: char| c.is_ascii_digit());
        if !dated {
            return Some("opens with a stray number");
        }
    }
    match lead_class(first) {
        Some("conj") => Some("opens with a conjunction"),
        Some("speech") => Some("opens with a speech verb"),
        Some("weekday") => Some("opens with a weekday"),
        _ => None,
    }
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
    fn russian_fragments() {
        for (h, want) in [
            ("Встреча", Some("under three words")),
            ("Открывая саммит", Some("under three words")),
            (
                "Как заявил во вторник Столтенберг",
                Some("opens with a conjunction"),
            ),
            ("Что Финляндия вступит в альянс", Some("opens with a conjunction")),
            (
                "- сказал постпред журналистам в четверг",
                Some("opens with a dash"),
            ),
            ("— заявил Лавров журналистам", Some("opens with a dash")),
            ("Сообщило в четверг РИА Новости", Some("opens with a speech verb")),
            ("Сказала журналистам вчера", Some("opens with a speech verb")),
            ("49 НАТО сожалеет о решении", Some("opens with a stray number")),
            ("68-летний Мансур принёс присягу", None),
            ("Вторник начался с переговоров", Some("opens with a weekday")),
            ("Которая состоится в Вене", Some("opens with a conjunction")),
            ("НАТО приостановило сотрудничество с Россией", None),
            ("14 мая Россия подписала соглашение", None),
            ("2019 году альянс провел саммит", None),
            ("Лавров встретился с Блинкеном в Женеве", None),
            ("Закон вступил в силу 1 июня", None),
        ] {
            assert_eq!(fragment(h), want, "{h}");
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
