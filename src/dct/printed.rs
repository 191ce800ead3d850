//! Every date a page prints about itself, each a [`Candidate`] with a [`Kind`] and a
//! rank, and the page furniture that must not win, rejected with a reason.
//!
//! Read, in rank order ([`Kind::rank`]): the page's machine date (HTML
//! `article:published_time`, JSON-LD `datePublished`, `<time datetime>`), labelled lines
//! ("Published", "Posted", "Issued", "Date:"), the dateline with its year, bylines with a
//! date, stand-alone date lines near the headline (also with a place: "London, 4 December
//! 2019"), agency-and-date lines ("TASS, 16 January 2020", "27 June 2019
//! Interfax-Ukraine"), numeric timestamps (ISO, day-first dotted, slashed when the day is
//! over 12), weekday headers, "Web posted" lines; then dates in the address (a record's
//! `url`, the page's canonical link) and in the file name; last the revision dates
//! ("Updated", "Last updated", `og:updated_time`), used only when nothing better exists.
//!
//! Date lines without a label count only in the head of the page (before the first long
//! paragraph). Site clocks, "today is" lines, comment sections and lists of other
//! headlines are rejected ([`FURNITURE_WORDS`], [`LIST_HEADERS`]).

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

use crate::input::article::Article;

/// Where a printed date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// HTML `article:published_time`, JSON-LD `datePublished`, `<time datetime>`.
    HtmlPublished,
    /// "Published: …", "Posted …", "Issued on …", "Date: …".
    Labelled,
    /// The dateline, with its year.
    Dateline,
    /// "By Anna Berg | … | 14 June 2021, 19:40 CEST".
    Byline,
    /// A line that is a date (and maybe a time, weekday or place).
    DateLine,
    /// A line that opens with a weekday: "Thursday, June 4, 2009".
    WeekdayHeader,
    /// An agency name with the date: "TASS, 16 January 2020".
    AgencyLine,
    /// A numeric date line: "2018-04-27 10:05", "27.06.2019 - 16:03".
    Timestamp,
    /// "Web posted at …", "Web posted on …".
    WebPosted,
    /// A date in the article's address: `/2021/10/18/`, `/20211018/`, `…-2021-10-18-…`.
    Url,
    /// A date in the file name: `reuters-2021-10-18-….txt`.
    FileName,
    /// "Updated …", "Last updated …": a revision, not the publication.
    Updated,
    /// HTML `og:updated_time`, `article:modified_time`, JSON-LD `dateModified`.
    HtmlUpdated,
}

impl Kind {
    /// Lower is stronger.
    pub fn rank(self) -> u8 {
        match self {
            Kind::HtmlPublished => 1,
            Kind::Labelled => 2,
            Kind::Dateline => 3,
            Kind::Byline
            | Kind::DateLine
            | Kind::WeekdayHeader
            | Kind::AgencyLine
            | Kind::Timestamp
            | Kind::WebPosted => 4,
            Kind::Url => 6,
            Kind::FileName => 7,
            Kind::Updated => 8,
            Kind::HtmlUpdated => 9,
        }
    }

    /// How sure a date of this kind is to be the publication date.
    pub fn confidence(self) -> f32 {
        match self {
            Kind::HtmlPublished => 0.95,
            Kind::Labelled | Kind::Dateline | Kind::Byline => 0.9,
            Kind::DateLine | Kind::WeekdayHeader | Kind::AgencyLine | Kind::WebPosted => 0.9,
            Kind::Timestamp | Kind::Url => 0.85,
            Kind::FileName => 0.8,
            Kind::Updated => 0.7,
            Kind::HtmlUpdated => 0.6,
        }
    }

    /// The kind's name, as in `dateline --format json`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::HtmlPublished => "html-published",
            Kind::Labelled => "published-line",
            Kind::Dateline => "dateline",
            Kind::Byline => "byline",
            Kind::DateLine => "date-line",
            Kind::WeekdayHeader => "weekday-header",
            Kind::AgencyLine => "agency-line",
            Kind::Timestamp => "timestamp",
            Kind::WebPosted => "web-posted",
            Kind::Url => "url",
            Kind::FileName => "file-name",
            Kind::Updated => "updated",
            Kind::HtmlUpdated => "html-updated",
        }
    }

    /// Whether a date of this kind is only a revision of the page.
    pub fn is_revision(self) -> bool {
        matches!(self, Kind::Updated | Kind::HtmlUpdated)
    }
}

/// A printed date (or a date-like line that was refused).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub kind: Kind,
    /// The day, when the line gives a year.
    pub date: Option<NaiveDate>,
    /// Month and day of a line without a year ("Nov. 2"), for year inference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month_day: Option<(u32, u32)>,
    /// The line or value as written.
    pub quote: String,
    /// Why the candidate was not used, when it was refused outright.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejected: Option<String>,
    /// Byte span of the line in the article text (`None` for url, file, metadata).
    #[serde(skip)]
    pub span: Option<(usize, usize)>,
}

/// Words that make a line page furniture: site clocks, "today is", comments, weather.
pub const FURNITURE_WORDS: &[(&str, &str)] = &[
    ("today is", "a 'today is' line of the site"),
    ("today:", "a 'today' line of the site"),
    ("time", "a site clock"),
    ("weather", "the site's weather box"),
    ("©", "a copyright line"),
    ("copyright", "a copyright line"),
    ("all rights reserved", "a copyright line"),
    ("comment", "a comment"),
    ("comments", "a comment"),
    ("replied", "a comment"),
    ("reply", "a comment"),
    ("wrote:", "a comment"),
];

/// Lines that open a list of other stories or a comment section; the dates under them,
/// up to the next blank line, are not the page's.
pub const LIST_HEADERS: &[&str] = &[
    "more stories",
    "more news",
    "latest news",
    "latest",
    "related",
    "related stories",
    "related articles",
    "read more",
    "read also",
    "also read",
    "see also",
    "most read",
    "most popular",
    "popular",
    "other news",
    "top stories",
    "recent posts",
    "archive",
    "comments",
    "reader comments",
    "leave a comment",
];

/// Labels of date lines: (label, kind), longest first within a kind.
pub const LABELS: &[(&str, Kind)] = &[
    ("web posted at", Kind::WebPosted),
    ("web posted on", Kind::WebPosted),
    ("web posted", Kind::WebPosted),
    ("first published", Kind::Labelled),
    ("published", Kind::Labelled),
    ("posted", Kind::Labelled),
    ("issued", Kind::Labelled),
    ("released", Kind::Labelled),
    ("date", Kind::Labelled),
    ("last updated", Kind::Updated),
    ("last modified", Kind::Updated),
    ("updated", Kind::Updated),
    ("modified", Kind::Updated),
];

/// Time zone abbreviations that may follow a time on a date line.
const ZONES: &[&str] = &[
    "gmt", "utc", "z", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "bst", "wet", "west", "ist", "jst", "et", "pt",
];

/// Lines longer than this are story text, not date lines.
const MAX_LINE_CHARS: usize = 160;
/// The head of the page ends at the first line this long (the first paragraph).
const PARAGRAPH_CHARS: usize = 200;
/// …or after this many non-empty lines.
const HEAD_LINES: usize = 15;

struct Patterns {
    spelled_dmy: Regex,
    spelled_mdy: Regex,
    iso: Regex,
    dotted: Regex,
    slashed: Regex,
    yearless: Regex,
    time: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let m = crate::dateline::month_names_pattern();
    let wd: Vec<&str> = crate::text::lexicon::WEEKDAYS.iter().map(|(n, _)| *n).collect();
    let wd = wd.join("|");
    let re = |s: &str| Regex::new(s).expect("valid regex");
    Patterns {
        spelled_dmy: re(&format!(
            r"(?i)\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{m})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
        )),
        spelled_mdy: re(&format!(
            r"(?i)\b(?P<m>{m})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
        )),
        iso: re(
            r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?",
        ),
        dotted: re(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"),
        slashed: re(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
        yearless: re(&format!(
            r"(?i)^(?:(?:{wd}),?\s+)?(?:(?P<m>{m})\.?\s+(?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)\s+(?P<m2>{m})\.?)$"
        )),
        time: re(
            r"(?i)\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\(\d{4}\s+[a-z]{2,4}\)|\b[ap]\.m\.|\b[ap]m\b|[+-]\d\d:?\d\d\b",
        ),
    }
});

/// A date found in a line: the day, its byte span, whether it was numeric.
struct Found {
    date: NaiveDate,
    start: usize,
    end: usize,
    numeric: bool,
}

fn ymd(y: &str, m: u32, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?)
}

/// The first date with a year in `line`, or `Err(reason)` for a slashed date that could
/// be read either way.
fn date_in(line: &str) -> Result<Option<Found>, String> {
    let p = &*PATTERNS;
    let mut all: Vec<Found> = Vec::new();
    let mut keep = |f: Option<Found>| all.extend(f);
    for re in [&p.spelled_dmy, &p.spelled_mdy] {
        keep(re.captures(line).and_then(|c| {
            let month = crate::text::lexicon::month(&c["m"])?;
            let whole = c.get(0)?;
            Some(Found {
                date: ymd(&c["y"], month, &c["d"])?,
                start: whole.start(),
                end: whole.end(),
                numeric: false,
            })
        }));
    }
    for re in [&p.iso, &p.dotted] {
        keep(re.captures(line).and_then(|c| {
            let whole = c.get(0)?;
            Some(Found {
                date: ymd(&c["y"], c["m"].parse().ok()?, &c["d"])?,
                start: whole.start(),
                end: whole.end(),
                numeric: true,
            })
        }));
    }
    let mut best = all.into_iter().min_by_key(|f| f.start);
    if let Some(c) = p.slashed.captures(line) {
        let (a, b): (u32, u32) = (c["a"].parse().unwrap_or(0), c["b"].parse().unwrap_or(0));
        let whole = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
        let (day, month) = match (a > 12, b > 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ if a == b => (a, b),
            _ => {
                if best.is_none() {
                    return Err(format!(
                        "'{}' could be day/month or month/day",
                        &line[whole.0..whole.1]
                    ));
                }
                (0, 0)
            }
        };
        if let Some(date) = ymd(&c["y"], month, &day.to_string()) {
            if best.as_ref().is_none_or(|b| whole.0 < b.start) {
                best = Some(Found {
                    date,
                    start: whole.0,
                    end: whole.1,
                    numeric: true,
                });
            }
        }
    }
    Ok(best)
}

/// The words of `s`, lower case, punctuation trimmed.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | ';' | '(' | ')'))
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '-' | '—' | '–' | ':' | '.' | '/'))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Why a line is page furniture, if it is.
fn furniture(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    let ws = words(line);
    FURNITURE_WORDS.iter().find_map(|(word, why)| {
        let hit = if word.contains(' ') || word.contains(':') || !word.is_ascii() {
            lower.contains(word)
        } else {
            ws.iter().any(|w| w == word)
        };
        hit.then_some(*why)
    })
}

fn is_list_header(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower =
        lower.trim_end_matches(|c: char| c == ':' || c.is_ascii_digit() || matches!(c, '(' | ')' | ' '));
    LIST_HEADERS.contains(&lower)
}

/// Classifies a line's date by what else the line says.
fn classify(line: &str, found: &Found, weekday_first: bool) -> Result<Kind, String> {
    let lower = line.to_lowercase();
    let ws = words(&lower);
    if ws.first().is_some_and(|w| w == "by") {
        return Ok(Kind::Byline);
    }
    // A label before the date.
    let before = words(&line[..found.start]);
    for (label, kind) in LABELS {
        let parts: Vec<&str> = label.split(' ').collect();
        // The label opens the line or field: "The report was published 1 May" is a sentence.
        if before.len() >= parts.len() && before.iter().zip(&parts).all(|(a, b)| a == b) {
            return Ok(*kind);
        }
    }
    // What is left once the date, times, zones, weekdays and punctuation are gone.
    let mut rest = String::new();
    rest.push_str(&line[..found.start]);
    rest.push(' ');
    rest.push_str(&line[found.end..]);
    let rest = PATTERNS.time.replace_all(&rest, " ");
    let left: Vec<&str> = rest
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | ';' | '(' | ')' | '-' | '—' | '–')
        })
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '.' | '/')))
        .filter(|w| !w.is_empty())
        .filter(|w| !ZONES.contains(&w.to_lowercase().as_str()))
        .filter(|w| {
            crate::text::lexicon::weekday(w).is_none() && !matches!(w.to_lowercase().as_str(), "at" | "on")
        })
        .collect();
    if left.is_empty() {
        return Ok(if found.numeric {
            Kind::Timestamp
        } else if weekday_first {
            Kind::WeekdayHeader
        } else {
            Kind::DateLine
        });
    }
    let joined = left.join(" ");
    if crate::dateline::AGENCIES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(&joined))
        || crate::dateline::AGENCIES.iter().any(|a| {
            joined.to_lowercase().starts_with(&a.to_lowercase())
                && a.len() >= 4
                && joined.len() <= a.len() + 10
        })
    {
        return Ok(Kind::AgencyLine);
    }
    let place_like = left.len() <= 4
        && left
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "de" | "la" | "am" | "upon"));
    if place_like {
        return Ok(Kind::DateLine);
    }
    Err("the date is part of a sentence or headline".into())
}

/// Every printed date of the article's text, url, file name and page metadata.
pub fn candidates(article: &Article) -> Vec<Candidate> {
    let mut out = Vec::new();
    if let Some(raw) = &article.metadata_date {
        if let Some(date) = super::parse_absolute(raw) {
            out.push(meta(Kind::HtmlPublished, date, raw));
        }
    }
    out.extend(text_candidates(&article.text));
    if let Some(url) = &article.url {
        if let Some(date) = date_in_address(url) {
            out.push(meta(Kind::Url, date, url));
        }
    }
    if let Some(name) = article.source_path.as_deref().and_then(Path::file_name) {
        let name = name.to_string_lossy();
        if let Some(date) = date_in_address(&name) {
            out.push(meta(Kind::FileName, date, &name));
        }
    }
    for key in ["updated_time", "modified_time"] {
        if let Some(raw) = article.metadata.get(key) {
            if let Some(date) = super::parse_absolute(raw) {
                out.push(meta(Kind::HtmlUpdated, date, raw));
            }
        }
    }
    out
}

fn meta(kind: Kind, date: NaiveDate, quote: &str) -> Candidate {
    Candidate {
        kind,
        date: Some(date),
        month_day: None,
        quote: quote.to_string(),
        rejected: None,
        span: None,
    }
}

/// The date lines of a text (see the module documentation).
pub fn text_candidates(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut in_head = true;
    let mut head_lines = 0;
    let mut in_list = false;
    let mut offset = 0;
    for raw in text.split('\n') {
        let start = offset;
        offset += raw.len() + 1;
        let line = raw.trim();
        if line.is_empty() {
            in_list = false;
            continue;
        }
        let chars = line.chars().count();
        if chars >= PARAGRAPH_CHARS {
            in_head = false;
        }
        if in_head {
            head_lines += 1;
            if head_lines > HEAD_LINES {
                in_head = false;
            }
        }
        if is_list_header(line) {
            in_list = true;
            continue;
        }
        if chars > MAX_LINE_CHARS {
            continue;
        }
        let span = Some((start, start + raw.len()));
        let cand = |kind: Kind, date: Option<NaiveDate>, rejected: Option<String>| Candidate {
            kind,
            date,
            month_day: None,
            quote: line.to_string(),
            rejected,
            span,
        };
        // A line that is a month and day without a year, under the headline: the year
        // must be inferred.
        if in_head && !in_list {
            if let Some(month_day) = yearless_line(line) {
                let mut c = cand(Kind::DateLine, None, None);
                c.month_day = Some(month_day);
                out.push(c);
                continue;
            }
        }
        for field in date_fields(line) {
            if let Some((kind, date, rejected)) = field_candidate(field.trim(), line, in_head, in_list) {
                out.push(cand(kind, date, rejected));
            }
        }
    }
    out
}

/// The month and day of a line that is a date without a year ("December 1").
fn yearless_line(line: &str) -> Option<(u32, u32)> {
    let c = PATTERNS.yearless.captures(line)?;
    let (m, d) = match (c.name("m"), c.name("d")) {
        (Some(m), Some(d)) => (m.as_str(), d.as_str()),
        _ => (
            c.name("m2").map_or("", |m| m.as_str()),
            c.name("d2").map_or("", |d| d.as_str()),
        ),
    };
    let month = crate::text::lexicon::month(m)?;
    let day = d.parse::<u32>().ok()?;
    NaiveDate::from_ymd_opt(2000, month, day).map(|_| (month, day))
}

/// The fields of a line, read one by one only when several carry a date ("Last updated:
/// 5 May 2022 | Published: 3 May 2022"); "Reuters | 18 October 2021" and bylines are
/// read whole.
fn date_fields(line: &str) -> Vec<&str> {
    let byline = words(line).first().is_some_and(|w| w == "by");
    let split: Vec<&str> = line.split(['|', '•', '·']).collect();
    let dated_fields = split.iter().filter(|f| matches!(date_in(f), Ok(Some(_)))).count();
    if byline || dated_fields < 2 {
        vec![line]
    } else {
        split
    }
}

/// The printed date in one field of a line: its kind, date and why it is not the
/// story's date (if so); `None` when the field has no date, or only one inside a
/// sentence or headline (that dates something else: evidence for the year, not a
/// printed date of the page).
fn field_candidate(
    field: &str,
    line: &str,
    in_head: bool,
    in_list: bool,
) -> Option<(Kind, Option<NaiveDate>, Option<String>)> {
    let found = match date_in(field) {
        Ok(Some(f)) => f,
        Ok(None) => return None,
        Err(why) => return Some((Kind::DateLine, None, Some(why))),
    };
    if let Some(why) = furniture(line) {
        return Some((
            Kind::DateLine,
            Some(found.date),
            Some(format!("{why}, not the story's date")),
        ));
    }
    if in_list {
        return Some((
            Kind::DateLine,
            Some(found.date),
            Some("in a list of other stories or comments".into()),
        ));
    }
    let weekday_first = words(field)
        .first()
        .is_some_and(|w| crate::text::lexicon::weekday(w).is_some());
    let kind = classify(field, &found, weekday_first).ok()?;
    let labelled = matches!(kind, Kind::Labelled | Kind::Updated | Kind::WebPosted);
    let rejected = if in_head || labelled {
        None
    } else {
        Some("below the head of the page".into())
    };
    Some((kind, Some(found.date), rejected))
}

/// A date in a URL or file name: `/2021/10/18/`, `/20211018/`, `2021-10-18`, `20190802`.
pub fn date_in_address(address: &str) -> Option<NaiveDate> {
    static PATH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[/_.-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-]([0-3]?\d)(?:$|[/_.-])")
            .expect("valid regex")
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[/_.-])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?:$|[/_.-])").expect("valid regex")
    });
    for re in [&*PATH, &*COMPACT] {
        if let Some(c) = re.captures(address) {
            if let Some(date) = ymd(&c[1], c[2].parse().ok()?, &c[3]) {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let cases: &[(&str, Option<&str>)] = &[
            ("https://x.com/world/2021/10/18/nato", Some("2021-10-18")),
            ("https://x.org/news/20211018/1.html", Some("2021-10-18")),
            ("https://x.net/p/nato-2021-10-18-live", Some("2021-10-18")),
            ("reuters-2021-10-18-nato.txt", Some("2021-10-18")),
            ("inf_20190802.txt", Some("2019-08-02")),
            ("https://x.com/item/123456789", None),
            ("https://x.com/2021/13/40/", None),
            ("story-2021.txt", None),
        ];
        for (a, want) in cases {
            assert_eq!(date_in_address(a).map(|d| d.to_string()).as_deref(), *want, "{a}");
        }
    }
}
