//! Dateline templates: regular expressions written with placeholders for the parts of a
//! dateline, expanded and compiled once.
//!
//! | placeholder | matches                                             | example            |
//! |-------------|-----------------------------------------------------|--------------------|
//! | `{place}`   | 1–4 capitalised words, `/`-joined, optional region  | `Corfu/Moscow`, `KABUL, Afghanistan` |
//! | `{sep}`     | `,` or `.` after the place                          |                    |
//! | `{md}`      | month-first date, optional year                     | `Dec. 3, 2009`     |
//! | `{dm}`      | day-first date, optional year                       | `12 January 2022`  |
//! | `{num}`     | numeric day-first date with year                    | `01.12.2009`       |
//! | `{paren}`   | agency in parentheses                               | `(RIA Novosti)`    |
//! | `{slash}`   | agency in slashes                                   | `/TASS/`           |
//! | `{bare}`    | a listed agency written alone                       | `INTERFAX`         |
//! | `{dash}`    | the dash that ends the dateline                     | `-` `--` `—` `–` `_` `:` |
//!
//! A template with an empty `(?P<listed>)` group accepts only an agency of
//! [`AGENCIES`](super::AGENCIES).
//!
//! [`SHAPES`] lists the shapes of real wire datelines these templates recognise, one
//! example each; the tests run every example.

use std::sync::{LazyLock, OnceLock};

use regex::{Captures, Regex};

use super::tables::PLACE_CONNECTORS;

/// The templates, tried in this order on each line (see the module docs for the
/// placeholders). `strong` templates have a date or an agency; a weak one (a bare
/// upper-case place and a dash) is used only when no strong one matches anywhere.
pub const TEMPLATES: &[Template] = &[
    Template::strong("md-paren", r"{place}{sep}{md}\.?\s*{paren}{end}"),
    Template::strong("dm-paren", r"{place}{sep}{dm}\.?\s*{paren}{end}"),
    Template::strong("num-paren", r"{place}{sep}{num}\s*{paren}{end}"),
    Template::strong("md-slash", r"{place}{sep}{md}\.?\s*{slash}(?:\.|{dash})?"),
    Template::strong("dm-slash", r"{place}{sep}{dm}\.?\s*{slash}(?:\.|{dash})?"),
    Template::strong("md-bare", r"{place}{sep}{md}\.\s*{bare}{dash}"),
    Template::strong("dm-bare", r"{place}{sep}{dm}\.\s*{bare}{dash}"),
    Template::strong("md-dash", r"{place}{sep}{md}{dash}"),
    Template::strong("dm-dash", r"{place}{sep}{dm}{dash}"),
    Template::strong("num-dash", r"{place}{sep}{num}{dash}"),
    Template::strong("paren", r"{place}\s*{paren}{dash}"),
    Template::strong("slash", r"{place}\s*{slash}(?:\.|{dash})"),
    Template::strong("agency-only", r"\((?P<listed>)(?P<agency>[^()\n]{2,40})\){dash}"),
    Template::weak("place-dash", r"{place}{dash}"),
];

/// Real dateline shapes and an example of each; every one is recognised (tested).
pub const SHAPES: &[(&str, &str)] = &[
    (
        "month-first, agency in parentheses",
        "BRUSSELS, December 1 (RIA Novosti) - The",
    ),
    ("abbreviated month, Reuters", "MOSCOW, Oct 18 (Reuters) - The"),
    (
        "abbreviated month with a dot and year, AFP",
        "PARIS, Dec. 3, 2009 (AFP) - The",
    ),
    (
        "Sept. and a double hyphen, multi-word place",
        "UNITED NATIONS, Sept. 15 (Xinhua) -- The",
    ),
    (
        "slash-joined places, no dash",
        "Corfu/Moscow, June 27 (RIA Novosti) The",
    ),
    ("place and agency, no date, em dash", "WASHINGTON (AP) — The"),
    (
        "place with country, underscore dash",
        "KABUL, Afghanistan (AP) _ The",
    ),
    (
        "place with US state abbreviation",
        "SAN FRANCISCO, Calif., March 3 (Reuters) - The",
    ),
    ("place with D.C.", "WASHINGTON, D.C., March 3 (UPI) -- The"),
    (
        "TASS: date, full stop, agency in slashes",
        "MOSCOW, December 1. /TASS/. The",
    ),
    (
        "ITAR-TASS: agency in slashes and a dash",
        "MOSCOW, December 1 /ITAR-TASS/ - The",
    ),
    ("TASS day-first", "ST. PETERSBURG, 1 December. /TASS/. The"),
    (
        "Interfax: full stops, bare agency",
        "Moscow. Oct 18. INTERFAX - The",
    ),
    ("Interfax day-first", "Kyiv. 18 October. INTERFAX-UKRAINE - The"),
    (
        "Interfax with agency in parentheses",
        "MOSCOW. Oct 18 (Interfax) - The",
    ),
    (
        "day-first with year, em dash, no agency",
        "Brussels, 12 January 2022 — The",
    ),
    ("month-first, em dash, no agency", "LONDON, March 3 — The"),
    (
        "month-first with year, no agency",
        "WASHINGTON, Dec. 1, 2009 — The",
    ),
    ("ordinal day", "LONDON, March 3rd (Reuters) - The"),
    ("day-first with agency", "GENEVA, 3 March (AFP) - The"),
    (
        "day-first with year and agency",
        "Berlin, 3 March 2015 (dpa) – The",
    ),
    ("numeric day-first date", "MINSK, 01.12.2009 (BelTA) - The"),
    ("numeric date, no agency", "Vilnius, 01.12.2009 – The"),
    (
        "connector words in the place",
        "RIO DE JANEIRO, May 5 (Reuters) - The",
    ),
    ("title-case connector words", "Rio de Janeiro, May 5 (EFE) - The"),
    ("three-word place", "NEW YORK CITY, Jan 5 (AP) - The"),
    ("hyphenated place", "PORT-AU-PRINCE, Jan 13 (Reuters) - The"),
    (
        "agency with a correspondent",
        "TBILISI, August 8 (RIA Novosti correspondent) - The",
    ),
    ("colon instead of a dash", "ANKARA, July 16 (Anadolu): The"),
    ("en dash", "WARSAW, Feb 24 (PAP) – The"),
    ("place and agency, no date, hyphen", "GENEVA (Reuters) - The"),
    ("place and slashed agency, no date", "MOSCOW /TASS/. The"),
    ("upper-case place and dash only", "BRUSSELS — The"),
    ("upper-case place with country and dash", "KYIV, Ukraine — The"),
    (
        "two-letter abbreviated month May, year",
        "KIEV, May 2, 2014 (Reuters) - The",
    ),
    ("all-capitals month", "MOSCOW, DEC 1 (RIA Novosti) - The"),
    ("listed agency alone, no place", "(Bloomberg) -- The"),
];

/// A dateline template: a name, a pattern with placeholders, and whether it is strong.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub name: &'static str,
    pub pattern: &'static str,
    pub strong: bool,
}

impl Template {
    const fn strong(name: &'static str, pattern: &'static str) -> Self {
        Template {
            name,
            pattern,
            strong: true,
        }
    }
    const fn weak(name: &'static str, pattern: &'static str) -> Self {
        Template {
            name,
            pattern,
            strong: false,
        }
    }
}

/// A template compiled for line starts.
///
/// A word of a place opens with an upper-case letter, but `\p{Lu}` compiles its 1,800
/// code points into each of the 12 word copies of every template: two thirds of the
/// templates' compile time, about 20 ms at every start. So each template is compiled with
/// a cheap first letter ([`QUICK_FIRST_LETTER`]: an ASCII capital or most non-ASCII
/// chars), which accepts every dateline `\p{Lu}` accepts and a few more. When a match's
/// place has a word opening with a non-ASCII char that is not upper case (rare in English
/// news), the template is run again with `\p{Lu}` (compiled then, once). The result is
/// always that of `\p{Lu}`: a quick match whose words all open upper case is a `\p{Lu}`
/// match, and the best one, since the `\p{Lu}` matches are a subset of the quick ones,
/// ranked the same way.
pub(super) struct Compiled {
    pub template: &'static Template,
    quick: Regex,
    exact: OnceLock<Regex>,
}

impl Compiled {
    fn new(template: &'static Template, first_letter: &str) -> Self {
        Compiled {
            template,
            quick: compile(template, first_letter),
            exact: OnceLock::new(),
        }
    }

    /// Whether the template may match at the start of `haystack` (it may still be
    /// refused by [`Compiled::captures`]); runs without allocating.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.quick.is_match(haystack)
    }

    /// The template's match at the start of `haystack`, as `\p{Lu}` words find it.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let caps = self.quick.captures(haystack)?;
        if caps
            .name("place")
            .is_none_or(|m| words_start_upper_case(m.as_str()))
        {
            return Some(caps);
        }
        self.exact
            .get_or_init(|| compile(self.template, EXACT_FIRST_LETTER))
            .captures(haystack)
    }

    /// Whether the template has a capture group of this name.
    fn captures_group(&self, name: &str) -> bool {
        self.quick.capture_names().flatten().any(|n| n == name)
    }
}

/// Every word of a place opens with an upper-case letter. An ASCII word start is a
/// capital or a lower-case place connector (`Rio de Janeiro`); a non-ASCII one is checked.
fn words_start_upper_case(place: &str) -> bool {
    place
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',')
        .filter_map(|word| word.chars().next())
        .all(|c| c.is_ascii() || c.is_uppercase())
}

fn compile(template: &Template, first_letter: &str) -> Regex {
    Regex::new(&format!("^(?:{})", expand(template.pattern, first_letter)))
        .expect("dateline templates are valid")
}

pub(super) static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| compile_all(QUICK_FIRST_LETTER));

/// Compiles every template with `first_letter` as the class that opens a word of a place.
pub(super) fn compile_all(first_letter: &str) -> Vec<Compiled> {
    TEMPLATES
        .iter()
        .map(|template| Compiled::new(template, first_letter))
        .collect()
}

/// The first letter of a word of a place, cheap to compile: an ASCII capital or a
/// non-ASCII char other than a space or dash (see [`Compiled`]).
const QUICK_FIRST_LETTER: &str = r"[A-Z\x{80}-\x{10FFFF}&&[^\s—–―]]";

/// The first letter of a word of a place: an upper-case letter.
pub(super) const EXACT_FIRST_LETTER: &str = r"\p{Lu}";

/// The strong templates for the second pass, anchored: that pass tries them only where an
/// upper-case word starts, see `super::find_inside_lines`. That pass accepts only a
/// dateline with both a date and an agency, so only templates that capture both are
/// tried: the others would scan the whole text for nothing. They are the line-start
/// templates of [`COMPILED`] (the same anchored patterns), not compiled a second time.
pub(super) static ANYWHERE: LazyLock<Vec<&'static Compiled>> = LazyLock::new(|| anywhere(&COMPILED));

/// The templates of `compiled` that capture both a month and an agency (see [`ANYWHERE`]).
pub(super) fn anywhere(compiled: &[Compiled]) -> Vec<&Compiled> {
    compiled
        .iter()
        .filter(|c| c.template.strong && c.captures_group("month") && c.captures_group("agency"))
        .collect()
}

/// The month names and abbreviations of [`crate::text::lexicon::MONTHS`] as a regex
/// alternation, longest first (so `Sept` wins over `Sep`).
pub(crate) fn month_names_pattern() -> String {
    let mut months: Vec<&str> = crate::text::lexicon::MONTHS.iter().map(|(m, _)| *m).collect();
    months.sort_by_key(|m| std::cmp::Reverse(m.len()));
    months.join("|")
}

/// Replaces the placeholders of a template with their regular expressions; a word of a
/// place opens with `first_letter`.
fn expand(pattern: &str, first_letter: &str) -> String {
    // A capitalised word: an upper-case letter, then anything but space and dateline
    // punctuation (a negated class keeps the compiled automaton small).
    let word = format!(r"{first_letter}[^\s,()/;:\x22“”—–_]*");
    let connectors = PLACE_CONNECTORS.join("|");
    let name = format!(r"{word}(?: (?:(?:{connectors}) )?{word}){{0,3}}");
    let place = format!(r"(?P<place>{name}(?:\s*/\s*{name})*(?:,\s*(?P<region>{name}))?)");
    let month = format!(r"(?P<month>(?i:{})\b)", month_names_pattern());
    let year = r"(?:,?\s+(?P<year>(?:1[89]|20|21)\d\d)\b)?";
    let day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b";
    let dash = r"(?:\s*(?:--|[-—–―_:])\s*)";
    pattern
        .replace("{place}", &place)
        .replace("{sep}", r"\s*[,.]\s*")
        .replace("{md}", &format!(r"{month}\.?\s+{day}{year}"))
        .replace("{dm}", &format!(r"{day}\s+{month}\.?{year}"))
        .replace(
            "{num}",
            r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})\b",
        )
        .replace("{paren}", r"\((?P<agency>[^()\n]{2,40})\)")
        .replace("{slash}", r"/(?P<agency>[^/\n]{2,30})/")
        .replace(
            "{bare}",
            r"(?P<bare>(?P<agency>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?))",
        )
        .replace("{end}", &format!(r"(?:{dash}|\s|$)"))
        .replace("{dash}", dash)
}
