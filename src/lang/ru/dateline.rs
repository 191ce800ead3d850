//! Russian wire datelines and the year evidence of Russian text.
//!
//! The three agencies open their Russian stories in three shapes, none with a year:
//!
//! | agency | shape |
//! |---|---|
//! | RIA Novosti | `МОСКВА, 1 дек — РИА Новости.` (short month, no period; em dash, en dash or hyphen), also the full genitive month |
//! | TASS | `МОСКВА, 3 декабря. /ТАСС/.`, `/ИТАР-ТАСС/` (1992–2014), `КИЕВ /Украина/, 3 декабря. /ТАСС/.`, `/Корр. ТАСС .../` |
//! | Interfax | `Москва. 3 декабря. ИНТЕРФАКС -`, `Москва. 3 декабря. INTERFAX.RU -`, `ИНТЕРФАКС-АВН` |
//! | Sputnik | `ЦХИНВАЛ, 15 сен – Sputnik.` (RIA's shape, Sputnik's name) |
//!
//! Their times are Moscow time, UTC+3 ([`MOSCOW_ZONE`]), recorded on the dateline. The
//! shapes are data ([`SHAPES`]): the shared dateline finder reads them.
//!
//! [`weekday_cues`] and [`mentioned_years`] give the document-date logic the Russian
//! evidence for a missing year: weekdays the story names for the filing day ("во
//! вторник"), and the years it mentions as history ("в 2008 году").

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon;
use crate::lang::WireDatelines;
use crate::text::weekday::{CueStrength, WeekdayCue};

/// The zone of Russian agencies' datelines: Moscow time.
pub const MOSCOW_ZONE: &str = "UTC+03:00";

/// The three agencies' dateline shapes, read by the shared dateline finder.
pub static SHAPES: WireDatelines = WireDatelines {
    pattern: &DATELINE,
    agencies: &[
        ("ria", "RIA Novosti", "ru-ria"),
        ("tass", "TASS", "ru-tass"),
        ("spk", "Sputnik", "ru-sputnik"),
        ("ifx", "Interfax", "ru-interfax"),
    ],
    zone: MOSCOW_ZONE,
    search_chars: SEARCH_CHARS,
    month: dateline_month,
};

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<place>\p{Lu}[\p{L}]*(?:[ \-]\p{Lu}[\p{L}]*){0,3})
        \s*(?:/[^/\n]{1,40}/\s*)?              # TASS: a region after the place
        [,.]\s*
        (?P<day>\d{1,2})\s+(?P<month>\p{L}{3,8})\.?
        (?:\s+(?P<year>\d{4})(?:\s*г(?:ода)?\.?)?)?
        \s*[.,]?\s*
        (?:
            (?P<ria>[—–\-]\s*РИА\s+Новости)
          | (?P<tass>/\s*(?:Корр\.\s*)?(?:ИТАР-)?ТАСС[^/\n]{0,60}/)
          | (?P<spk>[—–\-]\s*Sputnik)
          | (?P<ifx>ИНТЕРФАКС(?:-\p{Lu}+)?|INTERFAX\.RU|Интерфакс)
        )
        \s*[.\-—–]?",
    )
    .expect("Russian dateline pattern")
});

/// How many chars into the text a dateline may start (scraped pages have menus first).
const SEARCH_CHARS: usize = 3000;

/// The month of a dateline's month word: "дек", "декабря", "Дек." (the period is outside
/// the word).
fn dateline_month(word: &str) -> Option<u32> {
    lexicon::value(&lexicon::fold(word), "month").and_then(|v| v.parse().ok())
}

/// The Ukrainian month words (`data/uk-months.tsv`): Ukrainian outlets' pages print
/// dates in them ("15 квітня 2021").
static UK_MONTHS: LazyLock<std::collections::HashMap<&'static str, Vec<lexicon::Entry>>> =
    LazyLock::new(|| lexicon::table(include_str!("data/uk-months.tsv")));

/// The month of a Russian month word as a page prints it: any case, any capital, an
/// abbreviation with or without its period ("мая", "Май", "янв.", "Фев.").
pub fn month_word(word: &str) -> Option<u32> {
    dateline_month(word.trim_end_matches('.'))
}

/// The month of a Ukrainian month word ("квітня", "травні", "Лют."); `None` for a
/// Russian one.
pub fn ukrainian_month(word: &str) -> Option<u32> {
    let folded = lexicon::fold(word.trim_end_matches('.'));
    UK_MONTHS
        .get(folded.as_str())
        .and_then(|v| v.first())
        .and_then(|e| e.value.parse().ok())
}

/// The weekday (ISO, Monday = 1) of a Russian weekday word in any case ("вторник",
/// "Среда", "пятницу").
pub fn weekday_word(word: &str) -> Option<u32> {
    let v = lexicon::value(&lexicon::fold(word.trim_end_matches(['.', ','])), "weekday")?;
    v.split(':').next()?.parse().ok()
}

/// Weekday mentions that may name the filing day, read with the Russian tagger's tables:
/// "во вторник" (accusative after "в"), "в понедельник вечером". A weekday with a deictic
/// adjective ("в прошлую среду"), after "до/с/к/по" or in a clause with a future cue is
/// another day and no cue. A mention in the lead sentence (the first after the dateline)
/// is a [`CueStrength::Lead`] cue, beside a verb of saying ("заявил во вторник") an
/// [`CueStrength::Attribution`] cue.
pub fn weekday_cues(text: &str, dateline_end_chars: usize) -> Vec<WeekdayCue> {
    let toks = super::token::tokenize(text);
    let lead_byte = text
        .char_indices()
        .nth(dateline_end_chars)
        .map_or(text.len(), |(i, _)| i);
    // the lead sentence: from the first token after the dateline to the next full stop
    let lead_first = toks.partition_point(|t| t.start < lead_byte);
    let lead_last = toks[lead_first..]
        .iter()
        .position(|t| t.low == "." || t.low == "!" || t.low == "?")
        .map_or(toks.len(), |p| lead_first + p);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(v) = lexicon::value(&t.low, "weekday") else {
            continue;
        };
        let Some((day, case)) = v.split_once(':') else {
            continue;
        };
        let prev = i.checked_sub(1).map(|p| toks[p].low.as_str()).unwrap_or("");
        if case != "acc" || !matches!(prev, "в" | "во") {
            continue;
        }
        let (dir, _) = super::tense::direction(&toks, i, i + 1);
        if dir != crate::text::clause::Dir::Past {
            continue;
        }
        let Ok(weekday) = day.parse::<u32>() else {
            continue;
        };
        let near = toks[i.saturating_sub(4)..(i + 5).min(toks.len())]
            .iter()
            .any(|t| SAYING.iter().any(|s| t.low.starts_with(s)));
        let strength = if (lead_first..lead_last).contains(&i) {
            CueStrength::Lead
        } else if near {
            CueStrength::Attribution
        } else {
            CueStrength::Other
        };
        let from = toks[i.saturating_sub(2)].start;
        out.push(WeekdayCue {
            weekday,
            strength,
            quote: text[from..t.end].to_string(),
        });
    }
    out
}

/// Stems of verbs of saying: "заявил", "сообщил", "сказал", "отметил", "подчеркнул".
const SAYING: &[&str] = &[
    "заяв",
    "сообщ",
    "сказа",
    "отмет",
    "подчеркн",
    "рассказ",
    "передал",
    "пояснил",
    "добавил",
    "объявил",
];

/// The latest year the story mentions as history, with the words: "в 2008 году", "с
/// 2001 года" in a clause whose nearest tense cue is a past-tense verb; not a plan ("к
/// 2030 году", a future clause, a clause with no past verb).
pub fn latest_past_year(text: &str) -> Option<(i32, String)> {
    let toks = super::token::tokenize(text);
    let mut best: Option<(i32, String)> = None;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != super::token::Kind::Num || t.low.len() != 4 {
            continue;
        }
        let Ok(year) = t.low.parse::<i32>() else {
            continue;
        };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        let next = toks.get(i + 1).map(|n| n.low.as_str()).unwrap_or("");
        let worded = matches!(t.suffix.as_str(), "г" | "гг" | "м" | "го")
            || lexicon::value(next, "unit") == Some("year") && next != "лет";
        if !worded {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| toks[p].low.as_str()).unwrap_or("");
        if matches!(prev, "к" | "до") {
            continue;
        }
        // history: a clause with a past-tense verb ("был подписан в 1987 году"); a year
        // in a clause without one may be a plan ("В 2022-м году решение пересмотрят")
        if super::tense::direction(&toks, i, i + 1) != (crate::text::clause::Dir::Past, true) {
            continue;
        }
        if best.as_ref().is_none_or(|(y, _)| year > *y) {
            let end = toks.get(i + 1).map_or(t.end, |n| n.end);
            let from = i.checked_sub(1).map_or(t.start, |p| toks[p].start);
            best = Some((year, text[from..end].to_string()));
        }
    }
    best
}

/// The dateline's day written out with a year elsewhere in the story ("1 декабря 2009
/// года", "1 дек. 2009 г."): that year, and the words.
pub fn same_day_with_year(text: &str, month: u32, day: u32) -> Option<(i32, String)> {
    let toks = super::token::tokenize(text);
    toks.windows(3).find_map(|w| {
        let same_day = w[0].num() == Some(day) && w[0].suffix.is_empty();
        let same_month =
            lexicon::value(&w[1].low, "month").and_then(|m| m.parse::<u32>().ok()) == Some(month);
        let year_tok = &w[2];
        let year: i32 = year_tok.low.parse().ok().filter(|_| year_tok.low.len() == 4)?;
        (same_day && same_month && (1900..=2100).contains(&year))
            .then(|| (year, text[w[0].start..year_tok.end].to_string()))
    })
}

/// Every year the story mentions with a year word, for callers that want them all.
pub fn mentioned_years(text: &str) -> Vec<i32> {
    let toks = super::token::tokenize(text);
    let mut years: Vec<i32> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let next = toks.get(i + 1).map(|n| n.low.as_str()).unwrap_or("");
            t.kind == super::token::Kind::Num
                && t.low.len() == 4
                && (matches!(t.suffix.as_str(), "г" | "гг" | "м" | "го")
                    || lexicon::value(next, "unit") == Some("year") && next != "лет")
        })
        .filter_map(|(_, t)| t.low.parse().ok())
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words_russian_and_ukrainian() {
        for (word, want) in [
            ("мая", 5),
            ("Май", 5),
            ("янв.", 1),
            ("Янв.", 1),
            ("Фев.", 2),
            ("сен", 9),
        ] {
            assert_eq!(month_word(word), Some(want), "{word}");
            assert_eq!(ukrainian_month(word), None, "{word}");
        }
        for (word, want) in [("квітня", 4), ("Травня", 5), ("листопада", 11), ("груд.", 12)]
        {
            assert_eq!(ukrainian_month(word), Some(want), "{word}");
            assert_eq!(month_word(word), None, "{word}");
        }
        assert_eq!(weekday_word("Вторник,"), Some(2));
        assert_eq!(weekday_word("пятницу"), Some(5));
    }

    #[test]
    fn year_evidence() {
        let text = "МОСКВА, 1 дек — РИА Новости. Министры встретились во вторник. В 2008 году был конфликт. К 2030 году планируют.";
        let cues = weekday_cues(text, 28);
        assert_eq!(cues.len(), 1);
        assert_eq!((cues[0].weekday, cues[0].strength), (2, CueStrength::Lead));
        assert_eq!(latest_past_year(text).map(|(y, _)| y), Some(2008));
        assert_eq!(mentioned_years(text), vec![2008, 2030]);
        let dated = "МОСКВА, 1 дек — РИА Новости. Встреча прошла 1 декабря 2009 года.";
        assert_eq!(same_day_with_year(dated, 12, 1).map(|(y, _)| y), Some(2009));
        assert_eq!(same_day_with_year(dated, 12, 2), None);
    }
}
