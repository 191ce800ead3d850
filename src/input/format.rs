//! Which reader an input needs: by file extension, or by sniffing the text (stdin and
//! files with an unknown extension).

use std::path::Path;

/// The kinds of input chronicle reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: the whole file is one article.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One JSON object, or an array of them.
    Json,
    Html,
    TimeMl,
}

/// File extensions read when walking a folder, and their format.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("md", Format::Text),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("json", Format::Json),
    ("jsonl", Format::Jsonl),
    ("tml", Format::TimeMl),
];

/// Files skipped when walking a folder even though their extension is known: gold
/// annotations kept beside the articles they describe (`story.expected.json`).
pub const SKIPPED_SUFFIXES: &[&str] = &[".expected.json"];

/// The format a file's extension declares, if chronicle knows it.
pub fn from_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    EXTENSIONS.iter().find(|(e, _)| *e == ext).map(|&(_, f)| f)
}

/// Whether a folder walk leaves this file out (see [`SKIPPED_SUFFIXES`]).
pub fn is_skipped_in_folders(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.starts_with('.') || SKIPPED_SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// Guesses the format of text whose name says nothing: JSONL when every non-empty line
/// starts with `{`, TimeML when it has a `<TimeML` root, HTML when it looks like HTML,
/// else plain text.
pub fn sniff(text: &str) -> Format {
    let trimmed = text.trim_start();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).peekable();
    if lines.peek().is_some() && lines.all(|l| l.starts_with('{')) {
        return Format::Jsonl;
    }
    let head: String = trimmed
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.contains("<timeml") {
        return Format::TimeMl;
    }
    const HTML_MARKS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<p>",
        "<div",
    ];
    if trimmed.starts_with('<') && HTML_MARKS.iter().any(|m| head.contains(m)) {
        return Format::Html;
    }
    Format::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n"), Format::Jsonl);
        assert_eq!(sniff("{\"text\":\"a\"}\nplain"), Format::Text);
        assert_eq!(sniff("<!DOCTYPE html><html><body><p>x</p>"), Format::Html);
        assert_eq!(sniff("<?xml version=\"1.0\"?><TimeML>"), Format::TimeMl);
        assert_eq!(sniff("BRUSSELS, December 1 (RIA Novosti) - text"), Format::Text);
        assert_eq!(sniff(""), Format::Text);
    }
}
