//! JSON records → [`Article`]s: JSONL corpora (one object a line) and `.json` files
//! (one object, or an array of objects).
//!
//! Fields: `text` (required), `id` (default `<file stem>:<line>`), `dct`, `date` or
//! `published` (→ [`Article::record_dct`]: `YYYY-MM-DD` or a longer ISO / RFC 2822
//! string), `title`, `url` (a date in it is read when the record has no date field, see
//! [`crate::dct::printed`]). Every other scalar field is kept in [`Article::metadata`]; arrays and objects
//! (e.g. gold annotations) are ignored.

use std::path::Path;

use serde_json::{Map, Value};

use crate::dct::parse_absolute;
use crate::input::article::Article;
use crate::input::diag::Diagnostic;

/// Field names read into [`Article`] itself rather than its metadata.
const KNOWN_FIELDS: &[&str] = &["text", "id", "dct", "date", "published", "title", "url"];
/// Field names that may carry the record's document date, in order of preference.
const DATE_FIELDS: &[&str] = &["dct", "date", "published"];

/// Where a record sits in its input, for ids and messages.
#[derive(Debug, Clone, Copy)]
pub struct RecordPlace<'a> {
    /// The file, or `None` for stdin.
    pub path: Option<&'a Path>,
    /// 1-based line (JSONL) or position in an array (`.json`).
    pub line: Option<usize>,
    /// The id to use when the record has none.
    pub default_id: &'a str,
}

/// Reads one JSONL line. `Err` is the error diagnostic for a line that was skipped;
/// `Ok` carries the article and any warnings (e.g. a `dct` that is not a date).
pub fn read_jsonl_line(line: &str, place: RecordPlace) -> Result<(Article, Vec<Diagnostic>), Diagnostic> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        error(
            place,
            format!("not valid JSON ({e}); fix the line or remove it (each line must be one JSON object)"),
        )
    })?;
    // The usual record: its text moves into the article instead of being copied (it is
    // most of the line); anything else takes read_record's checks and messages.
    if let Value::Object(mut fields) = value {
        if let Some(Value::String(t)) = fields.get_mut("text") {
            if !t.trim().is_empty() && !t.contains('\r') {
                let text = std::mem::take(t);
                return Ok(article_from(&fields, text, place));
            }
        }
        return read_record(&Value::Object(fields), place);
    }
    read_record(&value, place)
}

/// Reads one JSON value that should be an article object.
pub fn read_record(value: &Value, place: RecordPlace) -> Result<(Article, Vec<Diagnostic>), Diagnostic> {
    let Value::Object(fields) = value else {
        return Err(error(
            place,
            format!(
                "expected a JSON object with a \"text\" field, found {}; skipped",
                kind_of(value)
            ),
        ));
    };
    let text = match fields.get("text") {
        Some(Value::String(t)) if !t.trim().is_empty() => crate::input::decode::normalise_line_ends(t),
        Some(Value::String(_)) => {
            return Err(error(
                place,
                "the \"text\" field is empty; skipped (nothing to analyse)",
            ))
        }
        Some(other) => {
            return Err(error(
                place,
                format!(
                    "the \"text\" field must be a string, found {}; skipped",
                    kind_of(other)
                ),
            ))
        }
        None => {
            return Err(error(
                place,
                "no \"text\" field; skipped (each record needs the article text in \"text\")",
            ))
        }
    };
    Ok(article_from(fields, text, place))
}

/// The article of a record's `fields`, given its `text` (line ends normalised), with the
/// warnings its other fields raise.
fn article_from(fields: &Map<String, Value>, text: String, place: RecordPlace) -> (Article, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let mut article = Article {
        id: scalar(fields.get("id")).unwrap_or_else(|| place.default_id.to_string()),
        text,
        title: scalar(fields.get("title")),
        url: scalar(fields.get("url")),
        source_path: place.path.map(Path::to_path_buf),
        line: place.line,
        ..Default::default()
    };
    if let Some((name, raw)) = date_field(fields) {
        match parse_absolute(&raw) {
            Some(date) => article.record_dct = Some(date),
            None => warnings.push(Diagnostic::warning(
                place.path.map(Path::to_path_buf),
                place.line,
                format!(
                    "the \"{name}\" field `{raw}` is not a date; the article is read without it \
                     (write it as YYYY-MM-DD)"
                ),
            )),
        }
    }
    for (key, value) in fields {
        if KNOWN_FIELDS.contains(&key.as_str()) {
            continue;
        }
        if let Some(v) = scalar(Some(value)) {
            article.metadata.insert(key.clone(), v);
        }
    }
    (article, warnings)
}

/// The first present date field and its value as text.
fn date_field(fields: &Map<String, Value>) -> Option<(&'static str, String)> {
    DATE_FIELDS
        .iter()
        .find_map(|&name| scalar(fields.get(name)).map(|raw| (name, raw)))
}

/// A string, number or boolean as text; `None` for null, arrays, objects.
fn scalar(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn error(place: RecordPlace, message: impl Into<String>) -> Diagnostic {
    Diagnostic::error(place.path.map(Path::to_path_buf), place.line, message)
}
