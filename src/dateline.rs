//! [`Dateline`]: the `BRUSSELS, December 1 (RIA Novosti) -` opening of a wire story.
//!
//! [`find`] looks for the dateline inside text that may be wrapped in page furniture
//! (menus, "Subscribe", comment counters, UI strings in other languages): it tries every
//! line start against the [`TEMPLATES`], takes the first line that has a date or an
//! agency, and only then settles for a bare `PLACE —`. If no line starts with a dateline
//! (headline and story run together), it looks anywhere for an upper-case place with a
//! date and agency.
//!
//! A template is a regular expression written with placeholders for its parts:
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
//! [`SHAPES`] lists the shapes of real wire datelines these templates recognise, one
//! example each; the tests run every example.

mod tables;

use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde::Serialize;

pub use tables::{AGENCIES, NOT_PLACES, PLACE_CONNECTORS};

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
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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

/// Finds the story's dateline.
pub fn find(text: &str) -> Option<Dateline> {
    let mut weak: Option<Dateline> = None;
    let mut char_offset = 0;
    for line in text.split('\n') {
        let indent = line.len() - line.trim_start().len();
        let body = &line[indent..];
        let line_start = char_offset + line[..indent].chars().count();
        for compiled in COMPILED.iter() {
            if !compiled.template.strong && (weak.is_some() || char_offset > WEAK_SEARCH_CHARS) {
                continue;
            }
            let Some(caps) = compiled.at_start.captures(body) else {
                continue;
            };
            let Some(mut dateline) = build(&caps, compiled.template) else {
                continue;
            };
            let whole = caps.get(0).map_or("", |m| m.as_str());
            dateline.start = line_start;
            dateline.end = line_start + whole.trim_end().chars().count();
            if compiled.template.strong {
                return Some(dateline);
            }
            weak = Some(dateline);
            break;
        }
        char_offset += line.chars().count() + 1;
    }
    find_inside_lines(text).or(weak)
}

/// How far into the text a weak `PLACE —` dateline is looked for (chars).
const WEAK_SEARCH_CHARS: usize = 3000;

/// Second pass: an upper-case place with a date and agency anywhere in a line.
fn find_inside_lines(text: &str) -> Option<Dateline> {
    for (template, regex) in ANYWHERE.iter() {
        for caps in regex.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let place = caps.name("place").map_or("", |m| m.as_str());
            let upper = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
            let has_both = caps.name("month").is_some() && caps.name("agency").is_some();
            if !upper || !has_both {
                continue;
            }
            if let Some(mut dateline) = build(&caps, template) {
                let from = caps.name("place").map_or(whole.start(), |p| p.start());
                dateline.start = text[..from].chars().count();
                dateline.end = dateline.start + text[from..whole.end()].trim_end().chars().count();
                return Some(dateline);
            }
        }
    }
    None
}

/// Turns a template match into a [`Dateline`], or refuses it (a place that is not a
/// place, an agency that is not one, a date that does not exist).
fn build(caps: &Captures, template: &Template) -> Option<Dateline> {
    let place = clean_place(caps.name("place")?.as_str())?;
    let main = place.split(',').next().unwrap_or_default();
    if !template.strong && (main.chars().any(char::is_lowercase) || main.chars().count() < 3) {
        return None;
    }
    if let Some(region) = caps.name("region") {
        let region = region.as_str();
        if crate::lexicon::month(region).is_some() || crate::lexicon::weekday(region).is_some() {
            return None;
        }
    }
    let agency = match caps.name("agency") {
        Some(m) => Some(clean_agency(m.as_str(), caps.name("bare").is_some())?),
        None => None,
    };
    let (month, day, year) = match (caps.name("month"), caps.name("day")) {
        (Some(m), Some(d)) => {
            let month = crate::lexicon::month(m.as_str()).or_else(|| m.as_str().parse().ok())?;
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
        place: Some(place),
        agency,
        month,
        day,
        year,
        start: 0,
        end: 0,
        shape: template.name,
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
    let refused = tables::contains(NOT_PLACES, first)
        || crate::lexicon::month(first).is_some()
        || crate::lexicon::weekday(first).is_some();
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
    looks_like_name.then(|| raw.to_string())
}

/// A template compiled for line starts.
struct Compiled {
    template: &'static Template,
    at_start: Regex,
}

static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
    TEMPLATES
        .iter()
        .map(|template| Compiled {
            template,
            at_start: Regex::new(&format!("^(?:{})", expand(template.pattern)))
                .expect("dateline templates are valid"),
        })
        .collect()
});

/// The strong templates compiled to match anywhere (the second pass; built when needed).
static ANYWHERE: LazyLock<Vec<(&'static Template, Regex)>> = LazyLock::new(|| {
    TEMPLATES
        .iter()
        .filter(|t| t.strong)
        .map(|t| {
            let re = Regex::new(&format!(r"(?:^|\s)(?:{})", expand(t.pattern)))
                .expect("dateline templates are valid");
            (t, re)
        })
        .collect()
});

/// Replaces the placeholders of a template with their regular expressions.
fn expand(pattern: &str) -> String {
    // A capitalised word: an upper-case letter, then anything but space and dateline
    // punctuation (a negated class keeps the compiled automaton small).
    let word = r"\p{Lu}[^\s,()/;:\x22“”—–_]*";
    let connectors = PLACE_CONNECTORS.join("|");
    let name = format!(r"{word}(?: (?:(?:{connectors}) )?{word}){{0,3}}");
    let place = format!(r"(?P<place>{name}(?:\s*/\s*{name})*(?:,\s*(?P<region>{name}))?)");
    let mut months: Vec<&str> = crate::lexicon::MONTHS.iter().map(|(m, _)| *m).collect();
    months.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let month = format!(r"(?P<month>(?i:{})\b)", months.join("|"));
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
