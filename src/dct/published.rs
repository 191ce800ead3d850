//! "Published …" lines: a publication date written in the text of a page, e.g.
//! `Published: 01.12.2009 18:05`, `Posted Dec. 1, 2009 6:05 PM EST`,
//! `By Jane Roe | Updated 1 December 2009`.

use super::cues::PUBLISHED_LABELS;
use chrono::NaiveDate;

/// Only short lines are looked at: a label inside a story sentence is not a date line.
const MAX_LINE_CHARS: usize = 120;

/// A publication date line: the date, and the line as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    pub date: NaiveDate,
    pub line: String,
}

/// The first date line of the strongest label ([`PUBLISHED_LABELS`] order).
pub fn find_published_line(text: &str) -> Option<DateLine> {
    let short_lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && l.chars().count() <= MAX_LINE_CHARS)
        .collect();
    PUBLISHED_LABELS.iter().find_map(|label| {
        short_lines.iter().find_map(|line| {
            let rest = after_label(line, label)?;
            let date = super::parse_absolute(rest)?;
            Some(DateLine {
                date,
                line: line.to_string(),
            })
        })
    })
}

/// The text after `label` (a whole word, any case) and an optional `:`, `on` or `at`.
fn after_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return None; // case mapping changed byte offsets; such lines are not date lines
    }
    let mut from = 0;
    while let Some(pos) = lower[from..].find(label) {
        let start = from + pos;
        let end = start + label.len();
        let word_before = lower[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let word_after = lower[end..].chars().next().is_some_and(char::is_alphanumeric);
        // The label opens the line or a byline field ("By Jane Roe | Updated …"); inside a
        // sentence ("The report was published 1 May 2009") it dates something else.
        let opens_field = lower
            .get(..start)
            .map(str::trim_end)
            .is_some_and(|before| before.is_empty() || before.ends_with(['|', '·', '•', '—', '–', '-']));
        if !word_before && !word_after && opens_field {
            let rest = line.get(end..)?.trim_start_matches([':', ' ', '\t', '-', '—']);
            let rest = rest
                .strip_prefix("on ")
                .or_else(|| rest.strip_prefix("at "))
                .unwrap_or(rest);
            return Some(rest.trim());
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Menu\nPublished: 01.12.2009 18:05\nText", Some("2009-12-01")),
            ("Posted Dec. 1, 2009 6:05 PM EST", Some("2009-12-01")),
            (
                "By Jane Roe | Updated 2 December 2009\nPublished on 1 December 2009",
                Some("2009-12-01"),
            ),
            ("The treaty was published on Sunday.", None),
            ("Published: yesterday", None),
            ("The report was published 1 December 2009.", None),
            ("By Jane Roe · Posted 1 Dec 2009", Some("2009-12-01")),
        ];
        for (text, want) in cases {
            let got = find_published_line(text).map(|d| d.date.to_string());
            assert_eq!(got.as_deref(), *want, "{text}");
        }
    }
}
