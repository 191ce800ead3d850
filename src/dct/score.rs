//! The year of a date printed without one, from weighted evidence over every candidate
//! year.
//!
//! Every year from [`FIRST_YEAR`] to next year is a candidate. Each piece of evidence
//! the story gives is a likelihood over the candidates (how probable the story's wording
//! is if it was written that year); their product, normalised, is the probability of
//! each year, and the best year's probability is the confidence. No evidence is
//! absolute, so a story that contradicts itself gets a spread-out answer and a low
//! confidence instead of a confident wrong one. The evidence, with its weights in
//! [`weekday_likelihood`] and the functions below:
//!
//! * the same day written with a year ("December 1, 2009");
//! * weekday cues ("met on Tuesday" in the lead, "said Tuesday"): the day is that
//!   weekday, or — a lead in the past tense may report an earlier day — a day or two
//!   later, further days with much less weight;
//! * weekdays ahead ("a meeting on Friday", "will meet on Thursday", "postponed to
//!   Thursday"; [`ahead_likelihood`]): the day is before them, within a week — never
//!   evidence that the day is that weekday;
//! * the years the story mentions as history: the story is not older than the latest
//!   of them (and not in its year before its month: "in June 2008" under a May dateline
//!   means 2009 or later), and usually within a few years of it; a year after a future
//!   cue ("expires in 2021", "by 2018") is an upper hint instead;
//! * relative mentions: "the 20th anniversary of the 1997 Founding Act", "five years
//!   after the 2014 annexation", "last year";
//! * "last year" in apposition with a year ("last year, in 2014"): the year after it;
//! * officials named with their office ([`super::offices`]): a term is a hard bound,
//!   and inside it the weekday decides;
//! * world knowledge from sourced tables ([`super::knowledge`]): NATO's member count in
//!   any phrasing, the agency's name by era (ITAR-TASS, Sputnik), NATO summits,
//!   NATO-Russia Council meetings, treaty milestones;
//! * dates in the address or file name, and revision dates ("Updated 9 February 2023");
//! * `--year`;
//! * last, and only when the story itself is unsure, the sure dates of the other
//!   articles of the run.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::cues;
use super::evidence::{same_day_with_year, weekday_cues, CueStrength};
use crate::lang::ru::dateline as ru;

/// The earliest candidate year.
pub const FIRST_YEAR: i32 = 1945;
/// Below this probability the best year is not given at all.
pub const MIN_ANSWER: f64 = 0.2;
/// Nor when the runner-up is nearly as likely: the best must be this many times likelier.
pub const MIN_MARGIN: f64 = 1.3;

/// What the year is inferred from.
#[derive(Debug, Clone, Default)]
pub struct Question<'a> {
    /// The story text (page furniture already blanked out).
    pub text: &'a str,
    pub month: u32,
    pub day: u32,
    /// Where the lead starts (chars): the end of the dateline or date line.
    pub lead_from: usize,
    /// The dateline as written (empty when none): its agency's name dates it by era.
    pub dateline: &'a str,
    /// `--year`.
    pub hint: Option<i32>,
    /// Sure dates of the other articles of the run.
    pub corpus: &'a [NaiveDate],
    /// Dates with a year found in the address or file name: (date, where).
    pub addresses: Vec<(NaiveDate, String)>,
    /// Revision dates ("Updated …"): the story is not later than these.
    pub revisions: Vec<NaiveDate>,
    /// "dateline December 1" — how the reason starts.
    pub head: String,
    /// The last candidate year (next year, normally).
    pub last_year: i32,
    /// The story's language: which tables read its weekdays and years.
    pub lang: crate::lang::Lang,
    /// Today's date: no candidate date after it (`None`: no such bound).
    pub today: Option<NaiveDate>,
    /// Other articles of the run that report the same event (see
    /// [`super::companions`]): their own evidence about the year.
    pub companions: Vec<super::companions::Companion>,
}

/// One piece of evidence: its likelihood per candidate year and the words for the reason.
struct Evidence {
    says: String,
    likelihood: Vec<f64>,
}

// The likelihoods of the years a piece of evidence does not point at ("unlikely, but a
// story may say so and be wrong"), named so the weights can be read together. The values
// are those the scorer was written with; unlike [`weekday_likelihood`] and [`gap_prior`]
// they carry no recorded measurement. The years the evidence does point at have
// likelihood 1.

/// The same day written with a year: any other year.
const SAME_DAY_OTHER_YEAR: f64 = 0.03;
/// A year before the latest year the story mentions as past.
const BEFORE_PAST_YEAR: f64 = 0.01;
/// That latest past year itself, when its month ("June 2008") is after the dateline's.
const PAST_YEAR_LATER_MONTH: f64 = 0.02;
/// "last year": any year but the one after the latest past year.
const NOT_AFTER_LAST_YEAR: f64 = 0.5;
/// A year after the earliest year the story mentions as future.
const AFTER_FUTURE_YEAR: f64 = 0.15;
/// A relative mention ("five years after the 2014 annexation"): one year off.
const RELATIVE_ONE_OFF: f64 = 0.15;
/// A relative mention: further off.
const RELATIVE_FAR: f64 = 0.01;
/// An office holder: the date outside the term but within one of its years.
const OFFICE_SAME_YEAR: f64 = 0.3;
/// An office holder named with the title ("President Obama"): outside the term's years.
const OFFICE_TITLED_OUTSIDE: f64 = 0.005;
/// An office holder named without the title: outside the term's years.
const OFFICE_UNTITLED_OUTSIDE: f64 = 0.3;
/// A companion article's likelihood for a year it all but rules out.
const COMPANION_FLOOR: f64 = 0.02;
/// A date after today (see [`not_after_today`]).
const AFTER_TODAY: f64 = 0.001;
/// A date in the address or file name: the date within this many days of it fits fully.
const ADDRESS_NEAR_DAYS: i64 = 3;
/// A date in the address: the same year, further off.
const ADDRESS_SAME_YEAR: f64 = 0.3;
/// A date in the address: another year.
const ADDRESS_OTHER_YEAR: f64 = 0.02;
/// A revision date: the story fits when written at most this many days before it.
const REVISION_WINDOW_DAYS: i64 = 400;
/// A revision date: a date after it, or long before it.
const OUTSIDE_REVISION: f64 = 0.05;
/// The run's other articles are only consulted when the story's best year is below this.
const CORPUS_BELOW: f64 = 0.6;
/// A year outside the run's years (one either side), when the story says something
/// about its year besides weekdays.
const OUTSIDE_RUN_TOLD: f64 = 0.5;
/// A year outside the run's years, when the story says nothing about its year.
const OUTSIDE_RUN_UNTOLD: f64 = 0.02;

/// The candidate years and the evidence gathered over them.
struct Candidates {
    years: Vec<i32>,
    month: u32,
    day: u32,
    evidence: Vec<Evidence>,
}

impl Candidates {
    /// Every year from [`FIRST_YEAR`] to `last` (at least [`FIRST_YEAR`]).
    fn new(last: i32, month: u32, day: u32) -> Self {
        Candidates {
            years: (FIRST_YEAR..=last.max(FIRST_YEAR)).collect(),
            month,
            day,
            evidence: Vec::new(),
        }
    }

    /// The date in year `y`, if that year has it (29 February).
    fn date_in(&self, y: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, self.month, self.day)
    }

    /// Adds a piece of evidence: `f` is its likelihood per year; years without the date
    /// get 0.
    fn push(&mut self, says: String, f: impl Fn(i32) -> f64) {
        let likelihood = self
            .years
            .iter()
            .map(|&y| if self.date_in(y).is_some() { f(y) } else { 0.0 })
            .collect();
        self.evidence.push(Evidence { says, likelihood });
    }

    /// The probability of each year under the evidence so far, and the best year.
    fn posterior(&self) -> (Vec<f64>, i32, f64) {
        let posterior = normalise(&self.years, &self.evidence);
        let (best, p) = best_of(&self.years, &posterior);
        (posterior, best, p)
    }
}

/// The inferred year and why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inference {
    pub year: Option<i32>,
    pub confidence: f32,
    pub reason: String,
    /// The probability of each likely year from the story's own evidence (before the
    /// run's dates weigh in), for other articles of the run that report the same event.
    pub posterior: Vec<(i32, f64)>,
}

/// Infers the year (see the module documentation).
pub fn infer(q: &Question) -> Inference {
    let mut c = Candidates::new(q.last_year, q.month, q.day);
    // Russian text is read by the Russian tables (src/lang/ru/dateline.rs): the same
    // kinds of evidence, in Russian words.
    let russian = q.lang == crate::lang::Lang::Ru;
    let mentions = if russian {
        russian_year_mentions(q.text)
    } else {
        year_mentions(q.text)
    };
    let latest_past = mentions
        .iter()
        .filter(|m| !m.future)
        .max_by_key(|m| (m.year, m.month));
    let tied = super::knowledge::tied_last_year(q.text);

    same_day_evidence(&mut c, q, russian, latest_past);
    let before_cues = c.evidence.len();
    weekday_evidence(&mut c, q, russian, latest_past);
    ahead_evidence(&mut c, q, russian);
    let after_cues = c.evidence.len();
    if let Some(m) = latest_past {
        let prior = if russian { gap_prior_ru } else { gap_prior };
        past_year_evidence(&mut c, q.text, m, prior, tied.is_some());
    }
    future_year_evidence(&mut c, &mentions);
    relative_year_evidence(&mut c, q.text);
    if let Some((year, why)) = &tied {
        let year = *year;
        c.push(format!("it says {why}, so {year}"), |y| {
            if y == year {
                1.0
            } else {
                super::knowledge::TIED_LAST_YEAR_OTHER
            }
        });
    }
    office_evidence(&mut c, q.text);
    companion_evidence(&mut c, &q.companions);
    knowledge_evidence(&mut c, q, russian);
    address_evidence(&mut c, &q.addresses);
    revision_evidence(&mut c, &q.revisions);

    // When the story says something about its year besides weekdays, years outside the
    // run's only count for less; when it does not, they are all but ruled out.
    let story_tells_year = before_cues > 0 || c.evidence.len() > after_cues;
    not_after_today(&mut c, q.today);
    let alone: Vec<(i32, f64)> = {
        let (posterior, _, _) = c.posterior();
        c.years
            .iter()
            .zip(posterior)
            .filter(|(_, p)| *p >= 1e-4)
            .map(|(&y, p)| (y, p))
            .collect()
    };
    let (posterior, best, p, used_corpus) = corpus_fallback(&mut c, q.corpus, story_tells_year);
    Inference {
        posterior: alone,
        ..answer(q, &c, &posterior, best, p, used_corpus)
    }
}

/// The same day written with its year ("December 1, 2009"), unless a later year is
/// mentioned as past.
fn same_day_evidence(c: &mut Candidates, q: &Question, russian: bool, latest_past: Option<&YearMention>) {
    if let Some((year, quote)) = if russian {
        ru::same_day_with_year(q.text, q.month, q.day)
    } else {
        same_day_with_year(q.text, q.month, q.day)
    }
    .filter(|(y, _)| latest_past.is_none_or(|m| *y >= m.year))
    {
        c.push(
            format!("the story writes the same day with its year ('{quote}')"),
            |y| if y == year { 1.0 } else { SAME_DAY_OTHER_YEAR },
        );
    }
}

/// Weekday cues: the strongest few, one per weekday and strength.
fn weekday_evidence(c: &mut Candidates, q: &Question, russian: bool, latest_past: Option<&YearMention>) {
    let mut cues_seen: Vec<(u32, CueStrength)> = Vec::new();
    let mut all_cues = if russian {
        ru::weekday_cues(q.text, q.lead_from)
    } else {
        weekday_cues(q.text, q.lead_from)
    };
    all_cues.sort_by_key(|c| std::cmp::Reverse(c.strength));
    for cue in all_cues {
        if cues_seen.len() >= 3 || cues_seen.contains(&(cue.weekday, cue.strength)) {
            continue;
        }
        // The strongest cue counts in full; further ones, often about other days of
        // the same story, count at half strength (the square root of their likelihood).
        let power = if cues_seen.is_empty() { 1.0 } else { 0.5 };
        cues_seen.push((cue.weekday, cue.strength));
        let fits: Vec<i32> = c
            .years
            .iter()
            .copied()
            .filter(|&y| weekday_of(y, q.month, q.day) == Some(cue.weekday))
            .filter(|&y| latest_past.is_none_or(|m| y >= m.year))
            .collect();
        let strength = match cue.strength {
            CueStrength::Lead => "in the lead",
            CueStrength::Attribution => "beside a verb of saying",
            CueStrength::Other => "in passing",
        };
        let (month, day) = (q.month, q.day);
        c.push(
            format!(
                "it calls a day {} {strength} ('{}'), which fits {}",
                weekday_name(cue.weekday),
                cue.quote,
                list_years(&fits)
            ),
            |y| match weekday_of(y, month, day) {
                Some(w) => weekday_likelihood(cue.strength, (w + 7 - cue.weekday) % 7).powf(power),
                None => 0.0,
            },
        );
    }
}

/// The latest year mentioned as past: a lower bound, the story usually a few years
/// later ([`gap_prior`]); "last year" points at the year after it.
fn past_year_evidence(c: &mut Candidates, text: &str, m: &YearMention, prior: fn(i32) -> f64, tied: bool) {
    let (bound, bound_month) = (m.year, m.month);
    let month = c.month;
    c.push(
        format!("the latest year it mentions as past is {bound} ('{}')", m.quote),
        |y| {
            if y < bound {
                BEFORE_PAST_YEAR
            } else if y == bound && bound_month.is_some_and(|bm| bm > month) {
                PAST_YEAR_LATER_MONTH
            } else {
                prior(y - bound)
            }
        },
    );
    if !tied && contains_words(text, "last year") {
        c.push(format!("it says 'last year' (so perhaps {})", bound + 1), |y| {
            if y == bound + 1 {
                1.0
            } else {
                NOT_AFTER_LAST_YEAR
            }
        });
    }
}

/// The earliest year mentioned as future: an upper hint.
fn future_year_evidence(c: &mut Candidates, mentions: &[YearMention]) {
    if let Some(f) = mentions.iter().filter(|m| m.future).min_by_key(|m| m.year) {
        let upper = f.year;
        c.push(
            format!("{upper} is mentioned as future ('{}'), an upper hint", f.quote),
            |y| if y <= upper { 1.0 } else { AFTER_FUTURE_YEAR },
        );
    }
}

/// Relative mentions ("the 20th anniversary of the 1997 Founding Act").
fn relative_year_evidence(c: &mut Candidates, text: &str) {
    for (year, why) in relative_years(text) {
        c.push(why, |y| match (y - year).abs() {
            0 => 1.0,
            1 => RELATIVE_ONE_OFF,
            _ => RELATIVE_FAR,
        });
    }
}

/// Officials named with their office: the date is within their term.
fn office_evidence(c: &mut Candidates, text: &str) {
    for office in super::offices::mentions(text) {
        let (outside, how) = if office.titled {
            (OFFICE_TITLED_OUTSIDE, "named as")
        } else {
            (OFFICE_UNTITLED_OUTSIDE, "named; held")
        };
        let (month, day) = (c.month, c.day);
        c.push(
            format!("{} {how} {}", office.name, office.office),
            |y| match NaiveDate::from_ymd_opt(y, month, day) {
                Some(d) if office.covers(d) => 1.0,
                Some(_) if office.covers_year(y) => OFFICE_SAME_YEAR,
                _ => outside,
            },
        );
    }
}

/// Other articles of the run reporting the same event ([`super::companions`]): the story
/// shares their year, so their evidence counts as its own. Each companion's probability
/// per year (scaled so its best year is 1) is a likelihood, floored at
/// [`COMPANION_FLOOR`] (the match may be wrong).
fn companion_evidence(c: &mut Candidates, companions: &[super::companions::Companion]) {
    for comp in companions {
        let best = comp.years.iter().map(|(_, p)| *p).fold(0.0, f64::max);
        if best <= 0.0 {
            continue;
        }
        let years = comp.years.clone();
        c.push(comp.says.clone(), |y| {
            let p = years.iter().find(|(cy, _)| *cy == y).map_or(0.0, |(_, p)| *p);
            COMPANION_FLOOR.max(p / best)
        });
    }
}

/// World knowledge ([`super::knowledge`]): NATO's member count, the agency's name by
/// era, summits, NATO-Russia Council meetings, treaty milestones.
fn knowledge_evidence(c: &mut Candidates, q: &Question, russian: bool) {
    let lead_byte = q
        .text
        .char_indices()
        .nth(q.lead_from)
        .map_or(q.text.len(), |(i, _)| i);
    for clue in super::knowledge::clues(q.text, lead_byte, q.dateline, russian) {
        let (month, day) = (c.month, c.day);
        c.push(clue.says, |y| {
            NaiveDate::from_ymd_opt(y, month, day).map_or(0.0, |d| clue.rule.likelihood(d))
        });
    }
}

/// Weekdays the story names as ahead of the filing day ("a meeting on Friday", "will
/// meet on Thursday"): the filing day lies before them, within a week. The first two
/// weekdays count, the second at half strength.
fn ahead_evidence(c: &mut Candidates, q: &Question, russian: bool) {
    let ahead = if russian {
        super::evidence::ahead_cues_ru(q.text)
    } else {
        super::evidence::ahead_cues(q.text, q.lead_from)
    };
    let mut seen: Vec<u32> = Vec::new();
    for cue in ahead {
        if seen.len() >= 2 || seen.contains(&cue.weekday) {
            continue;
        }
        let power = if seen.is_empty() { 1.0 } else { 0.5 };
        seen.push(cue.weekday);
        let (month, day) = (q.month, q.day);
        c.push(
            format!(
                "it names {} as ahead ('{}'), so the day is before it",
                weekday_name(cue.weekday),
                cue.quote
            ),
            |y| match weekday_of(y, month, day) {
                Some(w) => ahead_likelihood((cue.weekday + 7 - w) % 7).powf(power),
                None => 0.0,
            },
        );
    }
}

/// How likely a weekday named as ahead is `days_ahead` days after the filing day (0: the
/// filing day's own weekday, which a morning wire may still call ahead). Nearer days are
/// named more often than the next week's; the weights are the reader's, not measured.
pub fn ahead_likelihood(days_ahead: u32) -> f64 {
    [0.3, 1.0, 0.9, 0.8, 0.65, 0.5, 0.4]
        .get(days_ahead as usize)
        .copied()
        .unwrap_or(0.0)
}

/// Dates in the address or file name: the date is near them.
fn address_evidence(c: &mut Candidates, addresses: &[(NaiveDate, String)]) {
    for (date, what) in addresses {
        let date = *date;
        let (month, day) = (c.month, c.day);
        c.push(
            format!("the {what} has the date {date}"),
            |y| match NaiveDate::from_ymd_opt(y, month, day) {
                Some(d) if (d - date).num_days().abs() <= ADDRESS_NEAR_DAYS => 1.0,
                Some(d) if d.year() == date.year() => ADDRESS_SAME_YEAR,
                _ => ADDRESS_OTHER_YEAR,
            },
        );
    }
}

/// The latest revision date: the story is not later, and not much earlier.
fn revision_evidence(c: &mut Candidates, revisions: &[NaiveDate]) {
    if let Some(rev) = revisions.iter().max().copied() {
        let (month, day) = (c.month, c.day);
        c.push(
            format!("the page was updated on {rev}"),
            |y| match NaiveDate::from_ymd_opt(y, month, day) {
                Some(d) if d <= rev && (rev - d).num_days() <= REVISION_WINDOW_DAYS => 1.0,
                _ => OUTSIDE_REVISION,
            },
        );
    }
}

/// A story cannot be dated after the day it is read: a candidate date later than
/// `today` (and a day's grace for time zones) is all but ruled out. Not shown in the
/// reason.
fn not_after_today(c: &mut Candidates, today: Option<NaiveDate>) {
    let Some(today) = today else { return };
    let (month, day) = (c.month, c.day);
    c.push(String::new(), |y| match NaiveDate::from_ymd_opt(y, month, day) {
        Some(d) if (d - today).num_days() > 1 => AFTER_TODAY,
        _ => 1.0,
    });
}

/// Last resort, when the story is unsure: the sure dates of the other articles of the
/// run. Returns the posterior, the best year and its probability, and the run's date
/// nearest the best year when the run was consulted.
fn corpus_fallback(
    c: &mut Candidates,
    corpus: &[NaiveDate],
    story_tells_year: bool,
) -> (Vec<f64>, i32, f64, Option<NaiveDate>) {
    let (posterior, best, p) = c.posterior();
    if p >= CORPUS_BELOW || corpus.is_empty() {
        return (posterior, best, p, None);
    }
    let outside_run = if story_tells_year {
        OUTSIDE_RUN_TOLD
    } else {
        OUTSIDE_RUN_UNTOLD
    };
    let (month, day) = (c.month, c.day);
    let near = |y: i32| -> Option<(i64, NaiveDate)> {
        let d = NaiveDate::from_ymd_opt(y, month, day)?;
        corpus.iter().map(|c| ((d - *c).num_days().abs(), *c)).min()
    };
    // The run's years (one either side) are likely; within them, nearness breaks the
    // ties the story leaves, but does not overrule it.
    let last = c.years.last().copied().unwrap_or(FIRST_YEAR);
    let low = corpus.iter().map(|d| d.year()).min().unwrap_or(FIRST_YEAR) - 1;
    let high = corpus.iter().map(|d| d.year()).max().unwrap_or(last) + 1;
    c.push(String::new(), |y| match near(y) {
        // never below a year outside the run: far in the run is no worse than out of it
        Some((days, _)) if (low..=high).contains(&y) => {
            outside_run.max(0.1 + 0.9 * (-(days as f64) / 365.0).exp())
        }
        Some(_) => outside_run,
        None => 0.0,
    });
    let (posterior, best, p) = c.posterior();
    (posterior, best, p, near(best).map(|(_, d)| d))
}

/// The answer and its reason: `--year` if given, else the best year when it is likely
/// and clear enough, else none.
fn answer(
    q: &Question,
    c: &Candidates,
    posterior: &[f64],
    best: i32,
    p: f64,
    used_corpus: Option<NaiveDate>,
) -> Inference {
    let said: Vec<&str> = c
        .evidence
        .iter()
        .filter(|e| !e.says.is_empty())
        .map(|e| e.says.as_str())
        .collect();
    let mut reason = q.head.clone();
    if let Some(hint) = q.hint.filter(|&h| c.date_in(h).is_some()) {
        return answer_with_hint(reason, hint, best, &said);
    }
    let no_answer = |reason: String| Inference {
        year: None,
        confidence: 0.0,
        reason,
        ..Default::default()
    };
    if said.is_empty() && used_corpus.is_none() {
        reason.push_str(" and the story gives no clue to it; pass --year YYYY or --dct YYYY-MM-DD");
        return no_answer(reason);
    }
    if !said.is_empty() {
        reason.push_str("; ");
        reason.push_str(&said.join("; "));
    }
    if let Some(near) = used_corpus {
        reason.push_str(&format!(
            "; the story alone cannot tell, and {best} puts it nearest the other articles of this run (one is dated {near})"
        ));
    }
    let runner_up = c
        .years
        .iter()
        .zip(posterior)
        .filter(|(&y, _)| y != best)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(&y, &p)| (y, p));
    let clear = runner_up.is_none_or(|(_, rp)| p >= MIN_MARGIN * rp);
    if p < MIN_ANSWER || !clear {
        reason.push_str(&format!(
            "; no year is likely enough (best {best} at {p:.2}{}); pass --year YYYY or --dct YYYY-MM-DD",
            runner_up.map_or(String::new(), |(y, rp)| format!(", {y} at {rp:.2}"))
        ));
        return no_answer(reason);
    }
    reason.push_str(&format!("; so {best} (probability {p:.2}"));
    if let Some((y, rp)) = runner_up.filter(|(_, rp)| *rp >= 0.01) {
        reason.push_str(&format!(", next {y} at {rp:.2}"));
    }
    reason.push(')');
    if p < 0.5 {
        reason.push_str(", a guess: pass --year or --dct to be sure");
    }
    Inference {
        year: Some(best),
        confidence: (p as f32).min(0.95),
        reason,
        ..Default::default()
    }
}

/// `--year` is the reader's word: a fact the date must fit, as sure as a year printed in
/// the dateline, whatever the story's own evidence says (the reason still tells whether
/// it agrees).
fn answer_with_hint(mut reason: String, hint: i32, best: i32, said: &[&str]) -> Inference {
    let agrees = said.is_empty() || best == hint;
    reason.push_str(&format!("; --year {hint} given"));
    if !said.is_empty() {
        reason.push_str(&format!(
            "; the story {} ({})",
            if agrees { "agrees" } else { "points elsewhere" },
            said.join("; ")
        ));
    }
    Inference {
        year: Some(hint),
        confidence: super::printed::Kind::Dateline.confidence(),
        reason,
        ..Default::default()
    }
}

/// The probability of each year: the product of the evidence's likelihoods, normalised
/// (all zero when no year is possible).
fn normalise(years: &[i32], evidence: &[Evidence]) -> Vec<f64> {
    let mut p: Vec<f64> = vec![1.0; years.len()];
    for e in evidence {
        for (p, l) in p.iter_mut().zip(&e.likelihood) {
            *p *= l;
        }
    }
    let total: f64 = p.iter().sum();
    if total > 0.0 {
        p.iter_mut().for_each(|x| *x /= total);
    }
    p
}

/// The most probable year (the earliest of equals) and its probability.
fn best_of(years: &[i32], posterior: &[f64]) -> (i32, f64) {
    let mut best = (years.first().copied().unwrap_or(FIRST_YEAR), 0.0);
    for (&y, &p) in years.iter().zip(posterior) {
        if p > best.1 + 1e-12 {
            best = (y, p);
        }
    }
    best
}

/// How likely a weekday cue of this strength is when it names a day `days_before` the
/// date (0: the date's own weekday; 6: the day after, a future mention not recognised).
/// Measured on the TimeBank/AQUAINT documents: the strongest cue names the DCT's weekday
/// (or the day before, when the paper is dated the day after the news) for 51/56 lead
/// cues, 17/26 attribution cues and 15/35 other mentions.
///
/// A lead cue is weighed as a reader weighs it: the day is that weekday, or a day after
/// (an agency reports back, a paper prints the next morning), less often two; three days
/// after is the Monday paper's Friday; the five lead cues of the 56 that named none of
/// the first two are spread over the rest (about 0.015 each). So a year that does not fit the lead's weekday
/// loses to one that does even when the latest past year favours it (the gap prior's
/// largest ratio, 0.22 against 0.006, is below 0.64 against 0.015): the latest past year
/// bounds the year from below, it does not pull the answer to itself.
pub fn weekday_likelihood(strength: CueStrength, days_before: u32) -> f64 {
    let table: [f64; 7] = match strength {
        CueStrength::Lead => [0.64, 0.18, 0.05, 0.04, 0.015, 0.015, 0.02],
        CueStrength::Attribution => [0.45, 0.20, 0.06, 0.06, 0.06, 0.06, 0.11],
        CueStrength::Other => [0.25, 0.15, 0.12, 0.12, 0.12, 0.12, 0.12],
    };
    table.get(days_before as usize).copied().unwrap_or(0.0)
}

/// How likely the story is `gap` years after the latest past year it mentions.
pub fn gap_prior(gap: i32) -> f64 {
    // Measured on the 89 TimeBank/AQUAINT documents that mention a past year: the DCT is
    // in that year for 13, a year later for 21, two for 12, three for 6, four for 5,
    // five to ten for 6, more than ten for 14.
    match gap {
        0 => 0.17,
        1 => 0.22,
        2 => 0.12,
        3 => 0.07,
        4 => 0.05,
        5..=10 => 0.015,
        11..=20 => 0.006,
        21..=60 => 0.003,
        _ => 0.001,
    }
}

/// [`gap_prior`] for Russian stories. Measured on NEREL's Russian training texts (not the
/// development set): of the 328 whose lead dates the story with a full date ("13 января
/// 2016 года"), 96 also mention a past year ("в 2008 году"); the story is in that year
/// for 9, one year later for 7, two for 7, three or four for 14, five to ten for 21,
/// eleven to twenty for 12, more for 26. Russian news looks further back than the
/// TimeBank papers: the gap of five to ten years is three times as likely per year.
pub fn gap_prior_ru(gap: i32) -> f64 {
    match gap {
        0 => 0.094,
        1 | 2 => 0.073,
        3 | 4 => 0.073,
        5..=10 => 0.036,
        11..=20 => 0.0125,
        21..=60 => 0.0055,
        _ => 0.002,
    }
}

/// A four-digit year the story writes.
#[derive(Debug, Clone, PartialEq)]
pub struct YearMention {
    pub year: i32,
    /// The month written before it ("June 2008").
    pub month: Option<u32>,
    /// After a future cue ("expires in 2021", "by 2018").
    pub future: bool,
    pub quote: String,
}

/// The years a Russian story mentions as history: the latest past one ("в 2008 году" in a
/// past-tense clause), a lower bound like an English past mention; plans ("к 2030 году")
/// are left out by the Russian reader.
fn russian_year_mentions(text: &str) -> Vec<YearMention> {
    ru::latest_past_year(text)
        .map(|(year, quote)| YearMention {
            year,
            month: None,
            future: false,
            quote,
        })
        .into_iter()
        .collect()
}

/// Words that make a year after them a plan or deadline, beside [`cues::FUTURE_CUES`].
pub const FUTURE_YEAR_WORDS: &[&str] = &[
    "expires", "expire", "expiring", "runs", "run", "due", "fiscal", "until", "through",
];

/// The years `text` mentions (not counts: "2000 troops", "some 1500").
pub fn year_mentions(text: &str) -> Vec<YearMention> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19\d\d|20\d\d)\b").expect("valid regex"));
    let mut out = Vec::new();
    for m in YEAR.find_iter(text) {
        let Ok(year) = m.as_str().parse::<i32>() else {
            continue;
        };
        let prev = text[..m.start()].chars().next_back();
        let next = text[m.end()..].chars().nth(1);
        if matches!(prev, Some(',' | '.' | '$' | '€' | '£' | '#'))
            || (text[m.end()..].starts_with([',', '.']) && next.is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let start = text[..m.start()]
            .rfind(['.', '!', '?', '\n', ';'])
            .map_or(0, |i| i + 1);
        let before: Vec<String> = text[start..m.start()]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let before = &before[before.len().saturating_sub(6)..];
        let after = text[m.end()..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        if after.as_deref().is_some_and(|w| cues::COUNT_NOUNS.contains(&w))
            || before
                .last()
                .is_some_and(|w| cues::COUNT_QUALIFIERS.contains(&w.as_str()))
        {
            continue;
        }
        let near = &before[before.len().saturating_sub(4)..];
        // "until 2021" is a plan, but "Until the 2014 crisis, meetings had been held" is
        // history: a past tense in the sentence makes the year past.
        let sentence_end = text[m.end()..]
            .find(['.', '!', '?', '\n', ';'])
            .map_or(text.len(), |i| m.end() + i);
        let past_tense = text[start..sentence_end].split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            cues::PAST_TENSE_WORDS.contains(&w.as_str())
        });
        let until = |w: &str| cues::UNTIL_WORDS.contains(&w) || FUTURE_YEAR_WORDS.contains(&w);
        let modal = cues::FUTURE_CUES
            .iter()
            .filter(|c| !until(c))
            .any(|c| cues::contains_phrase(near, c));
        let future = modal || (near.iter().any(|w| until(w)) && !past_tense);
        let month = before.last().and_then(|w| crate::text::lexicon::month(w));
        let lead_in = text[start..m.start()].split_whitespace().last().unwrap_or("");
        out.push(YearMention {
            year,
            month,
            future,
            quote: format!("{lead_in} {}", m.as_str()).trim().to_string(),
        });
    }
    out
}

/// Years that relative mentions give: "the 20th anniversary of the 1997 Founding Act"
/// (2017), "five years after the 2014 annexation" (2019).
pub fn relative_years(text: &str) -> Vec<(i32, String)> {
    static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:\S+\s+){0,6}?((?:19|20)\d\d)\b")
            .expect("valid regex")
    });
    static WORD_ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:\S+\s+){0,6}?((?:19|20)\d\d)\b")
            .expect("valid regex")
    });
    static YEARS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:after|since)\s+(?:\S+\s+){0,6}?((?:19|20)\d\d)\b").expect("valid regex")
    });
    let mut out = Vec::new();
    for c in ANNIVERSARY.captures_iter(text) {
        if let (Ok(n), Ok(y)) = (c[1].parse::<i32>(), c[2].parse::<i32>()) {
            out.push((y + n, format!("'{}' gives {}", &c[0], y + n)));
        }
    }
    for c in WORD_ANNIVERSARY.captures_iter(text) {
        if let (Some(n), Ok(y)) = (ordinal(&c[1]), c[2].parse::<i32>()) {
            out.push((y + n, format!("'{}' gives {}", &c[0], y + n)));
        }
    }
    for c in YEARS_AFTER.captures_iter(text) {
        if let (Some(n), Ok(y)) = (number(&c[1]), c[2].parse::<i32>()) {
            out.push((y + n, format!("'{}' gives {}", &c[0], y + n)));
        }
    }
    out
}

/// An ordinal word (`fifth`, `twenty-fifth`), by the shared number words.
fn ordinal(w: &str) -> Option<i32> {
    crate::text::lexicon::ordinal(&w.to_lowercase()).map(|n| n as i32)
}

/// A count in digits or words (`5`, `five`, `twenty-five`), by the shared number words.
fn number(w: &str) -> Option<i32> {
    w.parse()
        .ok()
        .or_else(|| crate::text::lexicon::cardinal(&w.to_lowercase()).map(|n| n as i32))
}

fn contains_words(text: &str, phrase: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(phrase).any(|(i, _)| {
        let before = lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = lower[i + phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || c == '\'');
        before && after
    })
}

/// The weekday (Monday = 1) of a day, `None` if the day does not exist that year.
pub fn weekday_of(year: i32, month: u32, day: u32) -> Option<u32> {
    NaiveDate::from_ymd_opt(year, month, day).map(|d| d.weekday().number_from_monday())
}

fn weekday_name(weekday: u32) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .get(weekday.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("?")
}

fn list_years(years: &[i32]) -> String {
    let shown: Vec<String> = years.iter().take(4).map(i32::to_string).collect();
    let more = if years.len() > 4 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}
