//! The shape of the story around an expression, as the narrative time reads it: where a
//! sentence ends, and whether a date is named in passing.
//!
//! The narrative time (see [`super::resolve::narrative`]) is the date the story has moved
//! to. A date in a relative clause or an apposition ("the council, which was set up in
//! 1997, …", "Gazprom, founded in 1989, …", "Slovakia (which joined in 2004)") tells
//! something about a noun, not where the story is: it does not move the narrative, so a
//! bare month told later ("the members froze its work in September") keeps the document
//! date's reading. The words the test reads are data: [`tables::RELATIVE_PRONOUNS`],
//! [`tables::PASSING_PARTICIPLES`].

use super::tables;
use crate::text::clause::{mark, Mark};
use crate::text::lexicon::ABBREVIATIONS;
use crate::text::token::{Kind, Tok};

/// How many tokens back from a date a relative pronoun or an apposition's comma is looked
/// for ("which was formally set up in" is five).
const PASSING_REACH: usize = 8;

/// The lower-cased word of token `i` (empty past the end).
fn word<'a>(low: &'a str, toks: &[Tok], i: usize) -> &'a str {
    toks.get(i).and_then(|t| low.get(t.start..t.end)).unwrap_or("")
}

/// Whether token `i` (a `.`, `!` or `?`) ends a sentence: a word follows after a space
/// (or nothing does), and the dot closes no abbreviation (`Sept.`, `Mr.`) or initial
/// (`U.S.`) glued to it.
pub(super) fn ends_sentence(low: &str, toks: &[Tok], i: usize) -> bool {
    let w = word(low, toks, i);
    if mark(w) != Some(Mark::FullStop) {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return true;
    };
    if !next.space_before {
        return false;
    }
    if w != "." || i == 0 {
        return true;
    }
    let prev = word(low, toks, i - 1);
    let glued = toks.get(i).is_some_and(|t| !t.space_before);
    let initial = prev.len() == 1 && prev.bytes().all(|b| b.is_ascii_alphabetic());
    !(glued && (initial || ABBREVIATIONS.contains(&prev)))
}

/// Whether the date starting at token `start` is named in passing: inside a relative
/// clause (`which was set up in 1997`, `who was born in 1952`, `that joined in 2004`) or
/// an apposition led by a participle (`, founded in 2002,`, `(set up in 1997)`).
///
/// Read back from the date to the clause's first word: a relative pronoun on the way
/// (`that` only before an auxiliary: `that was`, not `said that in 1997`), or a comma,
/// bracket or dash followed by a participle (`-ed`, or an irregular one from the table;
/// an adverb may come between: `, originally founded in`).
pub(super) fn in_passing(low: &str, toks: &[Tok], start: usize) -> bool {
    let lowest = start.saturating_sub(PASSING_REACH);
    for i in (lowest..start).rev() {
        let w = word(low, toks, i);
        if tables::RELATIVE_PRONOUNS.contains(&w) {
            return true;
        }
        if w == "that" && tables::RELATIVE_AUXILIARIES.contains(&word(low, toks, i + 1)) {
            return true;
        }
        if toks.get(i).is_some_and(|t| t.kind == Kind::Punct) {
            return matches!(mark(w), Some(Mark::Comma | Mark::Bracket | Mark::Dash))
                && participle_at(low, toks, i + 1);
        }
    }
    false
}

/// A past participle at `i` opening an apposition (after one adverb at most).
fn participle_at(low: &str, toks: &[Tok], i: usize) -> bool {
    let w = word(low, toks, i);
    let i = if w.len() > 4 && w.ends_with("ly") || w == "first" {
        i + 1
    } else {
        i
    };
    let w = word(low, toks, i);
    w.len() > 4 && w.ends_with("ed") || tables::PASSING_PARTICIPLES.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn passing(text: &str, date: &str) -> bool {
        let low = text.to_ascii_lowercase();
        let toks = tokenize(text);
        let at = text.find(date).unwrap_or(0);
        let start = toks.iter().position(|t| t.start == at).unwrap_or(0);
        in_passing(&low, &toks, start)
    }

    #[test]
    fn dates_named_in_passing() {
        let rows = [
            ("The council, which was set up in 1997, met.", "1997", true),
            ("Gazprom, founded in 1989, said so.", "1989", true),
            ("Slovakia (which joined in 2004) agreed.", "2004", true),
            ("The envoy, who was born in 1952, left.", "1952", true),
            ("The body that was created in 2002 met.", "2002", true),
            ("The pact, originally signed in 1990, lapsed.", "1990", true),
            ("The council was set up in 1997.", "1997", false),
            ("In 1997, the council met.", "1997", false),
            ("He said that in 1997 the council met.", "1997", false),
            ("The talks, in June 2005, failed.", "June 2005", false),
            ("Prices rose, and in 1998 they fell.", "1998", false),
        ];
        for (text, date, want) in rows {
            assert_eq!(passing(text, date), want, "{text}");
        }
    }

    #[test]
    fn sentence_ends() {
        let ends = |text: &str| {
            let low = text.to_ascii_lowercase();
            let toks = tokenize(text);
            (0..toks.len()).filter(|&i| ends_sentence(&low, &toks, i)).count()
        };
        assert_eq!(ends("It met. It left."), 2);
        assert_eq!(ends("It met in the U.S. on Sept. 3 and left."), 1);
        assert_eq!(ends("Mr. Smith left! Why?"), 2);
    }
}
