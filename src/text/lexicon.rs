//! Word tables shared by the dateline finder and the temporal tagger.
//!
//! Resources live here as data, not in the engines (HeidelTime's separation): month and
//! weekday names with their abbreviations, number words. Lookups are case-insensitive.

/// English month names in calendar order, for messages and display.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month names and abbreviations → month number 1–12.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations → ISO weekday number (Monday = 1 … Sunday = 7).
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// Cardinal number words → value (compounds such as `twenty-five` are built from these).
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];

/// Ordinal words → number (`third quarter`, `the 1st of December` uses digits).
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// The value of a cardinal number word or a hyphenated compound of a tens word and a unit
/// (`five`, `twenty`, `twenty-five`), lower case; `None` for anything else.
pub fn cardinal(word: &str) -> Option<u32> {
    let value = |w: &str| NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v);
    match word.split_once('-') {
        Some((tens, unit)) => compound(value(tens)?, value(unit)?),
        None => value(word),
    }
}

/// The value of an ordinal word or compound (`fifth`, `twentieth`, `twenty-fifth`,
/// `seventy-fifth`), lower case. Tens ordinals are their cardinal with `-y` turned into
/// `-ieth` (`forty` → `fortieth`), so only the irregular ones are listed in [`ORDINALS`].
pub fn ordinal(word: &str) -> Option<u32> {
    let simple = |w: &str| {
        ORDINALS
            .iter()
            .find(|(n, _)| *n == w)
            .map(|&(_, v)| v)
            .or_else(|| {
                let tens = cardinal(&format!("{}y", w.strip_suffix("ieth")?))?;
                (tens.is_multiple_of(10) && (20..100).contains(&tens)).then_some(tens)
            })
    };
    match word.split_once('-') {
        Some((tens, unit)) => compound(cardinal(tens)?, simple(unit)?),
        None => simple(word),
    }
}

/// `twenty` and `five` → 25: a tens word (20–90) and a unit (1–9), nothing else.
fn compound(tens: u32, unit: u32) -> Option<u32> {
    (tens.is_multiple_of(10) && (20..100).contains(&tens) && (1..10).contains(&unit)).then_some(tens + unit)
}

/// Abbreviations whose final dot does not end a sentence, lower case, without the last dot
/// (`U.S.` is `u.s`). A dot after one of these belongs to the word, so "Gen. Smith met
/// U.S. envoys on Dec. 1" is one sentence, and the word token keeps its dot (`U.S.`). The
/// groups, and why each is here:
/// * titles before a name (`Mr.`, `Gen.`, `Sen.`, `Capt.`, `Messrs.`): a name follows;
/// * company and name suffixes (`Inc.`, `Corp.`, `Jr.`): they mostly close a name inside
///   a sentence ("Acme Inc. said");
/// * month abbreviations (`Dec.`, `Sept.`): AP style writes dates as "Dec. 1";
/// * dotted initialisms (`U.S.`, `U.N.`, `a.m.`, `e.g.`): they stand mid-sentence far
///   more often than at its end, where wire copy tends to write "the United States";
/// * `No.`, `vs.`, `St.`, `Mt.`, `ft.`: before a number or a name.
///
/// U.S. states in AP style (`Calif.`, `Fla.`, `Mich.`) are not listed: on the development
/// data they end a sentence ("… in Dearborn, Mich. \"There's some price …\"") as often
/// as they sit inside one.
///
/// The price: a sentence that really ends with one ("... in the U.S. The next day")
/// runs on into the next; that joins two sentences, which loses less than cutting one in
/// two after every "U.S.". A single capital letter with a dot (an initial, "J. Smith") is
/// handled by rule, not listed ([`crate::text::sentence`]).
pub const ABBREVIATIONS: &[&str] = &[
    // titles, and their plurals ("Messrs. Smith and Jones", "Gens. Petraeus and Odierno")
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gens", "sen", "sens", "rep", "reps", "gov", "pres",
    "adm", "rev", "lt", "col", "maj", "capt", "cmdr", "sgt", // name and company suffixes
    "jr", "sr", "inc", "corp", "co", "cos", "cie", "ltd",
    // months (May, June and July are not abbreviated in AP style)
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // dotted initialisms
    "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", // before a number or a name
    "no", "vs", "st", "mt", "ft",
];

fn lookup(table: &[(&str, u32)], word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// `"Dec."`, `"december"`, `"Sept"` → 12, 12, 9.
pub fn month(word: &str) -> Option<u32> {
    lookup(MONTHS, word)
}

/// `"Tuesday"`, `"Tue."` → 2.
pub fn weekday(word: &str) -> Option<u32> {
    lookup(WEEKDAYS, word)
}

/// `"five"` → 5.
pub fn number_word(word: &str) -> Option<u32> {
    lookup(NUMBER_WORDS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows: a word, its value as a cardinal, its value as an ordinal.
    #[test]
    fn number_words_and_compounds() {
        let rows: &[(&str, Option<u32>, Option<u32>)] = &[
            ("five", Some(5), None),
            ("fifth", None, Some(5)),
            ("twelve", Some(12), None),
            ("twelfth", None, Some(12)),
            ("twenty", Some(20), None),
            ("twentieth", None, Some(20)),
            ("forty", Some(40), None),
            ("fortieth", None, Some(40)),
            ("seventieth", None, Some(70)),
            ("twenty-five", Some(25), None),
            ("twenty-fifth", None, Some(25)),
            ("seventy-fifth", None, Some(75)),
            ("ninety-ninth", None, Some(99)),
            ("five-twenty", None, None),
            ("twenty-twenty", None, None),
            ("tenieth", None, None),
            ("hundredth", None, None),
            ("anniversary", None, None),
            ("", None, None),
        ];
        for &(word, card, ord) in rows {
            assert_eq!(cardinal(word), card, "cardinal {word:?}");
            assert_eq!(ordinal(word), ord, "ordinal {word:?}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(month("Dec."), Some(12));
        assert_eq!(month("SEPT"), Some(9));
        assert_eq!(month("Mayday"), None);
        assert_eq!(weekday("tues."), Some(2));
        assert_eq!(number_word("Twelve"), Some(12));
    }
}
