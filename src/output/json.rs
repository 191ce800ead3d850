//! JSON: `{"articles": [...], "events": [...]}`, pretty-printed, field names stable.
//!
//! `articles[]`: `id`, `dateline` (`place`, `agency`, `month`, `day`, `year`, `start`,
//! `end`, or null), `dct`, `dct_source`, `dct_confidence`, `title`, `url`, `events` (how
//! many of the timeline's events come from it). `events[]`: the [`super::FIELDS`], with
//! `actors` as an array, dates as `YYYY-MM-DD`, missing values `null`.

use std::io::{self, Write};

use crate::merge::timeline::Timeline;

/// Writes the timeline as JSON.
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, timeline)?;
    writeln!(w)
}
