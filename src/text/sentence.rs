//! Sentences, and the word tokens inside them with their char offsets in the article text.
//!
//! ## What a sentence is here
//!
//! A sentence ends
//! * at `.`, `!` or `?` followed by white space (after any closing quotes or bracket:
//!   `…he said."` ends after the quote) — so a dot inside a token never ends one: decimals
//!   (`3.5 percent`), web names (`ria.ru`), dotted initialisms run together (`U.S.-led`);
//! * but not at a dot after an abbreviation ([`ABBREVIATIONS`]: `Mr.`, `Gen.`, `Dec.`,
//!   `U.S.`; the table says why each group is there) or after a single capital letter, an
//!   initial (`J. Smith`, `George W. Bush`);
//! * at a blank line (a paragraph break);
//! * at a line break after a heading: a short line (under 50 chars) or one ending in `.`,
//!   `!`, `?` or `:`, when the next line starts with a capital letter ("Subscribe\nThe
//!   envoy …"). A line break inside a paragraph of wrapped copy ends nothing.
//!
//! The price of the abbreviation rule: "… in the U.S. The next day …" stays one sentence.
//! Joining two sentences costs a reader less than cutting every sentence that names the
//! U.S. in two (a cue and its date end up apart).
//!
//! [`sentences`] gives each sentence with its tokens (event extraction); [`sentence_spans`]
//! and [`SentenceSpans`] give the same sentences as byte spans of the raw text (the
//! document-date reader). Text with no breaks at all is cut every [`MAX_SENTENCE_TOKENS`]
//! tokens, so work per sentence stays bounded.
//!
//! ## Word tokens
//!
//! Tokens are words (letters, digits, inner hyphens, apostrophes and dots as in `U.S.`,
//! `NATO-Russia`, `don't`), the possessive `'s` as a token of its own, and single
//! punctuation marks. Every token knows its char offsets (end exclusive), so evidence
//! can always point back at the words. (The temporal grammar reads finer tokens, runs of
//! letters or digits with byte offsets: [`super::token`].)
//!
//! A token borrows its text from the article; its lower-case form is borrowed too when
//! the word is already lower case (most words), and it remembers what the word tables say
//! about that form ([`Lexeme`]), looked up on first use (only sentences with a date are
//! classified) and then once, rather than once per table and rule.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use super::lexeme::{self, Lexeme, List, VerbEntry};
use super::lexicon::ABBREVIATIONS;

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    pub text: &'t str,
    /// Lower-case form, for table lookups.
    pub lower: Cow<'t, str>,
    /// Char offsets into the article text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The word tables' entry for [`Token::lower`], if any table lists it; see
    /// [`Token::lexeme`].
    lexeme: OnceCell<Option<&'static Lexeme>>,
}

impl<'t> Token<'t> {
    /// A token of `text` at char offsets `start..end`.
    pub fn new(text: &'t str, start: usize, end: usize) -> Token<'t> {
        Token {
            text,
            lower: lower_case(text),
            start,
            end,
            lexeme: OnceCell::new(),
        }
    }

    /// A token whose lower-case form the tokenizer has built already.
    fn with_lower(text: &'t str, lower: Cow<'t, str>, start: usize, end: usize) -> Token<'t> {
        Token {
            text,
            lower,
            start,
            end,
            lexeme: OnceCell::new(),
        }
    }

    /// The word tables' entry for the lower-case form, if any table lists it.
    pub fn lexeme(&self) -> Option<&'static Lexeme> {
        *self.lexeme.get_or_init(|| lexeme::lexeme(&self.lower))
    }

    /// Whether the lower-case form is in the word list `list`.
    pub fn is(&self, list: List) -> bool {
        self.lexeme().is_some_and(|l| l.is(list))
    }

    /// The verb table's entry for this form.
    pub fn verb(&self) -> Option<VerbEntry> {
        self.lexeme().and_then(|l| l.verb)
    }

    /// The event-noun table's CAMEO code for this form (may be empty).
    pub fn event_noun(&self) -> Option<&'static str> {
        self.lexeme().and_then(|l| l.noun).map(|n| n.code)
    }

    /// Whether this form is an event noun naming an occurrence ("meeting", not "treaty").
    pub fn is_occurrence_noun(&self) -> bool {
        self.lexeme().and_then(|l| l.noun).is_some_and(|n| n.occurrence)
    }

    /// Whether the token is a word (starts with a letter or digit).
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_alphanumeric())
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(|c| c.is_uppercase()),
        }
    }

    /// Whether the token is the possessive `'s` (or `’s`, or a bare `'` after a plural).
    pub fn is_possessive(&self) -> bool {
        matches!(&*self.lower, "'s" | "\u{2019}s" | "'" | "\u{2019}")
    }
}

/// A sentence: its char span and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'t> {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token<'t>>,
}

/// The length in chars of the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// Whether `word` is one of [`ABBREVIATIONS`], in any case. Lower-casing never makes a
/// word shorter, so a longer word is refused without building its lower-case form.
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        if word.len() > LONGEST_ABBREVIATION {
            return false;
        }
        return packed_abbreviations()
            .binary_search(&pack_lower(word.as_bytes()))
            .is_ok();
    }
    if word.chars().nth(LONGEST_ABBREVIATION).is_some() {
        return false;
    }
    abbreviations().contains(word.to_lowercase().as_str())
}

/// An ASCII word of at most 8 bytes, lower-cased, packed into one number (zero bytes
/// after it): a word is compared with every abbreviation in one instruction.
fn pack_lower(word: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = word.len().min(8);
    bytes[..n].copy_from_slice(&word[..n]);
    bytes.make_ascii_lowercase();
    u64::from_le_bytes(bytes)
}

// Every abbreviation fits one packed number.
const _: () = assert!(LONGEST_ABBREVIATION <= 8);

/// [`ABBREVIATIONS`] packed ([`pack_lower`]) and sorted, for a binary search: the ASCII
/// words that end at a dot (every sentence end) are looked up here, and a search of a
/// few dozen numbers is quicker than hashing the word.
fn packed_abbreviations() -> &'static [u64] {
    static PACKED: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    PACKED.get_or_init(|| {
        let mut packed: Vec<u64> = ABBREVIATIONS.iter().map(|a| pack_lower(a.as_bytes())).collect();
        packed.sort_unstable();
        packed
    })
}

/// [`ABBREVIATIONS`] as a hash set (for words that are not ASCII).
fn abbreviations() -> &'static lexeme::WordSet {
    static SET: std::sync::OnceLock<lexeme::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| lexeme::word_set(ABBREVIATIONS))
}

/// Splits `text` into tokens with char offsets.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    if text.is_ascii() {
        tokenize_ascii(text, None, 0, text.len())
    } else {
        let chars = Chars::new(text);
        tokenize_chars(&chars, 0, chars.len())
    }
}

/// A text read char by char at char offsets: the tokenizer and the sentence splitter
/// work on any, and are compiled once for ASCII text (most news copy), where a char
/// offset is a byte offset, and once for the rest.
trait CharText<'t> {
    /// The number of chars.
    fn len(&self) -> usize;
    /// The char at offset `i` (`i < len()`).
    fn at(&self, i: usize) -> char;
    /// The text of the chars `start..end`.
    fn slice(&self, start: usize, end: usize) -> &'t str;
    /// The tokens of the chars `from..to` ([`tokenize_chars`]; ASCII text has a faster
    /// path giving the same tokens).
    fn tokens(&self, from: usize, to: usize) -> Vec<Token<'t>>
    where
        Self: Sized,
    {
        tokenize_chars(self, from, to)
    }
    /// The char at offset `i`, if there is one.
    fn get(&self, i: usize) -> Option<char> {
        (i < self.len()).then(|| self.at(i))
    }
    /// The offset of the first char from `from` on that may end a sentence (`\n`, `.`,
    /// `!`, `?`), or `len()`.
    fn next_break(&self, from: usize) -> usize {
        (from..self.len())
            .find(|&i| is_break(self.at(i)))
            .unwrap_or(self.len())
    }
}

/// Whether `c` may end a sentence.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '.' | '!' | '?')
}

/// ASCII text: chars are bytes. `.1`: the text in lower case, when the caller has it
/// (tokens then borrow their lower-case forms from it instead of allocating them).
struct Ascii<'t>(&'t str, Option<&'t str>);

impl<'t> CharText<'t> for Ascii<'t> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn at(&self, i: usize) -> char {
        char::from(self.0.as_bytes()[i])
    }

    fn slice(&self, start: usize, end: usize) -> &'t str {
        &self.0[start..end]
    }

    fn tokens(&self, from: usize, to: usize) -> Vec<Token<'t>> {
        tokenize_ascii(self.0, self.1, from, to)
    }

    fn next_break(&self, from: usize) -> usize {
        let bytes = self.0.as_bytes();
        bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| is_break(char::from(b))))
            .map_or(bytes.len(), |p| from + p)
    }
}

/// The chars of a text with the byte offset of each (and of the end), so a token's
/// text is copied as one slice instead of being collected char by char.
struct Chars<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// `bytes[i]`: the byte offset of `chars[i]`; `bytes[chars.len()]` is `text.len()`.
    bytes: Vec<usize>,
}

impl<'a> Chars<'a> {
    fn new(text: &'a str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            chars.push(c);
            bytes.push(b);
        }
        bytes.push(text.len());
        Chars { text, chars, bytes }
    }
}

impl<'t> CharText<'t> for Chars<'t> {
    fn len(&self) -> usize {
        self.chars.len()
    }

    fn at(&self, i: usize) -> char {
        self.chars[i]
    }

    fn slice(&self, start: usize, end: usize) -> &'t str {
        &self.text[self.bytes[start]..self.bytes[end]]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokens of `chars[from..to]`, offsets relative to the start of `chars`.
fn tokenize_chars<'t>(chars: &impl CharText<'t>, from: usize, to: usize) -> Vec<Token<'t>> {
    // About one token per five to six chars in running text: reserving one per four spares
    // regrowth (and its copying) for all but the densest sentences.
    let mut tokens = Vec::with_capacity((to.saturating_sub(from) / 4 + 1).min(MAX_SENTENCE_TOKENS));
    let mut i = from;
    while i < to {
        let c = chars.at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            while i < to {
                let c = chars.at(i);
                if c.is_alphanumeric() {
                    i += 1;
                    continue;
                }
                let next_is_word = i + 1 < to && chars.at(i + 1).is_alphanumeric();
                let inner = matches!(c, '-' | '.' | ',' | '&') || is_apostrophe(c);
                if inner && next_is_word {
                    // `'s` after a word is the possessive: a token of its own.
                    let possessive = is_apostrophe(c)
                        && chars.get(i + 1).is_some_and(|c| c == 's' || c == 'S')
                        && chars.get(i + 2).is_none_or(|c| !c.is_alphanumeric());
                    // A comma joins only digits (`100,000`).
                    let number_comma =
                        c == ',' && chars.at(i - 1).is_ascii_digit() && chars.at(i + 1).is_ascii_digit();
                    if possessive || (c == ',' && !number_comma) {
                        break;
                    }
                    i += 1;
                } else if c == '.' && i > start && is_abbreviation_dot(chars, start, i) {
                    i += 1;
                    break;
                } else {
                    break;
                }
            }
            tokens.push(Token::new(chars.slice(start, i), start, i));
            continue;
        }
        if is_apostrophe(c) && chars.get(i + 1).is_some_and(|c| c == 's' || c == 'S') {
            let word_follows = chars.get(i + 2).is_some_and(|c| c.is_alphanumeric());
            if !word_follows && i > from && chars.at(i - 1).is_alphanumeric() {
                tokens.push(Token::new(chars.slice(i, i + 2), i, i + 2));
                i += 2;
                continue;
            }
        }
        tokens.push(Token::new(chars.slice(i, i + 1), i, i + 1));
        i += 1;
    }
    tokens
}

// Byte classes for `tokenize_ascii`: the shared byte table of `super::token` (the
// vertical tab is white space here, as `char::is_whitespace` has it).
use super::token::{BYTE_CLASS as ASCII_CLASS, DIGIT, LOWER, SPACE, UPPER, VERTICAL_TAB};
const ASCII_SPACE: u8 = SPACE | VERTICAL_TAB;
const ASCII_UPPER: u8 = UPPER;
const ASCII_WORD: u8 = LOWER | UPPER | DIGIT;

/// [`tokenize_chars`] for ASCII text, where a char is a byte: the same tokens, with one
/// table lookup per byte, and the lower-case form built only for words that have an
/// upper-case letter (seen while scanning them), or borrowed from `low`, the text in
/// lower case, when given.
fn tokenize_ascii<'t>(text: &'t str, low: Option<&'t str>, from: usize, to: usize) -> Vec<Token<'t>> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    let class = |i: usize| ASCII_CLASS[usize::from(bytes[i])];
    let mut tokens = Vec::with_capacity((to.saturating_sub(from) / 4 + 1).min(MAX_SENTENCE_TOKENS));
    let mut i = from;
    while i < to {
        let c = class(i);
        if c & ASCII_SPACE != 0 {
            i += 1;
            continue;
        }
        if c & ASCII_WORD != 0 {
            let start = i;
            let mut upper = c & ASCII_UPPER != 0;
            i += 1;
            while i < to {
                let c = class(i);
                if c & ASCII_WORD != 0 {
                    upper |= c & ASCII_UPPER != 0;
                    i += 1;
                    continue;
                }
                let b = bytes[i];
                let next_is_word = i + 1 < to && class(i + 1) & ASCII_WORD != 0;
                let inner = matches!(b, b'-' | b'.' | b',' | b'&' | b'\'');
                if inner && next_is_word {
                    let possessive = b == b'\''
                        && matches!(bytes[i + 1], b's' | b'S')
                        && (i + 2 >= bytes.len() || class(i + 2) & ASCII_WORD == 0);
                    let number_comma =
                        b == b',' && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit();
                    if possessive || (b == b',' && !number_comma) {
                        break;
                    }
                    i += 1;
                } else if b == b'.' && is_abbreviation_dot(&Ascii(text, None), start, i) {
                    i += 1;
                    break;
                } else {
                    break;
                }
            }
            let word = &text[start..i];
            let lower = match (upper, low.and_then(|low| low.get(start..i))) {
                (false, _) => Cow::Borrowed(word),
                (true, Some(lowered)) => Cow::Borrowed(lowered),
                (true, None) => Cow::Owned(word.to_ascii_lowercase()),
            };
            tokens.push(Token::with_lower(word, lower, start, i));
            continue;
        }
        if bytes[i] == b'\'' && i + 1 < bytes.len() && matches!(bytes[i + 1], b's' | b'S') {
            let word_follows = i + 2 < bytes.len() && class(i + 2) & ASCII_WORD != 0;
            if !word_follows && i > from && class(i - 1) & ASCII_WORD != 0 {
                tokens.push(Token::new(&text[i..i + 2], i, i + 2));
                i += 2;
                continue;
            }
        }
        tokens.push(Token::new(&text[i..i + 1], i, i + 1));
        i += 1;
    }
    tokens
}

/// `U.S.`, `Dr.`: a dot that belongs to the word before it.
fn is_abbreviation_dot<'t>(chars: &impl CharText<'t>, start: usize, dot: usize) -> bool {
    is_abbreviation(chars.slice(start, dot)) || (dot - start == 1 && chars.at(start).is_uppercase())
}

/// The lower-case form of `text`, borrowed when it is lower case already.
fn lower_case(text: &str) -> Cow<'_, str> {
    // One pass over the bytes, to the first that is upper case or not ASCII.
    match text.bytes().find(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        None => Cow::Borrowed(text),
        Some(_) if text.is_ascii() => Cow::Owned(text.to_ascii_lowercase()),
        Some(_) => {
            let lower = text.to_lowercase();
            if lower == text {
                Cow::Borrowed(text)
            } else {
                Cow::Owned(lower)
            }
        }
    }
}

/// Splits `text` into sentences: at `.`, `!`, `?` (not after an abbreviation) followed
/// by white space, and at blank lines (paragraphs, headlines).
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    if text.is_ascii() {
        sentences_in(&Ascii(text, None))
    } else {
        sentences_in(&Chars::new(text))
    }
}

/// [`sentences`] of an ASCII `text` whose lower-case form `low` the caller keeps
/// (`text.to_ascii_lowercase()`): the same sentences, with the tokens' lower-case forms
/// borrowed from `low` instead of allocated one by one. Any other `low` (not ASCII, or not
/// as long as `text`) is ignored.
pub fn sentences_lowered<'t>(text: &'t str, low: &'t str) -> Vec<Sentence<'t>> {
    if text.is_ascii() && low.len() == text.len() && low.is_ascii() {
        sentences_in(&Ascii(text, Some(low)))
    } else {
        sentences(text)
    }
}

fn sentences_in<'t>(chars: &impl CharText<'t>) -> Vec<Sentence<'t>> {
    let mut out = Vec::new();
    split(chars, |start, end| push_sentence(chars, start, end, &mut out));
    out
}

/// Byte spans of the sentences of `text`: the sentences [`sentences`] finds, without their
/// tokens, each trimmed of white space (and not cut at [`MAX_SENTENCE_TOKENS`]), for a
/// reader that looks at the raw text around a match.
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        let piece = &text[start..end];
        let trimmed = piece.trim_start();
        let from = start + (piece.len() - trimmed.len());
        let to = from + trimmed.trim_end().len();
        if from < to {
            out.push(from..to);
        }
    };
    if text.is_ascii() {
        split(&Ascii(text, None), push);
    } else {
        let chars = Chars::new(text);
        split(&chars, |start, end| push(chars.bytes[start], chars.bytes[end]));
    }
    out
}

/// The sentences of a text as byte spans ([`sentence_spans`]), to ask which sentence holds
/// a word.
#[derive(Debug, Clone, Default)]
pub struct SentenceSpans(Vec<Range<usize>>);

impl SentenceSpans {
    pub fn new(text: &str) -> Self {
        SentenceSpans(sentence_spans(text))
    }

    /// The sentence holding the bytes `start..end` (widened to hold them, never narrower);
    /// between sentences, the white space between them.
    pub fn around(&self, start: usize, end: usize) -> Range<usize> {
        let i = self.0.partition_point(|s| s.end <= start);
        let span = match self.0.get(i) {
            Some(s) if s.start <= start => s.clone(),
            next => {
                let before = i.checked_sub(1).map_or(0, |p| self.0[p].end);
                before..next.map_or(start, |s| s.start)
            }
        };
        span.start.min(start)..span.end.max(end)
    }
}

/// Cuts the chars of `chars` into sentences, calling `each(start, end)` for each in order
/// (char offsets; a piece may be only white space): the one definition of a sentence.
fn split<'t>(chars: &impl CharText<'t>, mut each: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut i = 0;
    loop {
        i = chars.next_break(i);
        if i >= chars.len() {
            break;
        }
        let c = chars.at(i);
        let mut cut = None;
        if c == '\n' {
            let mut j = i + 1;
            while j < chars.len() && chars.at(j) != '\n' && chars.at(j).is_whitespace() {
                j += 1;
            }
            if j < chars.len() && chars.at(j) == '\n' {
                cut = Some((i, j + 1));
            } else if line_is_heading(chars, start, i) && chars.get(j).is_some_and(|c| c.is_uppercase()) {
                // "Subscribe\nThe envoy …": a short line without a full stop is a heading.
                cut = Some((i, j));
            }
        } else if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars.at(j), '"' | '\'' | '\u{201d}' | '\u{2019}' | ')') {
                j += 1;
            }
            let followed_by_space = j >= chars.len() || chars.at(j).is_whitespace();
            if followed_by_space && !(c == '.' && ends_with_abbreviation(chars, start, i)) {
                cut = Some((j, j));
            }
        }
        if let Some((end, next)) = cut {
            each(start, end);
            start = next;
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    each(start, chars.len());
}

/// Whether the line ending at `newline` is short (under 50 chars) or ends a sentence.
fn line_is_heading<'t>(chars: &impl CharText<'t>, from: usize, newline: usize) -> bool {
    let line_start = (from..newline)
        .rev()
        .find(|&i| chars.at(i) == '\n')
        .map_or(from, |p| p + 1);
    newline - line_start < 50 || matches!(chars.at(newline - 1), '.' | '!' | '?' | ':')
}

/// Whether the word before the dot at `dot` is an abbreviation (`Mr.`, `U.S.`, `Jan.`).
fn ends_with_abbreviation<'t>(chars: &impl CharText<'t>, from: usize, dot: usize) -> bool {
    let mut s = dot;
    while s > from && (chars.at(s - 1).is_alphanumeric() || chars.at(s - 1) == '.') {
        s -= 1;
    }
    if s == dot {
        return false;
    }
    is_abbreviation(chars.slice(s, dot)) || (dot - s == 1 && chars.at(s).is_uppercase())
}

/// The most tokens one sentence may have. Real sentences stay far below it; text with no
/// sentence breaks at all (a scraped table, a run of words) is cut into pieces of this
/// size, so that attaching dates, which looks through a sentence, stays linear in the
/// length of the text.
pub const MAX_SENTENCE_TOKENS: usize = 200;

fn push_sentence<'t>(chars: &impl CharText<'t>, start: usize, end: usize, out: &mut Vec<Sentence<'t>>) {
    let tokens = chars.tokens(start, end.min(chars.len()));
    if tokens.len() <= MAX_SENTENCE_TOKENS {
        if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
            out.push(Sentence {
                start: first.start,
                end: last.end,
                tokens,
            });
        }
        return;
    }
    for piece in tokens.chunks(MAX_SENTENCE_TOKENS) {
        if let (Some(first), Some(last)) = (piece.first(), piece.last()) {
            out.push(Sentence {
                start: first.start,
                end: last.end,
                tokens: piece.to_vec(),
            });
        }
    }
}

/// Separates a wire dateline ("BRUSSELS, December 1 (RIA Novosti) -") from the
/// sentence it opens, so its place and date are not read as part of the first clause.
/// `dateline_end`: where a dateline reader found one to end; otherwise a sentence that
/// opens with an upper-case word and has a dash among its first 12 tokens is split after
/// the dash.
pub fn split_datelines(sentences: Vec<Sentence<'_>>, dateline_end: Option<usize>) -> Vec<Sentence<'_>> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let known =
            dateline_end.and_then(|end| s.tokens.iter().position(|t| t.start >= end && t.start > s.start));
        let guessed = || {
            let first = s.tokens.first()?;
            let shouting = first.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && first.text.chars().all(|c| !c.is_lowercase());
            let dash = s
                .tokens
                .iter()
                .take(12)
                .position(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))?;
            (shouting && dash + 1 < s.tokens.len()).then_some(dash + 1)
        };
        match known
            .filter(|&i| s.tokens[i - 1].end <= dateline_end.unwrap_or(0))
            .or_else(guessed)
        {
            Some(cut) => {
                let mut head = s.tokens;
                let tail = head.split_off(cut);
                for tokens in [head, tail] {
                    if let (Some(a), Some(b)) = (tokens.first(), tokens.last()) {
                        out.push(Sentence {
                            start: a.start,
                            end: b.end,
                            tokens,
                        });
                    }
                }
            }
            None => out.push(s),
        }
    }
    out
}

/// The text of `text` between char offsets `start` and `end` (clamped, never panics).
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Slices one text by char offsets many times in time independent of the text's length:
/// it remembers the byte offset of every [`CharIndex::STEP`]th char, so a slice walks at
/// most that many chars. ([`char_slice`] walks from the start each time, which made
/// articles with many events quadratic.)
pub struct CharIndex<'t> {
    text: &'t str,
    /// Empty for ASCII text, where a char offset is a byte offset.
    checkpoints: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    /// Chars between remembered byte offsets.
    pub const STEP: usize = 256;

    pub fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                text,
                checkpoints: Vec::new(),
            };
        }
        let checkpoints = text
            .char_indices()
            .step_by(Self::STEP)
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        CharIndex { text, checkpoints }
    }

    /// The byte offset of char `at` (the text's length past its end).
    fn byte(&self, at: usize) -> usize {
        if self.checkpoints.is_empty() {
            return at.min(self.text.len());
        }
        let Some(&from) = self.checkpoints.get(at / Self::STEP) else {
            return self.text.len();
        };
        self.text[from..]
            .char_indices()
            .nth(at % Self::STEP)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// The chars `start..end` (clamped to the text).
    pub fn slice(&self, start: usize, end: usize) -> &'t str {
        let (a, b) = (self.byte(start), self.byte(end.max(start)));
        &self.text[a..b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII fast path must give exactly the tokens of the general tokenizer: on
    /// tricky phrases and on many strings drawn from an alphabet of the characters the
    /// rules look at.
    #[test]
    fn ascii_tokenizer_agrees_with_the_general_one() {
        let phrases = [
            "U.S. forces, 100,000 troops and NATO-Russia talks on Dec. 1",
            "the ministers' meeting; Russia's envoy said it's 'fine' A.B.C.",
            "Mr. Smith's   co-op\t\x0bvs. 3,4,5 & AT&T 's 'S x's",
            "",
            "'s",
            "a.",
            "end.",
        ];
        let alphabet = b"aZ9 .,-&'s\nS\x0b\x1c;D";
        let mut strings: Vec<String> = phrases.iter().map(|p| p.to_string()).collect();
        let mut seed = 0x2545_f491_u64;
        for _ in 0..3000 {
            let len = (seed % 24) as usize;
            let mut s = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(char::from(alphabet[(seed % alphabet.len() as u64) as usize]));
            }
            strings.push(s);
        }
        for s in &strings {
            let chars = Ascii(s, None);
            for from in [0, s.len() / 3] {
                let general = tokenize_chars(&chars, from, s.len());
                let fast = tokenize_ascii(s, None, from, s.len());
                assert_eq!(fast, general, "{s:?} from {from}");
                let low = s.to_ascii_lowercase();
                let borrowed = tokenize_ascii(s, Some(&low), from, s.len());
                assert_eq!(borrowed, general, "{s:?} from {from}, lower case borrowed");
            }
        }
    }

    #[test]
    fn char_index_slices_like_char_slice() {
        // non-ASCII text (checkpoints) and ASCII text (char offsets are byte offsets)
        for text in [
            "Café — Заголовок 日本 ".repeat(40),
            "NATO and Russia met. ".repeat(40),
        ] {
            let index = CharIndex::new(&text);
            let n = text.chars().count();
            for (start, end) in [
                (0, 0),
                (0, 5),
                (3, 300),
                (255, 257),
                (256, 600),
                (n - 3, n),
                (n, n + 5),
                (n + 2, n + 9),
                (700, 650),
            ] {
                assert_eq!(
                    index.slice(start, end),
                    char_slice(&text, start, end),
                    "{start}..{end}"
                );
            }
        }
    }

    /// Rows: a word before a dot, whether it is an abbreviation (every listed one, in
    /// three cases, and words that only look like one).
    #[test]
    fn abbreviations_are_found_in_any_case() {
        for a in ABBREVIATIONS {
            for form in [a.to_string(), a.to_uppercase(), capitalised(a)] {
                assert!(is_abbreviation(&form), "{form}");
            }
        }
        let rows: &[(&str, bool)] = &[
            ("Gen", true),
            ("GEN", true),
            ("Messrs", true),
            ("U.S", true),
            ("u.s", true),
            ("Dec", true),
            ("Decs", false),
            ("Ge", false),
            ("general", false),
            ("Messrsx", false),
            ("Mr\u{e9}", false),
            ("", false),
            ("Washington", false),
            ("U.S.A", false),
        ];
        for &(word, want) in rows {
            assert_eq!(is_abbreviation(word), want, "{word}");
        }
    }

    fn capitalised(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn longest_abbreviation_is_right() {
        let longest = ABBREVIATIONS.iter().map(|a| a.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn text_without_breaks_is_cut_into_bounded_sentences() {
        let text = "Tuesday ".repeat(1000);
        let found = sentences(&text);
        assert_eq!(found.len(), 5);
        assert!(found.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert!(found.iter().all(|s| s.tokens.capacity() <= MAX_SENTENCE_TOKENS));
        assert_eq!(found.iter().map(|s| s.tokens.len()).sum::<usize>(), 1000);
    }

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text.to_string()).collect()
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("Friday's meeting", &["Friday", "'s", "meeting"]),
            (
                "the NATO-Russia Council.",
                &["the", "NATO-Russia", "Council", "."],
            ),
            ("the U.S. said", &["the", "U.S.", "said"]),
            ("100,000 in 1980, then", &["100,000", "in", "1980", ",", "then"]),
            ("ministers' gathering", &["ministers", "'", "gathering"]),
            ("don't", &["don't"]),
            ("\"Cold War\" rival", &["\"", "Cold", "War", "\"", "rival"]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn ascii_and_other_text_split_alike() {
        // One non-ASCII char sends the text down the char-table path.
        let text = "Mr. Smith met Dr. Jones in the U.S. on Tuesday. NATO's envoy didn't.\n\nHeading\nNext";
        let other = format!("{text} \u{e9}");
        let spans = |t: &str| -> Vec<(usize, usize, Vec<String>)> {
            sentences(t)
                .iter()
                .map(|s| {
                    (
                        s.start,
                        s.end,
                        s.tokens.iter().map(|t| t.text.to_string()).collect(),
                    )
                })
                .collect()
        };
        let (ascii, mut rest) = (spans(text), spans(&other));
        assert_eq!(
            rest.pop().map(|s| s.2),
            Some(vec!["Next".to_string(), "\u{e9}".to_string()])
        );
        assert_eq!(ascii[..ascii.len() - 1], rest[..]);
    }

    #[test]
    fn offsets_are_chars() {
        let t = tokenize("Café’s talks");
        assert_eq!((t[0].start, t[0].end), (0, 4));
        assert_eq!(t[1].text, "’s");
        assert_eq!((t[2].start, t[2].end), (7, 12));
    }

    #[test]
    fn datelines_are_cut_off() {
        let text = "Lead.\n\nBRUSSELS, December 1 (RIA Novosti) - The envoy met the chief.";
        for known in [None, Some(45)] {
            let s = split_datelines(sentences(text), known);
            let s: Vec<String> = s.iter().map(|s| char_slice(text, s.start, s.end)).collect();
            assert_eq!(
                s,
                [
                    "Lead.",
                    "BRUSSELS, December 1 (RIA Novosti) -",
                    "The envoy met the chief."
                ],
                "{known:?}"
            );
        }
    }

    #[test]
    fn sentence_split() {
        let text =
            "Mr. Smith met Dr. Jones in the U.S. on Tuesday. They talked.\n\nHeadline here\nNext\nline";
        let s: Vec<String> = sentences(text)
            .iter()
            .map(|s| char_slice(text, s.start, s.end))
            .collect();
        assert_eq!(
            s,
            [
                "Mr. Smith met Dr. Jones in the U.S. on Tuesday.",
                "They talked.",
                "Headline here",
                "Next\nline"
            ]
        );
    }
}
