//! Russian tokens for the temporal tagger: words, numbers and punctuation, with byte
//! offsets into the text and the folded form (see [`super::lexicon::fold`]).
//!
//! A number keeps a suffix written against it, with or without a hyphen: `90-х`,
//! `2022-м`, `1-го`, `23-летний`, `2009г`; the suffix is folded too.

use super::lexicon::fold;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// One token.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    pub kind: Kind,
    /// Byte offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The folded word, the digits of a number, or the punctuation character.
    pub low: String,
    /// A number's suffix (`х`, `го`, `летний`, `г`), folded; empty otherwise.
    pub suffix: String,
    /// Whether the word starts with an upper-case letter.
    pub upper: bool,
    /// Whether whitespace (or nothing) separates it from the token before.
    pub space_before: bool,
}

impl Tok {
    /// The number's value when it is one (without suffix).
    pub fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.low.len() <= 6 {
            self.low.parse().ok()
        } else {
            None
        }
    }

    pub fn is(&self, word: &str) -> bool {
        self.low == word
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut last_end = 0;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let space_before = i != last_end || out.is_empty();
        let mut end = i + c.len_utf8();
        let (kind, low, suffix) = if c.is_ascii_digit() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            let digits = text[i..end].to_string();
            // a suffix: `-х`, `-го`, `-летний` or letters right after (`2009г`)
            let rest = &text[end..];
            let (skip, letters_from) = match rest.chars().next() {
                Some('-') => (1, end + 1),
                Some(ch) if ch.is_alphabetic() => (0, end),
                _ => (usize::MAX, end),
            };
            let mut suffix = String::new();
            if skip != usize::MAX {
                let letters: String = text[letters_from..]
                    .chars()
                    .take_while(|ch| ch.is_alphabetic())
                    .collect();
                if !letters.is_empty() && letters.chars().count() <= 9 {
                    end = letters_from + letters.len();
                    suffix = fold(&letters);
                    while it.peek().is_some_and(|&(j, _)| j < end) {
                        it.next();
                    }
                }
            }
            (Kind::Num, digits, suffix)
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            (Kind::Word, fold(&text[i..end]), String::new())
        } else {
            (Kind::Punct, c.to_string(), String::new())
        };
        out.push(Tok {
            kind,
            start: i,
            end,
            upper: c.is_uppercase(),
            low,
            suffix,
            space_before,
        });
        last_end = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_suffixes() {
        let toks = tokenize("в 90-х, 2022-м году, 1-го дек, 2009г. и 23-летний Ёж");
        let shown: Vec<(String, String)> = toks.iter().map(|t| (t.low.clone(), t.suffix.clone())).collect();
        let want = [
            ("в", ""),
            ("90", "х"),
            (",", ""),
            ("2022", "м"),
            ("году", ""),
            (",", ""),
            ("1", "го"),
            ("дек", ""),
            (",", ""),
            ("2009", "г"),
            (".", ""),
            ("и", ""),
            ("23", "летний"),
            ("еж", ""),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(shown, want);
    }
}
