//! Articles of one run that report the same event, for the year of a dateline that has
//! none.
//!
//! Reuters' `BRUSSELS, July 13 (Reuters) - The NATO-Russia Council met on Wednesday` gives
//! no year and names nobody whose term would date it; TASS's `БРЮССЕЛЬ, 13 июля. /ТАСС/.`
//! in the same run may ("the previous meeting was in 2014"). Two stories are taken to
//! report the same event — and so to share their dateline's year — when:
//!
//! * their datelines give the same month and day;
//! * their datelines name the same place (a Russian place name is read through the
//!   Russian places table: `БРЮССЕЛЬ` is Brussels);
//! * their leads name at least one actor in common (the gazetteer's canonical names, for
//!   English and Russian alike);
//! * both leads name the day of the news, and the same weekday ("met on Wednesday",
//!   "прошло в среду").
//!
//! The other story's own evidence about its year (its probability per year, read alone,
//! or its printed year when it has one) then counts as evidence for this story
//! ([`super::score`]) — when it has any: a companion whose best year is less than
//! [`super::score::MIN_ANSWER`] likely lends nothing. It never decides alone against the
//! story's own words.

use chrono::{Datelike, NaiveDate};

use super::evidence::CueStrength;
use super::{DctSource, DocumentDate};
use crate::input::article::Article;
use crate::lang::Lang;

/// What another article of the run says about the year of a story it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Companion {
    /// For the reason: "ria-05 (БРЮССЕЛЬ, July 13; both name NATO-Russia Council) points to 2016".
    pub says: String,
    /// The companion's probability per year (read alone), or its printed year at 1.
    pub years: Vec<(i32, f64)>,
}

/// The run's evidence for its unsure articles: the sure dates of the run (see
/// [`super::sure_dates`]) and, per article, the companions found for it.
#[derive(Debug, Clone, Default)]
pub struct RunEvidence {
    pub sure: Vec<NaiveDate>,
    /// Article index in the run → its companions (only for articles that may borrow).
    companions: Vec<(String, Vec<Companion>)>,
}

impl RunEvidence {
    /// Whether the run has nothing to lend.
    pub fn is_empty(&self) -> bool {
        self.sure.is_empty() && self.companions.is_empty()
    }

    /// The companions found for `article` (by id).
    pub fn companions_of(&self, article: &Article) -> Vec<Companion> {
        self.companions
            .iter()
            .find(|(id, _)| *id == article.id)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    }
}

/// What one article shows the others: its dateline's month, day and place, its lead's
/// actors and weekday.
struct Report<'a> {
    article: &'a Article,
    date: &'a DocumentDate,
    month: u32,
    day: u32,
    place: String,
    /// Filled only for articles that take part in a match (they cost a gazetteer pass).
    actors: std::cell::OnceCell<Vec<String>>,
    weekday: std::cell::OnceCell<Option<u32>>,
}

impl Report<'_> {
    fn lead(&self) -> &str {
        lead_of(self.article, self.date)
    }

    fn actors(&self) -> &[String] {
        self.actors
            .get_or_init(|| lead_actors(self.lead(), lang_of(self.article)))
    }

    fn weekday(&self) -> Option<u32> {
        *self.weekday.get_or_init(|| lead_weekday(self.article, self.date))
    }
}

/// Builds the run's evidence from each article and the date it was given alone.
/// `may_borrow` says which articles are unsure enough to take a companion's year.
pub fn run_evidence<'a>(
    items: impl IntoIterator<Item = (&'a Article, &'a DocumentDate)>,
    may_borrow: impl Fn(&DocumentDate) -> bool,
    opts: &super::DctOptions,
) -> RunEvidence {
    let items: Vec<(&Article, &DocumentDate)> = items.into_iter().collect();
    let sure = super::sure_dates(items.iter().map(|(_, d)| *d));
    let reports: Vec<Report> = items.iter().filter_map(|(a, d)| report(a, d)).collect();
    let mut companions = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        if !may_borrow(r.date) || r.date.dateline.as_ref().is_some_and(|dl| dl.year.is_some()) {
            continue;
        }
        let mut found = Vec::new();
        for (j, other) in reports.iter().enumerate() {
            if i == j || other.month != r.month || other.day != r.day || other.place != r.place {
                continue;
            }
            let shared: Vec<&String> = r.actors().iter().filter(|a| other.actors().contains(a)).collect();
            if shared.is_empty() {
                continue;
            }
            // the same day's news: both leads name the day, and the same day
            if r.weekday().is_none() || r.weekday() != other.weekday() {
                continue;
            }
            let years = year_evidence(other, opts);
            // a companion that cannot tell its own year has nothing to lend
            let Some(&(best, p)) = years.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
                continue;
            };
            if p < super::score::MIN_ANSWER {
                continue;
            }
            let place = r
                .date
                .dateline
                .as_ref()
                .and_then(|d| d.place.clone())
                .unwrap_or_default();
            found.push(Companion {
                says: format!(
                    "{} reports the same event (dateline {place} on the same day, both name {}) and points to {best}",
                    other.article.id,
                    shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
                years,
            });
        }
        if !found.is_empty() {
            companions.push((r.article.id.clone(), found));
        }
    }
    RunEvidence { sure, companions }
}

/// The report of an article whose dateline has a place and a day.
fn report<'a>(article: &'a Article, date: &'a DocumentDate) -> Option<Report<'a>> {
    let dl = date.dateline.as_ref()?;
    let place = place_key(dl.place.as_deref()?)?;
    let (month, day) = match (dl.month, dl.day) {
        (Some(m), Some(d)) => (m, d),
        _ => date.date.map(|d| (d.month(), d.day()))?,
    };
    Some(Report {
        article,
        date,
        month,
        day,
        place,
        actors: std::cell::OnceCell::new(),
        weekday: std::cell::OnceCell::new(),
    })
}

/// A companion's evidence about its year: its printed or given year, else its
/// probability per year read alone.
fn year_evidence(r: &Report, opts: &super::DctOptions) -> Vec<(i32, f64)> {
    let sure = !matches!(r.date.source, DctSource::None | DctSource::Inferred);
    match r.date.date {
        Some(d) if sure => vec![(d.year(), 1.0)],
        _ => super::alone_year_evidence(r.article, opts),
    }
}

fn lang_of(article: &Article) -> Lang {
    crate::lang::of(article)
}

/// The lead: the text after the dateline up to the end of its first two sentences (at
/// most 400 chars).
fn lead_of<'a>(article: &'a Article, date: &DocumentDate) -> &'a str {
    let text = article.text.as_str();
    let start_char = date.dateline.as_ref().map_or(0, |d| d.end);
    let start = text.char_indices().nth(start_char).map_or(text.len(), |(i, _)| i);
    let rest = &text[start..];
    let mut end = rest.len();
    let mut stops = 0;
    for (i, c) in rest.char_indices() {
        if matches!(c, '.' | '!' | '?') && rest[i + c.len_utf8()..].starts_with(char::is_whitespace) {
            stops += 1;
            if stops == 2 {
                end = i + 1;
                break;
            }
        }
        if i >= 400 {
            end = i;
            break;
        }
    }
    &rest[..end]
}

/// The weekday the lead names for the day's news, if any: a lead cue as the year scorer
/// reads it, under the date printed without a year (for a story with a printed year, under
/// its dateline).
fn lead_weekday(article: &Article, date: &DocumentDate) -> Option<u32> {
    let lead_from = match super::yearless_lead(article, date.dateline.as_ref()) {
        Some((_, _, from)) => from,
        None => date.dateline.as_ref().map_or(0, |d| d.end),
    };
    let cues = match lang_of(article) {
        Lang::Ru => crate::lang::ru::dateline::weekday_cues(&article.text, lead_from),
        _ => super::evidence::weekday_cues(&article.text, lead_from),
    };
    cues.into_iter()
        .find(|c| c.strength == CueStrength::Lead)
        .map(|c| c.weekday)
}

/// The place of a dateline as a key both languages share: the English name, lower case.
fn place_key(place: &str) -> Option<String> {
    // "НЬЮПОРТ /Великобритания/", "Corfu/Moscow": the first place
    let first = place.split(['/', ',']).next()?.trim();
    if first.is_empty() {
        return None;
    }
    if crate::lang::has_cyrillic(first) {
        return Some(crate::lang::ru::event::place_in_english(first).map_or_else(
            || crate::lang::ru::lexicon::stem(first).to_lowercase(),
            str::to_lowercase,
        ));
    }
    Some(first.to_lowercase())
}

/// The canonical names of the actors a lead names (countries, organisations, people),
/// from the gazetteer (English) or the Russian actor table.
pub fn lead_actors(lead: &str, lang: Lang) -> Vec<String> {
    if lang == Lang::Ru {
        return crate::lang::ru::event::named_actors(lead);
    }
    let gazetteer = crate::event::actors::gazetteer();
    let words: Vec<&str> = lead
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”'))
        .map(|w| w.trim_end_matches('.'))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let mut step = 1;
        if words[k].starts_with(char::is_uppercase) {
            for n in (1..=4).rev() {
                if k + n > words.len() {
                    continue;
                }
                let key = words[k..k + n].join(" ").to_lowercase();
                if let Some(entry) = gazetteer.get(key.as_str()) {
                    let name = entry.canonical.to_string();
                    if !out.contains(&name) {
                        out.push(name);
                    }
                    step = n;
                    break;
                }
            }
        }
        k += step;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_name_the_same_actors_in_both_languages() {
        let cases: &[(&str, Lang, &[&str])] = &[
            (
                "The NATO-Russia Council met on Wednesday in Brussels.",
                Lang::En,
                &["NATO-Russia Council"],
            ),
            ("Finland joined NATO on Tuesday.", Lang::En, &["Finland", "NATO"]),
            (
                "Финляндия во вторник вступила в НАТО.",
                Lang::Ru,
                &["Finland", "NATO"],
            ),
            (
                "Заседание Совета Россия-НАТО прошло в среду.",
                Lang::Ru,
                &["NATO-Russia Council"],
            ),
            (
                "President Vladimir Putin announced on Saturday",
                Lang::En,
                &["Vladimir Putin"],
            ),
            (
                "Президент России Владимир Путин в субботу объявил",
                Lang::Ru,
                &["Vladimir Putin"],
            ),
        ];
        for (lead, lang, want) in cases {
            let got = lead_actors(lead, *lang);
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{lead}: {got:?} lacks {w}");
            }
        }
    }

    #[test]
    fn places_meet_across_languages() {
        for (a, b) in [
            ("БРЮССЕЛЬ", "BRUSSELS"),
            ("Москва", "MOSCOW"),
            ("ВАРШАВА", "Warsaw"),
            ("ХЕЛЬСИНКИ", "HELSINKI"),
            ("Брюссель", "Brussels"),
        ] {
            assert_eq!(place_key(a), place_key(b), "{a} {b}");
        }
        assert_ne!(place_key("МОСКВА"), place_key("BRUSSELS"));
    }
}
