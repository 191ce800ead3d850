//! Where clauses and phrases end inside a sentence, read from its punctuation.
//!
//! A sentence ([`super::sentence`]) holds clauses; a reader of tense or of attachment
//! must not let a cue or a verb of one clause speak for a date in another. Punctuation
//! marks are the boundaries, in three strengths ([`Boundary`]):
//! * **sentence**: `.`, `!`, `?` — nothing reads across;
//! * **clause**: `;`, `:`, double quotes — a new clause with its own verb and tense
//!   ("He said: …", "… ;  the talks …", a quotation);
//! * **phrase**: `,`, dashes, brackets — an adjunct or an apposition ends ("In January,
//!   Meissner ruled"), but the clause may go on past it.
//!
//! Single quotes are no boundary: `'` and `’` are apostrophes (`don't`, `Russia’s`) far
//! more often than quote marks in news copy. Tense cues need two finer questions, which
//! [`ends_tense_scope`] and [`closes_clause`] answer from the same marks.
//!
//! Tokens here are the tokens' text (one mark per token); the event stage's tokens and the
//! timex tokens both give marks as one-char tokens.
//!
//! [`spans`] cuts a sentence into clauses and reads each one's [`Tense`]: a tense cue
//! speaks for its own clause only ("spoke … on Wednesday and will meet him next week":
//! `will` does not pull Wednesday ahead).

use super::cues;

/// A punctuation mark that may bound a clause or a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// `.`, `!`, `?`
    FullStop,
    Semicolon,
    Colon,
    Comma,
    /// `-`, `–`, `—`
    Dash,
    /// `(`, `)`, `[`, `]`
    Bracket,
    /// A quotation mark: double or single, and which side it stands on.
    Quote {
        double: bool,
        side: Side,
    },
}

/// Which side of a quotation a quote mark stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// `“`, `‘`, `` ` ``
    Open,
    /// `”`, `’`
    Close,
    /// The straight marks `"` and `'`, which open and close alike.
    Either,
}

/// How strong a boundary a mark makes (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Boundary {
    Phrase,
    Clause,
    Sentence,
}

/// The mark a token is, if it is one.
#[inline]
pub fn mark(token: &str) -> Option<Mark> {
    // Every mark starts with one of these bytes (0xE2 leads the dashes and curly quotes,
    // U+2013 to U+201D): words, nearly every token asked about, are refused at once.
    if !matches!(
        token.as_bytes().first(),
        Some(
            b'.' | b'!'
                | b'?'
                | b';'
                | b':'
                | b','
                | b'-'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'"'
                | b'\''
                | b'`'
                | 0xE2
        )
    ) {
        return None;
    }
    let quote = |double, side| Some(Mark::Quote { double, side });
    match token {
        "." | "!" | "?" => Some(Mark::FullStop),
        ";" => Some(Mark::Semicolon),
        ":" => Some(Mark::Colon),
        "," => Some(Mark::Comma),
        "-" | "\u{2013}" | "\u{2014}" => Some(Mark::Dash),
        "(" | ")" | "[" | "]" => Some(Mark::Bracket),
        "\"" => quote(true, Side::Either),
        "\u{201c}" => quote(true, Side::Open),
        "\u{201d}" => quote(true, Side::Close),
        "'" => quote(false, Side::Either),
        "\u{2018}" | "`" => quote(false, Side::Open),
        "\u{2019}" => quote(false, Side::Close),
        _ => None,
    }
}

/// The boundary a token makes, if any: the one definition of clause and phrase ends.
#[inline]
pub fn boundary(token: &str) -> Option<Boundary> {
    match mark(token)? {
        Mark::FullStop => Some(Boundary::Sentence),
        Mark::Semicolon | Mark::Colon | Mark::Quote { double: true, .. } => Some(Boundary::Clause),
        Mark::Comma | Mark::Dash | Mark::Bracket => Some(Boundary::Phrase),
        Mark::Quote { double: false, .. } => None,
    }
}

/// Whether a token ends the stretch a tense cue may speak for: a sentence end, or a
/// semicolon, which joins what could be two sentences, each with its own tense. (A colon
/// does not: "He said: talks will resume Friday" still reads one way.)
#[inline]
pub fn ends_tense_scope(token: &str) -> bool {
    matches!(mark(token), Some(Mark::FullStop | Mark::Semicolon))
}

/// Whether a token may close a reported clause before its attribution (`…Thursday,''
/// Castro said.`, `…Thursday, officials said`): a comma or a quote mark that can close.
#[inline]
pub fn closes_clause(token: &str) -> bool {
    match mark(token) {
        Some(Mark::Comma) => true,
        Some(Mark::Quote { side, .. }) => side != Side::Open,
        _ => false,
    }
}

/// Whether a token may open a quotation (`` ` ``, `"`, `“`): the words after it start a
/// clause of their own. The straight single quote and `‘` are left out: mostly apostrophes.
pub fn opens_quote(token: &str) -> bool {
    matches!(token, "`" | "\"" | "\u{201c}")
}

/// Whether `word` (lower case) opens a new clause after `prev`: a joiner
/// ([`cues::CLAUSE_JOINERS`]: `and`, `but`, `while`…) followed by a modal, a finite
/// auxiliary or a subject pronoun (`… on Wednesday and will meet him`, `… but he said`).
/// A joiner before anything else joins phrases (`Russia and Georgia`, `met and talked`),
/// which stay in one clause with one tense.
#[inline]
pub fn starts_clause(prev: &str, word: &str) -> bool {
    cues::CLAUSE_JOINERS.contains(&prev)
        && (cues::MODALS.contains(&word)
            || cues::PAST_AUXILIARIES.contains(&word)
            || cues::PRESENT_AUXILIARIES.contains(&word)
            || cues::SUBJECT_PRONOUNS.contains(&word))
}

/// Which way a sentence points in time, as the tense cues around a date read it: the
/// resolver places a bare weekday or month by it, and each language's tense reader
/// gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// Either way, whichever is nearer the DCT: a future seen from a past moment (`would
    /// be traveling Thursday`) may have come already or not.
    Near,
}

/// The tense of a clause, read from its verb group (see [`tense`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// `said`, `was held`, `had met`.
    Past,
    /// `is`, `are set for`, `takes place`.
    Present,
    /// `will meet`, `is to sign`, `shall`.
    Future,
    /// No finite verb found (a heading, a fragment).
    Unknown,
}

/// One clause of a sentence: tokens `start..end` (end exclusive) and its tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub tense: Tense,
    /// A perfect (`has met`, `had signed`): the clause looks back from its tense's time.
    pub perfect: bool,
}

/// The clauses of a run of tokens (lower-case token text, one mark per token): the one
/// notion of clause the tagger and the event builder share. A clause ends at a
/// [`Boundary::Clause`] or [`Boundary::Sentence`] mark and before a joiner that
/// [`starts_clause`]; phrase marks (commas, dashes) do not end it. A hard mark before
/// any word of a clause (an opening quote) belongs to the clause it opens. Every token belongs to
/// exactly one clause, marks included, and the clauses are in text order.
pub fn spans<S: AsRef<str>>(tokens: &[S]) -> Vec<Clause> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.as_ref());
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let w = word(i);
        let hard = matches!(boundary(w), Some(Boundary::Clause | Boundary::Sentence));
        // a mark before any word (an opening quote) opens the clause that follows
        if hard && i > start {
            out.push(clause_of(tokens, start, i + 1));
            start = i + 1;
        } else if i > start && starts_clause(w, word(i + 1)) {
            out.push(clause_of(tokens, start, i));
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(clause_of(tokens, start, tokens.len()));
    }
    out
}

fn clause_of<S: AsRef<str>>(tokens: &[S], start: usize, end: usize) -> Clause {
    let words: Vec<&str> = tokens[start..end].iter().map(AsRef::as_ref).collect();
    let (tense, perfect) = tense(&words);
    Clause {
        start,
        end,
        tense,
        perfect,
    }
}

/// The tense of a clause's words (lower case), from the first verb group that shows one:
/// a future modal or `is/are to` ([`cues::FUTURE_MODALS`]) gives the future; a past
/// auxiliary or a past verb ([`cues::PAST_AUXILIARIES`], the verbs of [`cues::PAST`], a
/// reporting verb, a word in `-ed` not after a determiner) the past; a present auxiliary the present. `has`
/// and `had` before a participle mark a perfect.
pub fn tense(words: &[&str]) -> (Tense, bool) {
    let mut perfect = false;
    for (i, &w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        if matches!(w, "has" | "have" | "had") && next.len() > 3 && (next.ends_with("ed") || next == "been") {
            perfect = true;
        }
        if cues::FUTURE_MODALS.contains(&w) || (matches!(w, "is" | "are") && next == "to") {
            return (Tense::Future, perfect);
        }
        let past_verb = cues::PAST.contains(&w) && !cues::PAST_NON_VERBS.contains(&w);
        if past_verb
            || cues::PAST_AUXILIARIES.contains(&w)
            || cues::REPORTING_VERBS.contains(&w) && w.ends_with('d')
        {
            return (Tense::Past, perfect);
        }
        if cues::PRESENT_AUXILIARIES.contains(&w) || w == "says" {
            return (Tense::Present, perfect);
        }
        if w.len() > 4 && w.ends_with("ed") && !cues::DETERMINERS.contains(&prev) {
            return (Tense::Past, perfect);
        }
    }
    (Tense::Unknown, perfect)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows: token, boundary, ends a tense scope, closes a clause, opens a quote.
    #[test]
    fn marks_and_boundaries() {
        use Boundary::*;
        let rows: &[(&str, Option<Boundary>, bool, bool, bool)] = &[
            (".", Some(Sentence), true, false, false),
            ("!", Some(Sentence), true, false, false),
            ("?", Some(Sentence), true, false, false),
            (";", Some(Clause), true, false, false),
            (":", Some(Clause), false, false, false),
            ("\"", Some(Clause), false, true, true),
            ("\u{201c}", Some(Clause), false, false, true),
            ("\u{201d}", Some(Clause), false, true, false),
            (",", Some(Phrase), false, true, false),
            ("-", Some(Phrase), false, false, false),
            ("\u{2013}", Some(Phrase), false, false, false),
            ("\u{2014}", Some(Phrase), false, false, false),
            ("(", Some(Phrase), false, false, false),
            (")", Some(Phrase), false, false, false),
            ("[", Some(Phrase), false, false, false),
            ("]", Some(Phrase), false, false, false),
            ("'", None, false, true, false),
            ("\u{2019}", None, false, true, false),
            ("\u{2018}", None, false, false, false),
            ("`", None, false, false, true),
            ("said", None, false, false, false),
            ("and", None, false, false, false),
            ("", None, false, false, false),
            ("..", None, false, false, false),
            ("&", None, false, false, false),
        ];
        for &(token, want, tense, close, open) in rows {
            assert_eq!(boundary(token), want, "{token:?}");
            assert_eq!(ends_tense_scope(token), tense, "{token:?} tense");
            assert_eq!(closes_clause(token), close, "{token:?} close");
            assert_eq!(opens_quote(token), open, "{token:?} open");
        }
    }

    /// Rows: sentence (tokens split on spaces), clauses as (first token, tense).
    #[test]
    fn clauses_and_their_tenses() {
        use Tense::*;
        let rows: &[(&str, &[(&str, Tense)])] = &[
            (
                "he spoke to obama on wednesday and will meet him next week .",
                &[("he", Past), ("and", Future)],
            ),
            ("the vote is on friday .", &[("the", Present)]),
            ("russia and georgia fought in august .", &[("russia", Past)]),
            (
                "talks ended ; they will resume friday",
                &[("talks", Past), ("they", Future)],
            ),
            ("he said : \" we met on monday \"", &[("he", Past), ("\"", Past)]),
            ("the company has signed a deal", &[("the", Present)]),
            ("in june", &[("in", Unknown)]),
        ];
        for &(sentence, want) in rows {
            let toks: Vec<&str> = sentence.split(' ').collect();
            let got = spans(&toks);
            let got: Vec<(&str, Tense)> = got
                .iter()
                .map(|c| (toks.get(c.start).copied().unwrap_or(""), c.tense))
                .collect();
            let want: Vec<(&str, Tense)> = want.iter().filter(|(w, _)| !w.is_empty()).copied().collect();
            assert_eq!(got, want, "{sentence}");
        }
        let perfect = spans(&["the", "company", "has", "signed"]);
        assert!(perfect[0].perfect);
        assert!(spans::<&str>(&[]).is_empty());
    }

    #[test]
    fn boundaries_are_ordered_by_strength() {
        assert!(Boundary::Sentence > Boundary::Clause && Boundary::Clause > Boundary::Phrase);
    }
}
