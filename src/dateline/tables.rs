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

/// Capitalised words that start lines but are never the place of a dateline: sentence
/// openers, page furniture, wire-desk labels. Weekday and month names are refused too.
pub const NOT_PLACES: &[&str] = &[
    "a",
    "additional",
    "also",
    "analysis",
    "and",
    "as",
    "at",
    "breaking",
    "but",
    "by",
    "comment",
    "comments",
    "copyright",
    "earlier",
    "editing",
    "exclusive",
    "factbox",
    "for",
    "from",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "later",
    "meanwhile",
    "menu",
    "more",
    "newsfeed",
    "on",
    "photo",
    "posted",
    "published",
    "read",
    "related",
    "reporting",
    "she",
    "share",
    "since",
    "so",
    "subscribe",
    "that",
    "the",
    "then",
    "there",
    "they",
    "this",
    "today",
    "tomorrow",
    "update",
    "updated",
    "video",
    "we",
    "when",
    "while",
    "writing",
    "yesterday",
    "you",
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
