//! The date a story's lead gives its own news, for pages that print no date and have no
//! dateline.
//!
//! Wiki-style and blog news often open without a dateline, the date in the lead's first
//! words: "В субботу, 6 марта 2016 года, в Лос-Анджелесе … умерла …", "On Tuesday, June 8,
//! 2021, the alliance …". A reader takes that day as the story's day (the report was
//! written on it or a day or two after), so chronicle does too — as a low-confidence
//! last resort, used only when nothing is printed and no dateline exists.
//!
//! A reader looks at the lead (the first line of prose) and the paragraph after it, and
//! takes, in this order ([`LeadRule`]):
//! 1. the date the lead's first sentence opens with ("7 апреля 2011 года террористами …",
//!    "Правящая партия в среду, 11 февраля 2015 года, выдвинула …"); a weekday beside it
//!    must agree, or be one day off — a slip of the writer's, since the full date is the
//!    more exact of the two, and the answer is then surer of the day than of neither;
//! 2. a full date with the weekday that agrees with it, anywhere in the lead or the next
//!    paragraph ("Указ опубликован в четверг, 27 июля 2017 года, на сайте Кремля"): a
//!    news writer names the weekday of the news day, not of a date in the background;
//! 3. the date opening the lead's second sentence, when the first sentence has no date and
//!    no day of its own ("Рауль Кастро объявил, что покинет пост. Заявление он сделал 21
//!    декабря 2017 года …");
//! 4. the date a Russian lead sentence closes with, the sentence's only date and no
//!    participle or "который" before it ("… Ли Куан Ю скончался в возрасте 91 года 23
//!    марта 2015 года."): the time of the sentence's own predicate.
//!
//! Refused everywhere: a caption-like line (too short, no sentence end), a background
//! sentence ("Напомним, …", "Ранее …"), a date after today or before 1990, a Ukrainian
//! month word. Every answer stays a guess: [`CHECKED_CONFIDENCE`] at most.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// How sure a lead's date is to be the story's day: a guess a reader makes, never a
/// confident answer.
pub const LEAD_CONFIDENCE: f32 = 0.5;
/// A full date whose weekday the writer also gave and which agrees: checked twice, still
/// a guess about the publication day.
pub const CHECKED_CONFIDENCE: f32 = 0.6;
/// A lead date whose weekday is one day off, or a date read from the sentence's end.
pub const WEAK_CONFIDENCE: f32 = 0.4;
/// The lead is the first line of at least this many words that ends a sentence.
const LEAD_WORDS: usize = 12;
/// …among the first this many non-empty lines.
const LEAD_LINES: usize = 8;
/// The date must start within this many characters of the sentence's start ("Бывший
/// президент Сальвадора Франсиско Флорес скончался 30 января 2016 года"): the lead's own
/// time, not a date named in passing further on.
const NEAR_START_CHARS: usize = 90;
/// How many days after the lead's date a day the story reports as past may be
/// ([`later_report`]): a report follows its news within days, a longer gap is another
/// story's background or a later update.
const LATER_DAYS: i64 = 14;
/// A date "closes" its sentence when at most this many characters follow it.
const CLOSING_CHARS: usize = 3;

/// English full dates: "June 8, 2021", "8 June 2021".
static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::dateline::month_names_pattern();
    Regex::new(&format!(
        r"(?i)\b(?:(?P<m1>{m})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{m})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b"
    ))
    .expect("valid regex")
});

/// A Russian day and month word, with the year if one follows: "13 ноября", "17 апреля
/// 2011 года", "13 ноября 211 года".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<d>[0-3]?\d)\s+(?P<m>\p{Cyrillic}{3,10})\b\.?(?:,?\s+(?P<y>\d{1,4})\s*(?:года|год|г\.|г\b))?",
    )
    .expect("valid regex")
});

/// Which reading of the lead gave the date (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadRule {
    /// The lead's first sentence opens with the date.
    Opening,
    /// …but the weekday beside it is one day off.
    WeekdaySlip,
    /// A full date with its agreeing weekday in the lead or the next paragraph.
    Weekday,
    /// The lead's second sentence opens with the date.
    SecondSentence,
    /// A Russian lead sentence closes with its only date.
    Closing,
    /// The story reports as past a day after the lead's date ("12 ноября … отправлен в
    /// отставку. … О назначении было объявлено 13 ноября"): written that day or later.
    LaterReport,
}

impl LeadRule {
    /// How sure the rule's date is to be the story's day.
    pub fn confidence(self) -> f32 {
        match self {
            LeadRule::Opening | LeadRule::SecondSentence => LEAD_CONFIDENCE,
            LeadRule::Weekday => CHECKED_CONFIDENCE,
            LeadRule::WeekdaySlip | LeadRule::Closing | LeadRule::LaterReport => WEAK_CONFIDENCE,
        }
    }

    /// The reason in words, for the document date's explanation.
    pub fn describe(self) -> &'static str {
        match self {
            LeadRule::Opening => "the lead opens with its date",
            LeadRule::WeekdaySlip => {
                "the lead opens with its date, its weekday one day off (the date is taken)"
            }
            LeadRule::Weekday => "the lead gives a date with its weekday",
            LeadRule::SecondSentence => "the lead's second sentence opens with its date",
            LeadRule::Closing => "the lead sentence closes with its date",
            LeadRule::LaterReport => "the story reports as past a day after the date its lead gives",
        }
    }
}

/// A lead's date: the day, the rule that read it and the words it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct LeadDate {
    pub date: NaiveDate,
    pub rule: LeadRule,
    /// The sentence the date is in, cut to 120 characters.
    pub quote: String,
}

impl LeadDate {
    /// How sure the date is to be the story's day.
    pub fn confidence(&self) -> f32 {
        self.rule.confidence()
    }
}

/// A full date found in a sentence: the day, its byte span, and what the words just
/// before it say of it.
#[derive(Debug, Clone, Copy)]
struct Found {
    date: NaiveDate,
    start: usize,
    end: usize,
    /// The weekday named just before the date (Monday = 1): "в пятницу, 26 февраля …".
    weekday: Option<u32>,
    /// The weekday is counted from another day ("в минувшую субботу, 17 сентября",
    /// "last Friday, June 4"): the story is written on another day than the date.
    deictic: bool,
    /// The date bounds a span ("с 15 по 26 мая 2013 года", "until June 8, 2021"): no
    /// instant the sentence reports.
    bound: bool,
}

impl Found {
    /// A date that may be the day of the sentence's news: no span bound, no weekday
    /// counted from another day.
    fn own(&self) -> bool {
        !self.bound && !self.deictic
    }

    /// How many days the named weekday is off the date's own (0 when none is named).
    fn weekday_off(&self) -> u32 {
        self.weekday.map_or(0, |w| {
            let own = self.date.weekday().number_from_monday();
            let d = (w + 7 - own) % 7;
            d.min(7 - d)
        })
    }
}

/// The date the lead gives its news, if the story has one there (see the module doc),
/// moved to a later day the story reports as past ([`later_report`]).
pub fn lead_date(text: &str, today: NaiveDate) -> Option<LeadDate> {
    let lead = read_lead(text, today)?;
    Some(match later_report(text, lead.date) {
        Some((date, quote)) if date <= today => LeadDate {
            date,
            rule: LeadRule::LaterReport,
            quote,
        },
        _ => lead,
    })
}

/// The date the lead gives its news, by the four readings of the module doc.
fn read_lead(text: &str, today: NaiveDate) -> Option<LeadDate> {
    let prose: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LEAD_LINES)
        .filter(|l| is_lead(l))
        .take(2)
        .collect();
    let lead = *prose.first()?;
    let first = sentences(lead).next()?;
    let usable = |f: &Found| f.date <= today && f.date.year() >= 1990;
    let make = |sentence: &str, f: &Found, rule| LeadDate {
        date: f.date,
        rule,
        quote: sentence.chars().take(120).collect(),
    };
    let first_dates: Vec<Found> = dates(first)?.into_iter().filter(Found::own).collect();
    // 1. the first sentence opens with its date
    if let Some(f) = first_dates.first().filter(|f| near_start(first, f)) {
        return match f.weekday_off() {
            0 if usable(f) => Some(make(first, f, LeadRule::Opening)),
            1 if usable(f) => Some(make(first, f, LeadRule::WeekdaySlip)),
            _ => None,
        };
    }
    // 2. a date with its weekday, in the lead or the paragraph after it
    for sentence in prose.iter().flat_map(|l| sentences(l)) {
        if is_background(sentence) {
            continue;
        }
        let found = dates(sentence)?;
        if let Some(f) = found
            .iter()
            .find(|f| f.own() && f.weekday.is_some() && f.weekday_off() == 0)
        {
            return usable(f).then(|| make(sentence, f, LeadRule::Weekday));
        }
    }
    if first_dates.is_empty() {
        // 3. the next sentence opens with its date, the first having no day of its own
        let second = second_sentence(text, lead)?;
        if has_day_word(first) || is_background(second) || has_future(second) {
            return None;
        }
        let f = *dates(second)?.first()?;
        let detail = words(&second[..f.start])
            .rev()
            .take(3)
            .any(|w| is_participle(&crate::lang::ru::lexicon::fold(w)));
        return (f.own() && !detail && near_start(second, &f) && f.weekday_off() == 0 && usable(&f))
            .then(|| make(second, &f, LeadRule::SecondSentence));
    }
    // 4. a Russian sentence closing with its only date
    match first_dates.as_slice() {
        [f] if closes(first, f) && usable(f) => Some(make(first, f, LeadRule::Closing)),
        _ => None,
    }
}

/// The latest day within [`LATER_DAYS`] after `lead` that a Russian story reports as
/// past, with the sentence that does: "17 апреля, не приходя в сознание, подросток
/// скончался" in a story whose lead is dated 7 April. A story is written no earlier than
/// the last thing it tells as done, so a reader dates it there. Read: a day and a month
/// word whose year, if written, is the lead's (a year that cannot be one, a typo like
/// "13 ноября 211 года", is no other year); refused: a sentence with no past-tense
/// verb or with a future cue, a background sentence, a day after a span word ("до 20
/// мая", "на 3 апреля": a deadline or target, not a past day).
fn later_report(text: &str, lead: NaiveDate) -> Option<(NaiveDate, String)> {
    if !super::ru_dates::is_cyrillic(text) {
        return None;
    }
    let mut best: Option<(NaiveDate, String)> = None;
    for sentence in text.lines().flat_map(sentences) {
        if is_background(sentence) || has_future(sentence) {
            continue;
        }
        let past =
            words(sentence).any(|w| crate::lang::ru::tense::is_past_verb(&crate::lang::ru::lexicon::fold(w)));
        if !past {
            continue;
        }
        for c in DAY_MONTH.captures_iter(sentence) {
            let (Some(whole), Some(d), Some(m)) = (c.get(0), c.name("d"), c.name("m")) else {
                continue;
            };
            let before = &sentence[..whole.start()];
            if before.chars().next_back().is_some_and(|b| b.is_alphanumeric()) {
                continue;
            }
            let span_word = words(before).next_back().is_some_and(|w| {
                let lower = w.to_lowercase();
                BOUND_WORDS.contains(&lower.as_str()) || matches!(lower.as_str(), "на" | "к" | "ко")
            });
            let year = match c.name("y").map(|y| y.as_str().parse::<i32>()) {
                Some(Ok(y)) if (1000..=9999).contains(&y) => y,
                _ => lead.year(),
            };
            let date = crate::lang::ru::dateline::month_word(m.as_str())
                .and_then(|month| NaiveDate::from_ymd_opt(year, month, d.as_str().parse().ok()?));
            let Some(date) = date else { continue };
            let days = (date - lead).num_days();
            let later_than_best = best.as_ref().is_none_or(|b| date > b.0);
            if span_word || !(1..=LATER_DAYS).contains(&days) || !later_than_best {
                continue;
            }
            best = Some((date, sentence.chars().take(120).collect()));
        }
    }
    best
}

/// The sentence after the lead's first: the lead line's second, else the first of the
/// next non-empty line when that line ends a sentence ("… возглавит жюри фестиваля.\nОб
/// этом 28 февраля 2013 года сообщили организаторы.").
fn second_sentence<'a>(text: &'a str, lead: &'a str) -> Option<&'a str> {
    if let Some(s) = sentences(lead).nth(1) {
        return Some(s);
    }
    let next = text
        .lines()
        .map(str::trim)
        .skip_while(|l| *l != lead)
        .skip(1)
        .find(|l| !l.is_empty())?;
    let s = sentences(next).next()?;
    s.ends_with(['.', '!', '?', ':']).then_some(s)
}

/// A line of prose: enough words, ending a sentence, and no photo caption
/// ([`is_photo_caption`]).
fn is_lead(line: &str) -> bool {
    !is_photo_caption(line) && is_sentence_line(line)
}

/// The most words a photo caption has.
const CAPTION_WORDS: usize = 30;

/// Whether a line is a photo caption that closes with its date, as news sites print
/// them under a picture between the headline and the story: a noun phrase and a date
/// ("Выступление Мадонны 16 февраля 2020 года", "Гроб с телом солдата в аэропорту, 25
/// сентября 2017 г.", "President Ilves and Chancellor Merkel in Tallinn, June 8, 2011"),
/// or a sentence and then its bare date ("… во время концерта в Константиновском
/// дворце. 31 мая 2003 года."). A line ending a sentence after its date ("Встреча прошла
/// 5 декабря 2012 года.") or with a past-tense verb ("Саммит открылся 2 апреля 2008
/// года") is prose. The date of a caption is the picture's, not
/// the story's, and no event the story tells.
pub fn is_photo_caption(line: &str) -> bool {
    let line = line.trim();
    if ends_with_bare_date(line) {
        return true;
    }
    // the date ends the line, no full stop after it ("г." is the date's own)
    let closes = dates(line)
        .unwrap_or_default()
        .last()
        .is_some_and(|f| f.end == line.len());
    closes && reads_as_caption(line)
}

/// Whether a line closed by its date reads as a caption rather than prose: short, and
/// with no past-tense verb ("Саммит открылся 2 апреля 2008 года" is prose). The event
/// builder asks this of lines closed by a date this reader does not take for a page's
/// (a historical picture's "28 июня 1776 года").
pub fn reads_as_caption(line: &str) -> bool {
    line.split_whitespace().count() <= CAPTION_WORDS
        && !words(line).any(|w| crate::lang::ru::tense::is_past_verb(&crate::lang::ru::lexicon::fold(w)))
}

/// Whether the line's last sentence is a date and nothing else.
fn ends_with_bare_date(line: &str) -> bool {
    let body = line.trim_end_matches(['.', ' ']);
    let last = body.rsplit_once(". ").map_or(body, |(_, last)| last);
    dates(last)
        .unwrap_or_default()
        .first()
        .is_some_and(|f| f.start == 0 && f.end + CLOSING_CHARS >= last.len())
}

/// A line of at least [`LEAD_WORDS`] words ending a sentence.
fn is_sentence_line(line: &str) -> bool {
    line.split_whitespace().count() >= LEAD_WORDS
        && line
            .trim_end_matches(['"', '»', '”', ')', '\''])
            .ends_with(['.', '!', '?', ':'])
}

/// The sentences of a line, each up to its end (". " before a capital letter).
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        let s = first_sentence(rest);
        if s.trim().is_empty() {
            return None;
        }
        rest = &rest[s.len()..];
        Some(s.trim())
    })
}

/// The line up to the end of its first sentence (". " before a capital letter).
fn first_sentence(line: &str) -> &str {
    for (i, c) in line.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &line[i + c.len_utf8()..];
            let next = rest.trim_start().chars().next();
            let word_before = line[..i].rsplit(' ').next().unwrap_or("");
            // "U.S." and initials are not sentence ends
            if rest.starts_with(' ')
                && next.is_some_and(char::is_uppercase)
                && word_before.chars().count() > 2
            {
                return &line[..i + 1];
            }
        }
    }
    line
}

/// Every full date of a sentence, in order, with the weekday named just before each;
/// `None` when a date is Ukrainian (no Russian story's date is read from it).
fn dates(sentence: &str) -> Option<Vec<Found>> {
    let mut out = Vec::new();
    if super::ru_dates::is_cyrillic(sentence) {
        let mut from = 0;
        while let Some(d) = super::ru_dates::find(&sentence[from..]) {
            if d.ukrainian.is_some() {
                return None;
            }
            let (start, end) = (from + d.start, from + d.end);
            out.push(found(sentence, d.date, start, end));
            from = end;
        }
    } else {
        for c in ENGLISH.captures_iter(sentence) {
            let (Some(whole), Some(date)) = (c.get(0), english(&c)) else {
                continue;
            };
            out.push(found(sentence, date, whole.start(), whole.end()));
        }
    }
    Some(out)
}

/// The date of an English full-date match.
fn english(c: &regex::Captures) -> Option<NaiveDate> {
    let (m, d, y) = match (c.name("m1"), c.name("d1"), c.name("y1")) {
        (Some(m), Some(d), Some(y)) => (m, d, y),
        _ => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
    };
    let month = crate::text::lexicon::month(&m.as_str().to_lowercase())?;
    NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)
}

/// Whether the date starts near enough the sentence's start to be its own time.
fn near_start(sentence: &str, f: &Found) -> bool {
    sentence[..f.start].chars().count() <= NEAR_START_CHARS
}

/// Whether a Russian sentence closes with the date, and no participle or relative
/// pronoun in the three words before it makes the date a detail of another clause
/// ("… договор, подписанный 27 мая 1997 года.").
fn closes(sentence: &str, f: &Found) -> bool {
    if !super::ru_dates::is_cyrillic(sentence) || f.weekday.is_some() {
        return false;
    }
    let after = sentence[f.end..].trim_end_matches(['.', '!', '"', '»', ')']);
    if after.chars().count() > CLOSING_CHARS || has_day_word(&sentence[..f.start]) {
        return false;
    }
    // the date's own clause: from the last comma, colon or dash before it
    let clause_start = sentence[..f.start]
        .rfind([',', ';', ':', '—', '–', '('])
        .map_or(0, |i| i + 1);
    let clause: Vec<String> = words(&sentence[clause_start..f.start])
        .map(crate::lang::ru::lexicon::fold)
        .collect();
    let past = clause.iter().any(|w| crate::lang::ru::tense::is_past_verb(w));
    let infinitive = clause
        .iter()
        .any(|w| w.chars().count() > 3 && (w.ends_with("ть") || w.ends_with("ться")));
    let relative = clause.iter().any(|w| w.starts_with("котор"));
    let participle = clause.iter().rev().take(3).any(|w| is_participle(w));
    past && !infinitive && !relative && !participle && !has_future(sentence)
}

/// The words of a text (letters and digits).
fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether a sentence points to the future: "будет", "состоится", "will" ([Russian
/// tense table](crate::lang::ru::tense)).
fn has_future(sentence: &str) -> bool {
    words(sentence).any(|w| {
        let lower = crate::lang::ru::lexicon::fold(w);
        crate::lang::ru::lexicon::tense_class(&lower) == Some("future") || lower == "will"
    })
}

/// Endings of Russian participles (full forms) and the relative pronoun "который".
const PARTICIPLE_ENDINGS: &[&str] = &[
    "нный",
    "нная",
    "нное",
    "нные",
    "нного",
    "нной",
    "нном",
    "нным",
    "нную",
    "нными",
    "вший",
    "вшая",
    "вшее",
    "вшие",
    "вшего",
    "вшей",
    "вшем",
    "вшим",
    "вшую",
    "вшими",
    "тый",
    "тая",
    "тое",
    "тые",
    "того",
    "той",
    "том",
    "тым",
    "тую",
];

/// Whether a folded Russian word is a participle or a form of "который".
fn is_participle(word: &str) -> bool {
    word.starts_with("котор")
        || (word.chars().count() > 5 && PARTICIPLE_ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// Words that, opening a sentence, make it background the writer recalls ("Напомним, что
/// …", "Ранее …", "Earlier, …").
const BACKGROUND_OPENERS: &[&str] = &[
    "напомним",
    "напомню",
    "напоминаем",
    "ранее",
    "прежде",
    "recall",
    "earlier",
    "previously",
];
/// Verbs of an earlier report that, among a sentence's first three words, make it
/// background ("Викиновости сообщали, что …", "СМИ писали …").
const EARLIER_REPORTS: &[&str] = &["сообщали", "писали", "сообщалось", "писалось"];

/// Whether a sentence is background the writer recalls, not the news of the day
/// ([`BACKGROUND_OPENERS`], [`EARLIER_REPORTS`]).
fn is_background(sentence: &str) -> bool {
    words(sentence)
        .take(3)
        .map(crate::lang::ru::lexicon::fold)
        .enumerate()
        .any(|(i, w)| {
            (i == 0 && BACKGROUND_OPENERS.contains(&w.as_str())) || EARLIER_REPORTS.contains(&w.as_str())
        })
}

/// Whether a sentence names a day of its own: a weekday, "сегодня", "вчера", "накануне",
/// "today", "yesterday".
fn has_day_word(sentence: &str) -> bool {
    words(sentence).any(|w| {
        let lower = crate::lang::ru::lexicon::fold(w);
        crate::text::lexicon::WEEKDAYS
            .iter()
            .any(|(name, _)| *name == lower)
            || crate::lang::ru::dateline::weekday_word(w).is_some()
            || crate::lang::ru::lexicon::value(&lower, "dayword").is_some()
            || matches!(lower.as_str(), "накануне" | "today" | "yesterday" | "tonight")
    })
}

/// Words that make the date that follows them a bound of a span, not an instant.
const BOUND_WORDS: &[&str] = &[
    "с",
    "со",
    "по",
    "до",
    "после",
    "перед",
    "между",
    "from",
    "until",
    "till",
    "through",
    "since",
    "to",
    "before",
    "after",
    "by",
    "between",
];
/// English words that count a weekday from another day ("last Friday").
const ENGLISH_DEICTIC: &[&str] = &["last", "next", "this", "past", "coming"];

/// A date of `sentence` at `start..end`, with what the words just before it say: the
/// weekday they name ("On Tuesday, ", "… в среду, ", "во вторник — "), whether that
/// weekday is counted from another day, whether the date bounds a span.
fn found(sentence: &str, date: NaiveDate, start: usize, end: usize) -> Found {
    let before: Vec<&str> = words(&sentence[..start]).collect();
    let n = before.len();
    let weekday_at = (n.saturating_sub(2)..n).rev().find_map(|i| {
        let w = before[i];
        let lower = w.to_lowercase();
        crate::text::lexicon::WEEKDAYS
            .iter()
            .find(|(name, _)| *name == lower)
            .map(|(_, n)| *n)
            .or_else(|| crate::lang::ru::dateline::weekday_word(w))
            .map(|d| (i, d))
    });
    let deictic = weekday_at.is_some_and(|(i, _)| {
        i.checked_sub(1).is_some_and(|j| {
            let lower = crate::lang::ru::lexicon::fold(before[j]);
            crate::lang::ru::lexicon::value(&lower, "deictic").is_some()
                || ENGLISH_DEICTIC.contains(&lower.as_str())
        })
    });
    let bound = before
        .last()
        .is_some_and(|w| BOUND_WORDS.contains(&w.to_lowercase().as_str()));
    Found {
        date,
        start,
        end,
        weekday: weekday_at.map(|(_, d)| d),
        deictic,
        bound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")
    }

    /// (why, text, the date and the rule expected, or `None`).
    type Case = (&'static str, &'static str, Option<(&'static str, LeadRule)>);

    fn check(cases: &[Case]) {
        for (why, text, want) in cases {
            let got = lead_date(text, today()).map(|l| (l.date.to_string(), l.rule));
            let want = want.map(|(d, r)| (d.to_string(), r));
            assert_eq!(got, want, "{why}");
        }
    }

    #[test]
    fn the_lead_opens_with_its_date() {
        use LeadRule::*;
        check(&[
            (
                "Russian weekday and date opening the lead",
                "Скончался актёр\nВ субботу, 5 марта 2016 года, в Лос-Анджелесе в возрасте 94 лет умерла бывшая первая леди США.",
                Some(("2016-03-05", Opening)),
            ),
            (
                "a Russian weekday one day off",
                "В четверг, 6 марта 2020 года, в Женеве завершился очередной раунд переговоров по конституционной реформе.",
                Some(("2020-03-06", WeekdaySlip)),
            ),
            (
                "Russian weekday agreeing",
                "В среду, 14 октября 2020 года, в Минске прошла встреча министров иностранных дел двух стран по вопросам границы.",
                Some(("2020-10-14", Opening)),
            ),
            (
                "Russian date without a weekday",
                "Выборы в парламенте\n14 мая 2019 года в Брюсселе министры иностранных дел стран альянса обсудили отношения с Россией.",
                Some(("2019-05-14", Opening)),
            ),
            (
                "English weekday and date",
                "Alliance meets\nOn Tuesday, June 8, 2021, NATO foreign ministers met in Brussels to discuss the situation in the east.",
                Some(("2021-06-08", Opening)),
            ),
            (
                "English day-first date",
                "On 12 November 2008 the Russian envoy to the alliance told reporters in Brussels that talks would resume.",
                Some(("2008-11-12", Opening)),
            ),
            (
                "the weekday one day off the date: the date is taken, less surely",
                "On Monday, June 8, 2021, NATO foreign ministers met in Brussels to discuss the situation in the east.",
                Some(("2021-06-08", WeekdaySlip)),
            ),
            (
                "the weekday in the lead's own words, in the genitive case",
                "Правящая партия Казахстана в среду, 11 февраля 2015 года, выдвинула президента своим кандидатом на очередной срок:",
                Some(("2015-02-11", Opening)),
            ),
            (
                "a caption closing with its bare date is no lead",
                "Министры на встрече в Кремле во время переговоров о бюджете на следующий год. 12 мая 2015 года.\n3 июня 2018 года правительство Армении утвердило новую программу реформ в сфере образования и науки.",
                Some(("2018-06-03", Opening)),
            ),
        ]);
    }

    #[test]
    fn a_date_with_its_weekday_later_in_the_lead() {
        use LeadRule::*;
        check(&[
            (
                "far into the lead sentence",
                "Бывший чемпион мира по шахматам, 20 лет назад покинувший большой спорт и уехавший за границу, во вторник, 19 ноября 2019 года, вернулся в Москву.",
                Some(("2019-11-19", Weekday)),
            ),
            (
                "in the paragraph after the lead, with a dash",
                "Сборная Норвегии уверенно выиграла мужскую эстафету на чемпионате мира по биатлону в Италии.\n\nПобеда была одержана в пятницу — 9 февраля 2018 года — на трассе в Антхольце.",
                Some(("2018-02-09", Weekday)),
            ),
            (
                "the weekday the source names for a scheduled vote",
                "Парламент Молдавии, по данным источников в правящей коалиции и в парламентской оппозиции, в четверг, 23 сентября 2021 года, рассмотрит вопрос о доверии кабинету.",
                Some(("2021-09-23", Weekday)),
            ),
            (
                "a weekday counted from another day is no news day",
                "По данным полиции, подозреваемый в поджогах, случившихся в минувшую пятницу, 3 октября 2014 года, в Ростове, задержан.",
                None,
            ),
            (
                "a weekday with a date in recalled background",
                "Сенат Чехии одобрил поправки к закону о выборах и передал их президенту на подпись.\nНапомним, что во вторник, 12 мая 2015 года, поправки одобрила нижняя палата парламента.",
                None,
            ),
            (
                "the weekday two days off the date: neither is trusted",
                "On Thursday, June 8, 2021, NATO foreign ministers met in Brussels to discuss the situation in the east.",
                None,
            ),
        ]);
    }

    #[test]
    fn the_second_sentence_and_the_closing_date() {
        use LeadRule::*;
        check(&[
            (
                "the lead's second sentence opens with its date",
                "Премьер-министр Словакии объявил, что правительство уйдёт в отставку весной 2022 года. Заявление он сделал 5 апреля 2022 года на заседании парламента.",
                Some(("2022-04-05", SecondSentence)),
            ),
            (
                "the next line says when it was reported",
                "Известный дирижёр возглавит оркестр Венской оперы, гастроли которого пройдут с 1 по 20 октября 2019 года.\nОб этом 20 сентября 2019 года сообщила пресс-служба театра.",
                Some(("2019-09-20", SecondSentence)),
            ),
            (
                "the first sentence has a day of its own: the second's date is background",
                "Министр финансов заявил во вторник, что бюджет будет пересмотрен к осени. Соглашение с кредиторами было подписано 17 марта 2017 года в Париже.",
                None,
            ),
            (
                "a date after a participle is a detail",
                "Премьер-министр объявил о новой программе поддержки фермеров в южных регионах. В документе, подписанном 2 декабря 2016 года, говорится о кредитах.",
                None,
            ),
            (
                "a span is no day",
                "Фестиваль документального кино откроется в Екатеринбурге в следующем месяце впервые за три года. Показы будут идти с 10 по 24 мая 2012 года в четырёх кинотеатрах.",
                None,
            ),
            (
                "a Russian lead sentence closing with its date",
                "Основатель крупнейшей в стране компании по производству тракторов и комбайнов Игорь Семёнов скончался в возрасте 87 лет 24 мая 2012 года.",
                Some(("2012-05-24", Closing)),
            ),
            (
                "an intention closing the sentence is no past day",
                "Генеральный директор крупнейшего в стране производителя удобрений Андрей Ковалёв заявил о намерении покинуть пост 1 сентября 2019 года.",
                None,
            ),
            (
                "a relative clause closing the sentence",
                "Парламент страны одобрил кандидатуру нового посла в Японии Ольги Морозовой, которая сменит на этом посту дипломата 17 марта 2017 года.",
                None,
            ),
            (
                "a date named in passing, deep in an English sentence",
                "The foreign ministers of the alliance said in Brussels on Thursday that the security guarantees of the act signed in Paris on May 27, 1997 still stand.",
                None,
            ),
        ]);
    }

    #[test]
    fn a_later_day_reported_as_past() {
        use LeadRule::*;
        check(&[
            (
                "a day after the lead's, told as done",
                "Землетрясение в Чили\n16 сентября 2015 года у побережья Чили произошло сильное землетрясение магнитудой 8,3 по шкале Рихтера.\n\nВласти объявили эвакуацию прибрежных районов.\n\n18 сентября спасатели завершили поиск пропавших в районе Ильяпеля.",
                Some(("2015-09-18", LaterReport)),
            ),
            (
                "a mistyped year is no other year",
                "2 декабря 2016 года парламент Италии не поддержал конституционную реформу, предложенную правительством.\nО своей отставке премьер объявил 3 декабря 216 года, поздно вечером.",
                Some(("2016-12-03", LaterReport)),
            ),
            (
                "a later day told as future does not move the date",
                "2 декабря 2016 года парламент Италии не поддержал конституционную реформу, предложенную правительством.\nНовое правительство будет сформировано 8 декабря.",
                Some(("2016-12-02", Opening)),
            ),
            (
                "a later day after a span word is a deadline",
                "2 декабря 2016 года парламент Италии не поддержал конституционную реформу, предложенную правительством.\nПремьер попросил отложить отставку до 9 декабря, сообщили в его канцелярии.",
                Some(("2016-12-02", Opening)),
            ),
            (
                "a day weeks later is another story's",
                "2 декабря 2016 года парламент Италии не поддержал конституционную реформу, предложенную правительством.\n30 декабря новый кабинет получил вотум доверия.",
                Some(("2016-12-02", Opening)),
            ),
        ]);
    }

    #[test]
    fn refusals() {
        check(&[
            (
                "a caption line is no lead",
                "Официальный портрет президентской четы, 21 июня 1985 года\nСовет обсудил положение дел.",
                None,
            ),
            (
                "a date after today",
                "On Friday, March 3, 2028, the leaders of the alliance will gather in Vilnius for the next summit of the bloc.",
                None,
            ),
            (
                "no date in the lead",
                "The foreign ministers of the alliance met on Thursday in Brussels to discuss the situation in the east.",
                None,
            ),
            (
                "a Ukrainian month word",
                "15 квітня 2021 року у Києві відбулася зустріч міністрів закордонних справ двох країн щодо безпеки.",
                None,
            ),
        ]);
    }

    #[test]
    fn photo_captions() {
        let cases: &[(&str, bool)] = &[
            ("Выступление Мадонны 16 февраля 2020 года", true),
            (
                "Гроб с телом солдата в аэропорту Тегерана, 25 сентября 2017 г.",
                true,
            ),
            (
                "Премьер-министр и президент Финляндии на встрече в Хельсинки, 3 мая 2014 года",
                true,
            ),
            (
                "Министры на встрече в Кремле во время переговоров о бюджете. 12 мая 2015 года.",
                true,
            ),
            (
                "President Ilves and Chancellor Merkel in Tallinn, June 8, 2011",
                true,
            ),
            ("Встреча министров прошла в Кремле 5 декабря 2012 года.", false),
            ("Саммит в Бухаресте открылся 2 апреля 2008 года", false),
            ("Министры обсудили бюджет на встрече в Кремле.", false),
            ("Фото: пресс-служба", false),
            ("", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_photo_caption(line), *want, "{line}");
        }
    }

    #[test]
    fn confidence_stays_a_guess() {
        for rule in [
            LeadRule::Opening,
            LeadRule::WeekdaySlip,
            LeadRule::Weekday,
            LeadRule::SecondSentence,
            LeadRule::Closing,
            LeadRule::LaterReport,
        ] {
            assert!(rule.confidence() < 0.8, "{rule:?}");
            assert!(!rule.describe().is_empty());
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for text in [
            "",
            ".",
            "В субботу, 6 марта",
            "a. B. c. D 12 words and more words and more words end.",
            "1 мая. 2 мая. 3 мая 2020 года. 31 февраля 2020 года что-то случилось и было много слов тут.",
            "\n\n\u{a0}Ё ё 99 июня 2020 года было и было и было и было и было и было и было.",
        ] {
            let _ = lead_date(text, today());
        }
    }
}
