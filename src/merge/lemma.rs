//! Trigger lemmas: `met`, `meets` and `meeting` are the same kind of event.
//!
//! A deliberately small lemmatizer: an irregular-forms table (`irregular.tsv`) and a few
//! English suffix rules, enough to make the trigger words of news events comparable across
//! stories. It never needs to produce a dictionary word, only the same key for the forms of
//! one verb or event noun.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Irregular forms and their lemmas, one `form<TAB>lemma` per line.
const IRREGULAR_TSV: &str = include_str!("irregular.tsv");

/// Event classes of lemmas, one `lemma<TAB>class` per line.
const CLASSES_TSV: &str = include_str!("classes.tsv");

/// Suffix rules, tried in order: a word ending in the first part, with at least
/// `min_stem` characters before it, loses it and gains the second part.
/// (`meetings` → `meet`, `talks` → `talk`, `signed` → `sign`, `agreed` → `agree`,
/// `agreement` stays: nouns in -ment are their own kind of trigger.)
const SUFFIX_RULES: &[(&str, &str, usize)] = &[
    ("ings", "", 3),
    ("ing", "", 3),
    ("ied", "y", 2),
    ("ies", "y", 2),
    ("eed", "ee", 1),
    ("ed", "", 3),
    ("ches", "ch", 2),
    ("shes", "sh", 2),
    ("sses", "ss", 2),
    ("xes", "x", 2),
    ("s", "", 3),
];

/// A two-column table: `#` comments and blank lines skipped.
fn pairs(tsv: &'static str) -> HashMap<&'static str, &'static str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(key, value)| (key.trim(), value.trim()))
        .collect()
}

fn irregular() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| pairs(IRREGULAR_TSV))
}

/// The event class of a lemma (`talk` and `meet` are both `meeting`, `call` is `call`),
/// from `classes.tsv`; `None` for lemmas the table does not know.
pub fn class(lemma: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            pairs(CLASSES_TSV)
                .into_iter()
                .map(|(key, class)| (without_silent_e(key.to_string()), class))
                .collect()
        })
        .get(lemma)
        .copied()
}

/// The lemma of a trigger: lowercase; the last word of a multi-word trigger; irregular
/// forms from the table; otherwise the first suffix rule that applies; a doubled final
/// consonant left by `-ing`/`-ed` is undoubled (`planned` → `plan`); a final silent `e`
/// is dropped so every form meets (`bridge`, `bridged`: `bridg`).
pub fn lemma(trigger: &str) -> String {
    without_silent_e(word_lemma(trigger))
}

/// A lemma as a key: without a final silent `e` after a consonant, so the forms that
/// drop it ("bridged", "creating": `bridg`, `creat`) and the forms that keep it
/// ("bridge", "creates") meet. "agree", "free", "sue" keep theirs (after a vowel).
fn without_silent_e(mut lemma: String) -> String {
    let mut rev = lemma.chars().rev();
    if let (Some('e'), Some(before)) = (rev.next(), rev.next()) {
        if lemma.chars().count() > 3 && !matches!(before, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            lemma.pop();
        }
    }
    lemma
}

fn word_lemma(trigger: &str) -> String {
    // a Russian trigger has the English lemma of its table entry (lang::ru::eventwords)
    if let Some(english) = crate::lang::ru::eventwords::english_lemma(trigger) {
        return english.to_string();
    }
    let lower = trigger.trim().to_lowercase();
    let word = lower.split_whitespace().last().unwrap_or("");
    if let Some(lemma) = irregular().get(word) {
        return (*lemma).to_string();
    }
    for &(suffix, replacement, min_stem) in SUFFIX_RULES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() >= min_stem {
                let mut out = undouble(stem, suffix).to_string();
                out.push_str(replacement);
                return out;
            }
        }
    }
    word.to_string()
}

/// `plann` → `plan` after `-ed`/`-ing`; `agree`, `kill` and `pass` keep their letters.
fn undouble<'a>(stem: &'a str, suffix: &str) -> &'a str {
    if !(suffix.starts_with("ing") || suffix == "ed") {
        return stem;
    }
    let mut chars = stem.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && !matches!(a, 'l' | 's' | 'z' | 'f' | 'e' | 'o') => {
            &stem[..stem.len() - a.len_utf8()]
        }
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::{class, lemma};

    #[test]
    fn classes_group_lemmas_of_one_kind() {
        let cases = [
            ("talks", Some("meeting")),
            ("met", Some("meeting")),
            ("summit", Some("meeting")),
            ("phoned", Some("call")),
            ("call", Some("call")),
            ("told", Some("statement")),
            ("said", Some("statement")),
            ("встретились", Some("meeting")),
            ("bridge", None),
        ];
        for (trigger, want) in cases {
            assert_eq!(class(&lemma(trigger)), want, "class of {trigger:?}");
        }
    }

    #[test]
    fn forms_that_drop_a_silent_e_meet_those_that_keep_it() {
        let forms: &[&[&str]] = &[
            &["bridge", "bridged", "bridges", "bridging"],
            &["create", "created", "creates", "creating"],
            &["exchange", "exchanged", "exchanges"],
            &["negotiate", "negotiated", "negotiating"],
            &["declare", "declared", "declaring"],
            &["agree", "agreed", "agrees"],
        ];
        for group in forms {
            let lemmas: Vec<String> = group.iter().map(|w| lemma(w)).collect();
            assert!(lemmas.iter().all(|l| *l == lemmas[0]), "{group:?}: {lemmas:?}");
        }
        assert_eq!(class(&lemma("negotiated")), class(&lemma("negotiate")));
        assert!(class(&lemma("negotiated")).is_some());
        assert!(class(&lemma("phoned")).is_some() && class(&lemma("phone")).is_some());
    }

    #[test]
    fn forms_of_one_trigger_share_a_lemma() {
        let cases = [
            ("met", "meet"),
            ("meets", "meet"),
            ("meeting", "meet"),
            ("meetings", "meet"),
            ("Talks", "talk"),
            ("signed", "sign"),
            ("signing", "sign"),
            ("agreed", "agree"),
            ("agrees", "agree"),
            ("marches", "march"),
            ("planned", "plan"),
            ("held", "hold"),
            ("ministerial meeting", "meet"),
            ("war", "war"),
            ("killed", "kill"),
            ("", ""),
        ];
        for (trigger, want) in cases {
            assert_eq!(lemma(trigger), want, "lemma of {trigger:?}");
        }
    }
}
