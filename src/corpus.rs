//! Streaming a corpus: articles one at a time, so memory is bounded by the largest
//! article rather than by the corpus.
//!
//! [`stream`] walks the inputs lazily: folders in name order, JSONL corpora (`.jsonl`,
//! `.ndjson`, or standard input whose first character is `{`) one record per line, and
//! every other file through [`crate::input::read_inputs`], one file at a time. Problems
//! come out of the stream as [`Diagnostic`]s in input order and never stop it.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::article::Article;
use crate::diag::Diagnostic;

/// File names a folder walk skips: hidden files and the answer keys beside samples.
const SKIPPED_SUFFIXES: &[&str] = &[".expected.json"];

/// Extensions read as one JSON record per line.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// JSONL keys read into [`Article`] fields; every other scalar goes to `metadata`.
const ID_KEYS: &[&str] = &["id", "docid", "doc_id"];
const TEXT_KEYS: &[&str] = &["text", "body", "content"];
const DATE_KEYS: &[&str] = &["dct", "date", "published"];

/// What the stream yields: an article, or a problem with one input.
pub type Item = Result<Article, Diagnostic>;

/// Articles from the inputs, read as they are needed.
pub struct ArticleStream {
    pending: VecDeque<PathBuf>,
    lines: Option<JsonLines>,
    ready: VecDeque<Item>,
    bytes_read: Arc<AtomicU64>,
}

/// Streams the articles of `inputs` (files, folders, `-` for standard input).
pub fn stream(inputs: &[PathBuf]) -> ArticleStream {
    ArticleStream {
        pending: inputs.iter().cloned().collect(),
        lines: None,
        ready: VecDeque::new(),
        bytes_read: Arc::new(AtomicU64::new(0)),
    }
}

/// The bytes the inputs hold (files and folders walked; standard input counts 0), for a
/// progress bar's estimate.
pub fn total_bytes(inputs: &[PathBuf]) -> u64 {
    fn walk(path: &Path) -> u64 {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => sorted_entries(path).iter().map(|p| walk(p)).sum(),
            Ok(m) => m.len(),
            Err(_) => 0,
        }
    }
    inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| walk(p))
        .sum()
}

impl Iterator for ArticleStream {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            let path = self.pending.pop_front()?;
            self.open(path);
        }
    }
}

impl ArticleStream {
    /// A counter of the input bytes read so far (JSONL lines, whole files), shared with
    /// whoever reports progress while the stream is consumed on another thread.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    fn open(&mut self, path: PathBuf) {
        if path.as_os_str() == "-" {
            self.open_stdin();
            return;
        }
        if path.is_dir() {
            for (n, entry) in sorted_entries(&path).into_iter().enumerate() {
                self.pending.insert(n, entry);
            }
            return;
        }
        if is_jsonl(&path) {
            match File::open(&path) {
                Ok(f) => {
                    let reader = Box::new(BufReader::new(f));
                    self.lines = Some(JsonLines::new(reader, Some(path), self.bytes_read()));
                }
                Err(e) => self.ready.push_back(Err(Diagnostic::error(
                    Some(path),
                    None,
                    format!("cannot read the file: {e}; check the path and its permissions"),
                ))),
            }
            return;
        }
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        let loaded = crate::input::read_inputs(std::slice::from_ref(&path));
        self.bytes_read.fetch_add(size, Ordering::Relaxed);
        self.ready.extend(loaded.diagnostics.into_iter().map(Err));
        self.ready.extend(loaded.articles.into_iter().map(Ok));
    }

    /// Standard input is a JSONL corpus when it starts with `{`, otherwise one article.
    fn open_stdin(&mut self) {
        let mut reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
        let starts_with_brace = loop {
            match reader.fill_buf() {
                Ok([]) => break false,
                Ok(buf) => {
                    let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
                    if blank < buf.len() {
                        break buf[blank] == b'{';
                    }
                    reader.consume(blank);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.ready.push_back(Err(Diagnostic::error(
                        None,
                        None,
                        format!("cannot read standard input: {e}"),
                    )));
                    return;
                }
            }
        };
        if starts_with_brace {
            self.lines = Some(JsonLines::new(reader, None, self.bytes_read()));
            return;
        }
        let mut bytes = Vec::new();
        match reader.read_to_end(&mut bytes) {
            Ok(n) => {
                self.bytes_read.fetch_add(n as u64, Ordering::Relaxed);
                self.ready.push_back(Ok(Article {
                    id: "stdin".into(),
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                    ..Default::default()
                }))
            }
            Err(e) => self.ready.push_back(Err(Diagnostic::error(
                None,
                None,
                format!("cannot read standard input: {e}"),
            ))),
        }
    }
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| JSONL_EXTENSIONS.iter().any(|j| e.eq_ignore_ascii_case(j)))
}

/// A folder's files and subfolders in name order, hidden ones and answer keys left out.
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.retain(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        !name.starts_with('.') && !SKIPPED_SUFFIXES.iter().any(|s| name.ends_with(s))
    });
    entries.sort();
    entries
}

/// A JSONL corpus read one line at a time.
struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    path: Option<PathBuf>,
    line: usize,
    buf: Vec<u8>,
    bytes_read: Arc<AtomicU64>,
}

impl JsonLines {
    fn new(reader: Box<dyn BufRead + Send>, path: Option<PathBuf>, bytes_read: Arc<AtomicU64>) -> Self {
        JsonLines {
            reader,
            path,
            line: 0,
            buf: Vec::new(),
            bytes_read,
        }
    }

    fn stem(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            None => "stdin".into(),
        }
    }
}

impl Iterator for JsonLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(n) => {
                    self.bytes_read.fetch_add(n as u64, Ordering::Relaxed);
                }
                Err(e) => {
                    return Some(Err(Diagnostic::error(
                        self.path.clone(),
                        Some(self.line),
                        format!("cannot read the rest of the file: {e}"),
                    )))
                }
            }
            let text = String::from_utf8_lossy(&self.buf);
            if text.trim().is_empty() {
                continue;
            }
            let fallback_id = format!("{}:{}", self.stem(), self.line);
            let mut item = parse_record(&text, &fallback_id)
                .map_err(|message| Diagnostic::error(self.path.clone(), Some(self.line), message));
            if let Ok(article) = &mut item {
                article.source_path = self.path.clone();
                article.line = Some(self.line);
            }
            return Some(item);
        }
    }
}

/// One JSONL record as an [`Article`]: `id`, `text`, `dct`/`date` (`YYYY-MM-DD…`),
/// `title`, `url`; other scalar fields are kept as metadata.
pub fn parse_record(line: &str, fallback_id: &str) -> Result<Article, String> {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| format!("not a JSON record ({e}); each line must be one JSON object"))?;
    let serde_json::Value::Object(map) = value else {
        return Err("not a JSON object; each line must be one {\"id\": …, \"text\": …} record".into());
    };
    let field = |keys: &[&str]| keys.iter().find_map(|k| map.get(*k).and_then(|v| v.as_str()));
    let text = field(TEXT_KEYS).ok_or("the record has no \"text\" field; skipped")?;
    let record_dct = field(DATE_KEYS)
        .and_then(|d| d.get(..10))
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let mut metadata = std::collections::BTreeMap::new();
    for (k, v) in &map {
        let known = [ID_KEYS, TEXT_KEYS, &["title", "url"]]
            .iter()
            .any(|keys| keys.contains(&k.as_str()));
        if known {
            continue;
        }
        let scalar = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            _ => continue,
        };
        metadata.insert(k.clone(), scalar);
    }
    let id = ID_KEYS
        .iter()
        .find_map(|k| match map.get(*k) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| fallback_id.to_string());
    Ok(Article {
        id,
        text: text.to_string(),
        title: map.get("title").and_then(|v| v.as_str()).map(str::to_string),
        url: map.get("url").and_then(|v| v.as_str()).map(str::to_string),
        record_dct,
        metadata,
        ..Default::default()
    })
}
