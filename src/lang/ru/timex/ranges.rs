//! Ranges written as one expression ("с 16 апреля по 19 мая 2019 года", "с 5 по 12
//! сентября", "между 2014 и 2022 годами") and the linking of two neighbours that make
//! one ("с понедельника по среду", "30 августа – 1 сентября"): both ends' values as
//! TIMEX3's begin and end points (see the module docs of [`super`]).

use chrono::Datelike;

use super::{cal, m, with_day, words, Parser, M};
use crate::lang::ru::token::{Kind, Tok};
use crate::time::interval;
use crate::timex::resolve::{self, Context};
use crate::timex::sem::Sem;
use crate::timex::{Range, Timex, TimexType};

/// The dashes that join the two ends of a range with no opening word ("30 июня – 2
/// июля"); as in English, such ends must have one granularity ("2008 – июнь" is two dates
/// side by side).
pub(super) const RANGE_DASHES: &[&str] = &["-", "\u{2013}", "\u{2014}"];

/// Links a range written as two expressions, which the tagger finds one by one ("с
/// понедельника по среду", "с середины марта по конец апреля", "30 июня – 2 июля"): both
/// get the same [`Range`], English style, when all that stands between them on one line
/// is a joiner of the word before the first (`range_from` in `grammar.tsv`) or a dash
/// ([`RANGE_DASHES`]), both are calendar dates and the range runs forward. `spans` are
/// the expressions' token ranges in `toks`, the tokens of `text`.
pub(super) fn link_neighbours(text: &str, toks: &[Tok], spans: &[(usize, usize)], out: &mut [Timex]) {
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
            // "с понедельника по среду" (`grammar.tsv`, `range_from`: the opener and its joiners)
            words::value(opener, "range_from")
                .is_some_and(|joiners| joiners.split_whitespace().any(|j| j == joiner))
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
pub(super) fn range_end(start: &resolve::Resolved, end: &Sem, ctx: &Context) -> Option<Range> {
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

impl Parser<'_> {
    /// "с 25 по 28 июля 2019 года", "с 5 по 12 сентября этого года": a bare day opening a
    /// range takes the month (and year) of its end.
    pub(super) fn day_range(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if !self.is(i.checked_sub(1)?, "from") || !self.is(i + 1, "till") {
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

    /// A range opened by a word of `range_from` (`grammar.tsv`) before the expression: "с 16 апреля по
    /// 19 мая 2019 года", "с 2003 по 2005 годы", "с 10 по 21 апреля", "между 2014 и 2022
    /// годами": one span, the start's value,
    /// completed with the end's month and year (the year before the end's when the
    /// start's month comes later in the calendar: "с ноября 2019 по февраль 2020 года" is
    /// written "с ноября по февраль 2020 года"); the end is kept as the range's other end.
    pub(super) fn extend_range(&self, found: &mut M) {
        let joiner = self.word(found.end).unwrap_or("");
        let joined = self
            .class(found.start.wrapping_sub(1), "range_from")
            .is_some_and(|joiners| joiners.split_whitespace().any(|j| j == joiner));
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
}
