//! What the visual writers share: how events are grouped into lanes, how a date of some
//! precision is shown to a reader, where an event came from, and escaping.
//!
//! The TimelineJS, vis-timeline, HTML and Markdown writers all present the same three
//! things for an event — *when* (a date label honest about its precision), *which lane*
//! (its group) and *why* (the evidence sentence, the source and how the date was
//! resolved) — so those live here, once:
//!
//! * [`options`]: the view's options, the lanes ([`GroupBy`]), each article's
//!   [`Source`], who reported a merged row, and the conflict note;
//! * [`dates`]: date labels as precise as the value ([`display_date`]) and the calendar
//!   fields a granularity fills ([`Precision`]);
//! * [`words`]: factuality, status and precision in words, escaping, ids, headings.
//!
//! Each writer (`html`, `markdown`, `timelinejs`, `vis`) reads these and nothing of the
//! others; which writer runs for a format is chosen in the output module.

pub mod dates;
pub mod options;
pub mod words;

pub use dates::{
    clock_time, day_label, display_date, epoch_days, is_point, last_day, month_label, with_mod, Precision,
};
pub use options::{conflict_note, conflict_text, groups, GroupBy, Source, ViewOptions, CONFLICT_MARK};
pub use words::{
    dated, escape_html, escape_text, event_ids, factuality, granularity_name, heading, one_line, status_name,
    summary, UNDATED,
};

#[cfg(test)]
mod tests;
