//! Russian events: triggers, negation, actors and an English gloss.
//!
//! Each DATE/TIME expression outside the dateline is attached to the nearest trigger of
//! its sentence (a verb or event noun of `data/triggers.tsv`, matched by stem, so every
//! inflected form counts: "встретились", "встретится", "встрече"). Light verbs
//! ("провести", "состояться") are no triggers: "провели переговоры" is dated by
//! "переговоры". An event is left out when it is negated: "не" right before the trigger,
//! or a refusal ("отказался подписать").
//!
//! Actors come from `data/actors.tsv`: Russian stems keyed to the English gazetteer's
//! surface forms, so "Лавров", "Лаврова", "Лавровым" all name `Sergey Lavrov (Russian
//! Foreign Minister)` exactly as "Sergei Lavrov" does in English, and an office named
//! without a name ("генсек НАТО") is its holder at the document date. The trigger's CAMEO
//! code and English lemma are the English lexicon's, so a Russian and an English report
//! of one event share category, lemma and actors, which is what merging compares
//! ([`crate::lang::ru::eventwords::english_lemma`] is the hook `merge::lemma` calls).
//!
//! Headlines stay in Russian (the trigger's clause); `headline_en` glosses the event in
//! English from the trigger table and the canonical actors, with no machine translation.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::dct::DocumentDate;
use crate::event::{Event, ExtractOptions, Status};
use crate::input::article::Article;
use crate::lang::ru::eventwords::{trigger, trigger_in, Trigger};
use crate::lang::ru::token::{tokenize, Kind, Tok};
use crate::time::interval::{self, Granularity};
use crate::timex::{Timex, TimexType};

pub use actors::named_actors;
use actors::{actors_in, location_in, with_affiliations, Actor};

mod actors;
mod headline;
#[cfg(test)]
mod tests;

/// Words that negate the trigger after them, and refusal verbs that negate the verb they
/// govern ("отказался подписать").
const NEGATIONS: &[&str] = &["не", "ни"];
const REFUSALS: &[&str] = &["отказа", "отказыва"];

/// The events of a Russian article: for each date or time, the trigger nearest it in its
/// sentence, then one event per trigger.
pub fn extract(article: &Article, dct: &DocumentDate, timexes: &[Timex], opts: ExtractOptions) -> Vec<Event> {
    let _ = opts;
    let doc = Doc::new(article, dct);
    let mut list = 0;
    let mut found = Vec::new();
    let mut relative = Vec::new();
    let mut captions = Captions::new(&article.text);
    for xi in 0..timexes.len() {
        if xi == 0 || !doc.listed_after(&timexes[xi - 1], &timexes[xi]) {
            list = xi;
        }
        if captions.holds(&timexes[xi]) {
            continue;
        }
        if let Some((event, rank)) = doc.event_of(timexes, xi) {
            if COUNTED_FROM_A_DATE
                .iter()
                .any(|r| timexes[xi].rule.starts_with(r))
            {
                relative.push((event.char_start, event.date.clone()));
            }
            found.push((event, rank, list));
        }
    }
    one_per_event(one_per_trigger(found), &relative)
}

/// The photo captions of an article ("Выступление Мадонны 16 февраля 2020 года" under a
/// picture, [`crate::dct::lead::is_photo_caption`]): their date is the picture's, and the
/// picture is no event of the story. Each line is judged once, when a date falls on it.
struct Captions<'t> {
    /// Each line's first char offset and its text.
    lines: Vec<(usize, &'t str)>,
    judged: HashMap<usize, bool>,
}

impl<'t> Captions<'t> {
    fn new(text: &'t str) -> Self {
        let mut lines = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            lines.push((at, line));
            at += line.chars().count() + 1;
        }
        Captions {
            lines,
            judged: HashMap::new(),
        }
    }

    /// Whether the date `t` lies on a photo caption's line: one the lead reader takes for
    /// a caption, or one that `t`, a date with its year, closes and that reads as a
    /// caption ("Подписание конституции США 28 июня 1776 года": the lead reader's dates
    /// are a page's, of recent years only).
    fn holds(&mut self, t: &Timex) -> bool {
        let i = self
            .lines
            .partition_point(|&(start, _)| start <= t.start)
            .saturating_sub(1);
        let Some(&(start, line)) = self.lines.get(i) else {
            return false;
        };
        let closes = start + line.trim_end().chars().count() == t.end
            && t.value
                .get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        let caption = *self
            .judged
            .entry(i)
            .or_insert_with(|| crate::dct::lead::is_photo_caption(line));
        caption || closes && crate::dct::lead::reads_as_caption(line)
    }
}

/// The rules of a date counted from another date of the story: "две недели спустя",
/// "через неделю" (not "накануне", a day before the document's).
const COUNTED_FROM_A_DATE: &[&str] = &["ru-later/", "ru-in/"];

/// One row per event where an article tells it twice with the same verb or noun (the
/// same English lemma): "принёс присягу 24 ноября … Две недели спустя принес присягу",
/// "скончался 22 марта … через неделю скончался", "родился 22 июля … родился в 16:24".
/// A telling dated by a count from another date (`relative`: "две недели спустя",
/// "через неделю") gives way to a told date of the same lemma within a month of it; of
/// two told dates one inside the other, the day stays (else the finer). Two tellings on
/// the same date are two events ("сообщил" and "заявили" of two speakers) unless the
/// same word tells both.
fn one_per_event(events: Vec<Event>, relative: &[(usize, String)]) -> Vec<Event> {
    let lemma = |e: &Event| trigger(&crate::lang::ru::lexicon::fold(&e.trigger)).map(|t| t.lemma);
    let is_relative = |e: &Event| relative.iter().any(|(c, d)| *c == e.char_start && *d == e.date);
    let rank = |e: &Event| (e.granularity != Some(Granularity::Day), e.granularity);
    let gives_way = |b: &Event, a: &Event| -> bool {
        if lemma(a).is_none() || lemma(a) != lemma(b) {
            return false;
        }
        if a.date == b.date {
            // the same word on the same date told twice ("заявил" in the lead and after
            // the quote): the first telling stays
            let same_word =
                crate::lang::ru::lexicon::fold(&a.trigger) == crate::lang::ru::lexicon::fold(&b.trigger);
            return same_word && a.char_start < b.char_start;
        }
        let (Some(a0), Some(a1), Some(b0), Some(b1)) = (a.start, a.end, b.start, b.end) else {
            return false;
        };
        if is_relative(b) && !is_relative(a) {
            let gap = (b0 - a1).num_days().max((a0 - b1).num_days());
            return gap <= 31;
        }
        let inside = (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
        !is_relative(a) && !is_relative(b) && inside && rank(a) < rank(b)
    };
    let keep: Vec<bool> = events
        .iter()
        .enumerate()
        .map(|(i, b)| !events.iter().enumerate().any(|(j, a)| i != j && gives_way(b, a)))
        .collect();
    events
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(e, _)| e)
        .collect()
}

/// The rules of a date that is the first of a list and borrows from the last what it
/// does not write: "9" in "9 и 11 июля", "июле" in "в июле и сентябре 2019 года", "2009"
/// in "в 2009 и 2012 годах" ([`super::timex`]). Two dates each written in full ("в
/// декабре 2014 года и в марте 2015 года") are no list: they mostly date two predicates.
const LISTED_RULES: &[&str] = &["ru-day-list/", "ru-month-list/", "ru-year-bare/"];

/// The words that join two listed dates ("9 и 11 июля", "в 2009 и 2012 годах", "9, 10 и
/// 11 июля"), with the prepositions that may repeat after them ("в 2009 и в 2012 году").
const LIST_GAP: &[&str] = &[",", "и", "в", "во", "на"];

/// How near a trigger is to its date, as [`nearest_trigger`] ranks it (smaller is nearer).
type Rank = (bool, bool, usize);

/// An article read once for [`extract`]: its tokens, sentences and dateline.
struct Doc<'a> {
    article: &'a Article,
    dct: &'a DocumentDate,
    toks: Vec<Tok>,
    sentences: Vec<std::ops::Range<usize>>,
    /// The dateline's characters: a date there is the document's, not an event's.
    skip: Option<std::ops::Range<usize>>,
    place: Option<String>,
    agency: Option<String>,
    chars: CharMap,
}

impl<'a> Doc<'a> {
    fn new(article: &'a Article, dct: &'a DocumentDate) -> Self {
        let text = &article.text;
        let toks = tokenize(text);
        let sentences = sentences(text, &toks);
        Doc {
            article,
            dct,
            sentences,
            toks,
            skip: dct.dateline.as_ref().map(|d| d.start..d.end.max(d.start + 1)),
            place: dct.dateline.as_ref().and_then(|d| d.place.clone()),
            agency: dct.dateline.as_ref().and_then(|d| d.agency.clone()),
            chars: CharMap::new(text),
        }
    }

    /// The tokens of a date or time (first, and the one after it) and its sentence; `None`
    /// for a date that is no event's: outside the text's sentences, in the dateline, after a
    /// word that makes it not the date ([`NOT_THE_DATE`]), or a "since" ("первое с августа
    /// 2008 года заседание", "впервые с 2014 года").
    fn place_of(&self, tx: &Timex) -> Option<(usize, usize, std::ops::Range<usize>)> {
        let toks = &self.toks;
        if self.skip.as_ref().is_some_and(|s| s.contains(&tx.start)) {
            return None;
        }
        let (bstart, bend) = (self.chars.byte(tx.start), self.chars.byte(tx.end));
        let first = toks.iter().position(|t| t.start >= bstart)?;
        let last = toks.iter().position(|t| t.start >= bend).unwrap_or(toks.len());
        let sentence = self.sentences.iter().find(|s| s.contains(&first)).cloned()?;
        if first > 0 && NOT_THE_DATE.contains(&toks[first - 1].low.as_str()) {
            return None;
        }
        if eve_of(toks, first, last) || names_a_noun(toks, tx, first) || after_participle(toks, first) {
            return None;
        }
        let since = first >= 2 && matches!(toks[first - 1].low.as_str(), "с" | "со");
        if since && (toks[first - 2].low.starts_with("перв") || toks[first - 2].low == "впервые") {
            return None;
        }
        Some((first, last, sentence))
    }

    /// Whether `b` is listed after `a`: `a` borrows from the list ([`LISTED_RULES`]), only
    /// [`LIST_GAP`] words stand between them, one of them a joiner, and neither is an end
    /// of a range (a range's ends date one event).
    fn listed_after(&self, a: &Timex, b: &Timex) -> bool {
        let borrows = LISTED_RULES.iter().any(|r| a.rule.starts_with(r));
        if !borrows || a.range.is_some() || b.range.is_some() || a.end > b.start {
            return false;
        }
        let (from, to) = (self.chars.byte(a.end), self.chars.byte(b.start));
        let between: Vec<&Tok> = self
            .toks
            .iter()
            .filter(|t| t.start >= from && t.end <= to)
            .collect();
        let joined = between.iter().any(|t| t.low == "," || t.low == "и");
        let text_between = self.article.text.get(from..to).unwrap_or("\n");
        joined && !text_between.contains('\n') && between.iter().all(|t| LIST_GAP.contains(&t.low.as_str()))
    }

    /// The event the date or time `timexes[xi]` dates, with the rank of its trigger.
    fn event_of(&self, timexes: &[Timex], xi: usize) -> Option<(Event, Rank)> {
        let tx = timexes.get(xi)?;
        if !matches!(tx.kind, TimexType::Date | TimexType::Time) {
            return None;
        }
        let (text, toks) = (&self.article.text, &self.toks);
        // "действуют с 2014 года": the start of a state lasting to now dates no event
        if tx.range.as_ref().is_some_and(|r| r.end == "PRESENT_REF") {
            return None;
        }
        let iv = interval::parse(&tx.value)?;
        // an end of a range dates its event with the whole range, as in English
        let range = crate::event::range_span(timexes, xi);
        let (date, start, end, granularity) = match &range {
            Some(r) => (r.date.clone(), r.start, r.end, r.granularity),
            None => (tx.value.clone(), iv.start, iv.end, iv.granularity),
        };
        let time_text = match &range {
            Some(r) => text
                .get(self.chars.byte(r.chars.0)..self.chars.byte(r.chars.1))
                .unwrap_or(&tx.text)
                .to_string(),
            None => tx.text.clone(),
        };
        // "в 18.00 по местному времени (19:00 мск)": the date again, in other words
        let restated = xi > 0 && {
            let between = text.get(self.chars.byte(timexes[xi - 1].end)..self.chars.byte(tx.start));
            between.is_some_and(|b| b.trim() == "(")
        };
        if restated {
            return None;
        }
        let (first, last, sentence) = self.place_of(tx)?;
        let (ti, trig, rank) = match noun_of_year(toks, tx, first) {
            Some(owner) => owner,
            None => nearest_trigger(toks, sentence.clone(), first, last)?,
        };
        // "ухода в отставку три десятилетия спустя … оставался": a count from a date that
        // lands after the document's in a past clause is a misread anchor
        let past = crate::lang::ru::tense::is_past_verb(&toks[ti].low);
        if past && tx.rule.contains("offset") && self.dct.date.is_some_and(|d| start > d) {
            return None;
        }
        if negated(toks, sentence.start, ti) {
            return None;
        }
        let status = self.status(ti, trig, start);
        // who held an office is read on the event's day, as the English reader does
        // ("Горбачев" told in 2019 of 1989 is still the Soviet leader); the dateline's
        // place ("МОСКВА, 13 июн") is no actor
        let after_dateline = self.after_dateline();
        let named = actors_in(
            toks,
            sentence.start.max(after_dateline)..sentence.end,
            Some(start),
        );
        let actors = with_affiliations(if named.is_empty() {
            self.carried_actors(&sentence, ti, start)
        } else {
            named.clone()
        });
        let clause = headline::clause(toks, sentence.clone(), ti);
        // a speech verb's place is where it was said, not the reported clause's
        let speech = trig.code == "01" && !trig.noun;
        let location = location_in(toks, if speech { clause.clone() } else { sentence.clone() });
        // the headline never reaches into the dateline ("ИНТЕРФАКС - Россия …")
        let told = sentence.start.max(after_dateline.min(ti))..sentence.end;
        let headline = headline::headline(text, toks, told, ti, trig, first..last);
        let headline_en = headline::gloss(trig, &named, status);
        let t = &toks[ti];
        let sentence_text = text[toks[sentence.start].start..toks[sentence.end - 1].end].to_string();
        let event = Event {
            date,
            start: Some(start),
            end: Some(end),
            granularity: Some(granularity),
            modifier: range
                .as_ref()
                .and_then(|r| r.modifier.clone())
                .or_else(|| tx.modifier.clone()),
            status,
            trigger: text[t.start..t.end].to_string(),
            headline,
            actors: actors.iter().map(|a| a.label.clone()).collect(),
            location,
            category: crate::event::words::category_label(trig.code),
            time_text,
            sentence: sentence_text,
            article: self.article.id.clone(),
            char_start: self.chars.char(t.start),
            char_end: self.chars.char(t.end),
            confidence: if granularity <= Granularity::Day { 0.8 } else { 0.7 },
            place: self.place.clone(),
            agency: self.agency.clone(),
            dct: self.dct.date,
            rule: "ru-nearest-trigger".into(),
            headline_en: Some(headline_en),
            ..Default::default()
        };
        Some((event, rank))
    }

    /// A sentence that names no one carries on the subject of the sentence before it in
    /// its paragraph when its own subject points back — an anaphor of
    /// `data/anaphors.tsv` before the trigger ("Лидеры также подписали", "страна получила
    /// приглашение") — or it has none, its trigger a short passive ("Работа постпредства
    /// будет прекращена с 1 ноября" after "Россия приостанавливает работу постпредства"):
    /// that sentence's actors, on the event's day; none across a line break. A subject of
    /// its own ("дипломаты обсудят") carries nothing over.
    fn carried_actors(&self, sentence: &std::ops::Range<usize>, ti: usize, day: NaiveDate) -> Vec<Actor> {
        let toks = &self.toks;
        let points_back = toks[sentence.start..ti].iter().any(|t| is_anaphor(&t.low));
        if !(points_back || short_passive(&toks[ti].low)) {
            return Vec::new();
        }
        let Some(before) = self.sentences.iter().rev().find(|s| s.end <= sentence.start) else {
            return Vec::new();
        };
        let (Some(last), Some(first)) = (
            self.toks.get(before.end.wrapping_sub(1)),
            self.toks.get(sentence.start),
        ) else {
            return Vec::new();
        };
        if before.is_empty()
            || self
                .article
                .text
                .get(last.end..first.start)
                .is_none_or(|gap| gap.contains('\n'))
        {
            return Vec::new();
        }
        actors_in(
            &self.toks,
            before.start.max(self.after_dateline())..before.end,
            Some(day),
        )
    }

    /// The first token after the dateline (0 without one).
    fn after_dateline(&self) -> usize {
        self.skip.as_ref().map_or(0, |s| {
            self.toks.partition_point(|t| t.start < self.chars.byte(s.end))
        })
    }

    /// The status of the event at trigger `ti` dated from `start`: scheduled when the date
    /// is after the document's or a future cue governs the verb (a verb's own past form
    /// wins over a future cue near it); reported for a speech verb; else occurred.
    fn status(&self, ti: usize, trig: &Trigger, start: NaiveDate) -> Status {
        let toks = &self.toks;
        let future = self.dct.date.is_some_and(|d| start > d);
        let future_tense = !crate::lang::ru::tense::is_past_verb(&toks[ti].low)
            && crate::lang::ru::tense::direction(toks, ti, ti + 1).0 == crate::timex::resolve::Dir::Future;
        if future || (future_tense && !trig.noun) {
            Status::Scheduled
        } else if trig.code == "01" && !trig.noun {
            Status::Reported
        } else {
            Status::Occurred
        }
    }
}

/// One event per trigger: the date nearest it wins, then the finest; when that date is
/// one of a list ("Выборы прошли в 2009 и 2012 годах", "встречи 9 и 11 июля"), the
/// trigger has an event on each date of the list, as an English one has ("met in 2009
/// and 2012"). `found` holds each event with its rank and the index of the first date of
/// its list.
fn one_per_trigger(found: Vec<(Event, Rank, usize)>) -> Vec<Event> {
    let mut best: Vec<(usize, Rank, Option<Granularity>, usize)> = Vec::new();
    for (e, rank, list) in &found {
        match best.iter_mut().find(|b| b.0 == e.char_start) {
            Some(b) if (*rank, e.granularity) < (b.1, b.2) => {
                *b = (e.char_start, *rank, e.granularity, *list)
            }
            Some(_) => {}
            None => best.push((e.char_start, *rank, e.granularity, *list)),
        }
    }
    let mut kept: Vec<Event> = Vec::new();
    for (trigger, _, _, list) in best {
        for (e, _, l) in &found {
            let new_date = !kept.iter().any(|k| k.char_start == trigger && k.date == e.date);
            if e.char_start == trigger && *l == list && new_date {
                kept.push(e.clone());
            }
        }
    }
    kept
}

/// Token ranges of the sentences: split after `.`, `!`, `?` before an upper-case word or
/// a line break, and at every line break (headlines have no full stop).
fn sentences(text: &str, toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        let t = &toks[i];
        let next = toks.get(i + 1);
        let newline = next.is_none_or(|n| text[t.end..n.start].contains('\n'));
        // a date may open the next sentence ("…2017 года. 5 ноября его уволили"), not
        // after an abbreviation ("в 1999 г. 5 человек")
        let word_before = i > 0 && toks[i - 1].kind == Kind::Word && toks[i - 1].low.chars().count() >= 3;
        let stop = t.kind == Kind::Punct
            && matches!(t.low.as_str(), "." | "!" | "?")
            && next.is_none_or(|n| {
                n.upper || n.kind == Kind::Punct && n.low != "," || n.kind == Kind::Num && word_before
            });
        if newline || stop {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    out
}

/// A clause break: punctuation between clauses.
fn is_break(t: &Tok) -> bool {
    t.kind == Kind::Punct && matches!(t.low.as_str(), "," | ";" | ":" | "—" | "–" | "(" | ")")
}

/// A clause break at token `i`, read with its neighbours: a dash inside one proper name
/// ("Совета Россия — НАТО", "Саммит Россия — ЕС": names on both sides, and the left one
/// itself after a capitalised word of the name) breaks nothing. A dash after a name that
/// opens its phrase stays a break: a copula or apposition ("от ЛДПР — Михаил Дегтярев",
/// "столица Малави — Лилонгве", both in NEREL), or a lower-case word after it
/// ("Москва — столица").
fn breaks_at(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let dash = matches!(t.low.as_str(), "—" | "–");
    let name = |k: Option<&Tok>| k.is_some_and(|k| k.kind == Kind::Word && k.upper);
    let in_a_name = i >= 2 && name(toks.get(i - 2)) && name(toks.get(i - 1)) && name(toks.get(i + 1));
    is_break(t) && !(dash && in_a_name)
}

/// Whether a word is a finite verb: a past form, a future cue, or a present form of the
/// first conjugation and reflexives ("работает", "проводится").
fn is_verb(t: &Tok) -> bool {
    t.kind == Kind::Word
        && (crate::lang::ru::tense::is_past_verb(&t.low)
            || crate::lang::ru::lexicon::tense_class(&t.low) == Some("future")
            || (t.low.chars().count() >= 5 && PRESENT_ENDINGS.iter().any(|e| t.low.ends_with(e))))
}

/// "накануне сражений", "накануне выборов": the eve of an event named after it (a word
/// in the genitive), no day of the calendar; not "состоявшегося накануне переворота",
/// where a participle or verb before it makes it "the day before".
fn eve_of(toks: &[Tok], first: usize, last: usize) -> bool {
    let eve = last == first + 1 && toks[first].low == "накануне";
    let after_verb = first > 0 && (is_verb(&toks[first - 1]) || weak_form(&toks[first - 1]));
    let genitive = toks.get(last).is_some_and(|t| {
        t.kind == Kind::Word && !t.upper && GENITIVE_ENDINGS.iter().any(|e| t.low.ends_with(e)) && !is_verb(t)
    });
    eve && genitive && !after_verb
}

/// Endings that tell the genitive of a common noun or adjective after "накануне".
const GENITIVE_ENDINGS: &[&str] = &[
    "ий", "ов", "ей", "ых", "их", "ого", "его", "ия", "ни", "ия", "а", "я", "ы",
];

/// "в выборах 2008 года", "войны 1812 года": a bare year right after an event noun is
/// that noun's date before any verb's of the clause. The noun's token, entry and rank.
fn noun_of_year(toks: &[Tok], tx: &Timex, first: usize) -> Option<(usize, &'static Trigger, Rank)> {
    let year_only = tx.value.len() == 4 && tx.value.bytes().all(|b| b.is_ascii_digit());
    let p = first.checked_sub(1)?;
    let t = trigger(&toks[p].low).filter(|t| t.noun && !t.needs_iz && !t.needs_v)?;
    (year_only && toks[first].kind == Kind::Num && toks[p].kind == Kind::Word).then_some((
        p,
        t,
        (false, false, 1),
    ))
}

/// "конституции 2004 года", "кампании 2016 года", "премии мира 1993": a bare year in the
/// genitive right after a common noun that is no trigger names that noun's year (its
/// edition, its season), not the date of the sentence's predicate.
fn names_a_noun(toks: &[Tok], tx: &Timex, first: usize) -> bool {
    let year_only = tx.value.len() == 4 && tx.value.bytes().all(|b| b.is_ascii_digit());
    let Some(prev) = first.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let noun_like = prev.kind == Kind::Word
        && prev.low.chars().count() >= 4
        && !is_verb(prev)
        && !weak_form(prev)
        && trigger(&prev.low).is_none()
        && crate::lang::ru::lexicon::lookup(&prev.low).is_empty();
    year_only && toks[first].kind == Kind::Num && noun_like
}

/// "под подстроенным в XVIII веке Капитолием": a date right after a long participle
/// that is no trigger (a preposition between) dates that participle's action, not the
/// sentence's predicate.
fn after_participle(toks: &[Tok], first: usize) -> bool {
    let preposition = |t: &Tok| t.kind == Kind::Word && t.low.chars().count() <= 2;
    let p = match first.checked_sub(1).map(|p| &toks[p]) {
        Some(t) if preposition(t) => first.checked_sub(2),
        _ => first.checked_sub(1),
    };
    p.is_some_and(|p| {
        let t = &toks[p];
        t.kind == Kind::Word && !t.upper && weak_form(t) && trigger(&t.low).is_none()
    })
}

/// Whether a word is an active participle ("стоявший", "правивший", "возглавляющий"):
/// a clause built on one ("стоявший во главе страны с 1959 по 1990 год") is the
/// participle's, and its date dates no predicate of the sentence when the participle is
/// no trigger.
fn is_participle(t: &Tok) -> bool {
    t.kind == Kind::Word
        && t.low.chars().count() >= 6
        && PARTICIPLE_ENDINGS.iter().any(|e| t.low.ends_with(e))
}

/// Whether a trigger's form is one a clause's predicate seldom is: a long participle,
/// which qualifies a noun ("умерший сын", "назначенных на 26 апреля выборах",
/// "установленного в законе"), or a gerund, which hangs on another verb ("завершив
/// период"). Such a form ranks as a noun does when a date chooses its trigger.
fn weak_form(t: &Tok) -> bool {
    let w = &t.low;
    let long = w.chars().count() >= 7;
    is_participle(t)
        || ACTIVE_PAST_ENDINGS.iter().any(|e| w.ends_with(e)) && w.chars().count() >= 6
        || long && PASSIVE_PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e))
        || long
            && !t.upper
            && (w.ends_with("вшись")
                || (w.ends_with('в') && w.chars().rev().nth(1).is_some_and(|c| "аеиыя".contains(c))))
}

/// Endings of past active participles of verbs whose stem ends in a consonant
/// ("умерший", "прошедшей"), checked on triggers only: an adjective ("старший") is none.
const ACTIVE_PAST_ENDINGS: &[&str] = &["ший", "шая", "шее", "шие", "шего", "шей", "шему", "шим", "ших"];

/// Endings of long passive participles ("подписанный", "принятого", "назначенных").
const PASSIVE_PARTICIPLE_ENDINGS: &[&str] = &[
    "нный",
    "нная",
    "нное",
    "нные",
    "нного",
    "нной",
    "нному",
    "нным",
    "нных",
    "нную",
    "тый",
    "тая",
    "тое",
    "тые",
    "того",
    "той",
    "тую",
    "тых",
    "тым",
];

/// The comma before a relative clause that holds the tokens from `first` on ("…, который
/// должен состояться 16 марта"): the clause opens with a form of "который" right after
/// the comma.
fn relative_opening(toks: &[Tok], sentence_start: usize, first: usize) -> Option<usize> {
    let mut a = first;
    while a > sentence_start && !is_break(&toks[a - 1]) {
        a -= 1;
    }
    let opens = toks.get(a).is_some_and(|t| t.low.starts_with("котор"));
    (a > sentence_start && opens && toks[a - 1].low == ",").then_some(a - 1)
}

/// Endings of active participles, past ("-вший") and present ("-ющий", "-ящий"), in
/// the cases a news clause uses.
const PARTICIPLE_ENDINGS: &[&str] = &[
    "вший",
    "вшая",
    "вшее",
    "вшие",
    "вшего",
    "вшей",
    "вшему",
    "вшим",
    "вших",
    "вшиеся",
    "вшийся",
    "вшаяся",
    "ющий",
    "ющая",
    "ющее",
    "ющие",
    "ющего",
    "ющей",
    "ющим",
    "ющих",
    "ящий",
    "ящая",
    "ящее",
    "ящие",
    "ящего",
    "ящей",
    "ящим",
    "ящих",
];

/// Present-tense endings that nouns rarely have.
const PRESENT_ENDINGS: &[&str] = &[
    "ает", "яет", "еет", "ует", "ают", "яют", "уют", "ется", "ится", "ются", "ятся",
];

/// Prepositions that make a date a bound or deadline of an event rather than its date
/// ("после декабря 2016 года", "к 2035 году").
const NOT_THE_DATE: &[&str] = &["после", "перед", "к", "ко"];

/// The trigger of the expression at tokens `first..last`: in its own clause if it has one
/// (verbs before nouns, then the nearest), else the nearest in the sentence, unless the
/// expression's clause has a verb of its own that is no trigger ("а в марте 2014 года Крым
/// вошел в состав России": no event). Returns the token, its entry and a rank (lower is
/// better) for choosing between two dates of one trigger.
fn nearest_trigger(
    toks: &[Tok],
    sentence: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Option<(usize, &'static Trigger, (bool, bool, usize))> {
    if let Some((i, t)) = meeting_phrase(toks, sentence.start, first) {
        return Some((i, t, (false, true, first - i)));
    }
    let mut best: Option<((bool, bool, usize), usize, &'static Trigger)> = None;
    for i in sentence.clone() {
        if (first..last).contains(&i) || toks[i].kind != Kind::Word {
            continue;
        }
        let next: Vec<&str> = toks[i + 1..].iter().take(2).map(|t| t.low.as_str()).collect();
        let before: Vec<&str> = toks[sentence.start.max(i.saturating_sub(2))..i]
            .iter()
            .map(|t| t.low.as_str())
            .collect();
        let Some(t) = trigger_in(&before, &toks[i].low, &next) else {
            continue;
        };
        let between = if i < first { i + 1..first } else { last..i };
        let distance = between.len() + 1;
        if t.artifact && distance > 2 {
            continue;
        }
        let crosses = between.clone().any(|k| breaks_at(toks, k));
        // a relative clause's date is its antecedent's: "референдум, который должен
        // состояться 16 марта", "выборах президента, которые состоятся в январе"
        let antecedent =
            relative_opening(toks, sentence.start, first).is_some_and(|comma| i < comma && comma - i <= 3);
        let key = (crosses && !antecedent, t.noun || weak_form(&toks[i]), distance);
        if best.is_none_or(|(k, _, _)| key < k) {
            best = Some((key, i, t));
        }
    }
    let (key, i, t) = best?;
    let (i, t) = if t.phase {
        phase_noun(toks, sentence.clone(), i).unwrap_or((i, t))
    } else {
        (i, t)
    };
    if key.0 {
        // the expression's own clause: does it have a verb that is no trigger?
        let mut a = first;
        while a > sentence.start && !breaks_at(toks, a - 1) {
            a -= 1;
        }
        let mut b = last;
        while b < sentence.end && !breaks_at(toks, b) {
            b += 1;
        }
        if toks[a..b].iter().any(|t| is_verb(t) || is_participle(t)) {
            return None;
        }
    }
    Some((i, t, key))
}

/// Prepositions that open a phrase naming the occasion of a clause ("на саммите", "в ходе
/// встречи", "во время визита", "в рамках переговоров"): the last word of each.
const OCCASION_OPENERS: &[&str] = &["на", "ходе", "время", "рамках"];

/// Prepositions that make an event noun after them the bound of a clause's event ("после
/// конфликта", "до войны", "перед саммитом"): a date right after that noun is its own.
const BOUND_OPENERS: &[&str] = &["после", "до", "перед"];

/// The most words between an occasion's noun and a date of its phrase ("на саммите НАТО
/// в Бухаресте в апреле 2008 года": four).
const OCCASION_SPAN: usize = 5;

/// "в ходе встречи в МИД 15 декабря", "На саммите НАТО в Бухаресте в апреле 2008 года
/// альянс заявил": a date at the end of a phrase naming the occasion — a preposition of
/// [`OCCASION_OPENERS`], a meeting noun (CAMEO 04: встреча, саммит, переговоры, визит),
/// then only names and short prepositions up to the date — dates that meeting, as the
/// English "during a meeting at the Foreign Ministry on December 15" does, whatever verb
/// the clause has. So does a date in the phrase of an event noun that a bound preposition
/// opens ("после конфликта в августе 2008 года", [`BOUND_OPENERS`]) or that opens its
/// clause as the subject ("Саммит НАТО в Бухаресте в апреле 2008 года обещал …"). The
/// noun's token and entry.
fn meeting_phrase(toks: &[Tok], sentence_start: usize, first: usize) -> Option<(usize, &'static Trigger)> {
    let mut j = first;
    while j > sentence_start && first - j <= OCCASION_SPAN {
        j -= 1;
        let t = &toks[j];
        if let Some(entry) = trigger(&t.low).filter(|e| e.noun && !e.artifact) {
            let before = (j > sentence_start).then(|| toks[j - 1].low.as_str());
            let occasion = entry.code == "04" && before.is_some_and(|w| OCCASION_OPENERS.contains(&w));
            // "после конфликта в августе 2008 года": the date of the event a bound names,
            // whatever verb the clause has
            let bound = first - j <= 2 && before.is_some_and(|w| BOUND_OPENERS.contains(&w));
            // "Саммит НАТО в Бухаресте в апреле 2008 года обещал …": a date inside the
            // subject phrase of an event noun that opens its clause
            let subject = j == sentence_start || breaks_at(toks, j - 1);
            return (occasion || bound || subject).then_some((j, entry));
        }
        let name = t.kind == Kind::Word && t.upper;
        let preposition = matches!(t.low.as_str(), "в" | "во" | "на" | "при");
        if !(name || preposition) {
            return None;
        }
    }
    None
}

/// The event noun of a phase verb's clause, nearest it: "Саммит НАТО открылся" →
/// "Саммит", "начали двухдневную встречу" → "встречу".
fn phase_noun(
    toks: &[Tok],
    sentence: std::ops::Range<usize>,
    vi: usize,
) -> Option<(usize, &'static Trigger)> {
    let mut a = vi;
    while a > sentence.start && !is_break(&toks[a - 1]) {
        a -= 1;
    }
    let mut b = vi + 1;
    while b < sentence.end && !is_break(&toks[b]) {
        b += 1;
    }
    (a..b)
        .filter(|&j| j != vi && toks[j].kind == Kind::Word)
        .filter_map(|j| {
            trigger(&toks[j].low)
                .filter(|t| t.noun && !t.artifact)
                .map(|t| (j, t))
        })
        .min_by_key(|(j, _)| j.abs_diff(vi))
}

/// Whether a folded word is a subject that points back to an earlier one ("они",
/// "страна", "лидеры"; `data/anaphors.tsv`).
fn is_anaphor(word: &str) -> bool {
    crate::lang::ru::eventwords::ANAPHORS.contains(word)
}

/// Endings of short passive participles ("прекращена", "подписано", "созданы").
const SHORT_PASSIVE_ENDINGS: &[&str] = &[
    "ена", "ено", "ены", "ана", "ано", "аны", "ята", "ято", "яты", "ута", "уто", "уты",
];

/// Whether a trigger's form is a short passive participle, whose clause names no agent.
fn short_passive(word: &str) -> bool {
    word.chars().count() >= 6 && SHORT_PASSIVE_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// "не подписали", "отказался подписать": the trigger did not happen.
fn negated(toks: &[Tok], sentence_start: usize, ti: usize) -> bool {
    let before = |k: usize| {
        ti.checked_sub(k)
            .filter(|&b| b >= sentence_start)
            .map(|b| toks[b].low.as_str())
    };
    // "не подписала", and "не подписала договор" (the noun's governing verb negated)
    if before(1).is_some_and(|w| NEGATIONS.contains(&w)) {
        return true;
    }
    let noun = trigger(&toks[ti].low).is_some_and(|t| t.noun);
    if noun && before(2).is_some_and(|w| NEGATIONS.contains(&w)) {
        return true;
    }
    // "таких встреч не было": the noun's existence denied
    if noun && (1..=2).any(|k| toks.get(ti + k).is_some_and(|t| t.low == "не")) {
        return true;
    }
    (1..=2).any(|k| before(k).is_some_and(|w| REFUSALS.iter().any(|r| w.starts_with(r))))
}

/// Char ↔ byte offsets of a text.
struct CharMap {
    /// Byte offset of each char, and the text's length at the end.
    bytes: Vec<usize>,
}

impl CharMap {
    fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CharMap { bytes }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.bytes
            .get(char_index)
            .copied()
            .unwrap_or_else(|| *self.bytes.last().unwrap_or(&0))
    }

    fn char(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }
}
