//! The Russian temporal tagger: finds temporal expressions in Russian text and resolves
//! them to TIMEX3 values with the same resolver as English.
//!
//! The recogniser reads [`super::token`]s and the closed lexicon of [`super::lexicon`] and
//! produces, for each expression, a [`Sem`] (what the words say); the English resolver
//! ([`crate::timex::resolve`]) turns it into a value against the document date, the
//! narrative anchor and the clause's tense ([`super::tense`]). So "в прошлом году" is
//! `UnitShift { Year, -1 }` exactly as "last year" is, and gets the same value.
//!
//! ## Case and prepositions
//!
//! Russian marks the role of a noun by its case, and a preposition governs one case: "в"
//! with a weekday takes the accusative ("в среду", on Wednesday), "в среде" (locative of
//! "среда", an environment) is no date; "до/с/после" take the genitive ("до среды"), "к"
//! the dative ("к среде"), "по" with the dative plural makes a set ("по средам", every
//! Wednesday). Weekday forms carry their case in the lexicon (`3:acc`) and
//! [`Parser::weekday`] checks it against the preposition before them. A bare month
//! ("марта") is a date only after a preposition or beside a day or year: "Марта" is also a
//! name.
//!
//! Ages are not dates: "в 13 лет", "в возрасте 52 лет" are skipped.
//!
//! ## Extents
//!
//! A one-word preposition ("в", "на", "с", "до", "через"…) stays outside the span, as in
//! TimeML ("в 2009 году" → "2009 году"). Compound and hedging words that change the
//! meaning stay inside: "в течение двух дней", "около 10 лет", "не более трех лет", "за
//! последние 200 лет" → "последние 200 лет". A range is one expression, valued by its
//! start: "2008–2009 годах", "с 16 апреля по 19 мая 2019 года" → "16 апреля по 19 мая 2019
//! года" = `2019-04-16` (the first day takes the year of the second).
//!
//! ## Ranges
//!
//! The expression of a range also carries both ends' values in
//! [`crate::timex::Timex::range`], TIMEX3's begin and end points: "9 по 11 июля" =
//! `2024-07-09` with range `2024-07-09/2024-07-11`. The words name the end in part, and
//! it is read in the start's frame (`range_end`): an end without a year takes the
//! start's, or the next year's when its month is earlier ("с ноября по февраль" =
//! `2023-11/2024-02` in a past clause, `2024-11/2025-02` in a future one); a year written
//! only after the end is the start's too, or the year before ("с ноября по февраль 2020
//! года" = `2019-11/2020-02`, "в декабре-январе 2019 года" = `2018-12/2019-01`). Shapes: "с/со/от … по/до …" of days, months, years and
//! dates; "9–11 июля", "1 и 2 декабря", "в июле и августе", "в 2009 и 2010 годах" (two in
//! a row joined by "и" are a stretch); "в ноябре-декабре"; "2008–2009 годах", "1998-99".
//!
//! A list is no range: "9 и 11 июля", "9, 10 и 11 июля", "3 или 4 марта", "в июле и
//! сентябре 2019 года", "в 2009 и 2012 годах" are one expression a member (TIMEX3 gives
//! one value to one expression), the first members taking the month and year written
//! after the last ("9" = `2024-07-09`), and the Russian event builder dates its trigger
//! once on each member, as English does with "met in 2009 and 2012". NEREL has no list of
//! days that is no stretch; it marks its stretches ("12 и 13 января 2013 года", "в 2009 и
//! 2010 годах", "в июле и августе 2019 года") as one span, as here.
//! A state since a date lasts to the present, as English "since 2014": "с 2014 года по
//! настоящее время", "с 2014 года до сих пор", "по сей день" (the words after the date
//! are no expression), and "с 2014 года" told by a present-tense verb of its clause
//! ("санкции действуют с 2014 года"), a negated past ("не собирался с июля 2019 года") or
//! "впервые с" keep the start's value with range `2014/PRESENT_REF` (`since`); a past
//! verb ("работал с 2014 года") or a start after the document date ("с 1 января вступает
//! в силу") is a start, no range. Such a state dates no event. Over NEREL train and dev
//! read with a document date of 2021-01-01 it fires on 41 expressions, all but two or
//! three states ("возглавляет страну с 2008 года", "является членом НАТО с 2004 года").
//!
//! A range the scanner finds as two expressions ("с понедельника по среду", "с середины
//! марта по конец апреля", "30 августа – 1 сентября") is linked as in English: both get
//! the range (`link_neighbours`). Without a document date, relative ends stay open
//! (`XXXX-07-09`) and no range is given, as in English; a range running backwards ("с 11
//! по 9 июня") is none.

use chrono::{Datelike, NaiveDate};

use super::lexicon::{self, Entry};
use super::tense;
use super::token::{tokenize, Kind, Tok};
use crate::time::interval;
use crate::timex::resolve::{self, Context, Dir};
use crate::timex::sem::{Count, Sem, YearRef};
use crate::timex::tables::{Fixed, Unit};
use crate::timex::{Range, Timex, TimexType};

/// One recognised expression, before resolution.
#[derive(Debug, Clone)]
struct M {
    /// First and one-past-last token.
    start: usize,
    end: usize,
    sem: Sem,
    modifier: Option<&'static str>,
    pattern: &'static str,
    /// The other end of a range written in the span ("9 по 11 июля", "марта по май",
    /// "2008–2009 годах"), as the words say: the end's year may be missing, and then it is
    /// taken from the start's resolved value (see [`range_end`]).
    range_end: Option<Sem>,
}

fn m(start: usize, end: usize, sem: Sem, pattern: &'static str) -> Option<M> {
    Some(M {
        start,
        end,
        sem,
        modifier: None,
        pattern,
        range_end: None,
    })
}

/// Finds and resolves the temporal expressions of a Russian `text`.
pub fn extract(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let toks = tokenize(text);
    let found = scan(&toks);
    let mut ctx = Context {
        dct,
        anchor: None,
        quarter: None,
        dir: Dir::Past,
        cued: false,
    };
    let mut out = Vec::with_capacity(found.len());
    let mut spans = Vec::with_capacity(found.len());
    let mut chars = CharCounter::default();
    // the words after a state's start that name its end, now: no expression of their own
    let mut skip_until = 0;
    for f in found {
        if f.start < skip_until || to_present_at(&toks, f.start.wrapping_sub(1)) == Some(f.end) {
            continue;
        }
        spans.push((f.start, f.end));
        let (bstart, bend) = (toks[f.start].start, toks[f.end - 1].end);
        (ctx.dir, ctx.cued) = tense::direction(&toks, f.start, f.end);
        let r = resolve::resolve(&f.sem, &ctx);
        let mut range = f.range_end.as_ref().and_then(|end| range_end(&r, end, &ctx));
        if range.is_none() && r.kind == TimexType::Date && r.value.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(after) = since(&toks, f.start, f.end, &r.value, dct) {
                skip_until = after;
                range = Some(Range {
                    start: r.value.clone(),
                    end: "PRESENT_REF".to_string(),
                });
            }
        }
        if let Some(p) = r.point.filter(|_| crate::timex::moves_narrative(&f.sem)) {
            ctx.anchor = Some(p);
        }
        let start = chars.at(text, bstart);
        let end = chars.at(text, bend);
        out.push(Timex {
            start,
            end,
            text: text[bstart..bend].to_string(),
            kind: r.kind,
            value: r.value,
            modifier: f.modifier.map(str::to_string),
            range,
            rule: ["ru-", f.pattern, "/", r.rule].concat(),
            anchor: r.anchor,
        });
    }
    link_neighbours(text, &toks, &spans, &mut out);
    out
}

/// The dashes that join the two ends of a range with no opening word ("30 июня – 2
/// июля"); as in English, such ends must have one granularity ("2008 – июнь" is two dates
/// side by side).
const RANGE_DASHES: &[&str] = &["-", "\u{2013}", "\u{2014}"];

/// Links a range written as two expressions, which the tagger finds one by one ("с
/// понедельника по среду", "с середины марта по конец апреля", "30 июня – 2 июля"): both
/// get the same [`Range`], English style, when all that stands between them on one line
/// is a joiner of the word before the first ([`RANGE_OPENERS`]) or a dash
/// ([`RANGE_DASHES`]), both are calendar dates and the range runs forward. `spans` are
/// the expressions' token ranges in `toks`, the tokens of `text`.
fn link_neighbours(text: &str, toks: &[Tok], spans: &[(usize, usize)], out: &mut [Timex]) {
    let is_point = |t: &Timex| t.kind == TimexType::Date && t.value.starts_with(|c: char| c.is_ascii_digit());
    for i in 1..out.len().min(spans.len()) {
        let ((a_start, a_end), (b_start, _)) = (spans[i - 1], spans[i]);
        let (a, b) = (&out[i - 1], &out[i]);
        if b_start != a_end + 1 || a.range.is_some() || b.range.is_some() || !is_point(a) || !is_point(b) {
            continue;
        }
        let (Some(first), Some(last)) = (interval::parse(&a.value), interval::parse(&b.value)) else {
            continue;
        };
        let opener = a_start
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .filter(|t| t.kind == Kind::Word)
            .map_or("", |t| t.low.as_str());
        let joiner = toks.get(a_end).map_or("", |t| t.low.as_str());
        let (Some(a_last), Some(b_first)) = (toks.get(a_end - 1), toks.get(b_start)) else {
            continue;
        };
        if text
            .get(a_last.end..b_first.start)
            .is_none_or(|gap| gap.contains('\n'))
        {
            continue;
        }
        let joined = if RANGE_DASHES.contains(&joiner) {
            first.granularity == last.granularity
        } else {
            RANGE_OPENERS
                .iter()
                .any(|&(open, joiners)| open == opener && joiners.contains(&joiner))
        };
        if joined && first.start <= last.start && first.end <= last.end && a.value != b.value {
            let range = Range {
                start: a.value.clone(),
                end: b.value.clone(),
            };
            out[i - 1].range = Some(range.clone());
            out[i].range = Some(range);
        }
    }
}

/// The [`Range`] of an expression whose start resolved to `start` and whose words name
/// `end` as the other end, resolved in the same frame as the start: an end with no year
/// takes the start's year, or the next one when its month comes earlier in the calendar
/// ("с ноября по февраль", "с 30 декабря по 2 января" cross a new year; "с 11 по 9 июня"
/// is no range); an end with a year of its own ("по 19 мая 2019 года")
/// resolves as written. `None` unless both ends are calendar dates (no `PXY`, no
/// `PRESENT_REF`, no clock time) and the range runs forward, as in English
/// ([`crate::timex::Timex::range`]).
fn range_end(start: &resolve::Resolved, end: &Sem, ctx: &Context) -> Option<Range> {
    let is_point = |v: &str| v.starts_with(|c: char| c.is_ascii_digit());
    if start.kind != TimexType::Date || !is_point(&start.value) {
        return None;
    }
    let first = interval::parse(&start.value)?;
    let date = |sem: &Sem| {
        let r = resolve::resolve(sem, ctx);
        (r.kind == TimexType::Date && is_point(&r.value)).then_some(r.value)
    };
    let value = match *end {
        Sem::Cal {
            year: None,
            month: Some(month),
            day,
        } => {
            let year = first.start.year() + i32::from(month < first.start.month());
            date(&cal(Some(year), Some(month), day))?
        }
        Sem::Cal { year: None, .. } => return None,
        ref written => date(written)?,
    };
    let last = interval::parse(&value)?;
    let forward = first.start <= last.start && first.end <= last.end && value != start.value;
    forward.then(|| Range {
        start: start.value.clone(),
        end: value,
    })
}

/// The words that end a state now, after its start ("с 2014 года по настоящее время"):
/// "по настоящее время", "до сих пор", "по сей день"… (a comma or "и" may come before).
const TO_PRESENT: &[&[&str]] = &[
    &["по", "настоящее", "время"],
    &["до", "настоящего", "времени"],
    &["по", "настоящий", "момент"],
    &["до", "настоящего", "момента"],
    &["до", "сих", "пор"],
    &["по", "сей", "день"],
    &["до", "сего", "дня"],
    &["по", "сегодняшний", "день"],
    &["до", "сегодняшнего", "дня"],
    &["по", "нынешний", "день"],
    &["по", "наши", "дни"],
    &["до", "наших", "дней"],
];

/// The index after the words of [`TO_PRESENT`] that start at token `j`, if they do. They
/// are no expression of their own ("по сей день" is the end of a state, or "still"), so
/// the scanner's "сей день" inside them is dropped.
fn to_present_at(toks: &[Tok], j: usize) -> Option<usize> {
    TO_PRESENT.iter().find_map(|words| {
        let matched = words.iter().enumerate().all(|(k, w)| {
            j.checked_add(k)
                .and_then(|i| toks.get(i))
                .is_some_and(|t| t.low == *w)
        });
        matched.then(|| j + words.len())
    })
}

/// Present-tense endings of the verbs that tell a state going on since a date ("действует
/// с 2014 года", "остаются", "находится", "функционирует", "возглавляет"), checked on a
/// word of six letters or more that [`tense`] does not list as a future or a noun
/// ("ведутся с 2010 года": talks going on since 2010, a state, as English "have been
/// held since 2010").
const PRESENT_ENDINGS: &[&str] = &[
    "ется", "ится", "ются", "ятся", "утся", "ует", "уют", "ает", "яет", "ают", "яют",
];

/// Words before "с" that make the date the start of a state: "впервые с 2014 года".
const FIRST_SINCE: &[&str] = &["впервые"];

/// Whether the date at tokens `start..end`, valued `value`, starts a state that lasts to
/// the present, as English "since 2014" does: opened by "с"/"со" and either followed by
/// words naming the present as its end ([`TO_PRESENT`]; the index after them is
/// returned) or, with the document date after it, told by a present-tense verb of its
/// clause ("санкции действуют с 2014 года", [`PRESENT_ENDINGS`]), a negated past ("не
/// проводились с 2014 года") or "впервые с". A past verb makes it a start of an event
/// ("работал с 2014 года", "с 1 января закон вступил в силу"), and a date after the
/// document's a scheduled start ("с 1 января вступает в силу"): `None`.
fn since(toks: &[Tok], start: usize, end: usize, value: &str, dct: Option<NaiveDate>) -> Option<usize> {
    let before = start.checked_sub(1).and_then(|i| toks.get(i))?;
    if !matches!(before.low.as_str(), "с" | "со") {
        return None;
    }
    let mut j = end;
    // "с 2014 года, и по сей день", "с декабря 2006г. по настоящее время"
    let abbreviated = toks.get(end - 1).is_some_and(|t| t.suffix == "г" || t.low == "г");
    while toks
        .get(j)
        .is_some_and(|t| t.low == "," || t.low == "и" || (t.low == "." && abbreviated && j == end))
    {
        j += 1;
    }
    if let Some(after) = to_present_at(toks, j) {
        return Some(after);
    }
    let past_start = interval::parse(value)
        .zip(dct)
        .is_some_and(|(iv, dct)| iv.end <= dct);
    if !past_start {
        return None;
    }
    let word_before = |i: usize| {
        i.checked_sub(1)
            .and_then(|k| toks.get(k))
            .map_or("", |t| t.low.as_str())
    };
    if FIRST_SINCE.contains(&word_before(start - 1)) {
        return Some(end);
    }
    // the verb of the clause nearest the date, each way up to a comma or the sentence's end
    let clause_end =
        |t: &Tok| t.kind == Kind::Punct && matches!(t.low.as_str(), "." | "!" | "?" | "\n" | "," | ";" | ":");
    let verb = |i: usize| {
        let w = toks[i].low.as_str();
        if toks[i].kind != Kind::Word {
            return None;
        }
        if tense::is_past_verb(w) {
            return Some(word_before(i) == "не");
        }
        let present = w.chars().count() >= 6
            && lexicon::tense_class(w).is_none()
            && PRESENT_ENDINGS.iter().any(|e| w.ends_with(e));
        present.then_some(true)
    };
    let left = (0..start - 1)
        .rev()
        .take_while(|&i| !clause_end(&toks[i]))
        .find_map(|i| verb(i).map(|v| (start - i, v)));
    let right = (end..toks.len())
        .take_while(|&i| !clause_end(&toks[i]))
        .find_map(|i| verb(i).map(|v| (i + 1 - end, v)));
    let nearest = match (left, right) {
        (Some(l), Some(r)) => Some(if l.0 <= r.0 { l.1 } else { r.1 }),
        (l, r) => l.or(r).map(|v| v.1),
    };
    nearest.filter(|&state| state).map(|_| end)
}

/// Byte to char offsets for increasing byte positions.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

/// Every expression in the tokens, left to right, longest match at each position.
fn scan(toks: &[Tok]) -> Vec<M> {
    let p = Parser { t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.expr(i) {
            Some(found) if found.end > i => {
                i = found.end;
                out.push(found);
            }
            _ => i += 1,
        }
    }
    out
}

/// The words that open a range of one expression, each with the words that join its ends:
/// "с 16 апреля по 19 мая", "от 2008 до 2012 года", "между 2014 и 2022 годами".
const RANGE_OPENERS: &[(&str, &[&str])] = &[
    ("с", &["по", "до"]),
    ("со", &["по", "до"]),
    ("от", &["по", "до"]),
    ("между", &["и"]),
];

/// The words that join the last two members of a list of days or months sharing a
/// month or year ("9 и 11 июля", "в июле или сентябре 2019 года").
const LIST_JOINERS: &[&str] = &["и", "или"];

/// The short month forms (`1 дек`, `5 сент.`): a full stop after one is part of it.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
];

/// Endings of the genitive a preposition "накануне" governs ("накануне визита, встречи,
/// переговоров"); a word after "накануне" without one is its clause's subject or verb
/// ("Накануне министр заявил"), and "накануне" is the adverb, the day before.
const GENITIVE_ENDINGS: &[&str] = &[
    "а", "я", "ы", "и", "ов", "ев", "ей", "ых", "их", "ого", "его", "ой",
];

/// The nouns after "в" in "в течение года" ("в течении" is a common misspelling): the
/// words open a duration.
const THROUGHOUT_AFTER_V: &[&str] = &["течение", "течении"];

/// The noun after "на" in "на протяжении года".
const THROUGHOUT_AFTER_NA: &[&str] = &["протяжении"];

/// "спустя": before a duration ("спустя год") or after it ("год спустя"), an offset from
/// the anchor.
const LATER_PREFIX: &str = "спустя";

/// "через": before a duration, an offset from the document date ("через два дня").
const IN_PREPOSITION: &str = "через";

/// The two-word "тому назад" after a duration ("год тому назад").
const AGO_FIRST: &[&str] = &["тому"];
const AGO_SECOND: &[&str] = &["назад"];

/// Unit forms that are a duration alone, in the accusative of time after "за" or "на"
/// ("за неделю", "на год").
const ACCUSATIVE_UNITS: &[&str] = &["неделю", "год", "месяц", "день", "сутки"];

/// Nouns before a count of years that make it an age ("в возрасте 52 лет").
const AGE_NOUNS: &[&str] = &["возрасте"];

/// Stems of a number's adjective suffix that name a unit of a duration ("72-часовой",
/// "10-дневный", "3-месячный", "15-минутный"); "-летний" is an age and not listed.
const ADJECTIVE_UNITS: &[(&str, Unit)] = &[
    ("часов", Unit::Hour),
    ("дневн", Unit::Day),
    ("месячн", Unit::Month),
    ("минутн", Unit::Minute),
];

/// A count and its unit as [`Parser::span`] reads them.
struct Span {
    count: Count,
    unit: Unit,
    /// The first token of the count (after "последние" when `recent`).
    from: usize,
    /// The token after the span.
    end: usize,
    /// Opened by "последние", "прошедшие": a duration up to the anchor.
    recent: bool,
    /// A unit alone, with no count ("год назад").
    bare_unit: bool,
}

/// One-word prepositions that stay outside a span.
const PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "до",
    "к",
    "ко",
    "от",
    "за",
    "через",
    "после",
    "перед",
    "около",
    "между",
    "из",
    "у",
    "о",
    "об",
    "при",
    "для",
];

struct Parser<'a> {
    t: &'a [Tok],
}

impl Parser<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low.as_str())
    }

    fn entries(&self, i: usize) -> &'static [Entry] {
        self.word(i).map_or(&[], lexicon::lookup)
    }

    fn class(&self, i: usize, class: &str) -> Option<&'static str> {
        self.entries(i).iter().find(|e| e.class == class).map(|e| e.value)
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && chars.contains(t.low.as_str()))
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// The preposition right before token `i`, if any.
    fn prep_before(&self, i: usize) -> Option<&str> {
        let w = self.word(i.checked_sub(1)?)?;
        PREPOSITIONS.contains(&w).then_some(w)
    }

    /// A dash between two numbers or words of a range.
    fn dash(&self, i: usize) -> bool {
        self.punct(i, "-–—")
    }

    // ---- pieces -------------------------------------------------------------------

    /// A year word ("году", "гг.") at `i`: the index after it (and its full stop).
    fn year_word(&self, i: usize) -> Option<usize> {
        let w = self.word(i)?;
        if w == "лет" || self.class(i, "unit") != Some("year") {
            return None;
        }
        if w == "г" || w == "гг" {
            return Some(i + 1);
        }
        Some(i + 1)
    }

    /// A four-digit year number at `i` with a year suffix or none (`2022-м`, `2009г`):
    /// (year, index after, whether a year word came with it).
    fn year_num(&self, i: usize) -> Option<(i32, usize, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.low.len() != 4 {
            return None;
        }
        let y: i32 = t.low.parse().ok()?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        match t.suffix.as_str() {
            "" | "м" | "го" | "й" | "е" => Some((y, i + 1, false)),
            "г" | "гг" => Some((y, i + 1, true)),
            _ => None,
        }
    }

    /// A year phrase: `2009 году`, `2009г.`, `2008–2009 годах`, `2022-м году`, or a bare
    /// year when `bare` allows it. (year, index after, the last year of a range of years:
    /// 2009 for `2008–2009` and `2008-09`).
    fn year_phrase(&self, i: usize, bare: bool) -> Option<(i32, usize, Option<i32>)> {
        let (y, mut end, mut worded) = self.year_num(i)?;
        let mut last = None;
        // a range of years: 2008–2009, 2008-09 (not decades: "1980-1990-х")
        if !worded && self.dash(end) {
            if let Some(t2) = self.tok(end + 1).filter(|t| t.kind == Kind::Num) {
                let second = t2.low.len() == 4 || t2.low.len() == 2;
                if second && matches!(t2.suffix.as_str(), "" | "г" | "гг" | "е" | "х") {
                    worded = matches!(t2.suffix.as_str(), "г" | "гг");
                    end += 2;
                    if matches!(t2.suffix.as_str(), "" | "г" | "гг") {
                        last = second_year(y, &t2.low);
                    }
                }
            }
        }
        if !worded {
            if let Some(after) = self.year_word(end) {
                return Some((y, after, last));
            }
            if !bare {
                return None;
            }
        }
        Some((y, end, last))
    }

    /// The year of a following genitive: `2009 года`, `2009`, `прошлого года`, `этого
    /// года`. (year reference, index after).
    fn year_ref_after(&self, i: usize) -> Option<(YearRef, usize)> {
        if let Some((y, end, _)) = self.year_phrase(i, true) {
            return Some((YearRef::Explicit(y), end));
        }
        let shift: i32 = self.class(i, "deictic")?.parse().ok()?;
        let w = self.word(i + 1)?;
        (w == "года" || w == "году").then_some((YearRef::Rel(shift), i + 2))
    }

    /// A day of the month at `i`: `1`, `1-го`, `01`.
    fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let d = t.num()?;
        let ok_suffix = matches!(t.suffix.as_str(), "" | "го" | "е" | "ое");
        (ok_suffix && t.low.len() <= 2 && (1..=31).contains(&d)).then_some(d)
    }

    fn month(&self, i: usize) -> Option<u32> {
        self.class(i, "month")?.parse().ok()
    }

    /// A month word that is no abbreviation (`декабря`, not `дек`).
    fn full_month(&self, i: usize) -> Option<u32> {
        let w = self.word(i)?;
        (!MONTH_ABBREVIATIONS.contains(&w)).then(|| self.month(i))?
    }

    /// A count at `i`: digits, `1,5`, number words (`двадцать пять`), `несколько`, with
    /// `с половиной`. (count, index after).
    fn count(&self, i: usize) -> Option<(Count, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if !t.suffix.is_empty() || t.low.len() > 4 {
                return None;
            }
            let mut n: f64 = t.low.parse().ok()?;
            let mut end = i + 1;
            if self.punct(end, ",") && !self.tok(end).is_some_and(|t| t.space_before) {
                if let Some(frac) = self
                    .tok(end + 1)
                    .filter(|t| t.kind == Kind::Num && !t.space_before)
                {
                    if let Ok(f) = format!("{}.{}", t.low, frac.low).parse::<f64>() {
                        n = f;
                        end += 2;
                    }
                }
            }
            return Some((Count::N(n), end));
        }
        let first = self.class(i, "num")?;
        if first == "vague" {
            return Some((Count::Vague, i + 1));
        }
        let mut n: f64 = first.parse().ok()?;
        let mut end = i + 1;
        while let Some(v) = self.class(end, "num").and_then(|v| v.parse::<f64>().ok()) {
            if v >= n || n < 20.0 {
                break;
            }
            n += v;
            end += 1;
        }
        if self.is_word(end, &["с"]) && self.word(end + 1).is_some_and(|w| w.starts_with("половин")) {
            n += 0.5;
            end += 2;
        }
        Some((Count::N(n), end))
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        let w = self.word(i)?;
        if w == "г" || w == "гг" {
            return None;
        }
        Some(match self.class(i, "unit")? {
            "year" => Unit::Year,
            "month" => Unit::Month,
            "week" => Unit::Week,
            "day" => Unit::Day,
            "hour" => Unit::Hour,
            "minute" => Unit::Minute,
            "second" => Unit::Second,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "weekend" => Unit::Weekend,
            _ => return None,
        })
    }

    // ---- expressions --------------------------------------------------------------

    /// The longest expression starting at `i`.
    fn expr(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct {
            return None;
        }
        let mut best = [
            self.day_range(i),
            self.hedged(i),
            self.position(i),
            self.fixed(i),
            self.clock(i),
            self.part_of_day(i),
            self.night(i),
            self.counted(i),
            self.date(i, true),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|found| found.end)?;
        self.extend_range(&mut best);
        Some(best)
    }

    /// "с 25 по 28 июля 2019 года", "с 5 по 12 сентября этого года": a bare day opening a
    /// range takes the month (and year) of its end.
    fn day_range(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if !self.is_word(i.checked_sub(1)?, &["с", "со"]) || !self.is_word(i + 1, &["по", "до"]) {
            return None;
        }
        let second = self.day_month(i + 2)?;
        // "с 5 по 12 сентября этого года": the end's month and year, day `d`
        let start = match second.sem {
            Sem::Cal { .. } | Sem::MonthOfRelYear { .. } => with_day(second.sem.clone(), d)?,
            _ => return None,
        };
        Some(M {
            range_end: Some(second.range_end.unwrap_or(second.sem)),
            ..m(i, second.end, start, "range")?
        })
    }

    /// A range opened by a word of [`RANGE_OPENERS`] before the expression: "с 16 апреля по
    /// 19 мая 2019 года", "с 2003 по 2005 годы", "с 10 по 21 апреля", "между 2014 и 2022
    /// годами": one span, the start's value,
    /// completed with the end's month and year (the year before the end's when the
    /// start's month comes later in the calendar: "с ноября 2019 по февраль 2020 года" is
    /// written "с ноября по февраль 2020 года"); the end is kept as the range's other end.
    fn extend_range(&self, found: &mut M) {
        let opener = self.word(found.start.wrapping_sub(1)).unwrap_or("");
        let joined = RANGE_OPENERS
            .iter()
            .any(|&(open, joiners)| open == opener && self.is_word(found.end, joiners));
        if !joined {
            return;
        }
        let Some(second) = self.date(found.end + 1, true) else {
            return;
        };
        if let (
            Sem::Cal { year, month, day },
            Sem::Cal {
                year: y2, month: m2, ..
            },
        ) = (&mut found.sem, &second.sem)
        {
            if month.is_none() && day.is_some() {
                *month = *m2;
            }
            if year.is_none() {
                let crosses = matches!((*month, *m2), (Some(a), Some(b)) if a > b);
                *year = y2.map(|y| if crosses { y - 1 } else { y });
            }
        } else if !matches!(second.sem, Sem::Cal { .. }) {
            return;
        }
        found.end = second.end;
        found.pattern = "range";
        found.range_end = Some(second.range_end.unwrap_or(second.sem));
    }

    /// A count expression with a hedge before it: "около 10 лет", "более трех лет", "не
    /// более трех лет", "почти полвека".
    fn hedged(&self, i: usize) -> Option<M> {
        let (modifier, from) = if self.is_word(i, &["не"]) {
            (self.class(i + 1, "approx")?, i + 2)
        } else {
            (self.class(i, "approx")?, i + 1)
        };
        let from = if self.is_word(from, &["через", "спустя"]) {
            from + 1
        } else {
            from
        };
        let mut inner = self.counted(from).or_else(|| self.fixed(from))?;
        if !matches!(
            inner.sem,
            Sem::Duration { .. } | Sem::Offset { .. } | Sem::Fixed(_, Fixed::Duration)
        ) {
            return None;
        }
        let modifier = match (self.is_word(i, &["не"]), modifier) {
            (true, "MORE_THAN") => "EQUAL_OR_LESS",
            (true, "LESS_THAN") => "EQUAL_OR_MORE",
            (_, m) => m,
        };
        inner.start = i;
        inner.modifier = Some(modifier);
        Some(inner)
    }

    /// "в начале 2009 года", "в конце марта", "к концу года", "в середине 1990-х": the
    /// inner date with `mod` START/END/MID; "в первой половине 2009 года" is a half.
    fn position(&self, i: usize) -> Option<M> {
        let modifier = self.class(i, "position")?;
        let from = i + 1;
        let inner = self
            .date(from, true)
            .or_else(|| {
                // "в конце года", "в начале месяца": the DCT's unit
                let unit = self.unit(from)?;
                matches!(unit, Unit::Year | Unit::Month | Unit::Week)
                    .then(|| m(from, from + 1, Sem::UnitShift { unit, shift: 0 }, "unit"))?
            })
            .filter(|inner| inner.start == from)?;
        Some(M {
            start: i,
            modifier: Some(modifier),
            pattern: "position",
            ..inner
        })
    }

    /// Phrases with a fixed value: "в настоящее время", "на сегодняшний день", "в
    /// ближайшее время", "в последние годы", "полгода".
    fn fixed(&self, i: usize) -> Option<M> {
        let w = self.word(i)?;
        // "ежегодно", "ежедневный": a set
        if let Some(v) = self.class(i, "set") {
            return m(i, i + 1, Sem::Set(v.to_string()), "set");
        }
        if let Some(v) = self.class(i, "fixed_dur") {
            let v: &'static str = v;
            return m(i, i + 1, Sem::Fixed(v, Fixed::Duration), "fixed-duration");
        }
        let next = self.word(i + 1).unwrap_or("");
        let (value, end): (&'static str, usize) = match (w, next) {
            ("настоящий", "момент") | ("сегодняшний", "день") => {
                ("PRESENT_REF", i + 2)
            }
            ("ближайшее", "время") => ("FUTURE_REF", i + 2),
            ("днях", _) if self.is_word(i.wrapping_sub(1), &["на"]) => {
                return m(i - 1, i + 1, Sem::Fixed("PAST_REF", Fixed::Date), "fixed");
            }
            _ => {
                // "в последние годы", "в ближайшие дни": a vague stretch ending or
                // starting now
                let dir: i32 = self.class(i, "recent")?.parse().ok()?;
                let unit = self.unit(i + 1)?;
                if self.count(i + 1).is_some() {
                    return None;
                }
                let plural = matches!(next, "годы" | "лет" | "дни" | "недели" | "месяцы" | "десятилетия");
                if !plural {
                    return None;
                }
                let value = if dir < 0 {
                    return m(
                        i,
                        i + 2,
                        Sem::Duration {
                            count: Count::Vague,
                            unit,
                        },
                        "recent",
                    );
                } else {
                    "FUTURE_REF"
                };
                (value, i + 2)
            }
        };
        m(i, end, Sem::Fixed(value, Fixed::Date), "fixed")
    }

    /// "16:24", "в 10 часов утра", "в три часа ночи", "около 23:00 мск в среду, 2 ноября
    /// 2016 года".
    fn clock(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let (hour, minute, mut end) = if t.kind == Kind::Num && t.suffix.is_empty() && t.low.len() <= 2 {
            let h = t.num()?;
            if self.punct(i + 1, ":.")
                && self
                    .tok(i + 2)
                    .is_some_and(|m| m.kind == Kind::Num && m.low.len() == 2)
            {
                if self.punct(i + 1, ".")
                    && (self.month_like_after(i + 2) || !self.is_word(i.wrapping_sub(1), &["в", "около"]))
                {
                    return None;
                }
                let min = self.tok(i + 2)?.num()?;
                (h, min, i + 3)
            } else if self.class(i + 1, "unit") == Some("hour") && self.class(i + 2, "part").is_some() {
                (h, 0, i + 2)
            } else {
                return None;
            }
        } else {
            let (Count::N(n), after) = self.count(i)? else {
                return None;
            };
            if self.class(after, "unit") != Some("hour") || self.class(after + 1, "part").is_none() {
                return None;
            }
            (n as u32, 0, after + 1)
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut hour = hour;
        if let Some(part) = self.class(end, "part") {
            if matches!(part, "EV" | "AF") && hour < 12 {
                hour += 12;
            }
            end += 1;
        }
        if self.is_word(end, &["мск"]) {
            end += 1;
        } else if self.is_word(end, &["по"]) && self.word(end + 2).is_some_and(|w| w == "времени") {
            end += 3;
        }
        let mut day = None;
        if self.punct(end, ",") || self.is_word(end, &["в", "во"]) {
            let from = if self.punct(end, ",") && self.is_word(end + 1, &["в", "во"]) {
                end + 2
            } else {
                end + 1
            };
            if let Some(d) = self.date(from, false).filter(|d| is_day(&d.sem)) {
                end = d.end;
                day = Some(Box::new(d.sem));
            }
        } else if let Some(d) = self.date(end, false).filter(|d| is_day(&d.sem)) {
            end = d.end;
            day = Some(Box::new(d.sem));
        }
        m(i, end, Sem::Clock { day, hour, minute }, "clock")
    }

    /// A part of the day as an adverb ("утром", "вечером", "ночью", "днем") at `i`.
    fn part_adverb(&self, i: usize) -> Option<&'static str> {
        let w = self.word(i)?;
        let adverb = w.ends_with("ом") || w.ends_with("ью") || w.ends_with("ем");
        self.class(i, "part").filter(|_| adverb)
    }

    fn month_like_after(&self, i: usize) -> bool {
        self.punct(i + 1, ".") && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num)
    }

    /// "утром", "вечером 3 декабря", "утром в понедельник", "днем в понедельник, 9
    /// апреля 2018 года".
    fn part_of_day(&self, i: usize) -> Option<M> {
        let part = self.class(i, "part")?;
        let w = self.word(i)?;
        // the instrumental adverb: утром, вечером, ночью, днем
        if !w.ends_with("ом") && !w.ends_with("ью") && !w.ends_with("ем") {
            return None;
        }
        let after = if self.is_word(i + 1, &["в", "во"]) {
            i + 2
        } else {
            i + 1
        };
        if let Some(d) = self.date(after, after == i + 2).filter(|d| is_day(&d.sem)) {
            return m(
                i,
                d.end,
                Sem::PartOfDay {
                    day: Box::new(d.sem),
                    part,
                },
                "part-of-day",
            );
        }
        if part == "AF" {
            return None; // "днем" alone is mostly "с Днем ..." or a noun
        }
        m(
            i,
            i + 1,
            Sem::PartOfDay {
                day: Box::new(Sem::DayOffset(0)),
                part,
            },
            "part-of-day",
        )
    }

    /// "в ночь на 19 декабря", "в ночь с 9 на 10 июня 2018": the night before the day.
    fn night(&self, i: usize) -> Option<M> {
        if !self.is_word(i, &["ночь"]) {
            return None;
        }
        let mut j = i + 1;
        if self.is_word(j, &["с", "со"]) {
            self.day_num(j + 1).or_else(|| self.weekday(j + 1).map(|_| 0))?;
            j += 2;
        }
        if !self.is_word(j, &["на"]) {
            return None;
        }
        let d = self.date(j + 1, true).filter(|d| is_day(&d.sem))?;
        let day = match d.sem {
            Sem::Cal {
                year,
                month,
                day: Some(day),
            } if day > 1 => Sem::Cal {
                year,
                month,
                day: Some(day - 1),
            },
            other => other,
        };
        m(
            i,
            d.end,
            Sem::PartOfDay {
                day: Box::new(day),
                part: "NI",
            },
            "night",
        )
    }

    /// Counted units: durations ("два года", "35 лет", "в течение 12 часов", "последние 200
    /// лет"), offsets ("три года назад", "через два дня", "год спустя"), and the
    /// adjectives "23-летний", "72-часовой". Each shape has its own reader below; this
    /// one picks the reader by the first word.
    fn counted(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        if (t.low == "в" && self.is_word(i + 1, THROUGHOUT_AFTER_V))
            || (t.low == "на" && self.is_word(i + 1, THROUGHOUT_AFTER_NA))
        {
            return self.throughout(i);
        }
        if t.low == LATER_PREFIX {
            return self.later_prefix(i);
        }
        if self.class(i, "each").is_some() {
            return self.each(i);
        }
        if t.kind == Kind::Num && !t.suffix.is_empty() {
            return self.duration_adjective(i);
        }
        let span = self.span(i)?;
        if let Some(offset) = self.offset(i, &span) {
            return offset;
        }
        if !self.is_duration(i, &span) {
            return None;
        }
        m(
            i,
            span.end,
            Sem::Duration {
                count: span.count,
                unit: span.unit,
            },
            if span.recent {
                "recent-duration"
            } else {
                "duration"
            },
        )
    }

    /// "в течение 12 часов", "на протяжении года": the words are part of the duration (or
    /// of the date or hedge) that follows them.
    fn throughout(&self, i: usize) -> Option<M> {
        let inner = self
            .hedged(i + 2)
            .or_else(|| self.counted(i + 2))
            .or_else(|| self.date(i + 2, true))
            .or_else(|| {
                let unit = self.unit(i + 2)?;
                m(
                    i + 2,
                    i + 3,
                    Sem::Duration {
                        count: Count::N(1.0),
                        unit,
                    },
                    "duration",
                )
            })?;
        Some(M { start: i, ..inner })
    }

    /// "спустя два года": the duration after "спустя" is an offset from the anchor.
    fn later_prefix(&self, i: usize) -> Option<M> {
        let inner = self.counted(i + 1)?;
        let Sem::Duration { count, unit } = inner.sem else {
            return None;
        };
        let sem = Sem::Offset {
            count,
            unit,
            sign: 1,
            from_anchor: true,
        };
        m(i, inner.end, sem, "later")
    }

    /// "каждые три года", "каждый день": a set.
    fn each(&self, i: usize) -> Option<M> {
        let (count, after) = self.count(i + 1).unwrap_or((Count::N(1.0), i + 1));
        let unit = self.unit(after)?;
        let n = match count {
            Count::N(n) => n,
            Count::Vague => return None,
        };
        let value = crate::time::point::duration(Some(n), unit);
        m(i, after + 1, Sem::Set(value), "each")
    }

    /// "72-часовой", "10-дневный": hours, days, months and minutes are durations; any
    /// other suffix ("-летний" is an age, "55-летний") is not.
    fn duration_adjective(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let unit = ADJECTIVE_UNITS
            .iter()
            .find(|(stem, _)| t.suffix.starts_with(stem))
            .map(|&(_, unit)| unit)?;
        let n: f64 = t.low.parse().ok()?;
        m(
            i,
            i + 1,
            Sem::Duration {
                count: Count::N(n),
                unit,
            },
            "duration-adjective",
        )
    }

    /// The count and unit at `i`: "два года", "последние 200 лет", "год" alone, and a
    /// second, smaller unit after the first ("1 год 9 месяцев", "12 минут 41 секунду").
    /// Quarters and halves are left to [`Self::quarter`].
    fn span(&self, i: usize) -> Option<Span> {
        let recent = self.class(i, "recent") == Some("-1");
        let from = if recent { i + 1 } else { i };
        let counted = self.count(from);
        let (count, after, unit) = match counted {
            Some((count, after)) => (count, after, self.unit(after)?),
            // a unit alone: "год назад", "неделю назад", "через год"
            None => (Count::N(1.0), from + 1, self.unit(from)?),
        };
        let mut end = after + if counted.is_some() { 1 } else { 0 };
        if matches!(unit, Unit::Quarter | Unit::Half) {
            return None;
        }
        if let Some((_, a2)) = self.count(end) {
            if self.unit(a2).is_some_and(|u2| u2 < unit) {
                end = a2 + 1;
            }
        }
        Some(Span {
            count,
            unit,
            from,
            end,
            recent,
            bare_unit: counted.is_none(),
        })
    }

    /// An offset made of the span at `i`: "три года назад", "год тому назад", "двумя днями
    /// позже", "через два дня", "два года спустя". `None` when no offset word is there;
    /// `Some(None)` when one is but the reading fails.
    fn offset(&self, i: usize, span: &Span) -> Option<Option<M>> {
        let end = span.end;
        let offset = |end: usize, sign: i32, from_anchor: bool, pattern: &'static str| {
            m(
                i,
                end,
                Sem::Offset {
                    count: span.count,
                    unit: span.unit,
                    sign,
                    from_anchor,
                },
                pattern,
            )
        };
        if self.class(end, "ago").is_some() {
            return Some(offset(end + 1, -1, false, "ago"));
        }
        if self.is_word(end, AGO_FIRST) && self.is_word(end + 1, AGO_SECOND) {
            return Some(offset(end + 2, -1, false, "ago"));
        }
        if let Some(sign) = self.class(end, "later").or_else(|| self.class(end, "earlier")) {
            let sign: Option<i32> = sign.parse().ok();
            return Some(sign.and_then(|sign| offset(end + 1, sign, true, "later")));
        }
        let prep = self.prep_before(i);
        if prep == Some(IN_PREPOSITION) || self.is_word(i.wrapping_sub(1), &[LATER_PREFIX]) {
            let from_anchor = prep != Some(IN_PREPOSITION);
            return Some(offset(end, 1, from_anchor, "in"));
        }
        None
    }

    /// Whether the span at `i`, with no offset word, reads as a duration: a unit alone only
    /// in the accusative of time after "за" or "на" ("за неделю", "на год"); not an age
    /// ("в 13 лет", "в возрасте 52 лет", "Иванов, 52 года,": a count of years from 14 up
    /// in digits with no preposition that makes it a stretch of time); not "один день",
    /// mostly a title or a phrase ("в один день").
    fn is_duration(&self, i: usize, span: &Span) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let prep = self.prep_before(i);
        if span.bare_unit && !span.recent {
            let Some(w) = self.word(span.from) else {
                return false;
            };
            let accusative = ACCUSATIVE_UNITS.contains(&w);
            if !(accusative && matches!(prep, Some("за" | "на"))) {
                return false;
            }
        }
        if span.unit == Unit::Year
            && !span.recent
            && (prep == Some("в") || self.is_word(i.wrapping_sub(1), AGE_NOUNS))
        {
            return false;
        }
        let digits_age = matches!(span.count, Count::N(n) if n >= 14.0) && t.kind == Kind::Num;
        if span.unit == Unit::Year
            && !span.recent
            && digits_age
            && prep.is_none()
            && self.class(i.wrapping_sub(1), "approx").is_none()
        {
            return false;
        }
        !(t.low == "один" && prep.is_none())
    }

    /// A date expression at `i` (no preposition): calendar dates, months, years, decades,
    /// centuries, weekdays, relative units, day words, seasons, quarters. `bare_year`
    /// lets a lone four-digit number be a year.
    fn date(&self, i: usize, bare_year: bool) -> Option<M> {
        [
            self.numeric_date(i),
            self.day_month(i),
            self.month_phrase(i),
            self.year_alone(i, bare_year),
            self.decade(i),
            self.century(i),
            self.weekday(i),
            self.deictic(i),
            self.day_word(i),
            self.season(i, None),
            self.quarter(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|f| f.end)
    }

    /// "01.12.2009".
    fn numeric_date(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if !(self.punct(i + 1, ".") && self.punct(i + 3, ".")) {
            return None;
        }
        let mo = self
            .tok(i + 2)
            .filter(|t| t.low.len() == 2 && t.suffix.is_empty())?
            .num()?;
        let (y, end, _) = self.year_num(i + 4)?;
        if !(1..=12).contains(&mo) {
            return None;
        }
        m(i, end, cal(Some(y), Some(mo), Some(d)), "numeric-date")
    }

    /// "1 декабря", "1-го декабря 2009 года", "1 дек", "1-2 сентября", "3 декабря прошлого
    /// года", "19 июля, в четверг", "19 июля в 10:30".
    fn day_month(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if let Some(listed) = self.listed_day(i, d) {
            return Some(listed);
        }
        let mut j = i + 1;
        // "1-2 сентября", "1 и 2 декабря": the range's first day, and its last
        let dash = self.dash(j);
        let joined = dash || (self.is_word(j, &["и"]) && self.month(j + 2).is_some());
        let second_day = self.day_num(j + 1).filter(|_| joined);
        if second_day.is_some() {
            j += 2;
        }
        // "и" lists two days: a range when they are one stretch ("1 и 2 декабря") or
        // bounds ("между 9 и 11 июля"), not "9 и 11 июля"
        let between = self.is_word(i.wrapping_sub(1), &["между"]);
        let last_day = second_day.filter(|&d2| dash || between || d2 == d + 1);
        let month = self.month(j)?;
        let mut end = j + 1;
        if self.punct(end, ".") && self.word(j).is_some_and(|w| MONTH_ABBREVIATIONS.contains(&w)) {
            end += 1;
        }
        let mut year = None;
        let mut rel = None;
        match self.year_ref_after(end) {
            Some((YearRef::Explicit(y), after)) => {
                year = Some(y);
                end = after;
            }
            Some((YearRef::Rel(shift), after)) => {
                rel = Some(shift);
                end = after;
            }
            _ => {}
        }
        // ", в четверг" / "(среда)" after the date: part of it
        if self.punct(end, ",") && self.is_word(end + 1, &["в", "во"]) && self.weekday(end + 2).is_some() {
            end += 3;
        }
        // "19 октября утром"
        let part = self.part_adverb(end);
        if part.is_some() {
            end += 1;
        }
        let on = |d: u32| match rel {
            Some(year_shift) => Sem::MonthOfRelYear {
                month,
                day: Some(d),
                year_shift,
            },
            None => cal(year, Some(month), Some(d)),
        };
        let sem = match part {
            Some(part) => Sem::PartOfDay {
                day: Box::new(on(d)),
                part,
            },
            None => on(d),
        };
        Some(M {
            range_end: last_day.map(on),
            ..m(i, end, sem, "day-month")?
        })
    }

    /// A day `d` at `i` listed before others that share their month: "9" in "9 и 11
    /// июля", "9" and "10" in "9, 10 и 11 июля", "3" in "3 или 4 марта 2020 года". Each
    /// listed day is its own expression (TIMEX3 gives one value to one expression, and a
    /// timeline dates each day), taking the month and year the last day is written with;
    /// the last one is read as usual. Two days in a row ("1 и 2 декабря") and bounds
    /// ("между 9 и 11 июля") are a stretch, one expression with a range: `None`.
    fn listed_day(&self, i: usize, d: u32) -> Option<M> {
        let mut days = vec![d];
        let mut j = i + 1;
        while self.punct(j, ",") && self.day_num(j + 1).is_some() {
            days.extend(self.day_num(j + 1));
            j += 2;
        }
        if !self.is_word(j, LIST_JOINERS) {
            return None;
        }
        days.push(self.day_num(j + 1)?);
        let last = j + 1;
        let listed_before = self.punct(i.wrapping_sub(1), ",") && self.day_num(i.wrapping_sub(2)).is_some();
        let stretch = match days[..] {
            [d1, d2] => {
                self.is_word(j, &["и"]) && (d2 == d1 + 1 || self.is_word(i.wrapping_sub(1), &["между"]))
            }
            _ => false,
        };
        if stretch && !listed_before {
            return None;
        }
        let tail = self.day_month(last).filter(|t| t.start == last)?;
        m(i, i + 1, with_day(tail.sem, d)?, "day-list")
    }

    /// "в декабре", "декабрь 2009 года", "в ноябре-декабре", "в сентябре прошлого года",
    /// "в апреле 2014-го". A month alone needs a preposition or a position word before it,
    /// or a later month of its list to take the year from ("в июле, августе и октябре
    /// 2019 года": each month is one expression in 2019).
    ///
    /// A range of months ("в ноябре-декабре", and two months in a row joined by "и", "в
    /// июле и августе 2019 года", as "1 и 2 декабря" is a stretch of days) is one
    /// expression. The year written after it is the last month's, the genitive going with
    /// the noun nearest it, so a range across a new year starts the year before: "в
    /// декабре-январе 2019 года" = `2018-12` with range `2018-12/2019-01`, as "с ноября по
    /// февраль 2020 года" = `2019-11/2020-02` ([`Self::extend_range`]). NEREL has no such
    /// range with a year to check it against; the reading is the one that keeps the
    /// written year inside the range.
    fn month_phrase(&self, i: usize) -> Option<M> {
        let month = self.full_month(i)?;
        let mut end = i + 1;
        // "в ноябре-декабре", "в июле и августе": the range's first month, and its last
        let last = match self.full_month(end + 1) {
            Some(last) if self.dash(end) => Some(last),
            Some(last)
                if self.is_word(end, &["и"]) && last == month % 12 + 1 && !self.listed_month_before(i) =>
            {
                Some(last)
            }
            _ => None,
        };
        if last.is_some() {
            end += 2;
        }
        // the year before the written one for the first month of a range that crosses it
        let back = i32::from(last.is_some_and(|last| last < month));
        let mut pattern = None;
        let year_ref = self.year_ref_after(end).or_else(|| {
            // a listed month takes its list's year, and its span stays its own
            let year = self.listed_month_year(end).filter(|_| last.is_none())?;
            pattern = Some("month-list");
            Some((year, end))
        });
        let found = match year_ref {
            Some((YearRef::Explicit(y), after)) => {
                m(i, after, cal(Some(y - back), Some(month), None), "month-year")
            }
            Some((YearRef::Rel(year_shift), after)) => m(
                i,
                after,
                Sem::MonthOfRelYear {
                    month,
                    day: None,
                    year_shift: year_shift - back,
                },
                "month-rel-year",
            ),
            _ => {
                let before = i.checked_sub(1).and_then(|b| self.word(b)).unwrap_or("");
                let governed = PREPOSITIONS.contains(&before)
                    || i.checked_sub(1).and_then(|b| self.class(b, "position")).is_some();
                let capital_name =
                    self.tok(i).is_some_and(|t| t.upper) && !self.punct(i.wrapping_sub(1), ".");
                if i == 0 || !governed || (capital_name && before.is_empty()) {
                    return None;
                }
                m(i, end, cal(None, Some(month), None), "month")
            }
        }?;
        let found = M {
            pattern: pattern.unwrap_or(found.pattern),
            ..found
        };
        // the last month in the written year (or relative year), or as the story places it
        let range_end = last.map(|last| match found.sem {
            Sem::MonthOfRelYear { year_shift, .. } => Sem::MonthOfRelYear {
                month: last,
                day: None,
                year_shift: year_shift + back,
            },
            Sem::Cal { year, .. } => cal(year.map(|y| y + back), Some(last), None),
            _ => cal(None, Some(last), None),
        });
        Some(M { range_end, ..found })
    }

    /// Whether the month at `i` follows another of its list ("августе" in "в июле, августе
    /// и октябре").
    fn listed_month_before(&self, i: usize) -> bool {
        self.punct(i.wrapping_sub(1), ",") && self.full_month(i.wrapping_sub(2)).is_some()
    }

    /// The year of the list of months that goes on at `j`, after one of its months: ",
    /// августе и октябре 2019 года" gives 2019. `None` when the last month has no year
    /// of its own.
    fn listed_month_year(&self, mut j: usize) -> Option<YearRef> {
        while self.punct(j, ",") && self.full_month(j + 1).is_some() {
            j += 2;
        }
        if !self.is_word(j, LIST_JOINERS) {
            return None;
        }
        let tail = self.month_phrase(j + 1).filter(|t| t.start == j + 1)?;
        match tail.sem {
            Sem::Cal { year: Some(y), .. } => Some(YearRef::Explicit(y)),
            Sem::MonthOfRelYear { year_shift, .. } => Some(YearRef::Rel(year_shift)),
            _ => None,
        }
    }

    /// "2009 году", "2009г.", "2008–2009 годах"; a bare year after a preposition when
    /// `bare` ("в 2009", "с 2003 по 2005 годы").
    fn year_alone(&self, i: usize, bare: bool) -> Option<M> {
        let years = |first: M, last: Option<i32>| M {
            range_end: last.map(|y| cal(Some(y), None, None)),
            ..first
        };
        if let Some((y, end, last)) = self.year_phrase(i, false) {
            // "1958 года рождения": the year of birth
            let end = if self.is_word(end, &["рождения"]) {
                end + 1
            } else {
                end
            };
            return Some(years(m(i, end, cal(Some(y), None, None), "year")?, last));
        }
        if !bare {
            return None;
        }
        let (y, end, last) = self.year_phrase(i, true)?;
        // a year after a preposition, or after another year of its list ("2009" in "в
        // 2008, 2009 и 2010 годах")
        let listed_before = self.punct(i.wrapping_sub(1), ",") && self.year_num(i.wrapping_sub(2)).is_some();
        let prep = listed_before
            || self
                .prep_before(i)
                .is_some_and(|p| matches!(p, "в" | "во" | "с" | "со" | "до" | "к" | "по" | "после" | "от"));
        let range_start = self.is_word(end, &["по", "до"]) && self.year_phrase(end + 1, true).is_some();
        // "между 2014 и 2022 годами": only with the year word after the second
        let between = self.prep_before(i) == Some("между")
            && self.is_word(end, &["и"])
            && self.year_phrase(end + 1, false).is_some();
        let next_ok = match self.tok(end) {
            None => true,
            Some(t) if t.kind == Kind::Punct => !matches!(t.low.as_str(), "%" | "-" | "$"),
            Some(t) if t.kind == Kind::Word => {
                matches!(
                    t.low.as_str(),
                    "и" | "а" | "но" | "в" | "на" | "он" | "она" | "они" | "по" | "до"
                ) || tense::is_past_verb(&t.low)
                    || t.upper
            }
            _ => false,
        };
        if !((prep && (next_ok || range_start)) || between) || !(1900..=2050).contains(&y) {
            return None;
        }
        // "в 2009 и 2010 годах": two years in a row are a stretch, as two days are ("1 и 2
        // декабря"); other listed years are one expression each ("в 2009 и 2012 годах")
        if let Some((y2, after, None)) = self
            .year_phrase(end + 1, false)
            .filter(|&(y2, _, _)| prep && !listed_before && y2 == y + 1 && self.is_word(end, &["и"]))
        {
            return Some(years(
                m(i, after, cal(Some(y), None, None), "year-pair")?,
                Some(y2),
            ));
        }
        Some(years(m(i, end, cal(Some(y), None, None), "year-bare")?, last))
    }

    /// "90-х годов", "1990-е", "в 90-е годы": the decade.
    fn decade(&self, i: usize) -> Option<M> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        if !matches!(t.suffix.as_str(), "х" | "е" | "ые" | "ых" | "ми" | "м") {
            return None;
        }
        let n: i32 = t.low.parse().ok()?;
        if n % 10 != 0 {
            return None;
        }
        let decade = match t.low.len() {
            4 if (1000..=2100).contains(&n) => n / 10,
            2 if n >= 20 => 190 + n / 10,
            2 => 200 + n / 10,
            _ => return None,
        };
        if t.suffix == "м" && t.low.len() == 4 {
            return None; // "2020-м году" is a year
        }
        let end = self.year_word(i + 1).unwrap_or(i + 1);
        if end == i + 1
            && t.low.len() == 2
            && t.suffix == "е"
            && !self.is_word(i.wrapping_sub(1), &["в", "во"])
        {
            return None;
        }
        m(i, end, Sem::Decade(decade), "decade")
    }

    /// "XX века", "XXI веке", "20 века", "в XIX в.".
    fn century(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let n = match t.kind {
            Kind::Num if t.suffix.is_empty() || t.suffix == "го" => {
                t.num().filter(|n| (1..=21).contains(n))?
            }
            Kind::Word => roman(&t.low)?,
            Kind::Num | Kind::Punct => return None,
        };
        let w = self.word(i + 1)?;
        let end = if self.class(i + 1, "unit") == Some("century") && w.starts_with("век") {
            i + 2
        } else if w == "в" && self.punct(i + 2, ".") {
            i + 3
        } else {
            return None;
        };
        m(i, end, Sem::Century(n as i32 - 1), "century")
    }

    /// A weekday in the case its preposition governs: "в среду", "до пятницы", "к
    /// субботе", "в прошлую пятницу", "по средам" (a set), "во вторник, 3 марта 2015
    /// года", "в субботу утром".
    fn weekday(&self, i: usize) -> Option<M> {
        let (shift, at) = match self.class(i, "deictic").and_then(|v| v.parse::<i32>().ok()) {
            Some(s) => (Some(s), i + 1),
            None => (None, i),
        };
        let v = self.class(at, "weekday")?;
        let (day, case) = v.split_once(':')?;
        let weekday: u32 = day.parse().ok()?;
        let prep = self.prep_before(i);
        let case_ok = match prep {
            Some("в" | "во" | "на" | "за" | "через") => case == "acc",
            Some("до" | "с" | "со" | "после" | "от" | "около" | "из") => case == "gen",
            Some("к" | "ко") => case == "dat",
            Some("по") => case == "pl" || case == "dat" || case == "acc",
            Some("между") => case == "ins",
            _ => false,
        };
        let unambiguous = matches!(weekday, 1 | 2 | 4 | 7) && case != "pl";
        let dated = self.punct(at + 1, ",") && self.day_month(at + 2).is_some();
        if !(case_ok || (shift.is_some() && case != "pl") || dated || (prep.is_none() && unambiguous)) {
            return None;
        }
        if prep == Some("по") && case == "pl" {
            return m(i, at + 1, Sem::Set(format!("XXXX-WXX-{weekday}")), "weekday-set");
        }
        let mut end = at + 1;
        let mut sem = Sem::Weekday {
            weekday,
            shift: shift.filter(|s| *s != 0).unwrap_or(0),
            this: shift == Some(0),
        };
        // "в субботу утром", "в субботу утром, 9 марта 2019 года"
        let mut part = None;
        if let Some(p) = self.part_adverb(end) {
            part = Some(p);
            end += 1;
        }
        if self.punct(end, ",") {
            if let Some(d) = self.day_month(end + 1) {
                sem = d.sem;
                end = d.end;
            }
        }
        if let Some(part) = part {
            sem = Sem::PartOfDay {
                day: Box::new(sem),
                part,
            };
        }
        m(i, end, sem, "weekday")
    }

    /// A deictic adjective with a unit, season, month or weekday: "прошлом году", "на этой
    /// неделе" → "этой неделе", "следующем месяце", "в следующем мае", "тот же день", "на
    /// следующий день" (the day after the narrative's).
    fn deictic(&self, i: usize) -> Option<M> {
        if self.class(i, "same").is_some() {
            let mut j = i + 1;
            if self.class(j, "same_emph").is_some() {
                j += 1;
            }
            if self.class(j, "same_emph").is_some() {
                j += 1;
            }
            let unit = self.unit(j)?;
            if j == i + 1 && !self.is_word(i.wrapping_sub(1), &["в", "во", "на", "с", "со", "к", "до"])
            {
                return None;
            }
            return m(i, j + 1, Sem::Anaphor { unit, shift: 0 }, "same-unit");
        }
        let shift: i32 = self.class(i, "deictic")?.parse().ok()?;
        let mut j = i + 1;
        if self.class(j, "same_emph").is_some() {
            j += 1; // "этом же году"
        }
        if let Some(unit) = self.unit(j) {
            let w = self.word(j).unwrap_or("");
            if matches!(w, "лет" | "годы" | "годов" | "годах" | "дни" | "дней") {
                return None;
            }
            let next_word = self.word(i).is_some_and(|w| w.starts_with("следующ"));
            let sem = if unit == Unit::Day && next_word {
                Sem::Anaphor { unit, shift: 1 }
            } else if unit == Unit::Day {
                if shift == 0 {
                    Sem::DayOffset(0)
                } else {
                    return None;
                }
            } else {
                Sem::UnitShift { unit, shift }
            };
            return m(i, j + 1, sem, "deictic-unit");
        }
        if let Some(month) = self.full_month(j) {
            return m(i, j + 1, Sem::MonthShift { month, shift }, "deictic-month");
        }
        if self.class(j, "season").is_some() {
            return self.season(j, Some((i, shift)));
        }
        None
    }

    /// "сегодня", "вчера вечером", "вчера, 9 мая 2019 года", "с сегодняшнего дня",
    /// "накануне" on its own.
    fn day_word(&self, i: usize) -> Option<M> {
        let w = self.word(i)?;
        if w == "накануне" {
            // "накануне выборов" is a preposition; alone it is the day before
            let next = self.tok(i + 1);
            let genitive_like = |w: &str| GENITIVE_ENDINGS.iter().any(|e| w.ends_with(e));
            let alone = next.is_none_or(|t| {
                t.kind == Kind::Punct || tense::is_past_verb(&t.low) || t.upper || !genitive_like(&t.low)
            }) || self.class(i + 1, "part").is_some()
                || self.tok(i + 2).is_some_and(|t| tense::is_past_verb(&t.low));
            return alone.then(|| m(i, i + 1, Sem::DayOffset(-1), "day-word"))?;
        }
        let shift: i32 = self.class(i, "dayword")?.parse().ok()?;
        let adjective = w.ends_with("ний")
            || w.ends_with("его")
            || w.ends_with("ней")
            || w.ends_with("нем")
            || w.ends_with("ие")
            || w.ends_with("юю");
        let mut end = i + 1;
        if adjective {
            if self.class(end, "unit") != Some("day") {
                return None;
            }
            end += 1;
        }
        let mut sem = Sem::DayOffset(shift);
        if let Some(part) = self.class(end, "part").filter(|_| !adjective) {
            sem = Sem::PartOfDay {
                day: Box::new(sem),
                part,
            };
            end += 1;
        } else if self.punct(end, ",") {
            if let Some(d) = self.day_month(end + 1) {
                sem = d.sem;
                end = d.end;
            }
        }
        m(i, end, sem, "day-word")
    }

    /// "весной", "весной 2009 года", "летом прошлого года", "прошлой осенью" (`deictic`:
    /// the adjective's index and shift).
    fn season(&self, i: usize, deictic: Option<(usize, i32)>) -> Option<M> {
        let season = self.class(i, "season")?;
        let w = self.word(i)?;
        let start = deictic.map_or(i, |(d, _)| d);
        let mut year = deictic.map_or(YearRef::Implicit, |(_, s)| YearRef::Rel(s));
        let mut end = i + 1;
        if let Some((y, after)) = self.year_ref_after(end) {
            year = y;
            end = after;
        }
        // the instrumental adverb "весной" or a governed form; "лета" alone is no date
        let adverb = w.ends_with("ой") || w.ends_with("ом") || w.ends_with("ью");
        if deictic.is_none() && year == YearRef::Implicit && !adverb && self.prep_before(i).is_none() {
            return None;
        }
        if deictic.is_none() && year == YearRef::Implicit && !adverb {
            return None;
        }
        let season: &'static str = season;
        m(start, end, Sem::Season { season, year }, "season")
    }

    /// "первом квартале 2009 года", "второй половине года", "первом полугодии".
    fn quarter(&self, i: usize) -> Option<M> {
        let n: u32 = self.class(i, "ordinal")?.parse().ok()?;
        let j = i + 1;
        let unit = self.class(j, "unit");
        let is_half_word = self.class(j, "half_word").is_some();
        if unit != Some("quarter") && unit != Some("half") && !is_half_word {
            return None;
        }
        let mut end = j + 1;
        let mut year = YearRef::Implicit;
        if let Some((y, after)) = self.year_ref_after(end) {
            year = y;
            end = after;
        } else if self.is_word(end, &["года", "году"]) {
            year = YearRef::Rel(0);
            end += 1;
        } else if is_half_word {
            // "второй половине 1990-х", "первой половине XX века": the period with a mod
            let inner = self.decade(end).or_else(|| self.century(end))?;
            return Some(M {
                start: i,
                modifier: Some(if n == 1 { "START" } else { "END" }),
                pattern: "half-of",
                ..inner
            });
        }
        if unit == Some("quarter") {
            if !(1..=4).contains(&n) {
                return None;
            }
            return m(i, end, Sem::Quarter { quarter: n, year }, "quarter");
        }
        if !(1..=2).contains(&n) {
            return None;
        }
        if is_half_word && year == YearRef::Implicit {
            return None;
        }
        m(i, end, Sem::Half { half: n, year }, "half")
    }
}

/// The second year of a range written after `first`: `2009` or `09` (the century's of
/// `first`, or the next century's for `1999-00`); `None` unless it comes after `first`.
fn second_year(first: i32, digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    let year = match digits.len() {
        4 => n,
        2 => {
            let in_century = first - first % 100 + n;
            if in_century <= first {
                in_century + 100
            } else {
                in_century
            }
        }
        _ => return None,
    };
    (year > first).then_some(year)
}

fn cal(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Sem {
    Sem::Cal { year, month, day }
}

/// The date `sem` names (a day of a month, possibly at a part of the day) moved to day
/// `d` of the same month and year: the first days of a list ("9 и 11 июля").
fn with_day(sem: Sem, d: u32) -> Option<Sem> {
    Some(match sem {
        Sem::Cal { year, month, .. } => cal(year, month, Some(d)),
        Sem::MonthOfRelYear {
            month, year_shift, ..
        } => Sem::MonthOfRelYear {
            month,
            day: Some(d),
            year_shift,
        },
        Sem::PartOfDay { day, part } => Sem::PartOfDay {
            day: Box::new(with_day(*day, d)?),
            part,
        },
        _ => return None,
    })
}

/// Whether a meaning names one day (what a clock time or a part of the day sits on).
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Cal { day: Some(_), .. }
            | Sem::MonthOfRelYear { day: Some(_), .. }
            | Sem::Weekday { .. }
            | Sem::DayOffset(_)
            | Sem::PartOfDay { .. }
    )
}

/// A Roman numeral I–XXI (Latin letters, or Cyrillic Х and І written for them).
fn roman(word: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    let letters: Vec<u32> = word
        .chars()
        .map(|c| match c {
            'x' | 'х' => Some(10),
            'v' => Some(5),
            'i' | 'і' => Some(1),
            _ => None,
        })
        .collect::<Option<Vec<u32>>>()?;
    for &v in letters.iter().rev() {
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=21).contains(&total).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str, dct: &str) -> Vec<(String, String)> {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        extract(text, dct)
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Переговоры прошли в среду.", &[("среду", "2009-12-02")]),
            ("Жизнь в среде обитания.", &[]),
            ("Встреча состоится в среду.", &[("среду", "2009-12-09")]),
            ("В прошлом году НАТО расширилось.", &[("прошлом году", "2008")]),
            (
                "На прошлой неделе министры встретились.",
                &[("прошлой неделе", "2009-W48")],
            ),
            (
                "Договор подписали 1 декабря 2008 года.",
                &[("1 декабря 2008 года", "2008-12-01")],
            ),
            ("Он родился в 1958 году.", &[("1958 году", "1958")]),
            ("Это было в 90-х годах.", &[("90-х годах", "199")]),
            ("В XX веке многое изменилось.", &[("XX веке", "19")]),
            (
                "Три года назад стороны встретились.",
                &[("Три года назад", "2006")],
            ),
            ("Решение примут через два дня.", &[("два дня", "2009-12-06")]),
            ("В 2022-м году всё изменилось.", &[("2022-м году", "2022")]),
            ("Ему было в 13 лет трудно.", &[]),
            (
                "В ночь на 19 декабря прошли удары.",
                &[("ночь на 19 декабря", "2009-12-18TNI")],
            ),
            ("В конце марта прошли выборы.", &[("конце марта", "2009-03")]),
            ("Работа велась в 2008-2009 гг.", &[("2008-2009 гг", "2008")]),
            (
                "Переговоры шли с 16 апреля по 19 мая 2019 года.",
                &[("16 апреля по 19 мая 2019 года", "2019-04-16")],
            ),
            (
                "Накануне министр заявил о встрече.",
                &[("Накануне", "2009-12-03")],
            ),
            ("Накануне выборов министр заявил.", &[]),
            ("Встреча прошла 1-го дек.", &[("1-го дек.", "2009-12-01")]),
        ];
        let mut wrong = Vec::new();
        for (text, want) in cases {
            let got = tag(text, "2009-12-04");
            let want: Vec<(String, String)> =
                want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            if got != want {
                wrong.push(format!("{text}: got {got:?}, want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn roman_numerals() {
        for (w, n) in [
            ("xx", Some(20)),
            ("xxi", Some(21)),
            ("xix", Some(19)),
            ("iv", Some(4)),
            ("мир", None),
        ] {
            assert_eq!(roman(w), n, "{w}");
        }
    }
}
