//! Russian events.

use crate::dct::DocumentDate;
use crate::event::{Event, ExtractOptions};
use crate::input::article::Article;
use crate::timex::Timex;

/// The events of a Russian article.
pub fn extract(
    _article: &Article,
    _dct: &DocumentDate,
    _timexes: &[Timex],
    _opts: ExtractOptions,
) -> Vec<Event> {
    Vec::new()
}
