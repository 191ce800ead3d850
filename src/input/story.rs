//! Where the story ends and the page around it begins, in text.
//!
//! A page scraped to plain text (and the text [`crate::input::html`] extracts) keeps
//! lines that belong to the page, not to the story: "Issued on 12 Jan. 2022", a box of
//! "Related:" links, a list of other stories' headlines. Their dates are real dates and
//! their words look like events, so the event stage would make rows of them. This module
//! finds such lines by their structure, not by the site:
//!
//! - **publishing lines**: a line that is only a publishing label ([`PUBLISHING_LABELS`])
//!   followed by a date or time ("Posted on Dec 3, 2026 at 10:45", "Updated 3 hours ago");
//! - **related-story boxes**: a line that opens with a box header ([`RELATED_HEADERS`],
//!   "Related:", "Read more", "See also") and the headline-like lines under it;
//! - **headline lists**: a run of at least [`MIN_LIST_RUN`] headline-like lines — short,
//!   without sentence punctuation, not opening with a date (a chronology's entries
//!   do, and those are the story's own events).
//!
//! The text itself is never changed: offsets still refer to it, and the document date
//! still reads its "Published …" line ([`crate::dct`]). The pipeline hides the furniture
//! from the event stage only ([`mask`]).

use std::ops::Range;

/// Labels that open a line saying when the page was published or revised.
pub const PUBLISHING_LABELS: &[&str] = &[
    "web posted",
    "first published",
    "last updated",
    "last modified",
    "published",
    "posted",
    "issued",
    "updated",
    "modified",
];

/// Headers of boxes that list other stories; the box runs to the next line that is not
/// headline-like. A header may also carry its one link on the same line ("Read more:
/// Russia quits the CFE treaty").
pub const RELATED_HEADERS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related news",
    "related coverage",
    "related content",
    "read more",
    "read also",
    "also read",
    "read next",
    "see also",
    "more on this story",
    "more on this",
    "more stories",
    "more news",
    "more from",
    "latest news",
    "latest stories",
    "top stories",
    "most read",
    "most popular",
    "other news",
    "recent posts",
    "recommended",
    "you may also like",
    "you might also like",
    "editor's picks",
    "in other news",
];

/// Words that mark a photo credit at a line's end: "(AP Photo/Staff)", "(Photo:
/// Reuters)", "REUTERS/Name", "(Getty Images)".
pub const PHOTO_CREDITS: &[&str] = &[
    "photo/",
    "photo:",
    "photo by",
    "photos/",
    "photograph:",
    "photograph by",
    "picture:",
    "image:",
    "credit:",
    "getty images",
    "reuters/",
    "afp/",
    "epa/",
    "ap photo",
    "afp photo",
    "pool photo",
    "file photo",
];

/// A caption tells an event of the story (and stays) when it shares at least this many
/// content words with the story's other lines.
pub const CAPTION_SHARED_WORDS: usize = 3;

/// Words that may follow a publishing label before the date ("Posted on", "Issued at").
const LABEL_LINKS: &[&str] = &["on", "at", ":", "-", "—", "–", "|"];

/// Words that, right after a label, show that a date or time follows.
const DATE_STARTS: &[&str] = &["today", "yesterday", "just now", "an hour ago", "a day ago"];

/// Headline-like lines are at most this many characters…
pub const MAX_HEADLINE_CHARS: usize = 140;
/// …and at most this many words.
pub const MAX_HEADLINE_WORDS: usize = 22;
/// A run of this many headline-like lines is a list of other stories.
pub const MIN_LIST_RUN: usize = 3;

/// Why a line is page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// "Issued on 12 Jan. 2022", "Updated: 10:45 GMT".
    PublishingLine,
    /// A "Related:"/"Read more"/"See also" header and the links under it.
    RelatedBox,
    /// A run of other stories' headlines.
    HeadlineList,
    /// A photo caption or credit ("Police stand guard outside the embassy on May 3.
    /// (AP Photo/Staff)") that tells no event of the story.
    Caption,
}

/// One line of furniture: its byte range in the text (without the line break) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FurnitureLine {
    pub bytes: Range<usize>,
    pub why: Furniture,
}

/// The furniture lines of `text`, in order.
pub fn furniture(text: &str) -> Vec<FurnitureLine> {
    let lines = lines(text);
    let mut why: Vec<Option<Furniture>> = vec![None; lines.len()];
    // Publishing lines and related boxes.
    let mut i = 0;
    while i < lines.len() {
        let line = &text[lines[i].clone()];
        if is_publishing_line(line) {
            why[i] = Some(Furniture::PublishingLine);
        } else if let Some(rest) = related_header(line) {
            why[i] = Some(Furniture::RelatedBox);
            if rest.is_empty() {
                let mut j = i + 1;
                while j < lines.len() && is_headline_like(&text[lines[j].clone()]) {
                    why[j] = Some(Furniture::RelatedBox);
                    j += 1;
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    // Photo captions and credits that tell nothing the story tells.
    let captions: Vec<usize> = (0..lines.len())
        .filter(|&i| why[i].is_none() && has_photo_credit(&text[lines[i].clone()]))
        .collect();
    if !captions.is_empty() {
        let mut story_words: Vec<String> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if why[i].is_none() && !captions.contains(&i) {
                story_words.extend(content_words(&text[line.clone()]));
            }
        }
        story_words.sort_unstable();
        story_words.dedup();
        for &i in &captions {
            let mut own = content_words(&text[lines[i].clone()]);
            own.sort_unstable();
            own.dedup();
            let shared = own
                .iter()
                .filter(|w| story_words.binary_search(w).is_ok())
                .count();
            if shared < CAPTION_SHARED_WORDS {
                why[i] = Some(Furniture::Caption);
            }
        }
    }
    // Headline lists: runs of headline-like lines (blank lines do not break a run: an
    // HTML list comes out one item per paragraph).
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && why[end].is_none() && is_headline_like(&text[lines[end].clone()]) {
            end += 1;
        }
        if end - start >= MIN_LIST_RUN {
            for w in &mut why[start..end] {
                *w = Some(Furniture::HeadlineList);
            }
        }
        start = end.max(start + 1);
    }
    lines
        .into_iter()
        .zip(why)
        .filter_map(|(bytes, why)| why.map(|why| FurnitureLine { bytes, why }))
        .collect()
}

/// `text` with every furniture line blanked (each char a space, line breaks kept), so
/// that char offsets are unchanged; `None` when the text has no furniture.
pub fn mask(text: &str) -> Option<(String, Vec<Range<usize>>)> {
    let found = furniture(text);
    if found.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = Vec::with_capacity(found.len());
    let mut at = 0;
    let mut chars_before = 0;
    for line in &found {
        let before = &text[at..line.bytes.start];
        out.push_str(before);
        chars_before += before.chars().count();
        let n = text[line.bytes.clone()].chars().count();
        out.extend(std::iter::repeat_n(' ', n));
        chars.push(chars_before..chars_before + n);
        chars_before += n;
        at = line.bytes.end;
    }
    out.push_str(&text[at..]);
    Some((out, chars))
}

/// Byte ranges of the non-empty lines of `text` (trimmed).
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(at + lead..at + lead + trimmed.len());
        }
        at += raw.len();
    }
    out
}

/// Lowercased words of a line, punctuation at their edges removed.
fn words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != ':')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `line` is only a publishing label and a date or time.
pub fn is_publishing_line(line: &str) -> bool {
    if line.chars().count() > 100 {
        return false;
    }
    let lower = line.trim().to_lowercase();
    let Some(label) = PUBLISHING_LABELS.iter().find(|l| {
        lower.starts_with(*l)
            && lower[l.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    }) else {
        return false;
    };
    let mut rest = lower[label.len()..].trim_start();
    loop {
        let before = rest;
        for link in LABEL_LINKS {
            if let Some(r) = rest.strip_prefix(link) {
                if link.chars().all(char::is_alphabetic)
                    && r.chars().next().is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                rest = r.trim_start();
            }
        }
        if rest == before {
            break;
        }
    }
    starts_with_date(rest)
}

/// Whether `s` (lowercase) opens with a date or a time: a digit, a month or weekday
/// name, or "today"/"yesterday".
fn starts_with_date(s: &str) -> bool {
    if s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    if DATE_STARTS.iter().any(|d| s.starts_with(d)) {
        return true;
    }
    let first: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    if first.len() < 3 {
        return false;
    }
    let month = crate::text::lexicon::MONTHS
        .iter()
        .any(|(name, _)| name.starts_with(first.as_str()) || first == *name);
    let weekday = crate::text::lexicon::WEEKDAYS
        .iter()
        .any(|(name, _)| name.starts_with(first.as_str()) || first == *name);
    month || weekday
}

/// Whether `line` ends with a photo credit ([`PHOTO_CREDITS`]): in its last
/// parenthesis, or in its last sentence.
pub fn has_photo_credit(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let tail = if lower.ends_with(')') {
        lower.rfind('(').map_or(lower.as_str(), |i| &lower[i..])
    } else {
        lower
            .trim_end_matches('.')
            .rfind(". ")
            .map_or(lower.as_str(), |i| &lower[i..])
    };
    PHOTO_CREDITS.iter().any(|c| tail.contains(c))
}

/// The words of a line that carry its content: five letters or more, lower case.
fn content_words(line: &str) -> Vec<String> {
    words(line)
        .into_iter()
        .filter(|w| w.chars().count() >= 5 && w.chars().all(char::is_alphabetic))
        .collect()
}

/// When `line` opens with a related-story header, what follows it on the line.
fn related_header(line: &str) -> Option<&str> {
    let lower = line.trim().to_lowercase();
    let head = lower.trim_end_matches([':', '»', '›', '>', '-', '—', ' ']);
    if RELATED_HEADERS.contains(&head) {
        return Some("");
    }
    let (before, _) = line.split_once(':')?;
    let before_lower = before.trim().to_lowercase();
    RELATED_HEADERS
        .contains(&before_lower.as_str())
        .then(|| line[before.len() + 1..].trim())
        .filter(|rest| !rest.is_empty())
}

/// Whether `line` reads as a headline rather than story text: short, without
/// sentence-final punctuation, and not opening with a date (a chronology entry).
pub fn is_headline_like(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > MAX_HEADLINE_CHARS {
        return false;
    }
    let ws = words(line);
    if ws.is_empty() || ws.len() > MAX_HEADLINE_WORDS {
        return false;
    }
    let last = line
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .chars()
        .last();
    if matches!(last, Some('.' | '!' | '?' | ':' | ';' | ',' | '…')) {
        return false;
    }
    let first = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    !first.chars().next().is_some_and(|c| c.is_ascii_digit()) && !starts_with_date(&first.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        let story = "MOSCOW (AP) - Russian troops entered the village of Kamenka on Friday.\n";
        for (caption, masked) in [
            (
                "Police stand guard outside the embassy on May 3. (AP Photo/Staff)",
                true,
            ),
            (
                "Firefighters work at the scene in Lyon, Tuesday, Oct. 8, 2019. (Photo: Reuters)",
                true,
            ),
            (
                "A man walks past a closed shop in Riga. REUTERS/Ints Kalnins",
                true,
            ),
            ("(Getty Images)", true),
            (
                "Russian troops entered the village of Kamenka on Friday. (AP Photo/Ivan Petrov)",
                false,
            ),
            ("Police stand guard outside the embassy on May 3.", false),
        ] {
            let text = format!("{story}{caption}\n");
            let found = furniture(&text);
            let is_caption = found.iter().any(|f| f.why == Furniture::Caption);
            assert_eq!(is_caption, masked, "{caption}");
        }
    }

    #[test]
    fn publishing_lines() {
        let cases: &[(&str, bool)] = &[
            ("Issued on 12 Jan. 2022", true),
            ("Posted on Dec 3, 2026 at 10:45", true),
            ("Updated: 10:45 GMT, 3 December 2026", true),
            ("Published 3 December 2026 | Updated 4 December 2026", true),
            ("Last updated yesterday", true),
            ("First published on Tuesday", true),
            ("Updated figures show the alliance spent more in 2023.", false),
            ("Issued a statement on Tuesday", false),
            ("Posted", false),
            ("Publishedness 2022", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_publishing_line(line), *want, "{line:?}");
        }
    }

    #[test]
    fn headline_like_lines() {
        let cases: &[(&str, bool)] = &[
            ("Russia quits arms treaty on Tuesday", true),
            ("Lavrov to meet Blinken in Geneva next week (Dec 17)", true),
            ("The ministers met on Tuesday and agreed to resume talks.", false),
            ("2007: Russia suspends its participation", false),
            ("December 12 — Russia withdraws", false),
            ("", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_headline_like(line), *want, "{line:?}");
        }
    }

    #[test]
    fn mask_keeps_char_offsets() {
        let text = "Ё story line one.\nIssued on 12 Jan. 2022\nThe end.";
        let (masked, ranges) = mask(text).expect("furniture");
        assert_eq!(masked.chars().count(), text.chars().count());
        assert_eq!(ranges.len(), 1);
        let blank: String = masked
            .chars()
            .skip(ranges[0].start)
            .take(ranges[0].len())
            .collect();
        assert!(blank.chars().all(|c| c == ' '));
        assert!(masked.ends_with("\nThe end."));
    }
}
