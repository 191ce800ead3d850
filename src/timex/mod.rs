//! Temporal expressions: find them and resolve them to TIMEX3 values.
//!
//! [`extract`] is the entry point: text plus document date in, [`Timex`]es out, each
//! with its extent (TimeML/TempEval-3 rules), type, value and how it was resolved.
//!
//! The design follows HeidelTime's split of resources and engine:
//!
//! * [`tables`]: every word list and cue as data (units, seasons, shift words, hedges,
//!   fixed phrases, holidays, future/past cues); month, weekday and number names come
//!   from [`crate::text::lexicon`].
//! * [`token`]: one linear pass that splits the text into words, numbers and punctuation.
//! * [`scanner`]: the recogniser. At each token it tries the pattern families and keeps
//!   the longest match; the result is a [`sem::Sem`], what the words *say*.
//! * `cue`: past or future, from cue words near the expression (`will`, `ahead of`…).
//! * [`resolve`]: turns a `Sem` into a TIMEX3 value against the DCT, the narrative
//!   anchor (the last date the story moved to) and the sentence's direction, naming the
//!   rule and the anchor used, one module per kind of expression; the calendar
//!   arithmetic and value strings are in [`crate::time::point`].
//! * `coref`: same-event evidence for a bare month that re-mentions an event dated
//!   earlier in the article (shared actors in both clauses).
//! * [`timeml`]: writes the article as a TimeML document.
//!
//! Extraction is linear in the text: patterns look at a bounded number of tokens and a
//! per-token gate (one hash lookup) skips words no expression can start with.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

mod coref;
mod cue;
mod range;
pub mod resolve;
pub mod scanner;
pub mod sem;
mod story;
pub mod tables;
pub mod timeml;

use crate::text::token;
use crate::time::interval::Granularity;
use crate::time::point;
use sem::Sem;
use tables::Unit;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    /// Offsets in chars (Unicode scalar values) into the article text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: `2009-12-01`, `2009-W49`, `P5D`, `PAST_REF`, `XXXX-12`…
    pub value: String,
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`…).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The range this expression is an end of, TIMEX3 style (a `beginPoint` and an
    /// `endPoint`), with both ends' values; `None` for a single point or stretch. Both
    /// timexes of a written range carry the same range: `9–11 July 2024` (a timex for
    /// `9`, one for `11 July 2024`), `July 8-9`, `between 2014 and 2022`, `from March to
    /// May`. `since 2014` is the start of a state lasting to the present: `{start: 2014,
    /// end: PRESENT_REF}` — the date a state began, not the date of an event. An event
    /// attached to either end should span `start`..`end`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
    /// The resolver rule that produced the value, e.g. `weekday-past`.
    pub rule: String,
    /// What the value is relative to: `dct`, `previous:2008-08` (the story's time),
    /// `range:2023-05` (the other end of its range: `April` in `between April and May
    /// 2023`), `next:2024-07-09` (the day its clause names next: `early morning` in `an
    /// early morning raid on Tuesday`), or `none` for absolute.
    pub anchor: String,
}

impl Timex {
    /// Whether this counts from a point (`two weeks later`, `a year ago`, `less than a
    /// year later`: the resolver's `offset-` rules): a date apposed to it restates it
    /// ([`crate::event::attach::restated_offset`]).
    pub fn is_offset(&self) -> bool {
        self.rule
            .split('/')
            .nth(1)
            .is_some_and(|r| r.starts_with("offset-"))
    }

    /// Whether this is the start of a state lasting to the present (`since April 2014`,
    /// `ever since 10 a.m. Tuesday`: its range ends at `PRESENT_REF`). The value is when
    /// the state began, never the date of the event its clause tells ("met for the first
    /// time since April 2014" is no meeting in April 2014): the event stage dates no event
    /// by it.
    pub fn starts_a_state(&self) -> bool {
        self.range.as_ref().is_some_and(|r| r.end == "PRESENT_REF")
    }
}

/// The two ends of a range of dates ([`Timex::range`]): TIMEX3 values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: String,
    pub end: String,
}

/// Finds and resolves every temporal expression in `text`.
///
/// `dct` is the document date; without it, relative expressions keep unresolved values
/// (`XXXX-WXX-2`, `PAST_REF`…) and absolute ones still resolve.
pub fn extract(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let low = text.to_ascii_lowercase();
    let toks = token::tokenize(text);
    let found = scanner::scan(text, &low, &toks);
    let doc = Doc {
        text,
        low: &low,
        toks: &toks,
    };
    let mut story = Story::new(dct);
    let mut offsets = CharOffsets::new(text);
    let mut out = Vec::with_capacity(found.len());
    let mut spans = Vec::with_capacity(found.len());
    for f in found {
        let (Some(first), Some(last)) = (toks.get(f.start), toks.get(f.end.saturating_sub(1))) else {
            continue;
        };
        let (bstart, bend) = (first.start, last.end);
        if names_an_impossible_date(text, bstart, bend) {
            continue;
        }
        let r = story.resolve(&doc, &f);
        spans.push((bstart, bend));
        let (start, end) = offsets.span(bstart, bend);
        out.push(Timex {
            start,
            end,
            text: text.get(bstart..bend).unwrap_or("").to_string(),
            kind: r.kind,
            value: r.value,
            modifier: f.modifier.map(str::to_string),
            range: None,
            rule: [f.pattern, "/", r.rule].concat(),
            anchor: r.anchor,
        });
    }
    part_takes_the_day_named_next(text, &spans, &mut out);
    range::link(text, &spans, &mut out);
    out
}

/// `in an early morning raid on Tuesday`: a part of the day that names no day of its own
/// (read on the story's day) is on the day the same clause names a few words later; a
/// clock time read on the story's day takes the day named right after it (`at 18:00 UTC
/// on Monday`, `at midnight on Friday`).
fn part_takes_the_day_named_next(text: &str, spans: &[(usize, usize)], out: &mut [Timex]) {
    for i in 0..out.len().saturating_sub(1) {
        let (Some(&(_, a_end)), Some(&(b_start, _))) = (spans.get(i), spans.get(i + 1)) else {
            continue;
        };
        let part = out[i].rule.starts_with("positioned-part/part-");
        let clock = out[i].kind == TimexType::Time
            && (out[i].rule.ends_with("/clock-on-anchor-day") || out[i].rule.ends_with("/clock-today"));
        if !(part || clock) {
            continue;
        }
        let gap = text.get(a_end..b_start).unwrap_or("");
        let near = if part {
            gap.split_whitespace().count() <= 4 && !gap.contains(['.', ';', '!', '?', ','])
        } else {
            gap.trim().eq_ignore_ascii_case("on")
        };
        let next = &out[i + 1];
        let a_day = next.kind == TimexType::Date
            && crate::time::interval::parse(&next.value).is_some_and(|p| p.granularity == Granularity::Day);
        if !near || !a_day {
            continue;
        }
        let day = next.value.clone();
        if let Some((_, part)) = out[i].value.rsplit_once('T') {
            out[i].value = format!("{day}T{part}");
            out[i].anchor = format!("next:{day}");
        }
    }
}

/// The text being tagged: as written, lower-cased, and as tokens.
struct Doc<'a> {
    text: &'a str,
    low: &'a str,
    toks: &'a [token::Tok],
}

/// What the story has told so far, in text order: the resolver's context (the narrative
/// anchor and reporting quarter), the explicit months with their clauses, and the day
/// each weekday named.
struct Story {
    ctx: resolve::Context,
    /// The running narrative time: the last explicit date (year written out) of the
    /// paragraph, until a quote or the dateline's present ([`resolve::narrative`]).
    narrative: Option<point::Point>,
    /// Tokens before this index have been checked for what ends the narrative.
    narrative_seen: usize,
    /// Sentences ended since the narrative time was set: a bare calendar word is read in
    /// it in the next sentence only ("annexed Crimea in 2014 and launched its invasion on February 24" lists
    /// events that need not share a year; a year named sentences back no longer holds).
    narrative_ends: u8,
    months: coref::Mentions,
    /// By ISO weekday number: the day that weekday was last resolved to.
    weekdays: [Option<point::Point>; 8],
}

impl Story {
    fn new(dct: Option<NaiveDate>) -> Story {
        Story {
            ctx: resolve::Context {
                dct,
                anchor: None,
                quarter: None,
                dir: resolve::Dir::Past,
                cued: false,
            },
            narrative: None,
            narrative_seen: 0,
            narrative_ends: 0,
            months: coref::Mentions::default(),
            weekdays: Default::default(),
        }
    }

    /// Resolves `f` in the story so far, then lets it move the story.
    fn resolve(&mut self, doc: &Doc, f: &scanner::Found) -> resolve::Resolved {
        (self.ctx.dir, self.ctx.cued) = cue::direction(doc.text, doc.low, doc.toks, f.start, f.end);
        let mut r = resolve::resolve(&f.sem, &self.ctx);
        if f.modifier
            .is_some_and(|m| tables::HEDGES.iter().any(|(_, h)| *h == m))
        {
            r = resolve::counted::hedged(r);
        }
        self.weekday_as_before(&f.sem, &mut r);
        self.month_same_event(doc, f, &mut r);
        self.month_day_tense_first(doc, f, &mut r);
        self.in_narrative(doc, f, &mut r);
        if let Some(p) = r.point.filter(|_| moves_narrative(&f.sem)) {
            self.ctx.anchor = Some(p);
            if p.gran == point::Gran::Quarter && !is_comparison_period(&f.sem) {
                self.ctx.quarter = Some(p);
            }
        }
        r
    }

    /// `met on 31 December` (a past verb, `on`, a month-day without a year): the past verb
    /// rules over nearness ([`resolve::deictic::month_day_after_past_verb`]).
    fn month_day_tense_first(&mut self, doc: &Doc, f: &scanner::Found, r: &mut resolve::Resolved) {
        let Sem::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        } = f.sem
        else {
            return;
        };
        let word = |i: usize| {
            doc.toks
                .get(i)
                .and_then(|t| doc.low.get(t.start..t.end))
                .unwrap_or("")
        };
        let capital = |i: usize| {
            doc.toks.get(i).is_some_and(|t| {
                doc.text
                    .as_bytes()
                    .get(t.start)
                    .is_some_and(u8::is_ascii_uppercase)
            })
        };
        let past_verb = |i: usize| {
            let w = word(i);
            tables::PAST_CUES.contains(&w) || (w.len() > 4 && w.ends_with("ed") && !capital(i))
        };
        if f.start >= 2
            && word(f.start - 1) == "on"
            && past_verb(f.start - 2)
            && r.rule == "month-day-nearest-dct"
        {
            if let Some(p) = resolve::deictic::month_day_after_past_verb(m, d, &self.ctx) {
                *r = p;
            }
        }
    }

    /// Reads a bare calendar word of a past clause in the running narrative time, and
    /// keeps that time up to date (see [`resolve::narrative`]).
    fn in_narrative(&mut self, doc: &Doc, f: &scanner::Found, r: &mut resolve::Resolved) {
        if self.narrative.is_some() {
            for i in self.narrative_seen..f.start {
                let Some(t) = doc.toks.get(i) else { break };
                if !(t.para_before || t.kind == token::Kind::Punct) {
                    continue;
                }
                let w = doc.low.get(t.start..t.end).unwrap_or("");
                if t.para_before || is_quote(w) {
                    self.narrative = None;
                    break;
                }
                if story::ends_sentence(doc.low, doc.toks, i) {
                    self.narrative_ends = self.narrative_ends.saturating_add(1);
                }
            }
            if doc.toks.get(f.start).is_some_and(|t| t.para_before) {
                self.narrative = None;
            }
        }
        self.narrative_seen = self.narrative_seen.max(f.end);
        let adjunct = f.start > 0
            && doc
                .toks
                .get(f.start - 1)
                .and_then(|t| doc.low.get(t.start..t.end))
                .is_some_and(|w| tables::NARRATIVE_PREPOSITIONS.contains(&w));
        // `the next month` in a story told in the past follows the story (`In June 2005 …
        // the next month` is July 2005); `next month` alone is the DCT's
        if let (
            Some(_),
            &Sem::UnitShift {
                unit,
                shift: shift @ (-1 | 1),
            },
        ) = (self.narrative, &f.sem)
        {
            let the = doc.toks.get(f.start).and_then(|t| doc.low.get(t.start..t.end)) == Some("the");
            if the
                && self.ctx.dir == resolve::Dir::Past
                && !matches!(unit, Unit::Weekend | Unit::Decade | Unit::Century)
            {
                *r = resolve::resolve(&Sem::Anaphor { unit, shift }, &self.ctx);
                r.rule = "unit-narrative";
            }
        }
        // a bare month, day or season: only in the sentence after the story's time was named
        let next_sentence = (1..=NARRATIVE_SENTENCES).contains(&self.narrative_ends);
        if let Some(story) = self.narrative.filter(|_| adjunct && next_sentence) {
            if let Some(n) = resolve::narrative::resolve_in_story(&f.sem, story, &self.ctx) {
                *r = n;
            }
        }
        let explicit = r.anchor == "none"
            && matches!(
                f.sem,
                Sem::Cal { year: Some(_), .. } | Sem::Season { .. } | Sem::Quarter { .. } | Sem::Half { .. }
            );
        let present = r.anchor == "dct"
            && r.point
                .zip(self.ctx.dct)
                .is_some_and(|(p, dct)| (p.start - dct).num_days().abs() <= DATELINE_PRESENT_DAYS);
        // `that year`, `two days later`: the story moved on from its own time
        let moved = r.anchor.starts_with("previous:") && tables::NARRATIVE_MOVES.contains(&r.rule);
        if explicit && story::in_passing(doc.low, doc.toks, f.start) {
            // `the council, which was set up in 1997, …`: a year named in passing is not
            // the story's time, nor does it end the time the story is in
        } else if adjunct && (explicit || r.rule.ends_with("-narrative")) || moved {
            if r.point.is_some() {
                self.narrative = r.point;
                self.narrative_ends = 0;
            }
        } else if explicit || present {
            // an explicit date that is no adjunct (`since 1980`, `the 1987 level`) is not
            // the story's time: what follows is not read in it either
            self.narrative = None;
        }
    }

    /// A weekday named again with no cue of its own is the day named before ("ahead of
    /// Friday's meeting … Friday's meeting is a chance").
    fn weekday_as_before(&mut self, sem: &Sem, r: &mut resolve::Resolved) {
        let Some(wd) = bare_weekday(sem) else {
            return;
        };
        let slot = usize::try_from(wd).unwrap_or(0) % self.weekdays.len();
        match self.weekdays[slot] {
            Some(p) if !self.ctx.cued && r.point != Some(p) => {
                let part = r.value.split_once('T').map(|(_, part)| part.to_string());
                r.value = match part {
                    Some(part) => point::at_time(&p.value(), &part),
                    None => p.value(),
                };
                r.rule = "weekday-as-before";
                r.anchor = format!("previous:{}", p.value());
                r.point = Some(p);
            }
            _ => {
                if let Some(p) = r.point {
                    self.weekdays[slot] = Some(p);
                }
            }
        }
    }

    /// A bare month that re-mentions an event dated earlier with its year takes that year
    /// (see [`coref`]); an explicit `Month YEAR` is recorded for later ones.
    fn month_same_event(&mut self, doc: &Doc, f: &scanner::Found, r: &mut resolve::Resolved) {
        let Sem::Cal {
            year,
            month: Some(month),
            day: None,
        } = f.sem
        else {
            return;
        };
        let evidence = || coref::clause_evidence(doc.text, doc.low, doc.toks, f.start, f.end);
        let Some(p) = r.point else {
            if let Some(year) = year {
                self.months.record(month, year, evidence());
            }
            return;
        };
        match year {
            Some(year) => self.months.record(month, year, evidence()),
            None if self.ctx.dir != resolve::Dir::Past => {}
            None => {
                let Some((year, shared)) = self.months.same_event(month, p.start.year(), &evidence()) else {
                    return;
                };
                if let Some(p) = point::Point::month(year, month) {
                    r.value = p.value();
                    r.rule = "month-same-event";
                    r.anchor = format!("previous:{}({shared})", r.value);
                    r.point = Some(p);
                }
            }
        }
    }
}

/// How many sentence ends a bare month, day or season is read in the narrative time
/// across: it is read so in the sentence after the one that named the time (and a date
/// read in it names it again); later, it is the DCT's again ("set up in 1997 …
/// [sentences later] froze its work in September" is the last September). `the next
/// month`, which names its own anchor, follows the story to the paragraph's end.
const NARRATIVE_SENTENCES: u8 = 1;

/// How near the DCT (in days) a value resolved against it must lie to bring the story back
/// to the dateline's present, ending the narrative time.
const DATELINE_PRESENT_DAYS: i64 = 31;

/// A double quotation mark (straight, curly or the `` ` `` of scraped text): a quote
/// speaks from its speaker's present, so it ends the narrative time.
fn is_quote(w: &str) -> bool {
    matches!(
        crate::text::clause::mark(w),
        Some(crate::text::clause::Mark::Quote { double: true, .. })
    ) || w == "`"
        || w == "''"
}

/// The weekday of `Friday` or `Friday night` said with no shift word (`last`, `this`).
fn bare_weekday(sem: &Sem) -> Option<u32> {
    let day = match sem {
        Sem::PartOfDay { day, .. } => day,
        other => other,
    };
    match *day {
        Sem::Weekday {
            weekday,
            shift: 0,
            this: false,
        } => Some(weekday),
        _ => None,
    }
}

/// Whether an expression moves the story's narrative time (and so anchors `the next day`).
/// Comparisons a year or more back (`a year ago`) do not. The same in every language (the
/// Russian tagger asks it too).
pub(crate) fn moves_narrative(sem: &Sem) -> bool {
    !matches!(
        sem,
        Sem::Offset {
            unit: Unit::Year | Unit::Decade | Unit::Century,
            ..
        } | Sem::Fixed(..)
            | Sem::Duration { .. }
    )
}

/// Whether an expression names the year-ago comparison period of an earnings story
/// (`the 1988 period`, `the year-earlier period`): it does not replace the reporting
/// quarter that a later bare `the quarter` refers to.
fn is_comparison_period(sem: &Sem) -> bool {
    match sem {
        Sem::YearPeriod(_) => true,
        Sem::Anaphor {
            unit: Unit::Quarter,
            shift,
        } => *shift <= -4,
        _ => false,
    }
}

/// Converts increasing byte offsets to char offsets in one pass over the text.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }

    fn span(&mut self, start: usize, end: usize) -> (usize, usize) {
        (self.at(start), self.at(end))
    }
}

/// Whether the expression at `start..end` (bytes) is part of a date the calendar does not
/// have, which the scanner refused to read whole: a bare month beside a day number it
/// could not take (`February 30`, `32 December`), or `the year` before an impossible year
/// (`the year 2882015`). Such text is not emitted as a date at all: tagging only `February`
/// would report a real month the writer never meant.
fn names_an_impossible_date(text: &str, start: usize, end: usize) -> bool {
    let Some(phrase) = text.get(start..end) else {
        return false;
    };
    let before = text.get(..start).unwrap_or("").trim_end_matches([' ', '\t']);
    let after = text.get(end..).unwrap_or("").trim_start_matches([' ', '\t']);
    let number_after: &str = &after[..after.bytes().take_while(u8::is_ascii_digit).count()];
    let number_before = &before[before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count()..];
    let loose = |n: &str, next: Option<char>| {
        !n.is_empty()
            && next.is_none_or(|c| !c.is_alphanumeric() && c != ',' && c != '.' || c == '.' && n.len() <= 2)
    };
    if crate::text::lexicon::month(phrase).is_some() {
        let after_ok = loose(number_after, after[number_after.len()..].chars().next());
        let before_ok = !number_before.is_empty()
            && before[..before.len() - number_before.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        return (after_ok && number_after.len() <= 2) || (before_ok && number_before.len() <= 2);
    }
    phrase.to_ascii_lowercase().ends_with("the year") && number_after.len() >= 5
}
