//! Cutting an enormous article into segments that are analysed one after another.
//!
//! A news story is a few kilobytes; a scraped page that runs a whole archive into one
//! "article" (or a 200 MB line with no newline) can be a thousand times that. The tagger
//! and the event stage keep per-token tables whose size is a multiple of their input, so
//! [`crate::run::pipeline`] hands them such a text a segment at a time: peak memory then
//! depends on [`SEGMENT_BYTES`], not on the article. Segments end where a paragraph or a
//! sentence ends whenever one is near, so almost every date still meets its event; only
//! what spans a cut (a sentence longer than the search window, "the next day" right after
//! one) is read without the text before it.

use std::ops::Range;

/// The most bytes of text analysed at once.
pub const SEGMENT_BYTES: usize = 1 << 18;

/// How far back from the limit a segment may end to end at a paragraph or sentence.
const SEARCH_BACK: usize = SEGMENT_BYTES / 4;

/// Byte ranges that cover `text` in order, each at most `max` bytes (at least one char)
/// and on char boundaries, cut preferably after a line break, else after a sentence's
/// end, else at a space. A text of at most `max` bytes is one segment.
pub fn segments(text: &str, max: usize) -> Vec<Range<usize>> {
    let max = max.max(4);
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let limit = floor_boundary(text, start + max);
        let window_start = ceil_boundary(text, limit.saturating_sub(SEARCH_BACK.min(max / 2)).max(start));
        let end = cut_in(&text[window_start..limit])
            .map(|i| window_start + i)
            .filter(|&end| end > start)
            .unwrap_or(if limit > start {
                limit
            } else {
                ceil_boundary(text, start + 1)
            });
        out.push(start..end);
        start = end;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Where to cut inside `window` (a byte offset just after the cut's character): after
/// the last line break, else after the last sentence end followed by a space, else after
/// the last space.
fn cut_in(window: &str) -> Option<usize> {
    if let Some(i) = window.rfind('\n') {
        return Some(i + 1);
    }
    let bytes = window.as_bytes();
    let sentence_end = (1..bytes.len())
        .rev()
        .find(|&i| bytes[i] == b' ' && matches!(bytes[i - 1], b'.' | b'!' | b'?'));
    if let Some(i) = sentence_end {
        return Some(i + 1);
    }
    window.rfind(char::is_whitespace).map(|i| {
        let width = window[i..].chars().next().map_or(1, char::len_utf8);
        i + width
    })
}

/// The largest char boundary at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary at or after `at`.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, max: usize) -> Vec<&str> {
        segments(text, max).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn short_text_is_one_segment() {
        assert_eq!(pieces("Talks on Tuesday.", 100), ["Talks on Tuesday."]);
        assert_eq!(pieces("", 100), [""]);
    }

    #[test]
    fn cuts_prefer_line_breaks_then_sentences_then_spaces() {
        // (text, max, pieces)
        let cases: &[(&str, usize, &[&str])] = &[
            (
                "One. Two\nThree four five",
                16,
                &["One. Two\n", "Three four five"],
            ),
            ("They met. Then they left", 16, &["They met. ", "Then they left"]),
            ("alpha beta gamma delta", 12, &["alpha beta ", "gamma delta"]),
            ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
        ];
        for (text, max, want) in cases {
            assert_eq!(pieces(text, *max), *want, "{text:?} by {max}");
        }
    }

    #[test]
    fn segments_cover_the_text_on_char_boundaries() {
        let text = "Präsident Medwedew traf am Dienstag — ähnlich wie 2008 — Rasmussen. ".repeat(50);
        for max in [4, 5, 7, 16, 33, 100, 1000] {
            let ranges = segments(&text, max);
            let mut at = 0;
            for r in &ranges {
                assert_eq!(r.start, at);
                assert!(r.end > r.start && r.end - r.start <= max.max(4), "{r:?} by {max}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                at = r.end;
            }
            assert_eq!(at, text.len());
        }
    }
}
