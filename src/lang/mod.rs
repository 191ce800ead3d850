//! The language of an article: English (the default) or Russian.
//!
//! chronicle reads English and Russian news. Every stage that depends on the words
//! (dateline, temporal expressions, events) asks [`of`] which language an article is in
//! and dispatches on the answer; the Russian resources live in [`ru`].
//!
//! The language is, strongest first: the one the user declared (`--lang ru|en`, stored in
//! the article), a JSONL record's `lang` field (kept in the article's metadata), or
//! the one [`detect`] reads from the text. [`of`] reads these through [`Labelled`], which
//! the input's article implements: the languages are a bottom layer, resources every
//! stage reads, and import no stage.
//!
//! ## Detection
//!
//! Only two languages are told apart, and they use different scripts, so a script count is
//! enough and no statistical language identifier is needed: [`detect`] counts Cyrillic
//! letters against Latin letters in one pass over the bytes. Every Cyrillic letter of the
//! basic block (U+0400–U+04FF) is two bytes in UTF-8 whose first byte is 0xD0–0xD3, and no
//! other character starts with those bytes, so counting those lead bytes counts Cyrillic
//! letters without decoding. An article is Russian when Cyrillic letters are at least
//! [`RU_SHARE`] of all letters: a Russian wire story is nearly all Cyrillic (Latin only in
//! names such as `NATO`, `INTERFAX.RU`, URLs), an English story quoting a Russian name has a
//! handful of Cyrillic letters among thousands of Latin ones. A scraped page whose menus are
//! Russian but whose story is English (or the reverse) is decided by the larger part.
//!
//! The scan is a byte loop with no allocation, and text with no Cyrillic byte at all (most
//! English) stops after a vectorised test for one ([`has_cyrillic`]).

pub mod ru;

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// A language chronicle reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// The ISO 639-1 code used in every output: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Reads an ISO 639-1 code (`ru`, `RU`, `ru-RU`, `rus`); `None` for other languages.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['-', '_']).next().unwrap_or("");
        match base {
            "en" | "eng" | "english" => Some(Lang::En),
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            _ => None,
        }
    }
}

/// A language's wire datelines as data for the shared dateline finder: the line's
/// pattern and how its groups read. Agencies that write a language's stories each open
/// them in a fixed shape (Russian: `МОСКВА, 3 декабря. /ТАСС/.`); a language supplies
/// one pattern for them all, and the dateline stage finds and reads it.
pub struct WireDatelines {
    /// The line, with the named groups `place`, `day`, `month`, an optional `year`, and
    /// one group per agency (see [`WireDatelines::agencies`]).
    pub pattern: &'static LazyLock<Regex>,
    /// Each agency's group in `pattern`, the agency's name, and the shape recorded on
    /// the dateline; the first whose group matched, otherwise the last.
    pub agencies: &'static [(&'static str, &'static str, &'static str)],
    /// The zone the agencies' times are in, recorded on the dateline.
    pub zone: &'static str,
    /// How many chars into the text a dateline may start (scraped pages have menus
    /// first).
    pub search_chars: usize,
    /// The month a month word names (1–12), in any of the language's spellings.
    pub month: fn(&str) -> Option<u32>,
}

/// The share of Cyrillic among all letters from which a text counts as Russian.
pub const RU_SHARE: f64 = 0.5;

/// What a text says about its own language, strongest first; the input's article
/// implements it, so [`of`] reads an article without this layer importing the input
/// stage.
pub trait Labelled {
    /// The language the user declared (`--lang`).
    fn declared_lang(&self) -> Option<Lang>;
    /// The code its record gave (a JSONL `lang` field), as written.
    fn recorded_lang(&self) -> Option<&str>;
    /// The text, for [`detect`].
    fn text(&self) -> &str;
}

/// The language of `article`: declared (`--lang`), from the record (`lang` field), or
/// detected from the text.
pub fn of(article: &impl Labelled) -> Lang {
    if let Some(lang) = article.declared_lang() {
        return lang;
    }
    if let Some(lang) = article.recorded_lang().and_then(Lang::from_code) {
        return lang;
    }
    detect(article.text())
}

/// The language of `text` by its script (see the module docs).
pub fn detect(text: &str) -> Lang {
    if !has_cyrillic(text) {
        return Lang::En;
    }
    let (cyrillic, latin) = letter_counts(text);
    if cyrillic > 0 && cyrillic as f64 >= RU_SHARE * (cyrillic + latin) as f64 {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// Whether `text` has any Cyrillic letter at all: the cheap test the English path takes
/// before trying a Russian pattern.
pub fn has_cyrillic(text: &str) -> bool {
    // 64 bytes at a time without an early exit inside a block, which the compiler turns
    // into vector compares: English text costs a few hundred microseconds per megabyte
    text.as_bytes()
        .chunks(64)
        .any(|block| block.iter().fold(false, |seen, &b| seen | is_cyrillic_lead(b)))
}

/// Cyrillic and Latin letters in `text`.
fn letter_counts(text: &str) -> (usize, usize) {
    let mut cyrillic = 0;
    let mut latin = 0;
    for b in text.bytes() {
        cyrillic += usize::from(is_cyrillic_lead(b));
        latin += usize::from(b.is_ascii_alphabetic());
    }
    (cyrillic, latin)
}

/// A UTF-8 lead byte of U+0400–U+04FF.
fn is_cyrillic_lead(b: u8) -> bool {
    (0xD0..=0xD3).contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script() {
        let cases: &[(&str, Lang)] = &[
            ("BRUSSELS, December 1 (RIA Novosti) - NATO met.", Lang::En),
            ("МОСКВА, 3 декабря. /ТАСС/. Лавров заявил.", Lang::Ru),
            (
                "Москва. 3 декабря. INTERFAX.RU - НАТО и Россия провели встречу.",
                Lang::Ru,
            ),
            (
                "Lavrov (Лавров) said on Tuesday that the talks had failed.",
                Lang::En,
            ),
            ("", Lang::En),
            ("2009-12-01 12:00", Lang::En),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), *want, "{text}");
        }
    }
}
