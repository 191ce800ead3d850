//! Which way a Russian clause points in time, for bare weekdays, months and seasons.
//!
//! Russian past tense is one suffix: `-л`, `-ла`, `-ло`, `-ли`, with `-ся`/`-сь` for
//! reflexive verbs ("заявил", "встретились"). The future is either the auxiliary "будет"
//! with an infinitive or a perfective verb in the present form ("состоится", "проведут"),
//! which no suffix tells apart from the present: those and the words of intention and
//! schedule ("планирует", "намерен", "предстоящий") are listed in `data/tense.tsv`.
//! [`direction`] takes the cue nearest the expression in its sentence; with none, news
//! text is read as past.

use super::lexicon::tense_class;
use super::token::{Kind, Tok};
use crate::text::clause::Dir;

/// Past-tense endings, longest first (checked on a folded word of 4 letters or more).
const PAST_ENDINGS: &[&str] = &["лись", "лась", "лось", "лся", "ли", "ла", "ло", "л"];

/// Whether a folded word is a past-tense verb form.
pub fn is_past_verb(word: &str) -> bool {
    match tense_class(word) {
        Some("past") => return true,
        Some("noun" | "future") => return false,
        _ => {}
    }
    let n = word.chars().count();
    if n < 4 {
        return false;
    }
    PAST_ENDINGS.iter().any(|end| {
        word.strip_suffix(end).is_some_and(|stem| {
            // the stem ends in a vowel: заяви-л, провели, встрети-лись, бы-л
            stem.chars().next_back().is_some_and(|c| "аеиоуыяэю".contains(c)) && tense_class(stem).is_none()
        })
    })
}

/// The direction of the expression at tokens `start..end`: the nearest tense cue in its
/// sentence, and whether one was found.
pub fn direction(toks: &[Tok], start: usize, end: usize) -> (Dir, bool) {
    let ends_sentence = |t: &Tok| t.kind == Kind::Punct && matches!(t.low.as_str(), "." | "!" | "?" | "\n");
    let mut best: Option<(usize, Dir)> = None;
    let mut consider = |i: usize, distance: usize| {
        let t = &toks[i];
        if t.kind != Kind::Word {
            return;
        }
        let dir = match tense_class(&t.low) {
            Some("future") => Dir::Future,
            _ if is_past_verb(&t.low) => Dir::Past,
            _ => return,
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, dir));
        }
    };
    let mut i = start;
    while i > 0 {
        i -= 1;
        if ends_sentence(&toks[i]) {
            break;
        }
        consider(i, start - i);
    }
    for (j, t) in toks.iter().enumerate().skip(end) {
        if ends_sentence(t) {
            break;
        }
        consider(j, j + 1 - end);
    }
    match best {
        Some((_, dir)) => (dir, true),
        None => (Dir::Past, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms() {
        for (w, want) in [
            ("заявил", true),
            ("заявила", true),
            ("встретились", true),
            ("провели", true),
            ("генерал", false),
            ("земли", false),
            ("будет", false),
            ("недели", false),
            ("был", true),
        ] {
            assert_eq!(is_past_verb(w), want, "{w}");
        }
    }
}
