//! The Russian word tables, read once from the data files in `data/`.
//!
//! `data/lexicon.tsv` lists every inflected form chronicle knows of month names, weekdays,
//! units, parts of the day, deictic adjectives ("прошлый", "этот"), number words,
//! ordinals, seasons and the other closed classes of temporal words, one form a line with
//! its class and value. Forms are written in lower case with `ё` as `е`; [`fold`] brings a
//! word of the text to the same shape before the lookup. `data/tense.tsv` holds the tense
//! cues (see [`super::tense`]).

use std::collections::HashMap;
use std::sync::LazyLock;

/// One reading of a form: its class (`month`, `weekday`, `unit`…) and value as written in
/// the table (`12`, `3:acc`, `year`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub class: &'static str,
    pub value: &'static str,
}

static LEXICON: LazyLock<HashMap<&'static str, Vec<Entry>>> =
    LazyLock::new(|| table(include_str!("data/lexicon.tsv")));
static TENSE: LazyLock<HashMap<&'static str, Vec<Entry>>> =
    LazyLock::new(|| table(include_str!("data/tense.tsv")));

/// Reads a `form<TAB>class[<TAB>value]` table; `#` lines are comments.
fn table(src: &'static str) -> HashMap<&'static str, Vec<Entry>> {
    let mut map: HashMap<&'static str, Vec<Entry>> = HashMap::new();
    for line in src
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut cols = line.split('\t');
        let (Some(form), Some(class)) = (cols.next(), cols.next()) else {
            continue;
        };
        let value = cols.next().unwrap_or("");
        map.entry(form).or_default().push(Entry { class, value });
    }
    map
}

/// Lower case with `ё` folded to `е`, the shape of every form in the tables.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The readings of a folded word.
pub fn lookup(folded: &str) -> &'static [Entry] {
    LEXICON.get(folded).map_or(&[], Vec::as_slice)
}

/// The value of a folded word in `class`, if it has that reading.
pub fn value(folded: &str, class: &str) -> Option<&'static str> {
    lookup(folded).iter().find(|e| e.class == class).map(|e| e.value)
}

/// The tense class of a folded word (`future`, `past`, `noun`), from `data/tense.tsv`.
pub fn tense_class(folded: &str) -> Option<&'static str> {
    TENSE.get(folded).and_then(|v| v.first()).map(|e| e.class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_of_a_month_and_folding() {
        for (word, month) in [
            ("декабря", "12"),
            ("Декабре", "12"),
            ("дек", "12"),
            ("мае", "5"),
            ("января", "1"),
        ] {
            assert_eq!(value(&fold(word), "month"), Some(month), "{word}");
        }
        assert_eq!(fold("Ещё"), "еще");
        assert_eq!(value(&fold("днём"), "part"), Some("AF"));
        assert_eq!(value("среду", "weekday"), Some("3:acc"));
        assert_eq!(value("среде", "weekday"), Some("3:dat"));
        assert_eq!(tense_class("будет"), Some("future"));
    }
}
