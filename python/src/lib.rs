//! `chronicle._chronicle`: the compiled core of the `chronicle` Python package, a thin
//! layer over the chronicle library. Each function returns exactly the objects the
//! `chronicle` command writes as JSON (the library's [`chronicle::api`] records, turned
//! by their serde definitions into the objects `json.loads` makes of that JSON), so a
//! field means the same in both.
//! The GIL is released while Rust works; `jobs` threads analyse the articles (rayon, as
//! the CLI's `--jobs`). The public, documented functions are re-exported by
//! `chronicle/__init__.py`; `chronicle/__init__.pyi` types them.

use std::sync::Arc;

use chronicle::api;
use chronicle::dct::DctOptions;
use chronicle::merge::timeline::Filter;
use chronicle::run::pipeline::Options;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

mod args;
mod errors;
mod topy;

// No global allocator of its own: mimalloc, the binary's, made as this module's crashed
// in Spark's Python workers when the module was first imported and called from a thread
// other than the main one (`rdd.pipe`'s writer thread, a segmentation fault in the
// first call); the system allocator is what a library inside another process can rely on.

/// A library record as the Python objects `json.loads` makes of the command's JSON
/// (see [`topy`]: the same values, without the JSON text).
fn objects<'py, T: serde::Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    topy::to_py(py, value)
}

/// Checks that `text` is one article: its text, or a dict as `timeline` takes.
fn one_article(text: &Bound<'_, PyAny>) -> PyResult<()> {
    if text.downcast::<PyString>().is_err() && text.downcast::<pyo3::types::PyDict>().is_err() {
        return Err(PyTypeError::new_err(format!(
            "text must be a str (or one article dict, as timeline takes), not {}",
            args::type_name(text)
        )));
    }
    Ok(())
}

/// The document-date options shared by the functions (`dct`, `dct_map`, `year`).
fn dct_options(
    dct: Option<&Bound<'_, PyAny>>,
    dct_map: Option<&Bound<'_, PyAny>>,
    year: Option<i32>,
) -> PyResult<DctOptions> {
    if let Some(y) = year {
        if !(1..=9999).contains(&y) {
            return Err(PyValueError::new_err(format!(
                "year {y} is out of range; give 1–9999"
            )));
        }
    }
    Ok(DctOptions {
        flag: dct
            .filter(|d| !d.is_none())
            .map(|d| args::date(d, "dct"))
            .transpose()?,
        year_hint: year,
        map: dct_map
            .filter(|m| !m.is_none())
            .map(args::dct_map)
            .transpose()?
            .map(Arc::new),
    })
}

/// The dated events of news articles, sorted: the event objects of
/// `chronicle timeline --format json`, as dicts.
///
/// articles: one article's text (str), a list of texts, or a list of dicts with
///     "text" and optional "id", "dct", "url", "title", "lang" (the JSONL record
///     fields; other scalar keys are kept as metadata) -- or what chronicle.read
///     returned. An article without an id is named by its position ("1", "2", ...).
/// dct: the document date of every article (datetime.date or "YYYY-MM-DD"),
///     overriding what the articles say (--dct).
/// dct_map: a date per article, {id-or-path: date}, or the path of a --dct-map file.
/// year: a year for datelines that give none (--year).
/// lang: "auto" (a record's "lang", else the script), "en" or "ru" (--lang).
/// merge: with more than one article, the same event told by several stories is one
///     row with "mentions", "sources" and any "conflict" (False: --no-merge).
/// undated: also undated statements, dated by the document date (--undated).
/// min_granularity: the coarsest date that makes a row: "time", "day", "week",
///     "month", "season", "quarter", "half", "year" (default), "decade", "century".
/// min_confidence: only events at least this sure, 0.0-1.0.
/// jobs: threads analysing the articles; 0 (default) one per core (--jobs).
///
/// Raises ChronicleError for an article chronicle cannot read (no text), naming its
/// position; TypeError for an argument of the wrong type; ValueError for a wrong value.
///
/// >>> import chronicle
/// >>> events = chronicle.timeline(
/// ...     "BRUSSELS, December 1, 2009 (RIA Novosti) - NATO and Russia agreed on "
/// ...     "Tuesday to resume military cooperation.")
/// >>> [(e["date"], e["trigger"]) for e in events]
/// [('2009-12-01', 'agreed')]
#[pyfunction]
#[pyo3(signature = (
    articles, *, dct=None, dct_map=None, year=None, lang="auto", merge=true, undated=false,
    min_granularity="year", min_confidence=None, jobs=0
))]
#[allow(clippy::too_many_arguments)]
fn timeline<'py>(
    py: Python<'py>,
    articles: &Bound<'py, PyAny>,
    dct: Option<&Bound<'py, PyAny>>,
    dct_map: Option<&Bound<'py, PyAny>>,
    year: Option<i32>,
    lang: &str,
    merge: bool,
    undated: bool,
    min_granularity: &str,
    min_confidence: Option<f64>,
    jobs: i64,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = Options {
        dct: dct_options(dct, dct_map, year)?,
        undated,
    };
    let filter = Filter {
        coarsest: Some(args::granularity(min_granularity)?),
        min_confidence: args::confidence(min_confidence)?,
        ..Filter::default()
    };
    let declared = args::lang(lang)?;
    let jobs = args::jobs(jobs)?;
    let mut articles = args::articles(py, articles)?;
    if let Some(lang) = declared {
        articles.iter_mut().for_each(|a| a.lang = Some(lang));
    }
    let (timeline, _) = py.allow_threads(|| api::timeline(articles, &opts, &filter, merge, jobs));
    objects(py, &timeline.rows())
}

/// The temporal expressions of a text and their TIMEX3 values: the "timexes" of
/// `chronicle timex --format jsonl`, as dicts (keys "anchor", "end", "mod" when
/// set, "range" when the expression ends a range, "rule", "start", "text", "type",
/// "value"; offsets count characters, end exclusive).
///
/// text: the article's text (str), or one article dict as timeline takes (e.g. from
///     read(): its record date, url and file name count as the command counts them).
/// dct: the document date relative expressions resolve against (datetime.date or
///     "YYYY-MM-DD"); by default the one chronicle finds in the text (dateline...).
/// lang: "auto", "en" or "ru".
///
/// >>> import chronicle
/// >>> [(t["text"], t["value"]) for t in chronicle.timex("They met last Tuesday.", dct="2009-12-03")]
/// [('last Tuesday', '2009-12-01')]
#[pyfunction]
#[pyo3(signature = (text, *, dct=None, lang="auto"))]
fn timex<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    dct: Option<&Bound<'py, PyAny>>,
    lang: &str,
) -> PyResult<Bound<'py, PyAny>> {
    one_article(text)?;
    let opts = Options {
        dct: dct_options(dct, None, None)?,
        undated: false,
    };
    let declared = args::lang(lang)?;
    let mut article = args::articles(py, text)?.remove(0);
    article.lang = declared.or(article.lang);
    let tagged = py.allow_threads(|| chronicle::run::pipeline::tag(article, &opts));
    objects(py, &api::TimexLine::of(&tagged).timexes)
}

/// Where and when a story was filed: one row of `chronicle dateline --format
/// json` as a dict ("place", "agency", "date", "source", "kind", "confidence",
/// "reason", "alternatives", "dateline", "start", "end", "file", "line", "lang",
/// and "zone" for Russian agencies).
///
/// text: the article's text, or one article dict as timeline takes; url, title: the page's, when known (a date in the url
///     is a source of the document date); dct, year: as for timeline.
///
/// >>> import chronicle
/// >>> d = chronicle.dateline("MOSCOW, Oct 18, 2021 (Reuters) - Russia suspended its mission.")
/// >>> d["place"], d["agency"], d["date"]
/// ('MOSCOW', 'Reuters', '2021-10-18')
#[pyfunction]
#[pyo3(signature = (text, *, url=None, title=None, dct=None, year=None))]
fn dateline<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    url: Option<String>,
    title: Option<String>,
    dct: Option<&Bound<'py, PyAny>>,
    year: Option<i32>,
) -> PyResult<Bound<'py, PyAny>> {
    one_article(text)?;
    let opts = dct_options(dct, None, year)?;
    let mut article = args::articles(py, text)?.remove(0);
    article.url = url.or(article.url);
    article.title = title.or(article.title);
    let rows = py.allow_threads(|| api::datelines(std::slice::from_ref(&article), &opts));
    objects(py, &rows[0])
}

/// Reads articles as the `chronicle` command does: files, folders (recursively),
/// HTML pages, JSON/JSONL corpora, TimeML, "-" for standard input. Returns one dict
/// per article: "id", "text", "title", "url", "dct" (the record's own date),
/// "path", "line", "metadata_date" (a date found in the page), "metadata" -- the
/// dicts timeline() takes, so timeline(read(paths)) is `chronicle timeline PATHS`.
///
/// paths: a path (str or os.PathLike) or a list of them.
/// lang: "auto", "en" or "ru", declared for every article.
/// errors: "raise" (default): an input that could not be read raises ChronicleError
///     (its file, line, message, and .diagnostics listing every problem); "warn": it
///     is a ChronicleWarning and the other inputs are returned.
///
/// >>> import chronicle
/// >>> [a["id"] for a in chronicle.read("samples/corpus-2023-nato-russia.jsonl")][:1]
/// ['kyiv-independent-2023-02-21-new-start']
#[pyfunction]
#[pyo3(signature = (paths, *, lang="auto", errors="raise"))]
fn read<'py>(
    py: Python<'py>,
    paths: &Bound<'py, PyAny>,
    lang: &str,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let paths = args::paths(paths)?;
    let declared = args::lang(lang)?;
    let raise = match errors {
        "raise" => true,
        "warn" => false,
        _ => {
            return Err(PyValueError::new_err(format!(
                "errors `{errors}` is not a choice; give \"raise\" (the first unreadable input \
                 raises ChronicleError) or \"warn\" (it is a ChronicleWarning and the others are read)"
            )))
        }
    };
    let mut loaded = py.allow_threads(|| chronicle::input::read_inputs(&paths));
    let lost: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_loss()).collect();
    if raise && !lost.is_empty() {
        let error = errors::from_diagnostic(py, lost[0]);
        let all = PyList::empty(py);
        for d in &loaded.diagnostics {
            all.append(objects(py, d)?)?;
        }
        error.value(py).setattr("diagnostics", all)?;
        return Err(error);
    }
    for d in &loaded.diagnostics {
        errors::warn(py, d)?;
    }
    if let Some(lang) = declared {
        loaded.articles.iter_mut().for_each(|a| a.lang = Some(lang));
    }
    let out = PyList::empty(py);
    for a in &loaded.articles {
        out.append(args::article_dict(py, a)?)?;
    }
    Ok(out)
}

/// The CSV `chronicle timeline` writes for these event objects (JSON text of a list of
/// `timeline` events): `chronicle.to_dataframe` reads it, so its columns are the CSV's.
#[pyfunction]
fn _csv(py: Python<'_>, events_json: &str) -> PyResult<String> {
    let rows: Vec<api::TimelineRow> = serde_json::from_str(events_json).map_err(|e| {
        PyValueError::new_err(format!(
            "these are not events of chronicle.timeline ({e}); give the list timeline returned"
        ))
    })?;
    py.allow_threads(|| {
        let mut out = Vec::new();
        chronicle::output::csv::write(&api::rows_timeline(rows), &mut out)
            .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
        String::from_utf8(out).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
    })
}

/// Checks dated claims against the articles, as `chronicle check --format json`: one
/// dict per claim, in the claims' order, with "id", "claim", "verdict" ("supported",
/// "contradicted", "undetermined", "not_found" or "not_checkable"), "claimed" (the date
/// or the order read in the claim), "note" (the dates the sources give, and who) and
/// "evidence" (the rows, each with quotes: article, sentence, char offsets).
///
/// claims: a claim (str), a list of claims, or a list of dicts with "claim" and an
///     optional "id" (as the command's JSONL claims); ids default to 1, 2, ...
/// articles: as timeline takes them; the other keywords as timeline's, and claim_date
///     (the date the claims are read on; by default the corpus's latest date).
///
/// >>> import chronicle
/// >>> [v["verdict"] for v in chronicle.check(
/// ...     "NATO and Russia agreed to resume military cooperation on 1 December 2009.",
/// ...     "BRUSSELS, December 1, 2009 (RIA Novosti) - NATO and Russia agreed on "
/// ...     "Tuesday to resume military cooperation.")]
/// ['supported']
#[pyfunction]
#[pyo3(signature = (claims, articles, *, dct=None, dct_map=None, year=None, lang="auto", claim_date=None, jobs=0))]
#[allow(clippy::too_many_arguments)]
fn check<'py>(
    py: Python<'py>,
    claims: &Bound<'py, PyAny>,
    articles: &Bound<'py, PyAny>,
    dct: Option<&Bound<'py, PyAny>>,
    dct_map: Option<&Bound<'py, PyAny>>,
    year: Option<i32>,
    lang: &str,
    claim_date: Option<&Bound<'py, PyAny>>,
    jobs: i64,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = Options {
        dct: dct_options(dct, dct_map, year)?,
        undated: false,
    };
    let claims = claim_list(claims)?;
    let claim_date = claim_date.map(|d| args::date(d, "claim_date")).transpose()?;
    let declared = args::lang(lang)?;
    let jobs = args::jobs(jobs)?;
    let mut articles = args::articles(py, articles)?;
    if let Some(lang) = declared {
        articles.iter_mut().for_each(|a| a.lang = Some(lang));
    }
    let verdicts = py.allow_threads(|| {
        let (timeline, _) = api::timeline(articles, &opts, &Filter::default(), true, jobs);
        let check_opts = chronicle::check::CheckOptions { claim_date, jobs };
        chronicle::check::check(&claims, &timeline, &check_opts)
    });
    objects(py, &verdicts)
}

/// The claims of `check`: a str, a list of str, or a list of dicts with "claim" and "id".
fn claim_list(value: &Bound<'_, PyAny>) -> PyResult<Vec<chronicle::check::Claim>> {
    use pyo3::types::{PyDict, PyList, PyString, PyTuple};
    let claim = |n: usize, id: Option<String>, text: String| chronicle::check::Claim {
        id: id.unwrap_or_else(|| (n + 1).to_string()),
        text,
        line: n + 1,
        gold: None,
    };
    if let Ok(text) = value.downcast::<PyString>() {
        return Ok(vec![claim(0, None, text.extract::<String>()?)]);
    }
    if !(value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>()) {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "claims must be a str, a list of str or a list of dicts with \"claim\", not {}",
            args::type_name(value)
        )));
    }
    let mut out = Vec::new();
    for (n, item) in value.try_iter()?.enumerate() {
        let item = item?;
        if let Ok(text) = item.downcast::<PyString>() {
            out.push(claim(n, None, text.extract::<String>()?));
        } else if let Ok(d) = item.downcast::<PyDict>() {
            let text: String = match d.get_item("claim")? {
                Some(t) => t.extract().map_err(|_| {
                    pyo3::exceptions::PyTypeError::new_err(format!("claims[{n}][\"claim\"] must be a str"))
                })?,
                None => {
                    return Err(pyo3::exceptions::PyValueError::new_err(format!(
                        "claims[{n}] has no \"claim\" (write {{\"claim\": \"...\", \"id\": ...}})"
                    )))
                }
            };
            let id = d
                .get_item("id")?
                .map(|i| i.str().map(|s| s.to_string()))
                .transpose()?;
            out.push(claim(n, id, text));
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "claims[{n}] must be a str or a dict with \"claim\", not {}",
                args::type_name(&item)
            )));
        }
    }
    Ok(out)
}

#[pymodule]
fn _chronicle(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(timeline, m)?)?;
    m.add_function(wrap_pyfunction!(timex, m)?)?;
    m.add_function(wrap_pyfunction!(dateline, m)?)?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(_csv, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
