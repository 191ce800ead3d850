//! Dates for a reader: a label as precise as the value and no more (`1 December 2009`,
//! `Q3 2009`, `the 1990s`, `9–11 July 2024`, `late 2023`), the calendar fields a
//! granularity fills, and where an event sits on an axis.

use chrono::{Datelike, NaiveDate};

use crate::event::Event;
use crate::text::lexicon::MONTH_NAMES as MONTHS;
use crate::time::interval::Granularity;

/// How precisely a date can be written as calendar fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    /// The calendar fields a granularity fills: a month or season names its month, a
    /// year or decade only its year, a week or day its day.
    pub fn of(g: Option<Granularity>) -> Precision {
        match g {
            Some(Granularity::Time | Granularity::Day | Granularity::Week) | None => Precision::Day,
            Some(Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half) => {
                Precision::Month
            }
            Some(Granularity::Year | Granularity::Decade | Granularity::Century) => Precision::Year,
        }
    }
}

/// Whether an event is a single day (or a moment in one), drawn as a point, rather than
/// a span of several days drawn as a bar.
pub fn is_point(event: &Event) -> bool {
    match (event.start, event.end) {
        (Some(start), Some(end)) => (end - start).num_days() <= 1,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The last day of an event's interval (its end is exclusive), or its start.
pub fn last_day(event: &Event) -> Option<NaiveDate> {
    let start = event.start?;
    match event.end {
        Some(end) if end > start => end.pred_opt(),
        _ => Some(start),
    }
}

/// Days since 1970-01-01, the unit the HTML page's axis works in.
pub fn epoch_days(date: NaiveDate) -> i64 {
    (date - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()).num_days()
}

/// TIMEX3 season codes and their names.
const SEASONS: [(&str, &str); 4] = [
    ("SP", "Spring"),
    ("SU", "Summer"),
    ("FA", "Autumn"),
    ("WI", "Winter"),
];

/// TIMEX3 parts of the day (`2009-12-01TMO`) and their names.
const DAY_PARTS: [(&str, &str); 5] = [
    ("MO", "morning"),
    ("MI", "midday"),
    ("AF", "afternoon"),
    ("EV", "evening"),
    ("NI", "night"),
];

/// TIMEX3 reference values, which have no place on the calendar.
const REFERENCES: [(&str, &str); 3] = [
    ("PAST_REF", "earlier (undated)"),
    ("PRESENT_REF", "now (undated)"),
    ("FUTURE_REF", "in the future (undated)"),
];

fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// `1 December 2009`.
pub fn day_label(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

/// `December 2009`.
pub fn month_label(d: NaiveDate) -> String {
    format!("{} {}", month_name(d.month()), d.year())
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A date label as precise as the event's date and no more: `1 December 2009`,
/// `June 2008`, `Summer 2009`, `Q3 2009`, `2008`, `the 1990s`; a range as its two ends
/// (`9–11 July 2024`, `2014–2022`); with the date's `mod` in words (`late 2023`,
/// `the mid-1990s`, `about 1990`); the TIMEX3 value itself when the event has no place
/// on the calendar.
pub fn display_date(event: &Event) -> String {
    // a range whose ends have their own `mod` (`START/END`): each end in its words
    let ends = event.date.split_once('/');
    let mods = event.modifier.as_deref().and_then(|m| m.split_once('/'));
    if let (Some((first, last)), Some((ma, mb))) = (ends, mods) {
        if let (Some(a), Some(b)) = (range_end(first), range_end(last)) {
            return format!(
                "{} \u{2013} {}",
                with_mod(&period_label(&a), Some(ma)),
                with_mod(&period_label(&b), Some(mb))
            );
        }
    }
    let label = match ends {
        Some((first, last)) => range_label(first, last).unwrap_or_else(|| period_label(event)),
        None => period_label(event),
    };
    with_mod(&label, event.modifier.as_deref())
}

/// TIMEX3 `mod` values in words, as they read before a date label, and whether the
/// words go inside a leading "the" (`the early 1990s`, but `about the 1990s`). On a date,
/// the quantity mods qualify the distance counted to it ("almost two years ago", "more
/// than four decades ago", "over an hour later"), not the date: the date is approximate.
const MOD_WORDS: &[(&str, &str, bool)] = &[
    ("START", "early ", true),
    ("MID", "mid-", true),
    ("END", "late ", true),
    ("APPROX", "about ", false),
    ("BEFORE", "before ", false),
    ("AFTER", "after ", false),
    ("ON_OR_BEFORE", "on or before ", false),
    ("ON_OR_AFTER", "on or after ", false),
    ("LESS_THAN", "about ", false),
    ("MORE_THAN", "about ", false),
    ("EQUAL_OR_LESS", "about ", false),
    ("EQUAL_OR_MORE", "about ", false),
    ("FIRST_HALF", "the first half of ", false),
    ("SECOND_HALF", "the second half of ", false),
];

/// `label` with the TIMEX3 `modifier` in words: `late 2023`, `mid-2021`, `early June
/// 2023`, `the late 1990s`; a `mod` this table does not know is shown as written,
/// `2023 (FOO)`.
pub fn with_mod(label: &str, modifier: Option<&str>) -> String {
    let Some(m) = modifier.map(str::trim).filter(|m| !m.is_empty()) else {
        return label.to_string();
    };
    match MOD_WORDS.iter().find(|(code, _, _)| *code == m) {
        Some((_, words, inside)) => match label.strip_prefix("the ") {
            Some(rest) if *inside => format!("the {words}{rest}"),
            Some(rest) if words.ends_with(" of ") => format!("{words}the {rest}"),
            _ => format!("{words}{label}"),
        },
        None => format!("{label} ({m})"),
    }
}

/// The label of a range from TIMEX3 value `first` to `last`, each end as precise as its
/// value, the shared month or year written once: `9–11 July 2024`, `8 July – 9 August
/// 2024`, `March–May 2024`, `2014–2022`. `None` when an end has no place on the calendar.
fn range_label(first: &str, last: &str) -> Option<String> {
    let (a, b) = (range_end(first)?, range_end(last)?);
    let (sa, sb) = (a.start?, b.start?);
    let same_year = sa.year() == sb.year();
    Some(match (a.granularity, b.granularity) {
        (Some(Granularity::Day), Some(Granularity::Day)) if same_year && sa.month() == sb.month() => {
            format!("{}\u{2013}{} {}", sa.day(), sb.day(), month_label(sb))
        }
        (Some(Granularity::Day), Some(Granularity::Day)) if same_year => format!(
            "{} {} \u{2013} {}",
            sa.day(),
            month_name(sa.month()),
            day_label(sb)
        ),
        (Some(Granularity::Month), Some(Granularity::Month)) if same_year => month_range(sa, sb),
        (Some(Granularity::Year), Some(Granularity::Year)) => format!("{}\u{2013}{}", sa.year(), sb.year()),
        _ => format!("{} \u{2013} {}", period_label(&a), period_label(&b)),
    })
}

/// One end of a range as an event of its own, to label it.
fn range_end(value: &str) -> Option<Event> {
    let iv = crate::time::interval::parse(value)?;
    Some(Event {
        date: value.to_string(),
        start: Some(iv.start),
        end: Some(iv.end),
        granularity: Some(iv.granularity),
        ..Default::default()
    })
}

/// The label of the event's one period (see [`display_date`]).
fn period_label(event: &Event) -> String {
    let value = event.date.trim();
    let Some(start) = event.start else {
        return REFERENCES
            .iter()
            .find(|(code, _)| *code == value)
            .map(|(_, name)| name.to_string())
            .unwrap_or_else(|| {
                if value.is_empty() {
                    "undated".into()
                } else {
                    value.to_string()
                }
            });
    };
    let last = last_day(event).unwrap_or(start);
    let suffix = value.rsplit_once('-').map(|(_, s)| s).unwrap_or("");
    match event.granularity {
        Some(Granularity::Time) => {
            let time = value.split_once('T').map(|(_, t)| t).unwrap_or("");
            let part = DAY_PARTS
                .iter()
                .find(|(code, _)| *code == time)
                .map(|(_, name)| *name);
            match part {
                Some(name) => format!("{}, {name}", day_label(start)),
                None if !time.is_empty() => format!("{}, {time}", day_label(start)),
                None => day_label(start),
            }
        }
        Some(Granularity::Day) => day_label(start),
        Some(Granularity::Week) => {
            let week = start.iso_week();
            format!(
                "week {} of {} ({} \u{2013} {})",
                week.week(),
                week.year(),
                short_day(start),
                short_day(last)
            )
        }
        Some(Granularity::Month) => month_label(start),
        Some(Granularity::Season) => match SEASONS.iter().find(|(code, _)| *code == suffix) {
            Some((_, name)) => format!("{name} {}", start.year()),
            None => month_range(start, last),
        },
        Some(Granularity::Quarter) => format!("Q{} {}", (start.month() - 1) / 3 + 1, start.year()),
        Some(Granularity::Half) => {
            let half = if start.month() <= 6 { "first" } else { "second" };
            format!("{half} half of {}", start.year())
        }
        Some(Granularity::Year) => start.year().to_string(),
        Some(Granularity::Decade) => format!("the {}s", start.year().div_euclid(10) * 10),
        Some(Granularity::Century) => format!("the {} century", ordinal(start.year().div_euclid(100) + 1)),
        None if start == last => day_label(start),
        None => format!("{} \u{2013} {}", day_label(start), day_label(last)),
    }
}

/// `30 Nov`.
fn short_day(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_name(d.month()).get(..3).unwrap_or(""))
}

/// `June–August 2009` or `December 2009 – February 2010`.
fn month_range(start: NaiveDate, last: NaiveDate) -> String {
    if start.year() == last.year() {
        format!(
            "{}\u{2013}{} {}",
            month_name(start.month()),
            month_name(last.month()),
            start.year()
        )
    } else {
        format!("{} \u{2013} {}", month_label(start), month_label(last))
    }
}

/// The hour and minute of a TIME value (`2009-12-01T10:30` → `10:30`), when it has them.
pub fn clock_time(event: &Event) -> Option<(u32, u32)> {
    if event.granularity != Some(Granularity::Time) {
        return None;
    }
    let time = event.date.split_once('T')?.1;
    let mut parts = time.split(':');
    let hour: u32 = parts.next()?.get(..2)?.parse().ok()?;
    let minute: u32 = parts
        .next()
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    (hour < 24 && minute < 60).then_some((hour, minute))
}
