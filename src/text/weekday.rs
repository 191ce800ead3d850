//! A weekday a story names that may be its filing day: the evidence both languages'
//! readers produce (the English one in the document-date stage, the Russian one in
//! `lang::ru::dateline`) and the year inference weighs. The type lives in the text layer
//! so a language's reader can produce it without importing the stage that weighs it.

/// How much a weekday mention says about the filing day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CueStrength {
    /// A past or present mention elsewhere in the story: it may be an earlier day.
    Other,
    /// Beside a verb of reporting ("said Tuesday"), or in a sentence that says "today".
    Attribution,
    /// In the lead sentence, which reports the day's news.
    Lead,
}

/// A weekday mention that refers to (or may refer to) the filing day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekdayCue {
    /// ISO weekday, Monday = 1.
    pub weekday: u32,
    pub strength: CueStrength,
    /// The words around the mention, for the reason ("on Tuesday").
    pub quote: String,
}
