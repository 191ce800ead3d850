//! World knowledge a reader brings to a year-less story, as sourced tables in `data/`:
//!
//! * `nato-members.tsv` — NATO's member count by date: "the 28-nation alliance", "all 30
//!   allies", "NATO's 29 nations", "the 32-member alliance", "28 стран-членов" date a story
//!   to the years the alliance had that many members;
//! * `agencies.tsv` — agencies' names by era: a wire datelined "(ITAR-TASS)" or
//!   "/ИТАР-ТАСС/" is from 1992–2014, "/ТАСС/" from before 1992 or after autumn 2014,
//!   "(RIA Novosti)" in English up to November 2014 and "(Sputnik)" after;
//! * `events.tsv` — NATO summits (host city and days), NATO–Russia Council meetings and
//!   treaty milestones (INF, CFE, New START, the Founding Act, Open Skies): "as a NATO
//!   summit opened in Madrid on Tuesday" under "June 28" names 2022; "since Washington
//!   withdrew from the INF treaty" puts the story after October 2018; and members'
//!   accessions ("Finland joined NATO on Tuesday" under "April 4" is 2023).
//!
//! Each table row names its source. A piece of world knowledge is a [`Clue`]: what it
//! says and a [`Rule`], the likelihood of each candidate date, which the year scorer
//! ([`super::score`]) multiplies in with the story's other evidence. No clue is absolute:
//! a wire may be relabelled, a summit recalled, so the dates a clue rules out keep a small
//! likelihood (the constants below).
//!
//! To add a fact: a row in the table (its header gives the columns), with its source;
//! `cargo test --release --lib dct::knowledge` checks that every row parses and is cited.
//!
//! Also here: "last year" tied to a year in the same sentence ("in March last year, after
//! the events of 2014"; "в марте прошлого года, после событий 2014 года"), which names the
//! year after it.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

/// One piece of world knowledge about the story's date.
#[derive(Debug, Clone, PartialEq)]
pub struct Clue {
    /// For the reason: "NATO has 28 members ('the 28-nation alliance') from …".
    pub says: String,
    pub rule: Rule,
}

/// How likely each candidate date is under a [`Clue`].
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// The date lies in one of the windows (both ends inclusive; `None`: no end):
    /// likelihood 1; `outside` elsewhere.
    Windows {
        windows: Vec<(NaiveDate, Option<NaiveDate>)>,
        outside: f64,
    },
    /// The story reports a dated event: within `from..=to` likelihood 1, before `from`
    /// `before`, after `to` `after`.
    Around {
        from: NaiveDate,
        to: NaiveDate,
        before: f64,
        after: f64,
    },
    /// The story is from `year`: likelihood 1; `other` for any other year.
    InYear { year: i32, other: f64 },
    /// About a body founded on `from`: `before` for an earlier date, `then` after it.
    Founded {
        from: NaiveDate,
        before: f64,
        then: Box<Rule>,
    },
}

impl Rule {
    /// The likelihood of the story being dated `d`.
    pub fn likelihood(&self, d: NaiveDate) -> f64 {
        match self {
            Rule::Windows { windows, outside } => {
                if windows.iter().any(|(f, t)| *f <= d && t.is_none_or(|t| d <= t)) {
                    1.0
                } else {
                    *outside
                }
            }
            Rule::Around {
                from,
                to,
                before,
                after,
            } => {
                if d < *from {
                    *before
                } else if d <= *to {
                    1.0
                } else {
                    *after
                }
            }
            Rule::Founded { from, before, then } => {
                if d < *from {
                    *before
                } else {
                    then.likelihood(d)
                }
            }
            Rule::InYear { year, other } => {
                if chrono::Datelike::year(&d) == *year {
                    1.0
                } else {
                    *other
                }
            }
        }
    }
}

/// NATO's member count: a date when the alliance had another count (a story may miscount,
/// or speak of another body).
const OTHER_MEMBER_COUNT: f64 = 0.01;
/// The agency's name on the dateline: a date outside the name's era. Not tiny: sites
/// relabel old wires with today's name.
const OTHER_AGENCY_ERA: f64 = 0.3;
/// A summit in a named city: a date outside its days (the table lists every summit).
const OTHER_SUMMIT_NAMED: f64 = 0.03;
/// A summit with no city named: a date outside every summit's days.
const OTHER_SUMMIT_UNNAMED: f64 = 0.3;
/// Days before a summit's first day that a story about it may be dated (arrivals, the
/// eve's dinner).
const SUMMIT_EVE_DAYS: u64 = 2;
/// A NATO–Russia Council meeting: a date not on a listed meeting (the table lists a
/// useful set, not every meeting).
const OTHER_COUNCIL: f64 = 0.25;
/// A NATO–Russia Council meeting: a date before the Council was founded.
const BEFORE_FOUNDING: f64 = 0.005;
/// A treaty milestone told as past: a date before it.
const BEFORE_MILESTONE: f64 = 0.02;
/// A treaty milestone reported as the day's news: a date later than a few days after.
const LONG_AFTER_MILESTONE: f64 = 0.3;
/// Days after a milestone that a story reporting it may be dated.
const MILESTONE_REPORT_DAYS: u64 = 2;
/// "last year" tied to a year in the same sentence: any year but the one after it.
const NOT_AFTER_TIED_YEAR: f64 = 0.05;

/// A row of `nato-members.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberCount {
    pub members: u32,
    pub from: NaiveDate,
    /// The day the next member joined (exclusive), `None` while current.
    pub until: Option<NaiveDate>,
    pub source: String,
}

/// A row of `agencies.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyName {
    pub name: String,
    pub from: NaiveDate,
    /// The last day of the name's era, `None` while in use.
    pub to: Option<NaiveDate>,
    pub source: String,
}

/// The kinds of rows of `events.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Summit,
    Council,
    Treaty,
    /// A member's accession to NATO: read as a treaty milestone.
    Accession,
}

/// A row of `events.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub kind: EventKind,
    /// Host city or treaty names (lower case); empty for a council meeting anywhere.
    pub keys: Vec<String>,
    /// A treaty milestone's verb or noun stems (lower case); empty otherwise.
    pub words: Vec<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub what: String,
    pub source: String,
}

const MEMBERS_TABLE: &str = include_str!("data/nato-members.tsv");
const AGENCIES_TABLE: &str = include_str!("data/agencies.tsv");
const EVENTS_TABLE: &str = include_str!("data/events.tsv");

/// The rows of a table: (line number, columns), comments and blank lines skipped.
fn rows(table: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| (n + 1, l.split('\t').collect()))
}

fn date(s: &str, line: usize, what: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("line {line}: {what} `{s}` is not a date (write YYYY-MM-DD)"))
}

fn open_date(s: &str, line: usize, what: &str) -> Result<Option<NaiveDate>, String> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        date(s, line, what).map(Some)
    }
}

fn cited(s: &str, line: usize) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        Err(format!(
            "line {line}: the source column is empty (name the public record)"
        ))
    } else {
        Ok(s.to_string())
    }
}

fn columns<'a>(cols: &'a [&'a str], n: usize, line: usize) -> Result<&'a [&'a str], String> {
    if cols.len() == n {
        Ok(cols)
    } else {
        Err(format!(
            "line {line}: {} columns, expected {n} (tab-separated)",
            cols.len()
        ))
    }
}

/// Reads `nato-members.tsv`; `Err` names the first bad line.
pub fn read_members(table: &str) -> Result<Vec<MemberCount>, String> {
    rows(table)
        .map(|(line, cols)| {
            let c = columns(&cols, 4, line)?;
            Ok(MemberCount {
                members: c[0]
                    .trim()
                    .parse()
                    .map_err(|_| format!("line {line}: `{}` is not a count", c[0]))?,
                from: date(c[1], line, "from")?,
                until: open_date(c[2], line, "until")?,
                source: cited(c[3], line)?,
            })
        })
        .collect()
}

/// Reads `agencies.tsv`; `Err` names the first bad line.
pub fn read_agencies(table: &str) -> Result<Vec<AgencyName>, String> {
    rows(table)
        .map(|(line, cols)| {
            let c = columns(&cols, 4, line)?;
            Ok(AgencyName {
                name: c[0].trim().to_string(),
                from: date(c[1], line, "from")?,
                to: open_date(c[2], line, "until")?,
                source: cited(c[3], line)?,
            })
        })
        .collect()
}

/// Reads `events.tsv`; `Err` names the first bad line.
pub fn read_events(table: &str) -> Result<Vec<Event>, String> {
    let list = |s: &str| -> Vec<String> {
        if s.trim() == "-" {
            Vec::new()
        } else {
            s.split('|').map(|k| k.trim().to_lowercase()).collect()
        }
    };
    rows(table)
        .map(|(line, cols)| {
            let c = columns(&cols, 7, line)?;
            let kind = match c[0] {
                "summit" => EventKind::Summit,
                "council" => EventKind::Council,
                "treaty" => EventKind::Treaty,
                "accession" => EventKind::Accession,
                other => {
                    return Err(format!(
                        "line {line}: kind `{other}` (summit, council, treaty or accession)"
                    ))
                }
            };
            let event = Event {
                kind,
                keys: list(c[1]),
                words: list(c[2]),
                from: date(c[3], line, "from")?,
                to: date(c[4], line, "to")?,
                what: c[5].trim().to_string(),
                source: cited(c[6], line)?,
            };
            if event.to < event.from {
                return Err(format!("line {line}: ends before it starts"));
            }
            if kind != EventKind::Council && event.keys.is_empty() {
                return Err(format!("line {line}: a {} needs keys", c[0]));
            }
            let milestone = matches!(kind, EventKind::Treaty | EventKind::Accession);
            if milestone == event.words.is_empty() {
                return Err(format!(
                    "line {line}: words are for treaty and accession rows only"
                ));
            }
            Ok(event)
        })
        .collect()
}

static MEMBERS: LazyLock<Vec<MemberCount>> =
    LazyLock::new(|| read_members(MEMBERS_TABLE).unwrap_or_default());
static AGENCIES: LazyLock<Vec<AgencyName>> =
    LazyLock::new(|| read_agencies(AGENCIES_TABLE).unwrap_or_default());
static EVENTS: LazyLock<Vec<Event>> = LazyLock::new(|| read_events(EVENTS_TABLE).unwrap_or_default());

/// NATO's member count over time, from the table: (members, from, until).
pub fn member_counts() -> &'static [MemberCount] {
    &MEMBERS
}

/// Everything the tables say about the story's date: `text` is the story (its lead
/// starting at byte `lead_byte`), `dateline` the dateline as written.
pub fn clues(text: &str, lead_byte: usize, dateline: &str, russian: bool) -> Vec<Clue> {
    let sentences = crate::text::sentence::sentence_spans(text);
    let lead_byte = text[lead_byte.min(text.len())..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |i| lead_byte + i);
    let lower: Vec<(bool, String)> = sentences
        .iter()
        .map(|s| {
            let lead = s.start <= lead_byte && lead_byte < s.end.max(s.start + 1);
            (lead, normalise(&text[s.clone()]))
        })
        .collect();
    let head = normalise(&text[..lead_byte.min(text.len())]);
    let mut out = Vec::new();
    out.extend(member_count_clues(&lower, russian));
    out.extend(agency_clue(dateline));
    out.extend(summit_clue(&lower, &head));
    out.extend(council_clue(&lower, &head));
    out.extend(treaty_clues(&lower));
    out
}

/// Lower case, dashes made hyphens and closed up ("Россия – НАТО" → "россия-нато").
fn normalise(s: &str) -> String {
    static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*[–—‑-]\s*").expect("valid regex"));
    DASH.replace_all(&s.to_lowercase(), "-").into_owned()
}

/// Whether `key` occurs in `s` (lower case) at a word's start; a Latin key must also end
/// a word, a Cyrillic one is a stem and may go on ("варшав" in "варшаве").
pub fn has_key(s: &str, key: &str) -> bool {
    let whole = !crate::lang::has_cyrillic(key);
    s.match_indices(key).any(|(i, _)| {
        let before = s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = s[i + key.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && (after || !whole)
    })
}

/// The member-count phrases, English and Russian.
fn member_count_clues(sentences: &[(bool, String)], russian: bool) -> Vec<Clue> {
    static EN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\b(?P<a>\d\d|[a-z]+(?:-[a-z]+)?)[- ](?:nation|member|country|strong)\s+(?:alliance|nato|bloc)\b",
            r"|\b(?:nato|alliance)(?:'s|’s)\s+(?P<b>\d\d|[a-z]+(?:-[a-z]+)?)\s+(?:members|member states|member countries|member nations|allies|nations|countries|leaders)\b",
            r"|\b(?P<c>\d\d)\s+nato\s+(?:members|member states|member countries|allies|nations|countries|leaders)\b",
            r"|\b(?:the|all|its|all the|all of the|all its)\s+(?P<d>\d\d|[a-z]+(?:-[a-z]+)?)\s+(?:allies|members|member states|member countries|member nations|nations)\b",
        ))
        .expect("valid regex")
    });
    static RU: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\d])(?P<d>\d\d)(?:-[а-я]{1,2})?\s+(?:стран|государств|союзник)[\p{L}-]*")
            .expect("valid regex")
    });
    let mut out: Vec<Clue> = Vec::new();
    for (k, (_, s)) in sentences.iter().enumerate() {
        let re: &Regex = if russian { &RU } else { &EN };
        for c in re.captures_iter(s) {
            // a bare count ("all 28 members") needs the alliance in the sentence or the
            // one before, and no other union
            let bare = c.name("d").is_some();
            if bare && !about_nato(sentences, k) {
                continue;
            }
            let Some(n) = ["a", "b", "c", "d"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| count(m.as_str()))
            else {
                continue;
            };
            let Some(row) = MEMBERS.iter().find(|r| r.members == n) else {
                continue;
            };
            if out.iter().any(|o| o.says.starts_with(&format!("NATO had {n} "))) {
                continue;
            }
            let until = row.until.and_then(|u| u.pred_opt());
            out.push(Clue {
                says: format!(
                    "NATO had {n} members ('{}') from {} to {}",
                    &c[0],
                    row.from,
                    until.map_or("now".into(), |d| d.to_string())
                ),
                rule: Rule::Windows {
                    windows: vec![(row.from, until)],
                    outside: OTHER_MEMBER_COUNT,
                },
            });
        }
    }
    out
}

/// Whether sentence `k` (or the one before) is about NATO and not the EU.
fn about_nato(sentences: &[(bool, String)], k: usize) -> bool {
    let near = |i: usize| sentences.get(i).map_or("", |(_, s)| s.as_str());
    let this = near(k);
    let prev = k.checked_sub(1).map_or("", near);
    let nato = |s: &str| {
        [
            "nato",
            "alliance",
            "allies",
            "allied",
            "нато",
            "альянс",
            "союзник",
        ]
        .iter()
        .any(|w| has_key(s, w))
    };
    let union = [
        "eu",
        "e.u.",
        "european union",
        "ес",
        "евросоюз",
        "европейского союза",
    ]
    .iter()
    .any(|w| has_key(this, w));
    (nato(this) || nato(prev)) && !union
}

/// A count in digits or words ("28", "twenty-eight").
fn count(w: &str) -> Option<u32> {
    w.parse()
        .ok()
        .or_else(|| crate::text::lexicon::cardinal(&w.to_lowercase()))
}

/// The agency's name on the dateline, by era.
fn agency_clue(dateline: &str) -> Option<Clue> {
    let mut names: Vec<&str> = AGENCIES.iter().map(|a| a.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let lower = dateline.to_lowercase();
    let found = names.into_iter().find(|n| {
        let n = n.to_lowercase();
        lower.match_indices(&n).any(|(i, _)| {
            let before = lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-');
            let after = lower[i + n.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-');
            before && after
        })
    })?;
    let eras: Vec<&AgencyName> = AGENCIES.iter().filter(|a| a.name == found).collect();
    let spans: Vec<String> = eras
        .iter()
        .map(|a| format!("{}..{}", a.from, a.to.map_or("now".into(), |d| d.to_string())))
        .collect();
    Some(Clue {
        says: format!(
            "the dateline's agency is named {found}, as it was {}",
            spans.join(" and ")
        ),
        rule: Rule::Windows {
            windows: eras.iter().map(|a| (a.from, a.to)).collect(),
            outside: OTHER_AGENCY_ERA,
        },
    })
}

/// Words that make a sentence about another time than the filing day's: a plan, a
/// past occasion.
const NOT_THE_DAY: &[&str] = &[
    "will",
    "would",
    "next",
    "upcoming",
    "planned",
    "plans",
    "last",
    "previous",
    "since",
    "будет",
    "будут",
    "состоится",
    "пройдет",
    "предстоящ",
    "следующ",
    "прошлого",
    "прошлом",
    "прошлый",
    "предыдущ",
    "планиру",
];

/// Words that tie a sentence to the filing day.
const THE_DAY: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tonight",
    "понедельник",
    "вторник",
    "среду",
    "среда",
    "четверг",
    "пятниц",
    "суббот",
    "воскресень",
    "сегодня",
];

/// Whether a sentence reports the filing day's news: the lead, or a sentence naming the
/// day, and not about a plan or a past occasion (no year written in it).
fn of_the_day(lead: bool, s: &str) -> bool {
    let year = s
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    (lead || THE_DAY.iter().any(|w| has_key(s, w))) && !year && !NOT_THE_DAY.iter().any(|w| has_key(s, w))
}

/// "as a NATO summit opened in Madrid on Tuesday": the date is within the days of a
/// summit in that city (or of any summit, when no city is named).
fn summit_clue(sentences: &[(bool, String)], head: &str) -> Option<Clue> {
    let (_, s) = sentences
        .iter()
        .find(|(lead, s)| (has_key(s, "summit") || has_key(s, "саммит")) && of_the_day(*lead, s))?;
    let summits = || EVENTS.iter().filter(|e| e.kind == EventKind::Summit);
    let named: Vec<&Event> = summits()
        .filter(|e| e.keys.iter().any(|k| has_key(s, k) || has_key(head, k)))
        .collect();
    let (rows, outside): (Vec<&Event>, f64) = if named.is_empty() {
        (summits().collect(), OTHER_SUMMIT_UNNAMED)
    } else {
        (named, OTHER_SUMMIT_NAMED)
    };
    let windows = rows
        .iter()
        .map(|e| {
            (
                e.from
                    .checked_sub_days(Days::new(SUMMIT_EVE_DAYS))
                    .unwrap_or(e.from),
                Some(e.to),
            )
        })
        .collect();
    let what = if outside == OTHER_SUMMIT_NAMED {
        let days: Vec<String> = rows
            .iter()
            .map(|e| format!("{} {}..{}", e.what, e.from, e.to))
            .collect();
        days.join(", ")
    } else {
        "a NATO summit (no city named)".into()
    };
    Some(Clue {
        says: format!("it reports a summit as the day's news: {what}"),
        rule: Rule::Windows { windows, outside },
    })
}

/// "The NATO-Russia Council met on Wednesday": the date is a listed meeting's day (or
/// the day after).
fn council_clue(sentences: &[(bool, String)], head: &str) -> Option<Clue> {
    const COUNCIL: &[&str] = &["nato-russia council", "russia-nato council", "россия-нато", "срн"];
    const MEETING: &[&str] = &[
        "met",
        "meet",
        "meets",
        "meeting",
        "session",
        "talks",
        "convened",
        "gathered",
        "заседани",
        "встреч",
        "собрал",
        "прошл",
        "состоял",
        "провел",
        "открыл",
    ];
    const NEGATION: &[&str] = &["not", "no", "never", "не", "без"];
    // a meeting still ahead ("ahead of Friday's meeting of the Council") is not the day's
    const AHEAD: &[&str] = &["ahead", "before", "накануне", "перед"];
    // "Russia and NATO met in Corfu": the Council, when the city is one of its listed
    // meetings' (without the name, a meeting of another body is as likely)
    const LOOSE: &[&str] = &[
        "russia and nato",
        "nato and russia",
        "россия и нато",
        "нато и россия",
    ];
    let loose = |s: &str| LOOSE.iter().any(|k| has_key(s, k));
    let (_, s) = sentences.iter().find(|(lead, s)| {
        (COUNCIL.iter().any(|k| has_key(s, k)) || loose(s))
            && MEETING.iter().any(|w| has_key(s, w))
            && !NEGATION
                .iter()
                .chain(AHEAD)
                .any(|w| s.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
            && of_the_day(*lead, s)
    })?;
    let loose_only = !COUNCIL.iter().any(|k| has_key(s, k));
    let rows: Vec<&Event> = EVENTS
        .iter()
        .filter(|e| e.kind == EventKind::Council)
        .filter(|e| {
            (e.keys.is_empty() && !loose_only) || e.keys.iter().any(|k| has_key(s, k) || has_key(head, k))
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    // the Council met on no day before its first (the table's earliest row, its founding)
    let founded = EVENTS
        .iter()
        .filter(|e| e.kind == EventKind::Council)
        .map(|e| e.from)
        .min()?;
    Some(Clue {
        says: format!(
            "it reports a NATO-Russia Council meeting as the day's news (listed meetings: {} of them, {}..{})",
            rows.len(),
            rows.first().map_or(String::new(), |e| e.from.to_string()),
            rows.last().map_or(String::new(), |e| e.from.to_string())
        ),
        rule: Rule::Founded {
            from: founded,
            before: BEFORE_FOUNDING,
            then: Box::new(Rule::Windows {
                windows: rows
                    .iter()
                    .map(|e| (e.from, e.to.checked_add_days(Days::new(1))))
                    .collect(),
                outside: OTHER_COUNCIL,
            }),
        },
    })
}

/// Treaty milestones: told as past, the story is after them; reported as the day's news,
/// it is dated on them (or a day or two after).
fn treaty_clues(sentences: &[(bool, String)]) -> Vec<Clue> {
    const PLAN: &[&str] = &[
        "will",
        "would",
        "could",
        "may",
        "might",
        "threaten",
        "threatens",
        "threatened",
        "plans",
        "intends",
        "to",
        "if",
        "если",
        "может",
        "будет",
        "намерен",
        "угрож",
        "готов",
        "чтобы",
    ];
    // a milestone's word after a plan ("would withdraw", "threatened to suspend") is no
    // milestone; a plan elsewhere in the sentence does not matter ("suspending the INF
    // treaty after the United States said it would withdraw")
    let told = |s: &str, stem: &str| {
        s.match_indices(stem).any(|(i, _)| {
            let starts_word = s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let before: Vec<&str> = s[..i].split_whitespace().collect();
            let near = &before[before.len().saturating_sub(3)..];
            starts_word
                && !near.iter().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    PLAN.iter()
                        .any(|p| w == *p || (crate::lang::has_cyrillic(p) && w.starts_with(p)))
                })
        })
    };
    let mut out: Vec<Clue> = Vec::new();
    for (lead, s) in sentences {
        let milestones = EVENTS
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Treaty | EventKind::Accession));
        for e in milestones {
            if !e.keys.iter().any(|k| has_key(s, k)) || !e.words.iter().any(|w| told(s, w)) {
                continue;
            }
            if out.iter().any(|o| o.says.contains(&e.what)) {
                continue;
            }
            let today = of_the_day(*lead, s);
            let rule = if today {
                Rule::Around {
                    from: e.from,
                    to: e
                        .to
                        .checked_add_days(Days::new(MILESTONE_REPORT_DAYS))
                        .unwrap_or(e.to),
                    before: BEFORE_MILESTONE,
                    after: LONG_AFTER_MILESTONE,
                }
            } else {
                Rule::Around {
                    from: e.from,
                    to: NaiveDate::MAX,
                    before: BEFORE_MILESTONE,
                    after: 1.0,
                }
            };
            out.push(Clue {
                says: format!(
                    "it tells of {} ({}){}",
                    e.what,
                    e.from,
                    if today {
                        " as the day's news"
                    } else {
                        ", so it is later"
                    }
                ),
                rule,
            });
        }
    }
    // of several milestones of one story, the latest bound is the one that tells
    out.sort_by_key(|c| match c.rule {
        Rule::Around { from, .. } => std::cmp::Reverse(from),
        _ => std::cmp::Reverse(NaiveDate::MIN),
    });
    out.truncate(2);
    out
}

/// "last year" with a year in apposition right after it ("the vote held in Crimea last
/// year, in 2014"; "в марте прошлого года, после событий 2014 года"): that year was last
/// year, so the story is from the next. Only an apposition counts — a comma after "last
/// year", then at most three words before the year, none of them a word of comparison —
/// because a year elsewhere in the sentence is as often another year ("up from 1996",
/// "indicted last year in the October 1998 shooting", "from 1980 to … last year").
/// Returns (the story's year, the words).
pub fn tied_last_year(text: &str) -> Option<(i32, String)> {
    static TIED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?P<said>last year|прошлого года|прошлом году),\s+(?P<between>(?:[\p{L}.]+\s+){0,3})(?P<year>(?:19|20)\d\d)\b")
            .expect("valid regex")
    });
    const COMPARING: &[&str] = &[
        "from",
        "to",
        "than",
        "since",
        "down",
        "up",
        "until",
        "before",
        "с",
        "до",
        "по",
        "чем",
        "против",
    ];
    TIED.captures_iter(text).find_map(|c| {
        let between = c["between"].to_lowercase();
        if between.split_whitespace().any(|w| COMPARING.contains(&w)) {
            return None;
        }
        let after = &text[c.get(0)?.end()..];
        if after.starts_with([',', '.']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit()) {
            return None;
        }
        let year: i32 = c["year"].parse().ok()?;
        Some((year + 1, format!("'{}' (that year was last year)", &c[0])))
    })
}

/// The likelihood [`tied_last_year`] gives a year other than the one it names.
pub const TIED_LAST_YEAR_OTHER: f64 = NOT_AFTER_TIED_YEAR;

#[cfg(test)]
mod tests {
    use super::*;

    /// A source must name a public record: a site or a publisher.
    fn names_a_record(source: &str) -> bool {
        [".int", ".gov", ".com", ".ru", ".org"]
            .iter()
            .any(|s| source.contains(s))
    }

    #[test]
    fn every_row_parses_and_is_cited() {
        let count = |t: &str| rows(t).count();
        let members = read_members(MEMBERS_TABLE).expect("nato-members.tsv");
        assert_eq!(members.len(), count(MEMBERS_TABLE));
        let agencies = read_agencies(AGENCIES_TABLE).expect("agencies.tsv");
        assert_eq!(agencies.len(), count(AGENCIES_TABLE));
        let events = read_events(EVENTS_TABLE).expect("events.tsv");
        assert_eq!(events.len(), count(EVENTS_TABLE));
        for s in members
            .iter()
            .map(|r| &r.source)
            .chain(agencies.iter().map(|r| &r.source))
            .chain(events.iter().map(|r| &r.source))
        {
            assert!(names_a_record(s), "not cited: {s}");
        }
        // the member counts follow each other without a gap
        for w in members.windows(2) {
            assert_eq!(w[0].until, Some(w[1].from), "{}", w[0].members);
        }
        assert_eq!(members.last().and_then(|m| m.until), None);
        // each era of a name ends before the next starts
        for a in &agencies {
            assert!(a.to.is_none_or(|t| t >= a.from), "{}", a.name);
        }
    }

    #[test]
    fn bad_rows_are_named() {
        assert!(read_members("16\t1982-05-30\t1999-03-12\t")
            .unwrap_err()
            .contains("line 1"));
        assert!(read_agencies("# c\nTASS\t1925-13-01\t\tx.com")
            .unwrap_err()
            .contains("line 2"));
        assert!(read_events("summit\t-\t-\t2022-06-28\t2022-06-30\tx\tnato.int").is_err());
        assert!(read_events("treaty\tinf\t-\t1987-12-08\t1987-12-08\tx\tstate.gov").is_err());
    }

    #[test]
    fn member_counts_in_any_phrasing() {
        let cases: &[(&str, bool, Option<u32>)] = &[
            ("The 30 allies agreed on Tuesday.", false, Some(30)),
            ("All 28 members of NATO signed.", false, Some(28)),
            ("NATO's 29 nations met.", false, Some(29)),
            ("The 32-member alliance met.", false, Some(32)),
            ("the twenty-six-nation alliance", false, Some(26)),
            ("All 28 members of the EU agreed.", false, None),
            ("The 27 members agreed.", false, None),
            ("Все 28 стран-членов НАТО поддержали решение.", true, Some(28)),
            ("Лидеры 30 государств-членов альянса собрались.", true, Some(30)),
            ("Все 27 стран ЕС поддержали.", true, None),
        ];
        for (text, russian, want) in cases {
            let s = vec![(true, normalise(text))];
            let got = member_count_clues(&s, *russian).first().map(|c| c.says.clone());
            match want {
                Some(n) => assert!(
                    got.as_deref()
                        .is_some_and(|g| g.starts_with(&format!("NATO had {n} "))),
                    "{text}: {got:?}"
                ),
                None => assert_eq!(got, None, "{text}"),
            }
        }
    }

    #[test]
    fn agencies_by_era() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let cases = [
            ("MOSCOW, Dec 3 (ITAR-TASS)", "2009-12-03", 1.0, "2016-12-03"),
            ("МОСКВА, 3 декабря. /ИТАР-ТАСС/.", "2013-12-03", 1.0, "2019-12-03"),
            ("МОСКВА, 3 декабря. /ТАСС/.", "2019-12-03", 1.0, "2009-12-03"),
            ("MOSCOW, Dec 3 (RIA Novosti)", "2010-12-03", 1.0, "2016-12-03"),
            ("MOSCOW, Dec 3 (Sputnik)", "2016-12-03", 1.0, "2010-12-03"),
        ];
        for (line, inside, l, outside) in cases {
            let clue = agency_clue(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(clue.rule.likelihood(d(inside)), l, "{line}");
            assert_eq!(clue.rule.likelihood(d(outside)), OTHER_AGENCY_ERA, "{line}");
        }
        assert_eq!(agency_clue("BRUSSELS, July 13 (Reuters)"), None);
    }

    #[test]
    fn last_year_tied_to_a_year() {
        let cases = [
            (
                "В марте прошлого года, после событий 2014 года, встречи прекратились.",
                Some(2015),
            ),
            ("Russia annexed Crimea last year, in 2014.", Some(2015)),
            ("Last year's summit in Warsaw approved it.", None),
            (
                "Trade fell to $14 billion last year, down $2.5 billion from 1996.",
                None,
            ),
            ("He was indicted last year in the October 1998 shooting.", None),
            ("Visitors rose from 100,000 in 1980 to 300,000 last year.", None),
            (
                "В прошлом году стороны провели переговоры, а в марте 2014 года Крым вошел в состав России.",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(tied_last_year(text).map(|(y, _)| y), want, "{text}");
        }
    }
}
