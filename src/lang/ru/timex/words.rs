//! The word tables of the Russian temporal grammar, read once from `lang/ru/data/`:
//!
//! * `lexicon.tsv` (the closed temporal classes, see [`crate::lang::ru::lexicon`]) and
//!   `grammar.tsv` (the function words the constructions read: prepositions and the cases
//!   they govern, range and list joiners, the words of ages, zones, nights…), merged into
//!   one map from a form to its readings, so that a token is looked up once ([`entries`]);
//! * `phrases.tsv`: phrases of more than one word ("в течение", "по сей день"), matched
//!   on the tokens ([`Phrase::len_at`]);
//! * `endings.tsv`: word endings (the genitive after "накануне", present-tense verbs, the
//!   adverbs of parts of the day and seasons) and the suffixes written against numbers
//!   ("2022-м", "90-х", "1-го").
//!
//! Every table is `form<TAB>class[<TAB>value]`, `#` lines comments, the shape of the
//! lexicon's. The scanner families name a class, never a word: a linguist adds a word by
//! adding a line. [`problems`] checks every row of every table (the test suite runs it).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lang::ru::lexicon::{self, Entry};
use crate::lang::ru::token::Tok;
use crate::timex::tables::{self, Unit};

const LEXICON_TSV: &str = include_str!("../data/lexicon.tsv");
const GRAMMAR_TSV: &str = include_str!("../data/grammar.tsv");
const PHRASES_TSV: &str = include_str!("../data/phrases.tsv");
const ENDINGS_TSV: &str = include_str!("../data/endings.tsv");

/// The class a word gets when a phrase of `phrases.tsv` starts with it, so that the scanner
/// tries an expression there ([`super::Parser::may_start`]).
pub(super) const PHRASE_START: &str = "phrase_start";

/// Every form of `lexicon.tsv` and `grammar.tsv` with its readings (lexicon first), and
/// the first word of every phrase marked [`PHRASE_START`].
static WORDS: LazyLock<HashMap<&'static str, Vec<Entry>>> = LazyLock::new(|| {
    let mut map = lexicon::table(LEXICON_TSV);
    for (form, entries) in lexicon::table(GRAMMAR_TSV) {
        map.entry(form).or_default().extend(entries);
    }
    for phrase in PHRASES.iter() {
        let first = phrase.words[0];
        if first != "*" && !first.ends_with('*') {
            let entries = map.entry(first).or_default();
            if !entries.iter().any(|e| e.class == PHRASE_START) {
                entries.push(Entry {
                    class: PHRASE_START,
                    value: "",
                });
            }
        }
    }
    map
});

/// The readings of a folded word in `lexicon.tsv` and `grammar.tsv`.
pub(super) fn entries(folded: &str) -> &'static [Entry] {
    WORDS.get(folded).map_or(&[], Vec::as_slice)
}

/// The value of a folded word in `class`, if it has that reading.
pub(super) fn value(folded: &str, class: &str) -> Option<&'static str> {
    entries(folded).iter().find(|e| e.class == class).map(|e| e.value)
}

/// Whether a word (any case, unfolded) is a preposition of `grammar.tsv` ("до", "в").
pub fn is_preposition(word: &str) -> bool {
    has(&crate::lang::ru::lexicon::fold(word), "prep")
}

/// Whether a folded word has a reading in `class`.
pub(super) fn has(folded: &str, class: &str) -> bool {
    value(folded, class).is_some()
}

/// One line of `phrases.tsv`.
#[derive(Debug)]
pub(super) struct Phrase {
    /// The words; `*` is any token, `word*` any word it starts.
    pub words: Vec<&'static str>,
    pub class: &'static str,
    pub value: &'static str,
}

impl Phrase {
    /// The number of tokens the phrase covers when it starts at token `i`.
    pub fn len_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        let matched = self.words.iter().enumerate().all(|(k, w)| {
            let Some(t) = i.checked_add(k).and_then(|j| toks.get(j)) else {
                return false;
            };
            match w.strip_suffix('*') {
                Some("") => true,
                Some(stem) => t.low.starts_with(stem),
                None => t.low == *w,
            }
        });
        matched.then_some(self.words.len())
    }
}

static PHRASES: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
    rows(PHRASES_TSV)
        .filter_map(|(_, cols)| {
            let words: Vec<&str> = cols.first()?.split(' ').filter(|w| !w.is_empty()).collect();
            (!words.is_empty()).then(|| Phrase {
                words,
                class: cols.get(1).copied().unwrap_or(""),
                value: cols.get(2).copied().unwrap_or(""),
            })
        })
        .collect()
});

/// The phrases of `class`, in table order.
pub(super) fn phrases(class: &'static str) -> impl Iterator<Item = &'static Phrase> {
    PHRASES.iter().filter(move |p| p.class == class)
}

/// The first phrase of `class` at token `i`: (the phrase, its length in tokens).
pub(super) fn phrase_at(class: &'static str, toks: &[Tok], i: usize) -> Option<(&'static Phrase, usize)> {
    phrases(class).find_map(|p| p.len_at(toks, i).map(|n| (p, n)))
}

/// `endings.tsv` by class: (ending, value) in table order.
static ENDINGS: LazyLock<HashMap<&'static str, Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<(&'static str, &'static str)>> = HashMap::new();
    for (_, cols) in rows(ENDINGS_TSV) {
        if let (Some(&ending), Some(&class)) = (cols.first(), cols.get(1)) {
            map.entry(class)
                .or_default()
                .push((ending, cols.get(2).copied().unwrap_or("")));
        }
    }
    map
});

/// The endings of `class`, with their values, in table order.
pub(super) fn endings(class: &str) -> &'static [(&'static str, &'static str)] {
    ENDINGS.get(class).map_or(&[], Vec::as_slice)
}

/// Whether `word` ends with an ending of `class`.
pub(super) fn ends_with(word: &str, class: &str) -> bool {
    endings(class).iter().any(|(e, _)| word.ends_with(e))
}

/// Whether a number's `suffix` is one of `class` (whole).
pub(super) fn is_suffix(suffix: &str, class: &str) -> bool {
    endings(class).iter().any(|(e, _)| *e == suffix)
}

/// The [`Unit`] a table value names (`year`, `week`…, the `unit` class of `lexicon.tsv`,
/// `unit_adjective` of `endings.tsv`): the English unit word of [`tables::UNITS`], the
/// shared table, or `half` (a half-year: "первом полугодии").
pub(super) fn unit_named(name: &str) -> Option<Unit> {
    if name == "half" {
        return Some(Unit::Half);
    }
    tables::UNITS
        .iter()
        .find(|&&(word, _)| word == name)
        .map(|&(_, unit)| unit)
}

/// The data lines of a table: (line number from 1, tab-separated columns).
fn rows(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| (n + 1, l.split('\t').collect()))
}

/// The cases a weekday form may carry (`3:acc`) and a preposition govern (`grammar.tsv`).
const CASES: &[&str] = &["nom", "gen", "dat", "acc", "ins", "prep", "pl"];

/// What a class's value must be.
#[derive(Clone, Copy)]
enum Shape {
    /// No value, or any (a TIMEX3 value, a modifier, a note).
    Any,
    /// A value that is not empty.
    Text,
    /// An integer in the range.
    Int(i64, i64),
    /// A number, or `vague`.
    Count,
    /// A unit name ([`unit_named`]).
    Unit,
    /// `DAY:CASE` of a weekday.
    Weekday,
    /// Cases, space-separated ([`CASES`]); none allowed.
    Cases,
    /// One of these codes.
    Code(&'static [&'static str]),
}

/// Every class of `lexicon.tsv` the grammar reads, with the shape of its value.
const LEXICON_CLASSES: &[(&str, Shape)] = &[
    ("month", Shape::Int(1, 12)),
    ("weekday", Shape::Weekday),
    ("unit", Shape::Unit),
    ("deictic", Shape::Int(-2, 2)),
    ("dayword", Shape::Int(-2, 2)),
    ("recent", Shape::Int(-1, 1)),
    ("later", Shape::Int(-1, 1)),
    ("earlier", Shape::Int(-1, 1)),
    ("ago", Shape::Int(-1, -1)),
    ("ordinal", Shape::Int(1, 100)),
    ("num", Shape::Count),
    ("part", Shape::Code(&["MO", "AF", "EV", "NI"])),
    ("season", Shape::Code(&["SP", "SU", "FA", "WI"])),
    ("approx", Shape::Code(&["APPROX", "LESS_THAN", "MORE_THAN"])),
    ("position", Shape::Code(&["START", "MID", "END"])),
    ("set", Shape::Text),
    ("fixed_dur", Shape::Text),
    ("each", Shape::Any),
    ("same", Shape::Any),
    ("same_emph", Shape::Any),
    ("half_word", Shape::Any),
];

/// Every class of `grammar.tsv`, each read by a scanner family.
const GRAMMAR_CLASSES: &[(&str, Shape)] = &[
    ("prep", Shape::Cases),
    ("year_prep", Shape::Any),
    ("after_bare_year", Shape::Any),
    ("range_from", Shape::Text),
    ("from", Shape::Any),
    ("till", Shape::Any),
    ("between", Shape::Any),
    ("and", Shape::Any),
    ("list_joiner", Shape::Any),
    ("in", Shape::Any),
    ("same_before", Shape::Any),
    ("dotted_clock_after", Shape::Any),
    ("zone", Shape::Any),
    ("night", Shape::Any),
    ("night_on", Shape::Any),
    ("eve", Shape::Any),
    ("not", Shape::Any),
    ("later_prefix", Shape::Any),
    ("in_offset", Shape::Any),
    ("for_prep", Shape::Any),
    ("unit_acc", Shape::Any),
    ("age_before", Shape::Any),
    ("title_count", Shape::Any),
    ("birth", Shape::Any),
    ("year_noun", Shape::Any),
    ("year_abbr", Shape::Any),
    ("count_of_years", Shape::Any),
    ("vague_plural", Shape::Any),
    ("plural_not_deictic", Shape::Any),
    ("anaphoric_next", Shape::Any),
    ("century_word", Shape::Any),
    ("century_abbr", Shape::Any),
    ("month_abbr", Shape::Any),
    ("first_since", Shape::Any),
];

/// Every class of `phrases.tsv`.
const PHRASE_CLASSES: &[(&str, Shape)] = &[
    ("fixed", Shape::Code(&["PRESENT_REF", "FUTURE_REF", "PAST_REF"])),
    (
        "fixed_back",
        Shape::Code(&["PRESENT_REF", "FUTURE_REF", "PAST_REF", "PAST_REF|FUTURE_REF"]),
    ),
    ("throughout", Shape::Any),
    ("ago", Shape::Any),
    ("and_a_half", Shape::Count),
    ("zone", Shape::Any),
    ("to_present", Shape::Any),
];

/// Every class of `endings.tsv`.
const ENDING_CLASSES: &[(&str, Shape)] = &[
    ("genitive", Shape::Any),
    ("present_verb", Shape::Any),
    ("part_adverb", Shape::Any),
    ("season_adverb", Shape::Any),
    ("day_adjective", Shape::Any),
    ("unit_adjective", Shape::Unit),
    ("year_suffix", Shape::Any),
    ("year_word_suffix", Shape::Any),
    ("decade_range_suffix", Shape::Any),
    ("day_suffix", Shape::Any),
    ("decade_suffix", Shape::Any),
    ("year_only_suffix", Shape::Any),
    ("century_suffix", Shape::Any),
    ("decade_needs_in", Shape::Any),
    ("abbreviated_year", Shape::Any),
];

/// The classes of `tense.tsv` ([`crate::lang::ru::tense`]).
const TENSE_CLASSES: &[(&str, Shape)] = &[("future", Shape::Any), ("past", Shape::Any), ("noun", Shape::Any)];

/// Whether `value` has `shape`.
fn fits(value: &str, shape: Shape) -> bool {
    match shape {
        Shape::Any => true,
        Shape::Text => !value.is_empty(),
        Shape::Int(lo, hi) => value.parse::<i64>().is_ok_and(|n| (lo..=hi).contains(&n)),
        Shape::Count => value == "vague" || value.parse::<f64>().is_ok_and(|n| n.is_finite() && n >= 0.0),
        Shape::Unit => unit_named(value).is_some(),
        Shape::Weekday => value.split_once(':').is_some_and(|(day, case)| {
            day.parse::<u32>().is_ok_and(|d| (1..=7).contains(&d)) && CASES.contains(&case)
        }),
        Shape::Cases => value.split_whitespace().all(|c| CASES.contains(&c)),
        Shape::Code(codes) => codes.contains(&value),
    }
}

/// The rows of the Russian data table `file` (its name in `lang/ru/data/`, e.g.
/// `grammar.tsv`) with text `src` that do not parse, each as `data/FILE:LINE: what is
/// wrong; what to do`. The temporal grammar's tables (`lexicon`, `tense`, `grammar`,
/// `phrases`, `endings`) are checked class by class and value by value; any other table
/// (the event builder's) for its shape: two or more columns, none empty or padded.
pub fn check_table(file: &str, src: &str) -> Vec<String> {
    let classes = match file {
        "lexicon.tsv" => Some(LEXICON_CLASSES),
        "tense.tsv" => Some(TENSE_CLASSES),
        "grammar.tsv" => Some(GRAMMAR_CLASSES),
        "phrases.tsv" => Some(PHRASE_CLASSES),
        "endings.tsv" => Some(ENDING_CLASSES),
        _ => None,
    };
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let at = format!("data/{file}:{}", n + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols.iter().take(2).any(|c| c.is_empty()) {
            out.push(format!("{at}: want FORM<TAB>CLASS[<TAB>VALUE], got {line:?}"));
            continue;
        }
        if cols.iter().any(|c| c.trim() != *c) {
            out.push(format!("{at}: a column has spaces around it; remove them"));
        }
        let Some(classes) = classes else {
            continue;
        };
        let form = cols[0];
        if form != super::super::lexicon::fold(form) {
            out.push(format!(
                "{at}: {form:?} is not folded; write it in lower case with ё as е"
            ));
        }
        if cols.len() > 3 {
            out.push(format!("{at}: more than three columns"));
        }
        let value = cols.get(2).copied().unwrap_or("");
        match classes.iter().find(|(class, _)| *class == cols[1]) {
            None => out.push(format!(
                "{at}: unknown class {:?}; the classes of {file} are listed at its top",
                cols[1]
            )),
            Some(&(class, shape)) if !fits(value, shape) => {
                out.push(format!("{at}: {value:?} is no value of class {class}"))
            }
            Some(_) => {}
        }
    }
    out
}

/// The classes the scanner families read that no row of their table fills: a class the
/// code names but the table lost (or misspelt) matches nothing, silently.
pub fn empty_classes() -> Vec<String> {
    let tables = [
        ("grammar.tsv", GRAMMAR_TSV, GRAMMAR_CLASSES),
        ("phrases.tsv", PHRASES_TSV, PHRASE_CLASSES),
        ("endings.tsv", ENDINGS_TSV, ENDING_CLASSES),
    ];
    let mut out = Vec::new();
    for (file, src, classes) in tables {
        for (class, _) in classes {
            if !rows(src).any(|(_, cols)| cols.get(1) == Some(class)) {
                out.push(format!("data/{file}: no row of class {class}"));
            }
        }
    }
    out
}
