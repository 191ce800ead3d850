//! Ranges of dates, TIMEX3 style: the two ends of `9–11 July 2024`, `July 8-9`, `between
//! 2014 and 2022`, `from March to May`, and `since 2014` (a state from 2014 to the
//! present), linked on both timexes as [`Range`] (see [`Timex::range`]).
//!
//! The scanner finds each end on its own (`July 8` and `9`; `2014` and `2022`); this pass
//! reads the words between and around two neighbouring dates, and adds the first day of a
//! range written before its month (`9` in `9–11 July 2024`, which the scanner cannot read
//! alone).

use super::{Range, Timex, TimexType};
use crate::time::interval;

/// Words that join the two ends of a range, each with the word that must open it (empty:
/// none needed): `from March to May`, `between 2014 and 2022`, `July 8-9`.
const RANGE_JOINERS: &[(&str, &str)] = &[
    ("to", "from"),
    ("through", "from"),
    ("until", "from"),
    ("till", "from"),
    ("and", "between"),
    ("-", ""),
    ("\u{2013}", ""),
    ("\u{2014}", ""),
];

/// Links the ranges among `out` (with `spans`, their byte offsets in `text`).
pub fn link(text: &str, spans: &[(usize, usize)], out: &mut Vec<Timex>) {
    // the word right before byte `byte`, as written (compared ignoring ASCII case)
    let word_before = |byte: usize| -> &str {
        let before = text.get(..byte).unwrap_or("").trim_end();
        before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
    };
    for i in 0..out.len() {
        let (Some(&(_, a_end)), Some(&(b_start, _))) = (spans.get(i), spans.get(i + 1)) else {
            continue;
        };
        let gap = text.get(a_end..b_start).unwrap_or("").trim();
        let tail = out[i + 1].rule.starts_with("range-day/");
        // A bare dash joins ends of one granularity (`2014-2022`, `March - May`); ends of
        // different ones need the opening word (`from 2008 to June 2009`): `2008 - June`
        // is two dates side by side, not a range.
        let joined = RANGE_JOINERS.iter().any(|&(joiner, opener)| {
            gap.eq_ignore_ascii_case(joiner)
                && if opener.is_empty() {
                    same_granularity(&out[i].value, &out[i + 1].value)
                } else {
                    word_before(spans[i].0).eq_ignore_ascii_case(opener)
                }
        });
        let dates = out[i].kind == TimexType::Date && out[i + 1].kind == TimexType::Date;
        if dates && joined {
            one_frame(out, i);
        }
        if dates
            && (tail || joined)
            && is_point(&out[i].value)
            && is_point(&out[i + 1].value)
            && ordered(&out[i].value, &out[i + 1].value)
        {
            let range = Range {
                start: out[i].value.clone(),
                end: out[i + 1].value.clone(),
            };
            out[i].range = Some(range.clone());
            out[i + 1].range = Some(range);
        }
    }
    for (i, &(start, _)) in spans.iter().enumerate() {
        let t = &mut out[i];
        if t.range.is_none()
            && matches!(t.kind, TimexType::Date | TimexType::Time)
            && is_point(&t.value)
            && word_before(start).eq_ignore_ascii_case("since")
        {
            t.range = Some(Range {
                start: t.value.clone(),
                end: "PRESENT_REF".to_string(),
            });
        }
    }
    // `9–11 July 2024`: the first day, written before the month, from the end's value
    let mut added = Vec::new();
    for (i, &(start, _)) in spans.iter().enumerate() {
        if let Some(first) = day_before(text, start, &mut out[i]) {
            added.push((i, first));
        }
    }
    for (i, first) in added.into_iter().rev() {
        out.insert(i, first);
    }
}

/// Puts the two ends of a written range (`out[i]`, `out[i + 1]`) in one frame when one
/// of them has no year of its own: a range is read as one expression, so an end
/// without a year takes the other end's (`between April and May 2023` → 2023-04) and
/// runs forward from it (`from November to February 2024` → 2023-11); an end read
/// from the DCT (`from today until Nov. 17`) is fixed too. When neither end has a
/// year, the end read with the text's direction leads: a range pointing ahead runs on
/// from its start (`will run from early June to late July`, in mid-July: 2025-06 to
/// 2025-07), one pointing back ends at its end (`ran from June to August`, in July:
/// 2023-06 to 2023-08) unless only its start was read as past.
fn one_frame(out: &mut [Timex], i: usize) {
    // an end that can move: a month or month-and-day read without a year; any other end
    // (a year written, `today`, a weekday) is fixed, and the other end follows it
    let movable = |t: &Timex| {
        t.anchor != "none" && YEARLESS_PATTERNS.contains(&t.rule.split_once('/').map_or("", |(p, _)| p))
    };
    let (a, b) = (&out[i], &out[i + 1]);
    if !calendar_value(&a.value) || !calendar_value(&b.value) || !movable(a) && !movable(b) {
        return;
    }
    let ahead = |t: &Timex| t.rule.contains("future") || t.rule.contains("ahead");
    let past = |t: &Timex| t.rule.contains("past");
    let start_leads = if !movable(a) || !movable(b) {
        !movable(a)
    } else {
        // both without a year: a range pointing ahead runs on from its start; the end
        // leads one pointing back, unless only the start was read with the past tense
        // (`bought from Aug. 26 to Oct. 20`, the end merely the nearest Oct. 20)
        ahead(a) || ahead(b) || past(a) && !past(b)
    };
    if start_leads {
        // the end: the first such month or day on or after the start
        let Some(year) = year_of(&a.value) else { return };
        let Some(end) = [year, year + 1]
            .into_iter()
            .filter_map(|y| with_year(&b.value, y))
            .find(|e| ordered(&a.value, e))
        else {
            return;
        };
        if end != out[i + 1].value {
            out[i + 1].anchor = format!("range:{}", out[i].value);
            out[i + 1].value = end;
        }
    } else {
        // the start: the last such month or day on or before the end
        let Some(year) = year_of(&b.value) else { return };
        let Some(start) = [year, year - 1]
            .into_iter()
            .filter_map(|y| with_year(&a.value, y))
            .find(|s| ordered(s, &b.value))
        else {
            return;
        };
        if start != out[i].value {
            out[i].anchor = format!("range:{}", out[i + 1].value);
            out[i].value = start;
        }
    }
}

/// The scanner patterns of a month or a month-and-day written without a year (`June`,
/// `early June`, `March 6`, `6 March`): the ends a range may move to the other's year.
const YEARLESS_PATTERNS: &[&str] = &["month", "month-day", "day-month"];

/// Whether `value` is a month or a day (`2024-07`, `2024-07-09`), the values an end
/// without a year can have.
fn calendar_value(value: &str) -> bool {
    let b = value.as_bytes();
    (b.len() == 7 || b.len() == 10)
        && b.iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn year_of(value: &str) -> Option<i32> {
    value.get(..4)?.parse().ok()
}

/// `value` in year `year`, if that is a date (`2023-02-29` is not).
fn with_year(value: &str, year: i32) -> Option<String> {
    if !(1..=9999).contains(&year) {
        return None;
    }
    let v = format!("{year:04}{}", value.get(4..)?);
    interval::parse(&v).map(|_| v)
}

/// Whether two values have the same granularity (`2014` and `2022`, `2024-03` and
/// `2024-05`).
fn same_granularity(a: &str, b: &str) -> bool {
    match (interval::parse(a), interval::parse(b)) {
        (Some(a), Some(b)) => a.granularity == b.granularity,
        _ => false,
    }
}

/// Whether the range from `a` to `b` runs forward: `a` begins no later than `b` and ends
/// no later than `b` ends (`2022 to 2014` or `May - March` of one year are no range).
fn ordered(a: &str, b: &str) -> bool {
    match (interval::parse(a), interval::parse(b)) {
        (Some(a), Some(b)) => a.start <= b.start && a.end <= b.end,
        _ => false,
    }
}

/// Whether `value` names a calendar point (`2014`, `2024-07`, `2024-07-09`), not `PXD` or
/// `PRESENT_REF`.
fn is_point(value: &str) -> bool {
    value.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The timex of `9` in `9–11 July 2024`: a day number and a dash right before a full date
/// `end` of the same month, earlier in it. Both get the range.
fn day_before(text: &str, start: usize, end: &mut Timex) -> Option<Timex> {
    if end.range.is_some() {
        return None;
    }
    let before = text.get(..start)?;
    let dash = before.trim_end();
    let num_text = dash.strip_suffix(['-', '\u{2013}', '\u{2014}'])?.trim_end();
    let digits = num_text.len() - num_text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits)
        || num_text[..num_text.len() - digits].ends_with(|c: char| c.is_alphanumeric())
    {
        return None;
    }
    let day: u32 = num_text[num_text.len() - digits..].parse().ok()?;
    let (month, end_day) = end.value.rsplit_once('-')?;
    let end_day: u32 = end_day.parse().ok()?;
    if end.value.len() != 10 || day == 0 || day >= end_day {
        return None;
    }
    let value = format!("{month}-{day:02}");
    crate::time::interval::parse(&value)?;
    let bstart = num_text.len() - digits;
    let cstart = text.get(..bstart)?.chars().count();
    let range = Range {
        start: value.clone(),
        end: end.value.clone(),
    };
    end.range = Some(range.clone());
    Some(Timex {
        start: cstart,
        end: cstart + digits,
        text: num_text[bstart..].to_string(),
        kind: TimexType::Date,
        value,
        modifier: None,
        range: Some(range),
        rule: "range-first-day/range".to_string(),
        anchor: format!("previous:{}", end.value),
    })
}
