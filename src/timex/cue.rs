//! Which way a sentence points: past or future, from cue words near the expression.
//!
//! News convention (HeidelTime, TimeBank): a bare weekday, month or season is on or
//! before the DCT unless the sentence points ahead (`will`, `is to`, `ahead of`,
//! `scheduled`, `upcoming`…). The nearest cue word within the sentence wins; a past verb
//! (`said`, `met`, `published`) closer than a future cue keeps the expression in the past.
//!
//! Refinements, each with rows in `tests/timex_corpus.rs`:
//! * an attribution closing the sentence after a quote or comma (`…Thursday,'' Castro
//!   said.`) says when it was said, not when the reported thing happens: no cue;
//! * a fronted expression (`On Thursday, the league plans to…`, `Until Thursday, they had
//!   not…`) takes the main clause's tense: its preposition is no cue and the look ahead
//!   reaches past the subject;
//! * a capitalised `-ed` word is a name (`United`), a participle after `is/are/am` a
//!   present passive (`the case is heard in May`): neither is a past cue; a plan
//!   participle before its noun (`the hastily planned trip`) is no future cue either,
//!   only a plan that may be done or ahead ([`Dir::Near`]);
//! * `was/were` before a future word (`were planning to`) leave the way to that word;
//! * a schedule verb in the simple present (`Arafat meet separately Monday`, `the trial
//!   resumes Tuesday`) points ahead, unless a determiner, `to` or an auxiliary before it
//!   makes it a noun or an infinitive;
//! * with no cue near, a modal `will` (or a plan in the present: `is scheduled to`,
//!   `are expected to`) up to 24 words back still rules the sentence, and
//!   a deadline (`by February`) with no tense around it mostly lies ahead ([`Dir::Near`]);
//! * `would` (the future seen from the past: `announced that he would travel Thursday`)
//!   points to whichever is nearer the DCT ([`Dir::Near`]), and so does a past verb of
//!   commitment before `to` and a verb (`agreed to buy … in February`, `has decided to
//!   admit … in early March`; not `agreed to a meeting`, and not for an expression
//!   before the verb: `at a meeting in June, they agreed to renew…`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::resolve::Dir;
use super::tables;
use crate::text::hash::FnvBuild;
use crate::text::token::{Kind, Tok};
use crate::text::{clause, cues};

/// What the cue tables say about a word.
#[derive(Debug, Clone, Copy, Default)]
struct Listed {
    /// Its direction, from [`tables::PAST_CUES`], [`tables::FUTURE_CUES`] or
    /// [`tables::FUTURE_IN_PAST_CUES`] (the later list wins).
    dir: Option<Dir>,
    /// It is one of [`tables::PRESENT_SCHEDULE_VERBS`].
    schedule: bool,
}

/// Every cue list in one map: one lookup per word of a cue window (the lists were
/// searched one after the other, the schedule verbs word by word).
static CUES: LazyLock<HashMap<&'static str, Listed, FnvBuild>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Listed, FnvBuild> = HashMap::default();
    let lists: [(&[&'static str], Dir); 3] = [
        (tables::PAST_CUES, Dir::Past),
        (&tables::FUTURE_CUES, Dir::Future),
        (tables::FUTURE_IN_PAST_CUES, Dir::Near),
    ];
    for (list, dir) in lists {
        for &w in list {
            map.entry(w).or_default().dir = Some(dir);
        }
    }
    for &w in tables::PRESENT_SCHEDULE_VERBS {
        map.entry(w).or_default().schedule = true;
    }
    map
});

/// The second words of [`tables::FUTURE_BIGRAMS`], checked before the pairs themselves.
fn may_close_bigram(next: &str) -> bool {
    matches!(next, "to" | "as" | "for")
}

/// How far to look for cues, in tokens, before and after the expression.
const LOOK_BEHIND: usize = 12;
const LOOK_AHEAD: usize = 6;
/// How far back a modal `will` is looked for when no cue is nearer.
const LOOK_BEHIND_MODAL: usize = 24;
/// How far to look ahead from an expression that opens its sentence.
const LOOK_AHEAD_FRONTED: usize = 12;

/// Prepositions that may open a sentence before a fronted expression (`On Tuesday, …`).
const FRONTING_PREPOSITIONS: &[&str] = &["on", "until", "till", "by", "in", "at", "from"];

/// The tokens of a sentence as the cue search reads them: each word lower-cased, its
/// kind, and whether it was written with a capital.
#[derive(Clone, Copy)]
struct Words<'a> {
    text: &'a str,
    low: &'a str,
    toks: &'a [Tok],
}

impl<'a> Words<'a> {
    /// The lower-case word at `i`; empty past either end.
    fn word(self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.low.get(t.start..t.end))
            .unwrap_or("")
    }

    fn kind(self, i: usize) -> Kind {
        self.toks.get(i).map_or(Kind::Punct, |t| t.kind)
    }

    fn capitalised(self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            self.text
                .as_bytes()
                .get(t.start)
                .is_some_and(u8::is_ascii_uppercase)
        })
    }

    /// The words before `start`, nearest first, with their distance, up to `limit` words
    /// and not past the start of the sentence or paragraph.
    fn behind(self, start: usize, limit: usize) -> impl Iterator<Item = (usize, usize, &'a str)> {
        let (mut i, mut dist) = (start, 0);
        std::iter::from_fn(move || {
            if i == 0 || dist >= limit || self.toks.get(i).is_some_and(|t| t.para_before) {
                return None;
            }
            i -= 1;
            dist += 1;
            let w = self.word(i);
            (!is_sentence_end(w)).then_some((i, dist, w))
        })
    }

    /// The cue word `i` is, if any, with the words around it.
    fn cue_at(self, i: usize, next: &str) -> Option<Dir> {
        let before = [self.word(i.wrapping_sub(1)), self.word(i.wrapping_sub(2))];
        cue(self.word(i), next, before, self.kind(i), self.capitalised(i))
    }
}

/// The nearest cue seen so far: its distance and direction (the first of two at the same
/// distance stays).
#[derive(Default)]
struct Nearest(Option<(usize, Dir)>);

impl Nearest {
    fn note(&mut self, dist: usize, dir: Dir) {
        if self.0.is_none_or(|(d, _)| dist < d) {
            self.0 = Some((dist, dir));
        }
    }
}

/// The direction of the sentence around tokens `[start, end)`, and whether a cue word
/// said so (`false`: no cue, the past by default).
pub fn direction(text: &str, low: &str, toks: &[Tok], start: usize, end: usize) -> (Dir, bool) {
    let words = Words { text, low, toks };
    let word = |i: usize| words.word(i);
    // a fronted expression ("Until Thursday, they had not…", "On Tuesday, the league plans
    // to…") takes the tense of the main clause after it: its own preposition is no cue and
    // the look ahead reaches past the subject
    let lead = usize::from(start > 0 && FRONTING_PREPOSITIONS.contains(&word(start - 1)));
    let fronted = start == lead
        || toks.get(start - lead).is_some_and(|t| t.para_before)
        || is_sentence_end(word(start - lead - 1))
        || clause::opens_quote(word(start - lead - 1));
    let (behind_limit, ahead_limit) = if fronted && lead > 0 {
        (0, LOOK_AHEAD_FRONTED)
    } else if fronted {
        (LOOK_BEHIND, LOOK_AHEAD_FRONTED)
    } else {
        (LOOK_BEHIND, LOOK_AHEAD)
    };
    let mut best = Nearest::default();
    cues_behind(words, start, behind_limit, &mut best);
    cues_ahead(words, end, ahead_limit, fronted, &mut best);
    // no cue near: a modal `will` farther back in the sentence still rules it ("Collins
    // will be named commander of the Space Shuttle Columbia for a mission in December")
    if best.0.is_none() && behind_limit == LOOK_BEHIND {
        let mut far = words.behind(start, LOOK_BEHIND_MODAL).skip(LOOK_BEHIND);
        // … or a plan in the present ("is scheduled to spend … her first stop Tuesday")
        let present_plan = |i: usize, w: &str| {
            cues::PRESENT_PLAN_PARTICIPLES.contains(&w)
                && cues::PRESENT_COPULAS.contains(&word(i.wrapping_sub(1)))
        };
        if far.any(|(i, _, w)| tables::FAR_FUTURE_MODALS.contains(&w) || present_plan(i, w)) {
            return (Dir::Future, true);
        }
    }
    // a deadline with no tense around it ("to pay down the loan by February") mostly lies
    // ahead: the nearer day either way, a month unless one of the last two
    if best.0.is_none() && start > 0 && tables::DEADLINE_PREPOSITIONS.contains(&word(start - 1)) {
        return (Dir::Near, true);
    }
    best.0.map_or((Dir::Past, false), |(_, d)| (d, true))
}

/// The cues before the expression at `start`, up to `limit` words back within the
/// sentence.
fn cues_behind(words: Words, start: usize, limit: usize, best: &mut Nearest) {
    let word = |i: usize| words.word(i);
    // a past perfect ("had been due to expire Friday") turns the future cues after it
    // into a past plan
    let mut future_seen = false;
    // a past cue heading a phrase that holds the expression ("searching since shortly
    // after the Oct. 23 slaying") counts unless a future cue rules the clause ("will
    // hold their first meeting since the war in Georgia on Friday")
    let mut weak_past: Option<usize> = None;
    // a present copula right before the expression states a schedule ("the vote is on
    // Friday", "talks are Monday", "the vote is at 3 p.m."): it points ahead
    let copula_at = if matches!(word(start.wrapping_sub(1)), "on" | "at") {
        2
    } else {
        1
    };
    if start >= copula_at && cues::PRESENT_COPULAS.contains(&word(start - copula_at)) {
        best.note(copula_at, Dir::Future);
    }
    // past the start of the expression's clause ("spoke … and will meet", read backwards)
    // the cues are another clause's: they count only when its own has none
    let mut other_clause = 0;
    for (i, dist, w) in words.behind(start, limit) {
        if w == "had" && future_seen {
            best.note(0, Dir::Past);
            break;
        }
        if dist > 1 && tables::PAST_CUES_ONLY_BEFORE.contains(&w) {
            weak_past.get_or_insert(dist);
            continue;
        }
        let dir = if commits_ahead(w, word(i + 1), word(i + 2)) {
            Some(Dir::Near)
        } else {
            words.cue_at(i, word(i + 1))
        };
        if let Some(dir) = dir {
            future_seen |= dir == Dir::Future;
            best.note(dist + other_clause, dir);
        }
        if clause::starts_clause(w, word(i + 1)) {
            other_clause = LOOK_BEHIND + LOOK_AHEAD;
        }
    }
    if let (Some(dist), false) = (weak_past, future_seen) {
        best.note(dist, Dir::Past);
    }
}

/// The cues after the expression ending at `end`, up to `limit` words ahead within the
/// sentence. A reporting verb that closes the sentence after a comma or a quote ("… will
/// leave Thursday,'' Castro said.") attributes the clause and says nothing of its time.
fn cues_ahead(words: Words, end: usize, limit: usize, fronted: bool, best: &mut Nearest) {
    let (toks, word) = (words.toks, |i: usize| words.word(i));
    let mut i = end;
    let mut dist = 0;
    let mut clause_closed = false;
    let mut other_clause = false;
    while i < toks.len() && dist < limit {
        if toks[i].para_before {
            break;
        }
        let w = word(i);
        if is_sentence_end(w) {
            break;
        }
        dist += 1;
        clause_closed |= is_clause_close(w);
        // a joiner opening a clause of its own ("… on Wednesday and will meet him"): the
        // cues after it speak for that clause, after any cue of the expression's own
        other_clause |= clause::starts_clause(w, word(i + 1));
        if tables::PAST_CUES_ONLY_BEFORE.contains(&w) {
            i += 1;
            continue;
        }
        // a paragraph break after the verb ends its sentence as a full stop would
        let next = if toks.get(i + 1).is_some_and(|t| t.para_before) {
            ""
        } else {
            word(i + 1)
        };
        let attribution = clause_closed && is_attribution_verb(w, next);
        if let Some(dir) = words.cue_at(i, word(i + 1)).filter(|_| !attribution) {
            // past a comma the words ahead belong to another clause ("talks that are
            // supposed to conclude by May, invited Sinn Fein"): the expression's own clause
            // speaks first; a fronted expression's clause is the one after the comma
            let behind_first = if (clause_closed || other_clause) && !fronted {
                LOOK_BEHIND
            } else {
                0
            };
            best.note(dist + behind_first, dir);
        }
        i += 1;
    }
}

/// A past verb of commitment before `to` and a verb (`agreed to buy`, `decided to
/// admit`; not `agreed to a meeting`): a future-in-the-past cue for an expression after it
/// ([`cues::COMMITMENT_VERBS`]). An expression before it (`At a meeting in June, they
/// agreed to renew…`) dates the agreement itself: there the verb is a plain past tense.
fn commits_ahead(w: &str, next: &str, after_next: &str) -> bool {
    next == "to" && cues::COMMITMENT_VERBS.contains(&w) && !tables::DETERMINERS.contains(&after_next)
}

/// A comma or a quote mark: what separates a reported clause from its attribution.
fn is_clause_close(w: &str) -> bool {
    clause::closes_clause(w)
}

/// A reporting verb ending its sentence (`he said.`, `officials said,`); `next` is empty at
/// the end of the text or of a paragraph.
fn is_attribution_verb(w: &str, next: &str) -> bool {
    tables::REPORTING_VERBS.contains(&w) && (is_sentence_end(next) || next == "," || next.is_empty())
}

/// The end of what a cue may speak for: a sentence end or a semicolon.
fn is_sentence_end(w: &str) -> bool {
    clause::ends_tense_scope(w)
}

/// A present-tense auxiliary before a participle makes it a present passive (`when the
/// case is heard in May`, `shares are traded Monday`), and `be` a passive infinitive
/// (`will be named in December`): neither is a past tense.
fn is_present_auxiliary(w: &str) -> bool {
    matches!(w, "is" | "are" | "am" | "be" | "being")
}

/// A participle after a determiner, or after a determiner and an adverb, qualifies a noun
/// (`the proposed merger`, `a still unspecified date`, `an unusually crowded day`).
fn is_adjective_position(before: [&str; 2]) -> bool {
    let adverb = |w: &str| w == "still" || w == "as-yet" || w.len() > 3 && w.ends_with("ly");
    tables::DETERMINERS.contains(&before[0]) || adverb(before[0]) && tables::DETERMINERS.contains(&before[1])
}

/// The direction word `w` (after the two words `before`, nearest first, and before
/// `next`) points to, if it is a cue. A capitalised word ending in `-ed` is a name
/// (`United`, `Ahmed`), not a past participle; after a present auxiliary (a passive) or a
/// determiner (an adjective: `a still unspecified date`) a participle is no past cue; a
/// schedule verb in the present (`meet Monday`) points ahead unless the word before makes
/// it a noun or infinitive.
fn cue(w: &str, next: &str, before: [&str; 2], kind: Kind, capitalised: bool) -> Option<Dir> {
    let prev = before[0];
    if kind != Kind::Word {
        return None;
    }
    let entry = CUES.get(w).copied().unwrap_or_default();
    let listed = entry.dir;
    if listed == Some(Dir::Near) {
        return listed;
    }
    if entry.schedule {
        return (!capitalised && !tables::NOT_A_PRESENT_VERB_AFTER.contains(&prev)).then_some(Dir::Future);
    }
    let passive = || is_present_auxiliary(prev) || is_adjective_position(before);
    // a plan named by a participle before its noun (`the hastily planned trip`, `the
    // scheduled talks`) may be done or ahead: the nearer reading, not the future
    if listed == Some(Dir::Future) && w.ends_with("ed") && is_adjective_position(before) {
        return Some(Dir::Near);
    }
    if listed == Some(Dir::Future)
        || may_close_bigram(next) && tables::FUTURE_BIGRAMS.iter().any(|&(a, b)| a == w && b == next)
    {
        return Some(Dir::Future);
    }
    // "were planning to", "was expected to": the plan, not the auxiliary, sets the way
    if matches!(w, "was" | "were") && CUES.get(next).and_then(|e| e.dir) == Some(Dir::Future) {
        return None;
    }
    if (listed == Some(Dir::Past) || (!capitalised && w.len() > 4 && w.ends_with("ed"))) && !passive() {
        return Some(Dir::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_future_bigram_passes_the_quick_check() {
        for (first, second) in tables::FUTURE_BIGRAMS.iter() {
            assert!(may_close_bigram(second), "({first}, {second}) is never looked up");
        }
    }
}
