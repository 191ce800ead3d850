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
//! Date lines without a label count only in the head of the page: above the story's
//! first paragraph (a long line or a sentence), however many menus and lists of other
//! stories stand above it. Comment sections and lists of other headlines are rejected
//! ([`FURNITURE_WORDS`], [`LIST_HEADERS`]); photo credits and captions, site clocks and
//! widgets, and dates written with Ukrainian month words on a Russian page are chrome
//! ([`Kind::Chrome`]), settled by [`super::chrome`]: a [`Kind::Caption`] when they agree
//! with the story, the page's date only when nothing better is printed.
//!
//! Russian lines are read by [`super::ru_dates`] (month words through the Russian
//! lexicon), addresses by [`super::address`].

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
    /// A photo caption or credit whose date agrees with the story: the dateline's day,
    /// or the weekday the story names ("Tuesday, May 4, 2021. (AP Photo/…)").
    Caption,
    /// Page chrome (a photo credit, a site clock or widget, a date in Ukrainian on a
    /// Russian page): refused while anything better exists, the page's date only when
    /// nothing else is printed.
    Chrome,
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
            | Kind::WebPosted
            | Kind::Caption
            | Kind::Chrome => 4,
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
            Kind::Caption => 0.75,
            Kind::Chrome => 0.5,
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
            Kind::Caption => "caption",
            Kind::Chrome => "page-chrome",
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

/// Words that make a line page furniture: site clocks, "today is", comments, weather,
/// currency widgets, photo credits. (word, why, chrome): a `chrome` line's date is the
/// page's only when nothing better is printed ([`Kind::Chrome`]); the others never.
/// A word with a space, a colon or a letter outside ASCII is found anywhere in the line,
/// the others as whole words.
pub const FURNITURE_WORDS: &[(&str, &str, bool)] = &[
    ("today is", "a 'today is' line of the site", false),
    ("today:", "a 'today' line of the site", false),
    ("time", "a site clock", false),
    ("weather", "the site's weather box", false),
    ("copyright", "a copyright line", false),
    ("all rights reserved", "a copyright line", false),
    ("comment", "a comment", false),
    ("comments", "a comment", false),
    ("replied", "a comment", false),
    ("reply", "a comment", false),
    ("wrote:", "a comment", false),
    ("сегодня:", "a 'today' line of the site", false),
    ("погода", "the site's weather box", true),
    ("°c", "the site's weather box", true),
    ("°с", "the site's weather box", true),
    ("курс", "a currency widget", true),
    ("курсы валют", "a currency widget", true),
    ("usd", "a currency widget", true),
    ("eur", "a currency widget", true),
    ("©", "a photo credit or copyright line", true),
    ("фото:", "a photo credit", true),
    ("фото ", "a photo credit", true),
    ("фотобанк", "a photo credit", true),
    ("photo:", "a photo credit", true),
    ("ap photo", "a photo caption", true),
    ("getty images", "a photo caption", true),
    ("(photo", "a photo caption", true),
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
    "читайте также",
    "читать также",
    "смотрите также",
    "см. также",
    "по теме",
    "новости по теме",
    "материалы по теме",
    "еще по теме",
    "ещё по теме",
    "другие новости",
    "последние новости",
    "лента новостей",
    "главные новости",
    "самое читаемое",
    "самое популярное",
    "популярное",
    "выбор редакции",
    "все новости",
    "сейчас читают",
    "похожие новости",
    "комментарии",
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
    ("дата публикации", Kind::Labelled),
    ("опубликовано", Kind::Labelled),
    ("размещено", Kind::Labelled),
    ("дата", Kind::Labelled),
    ("last updated", Kind::Updated),
    ("last modified", Kind::Updated),
    ("updated", Kind::Updated),
    ("modified", Kind::Updated),
    ("последнее обновление", Kind::Updated),
    ("обновлено", Kind::Updated),
    ("изменено", Kind::Updated),
];

/// Time zone abbreviations that may follow a time on a date line.
const ZONES: &[&str] = &[
    "gmt", "utc", "z", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "bst", "wet", "west", "ist", "jst", "et", "pt", "мск",
];

/// Lines longer than this are story text, not date lines.
const MAX_LINE_CHARS: usize = 160;
/// …except a photo caption, read up to this length.
const MAX_CAPTION_CHARS: usize = 400;
/// A line of this many words or more that ends a sentence is story text: the head of the
/// page ends there.
const PROSE_WORDS: usize = 12;
/// The head of the page ends at the first line this long (the first paragraph).
const PARAGRAPH_CHARS: usize = 200;
/// …or after this many non-empty lines (menus and lists of other stories above a story
/// are many short lines, so this is generous).
const HEAD_LINES: usize = 60;

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
            r"(?i)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{m})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
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
    /// The Ukrainian month word it was written with, if so.
    ukrainian: Option<String>,
}

impl Found {
    /// The date runs into a letter before it ("альянса3 марта 2020"): a headline and its
    /// date line run together.
    fn glued_before(&self, line: &str) -> bool {
        line[..self.start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    }
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
            // the day is no part of a longer number ("115 May")
            if line[..whole.start()].ends_with(|b: char| b.is_ascii_digit()) {
                return None;
            }
            Some(Found {
                date: ymd(&c["y"], month, &c["d"])?,
                start: whole.start(),
                end: whole.end(),
                numeric: false,
                ukrainian: None,
            })
        }));
    }
    if super::ru_dates::is_cyrillic(line) {
        keep(super::ru_dates::find(line).map(|f| Found {
            date: f.date,
            start: f.start,
            end: f.end,
            numeric: false,
            ukrainian: f.ukrainian,
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
                ukrainian: None,
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
                    ukrainian: None,
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

/// Why a line is page furniture, if it is, and whether it is chrome (its date the
/// page's when nothing better is printed).
fn furniture(line: &str) -> Option<(&'static str, bool)> {
    let lower = line.to_lowercase();
    let ws = words(line);
    FURNITURE_WORDS.iter().find_map(|(word, why, chrome)| {
        let hit = if word.chars().all(|c| c.is_ascii_alphanumeric()) {
            ws.iter().any(|w| w == word)
        } else {
            lower.contains(word)
        };
        hit.then_some((*why, *chrome))
    })
}

fn is_list_header(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower =
        lower.trim_end_matches(|c: char| c == ':' || c.is_ascii_digit() || matches!(c, '(' | ')' | ' '));
    LIST_HEADERS.contains(&lower)
}

/// Whether a line is story text: long, or a sentence of [`PROSE_WORDS`] words or more.
fn is_prose(line: &str, chars: usize) -> bool {
    chars >= PARAGRAPH_CHARS
        || (line.ends_with(['.', '!', '?', '»', '"', '”']) && line.split_whitespace().count() >= PROSE_WORDS)
}

/// What is left of `s` once dates, times, zones, weekdays, fillers and punctuation are
/// gone.
fn leftover(s: &str) -> Vec<String> {
    let rest = PATTERNS.time.replace_all(s, " ");
    rest.split(|c: char| {
        c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | ';' | '(' | ')' | '-' | '—' | '–')
    })
    .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '.' | '/')))
    .filter(|w| !w.is_empty())
    .filter(|w| !ZONES.contains(&w.to_lowercase().as_str()))
    .filter(|w| {
        crate::text::lexicon::weekday(w).is_none()
            && !matches!(w.to_lowercase().as_str(), "at" | "on")
            && !super::ru_dates::is_filler(w)
    })
    .map(str::to_string)
    .collect()
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
    // A newspaper's issue line: "Газета «Коммерсантъ» №123 от 13.07.2018, стр. 6".
    if line.contains('№') && before.last().is_some_and(|w| w == "от") {
        return Ok(Kind::DateLine);
    }
    // "March 12, 1999 / Web posted at: 3:40 p.m. EST": the label after the date.
    let after_words = words(&line[found.end..]);
    if after_words.len() >= 2 && after_words[0] == "web" && after_words[1] == "posted" {
        return Ok(Kind::WebPosted);
    }
    let after = leftover(&line[found.end..]);
    // A headline run into its date line: "… альянса3 марта 2020."
    if found.glued_before(line) && after.is_empty() {
        return Ok(Kind::DateLine);
    }
    // What is left once the date, times, zones, weekdays and punctuation are gone.
    let mut left = leftover(&line[..found.start]);
    left.extend(after);
    if left.is_empty() {
        return Ok(if found.numeric {
            Kind::Timestamp
        } else if weekday_first {
            Kind::WeekdayHeader
        } else {
            Kind::DateLine
        });
    }
    // Only numbers beside the date ("1920, 15.09.2022"): an image's size, a counter.
    if left.iter().all(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return Ok(Kind::Chrome);
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
    let place_like = if super::ru_dates::is_cyrillic(&joined) {
        russian_place(line, &left)
    } else {
        left.len() <= 4
            && left.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || matches!(w.as_str(), "de" | "la" | "am" | "upon")
            })
    };
    if place_like {
        return Ok(Kind::DateLine);
    }
    Err("the date is part of a sentence or headline".into())
}

/// Whether the words beside a Russian date are a place: written in capitals
/// ("МОСКВА, 14 июня 2019"), or one word opening the line before a comma ("Москва, 14
/// июня 2019"). Russian capitalises only a sentence's first word and names, so a
/// capitalised word is no sign of a place: "Выступление Мадонны 16 февраля 2020 года"
/// is a photo's caption.
fn russian_place(line: &str, left: &[String]) -> bool {
    let capitals = |w: &String| w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_uppercase);
    if left.len() <= 3 && left.iter().all(capitals) {
        return true;
    }
    left.len() == 1
        && line
            .trim_start()
            .strip_prefix(left[0].as_str())
            .is_some_and(|rest| rest.starts_with(','))
}

/// Every printed date of the article's text, url, file name and page metadata, and apart
/// from them the page chrome (photo credits and captions, widgets), still refused: the
/// caller settles it against the dates ([`super::chrome::settle`]: promoted to a
/// [`Kind::Caption`] when it agrees with the story, the page's date when nothing better
/// is printed).
pub fn candidates(article: &Article) -> (Vec<Candidate>, Vec<Candidate>) {
    let mut out = Vec::new();
    if let Some(raw) = &article.metadata_date {
        if let Some(date) = super::parse_absolute(raw) {
            out.push(meta(Kind::HtmlPublished, date, raw));
        }
    }
    let (chrome, text): (Vec<Candidate>, Vec<Candidate>) = text_candidates(&article.text)
        .into_iter()
        .partition(|c| c.kind == Kind::Chrome);
    out.extend(text);
    let today = chrono::Utc::now().date_naive();
    if let Some(url) = &article.url {
        out.extend(address_candidate(Kind::Url, url, today));
    }
    if let Some(name) = article.source_path.as_deref().and_then(Path::file_name) {
        out.extend(address_candidate(Kind::FileName, &name.to_string_lossy(), today));
    }
    for key in ["updated_time", "modified_time"] {
        if let Some(raw) = article.metadata.get(key) {
            if let Some(date) = super::parse_absolute(raw) {
                out.push(meta(Kind::HtmlUpdated, date, raw));
            }
        }
    }
    (out, chrome)
}

/// The date of an address or file name, or its refusal.
fn address_candidate(kind: Kind, address: &str, today: NaiveDate) -> Option<Candidate> {
    match super::address::read(address, today)? {
        super::address::AddressDate::Date(date) => Some(meta(kind, date, address)),
        super::address::AddressDate::Refused(why) => Some(Candidate {
            date: None,
            rejected: Some(why),
            ..meta(kind, NaiveDate::MIN, address)
        }),
    }
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

/// The date lines of a text (see the module documentation). The head of the page runs
/// to the story's first paragraph (a long line or a sentence), below menus and lists of
/// other stories: a date line there is the page's.
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
            // a photo caption is read up to MAX_CAPTION_CHARS, other long lines never
            let caption = chars <= MAX_CAPTION_CHARS && furniture(line).is_some_and(|(_, chrome)| chrome);
            if !caption {
                in_head = in_head && !is_prose(line, chars);
                continue;
            }
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
        in_head = in_head && !is_prose(line, chars);
    }
    refuse_listed(text, &mut out);
    out
}

/// Date lines of the head with different dates, each under a line of its own, are a
/// list of other headlines with their times ("Другой заголовок\n14:20 13 июня 2019\nНаш
/// заголовок\n18:10 14 июня 2019\nБРЮССЕЛЬ, 14 июн — …"): the one nearest the story is
/// the page's, the others are refused.
fn refuse_listed(text: &str, out: &mut [Candidate]) {
    let stamps: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let c = &out[i];
            c.rejected.is_none()
                && c.date.is_some()
                && c.span.is_some()
                && matches!(
                    c.kind,
                    Kind::DateLine | Kind::Timestamp | Kind::WeekdayHeader | Kind::AgencyLine
                )
        })
        .collect();
    let Some(&last) = stamps.last() else { return };
    if stamps.iter().all(|&i| out[i].date == out[last].date) {
        return;
    }
    // each stamp under a line of text of its own: (headline, stamp) pairs
    let headed = stamps.iter().all(|&i| {
        let start = out[i].span.map_or(0, |(s, _)| s);
        let prev_end = stamps
            .iter()
            .filter(|&&j| j < i)
            .filter_map(|&j| out[j].span.map(|(_, e)| e))
            .max()
            .unwrap_or(0);
        text.get(prev_end..start)
            .is_some_and(|between| between.lines().last().is_some_and(|l| !l.trim().is_empty()))
    });
    if !headed {
        return;
    }
    for &i in &stamps[..stamps.len() - 1] {
        if out[i].date != out[last].date {
            out[i].rejected = Some("in a list of other headlines with their times above the story".into());
        }
    }
}

/// The month and day of a line that is a date without a year ("December 1", "14 июня").
fn yearless_line(line: &str) -> Option<(u32, u32)> {
    if super::ru_dates::is_cyrillic(line) {
        return super::ru_dates::yearless(line);
    }
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
/// printed date of the page). Chrome ([`Kind::Chrome`]) is returned refused, with its
/// reason; [`super::chrome::settle`] decides.
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
    if let Some((why, chrome)) = furniture(line) {
        let kind = if chrome { Kind::Chrome } else { Kind::DateLine };
        return Some((
            kind,
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
    if let Some(word) = &found.ukrainian {
        return Some((
            Kind::Chrome,
            Some(found.date),
            Some(format!(
                "'{word}' is a Ukrainian month word: the date of a Ukrainian page's chrome, \
                 not a Russian story's"
            )),
        ));
    }
    let weekday_first = words(field)
        .first()
        .is_some_and(|w| crate::text::lexicon::weekday(w).is_some());
    let kind = classify(field, &found, weekday_first).ok()?;
    if kind == Kind::Chrome {
        return Some((
            kind,
            Some(found.date),
            Some("beside a bare number (an image's size or a counter), not the story's date".into()),
        ));
    }
    let labelled = matches!(kind, Kind::Labelled | Kind::Updated | Kind::WebPosted);
    let rejected = if in_head || labelled {
        None
    } else {
        Some("below the head of the page".into())
    };
    Some((kind, Some(found.date), rejected))
}

/// A date in a URL or file name ([`super::address`]): `/2021/10/18/`, `/20211018/`,
/// `/2011/sep/14/`, `?date=2019-06-26`, `_20190626_`; `None` when there is none or it is
/// not plausible.
pub fn date_in_address(address: &str) -> Option<NaiveDate> {
    match super::address::read(address, chrono::Utc::now().date_naive())? {
        super::address::AddressDate::Date(d) => Some(d),
        super::address::AddressDate::Refused(_) => None,
    }
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
