//! Which way a sentence points: past or future, from cue words near the expression.
//!
//! News convention (HeidelTime, TimeBank): a bare weekday, month or season is on or
//! before the DCT unless the sentence points ahead (`will`, `is to`, `ahead of`,
//! `scheduled`, `upcoming`…). The nearest cue word within the sentence wins; a past verb
//! (`said`, `met`, `published`) closer than a future cue keeps the expression in the past.

use super::resolve::Dir;
use super::tables;
use super::token::{Kind, Tok};

/// How far to look for cues, in tokens, before and after the expression.
const LOOK_BEHIND: usize = 12;
const LOOK_AHEAD: usize = 6;

/// The direction of the sentence around tokens `[start, end)`, and whether a cue word
/// said so (`false`: no cue, the past by default).
pub fn direction(low: &str, toks: &[Tok], start: usize, end: usize) -> (Dir, bool) {
    let word = |i: usize| toks.get(i).and_then(|t| low.get(t.start..t.end)).unwrap_or("");
    let mut best: Option<(usize, Dir)> = None;
    let mut note = |dist: usize, dir: Dir| {
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, dir));
        }
    };
    // behind, within the sentence
    let mut i = start;
    let mut dist = 0;
    while i > 0 && dist < LOOK_BEHIND {
        if toks[i].para_before {
            break;
        }
        i -= 1;
        dist += 1;
        let w = word(i);
        if is_sentence_end(w) {
            break;
        }
        if let Some(dir) = cue(w, word(i + 1), toks[i].kind) {
            note(dist, dir);
        }
    }
    // ahead
    let mut i = end;
    let mut dist = 0;
    while i < toks.len() && dist < LOOK_AHEAD {
        if toks[i].para_before {
            break;
        }
        let w = word(i);
        if is_sentence_end(w) {
            break;
        }
        dist += 1;
        if let Some(dir) = cue(w, word(i + 1), toks[i].kind) {
            note(dist, dir);
        }
        i += 1;
    }
    best.map_or((Dir::Past, false), |(_, d)| (d, true))
}

fn is_sentence_end(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | ";")
}

/// The direction word `w` (followed by `next`) points to, if it is a cue.
fn cue(w: &str, next: &str, kind: Kind) -> Option<Dir> {
    if kind != Kind::Word {
        return None;
    }
    if tables::FUTURE_CUES.contains(&w) || tables::FUTURE_BIGRAMS.iter().any(|&(a, b)| a == w && b == next) {
        return Some(Dir::Future);
    }
    if tables::PAST_CUES.contains(&w) || (w.len() > 4 && w.ends_with("ed")) {
        return Some(Dir::Past);
    }
    None
}
