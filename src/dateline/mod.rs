//! [`Dateline`]: the `BRUSSELS, December 1 (RIA Novosti) -` opening of a wire story.
//!
//! [`find`] looks for the dateline inside text that may be wrapped in page furniture
//! (menus, "Subscribe", comment counters, UI strings in other languages): it tries every
//! line start against the [`TEMPLATES`], takes the first line that has a date or an
//! agency, and only then settles for a bare `PLACE —`. If no line starts with a dateline
//! (headline and story run together), it looks anywhere for an upper-case place with a
//! date and agency. The templates and the shapes they recognise are in [`TEMPLATES`] and
//! [`SHAPES`]. A language whose agencies write their own shapes supplies them as data,
//! read by [`wire`] (Russian: `МОСКВА, 3 декабря. /ТАСС/.`).

mod tables;
mod templates;
pub mod wire;

use regex::Captures;
use serde::Serialize;

pub use tables::{AGENCIES, NOT_AGENCIES, NOT_PLACES, PLACES_WITH_ARTICLE, PLACE_CONNECTORS};
pub(crate) use templates::month_names_pattern;
use templates::{Compiled, ANYWHERE, COMPILED};
pub use templates::{Template, SHAPES, TEMPLATES};

/// A dateline found in an article. Any part may be missing: `WASHINGTON (AP) —` has
/// place and agency but no date; `Brussels, 12 January 2022 —` has no agency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Dateline {
    /// The place as written (`BRUSSELS`, `Corfu/Moscow`).
    pub place: Option<String>,
    /// The agency (`RIA Novosti`, `Reuters`, `AP`, `INTERFAX`).
    pub agency: Option<String>,
    /// Month 1–12 when the dateline gives a date.
    pub month: Option<u32>,
    /// Day of month when the dateline gives a date.
    pub day: Option<u32>,
    /// The year when the dateline states it; `None` means it must be inferred.
    pub year: Option<i32>,
    /// Where the dateline is in the article text, in chars, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The name of the template that matched (see [`TEMPLATES`]).
    pub shape: &'static str,
    /// The time zone of the agency's clock when the dateline's shape implies one (Russian
    /// agencies: Moscow time, `UTC+03:00`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'static str>,
}

impl Dateline {
    /// The dateline's date in words: `December 1`, `December 1, 2009`, or `None`.
    pub fn date_in_words(&self) -> Option<String> {
        let name = MONTH_NAMES.get(self.month? as usize - 1)?;
        let day = self.day?;
        Some(match self.year {
            Some(y) => format!("{name} {day}, {y}"),
            None => format!("{name} {day}"),
        })
    }
}

/// English month names, for messages.
pub use crate::text::lexicon::MONTH_NAMES;
/// Finds the story's dateline.
pub fn find(text: &str) -> Option<Dateline> {
    find_with_template(text).map(|(dateline, _)| dateline)
}

/// [`find`], also naming the template that matched (see [`TEMPLATES`]).
pub fn find_with_template(text: &str) -> Option<(Dateline, &'static str)> {
    // Russian agency datelines (`МОСКВА, 3 декабря. /ТАСС/.`): only text with Cyrillic
    if crate::lang::has_cyrillic(text) {
        if let Some(dateline) = wire::find(text, &crate::lang::ru::dateline::SHAPES) {
            let shape = dateline.shape;
            return Some((dateline, shape));
        }
    }
    find_with(text, &COMPILED, &ANYWHERE)
}

/// [`find_with_template`] with the given compiled templates (the tests compare two sets).
fn find_with(text: &str, compiled: &[Compiled], anywhere: &[&Compiled]) -> Option<(Dateline, &'static str)> {
    let mut weak: Option<(Dateline, &'static str)> = None;
    let mut char_offset = 0;
    for line in text.split('\n') {
        let indent = line.len() - line.trim_start().len();
        let body = &line[indent..];
        let line_start = char_offset + line[..indent].chars().count();
        // Every template opens with a place (an upper-case letter) or an agency in brackets.
        let may_open = body.starts_with(|c: char| c.is_uppercase() || c == '(') && could_open_dateline(body);
        for compiled in compiled.iter().filter(|_| may_open) {
            if !compiled.template.strong && (weak.is_some() || char_offset > WEAK_SEARCH_CHARS) {
                continue;
            }
            // `is_match` runs without allocating; most lines match no template.
            if !compiled.is_match(body) {
                continue;
            }
            let Some(caps) = compiled.captures(body) else {
                continue;
            };
            let Some(mut dateline) = build(&caps, compiled.template) else {
                continue;
            };
            let whole = caps.get(0).map_or("", |m| m.as_str());
            dateline.start = line_start;
            dateline.end = line_start + whole.trim_end().chars().count();
            if compiled.template.strong {
                return Some((dateline, compiled.template.name));
            }
            weak = Some((dateline, compiled.template.name));
            break;
        }
        char_offset += line.chars().count() + 1;
    }
    find_inside_lines(text, anywhere).or(weak)
}

/// A quick test every line that opens a dateline passes and most story lines fail: the
/// capitalised words (and place connectors, `Rio de Janeiro`) at its start are followed by
/// dateline punctuation (`,` `.` `(` `/` or a dash) before any other lower-case word.
/// Saves running every template on every line of a story.
fn could_open_dateline(body: &str) -> bool {
    for word in body.split_whitespace() {
        if word.contains([',', '.', '(', '/', '-', '—', '–', '―', '_', ':']) {
            return true;
        }
        let lower_start = word.starts_with(|c: char| !c.is_uppercase());
        if lower_start && !tables::contains(PLACE_CONNECTORS, word) {
            return false;
        }
    }
    false
}

/// How far into the text a weak `PLACE —` dateline is looked for (chars).
const WEAK_SEARCH_CHARS: usize = 3000;

/// Second pass: an upper-case place with a date and agency anywhere in a line.
///
/// The place must be written in capitals, so the templates are tried only where a word in
/// capitals starts (after whitespace or at the start of the text): one cheap scan of the
/// text, then short anchored matches, instead of every template scanning all of it.
fn find_inside_lines(text: &str, anywhere: &[&Compiled]) -> Option<(Dateline, &'static str)> {
    let starts = upper_case_word_starts(text);
    for compiled in anywhere {
        let template = compiled.template;
        for &from in &starts {
            if !compiled.is_match(&text[from..]) {
                continue;
            }
            let Some(caps) = compiled.captures(&text[from..]) else {
                continue;
            };
            let Some(whole) = caps.get(0) else { continue };
            let place = caps.name("place").map_or("", |m| m.as_str());
            let upper = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
            let has_both = caps.name("month").is_some() && caps.name("agency").is_some();
            if !upper || !has_both {
                continue;
            }
            if let Some(mut dateline) = build(&caps, template) {
                dateline.start = text[..from].chars().count();
                dateline.end = dateline.start + whole.as_str().trim_end().chars().count();
                return Some((dateline, template.name));
            }
        }
    }
    None
}

/// Byte offsets where a word that could open an upper-case place starts: an upper-case
/// letter at the start of the text or after whitespace, with no lower-case letter before
/// the next space or dateline punctuation.
///
/// Runs over every byte of the article, so ASCII (nearly all of news text) is decided on
/// bytes; other characters are decoded.
fn upper_case_word_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        // Skip to the next whitespace (most bytes), then past it: a word starts there.
        match bytes[at..]
            .iter()
            .position(|&b| b.is_ascii_whitespace() || b >= 0x80)
        {
            Some(i) => at += i,
            None => break,
        }
        let (c, width) = char_at(text, at);
        at += width;
        if !c.is_whitespace() {
            continue;
        }
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        // most words start with an ASCII letter that is not upper case
        let surely_not = bytes
            .get(at)
            .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase());
        if surely_not {
            continue;
        }
        if let Some(start) = upper_case_word_at(text, at) {
            starts.push(start);
        }
    }
    if let Some(start) = upper_case_word_at(text, 0) {
        starts.insert(0, start);
    }
    starts
}

/// `Some(at)` when a word starting at byte `at` opens with an upper-case letter and has no
/// lower-case letter before the next space or dateline punctuation.
fn upper_case_word_at(text: &str, at: usize) -> Option<usize> {
    let (first, width) = char_at(text, at);
    if at >= text.len() || !first.is_uppercase() {
        return None;
    }
    let mut i = at + width;
    while i < text.len() {
        let (c, width) = char_at(text, i);
        if c.is_whitespace() || is_place_delimiter(c) {
            break;
        }
        if c.is_lowercase() {
            return None;
        }
        i += width;
    }
    Some(at)
}

/// The char at byte `at` (a char boundary) and its width in bytes, ASCII without decoding.
fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => (b as char, 1),
        _ => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// The characters that end a word of a place name (see the templates' `{place}`).
fn is_place_delimiter(c: char) -> bool {
    matches!(
        c,
        ',' | '(' | ')' | '/' | ';' | ':' | '"' | '“' | '”' | '—' | '–' | '_'
    )
}

/// Turns a template match into a [`Dateline`], or refuses it (a place that is not a
/// place, an agency that is not one, a date that does not exist).
fn build(caps: &Captures, template: &Template) -> Option<Dateline> {
    let place = match caps.name("place") {
        Some(m) => Some(clean_place(m.as_str())?),
        None => None,
    };
    let main = place
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .next()
        .unwrap_or_default();
    if !template.strong && (main.chars().any(char::is_lowercase) || main.chars().count() < 3) {
        return None;
    }
    if let Some(region) = caps.name("region") {
        let region = region.as_str();
        if crate::text::lexicon::month(region).is_some() || crate::text::lexicon::weekday(region).is_some() {
            return None;
        }
    }
    if let (Some(_), Some(agency)) = (caps.name("listed"), caps.name("agency")) {
        if !tables::contains(AGENCIES, agency.as_str().trim()) {
            return None;
        }
    }
    let agency = match caps.name("agency") {
        Some(m) => Some(clean_agency(m.as_str(), caps.name("bare").is_some())?),
        None => None,
    };
    let (month, day, year) = match (caps.name("month"), caps.name("day")) {
        (Some(m), Some(d)) => {
            let month = crate::text::lexicon::month(m.as_str()).or_else(|| m.as_str().parse().ok())?;
            let day: u32 = d.as_str().parse().ok()?;
            let year: Option<i32> = caps.name("year").and_then(|y| y.as_str().parse().ok());
            if !(1..=12).contains(&month) || !valid_day(month, day, year) {
                return None;
            }
            (Some(month), Some(day), year)
        }
        _ => (None, None, None),
    };
    Some(Dateline {
        place,
        agency,
        month,
        day,
        year,
        start: 0,
        end: 0,
        shape: template.name,
        zone: None,
    })
}

/// A day that exists in that month (February 29 only in leap years, any year if unknown).
fn valid_day(month: u32, day: u32, year: Option<i32>) -> bool {
    let y = year.unwrap_or(2000);
    chrono::NaiveDate::from_ymd_opt(y, month, day).is_some()
}

/// Trims the place and refuses sentence openers and furniture ([`NOT_PLACES`]).
fn clean_place(raw: &str) -> Option<String> {
    let place = raw.trim();
    let first = place
        .split([' ', '/', ','])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    let name = place.split([',', '/']).next().unwrap_or_default();
    let refused = (tables::contains(NOT_PLACES, first) && !tables::contains(PLACES_WITH_ARTICLE, name))
        || crate::text::lexicon::month(first).is_some()
        || crate::text::lexicon::weekday(first).is_some();
    (!refused && !place.is_empty()).then(|| place.to_string())
}

/// Validates an agency: listed, or (in brackets) capitalised words. A bare agency must
/// be listed. A listed prefix is kept with what follows it only for bare agencies
/// (`INTERFAX-UKRAINE`); `RIA Novosti correspondent` becomes `RIA Novosti`.
fn clean_agency(raw: &str, bare: bool) -> Option<String> {
    let raw = raw.trim();
    if let Some(known) = tables::known_agency_prefix(raw) {
        let rest = &raw[known.len()..];
        if bare || rest.starts_with('-') {
            return Some(raw.to_string());
        }
        return Some(raw[..known.len()].to_string());
    }
    if bare {
        return None;
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    let looks_like_name =
        (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let not_an_agency = words.iter().any(|w| {
        let w = w.trim_end_matches(['.', ',']);
        tables::contains(NOT_AGENCIES, w)
            || crate::text::lexicon::weekday(w).is_some()
            || crate::text::lexicon::month(w).is_some()
    });
    (looks_like_name && !not_an_agency).then(|| raw.to_string())
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::templates::{anywhere, compile_all, Compiled, EXACT_FIRST_LETTER};
    use super::*;

    /// The templates with `\p{Lu}` as the first letter of a place's word.
    static STRICT: LazyLock<Vec<Compiled>> = LazyLock::new(|| compile_all(EXACT_FIRST_LETTER));

    fn strict(text: &str) -> Option<(Dateline, &'static str)> {
        find_with(text, &STRICT, &anywhere(&STRICT))
    }

    /// Pieces of datelines and of the text around them, with words that open with
    /// non-ASCII upper-case letters, lower-case letters and punctuation.
    const PIECES: &[&str] = &[
        "MOSCOW",
        "Moscow",
        "SÃO",
        "São",
        "Paulo",
        "ÉVORA",
        "Évora",
        "éx",
        "ßx",
        "ǅx",
        "«Kyiv»",
        "„Berlin“",
        "КИЇВ",
        "Київ",
        "ΑΘΗΝΑ",
        "ñu",
        "ST.",
        "de",
        "la",
        ",",
        ".",
        " ",
        " ",
        " ",
        "\n",
        "Dec",
        "December",
        "1",
        "12",
        "2009",
        "(AP)",
        "(RIA Novosti)",
        "(Реуters)",
        "/TASS/",
        "INTERFAX",
        "ÍNTERFAX",
        "-",
        "--",
        "—",
        "_",
        ":",
        "The",
        "the",
        "‘x’",
        "/",
    ];

    #[test]
    fn the_cheap_first_letter_finds_what_upper_case_finds() {
        for (_, example) in SHAPES {
            assert_eq!(find_with_template(example), strict(example), "{example}");
        }
        let lines = [
            "ÉVORA, Dec 1 (Lusa) - The",
            "évora, Dec 1 (Lusa) - The",
            "SÃO PAULO, Dec. 3, 2009 (Reuters) - The",
            "São Paulo, Dec 3 (Reuters) - The",
            "ßx Paris, Dec 3 (AFP) - The",
            "PARIS ßx, Dec 3 (AFP) - The",
            "PARIS, ßx, Dec 3 (AFP) - The",
            "«Kyiv», Dec 1 (Interfax) - The",
            "КИЇВ, 1 December (UNIAN) - The",
            "Київ, 1 December (UNIAN) - The",
            "Headline\nsaid in ÉVORA, Dec 1 (Lusa) - The",
            "Headline\nsaid in éVORA, Dec 1 (Lusa) - The",
        ];
        for line in lines {
            assert_eq!(find_with_template(line), strict(line), "{line}");
        }
        assert!(find_with_template("ÉVORA, Dec 1 (Lusa) - The").is_some());
        assert!(find_with_template("évora, Dec 1 (Lusa) - The").is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn generated_lines_give_the_same_datelines(
            picks in proptest::collection::vec(0..PIECES.len(), 1..16)
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(find_with_template(&text), strict(&text), "{}", text);
            let tight: String = picks.iter().map(|&i| PIECES[i]).collect();
            prop_assert_eq!(find_with_template(&tight), strict(&tight), "{}", tight);
        }
    }
}
