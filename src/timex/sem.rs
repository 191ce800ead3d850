//! What a recognised expression means before it is resolved: the scanner's output and the
//! resolver's input.
//!
//! A [`Sem`] says *what* the words say ("the Tuesday", "three weeks before some point",
//! "the third quarter of an unnamed year"); [`super::resolve`] turns it into a TIMEX3 value
//! once the document date, the narrative anchor and the sentence's tense are known.

use super::tables::Unit;

/// A count of units: exact (`three`, `2 1/2`) or vague (`several`, `a few`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Count {
    N(f64),
    Vague,
}

/// Which year a quarter, half, season or holiday is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Written out: `the third quarter of 1984`.
    Explicit(i32),
    /// Relative to the DCT: `this year's third quarter` (0), `last spring` (-1).
    Rel(i32),
    /// Not said: `the third quarter`, `in the summer`.
    Implicit,
}

/// Holidays whose date is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Fixed {
        month: u32,
        day: u32,
    },
    /// The `n`th `weekday` (ISO, Monday = 1) of `month`; `n` = 5 means the last one.
    NthWeekday {
        month: u32,
        weekday: u32,
        n: u32,
    },
    Easter,
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay,
}

/// The meaning of one temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// A calendar date, maybe partial. Without a year, a month-and-day takes the year that
    /// puts it nearest the DCT; a bare month follows the sentence's tense.
    Cal {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// `last April` (-1), `this April` (0), `next April` (+1): the month relative to the
    /// DCT's month, strictly before or after.
    MonthShift { month: u32, shift: i32 },
    /// `June last year`, `January this year`: a month of a year relative to the DCT's.
    MonthOfRelYear {
        month: u32,
        day: Option<u32>,
        year_shift: i32,
    },
    /// `the 1990s` → 199.
    Decade(i32),
    /// `the 20th century` → 19.
    Century(i32),
    /// `Tuesday` (shift 0: by tense), `last Tuesday` (-1), `next Tuesday` (+1), `this
    /// Tuesday` (`this` = true).
    Weekday { weekday: u32, shift: i32, this: bool },
    /// `the previous Friday` (-1), `the following Monday` (+1): the weekday before or
    /// after the narrative anchor's day (the DCT's, if the story named no day).
    AnaphorWeekday { weekday: u32, shift: i32 },
    /// `yesterday` (-1), `today` (0), `tomorrow` (+1).
    DayOffset(i32),
    /// `last week`, `this year`, `next month`, `the current quarter`: the DCT's unit shifted.
    UnitShift { unit: Unit, shift: i32 },
    /// `summer`, `last fall`, `the winter of 1994`.
    Season { season: &'static str, year: YearRef },
    /// `the third quarter`, `Q3 2008`, `this year's second quarter`.
    Quarter { quarter: u32, year: YearRef },
    /// `the first half of 2008`.
    Half { half: u32, year: YearRef },
    /// `two days ago` (from the DCT), `three weeks earlier` (from the narrative anchor).
    Offset {
        count: Count,
        unit: Unit,
        sign: i32,
        from_anchor: bool,
    },
    /// `the next day`, `the following year`, `that month`, `the quarter`: the narrative
    /// anchor's unit, shifted.
    Anaphor { unit: Unit, shift: i32 },
    /// `five days`, `the past 18 months`, `a five-day war`.
    Duration { count: Count, unit: Unit },
    /// `every Tuesday` (`XXXX-WXX-2`), `each year` (`P1Y`): the SET value, precomputed.
    Set(String),
    /// A phrase with a fixed value (`now`, `PAST_REF`, `weekly`).
    Fixed(&'static str, super::tables::Fixed),
    /// The day the story is on, unnamed: the narrative anchor's day, else the DCT's (the
    /// day of `mid-afternoon`, `late evening`).
    StoryDay,
    /// `Friday morning`, `last night`, `tonight`: a day and a part of it (`MO`, `NI`).
    PartOfDay { day: Box<Sem>, part: &'static str },
    /// `10:30 a.m.`, `noon Thursday`, `1500 GMT`: a clock time on a day (the DCT's by
    /// default).
    Clock {
        day: Option<Box<Sem>>,
        hour: u32,
        minute: u32,
        /// The ISO 8601 offset of a zone named after it (`Z` for `UTC`), kept in the value.
        zone: Option<&'static str>,
    },
    /// `Christmas`, `Thanksgiving`, `Easter 2008`; with `week`, the (ISO) week holding it
    /// (`Easter week`, `Christmas week`).
    Holiday {
        holiday: Holiday,
        year: YearRef,
        week: bool,
    },
    /// `the 1988 period`, `the 1988 quarter`: the story's reporting quarter in that year
    /// (or the year, if no quarter was mentioned).
    YearPeriod(i32),
    /// `the week of March 6`.
    WeekOf(Box<Sem>),
}

impl Sem {
    /// Whether a leading `the` belongs to the expression (`the third quarter`, `the
    /// 1990s`, `the past three months`) rather than to a noun phrase around it (`the
    /// August 2008 conflict`).
    pub fn takes_determiner(&self) -> bool {
        !matches!(
            self,
            Sem::Cal { .. }
                | Sem::Weekday { .. }
                | Sem::DayOffset(_)
                | Sem::StoryDay
                | Sem::Clock { .. }
                | Sem::Fixed(..)
                | Sem::MonthOfRelYear { .. }
                | Sem::MonthShift { .. }
                | Sem::PartOfDay { .. }
                | Sem::Set(_)
                | Sem::Offset { .. }
        )
    }
}
