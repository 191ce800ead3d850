//! A linear tokenizer for the timex scanner.
//!
//! Tokens are maximal runs of letters and digits (`Sept`, `1990s`, `21st`, `Q3`) or single
//! punctuation characters (`.`, `-`, `'`, `:`). Each token keeps its byte span in the text
//! and whether whitespace preceded it, so the scanner can tell `five-day` from `five - day`.
//! Nothing is allocated per token.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters only.
    Word,
    /// Digits only.
    Num,
    /// Letters and digits (`1990s`, `21st`, `Q3`).
    Mixed,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the start of text) comes right before this token.
    pub space_before: bool,
    /// A blank line (paragraph break) comes right before this token.
    pub para_before: bool,
}

/// Splits `text` into tokens, in one pass.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut iter = text.char_indices().peekable();
    let mut space = true;
    let mut newlines = 0u32;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            space = true;
            if c == '\n' {
                newlines += 1;
            }
            continue;
        }
        let para = newlines >= 2;
        if c.is_alphanumeric() {
            let mut alpha = c.is_alphabetic();
            let mut digit = c.is_numeric();
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                alpha |= d.is_alphabetic();
                digit |= d.is_numeric();
                end = j + d.len_utf8();
                iter.next();
            }
            let kind = match (alpha, digit) {
                (true, false) => Kind::Word,
                (false, true) => Kind::Num,
                _ => Kind::Mixed,
            };
            toks.push(Tok {
                start: i,
                end,
                kind,
                space_before: space,
                para_before: para,
            });
        } else {
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                kind: Kind::Punct,
                space_before: space,
                para_before: para,
            });
        }
        space = false;
        newlines = 0;
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let text = "On Friday's five-day '90s 10:30 a.m. Q3";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "On", "Friday", "'", "s", "five", "-", "day", "'", "90s", "10", ":", "30", "a", ".", "m",
                ".", "Q3"
            ]
        );
        assert!(!toks[5].space_before);
        assert_eq!(toks[8].kind, Kind::Mixed);
        assert_eq!(toks[9].kind, Kind::Num);
    }

    #[test]
    fn marks_paragraph_breaks() {
        let toks = tokenize("a\n\nb c");
        assert!(toks[1].para_before);
        assert!(!toks[2].para_before);
    }
}
