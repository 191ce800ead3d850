//! What a Russian headline may not open with (`data/headline.tsv`): a conjunction or
//! relative word ("Что Финляндия вступит…", "Как заявил…", "Который…"), a speech verb
//! ("Сказал Бахтадзе…", "Сообщило в четверг РИА Новости"), or a weekday ("Вторник…").
//! The Russian event builder trims such a lead off a row's headline when a clause is
//! left; the fragment measure of the events evaluation counts the headlines that still
//! open with one.

use std::sync::LazyLock;

use super::lexicon::{fold, value};

/// One row of `data/headline.tsv`: a whole word or a stem (`котор-`), and its class.
struct Lead {
    word: &'static str,
    stem: bool,
    class: &'static str,
}

/// The most letters a stem of the table may be followed by ("заяви|ла", "котор|ого").
const MAX_ENDING: usize = 6;

static LEADS: LazyLock<Vec<Lead>> = LazyLock::new(|| {
    include_str!("data/headline.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (word, class) = l.split_once('\t')?;
            let (word, stem) = match word.strip_suffix('-') {
                Some(w) => (w, true),
                None => (word, false),
            };
            Some(Lead { word, stem, class })
        })
        .collect()
});

/// The class of a word that may not lead a headline: `"conj"`, `"speech"`, `"weekday"`.
pub fn lead_class(word: &str) -> Option<&'static str> {
    let w = fold(word);
    let hit = LEADS.iter().find(|l| match l.stem {
        true => w
            .strip_prefix(l.word)
            .is_some_and(|rest| rest.chars().count() <= MAX_ENDING),
        false => w == l.word,
    });
    if let Some(l) = hit {
        return Some(l.class);
    }
    value(&w, "weekday").map(|_| "weekday")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads() {
        for (word, want) in [
            ("Что", Some("conj")),
            ("как", Some("conj")),
            ("которая", Some("conj")),
            ("Сказал", Some("speech")),
            ("сообщило", Some("speech")),
            ("заявила", Some("speech")),
            ("вторник", Some("weekday")),
            ("Пятницу", Some("weekday")),
            ("НАТО", None),
            ("Лавров", None),
            ("сказочный", None),
            ("Путин", None),
        ] {
            assert_eq!(lead_class(word), want, "{word}");
        }
    }
}
