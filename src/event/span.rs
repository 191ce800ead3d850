//! The span of an event dated by an end of a written range ("9–11 July 2024", "between
//! 2014 and 2022"): the English builder and the Russian one ([`super::ru`]) both date
//! ranged events with it.

use chrono::NaiveDate;

use crate::time::interval::{self, Granularity};
use crate::timex::Timex;

/// What an event dated by an end of a range spans ([`range_span`]).
pub(crate) struct RangeSpan {
    /// The ISO 8601 interval of the two values: `2024-07-09/2024-07-11`.
    pub date: String,
    /// The first day of the first end.
    pub start: NaiveDate,
    /// The day after the last end.
    pub end: NaiveDate,
    /// The coarser end's granularity.
    pub granularity: Granularity,
    /// The words from one end to the other, as char offsets (end exclusive): both
    /// timexes' when the range is written as two ("9" and "11 July 2024"), the timex's own
    /// when it holds the whole range (Russian "с 9 по 11 июля").
    pub chars: (usize, usize),
    /// Each end's `mod`, in order, joined by `/`: `START/END` for "from early 2014 to
    /// late 2016", `/END` when only the last has one; `None` when neither has one.
    pub modifier: Option<String>,
}

/// The span of an event dated by `timexes[ti]` when it is an end of a range
/// ([`Timex::range`]). `None` for a timex with no range and for "since 2014" (its end,
/// `PRESENT_REF`, is no date). The English builder and the Russian one
/// ([`ru`]) both date ranged events with it.
pub(crate) fn range_span(timexes: &[Timex], ti: usize) -> Option<RangeSpan> {
    let tx = timexes.get(ti)?;
    let range = tx.range.as_ref()?;
    let (first, last) = (interval::parse(&range.start)?, interval::parse(&range.end)?);
    if first.start >= last.end {
        return None;
    }
    // the other end: the neighbour linked to the same range whose value is that end's
    // (not a second mention of the range, nor a Russian timex holding a whole range)
    let partner = if tx.value == range.start {
        ti.checked_add(1)
            .and_then(|i| timexes.get(i))
            .filter(|t| t.value == range.end)
    } else {
        ti.checked_sub(1)
            .and_then(|i| timexes.get(i))
            .filter(|t| t.value == range.start)
    }
    .filter(|t| t.range.as_ref() == Some(range));
    let chars = match partner {
        Some(p) => (tx.start.min(p.start), tx.end.max(p.end)),
        None => (tx.start, tx.end),
    };
    // (a timex holding the whole range has one `mod` for both: none is given)
    let (a, b) = match partner {
        Some(p) if p.start < tx.start => (p, tx),
        Some(p) => (tx, p),
        None => (tx, tx),
    };
    let modifier = (partner.is_some() && (a.modifier.is_some() || b.modifier.is_some())).then(|| {
        format!(
            "{}/{}",
            a.modifier.as_deref().unwrap_or(""),
            b.modifier.as_deref().unwrap_or("")
        )
    });
    Some(RangeSpan {
        date: format!("{}/{}", range.start, range.end),
        start: first.start,
        end: last.end,
        granularity: first.granularity.max(last.granularity),
        chars,
        modifier,
    })
}
