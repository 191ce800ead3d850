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
pub(super) fn table(src: &'static str) -> HashMap<&'static str, Vec<Entry>> {
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

/// Case and number endings of Russian nouns, adjectives and surnames, longest first:
/// [`stem`] cuts one of them so that the forms of a name or a title word meet
/// ("Столтенбергом", "Столтенберга" → "Столтенберг"; "Сергея", "Сергей" → "Серге";
/// "главы", "глава" → "глав"). A crude stemmer, enough to compare names and office titles.
pub const ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ием", "ией", "ом", "ем", "ым", "им", "ой", "ий",
    "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ых", "их", "ам", "ям", "ах", "ях", "ою", "ия",
    "ии", "ию", "а", "я", "у", "ю", "ы", "и", "е", "о", "й", "ь",
];

/// The shortest stem [`stem`] leaves (in letters): "США", "ООН", "МИД" stay whole.
pub const MIN_STEM: usize = 3;

/// A Cyrillic word without its case ending ([`ENDINGS`]), `ё` folded to `е`, case kept.
pub fn stem(word: &str) -> String {
    let word: String = word
        .chars()
        .map(|c| match c {
            'ё' => 'е',
            'Ё' => 'Е',
            c => c,
        })
        .collect();
    let lower = word.to_lowercase();
    let letters = lower.chars().count();
    for ending in ENDINGS {
        let n = ending.chars().count();
        if letters >= MIN_STEM + n && lower.ends_with(ending) {
            return word.chars().take(letters - n).collect();
        }
    }
    word
}

/// `text` with every Cyrillic word replaced by its [`stem`] (other characters kept).
pub fn stem_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let is_cyrillic = |c: char| matches!(c, '\u{0400}'..='\u{04FF}');
    for c in text.chars() {
        if is_cyrillic(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(&stem(&word));
            word.clear();
        }
        out.push(c);
    }
    if !word.is_empty() {
        out.push_str(&stem(&word));
    }
    out
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

    #[test]
    fn the_forms_of_a_name_or_title_share_a_stem() {
        let groups: &[&[&str]] = &[
            &["Столтенберг", "Столтенберга", "Столтенбергом", "Столтенбергу"],
            &["Сергей", "Сергея", "Сергеем", "Сергею"],
            &["Зеленский", "Зеленского", "Зеленским", "Зеленскому"],
            &["Дмитрий", "Дмитрия", "Дмитрием"],
            &["глава", "главы", "главой", "главе"],
            &["Кулеба", "Кулебы", "Кулебой"],
            &["Россия", "России", "Россией"],
            &["Лавров", "Лаврова", "Лавровым"],
            &["Ёлкин", "Елкина"],
        ];
        for forms in groups {
            let stems: Vec<String> = forms.iter().map(|w| stem(w).to_lowercase()).collect();
            assert!(stems.iter().all(|s| s == &stems[0]), "{forms:?} -> {stems:?}");
        }
        for short in ["США", "ООН", "МИД"] {
            assert_eq!(stem(short), short);
        }
        assert_eq!(
            stem_text("генсеком НАТО Йенсом Столтенбергом."),
            "генсек НАТ Йенс Столтенберг."
        );
    }
}
