//! [`Article`]: one news story as read from an input, before any analysis.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::{Labelled, Lang};

/// One news story: its text and whatever the input said about it.
///
/// `text` is the text every offset refers to: for HTML it is the extracted story text,
/// for TimeML the content of `<TEXT>` with tags removed, for JSONL the `text` field.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// A stable identifier: the JSONL `id`, the TimeML DOCID, or the file name.
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The file it came from (`None` for stdin).
    pub source_path: Option<PathBuf>,
    /// 1-based line in a JSONL file.
    pub line: Option<usize>,
    /// A document date the input declared explicitly: a JSONL `dct`/`date` field or a
    /// TimeML DCT. Strongest source after the `--dct` flag.
    pub record_dct: Option<NaiveDate>,
    /// A machine-readable publication date found in the page (HTML meta, JSON-LD,
    /// a "Published …" line), as found, for [`crate::dct`] to parse.
    pub metadata_date: Option<String>,
    /// Other fields of the record (JSONL keys, HTML meta), kept for output.
    pub metadata: BTreeMap<String, String>,
    /// The language the user declared (`--lang`); `None`: the record's `lang` field or
    /// the text decides (see [`crate::lang::of`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Labelled for Article {
    fn declared_lang(&self) -> Option<Lang> {
        self.lang
    }

    fn recorded_lang(&self) -> Option<&str> {
        self.metadata.get("lang").map(String::as_str)
    }

    fn text(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::of;

    #[test]
    fn declared_language_wins() {
        let mut a = Article {
            text: "МОСКВА, 3 декабря. /ТАСС/.".into(),
            ..Article::default()
        };
        assert_eq!(of(&a), Lang::Ru);
        a.metadata.insert("lang".into(), "en".into());
        assert_eq!(of(&a), Lang::En);
        a.lang = Some(Lang::Ru);
        assert_eq!(of(&a), Lang::Ru);
        assert_eq!(Lang::from_code("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("de"), None);
    }
}
