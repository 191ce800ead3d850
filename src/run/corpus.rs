//! Streaming a corpus: articles one at a time, so memory is bounded by the largest
//! article rather than by the corpus.
//!
//! [`stream`] walks the inputs lazily with the readers' own rules
//! ([`crate::input::format`]): folders in name order, JSONL corpora (`.jsonl`, or
//! standard input whose first character is `{`) one record per line through
//! [`crate::input::record`], and every other file through [`crate::input::read_path`],
//! one file at a time. Problems come out of the stream as [`Diagnostic`]s in input order
//! and never stop it.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::input::article::Article;
use crate::input::diag::Diagnostic;
use crate::input::format::{self, Format};
use crate::input::record::{self, RecordPlace};

/// What the stream yields: an article, or a problem with one input.
pub type Item = Result<Article, Diagnostic>;

/// Articles from the inputs, read as they are needed.
pub struct ArticleStream {
    pending: VecDeque<PathBuf>,
    lines: Option<JsonLines>,
    ready: VecDeque<Item>,
    bytes_read: Arc<AtomicU64>,
    items_read: Arc<AtomicU64>,
    /// Folders walked so far (canonical paths): a symbolic link back up is walked once.
    seen: HashSet<PathBuf>,
}

/// Streams the articles of `inputs` (files, folders, `-` for standard input).
pub fn stream(inputs: &[PathBuf]) -> ArticleStream {
    ArticleStream {
        pending: inputs.iter().cloned().collect(),
        lines: None,
        ready: VecDeque::new(),
        bytes_read: Arc::new(AtomicU64::new(0)),
        items_read: Arc::new(AtomicU64::new(0)),
        seen: HashSet::new(),
    }
}

/// The bytes the inputs hold (files and folders walked; standard input counts 0), for a
/// progress bar's estimate.
pub fn total_bytes(inputs: &[PathBuf]) -> u64 {
    fn walk(path: &Path, seen: &mut HashSet<PathBuf>) -> u64 {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let first_visit = std::fs::canonicalize(path).map_or(true, |c| seen.insert(c));
                if first_visit {
                    folder_entries(path).iter().map(|p| walk(p, seen)).sum()
                } else {
                    0
                }
            }
            Ok(m) => m.len(),
            Err(_) => 0,
        }
    }
    let mut seen = HashSet::new();
    inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| walk(p, &mut seen))
        .sum()
}

impl Iterator for ArticleStream {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = self.next_item()?;
        self.items_read.fetch_add(1, Ordering::Relaxed);
        Some(item)
    }
}

impl ArticleStream {
    /// A counter of the input bytes read so far (JSONL lines, whole files), shared with
    /// whoever reports progress while the stream is consumed on another thread.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    /// A counter of the items (articles and problems) handed out so far.
    pub fn items_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.items_read)
    }

    fn next_item(&mut self) -> Option<Item> {
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

    fn open(&mut self, path: PathBuf) {
        if path.as_os_str() == "-" {
            self.open_stdin();
            return;
        }
        if path.is_dir() {
            if let Ok(canonical) = std::fs::canonicalize(&path) {
                if !self.seen.insert(canonical) {
                    return;
                }
            }
            for (n, entry) in folder_entries(&path).into_iter().enumerate() {
                self.pending.insert(n, entry);
            }
            return;
        }
        if format::from_extension(&path) == Some(Format::Jsonl) {
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
        let loaded = crate::input::read_path(&path);
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
                    text: utf8_lossy(&bytes).into_owned(),
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

/// A folder's subfolders and article files in name order, by the readers' rules (known
/// extensions; hidden files and `*.expected.json` answer keys left out).
fn folder_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries
        .retain(|p| !format::is_skipped_in_folders(p) && (p.is_dir() || format::from_extension(p).is_some()));
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
    /// Items of the last record not handed out yet (its warnings, then the article).
    waiting: VecDeque<Item>,
}

impl JsonLines {
    fn new(reader: Box<dyn BufRead + Send>, path: Option<PathBuf>, bytes_read: Arc<AtomicU64>) -> Self {
        JsonLines {
            reader,
            path,
            line: 0,
            buf: Vec::new(),
            bytes_read,
            waiting: VecDeque::new(),
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
        if let Some(item) = self.waiting.pop_front() {
            return Some(item);
        }
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
            let text = utf8_lossy(&self.buf);
            if text.trim().is_empty() {
                continue;
            }
            let default_id = format!("{}:{}", self.stem(), self.line);
            let place = RecordPlace {
                path: self.path.as_deref(),
                line: Some(self.line),
                default_id: &default_id,
            };
            return match record::read_jsonl_line(&text, place) {
                Ok((article, warnings)) => {
                    // Warnings (e.g. a `dct` that is not a date) come out before the article.
                    self.waiting.extend(warnings.into_iter().map(Err));
                    self.waiting.push_back(Ok(article));
                    self.waiting.pop_front()
                }
                Err(d) => Some(Err(d)),
            };
        }
    }
}

/// `bytes` as text, invalid sequences replaced: `String::from_utf8_lossy`, with the
/// standard library's faster validation first, since nearly every line is valid.
fn utf8_lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}
