//! Cue words for reading weekday and year mentions. Lower case; phrases are matched as
//! whole words.

/// Words and phrases that make a clause point to the future: a weekday after them is
/// after the document date, a year after them is a plan, not history.
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "is to",
    "are to",
    "is due",
    "are due",
    "due to",
    "ahead of",
    "next",
    "upcoming",
    "forthcoming",
    "coming",
    "scheduled",
    "planned",
    "plans",
    "expected",
    "set to",
    "until",
    "till",
    "by",
    "aims",
    "going to",
];

/// Words right before a weekday that make it a day other than the document date's.
pub const OTHER_DAY_CUES: &[&str] = &[
    "last",
    "previous",
    "since",
    "every",
    "each",
    "following",
    "this past",
];

/// Verbs of reporting: a weekday beside one of them is the day the story was filed
/// ("said on Tuesday", "Tuesday's statement said" is not one).
pub const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "declared",
    "added",
    "warned",
    "insisted",
    "confirmed",
    "denied",
    "reported",
    "stressed",
    "urged",
    "noted",
    "claimed",
    "accused",
    "wrote",
];

/// Words that tie a sentence to the filing day: a weekday beside them names that day
/// ("Today, Tuesday, ministers met").
pub const TODAY_WORDS: &[&str] = &[
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
];

/// Words after a four-digit number that make it a count, not a year ("2000 troops").
pub const COUNT_NOUNS: &[&str] = &[
    "troops",
    "soldiers",
    "servicemen",
    "personnel",
    "people",
    "men",
    "women",
    "civilians",
    "refugees",
    "tanks",
    "aircraft",
    "jets",
    "vehicles",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "dollars",
    "euros",
    "roubles",
    "rubles",
    "tonnes",
    "tons",
    "members",
    "units",
    "jobs",
    "deaths",
    "cases",
    "votes",
    "delegates",
    "participants",
];

/// Words before a four-digit number that make it a count ("some 2000", "over 1500").
pub const COUNT_QUALIFIERS: &[&str] = &[
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "than",
    "approximately",
    "roughly",
    "least",
    "only",
    "$",
    "€",
    "£",
    "no.",
    "number",
];

/// Labels of a publication date line ("Published: 01.12.2009 18:05"), strongest first.
pub const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "first published",
    "posted",
    "issued",
    "date",
    "updated",
    "last updated",
];

/// Whether `words` (lower case, in order) contains `phrase` as consecutive words.
pub fn contains_phrase(words: &[String], phrase: &str) -> bool {
    let parts: Vec<&str> = phrase.split(' ').collect();
    words
        .windows(parts.len())
        .any(|w| w.iter().zip(&parts).all(|(a, b)| a == b))
}
