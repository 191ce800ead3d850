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

    #[test]
    fn boundaries_are_ordered_by_strength() {
        assert!(Boundary::Sentence > Boundary::Clause && Boundary::Clause > Boundary::Phrase);
    }
}
