//! Events: what happened, who took part, where and when, with the evidence.
//!
//! [`extract`] turns an article, its [`DocumentDate`] and its temporal expressions into
//! [`Event`]s, one per dated event:
//!
//! 1. the text is split into sentences and tokens ([`text`]), keeping char offsets;
//! 2. each DATE/TIME expression is attached to the trigger it modifies ([`attach`]);
//! 3. the trigger's clause gives the headline, actors ([`actors`]), place and status
//!    ([`describe`]); the CAMEO category comes from the trigger's table entry ([`words`]);
//! 4. the same event told twice in the article becomes one ([`crate::merge::article`]).
//!
//! The dateline's own date ("BRUSSELS, December 1 (RIA Novosti) -") dates the story,
//! not an event, and is skipped. Undated statements are left out unless
//! [`ExtractOptions::undated`] is set.

pub mod actors;
pub mod attach;
pub mod coref;
pub mod describe;
pub mod factuality;
pub mod ru;
mod span;
pub mod speech;
pub mod tense;
mod thing_names;
mod told;
pub mod who;
mod whole;
pub mod words;

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dct::DocumentDate;
use crate::input::article::Article;
use crate::text::sentence;
use crate::time::interval::{self, Granularity};
use crate::time::point::Point;
use crate::timex::{Timex, TimexType};

use self::attach::Class;
use self::describe::Headline;
pub use self::factuality::{Modality, Polarity};
pub(crate) use self::span::range_span;

/// Whether an event happened, is planned, or is only someone's statement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Occurred,
    Scheduled,
    Reported,
}

impl Status {
    /// The lower-case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Scheduled => "scheduled",
            Status::Reported => "reported",
        }
    }
}

/// One row of the timeline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)] // timelines written before a field was added still merge
pub struct Event {
    /// The TIMEX3 value (`2009-12-04`, `2008-06`); for a range of dates written with
    /// both ends ("9–11 July 2024", "between 2014 and 2022"), the two ends' values as an
    /// ISO 8601 interval, `2024-07-09/2024-07-11`, with `start`..`end` spanning it.
    pub date: String,
    /// ISO interval, end exclusive.
    #[serde(serialize_with = "crate::time::serde_date::option")]
    pub start: Option<chrono::NaiveDate>,
    #[serde(serialize_with = "crate::time::serde_date::option")]
    pub end: Option<chrono::NaiveDate>,
    pub granularity: Option<Granularity>,
    /// The TIMEX3 `mod` of the date: `START` ("early June"), `MID` ("mid-2021"), `END`
    /// ("late 2023"), `APPROX` ("around 1990"), `BEFORE`, `AFTER`… The value, `start`
    /// and `end` stay those of the whole period; `mod` says which part of it.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    pub status: Status,
    /// The verb or event noun the date belongs to (`met`, `meeting`, `war`).
    pub trigger: String,
    /// A short clause-level summary ("Rogozin met Rasmussen").
    pub headline: String,
    pub actors: Vec<String>,
    pub location: Option<String>,
    /// CAMEO top-level code and name, e.g. `04 Consult`.
    pub category: Option<String>,
    /// The temporal phrase the date came from.
    pub time_text: String,
    pub sentence: String,
    /// Article id.
    pub article: String,
    /// Trigger offsets in chars into the article text, end exclusive.
    pub char_start: usize,
    pub char_end: usize,
    pub confidence: f32,
    /// The dateline place and agency of the article, when it has a dateline.
    pub place: Option<String>,
    pub agency: Option<String>,
    /// The article's document date.
    #[serde(serialize_with = "crate::time::serde_date::option")]
    pub dct: Option<NaiveDate>,
    /// The attachment rule that tied the date to the trigger (`possessive`, `verb-left`…,
    /// `undated` for statements dated by the DCT).
    pub rule: String,
    /// An English gloss of an event read in another language (`Lavrov met Rasmussen`),
    /// built from the trigger table and the canonical actors (see [`ru`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline_en: Option<String>,
    /// Whether the event took place: `negative` for "failed to meet", "did not sign",
    /// "no meeting" (the row is kept, marked). See [`factuality`].
    pub polarity: Polarity,
    /// How the text holds the event: `asserted`, `reported` (by `source`), `planned`,
    /// `possible`, `demanded` or `denied`.
    pub modality: Modality,
    /// Who reported, demanded or denied the event, when the text says ("Sergey Lavrov").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The date's year is the document date's, and that year was inferred, not printed
    /// or given: another telling of the event may give another year, which merging
    /// then flags as a conflict rather than keep as a second event.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub year_guessed: bool,
}

/// Options for [`extract`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtractOptions {
    /// Keep undated statements, dated by the DCT and marked `reported`.
    pub undated: bool,
}

/// A temporal expression attached to a trigger, before the event is described.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    /// Index into the timexes given.
    pub timex: usize,
    /// Trigger char offsets, end exclusive.
    pub char_start: usize,
    pub char_end: usize,
    pub trigger: String,
    pub rule: &'static str,
    pub confidence: f32,
}

/// The sentences of an article and, for those that need them, their token classes.
struct Analysed<'t> {
    sentences: Vec<sentence::Sentence<'t>>,
    /// Classified on first use: only sentences with a date (about a third of a news
    /// text) are attached and described.
    classes: Vec<std::cell::OnceCell<Vec<Class>>>,
}

impl Analysed<'_> {
    /// The token classes of sentence `si`.
    fn classes(&self, si: usize) -> &[Class] {
        self.classes[si].get_or_init(|| attach::classify(&self.sentences[si].tokens))
    }
}

/// `low`: the article's text in ASCII lower case, if the caller has it (see
/// [`sentence::sentences_lowered`]).
fn analyse<'t>(article_text: &'t str, low: Option<&'t str>, dateline: Option<&Range<usize>>) -> Analysed<'t> {
    let sentences = match low {
        Some(low) => sentence::sentences_lowered(article_text, low),
        None => sentence::sentences(article_text),
    };
    let sentences = sentence::split_datelines(sentences, dateline.map(|d| d.end));
    let classes = sentences.iter().map(|_| std::cell::OnceCell::new()).collect();
    Analysed { sentences, classes }
}

/// Attaches every DATE/TIME expression of `timexes` to its trigger. Expressions inside
/// `skip` (the dateline) and those with no trigger are left out.
pub fn anchors(article_text: &str, timexes: &[Timex], skip: Option<Range<usize>>) -> Vec<Anchor> {
    anchors_on(article_text, timexes, skip, None)
}

/// [`anchors`] of an article written on `dct`: a date ahead of it on a verb of intending
/// dates the intended event ([`attach::planned_infinitive`]).
pub fn anchors_on(
    article_text: &str,
    timexes: &[Timex],
    skip: Option<Range<usize>>,
    dct: Option<NaiveDate>,
) -> Vec<Anchor> {
    let a = analyse(article_text, None, skip.as_ref());
    anchors_in(&a, timexes, skip, dct)
        .into_iter()
        .map(|(anchor, _, _, _, _)| anchor)
        .collect()
}

/// An anchor with its sentence index, its temporal phrase's token range, its attachment
/// and the offset timex it restates ([`attach::restated_offset`]), if any.
type Attached = (Anchor, usize, Range<usize>, attach::Attachment, Option<usize>);

/// Anchors with their sentence index, timex token range and attachment.
fn anchors_in(
    a: &Analysed,
    timexes: &[Timex],
    skip: Option<Range<usize>>,
    dct: Option<NaiveDate>,
) -> Vec<Attached> {
    let mut out = Vec::new();
    // the last date read: its sentence, tokens and timex, when it is an offset
    let mut previous: Option<(usize, Range<usize>, usize)> = None;
    for (ti, tx) in timexes.iter().enumerate() {
        if !matches!(tx.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        if skip.as_ref().is_some_and(|s| s.contains(&tx.start)) {
            continue;
        }
        // Sentences are in text order: the first that ends after the timex starts.
        let si = a.sentences.partition_point(|s| s.end <= tx.start);
        if a.sentences.get(si).is_none_or(|s| s.start > tx.start) {
            continue;
        }
        let tokens = &a.sentences[si].tokens;
        let first = tokens.iter().position(|t| t.end > tx.start);
        let last = tokens
            .iter()
            .position(|t| t.start >= tx.end)
            .unwrap_or(tokens.len());
        let Some(first) = first.filter(|&f| f < last) else {
            continue;
        };
        let offset_before = previous
            .take()
            .filter(|(psi, _, _)| *psi == si)
            .map(|(_, range, pti)| (range, pti));
        if tx.is_offset() {
            previous = Some((si, first..last, ti));
        }
        if looks_like_dateline(tokens, last) || is_byline(tokens) {
            continue;
        }
        // "reunified less than a year later, on October 3, 1990": a date apposed to an
        // offset is attached in the offset's place, and restates the offset's timex
        let restated = attach::restated_offset(
            tokens,
            a.classes(si),
            first,
            offset_before.as_ref().map(|(r, _)| r.clone()),
        );
        let in_offset_place = restated
            .clone()
            .and_then(|r| attach::attach(tokens, a.classes(si), r.start, r.end));
        let restates = in_offset_place.and_then(|_| {
            offset_before
                .as_ref()
                .filter(|(r, _)| Some(r) == restated.as_ref())
                .map(|(_, pti)| *pti)
        });
        if let Some(mut att) = in_offset_place.or_else(|| attach::attach(tokens, a.classes(si), first, last))
        {
            // a date ahead of the story on a verb of intending dates the intended event
            if dct
                .zip(interval::parse(&tx.value))
                .is_some_and(|(d, iv)| iv.start > d)
            {
                att.trigger =
                    attach::planned_infinitive(tokens, a.classes(si), att.trigger).unwrap_or(att.trigger);
            }
            let t = &tokens[att.trigger];
            out.push((
                Anchor {
                    timex: ti,
                    char_start: t.start,
                    char_end: t.end,
                    trigger: t.text.to_string(),
                    rule: att.rule,
                    confidence: att.confidence,
                },
                si,
                // the offset, its comma and the date are one temporal phrase
                restated
                    .filter(|_| in_offset_place.is_some())
                    .map_or(first, |r| r.start)..last,
                att,
                restates,
            ));
        }
    }
    out
}

/// A publication line is short: "Published 4:41 PM UTC, January 12, 2022" is 12 tokens;
/// a sentence that opens with "Updated" and runs longer is news (commit 5eb67f6, from the
/// seed pages).
const BYLINE_MAX_TOKENS: usize = 16;

/// How far after a dateline's date its agency's closing bracket may come: "(RIA Novosti)"
/// is 4 tokens, "(Agence France-Presse)" 6 (the first event stage, commit 1b34a6f).
const DATELINE_AGENCY_MAX_TOKENS: usize = 6;

/// "Published 4:41 PM UTC, January 12, 2022": a page's publication line dates the page.
fn is_byline(tokens: &[sentence::Token]) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.lower.as_ref()).unwrap_or("");
    let opener =
        matches!(word(0), "published" | "updated" | "posted") || (word(0), word(1)) == ("last", "updated");
    opener && tokens.len() < BYLINE_MAX_TOKENS
}

/// "December 1 (RIA Novosti) -": a date followed by an agency in brackets and a dash,
/// or by a dash alone, opens a wire story: it dates the story, not an event.
fn looks_like_dateline(tokens: &[sentence::Token], last: usize) -> bool {
    let mut i = last;
    if tokens.get(i).is_some_and(|t| t.text == "(") {
        match tokens[i..].iter().position(|t| t.text == ")") {
            Some(close) if close <= DATELINE_AGENCY_MAX_TOKENS => i += close + 1,
            _ => return false,
        }
    }
    tokens
        .get(i)
        .is_some_and(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}" | "--"))
}

/// Confidence of an undated statement, dated by the DCT: as unsure as a guess.
const UNDATED_CONFIDENCE: f32 = 0.5;

/// Extracts the dated events of one article: every dated mention, one date per trigger.
/// Two mentions of one event in the article ("met on Tuesday … the Tuesday meeting")
/// are still two here; the merge stage folds them
/// ([`crate::merge::article::merge_within_article`], which
/// [`crate::run::pipeline::analyze`] runs after this).
pub fn extract(article: &Article, dct: &DocumentDate, timexes: &[Timex], opts: ExtractOptions) -> Vec<Event> {
    let skip = dct.dateline.as_ref().map(|d| d.start..d.end.max(d.start + 1));
    // one lower-case copy of an ASCII article, which every token's lower-case form borrows
    let low = article.text.is_ascii().then(|| article.text.to_ascii_lowercase());
    let a = analyse(&article.text, low.as_deref(), skip.as_ref());
    let token_lists: Vec<&[sentence::Token]> = a.sentences.iter().map(|s| s.tokens.as_slice()).collect();
    let (known, mut mentions) = actors::ArticleActors::read(&token_lists, dct.date);
    // "GENEVA, Jan 21 (Reuters) -": the dateline says where the story was filed; no
    // pronoun of the story names its place (see `coref::antecedent`)
    for (s, found) in a.sentences.iter().zip(mentions.iter_mut()) {
        if skip
            .as_ref()
            .is_some_and(|d| d.start <= s.start && s.end <= d.end)
        {
            for m in found {
                m.dateline = true;
            }
        }
    }
    let story = Story {
        analysed: &a,
        known: &known,
        mentions: &mentions,
        chars: sentence::CharIndex::new(&article.text),
        article: &article.id,
        dct,
        skip,
    };
    let mut events = story.dated(timexes);
    if opts.undated {
        if let Some(date) = dct.date {
            let used: std::collections::HashSet<usize> = events.iter().map(|e| e.char_start).collect();
            events.extend(story.undated(date, &used));
        }
    }
    events.sort_by_key(|e| e.char_start);
    one_date_per_trigger(events)
}

/// "withdrew … at midnight on Tuesday": two expressions of one trigger that name the
/// same day are one event, told by the plainer (the day); an expression inside the
/// other's interval ("in November, on Tuesday") is the event's date, the wider one goes.
fn one_date_per_trigger(events: Vec<Event>) -> Vec<Event> {
    let mut keep = vec![true; events.len()];
    for i in 0..events.len() {
        for j in i + 1..events.len() {
            let (a, b) = (&events[i], &events[j]);
            if a.char_start != b.char_start || !keep[i] || !keep[j] {
                continue;
            }
            let (Some(sa), Some(ea), Some(sb), Some(eb)) = (a.start, a.end, b.start, b.end) else {
                continue;
            };
            if (sa, ea) == (sb, eb) {
                // the finer granularity of the same span is a clock time of that day
                let drop_a = a.granularity < b.granularity;
                keep[if drop_a { i } else { j }] = false;
            } else if sa <= sb && eb <= ea {
                keep[i] = false;
            } else if sb <= sa && ea <= eb {
                keep[j] = false;
            }
        }
    }
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

/// One article read for events: its sentences, actors and dateline.
struct Story<'a> {
    analysed: &'a Analysed<'a>,
    known: &'a actors::ArticleActors,
    mentions: &'a [Vec<actors::Mention>],
    chars: sentence::CharIndex<'a>,
    article: &'a str,
    dct: &'a DocumentDate,
    /// The dateline's chars: its date dates the story, not an event.
    skip: Option<Range<usize>>,
}

/// When an event happened: the TIMEX3 value, its interval and the phrase it came from.
struct When {
    date: String,
    start: NaiveDate,
    end: Option<NaiveDate>,
    granularity: Granularity,
    /// The TIMEX3 `mod` of the date (`START`, `END`…).
    modifier: Option<String>,
    time_text: String,
}

/// How the date was tied to the trigger word.
struct Tie<'s> {
    trigger: &'s str,
    char_start: usize,
    char_end: usize,
    rule: &'s str,
    confidence: f32,
}

impl Story<'_> {
    fn context(&self, si: usize) -> EventContext<'_> {
        EventContext {
            tokens: &self.analysed.sentences[si].tokens,
            classes: self.analysed.classes(si),
            mentions: &self.mentions[si],
            earlier: &self.mentions[..si],
            before: si.checked_sub(1).map(|b| {
                (
                    self.analysed.sentences[b].tokens.as_slice(),
                    self.analysed.classes(b),
                )
            }),
            known: self.known,
        }
    }

    /// The one way an [`Event`] is made: sentence `si`, told as `described`.
    fn event(&self, si: usize, when: When, tie: Tie, status: Status, described: Described) -> Event {
        let sentence = &self.analysed.sentences[si];
        let dateline = self.dct.dateline.as_ref();
        Event {
            date: when.date,
            start: Some(when.start),
            end: when.end,
            granularity: Some(when.granularity),
            modifier: when.modifier,
            status,
            trigger: tie.trigger.to_string(),
            headline: described.headline,
            actors: actors::on_event_date(
                described.actors,
                sentence.tokens.get(described.actors_range.clone()).unwrap_or(&[]),
                when.start,
                when.end,
                self.dct.date,
            ),
            location: described.location,
            category: described.category,
            time_text: when.time_text,
            sentence: self.chars.slice(sentence.start, sentence.end).to_string(),
            article: self.article.to_string(),
            char_start: tie.char_start,
            char_end: tie.char_end,
            confidence: tie.confidence,
            place: dateline.and_then(|d| d.place.clone()),
            agency: dateline.and_then(|d| d.agency.clone()),
            dct: self.dct.date,
            rule: tie.rule.to_string(),
            headline_en: None,
            polarity: described.polarity,
            modality: described.modality,
            source: described.source,
            year_guessed: false,
        }
    }

    /// An event for every DATE/TIME expression attached to a trigger.
    fn dated(&self, timexes: &[Timex]) -> Vec<Event> {
        let mut events = Vec::new();
        let anchors = anchors_in(self.analysed, timexes, self.skip.clone(), self.dct.date);
        // an offset restated by the date apposed to it ("a year later, on October 3,
        // 1990") makes no row of its own: the apposed date's row tells its event
        let restated: std::collections::HashSet<usize> = anchors.iter().filter_map(|a| a.4).collect();
        for (mut anchor, si, span, att, _) in anchors {
            if restated.contains(&anchor.timex) {
                continue;
            }
            let tx = &timexes[anchor.timex];
            let ctx = self.context(si);
            let att = attach::handed_on(ctx.tokens, ctx.classes, att);
            if let Some(t) = ctx.tokens.get(att.trigger) {
                anchor.char_start = t.start;
                anchor.char_end = t.end;
                anchor.trigger = t.text.to_string();
            }
            let dates_its_noun = matches!(att.rule, "premodifier" | "possessive");
            if !dates_its_noun
                && attach::dates_no_event(ctx.tokens, ctx.classes, span.start, span.end, tx.starts_a_state())
            {
                continue;
            }
            let mut value = tx.value.clone();
            let verb_tense = tense::of_verb(ctx.tokens, ctx.classes, att.light_verb.unwrap_or(att.trigger));
            if let (Some(dct), Some(iv)) = (self.dct.date, interval::parse(&tx.value)) {
                // a bare weekday follows its own clause's tense (see [`tense`])
                if iv.granularity == Granularity::Day {
                    if let Some(day) = tense::weekday_for_tense(&tx.text, iv.start, dct, verb_tense) {
                        value = Point::day(day).value();
                    }
                }
            }
            let Some(iv) = interval::parse(&value) else {
                continue;
            };
            let when = match self.range_of(timexes, anchor.timex) {
                Some(range) => range,
                None => When {
                    date: value,
                    start: iv.start,
                    end: Some(iv.end),
                    granularity: iv.granularity,
                    modifier: tx.modifier.clone(),
                    time_text: tx.text.clone(),
                },
            };
            let mut described = ctx.describe(att, span);
            let dct = self.dct.date;
            let (start, end) = (when.start, when.end.unwrap_or(iv.end));
            // the part of the period a `mod` names decides whether it is past or ahead
            // ("would send … by late 2022", written in February 2022, lies ahead), unless
            // the verb is in the past tense ("gave them until the end of the month": the
            // date is the deadline of something else)
            let (start, end) = if verb_tense == Some(tense::Tense::Past) {
                (start, end)
            } else {
                narrowed(start, end, when.modifier.as_deref())
            };
            let past = dct.is_some_and(|d| end <= d);
            let future = dct.is_some_and(|d| start > d);
            // "we will not go back to the situation before 2014": a verb in the future
            // tense is not dated by a past date; the date is its phrase's, not the verb's
            if past && described.is_verb && verb_tense == Some(tense::Tense::Future) {
                continue;
            }
            let status = describe::status(
                ctx.tokens,
                att.trigger,
                &described.clause,
                described.is_verb,
                future,
                past,
            );
            ctx.read_factuality(&mut described, att.trigger, status);
            // an event on the DCT's day with no place of its own is at the dateline's
            let on_dct = dct.is_some_and(|d| start == d && when.granularity <= Granularity::Day);
            if described.location.is_none() && on_dct {
                let place = self.dct.dateline.as_ref().and_then(|d| d.place.as_deref());
                described.location = place.map(title_case);
            }
            // the rule's measured precision, times the document date's confidence when
            // the date was resolved from it
            let rule_p = words::rule_confidence(anchor.rule).unwrap_or(anchor.confidence);
            let from_dct = if tx.anchor == "none" {
                1.0
            } else {
                self.dct.confidence
            };
            let trigger_word = described.trigger_word.clone();
            let tie = Tie {
                trigger: trigger_word.as_deref().unwrap_or(&anchor.trigger),
                char_start: anchor.char_start,
                char_end: anchor.char_end,
                rule: anchor.rule,
                confidence: rule_p * from_dct,
            };
            events.push(self.event(si, when, tie, status, described));
        }
        events
    }

    /// When an event dated by an end of a written range happened: the whole range
    /// ([`Timex::range`]: "9–11 July 2024", "between 2014 and 2022", "from March to May"),
    /// `start` the first day of its first end, `end` the day after its last end, the date
    /// the ISO 8601 interval of the two values (`2024-07-09/2024-07-11`), the granularity
    /// the coarser end's, the `mod` each end's joined by `/` (`START/END` for "from early
    /// 2014 to late 2016", `/END` when only the last has one), and the time text the
    /// words from one end to the other. `None` for a single date, and for "since 2014",
    /// which starts a state lasting to the present rather than dating an event.
    fn range_of(&self, timexes: &[Timex], ti: usize) -> Option<When> {
        let span = range_span(timexes, ti)?;
        Some(When {
            date: span.date,
            start: span.start,
            end: Some(span.end),
            granularity: span.granularity,
            modifier: span.modifier,
            time_text: self.chars.slice(span.chars.0, span.chars.1).to_string(),
        })
    }

    /// Statements with no date of their own (`said`, `announced`), dated by the DCT and
    /// marked `reported`; triggers in `used` already carry a date.
    fn undated(&self, date: NaiveDate, used: &std::collections::HashSet<usize>) -> Vec<Event> {
        let mut events = Vec::new();
        for (si, sentence) in self.analysed.sentences.iter().enumerate() {
            let ctx = self.context(si);
            for (ti, t) in sentence.tokens.iter().enumerate() {
                let verb = matches!(ctx.classes[ti], Class::Verb { .. });
                if !verb || !describe::is_speech_verb(&t.lower) || used.contains(&t.start) {
                    continue;
                }
                if self.skip.as_ref().is_some_and(|s| s.contains(&t.start)) {
                    continue;
                }
                let att = attach::Attachment {
                    trigger: ti,
                    rule: "undated",
                    confidence: UNDATED_CONFIDENCE,
                    light_verb: None,
                };
                let when = When {
                    date: Point::day(date).value(),
                    start: date,
                    end: date.succ_opt(),
                    granularity: Granularity::Day,
                    modifier: None,
                    time_text: String::new(),
                };
                let tie = Tie {
                    trigger: t.text,
                    char_start: t.start,
                    char_end: t.end,
                    rule: "undated",
                    confidence: words::rule_confidence("undated").unwrap_or(UNDATED_CONFIDENCE)
                        * self.dct.confidence,
                };
                let mut described = ctx.describe(att, 0..0);
                ctx.read_factuality(&mut described, ti, Status::Reported);
                events.push(self.event(si, when, tie, Status::Reported, described));
            }
        }
        events
    }
}

/// The part of `start..end` (end exclusive) that a TIMEX3 `mod` names: its first third
/// for `START` ("early 2022"), its middle third for `MID`, its last third for `END`
/// ("late 2022" is September to December); the whole for any other.
fn narrowed(start: NaiveDate, end: NaiveDate, modifier: Option<&str>) -> (NaiveDate, NaiveDate) {
    let third = (end - start).num_days() / 3;
    let at = |days: i64| start + chrono::Duration::days(days);
    match modifier {
        Some("START") => (start, at(third)),
        Some("MID") => (at(third), at(2 * third)),
        Some("END") => (at(2 * third), end),
        _ => (start, end),
    }
}

/// "BRUSSELS" → "Brussels"; mixed-case places are kept as written.
fn title_case(place: &str) -> String {
    if place.chars().any(|c| c.is_lowercase()) {
        return place.to_string();
    }
    place
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(chars.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

struct EventContext<'a> {
    tokens: &'a [sentence::Token<'a>],
    classes: &'a [Class],
    mentions: &'a [actors::Mention],
    /// The mentions of the sentences before this one (for [`coref`]).
    earlier: &'a [Vec<actors::Mention>],
    /// The tokens and classes of the sentence before (for an event anaphor, "the move").
    before: Option<(&'a [sentence::Token<'a>], &'a [Class])>,
    known: &'a actors::ArticleActors,
}

struct Described {
    headline: String,
    actors: Vec<String>,
    location: Option<String>,
    category: Option<String>,
    clause: Range<usize>,
    is_verb: bool,
    /// The verb that carries the event: the trigger, or the verb whose object it is.
    head: usize,
    /// The tokens the actors were read from.
    actors_range: Range<usize>,
    polarity: Polarity,
    modality: Modality,
    source: Option<String>,
    /// The actor an anaphoric subject names ([`coref`]).
    antecedent: Option<String>,
    /// The event noun that tells the event in place of its verb ([`who::occurrence_noun`]).
    trigger_word: Option<String>,
}

impl EventContext<'_> {
    /// Headline, actors, place and category of the event at `att.trigger`; `time` is the
    /// temporal phrase's token range (left out of the headline).
    fn describe(&self, att: attach::Attachment, time: Range<usize>) -> Described {
        let trigger = att.trigger;
        let is_verb = matches!(self.classes[trigger], Class::Verb { .. });
        // The temporal phrase, its preposition and its possessive are not headline words.
        let mut skip = time.clone();
        if skip.start > 0 && self.classes[skip.start - 1] == Class::Preposition && !skip.is_empty() {
            skip.start -= 1;
            if skip.start > 0 && self.tokens[skip.start - 1].lower == "ahead" {
                skip.start -= 1;
            }
        }
        if self.classes.get(skip.end) == Some(&Class::Possessive) {
            skip.end += 1;
        }
        // "said earlier in the week", "met later on Monday": the adverb that places the
        // event within the phrase's time goes with it
        if !skip.is_empty()
            && skip.start > 0
            && words::is(words::TIME_ADVERBS, &self.tokens[skip.start - 1].lower)
        {
            skip.start -= 1;
        }
        let headline = Headline {
            tokens: self.tokens,
            classes: self.classes,
            mentions: self.mentions,
            skip: skip.clone(),
        };
        let category_code = if is_verb {
            words::verb(&self.tokens[trigger].lower).map(|v| v.code)
        } else {
            words::event_noun(&self.tokens[trigger].lower)
        };
        let category = category_code
            .filter(|c| !c.is_empty())
            .and_then(words::category_label);
        // An event noun that is a verb's object ("fought a five-day war") is told with
        // its verb's clause.
        let governing = att.light_verb.or_else(|| {
            if is_verb {
                None
            } else {
                self.governing_verb(trigger)
            }
        });
        let head = governing.unwrap_or(trigger);
        let (text, range, clause) = if let Some(v) = governing {
            let clause = describe::clause(self.tokens, self.classes, v);
            (headline.for_verb(v, &clause), clause.clone(), clause)
        } else if is_verb {
            let clause = describe::clause(self.tokens, self.classes, trigger);
            (headline.for_verb(trigger, &clause), clause.clone(), clause)
        } else if let Some((main, prep)) = self.fronted_main_verb(trigger) {
            // "During a meeting in Greece in June, Russia and NATO agreed …".
            let clause = describe::clause(self.tokens, self.classes, main);
            let phrase = describe::noun_phrase(self.tokens, self.classes, trigger);
            let main_text = headline.for_verb(main, &clause);
            let np_text = headline.noun_text(trigger, true);
            let text = format!("{main_text} {} {np_text}", self.tokens[prep].lower);
            let range = phrase.start.min(clause.start)..phrase.end.max(clause.end);
            (text, range, describe::clause(self.tokens, self.classes, trigger))
        } else if let Some(told) = self.at_occasion(&headline, trigger) {
            // "The documents were handed over … during a meeting at the Foreign Ministry".
            told
        } else {
            let phrase = describe::noun_phrase(self.tokens, self.classes, trigger);
            (
                headline.for_noun(trigger),
                phrase,
                describe::clause(self.tokens, self.classes, trigger),
            )
        };
        // "Ceremony": a bare event noun is told with the clause it stands in
        let (text, range) = if !is_verb && governing.is_none() && text.split_whitespace().count() < 3 {
            who::widen(self, &headline, trigger).unwrap_or((text, range))
        } else {
            (text, range)
        };
        // A statement's row is what was said, with its speaker (see [`speech`]).
        let text = if governing.is_none() && is_verb && describe::is_speech_verb(&self.tokens[trigger].lower)
        {
            self.reported(&headline, trigger, &clause, &skip).unwrap_or(text)
        } else {
            text
        };
        // A statement's actors and place are who speaks (and whom "told" names) and where,
        // not those of what was said: "Grushko said that Russia would not restore its
        // mission to NATO", "… its mission to NATO in Brussels, Lavrov told journalists".
        let range = if is_verb && describe::is_speech_verb(&self.tokens[trigger].lower) {
            let subject = headline.subject_of(trigger, &clause);
            match subject {
                Some(s) => {
                    let told = words::verb(&self.tokens[trigger].lower).is_some_and(|v| v.lemma == "tell");
                    s.start..if told {
                        (trigger + 4).min(clause.end)
                    } else {
                        trigger + 1
                    }
                }
                None => trigger..clause.end,
            }
        } else {
            range
        };
        let location = describe::place_in(self.tokens, self.classes, &range, &skip, trigger);
        let mut actors = describe::actors_in(self.mentions, &range, self.known);
        // "It used chemical weapons", "He will attend": the subject named earlier
        let subject = (is_verb || governing.is_some())
            .then(|| headline.subject_of(head, &clause))
            .flatten();
        let (mut text, antecedent) = match subject {
            Some(ref s) => coref::resolve(text, &mut actors, self.tokens, s, self.mentions, self.earlier),
            None => (text, None),
        };
        // "The move takes effect": the event the sentence before told
        if let Some(named) = subject.as_ref().and_then(|s| self.name_the_event(s, &text)) {
            text = named;
        }
        who::fill(self, &mut text, &mut actors, subject.as_ref(), trigger, &range);
        let occurrence = is_verb
            .then(|| who::occurrence_noun(self, trigger, subject.as_ref()))
            .flatten();
        let category = match occurrence {
            Some(n) => words::event_noun(&self.tokens[n].lower)
                .filter(|c| !c.is_empty())
                .and_then(words::category_label)
                .or(category),
            None => category,
        };
        Described {
            headline: text,
            actors,
            location,
            category,
            clause,
            is_verb,
            head,
            actors_range: range,
            polarity: Polarity::Positive,
            modality: Modality::Asserted,
            source: None,
            antecedent,
            trigger_word: occurrence.map(|n| self.tokens[n].text.to_string()),
        }
    }

    /// Sets the polarity, modality and source of a described event (see [`factuality`]).
    fn read_factuality(&self, d: &mut Described, trigger: usize, status: Status) {
        let r = factuality::read(self.tokens, self.classes, trigger, d.head, status);
        d.polarity = r.polarity;
        d.modality = r.modality;
        d.source = r.frame.and_then(|f| self.source_of(f));
        // "Moscow says NATO promised …": the speaker of a framing verb before the event
        // is its source, not one of its actors.
        if let Some(f) = r.frame.filter(|f| !f.after && d.actors_range.contains(&f.at)) {
            let range = f.at + 1..d.actors_range.end;
            d.actors = describe::actors_in(self.mentions, &range, self.known);
            if let Some(a) = d.antecedent.clone().filter(|a| !d.actors.contains(a)) {
                d.actors.insert(0, a);
            }
        }
    }

    /// Who speaks, demands or denies through the framing word: the actors of its subject
    /// ("Lavrov said"), of the words after it ("said a source in the mission", "according
    /// to Interfax"), or the subject's words when no actor is named there.
    fn source_of(&self, frame: factuality::Frame) -> Option<String> {
        let headline = Headline {
            tokens: self.tokens,
            classes: self.classes,
            mentions: self.mentions,
            skip: 0..0,
        };
        let clause = describe::clause(self.tokens, self.classes, frame.at);
        let subject = if self.tokens[frame.at].lower == "according" {
            None
        } else {
            headline.subject_of(frame.at, &clause)
        };
        let range = subject.unwrap_or_else(|| {
            let end = (frame.at + 1..self.tokens.len())
                .find(|&i| matches!(self.classes[i], Class::SoftStop | Class::HardStop))
                .unwrap_or(self.tokens.len());
            frame.at + 1..end
        });
        let people: Vec<&actors::Mention> = self
            .mentions
            .iter()
            .filter(|m| range.contains(&m.first))
            .collect();
        let named = people
            .iter()
            .find(|m| m.kind == actors::Kind::Person)
            .or_else(|| people.first())
            .map(|m| m.canonical.clone());
        named.or_else(|| {
            let text = headline.render_range(range);
            let text = text.trim_start_matches("to ").trim();
            (!text.is_empty() && text.split(' ').count() <= 8).then(|| text.to_string())
        })
    }

    /// The verb whose object the noun at `noun` heads ("fought a five-day war").
    fn governing_verb(&self, noun: usize) -> Option<usize> {
        let mut i = noun;
        while i > 0 {
            i -= 1;
            match self.classes[i] {
                Class::Verb { .. } if !words::is(words::COPULAS, &self.tokens[i].lower) => return Some(i),
                Class::Determiner | Class::Other | Class::Name => {}
                _ => return None,
            }
        }
        None
    }

    /// For an event noun inside a sentence-opening prepositional phrase ("During …,"),
    /// the main clause's first finite verb and the opening preposition.
    fn fronted_main_verb(&self, noun: usize) -> Option<(usize, usize)> {
        let first_word = self
            .classes
            .iter()
            .position(|c| !matches!(c, Class::HardStop | Class::SoftStop))?;
        if self.classes[first_word] != Class::Preposition || first_word > noun {
            return None;
        }
        let comma = (noun..self.tokens.len()).find(|&i| self.classes[i] == Class::SoftStop)?;
        if (first_word..comma).any(|i| matches!(self.classes[i], Class::Verb { .. } | Class::HardStop)) {
            return None;
        }
        let main =
            (comma..self.tokens.len()).find(|&i| matches!(self.classes[i], Class::Verb { finite: true }))?;
        Some((main, first_word))
    }
}
