//! Same-event evidence for bare months: "the August 2008 armed conflict between Russia and
//! Georgia … Russia and Georgia fought a five-day war in August" → August 2008.
//!
//! A bare month normally resolves against the DCT (the latest August before a December
//! 2009 story is August 2009). When an earlier `Month YEAR` mention of the same month
//! stands in a clause that shows the same event as the bare month's clause
//! ([`crate::merge::same::bare_month_mention`]: at least two shared capitalised names, or
//! an event-word class plus a name), the bare month re-mentions that event and takes its
//! year. Without such evidence nothing changes: "June 2008 … in June"
//! can be two different Junes. Only a bare month in a past clause re-mentions: "went to
//! the polls in November 2008 … will go to the polls again in November" is a new
//! November. A run of capitalised words counts as one name (`New York` twice is one
//! shared name, not two).
//!
//! Measured (issue 15): the rule fires on no document of the TimeBank+AQUAINT dev data
//! and on one sample (`samples/`, the Russia–Georgia war of August 2008); it is kept for
//! that reading, which the narrative time ([`super::resolve::narrative`]) does not give
//! when the month is paragraphs away.

use super::tables;
use crate::merge::same::{self, Shared};
use crate::text::token::{Kind, Tok};

/// An explicit `Month YEAR` seen earlier in the article, with its clause's evidence.
#[derive(Debug, Clone)]
struct Mention {
    month: u32,
    year: i32,
    evidence: Evidence,
}

/// What a clause says about who and what: capitalised names (a run of capitalised words
/// is one name) and event-word classes.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    names: Vec<String>,
    events: Vec<&'static str>,
}

/// The explicit month mentions of one article, in order.
#[derive(Debug, Default)]
pub struct Mentions {
    list: Vec<Mention>,
}

impl Mentions {
    pub fn record(&mut self, month: u32, year: i32, evidence: Evidence) {
        self.list.push(Mention {
            month,
            year,
            evidence,
        });
    }

    /// The year of an earlier mention of `month` (in a year other than `resolved_year`)
    /// that the clause `evidence` shows to be the same event, with the shared words.
    pub fn same_event(&self, month: u32, resolved_year: i32, evidence: &Evidence) -> Option<(i32, String)> {
        self.list
            .iter()
            .rev()
            .filter(|m| m.month == month && m.year != resolved_year)
            .find_map(|m| {
                let shared: Vec<&str> = m
                    .evidence
                    .names
                    .iter()
                    .filter(|n| evidence.names.contains(n))
                    .map(String::as_str)
                    .collect();
                let evidence = Shared {
                    trigger: false,
                    category: m.evidence.events.iter().any(|e| evidence.events.contains(e)),
                    actors: shared.len(),
                    actorless: m.evidence.names.is_empty() || evidence.names.is_empty(),
                };
                same::bare_month_mention(evidence).then(|| (m.year, shared.join("+")))
            })
    }
}

/// How many tokens a clause reaches either side of the month at most, when no punctuation
/// or relative word ends it sooner: about a long news sentence's clause (first tagger's
/// choice, commit 430dfec), so a run-on list does not pull in names from far away.
const CLAUSE_REACH_TOKENS: usize = 30;

/// Clause boundaries: punctuation and relative words.
fn is_boundary(w: &str) -> bool {
    matches!(
        w,
        "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"" | "“" | "”" | "which" | "while" | "whereas"
    )
}

/// The evidence in the clause around tokens `[start, end)`: capitalised names (not
/// sentence-initial, not month or weekday names) and event-word classes.
pub fn clause_evidence(text: &str, low: &str, toks: &[Tok], start: usize, end: usize) -> Evidence {
    let word = |i: usize| toks.get(i).and_then(|t| low.get(t.start..t.end)).unwrap_or("");
    let mut from = start;
    while from > 0
        && start - from < CLAUSE_REACH_TOKENS
        && !is_boundary(word(from - 1))
        && !toks[from].para_before
    {
        from -= 1;
    }
    let mut to = end;
    while to < toks.len() && to - end < CLAUSE_REACH_TOKENS && !is_boundary(word(to)) && !toks[to].para_before
    {
        to += 1;
    }
    let mut ev = Evidence::default();
    // the token of the last name word: a capitalised word right after it extends that
    // name (`New York` is one name, not two)
    let mut last_name: Option<usize> = None;
    for i in (from..to).filter(|&i| i < start || i >= end) {
        let t = toks[i];
        let w = word(i);
        if let Some(&(_, class)) = tables::EVENT_CLASSES.iter().find(|(word, _)| *word == w) {
            if !ev.events.contains(&class) {
                ev.events.push(class);
            }
        }
        let sentence_initial = i == 0 || matches!(word(i - 1), "." | "!" | "?" | "\"" | "“") || t.para_before;
        let capital = text
            .get(t.start..t.end)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase);
        if t.kind == Kind::Word
            && capital
            && !sentence_initial
            && w.len() > 1
            && crate::text::lexicon::month(w).is_none()
            && crate::text::lexicon::weekday(w).is_none()
        {
            match (last_name, ev.names.last_mut()) {
                (Some(prev), Some(name)) if prev + 1 == i => {
                    name.push(' ');
                    name.push_str(w);
                }
                _ => ev.names.push(w.to_string()),
            }
            last_name = Some(i);
        }
    }
    let mut seen: Vec<String> = Vec::with_capacity(ev.names.len());
    ev.names.retain(|n| {
        let new = !seen.contains(n);
        if new {
            seen.push(n.clone());
        }
        new
    });
    ev
}
