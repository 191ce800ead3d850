//! Python arguments → chronicle's inputs and options, with the CLI's rules and messages:
//! a wrong type is a `TypeError`, a wrong value a `ValueError`, an article chronicle
//! cannot read a `chronicle.ChronicleError` naming where it is.

use std::path::{Path, PathBuf};

use chronicle::input::article::Article;
use chronicle::input::diag::Diagnostic;
use chronicle::input::{read_record, RecordPlace};
use chronicle::lang::Lang;
use chronicle::time::interval::Granularity;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use serde_json::{Map, Value};

use crate::errors;

/// The keys of an article dict that are not JSONL record fields: where `chronicle.read`
/// found the article, and what it found in the page, so that `timeline(read(paths))`
/// reads the articles exactly as `chronicle timeline PATHS` does.
const PLACE_KEYS: &[&str] = &["path", "line", "metadata_date", "metadata"];

/// A `YYYY-MM-DD` string, a `datetime.date` or `datetime.datetime` (its day) as a date.
pub fn date(value: &Bound<'_, PyAny>, what: &str) -> PyResult<chrono::NaiveDate> {
    let text: String = if let Ok(s) = value.downcast::<PyString>() {
        s.to_cow()?.into_owned()
    } else if value.hasattr("strftime")? {
        value.call_method1("strftime", ("%Y-%m-%d",))?.extract()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a date (`datetime.date` or a `YYYY-MM-DD` string), not {}",
            type_name(value)
        )));
    };
    chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| {
        PyValueError::new_err(format!(
            "{what} `{text}` is not a date; write it as YYYY-MM-DD, e.g. 2009-12-01"
        ))
    })
}

/// `lang=`: `auto` (`None`: each article's `lang` field, else its script), `en`, `ru`.
pub fn lang(code: &str) -> PyResult<Option<Lang>> {
    match code {
        "auto" => Ok(None),
        "en" | "ru" => Ok(Lang::from_code(code)),
        _ => Err(PyValueError::new_err(format!(
            "lang `{code}` is not one chronicle reads; give \"auto\", \"en\" or \"ru\""
        ))),
    }
}

/// The granularities `min_granularity=` takes, finest first (the CLI's names).
const GRANULARITIES: [Granularity; 10] = [
    Granularity::Time,
    Granularity::Day,
    Granularity::Week,
    Granularity::Month,
    Granularity::Season,
    Granularity::Quarter,
    Granularity::Half,
    Granularity::Year,
    Granularity::Decade,
    Granularity::Century,
];

/// `min_granularity=`: a granularity's name.
pub fn granularity(name: &str) -> PyResult<Granularity> {
    GRANULARITIES
        .into_iter()
        .find(|g| g.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = GRANULARITIES.iter().map(|g| g.as_str()).collect();
            PyValueError::new_err(format!(
                "min_granularity `{name}` is not a granularity; give one of {}",
                names.join(", ")
            ))
        })
}

/// `min_confidence=`: between 0 and 1, as `--min-confidence`.
pub fn confidence(x: Option<f64>) -> PyResult<Option<f32>> {
    match x {
        Some(x) if !(0.0..=1.0).contains(&x) => Err(PyValueError::new_err(format!(
            "min_confidence {x} is out of range; a confidence is between 0.0 and 1.0"
        ))),
        _ => Ok(x.map(|x| x as f32)),
    }
}

/// `jobs=`: threads, 0 for one per core.
pub fn jobs(n: i64) -> PyResult<usize> {
    usize::try_from(n).map_err(|_| {
        PyValueError::new_err(format!(
            "jobs {n} is negative; give 0 (every core) or a number of threads"
        ))
    })
}

/// `dct_map=`: a dict `{path-or-id: date}` or the path of a `--dct-map` CSV/TSV file.
pub fn dct_map(value: &Bound<'_, PyAny>) -> PyResult<chronicle::dct::DctMap> {
    if let Ok(map) = value.downcast::<PyDict>() {
        let mut out = chronicle::dct::DctMap::new();
        for (key, date_value) in map.iter() {
            let key: String = key.extract().map_err(|_| {
                PyTypeError::new_err("dct_map's keys must be strings (a path, file name or article id)")
            })?;
            let day = date(&date_value, &format!("dct_map[{key:?}]"))?;
            out.insert(key, day);
        }
        return Ok(out);
    }
    let path = path_of(value).map_err(|_| {
        PyTypeError::new_err(format!(
            "dct_map must be a dict {{path-or-id: date}} or the path of a CSV/TSV file, not {}",
            type_name(value)
        ))
    })?;
    let text = std::fs::read_to_string(&path).map_err(|e| {
        errors::chronicle_error(
            value.py(),
            &format!("cannot read `{}`: {e}", path.display()),
            Some(&path),
            None,
        )
    })?;
    chronicle::dct::read_dct_map(&text).map_err(|e| {
        errors::chronicle_error(
            value.py(),
            &format!("`{}` {e}", path.display()),
            Some(&path),
            None,
        )
    })
}

/// A `str` or `os.PathLike` as a path.
pub fn path_of(value: &Bound<'_, PyAny>) -> PyResult<PathBuf> {
    value.extract::<PathBuf>()
}

/// `paths`: one path or a list (tuple) of them.
pub fn paths(value: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(one) = path_of(value) {
        return Ok(vec![one]);
    }
    let items: Vec<Bound<'_, PyAny>> = if let Ok(list) = value.downcast::<PyList>() {
        list.iter().collect()
    } else if let Ok(tuple) = value.downcast::<PyTuple>() {
        tuple.iter().collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "paths must be a path (str or os.PathLike) or a list of them, not {}",
            type_name(value)
        )));
    };
    items
        .iter()
        .map(|item| {
            path_of(item).map_err(|_| {
                PyTypeError::new_err(format!(
                    "each path must be a str or os.PathLike, not {}",
                    type_name(item)
                ))
            })
        })
        .collect()
}

/// `articles`: a string (one article's text), a list of strings, or a list of dicts with
/// `text` and the JSONL record's fields. Each is read as a JSONL record is (`text` line
/// ends normalised, `dct`/`date`/`published` parsed, other scalar fields kept as
/// metadata, `lang` among them); an article without an id is named by its 1-based
/// position in the list. Warnings (a `dct` that is no date) are Python warnings.
pub fn articles(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<Vec<Article>> {
    if value.downcast::<PyString>().is_ok() {
        return Ok(vec![article(py, value, 1)?]);
    }
    let items: Vec<Bound<'_, PyAny>> = if let Ok(list) = value.downcast::<PyList>() {
        list.iter().collect()
    } else if let Ok(tuple) = value.downcast::<PyTuple>() {
        tuple.iter().collect()
    } else if value.downcast::<PyDict>().is_ok() {
        return Ok(vec![article(py, value, 1)?]);
    } else {
        return Err(PyTypeError::new_err(format!(
            "articles must be a str, a list of str, or a list of dicts with a \"text\" key, not {}",
            type_name(value)
        )));
    };
    items
        .iter()
        .enumerate()
        .map(|(k, item)| article(py, item, k + 1))
        .collect()
}

/// One article: a string or a dict, `position` its 1-based place in the list.
fn article(py: Python<'_>, item: &Bound<'_, PyAny>, position: usize) -> PyResult<Article> {
    let mut fields = Map::new();
    let mut place = Place::default();
    if let Ok(text) = item.downcast::<PyString>() {
        fields.insert("text".into(), Value::String(text.to_cow()?.into_owned()));
    } else if let Ok(dict) = item.downcast::<PyDict>() {
        for (key, value) in dict.iter() {
            let key: String = key.extract().map_err(|_| {
                PyTypeError::new_err(format!("article {position}: dict keys must be strings"))
            })?;
            if PLACE_KEYS.contains(&key.as_str()) {
                place.set(&key, &value, position)?;
            } else if key == "text" && value.downcast::<PyString>().is_err() && !value.is_none() {
                return Err(PyTypeError::new_err(format!(
                    "article {position}: \"text\" must be a str, not {}",
                    type_name(&value)
                )));
            } else {
                fields.insert(key.clone(), json(&value, &key, position)?);
            }
        }
    } else {
        return Err(PyTypeError::new_err(format!(
            "article {position} must be a str or a dict with a \"text\" key, not {}",
            type_name(item)
        )));
    }
    if let Some(Value::String(text)) = fields.get_mut("text") {
        if let Some(rest) = text.strip_prefix('\u{feff}') {
            *text = rest.to_string();
        }
    }
    let default_id = position.to_string();
    let record_place = RecordPlace {
        path: place.path.as_deref(),
        line: place.line,
        default_id: &default_id,
    };
    let (mut article, warnings) = read_record(&Value::Object(fields), record_place)
        .map_err(|d| errors::from_diagnostic(py, &located(d, position)))?;
    for w in &warnings {
        errors::warn(py, &located(w.clone(), position))?;
    }
    article.metadata_date = place.metadata_date;
    article.metadata.extend(place.metadata);
    Ok(article)
}

/// A diagnostic about an in-memory article names its position in the list.
fn located(mut d: Diagnostic, position: usize) -> Diagnostic {
    if d.path.is_none() && d.line.is_none() {
        d.message = format!("article {position} of the list: {}", d.message);
        d.line = Some(position);
    }
    d
}

/// The keys `chronicle.read` adds to a record.
#[derive(Default)]
struct Place {
    path: Option<PathBuf>,
    line: Option<usize>,
    metadata_date: Option<String>,
    metadata: std::collections::BTreeMap<String, String>,
}

impl Place {
    fn set(&mut self, key: &str, value: &Bound<'_, PyAny>, position: usize) -> PyResult<()> {
        if value.is_none() {
            return Ok(());
        }
        let wrong = |what: &str| {
            PyTypeError::new_err(format!(
                "article {position}: \"{key}\" must be {what}, not {}",
                type_name(value)
            ))
        };
        match key {
            "path" => self.path = Some(path_of(value).map_err(|_| wrong("a str or os.PathLike"))?),
            "line" => self.line = Some(value.extract().map_err(|_| wrong("an int"))?),
            "metadata_date" => self.metadata_date = Some(value.extract().map_err(|_| wrong("a str"))?),
            _ => {
                let dict = value.downcast::<PyDict>().map_err(|_| wrong("a dict"))?;
                for (k, v) in dict.iter() {
                    let k: String = k.extract().map_err(|_| wrong("a dict of str keys"))?;
                    if let Some(text) = scalar(&json(&v, &k, position)?) {
                        self.metadata.insert(k, text);
                    }
                }
            }
        }
        Ok(())
    }
}

/// A record field as JSON: None, bool, int, float, str, a date (its ISO form) or a list
/// or dict of those (kept for the record's rules: ignored beyond scalars).
fn json(value: &Bound<'_, PyAny>, key: &str, position: usize) -> PyResult<Value> {
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = value.downcast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = value.downcast::<pyo3::types::PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(n) = value.extract::<i64>() {
        return Ok(Value::from(n));
    }
    if let Ok(x) = value.extract::<f64>() {
        return Ok(serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number));
    }
    if value.hasattr("isoformat")? {
        return Ok(Value::String(value.call_method0("isoformat")?.extract()?));
    }
    if let Ok(list) = value.downcast::<PyList>() {
        let items: PyResult<Vec<Value>> = list.iter().map(|v| json(&v, key, position)).collect();
        return Ok(Value::Array(items?));
    }
    if let Ok(dict) = value.downcast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in dict.iter() {
            let k: String = k.str()?.to_cow()?.into_owned();
            let v = json(&v, &k, position)?;
            map.insert(k, v);
        }
        return Ok(Value::Object(map));
    }
    Err(PyTypeError::new_err(format!(
        "article {position}: \"{key}\" must be a str, number, bool, date or None, not {}",
        type_name(value)
    )))
}

/// A scalar JSON value as text (the record reader's rule for metadata).
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// An article as `chronicle.read` gives it: the record fields and [`PLACE_KEYS`].
pub fn article_dict<'py>(py: Python<'py>, a: &Article) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &a.id)?;
    d.set_item("text", &a.text)?;
    d.set_item("title", &a.title)?;
    d.set_item("url", &a.url)?;
    d.set_item("dct", a.record_dct.map(|x| x.to_string()))?;
    d.set_item(
        "path",
        a.source_path.as_deref().map(Path::display).map(|p| p.to_string()),
    )?;
    d.set_item("line", a.line)?;
    d.set_item("metadata_date", &a.metadata_date)?;
    let metadata = PyDict::new(py);
    for (k, v) in &a.metadata {
        metadata.set_item(k, v)?;
    }
    d.set_item("metadata", metadata)?;
    if let Some(lang) = a.lang {
        d.set_item("lang", lang.code())?;
    }
    Ok(d)
}

/// The name of a value's type, for messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "this type".into())
}
