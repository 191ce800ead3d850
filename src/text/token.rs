//! The atom tokenizer: the finest tokens of the text layer, read by the temporal grammar.
//!
//! Tokens are maximal runs of letters and digits (`Sept`, `1990s`, `21st`, `Q3`) or single
//! punctuation characters (`.`, `-`, `'`, `:`). Each token keeps its byte span in the text
//! and whether whitespace preceded it, so the scanner can tell `five-day` from `five - day`,
//! `a.m.` from `a. m.`, and whether a blank line (a paragraph) came before it. Nothing is
//! allocated per token.
//!
//! The lower-case view: the caller lower-cases the whole text once with
//! `str::to_ascii_lowercase`, which keeps every byte offset, and reads each token's
//! lower-case form as a slice of that copy ([`Tok::lower`]) — one allocation per text, none
//! per token. (Only ASCII letters change case there, which is what the grammar's tables,
//! all ASCII, need.)
//!
//! Words with inner dots, hyphens and apostrophes joined (`U.S.`, `NATO-Russia`), for
//! readers of words rather than of date grammar, are [`super::sentence::Token`]s.

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

impl Tok {
    /// The token's text in `text` (the text it was cut from; empty if it is not).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The token's lower-case form, from `low`, the text lower-cased with
    /// `str::to_ascii_lowercase` (see the module doc).
    pub fn lower<'a>(&self, low: &'a str) -> &'a str {
        self.text(low)
    }
}

/// Splits `text` into tokens, in one pass over the bytes (ASCII fast path; other
/// characters are decoded and classified by Unicode properties).
pub fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    // Running text has about one token per 4.5 bytes, punctuation included: reserving one
    // per four spares the regrowth that copies the whole list.
    let mut toks = Vec::with_capacity(text.len() / 4 + 16);
    let mut i = 0;
    let mut space = true;
    let mut newlines = 0u32;
    while let Some(&b) = bytes.get(i) {
        // One table lookup decides the common cases: ASCII white space, an ASCII letter or
        // digit starting a word, ASCII punctuation; only a non-ASCII byte is decoded.
        let bits = BYTE_CLASS[usize::from(b)];
        let (class, len) = if bits & SPACE != 0 {
            (Class::Space, 1)
        } else if bits & WORD != 0 {
            (Class::Alpha, 1)
        } else if bits & NON_ASCII == 0 {
            (Class::Punct, 1)
        } else {
            classify(text, i, b)
        };
        match class {
            Class::Space => {
                space = true;
                newlines += u32::from(b == b'\n');
                i += len;
                continue;
            }
            Class::Punct => {
                toks.push(Tok {
                    start: i,
                    end: i + len,
                    kind: Kind::Punct,
                    space_before: space,
                    para_before: newlines >= 2,
                });
                i += len;
            }
            Class::Alpha | Class::Digit => {
                let start = i;
                // The first byte's bits (an ASCII letter or digit), or those of the
                // decoded character
                let mut seen = if bits & WORD != 0 {
                    bits
                } else if class == Class::Alpha {
                    LOWER
                } else {
                    DIGIT
                };
                i += len;
                while let Some(&b) = bytes.get(i) {
                    // ASCII letters and digits (nearly every byte of a word) by table;
                    // other characters decoded and classified
                    let bits = BYTE_CLASS[usize::from(b)];
                    if bits & WORD != 0 {
                        seen |= bits;
                        i += 1;
                        continue;
                    }
                    if bits & NON_ASCII == 0 {
                        break;
                    }
                    let (c, l) = classify(text, i, b);
                    match c {
                        Class::Alpha => seen |= LOWER,
                        Class::Digit => seen |= DIGIT,
                        _ => break,
                    }
                    i += l;
                }
                let kind = if seen & DIGIT == 0 {
                    Kind::Word
                } else if seen & LETTER == 0 {
                    Kind::Num
                } else {
                    Kind::Mixed
                };
                toks.push(Tok {
                    start,
                    end: i,
                    kind,
                    space_before: space,
                    para_before: newlines >= 2,
                });
            }
        }
        space = false;
        newlines = 0;
    }
    toks
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Alpha,
    Digit,
    Punct,
}

/// Bits of [`BYTE_CLASS`], the one byte table both tokenizers read (this one and the word
/// tokenizer of [`super::sentence`]): an ASCII lower-case letter, upper-case letter, digit.
pub(crate) const LOWER: u8 = 1;
pub(crate) const UPPER: u8 = 2;
pub(crate) const DIGIT: u8 = 4;
/// ASCII white space as `u8::is_ascii_whitespace` has it (space, tab, line feed, form feed,
/// carriage return).
pub(crate) const SPACE: u8 = 8;
/// The vertical tab: white space to `char::is_whitespace` (the word tokenizer), a
/// punctuation byte to `u8::is_ascii_whitespace` (this tokenizer).
pub(crate) const VERTICAL_TAB: u8 = 16;
/// A byte of a non-ASCII char, which must be decoded to be classified.
pub(crate) const NON_ASCII: u8 = 32;
/// Either case of letter.
pub(crate) const LETTER: u8 = LOWER | UPPER;
/// A byte that continues an ASCII word.
pub(crate) const WORD: u8 = LETTER | DIGIT;

/// The class bits of every byte; 0 for ASCII punctuation and symbols.
pub(crate) static BYTE_CLASS: [u8; 256] = BYTE_CLASSES;

const BYTE_CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if c == 0x0b {
            VERTICAL_TAB
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    table
};

/// [`Class`] of each ASCII byte, read off [`BYTE_CLASSES`], so the common case is one
/// table lookup.
static ASCII_CLASS: [Class; 128] = {
    let mut table = [Class::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let bits = BYTE_CLASSES[b];
        table[b] = if bits & LETTER != 0 {
            Class::Alpha
        } else if bits & DIGIT != 0 {
            Class::Digit
        } else if bits & SPACE != 0 {
            Class::Space
        } else {
            Class::Punct
        };
        b += 1;
    }
    table
};

/// The class and byte length of the character starting at byte `i` (`b` = its first byte).
#[inline]
fn classify(text: &str, i: usize, b: u8) -> (Class, usize) {
    if b.is_ascii() {
        return (ASCII_CLASS[usize::from(b)], 1);
    }
    let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
        return (Class::Punct, 1);
    };
    let class = if c.is_alphabetic() {
        Class::Alpha
    } else if c.is_numeric() {
        Class::Digit
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Punct
    };
    (class, c.len_utf8())
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

    /// The tokenizer as the module doc defines it, char by char with Unicode properties:
    /// what the byte-table fast paths must agree with.
    fn reference(text: &str) -> Vec<Tok> {
        let mut toks: Vec<Tok> = Vec::new();
        let (mut space, mut newlines) = (true, 0);
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_ascii_whitespace() || (!c.is_ascii() && c.is_whitespace()) {
                space = true;
                newlines += usize::from(c == '\n');
                continue;
            }
            let wordy = |c: char| c.is_alphabetic() || c.is_numeric();
            let mut end = i + c.len_utf8();
            let kind = if c.is_ascii() && !c.is_ascii_alphanumeric() || !wordy(c) {
                Kind::Punct
            } else {
                let (mut letter, mut digit) = (c.is_alphabetic(), !c.is_alphabetic());
                while let Some(&(j, d)) = chars.peek() {
                    if !wordy(d) {
                        break;
                    }
                    letter |= d.is_alphabetic();
                    digit |= !d.is_alphabetic();
                    end = j + d.len_utf8();
                    chars.next();
                }
                match (letter, digit) {
                    (true, false) => Kind::Word,
                    (false, true) => Kind::Num,
                    _ => Kind::Mixed,
                }
            };
            toks.push(Tok {
                start: i,
                end,
                kind,
                space_before: space,
                para_before: newlines >= 2,
            });
            space = false;
            newlines = 0;
        }
        toks
    }

    #[test]
    fn agrees_with_the_char_by_char_definition() {
        let cases = [
            "",
            "   ",
            "On Friday's five-day '90s 10:30 a.m. Q3",
            "a\n\nb\r\n\r\nc\n d",
            "tab\there\x0bvertical\x0cform feed",
            "Café’s talks — «Москва» 21‑го, ١٢٣ and Ⅻ; x²",
            "MOSCOW, Dec. 1 (RIA Novosti) -\u{a0}Russia\u{2009}said\u{3000}twice",
            "9/11 1990s 2009-12-01T10:00Z $5.5bn 50% #tag @name",
            "ends with a letter é",
            "ends with a digit 7",
            "\u{feff}BOM then text",
        ];
        for text in cases {
            assert_eq!(tokenize(text), reference(text), "{text:?}");
        }
    }
}
