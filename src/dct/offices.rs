//! Who held which office when: a story that names "NATO Secretary General Anders Fogh
//! Rasmussen" was written between August 2009 and September 2014.
//!
//! The table is hand-kept in `data/offices.tsv` (its header names the sources): NATO's
//! secretaries general and deputies, heads of state and government, foreign and defence
//! ministers and NATO ambassadors of the United States, Russia, Ukraine, Georgia and the
//! larger allies, 1990 to now, and a few officials the development stories name.
//!
//! A mention counts only when nothing says the person no longer holds the office:
//! "former", "ex-", "then-", "late" and the like in the words before it
//! ([`PAST_HOLDER_WORDS`]), or a year written in the same sentence (a sentence about
//! history: "in 1999 President Clinton ordered …"). A name with its title ("President
//! Obama", "Secretary of State John Kerry") dates the story to that office's term; a full
//! name alone ("Condoleezza Rice") only to the union of the person's terms, and weakly.

use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::text::sentence::SentenceSpans;

/// The table, compiled into the binary.
const TABLE: &str = include_str!("data/offices.tsv");

/// Words before a name that say the person held the office before the story's time.
pub const PAST_HOLDER_WORDS: &[&str] = &[
    "former",
    "ex",
    "then",
    "late",
    "onetime",
    "one-time",
    "erstwhile",
    "predecessor",
    "previous",
    "retired",
    "outgoing",
    "incoming",
    "future",
    "successor",
];

/// The same words in Russian, as stems ([`crate::lang::ru::lexicon::stem`]): "бывший",
/// "экс-", "тогдашний", "покойный", "будущий", "прежний", "предыдущий", "уходящий",
/// "новоизбранный", "преемник", "предшественник".
pub const PAST_HOLDER_WORDS_RU: &[&str] = &[
    "бывш",
    "экс",
    "тогдашн",
    "покойн",
    "будущ",
    "прежн",
    "предыдущ",
    "уходящ",
    "новоизбранн",
    "преемник",
    "предшественник",
];

/// One term of office.
#[derive(Debug, Clone)]
pub struct Term {
    /// Name variants; `(variant, needs_title)`. A Russian variant is kept as stems
    /// ("Йенс Столтенберг", "Серге Лавров"): what the text is searched for.
    pub names: Vec<(String, bool)>,
    /// The variants as the table writes them, for reasons ("Сергей Лавров").
    pub shown: Vec<String>,
    /// Lower-case title words that may stand before the name.
    pub titles: Vec<String>,
    pub from: NaiveDate,
    /// `None` while in office.
    pub to: Option<NaiveDate>,
    pub office: String,
}

/// The terms of the table.
pub static TERMS: LazyLock<Vec<Term>> = LazyLock::new(|| parse(TABLE));

fn parse(table: &str) -> Vec<Term> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let [names, titles, from, to, office] = cols[..] else {
                return None;
            };
            Some(Term {
                names: names
                    .split('|')
                    .map(|n| match n.strip_suffix('*') {
                        Some(n) => (russian_stems(n).into_owned(), true),
                        None => (russian_stems(n).into_owned(), false),
                    })
                    .collect(),
                shown: names
                    .split('|')
                    .map(|n| n.trim_end_matches('*').to_string())
                    .collect(),
                titles: titles
                    .split('|')
                    .map(|t| russian_stems(t).to_lowercase())
                    .collect(),
                from: NaiveDate::parse_from_str(from, "%Y-%m-%d").ok()?,
                to: NaiveDate::parse_from_str(to, "%Y-%m-%d").ok(),
                office: office.to_string(),
            })
        })
        .collect()
}

/// Russian names and titles are kept as stems, and a Russian text is searched as stems,
/// so that every case form meets the table's ("генсеком НАТО Йенсом Столтенбергом" is
/// "генсек НАТ Йенс Столтенберг", as is the nominative).
fn russian_stems(s: &str) -> std::borrow::Cow<'_, str> {
    if crate::lang::has_cyrillic(s) {
        std::borrow::Cow::Owned(crate::lang::ru::lexicon::stem_text(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The names of the table, sorted and deduplicated, and one matcher for all of them.
struct Names {
    names: Vec<&'static str>,
    matcher: aho_corasick::AhoCorasick,
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = TERMS
        .iter()
        .flat_map(|t| t.names.iter().map(|(n, _)| n.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    let matcher = aho_corasick::AhoCorasick::new(&names).expect("the office names build a matcher");
    Names { names, matcher }
});

/// A dated mention of an office holder in a story.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficeMention {
    /// The name as matched.
    pub name: String,
    /// The offices and terms the mention allows: `(from, to)`, `to` `None` = still.
    pub terms: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// Whether a title named the office (strong) or only the name was found (weak).
    pub titled: bool,
    /// What to say in a reason: "NATO Secretary General 2009-08-01..2014-09-30".
    pub office: String,
}

impl OfficeMention {
    /// Whether the term(s) of the mention cover some day of `year`.
    pub fn covers_year(&self, year: i32) -> bool {
        self.terms.iter().any(|(from, to)| {
            use chrono::Datelike;
            from.year() <= year && to.is_none_or(|t| t.year() >= year)
        })
    }

    /// Whether the terms cover `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.terms
            .iter()
            .any(|(from, to)| *from <= date && to.is_none_or(|t| date <= t))
    }
}

/// The office holders `text` names as in office at the story's time.
pub fn mentions(text: &str) -> Vec<OfficeMention> {
    let stems = russian_stems(text);
    let text: &str = &stems;
    let mut found: Vec<OfficeMention> = Vec::new();
    // Every occurrence of every name in one pass, taken name by name (in the names' order)
    // and in text order within a name, which is the order of the reason's words.
    let mut hits: Vec<(usize, usize)> = NAMES
        .matcher
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    hits.sort_unstable();
    let mut last: Option<(usize, usize)> = None;
    // the shared splitter's sentences (a dot after "U.S." or "Gen." ends none), read only
    // when a name occurs
    let sentences = std::cell::OnceCell::new();
    for (id, start) in hits {
        let name = NAMES.names[id];
        let end = start + name.len();
        // a name's occurrences do not overlap each other (as with `str::find` from the end
        // of the last one)
        if last.is_some_and(|(lid, lend)| lid == id && start < lend) {
            continue;
        }
        last = Some((id, end));
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !before_ok || !after_ok {
            continue;
        }
        let sentence_start = sentences
            .get_or_init(|| SentenceSpans::new(text))
            .around(start, start)
            .start;
        let sentence = &text[sentence_start.min(start)..start];
        let lead_in = words_before(sentence, 6);
        if lead_in.iter().any(|w| {
            w.split('-')
                .any(|part| PAST_HOLDER_WORDS.contains(&part) || PAST_HOLDER_WORDS_RU.contains(&part))
        }) || has_year(sentence)
        {
            continue;
        }
        let lead_text = lead_in.join(" ");
        let mut titled_terms = Vec::new();
        let mut all_terms = Vec::new();
        let mut office = String::new();
        let mut needs_title = true;
        for term in TERMS.iter() {
            let Some((_, title_only)) = term.names.iter().find(|(n, _)| n == name) else {
                continue;
            };
            needs_title &= *title_only;
            all_terms.push((term.from, term.to));
            if term.titles.iter().any(|t| ends_with_phrase(&lead_text, t)) {
                titled_terms.push((term.from, term.to));
                if !office.is_empty() {
                    office.push_str(" or ");
                }
                office.push_str(&describe(term));
            }
        }
        let shown = TERMS
            .iter()
            .find_map(|t| {
                let i = t.names.iter().position(|(n, _)| n == name)?;
                t.shown.get(i).cloned()
            })
            .unwrap_or_else(|| name.to_string());
        let mention = if !titled_terms.is_empty() {
            OfficeMention {
                name: shown,
                terms: titled_terms,
                titled: true,
                office,
            }
        } else if !needs_title {
            let office = TERMS
                .iter()
                .filter(|t| t.names.iter().any(|(n, _)| n == name))
                .map(describe)
                .collect::<Vec<_>>()
                .join(", ");
            OfficeMention {
                name: shown,
                terms: all_terms,
                titled: false,
                office,
            }
        } else {
            continue;
        };
        if !found
            .iter()
            .any(|m| m.office == mention.office && m.titled == mention.titled)
        {
            found.push(mention);
        }
    }
    // A titled mention of a person says more than the bare name: keep only the former.
    let titled: Vec<String> = found
        .iter()
        .filter(|m| m.titled)
        .map(|m| m.name.clone())
        .collect();
    found.retain(|m| m.titled || !titled.contains(&m.name));
    found
}

fn describe(term: &Term) -> String {
    let to = term
        .to
        .map_or("now".to_string(), |d| d.format("%Y-%m").to_string());
    format!("{} {}..{}", term.office, term.from.format("%Y-%m"), to)
}

/// Whether `text` (lower case words) ends with the title `phrase` ("nato secretary general").
fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    let text = text.trim_end();
    // The title may be followed by the office's country or body words before the name
    // ("Secretary of State John" is handled by the name itself), so look at the last
    // three words too: "President Dmitry", "Foreign Minister Sergei".
    if text.ends_with(phrase)
        || text
            .rsplit_once(' ')
            .is_some_and(|(head, _)| head.ends_with(phrase))
    {
        return true;
    }
    // The title may stand before the body it serves: "постоянный представитель России при
    // НАТО Дмитрий Рогозин", "ambassador to NATO Kay Bailey Hutchison": skip up to four
    // such words (and the name's first word) from the end.
    let mut words: Vec<&str> = text.split(' ').collect();
    for _ in 0..2 {
        let mut w = words.clone();
        let mut skipped = 0;
        while skipped < 4 && w.last().is_some_and(|x| TITLE_QUALIFIERS.iter().any(|q| q == x)) {
            w.pop();
            skipped += 1;
        }
        if skipped > 0 && w.join(" ").ends_with(phrase) {
            return true;
        }
        words.pop();
    }
    false
}

/// Words between a title and a name that say whom the office serves, as the text reads
/// after stemming (a Russian word is searched as its stem: "России" is "росс").
static TITLE_QUALIFIERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "России",
        "РФ",
        "США",
        "Украины",
        "при",
        "в",
        "НАТО",
        "альянсе",
        "ЕС",
        "to",
        "at",
        "nato",
        "the",
        "alliance",
        "u.s.",
        "russia's",
        "russian",
    ]
    .iter()
    .map(|w| russian_stems(w).to_lowercase())
    .collect()
});

/// The last `n` lower-case words (hyphenated words kept whole) of `text`.
fn words_before(text: &str, n: usize) -> Vec<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    words[words.len().saturating_sub(n)..].to_vec()
}

/// Whether a sentence writes a four-digit year (19xx, 20xx) as a word of its own.
fn has_year(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads() {
        // every data row parses (a malformed row would be dropped silently)
        let rows = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(TERMS.len(), rows);
        assert!(TERMS.len() > 100, "{}", TERMS.len());
        for t in TERMS.iter() {
            assert!(t.to.is_none_or(|to| to >= t.from), "{}", t.office);
        }
    }

    #[test]
    fn mentions_are_guarded() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            (
                "NATO Secretary General Anders Fogh Rasmussen said",
                &[("Anders Fogh Rasmussen", true)],
            ),
            ("Former NATO Secretary General Anders Fogh Rasmussen said", &[]),
            ("then-President Dmitry Medvedev said", &[]),
            ("President Obama spoke.", &[("Obama", true)]),
            ("Obama spoke.", &[]),
            ("Condoleezza Rice spoke.", &[("Condoleezza Rice", false)]),
            ("In 1999, President Bill Clinton said", &[]),
            ("the late Boris Yeltsin", &[]),
            // the shared splitter: "U.S." ends no sentence, so the year still switches the
            // mention off, and the title still reads
            ("In 2014, U.S. Secretary of State John Kerry said", &[]),
            (
                "On Monday U.S. Secretary of State John Kerry said",
                &[("John Kerry", true)],
            ),
            ("Gen. Smith met Kerry.", &[]),
            // Russian: every case form, the name as the table writes it
            (
                "Лавров встретился с генсеком НАТО Йенсом Столтенбергом.",
                &[("Йенс Столтенберг", true)],
            ),
            ("Глава МИД Сергей Лавров заявил", &[("Лавров", true)]),
            ("Бывший генсек НАТО Андерс Фог Расмуссен заявил", &[]),
            ("В 2019 году президент США Дональд Трамп заявил", &[]),
            ("Путин заявил.", &[]),
            // a title before the body it serves
            (
                "Постоянный представитель России при НАТО Дмитрий Рогозин заявил",
                &[("Дмитрий Рогозин", true)],
            ),
            (
                "US ambassador to NATO Kay Bailey Hutchison said",
                &[("Kay Bailey Hutchison", true)],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(String, bool)> = mentions(text).into_iter().map(|m| (m.name, m.titled)).collect();
            let want: Vec<(String, bool)> = want.iter().map(|(n, t)| (n.to_string(), *t)).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
