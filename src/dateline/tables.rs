//! Word tables for dateline recognition. Lookups are case-insensitive.

/// News agencies and wire services that sign datelines. An agency in parentheses or
/// slashes is accepted if it is listed here *or* looks like a name (capitalised words);
/// a bare agency after a full stop (`Moscow. Oct 18. INTERFAX -`) must be listed.
pub const AGENCIES: &[&str] = &[
    "AFP",
    "Agence France-Presse",
    "ANSA",
    "AP",
    "Associated Press",
    "Anadolu",
    "Anadolu Agency",
    "APA",
    "BelTA",
    "Bernama",
    "Bloomberg",
    "BTA",
    "CNA",
    "CTK",
    "dpa",
    "EFE",
    "Fars",
    "IANS",
    "Interfax",
    "Interfax-Ukraine",
    "IRNA",
    "ITAR-TASS",
    "Itar-Tass",
    "Kazinform",
    "KUNA",
    "Kyodo",
    "Lusa",
    "MENA",
    "MTI",
    "Notimex",
    "PAP",
    "PTI",
    "Prensa Latina",
    "Regnum",
    "Reuters",
    "RIA Novosti",
    "RIA",
    "RIA-Novosti",
    "RT",
    "SANA",
    "Sputnik",
    "TASS",
    "Tanjug",
    "Trend",
    "UNIAN",
    "Ukrinform",
    "UPI",
    "WAM",
    "Xinhua",
    "Yonhap",
];

/// Capitalised words in brackets that are not an agency (time zones, page labels). Weekday
/// and month names are refused too.
pub const NOT_AGENCIES: &[&str] = &[
    "GMT",
    "UTC",
    "EST",
    "EDT",
    "CET",
    "CEST",
    "MSK",
    "BST",
    "PST",
    "Update",
    "Updated",
    "Photo",
    "Photos",
    "Video",
    "File",
    "Graphic",
    "Live",
    "Watch",
    "Opinion",
    "Analysis",
    "Corrected",
    "Refile",
    "Urgent",
];

/// Capitalised words that start lines but are never the place of a dateline: sentence
/// openers, page furniture, wire-desk labels, organisations that head lines (`NATO — …`).
/// Weekday and month names are refused too.
pub const NOT_PLACES: &[&str] = &[
    "a",
    "additional",
    "advertisement",
    "also",
    "analysis",
    "and",
    "as",
    "at",
    "breaking",
    "bulletin",
    "but",
    "by",
    "chats",
    "comment",
    "commentary",
    "comments",
    "copyright",
    "corrected",
    "csto",
    "earlier",
    "editing",
    "editorial",
    "eu",
    "exclusive",
    "factbox",
    "feature",
    "flash",
    "for",
    "from",
    "g20",
    "g7",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "insight",
    "interview",
    "it",
    "later",
    "listen",
    "live",
    "meanwhile",
    "menu",
    "more",
    "nato",
    "newsfeed",
    "on",
    "opinion",
    "osce",
    "photo",
    "posted",
    "published",
    "read",
    "refile",
    "related",
    "reporting",
    "share",
    "she",
    "since",
    "so",
    "sponsored",
    "story",
    "subscribe",
    "that",
    "the",
    "then",
    "there",
    "they",
    "this",
    "today",
    "tomorrow",
    "un",
    "update",
    "updated",
    "urgent",
    "video",
    "watch",
    "we",
    "when",
    "while",
    "world",
    "wrapup",
    "writing",
    "yesterday",
    "you",
];

/// Places whose name starts with a word of [`NOT_PLACES`].
pub const PLACES_WITH_ARTICLE: &[&str] = &[
    "The Hague",
    "The Gambia",
    "The Bahamas",
    "The Vatican",
    "The Valley",
];

/// Lower-case words allowed inside a multi-word place name (`Rio de Janeiro`,
/// `Stratford-upon-Avon` is one word, `Bandar Seri Begawan` needs none).
pub const PLACE_CONNECTORS: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "les", "el", "al", "am", "an", "on",
    "of", "en", "sur", "upon", "y",
];

/// `table` contains `word`, ignoring case.
pub fn contains(table: &[&str], word: &str) -> bool {
    table.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// The listed agency `text` starts with (`RIA Novosti correspondent` → `RIA Novosti`),
/// longest first.
pub fn known_agency_prefix(text: &str) -> Option<&'static str> {
    AGENCIES
        .iter()
        .filter(|a| {
            text.len() >= a.len()
                && text.is_char_boundary(a.len())
                && text[..a.len()].eq_ignore_ascii_case(a)
                && !text[a.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .max_by_key(|a| a.len())
        .copied()
}
