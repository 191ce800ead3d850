//! Articles of one run that report the same event, for the year of a dateline that has
//! none — found through an index, in time linear in the run.
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
//! ([`crate::dct::score`]) — when it has any: a companion whose best year is less than
//! [`crate::dct::score::MIN_ANSWER`] likely lends nothing. It never decides alone against
//! the story's own words.
//!
//! **Copies are one telling.** A syndicated wire under several ids, or a story reposted
//! with page chrome around it, has the same dateline and the same lead: such articles are
//! one *telling* ([`Telling`]), found by a hash of the normalised lead. A telling never
//! lends to its own copies, and lends once, however many copies of it the run holds — a
//! copy is not a second witness.
//!
//! **Linear.** Tellings are indexed by dateline month, day and place; a story is compared
//! only with the tellings of its own key, at most [`MAX_PEERS`] of them, and each
//! telling's evidence (actors, weekday, year read alone) is computed once. The run costs
//! one pass over its articles whatever its size; before this index every unsure story
//! was compared with every other (20,000 undated records took over ten minutes).

use std::cell::OnceCell;
use std::collections::HashMap;

use chrono::Datelike;

use crate::dct::companions::{Companion, RunEvidence};
use crate::dct::evidence::CueStrength;
use crate::dct::{DctOptions, DctSource, DocumentDate};
use crate::input::article::Article;
use crate::lang::Lang;
use crate::text::hash::fnv1a;

/// The most tellings of the same dateline key one story is compared with. Real runs hold
/// a handful (the wires of one day in one city); the bound keeps a pathological run (one
/// city's every story of 25 years, all year-less) linear.
pub const MAX_PEERS: usize = 64;

/// A lead shorter than this (normalised chars) is too short to tell copies apart: the
/// whole story text is hashed instead.
const MIN_LEAD_FOR_COPIES: usize = 40;

/// Fixes the document dates of a whole run of articles (on the current thread pool).
/// Articles whose own text cannot tell the year of their dateline (an inferred year less
/// than [`crate::dct::SURE_INFERENCE`] likely, or none) weigh in the dates of the run's
/// articles whose dates are sure (record, page metadata, printed dates, `--dct`; never an
/// inferred one), and the evidence of the run's articles that report the same event.
pub fn determine_all(articles: &[Article], opts: &DctOptions) -> Vec<DocumentDate> {
    use rayon::prelude::*;
    let first: Vec<DocumentDate> = articles
        .par_iter()
        .map(|a| crate::dct::determine(a, opts))
        .collect();
    let run = run_evidence(articles.iter().zip(&first), opts);
    articles
        .par_iter()
        .zip(first)
        .map(|(article, date)| crate::dct::reconsider(article, date, opts, &run))
        .collect()
}

/// What a run lends its unsure articles: its sure dates and, for each unsure article, the
/// articles that report the same event (see the module docs).
pub fn run_evidence<'a>(
    items: impl IntoIterator<Item = (&'a Article, &'a DocumentDate)>,
    opts: &DctOptions,
) -> RunEvidence {
    let items: Vec<(&Article, &DocumentDate)> = items.into_iter().collect();
    let mut run = RunEvidence::new(crate::dct::sure_dates(items.iter().map(|(_, d)| *d)));
    let may_borrow = |d: &DocumentDate| {
        crate::dct::could_borrow_year(d, opts) && d.dateline.as_ref().is_none_or(|dl| dl.year.is_none())
    };
    if !items.iter().any(|(_, d)| may_borrow(d)) {
        return run;
    }
    let reports: Vec<Report> = items.iter().filter_map(|(a, d)| report(a, d)).collect();
    let tellings = tellings(&reports);
    // dateline key → tellings, in run order
    let mut index: HashMap<(u32, u32, &str), Vec<usize>> = HashMap::new();
    for (t, telling) in tellings.iter().enumerate() {
        let r = &reports[telling.members[0]];
        index
            .entry((r.month, r.day, r.place.as_str()))
            .or_default()
            .push(t);
    }
    for telling in &tellings {
        let borrowers: Vec<&Report> = telling
            .members
            .iter()
            .map(|&m| &reports[m])
            .filter(|r| may_borrow(r.date))
            .collect();
        let Some(&me) = borrowers.first() else {
            continue;
        };
        let peers = &index[&(me.month, me.day, me.place.as_str())];
        let found: Vec<Companion> = peers
            .iter()
            .filter(|&&u| !std::ptr::eq(&tellings[u], telling))
            .take(MAX_PEERS)
            .filter_map(|&u| companion(me, &tellings[u], &reports, opts))
            .collect();
        for r in borrowers {
            run.add_companions(&r.article.id, found.clone());
        }
    }
    run
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
    actors: OnceCell<Vec<String>>,
    weekday: OnceCell<Option<u32>>,
}

impl Report<'_> {
    fn lead(&self) -> &str {
        lead_of(self.article, self.date)
    }

    fn actors(&self) -> &[String] {
        self.actors
            .get_or_init(|| lead_actors(self.lead(), crate::lang::of(self.article)))
    }

    fn weekday(&self) -> Option<u32> {
        *self.weekday.get_or_init(|| lead_weekday(self.article, self.date))
    }
}

/// One story as told once: the reports of its copies (same dateline key, same lead), the
/// first in run order leading, and its year evidence, computed once.
struct Telling {
    members: Vec<usize>,
    years: OnceCell<Vec<(i32, f64)>>,
}

/// Groups reports into tellings (see the module docs), in run order.
fn tellings(reports: &[Report]) -> Vec<Telling> {
    let mut by_key: HashMap<(u32, u32, &str, u64), usize> = HashMap::new();
    let mut out: Vec<Telling> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let key = (r.month, r.day, r.place.as_str(), copy_hash(r));
        let t = *by_key.entry(key).or_insert_with(|| {
            out.push(Telling {
                members: Vec::new(),
                years: OnceCell::new(),
            });
            out.len() - 1
        });
        out[t].members.push(i);
    }
    out
}

/// The hash two copies of one story share: of the lead's words, lower case, without
/// punctuation or spacing (page chrome around the story and re-wrapped lines do not
/// change it); of the whole text when the lead is too short to tell.
fn copy_hash(r: &Report) -> u64 {
    let lead = normalise(r.lead());
    if lead.chars().count() >= MIN_LEAD_FOR_COPIES {
        fnv1a(lead.as_bytes())
    } else {
        fnv1a(normalise(&r.article.text).as_bytes())
    }
}

/// Words in lower case, one space apart.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// What telling `other` lends `me`, when it reports the same event and can tell its own
/// year.
fn companion(me: &Report, other: &Telling, reports: &[Report], opts: &DctOptions) -> Option<Companion> {
    let lead = &reports[other.members[0]];
    let shared: Vec<&String> = me.actors().iter().filter(|a| lead.actors().contains(a)).collect();
    if shared.is_empty() {
        return None;
    }
    // the same day's news: both leads name the day, and the same day
    if me.weekday().is_none() || me.weekday() != lead.weekday() {
        return None;
    }
    let years = other.years.get_or_init(|| year_evidence(other, reports, opts));
    // a companion that cannot tell its own year has nothing to lend
    let &(best, p) = years.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    if p < crate::dct::score::MIN_ANSWER {
        return None;
    }
    let place = me
        .date
        .dateline
        .as_ref()
        .and_then(|d| d.place.clone())
        .unwrap_or_default();
    let copies = match other.members.len() - 1 {
        0 => String::new(),
        1 => " (with 1 copy)".to_string(),
        n => format!(" (with {n} copies)"),
    };
    Some(Companion {
        says: format!(
            "{}{copies} reports the same event (dateline {place} on the same day, both name {}) and points to {best}",
            lead.article.id,
            shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        ),
        years: years.clone(),
    })
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
        actors: OnceCell::new(),
        weekday: OnceCell::new(),
    })
}

/// A telling's evidence about its year: a copy's printed or given year (any copy's: one
/// reposted with its page date is as good as the wire), else its probability per year
/// read alone.
fn year_evidence(t: &Telling, reports: &[Report], opts: &DctOptions) -> Vec<(i32, f64)> {
    let sure = t.members.iter().map(|&m| reports[m].date).find_map(|d| {
        let sure = !matches!(d.source, DctSource::None | DctSource::Inferred);
        d.date.filter(|_| sure)
    });
    match sure {
        Some(d) => vec![(d.year(), 1.0)],
        None => crate::dct::alone_year_evidence(reports[t.members[0]].article, opts),
    }
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
    let lead_from = match crate::dct::yearless_lead(article, date.dateline.as_ref()) {
        Some((_, _, from)) => from,
        None => date.dateline.as_ref().map_or(0, |d| d.end),
    };
    let cues = match crate::lang::of(article) {
        Lang::Ru => crate::lang::ru::dateline::weekday_cues(&article.text, lead_from),
        _ => crate::dct::evidence::weekday_cues(&article.text, lead_from),
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
        return Some(crate::lang::ru::eventwords::place_in_english(first).map_or_else(
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
        return crate::event::ru::named_actors(lead);
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

    #[test]
    fn copies_normalise_alike() {
        // (a, b, same words)
        let cases = [
            ("The Council met on Friday.", "the council  met\non Friday", true),
            ("Совет собрался в пятницу.", "СОВЕТ собрался — в пятницу", true),
            (
                "The Council met on Friday.",
                "The Council met on Thursday.",
                false,
            ),
        ];
        for (a, b, same) in cases {
            assert_eq!(normalise(a) == normalise(b), same, "{a} | {b}");
        }
    }
}
