//! [`Dateline`]: the `BRUSSELS, December 1 (RIA Novosti) -` opening of a wire story.

use serde::Serialize;

/// A dateline found in an article. Any part may be missing: `WASHINGTON (AP) —` has
/// place and agency but no date; `Brussels, 12 January 2022 —` has no agency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Dateline {
    /// The place as written (`BRUSSELS`, `Corfu/Moscow`).
    pub place: Option<String>,
    /// The agency (`RIA Novosti`, `Reuters`, `AP`, `INTERFAX`).
    pub agency: Option<String>,
    /// Month 1–12 when the dateline gives a date.
    pub month: Option<u32>,
    /// Day of month when the dateline gives a date.
    pub day: Option<u32>,
    /// The year when the dateline states it; `None` means it must be inferred.
    pub year: Option<i32>,
    /// Where the dateline is in the article text, in chars, end exclusive.
    pub start: usize,
    pub end: usize,
}
