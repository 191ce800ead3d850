//! Reading articles from files, folders, stdin and corpora.
//!
//! [`read_inputs`] never fails as a whole: every problem with one input becomes a
//! [`Diagnostic`] and the other inputs are still read.
//!
//! * a file is read by its extension ([`format::EXTENSIONS`]); an unknown extension, or
//!   `-` for standard input, is sniffed ([`format::sniff`]);
//! * a folder is walked recursively in sorted (deterministic) order, reading the files
//!   with a known extension;
//! * bytes become text by one policy ([`decode`]): BOM dropped, UTF-16 decoded, CRLF → LF,
//!   invalid UTF-8 replaced with a warning, binary files skipped. Offsets refer to the
//!   text after this normalisation.
//!
//! Errors (the input, or a JSONL line, was lost) and warnings (read imperfectly) both
//! name the file and line and say what to do.

pub mod article;
pub mod decode;
pub mod diag;
pub mod format;
pub mod html;
pub mod record;
pub mod story;
pub mod timeml;

use std::path::{Path, PathBuf};

use crate::input::article::Article;
use crate::input::diag::Diagnostic;
use decode::Decoded;
pub use format::Format;
pub use record::{read_jsonl_line, read_record, RecordPlace};

/// Articles read from the inputs, with the problems met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    fn extend(&mut self, other: Loaded) {
        self.articles.extend(other.articles);
        self.diagnostics.extend(other.diagnostics);
    }
}

/// Reads every input: a file, a folder (recursively), or `-` for stdin.
pub fn read_inputs(inputs: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for input in inputs {
        loaded.extend(read_path(input));
    }
    loaded
}

/// Reads one input path: `-` (stdin), a folder or a file.
pub fn read_path(path: &Path) -> Loaded {
    if path.as_os_str() == "-" {
        return read_stdin();
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => read_folder(path),
        Ok(_) => read_file(path),
        Err(e) => only(Diagnostic::error(
            Some(path.to_path_buf()),
            None,
            format!("cannot open it: {e}; check the path"),
        )),
    }
}

/// Reads standard input, sniffing its format.
pub fn read_stdin() -> Loaded {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        return only(Diagnostic::error(
            None,
            None,
            format!("cannot read standard input: {e}"),
        ));
    }
    read_bytes(&bytes, None, None)
}

/// Reads one file, by its extension (sniffed when the extension is unknown).
pub fn read_file(path: &Path) -> Loaded {
    match std::fs::read(path) {
        Ok(bytes) => read_decoded(
            decode::decode_owned(bytes),
            Some(path),
            format::from_extension(path),
        ),
        Err(e) => only(Diagnostic::error(
            Some(path.to_path_buf()),
            None,
            format!("cannot read the file: {e}; check the path and its permissions"),
        )),
    }
}

/// Reads a folder recursively: files with a known extension, in sorted order.
pub fn read_folder(dir: &Path) -> Loaded {
    let mut files = Vec::new();
    let mut loaded = Loaded::default();
    collect_files(dir, &mut files, &mut loaded.diagnostics, &mut Default::default());
    files.sort();
    for file in &files {
        loaded.extend(read_file(file));
    }
    if loaded.articles.is_empty() {
        let known: Vec<String> = format::EXTENSIONS.iter().map(|(e, _)| format!(".{e}")).collect();
        loaded.diagnostics.push(Diagnostic::error(
            Some(dir.to_path_buf()),
            None,
            format!(
                "no articles found in this folder; chronicle reads files ending in {}",
                known.join(" ")
            ),
        ));
    }
    loaded
}

/// Collects article files under `dir`. `seen` holds the folders already walked (by their
/// canonical path), so a symbolic link back up the tree is not followed forever.
fn collect_files(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
    seen: &mut std::collections::HashSet<PathBuf>,
) {
    if let Ok(canonical) = std::fs::canonicalize(dir) {
        if !seen.insert(canonical) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                Some(dir.to_path_buf()),
                None,
                format!("cannot list the folder: {e}; check its permissions"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if format::is_skipped_in_folders(&path) {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, files, diagnostics, seen);
        } else if format::from_extension(&path).is_some() {
            files.push(path);
        }
    }
}

/// Reads the bytes of one input. `path` is `None` for stdin; `format` `None` means sniff.
pub fn read_bytes(bytes: &[u8], path: Option<&Path>, format: Option<Format>) -> Loaded {
    read_decoded(decode::decode(bytes), path, format)
}

/// [`read_bytes`] after the bytes are decoded.
fn read_decoded(decoded: Decoded, path: Option<&Path>, format: Option<Format>) -> Loaded {
    let owned_path = path.map(Path::to_path_buf);
    let mut loaded = Loaded::default();
    let text = match decoded {
        Decoded::Binary => {
            return only(Diagnostic::error(
                owned_path,
                None,
                "looks like a binary file (it has NUL bytes), not an article; skipped. \
                 Give chronicle text, Markdown, HTML, JSON/JSONL or TimeML files",
            ))
        }
        Decoded::Text { text, lossy } => {
            if lossy {
                loaded.diagnostics.push(Diagnostic::warning(
                    owned_path.clone(),
                    None,
                    "not valid UTF-8; invalid bytes were replaced with U+FFFD. \
                     Convert the file to UTF-8 (e.g. `iconv -f latin1 -t utf-8`) for exact text",
                ));
            }
            text
        }
    };
    if text.trim().is_empty() {
        let what = if path.is_some() {
            "the file"
        } else {
            "standard input"
        };
        loaded.diagnostics.push(Diagnostic::warning(
            owned_path,
            None,
            format!(
                "{what} is empty (or only whitespace); nothing to read. Check that it was saved completely"
            ),
        ));
        return loaded;
    }
    let format = format.unwrap_or_else(|| format::sniff(&text));
    let stem = path
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".to_string());
    match format {
        Format::Text => loaded.articles.push(Article {
            id: stem,
            text,
            source_path: owned_path,
            ..Default::default()
        }),
        Format::Jsonl => loaded.extend(read_jsonl(&text, path, &stem)),
        Format::Json => loaded.extend(read_json(&text, path, &stem)),
        Format::Html => loaded.extend(read_html(&text, path, stem)),
        Format::TimeMl => loaded.extend(read_timeml(&text, path, stem)),
    }
    loaded
}

/// Reads a JSONL corpus: one article a line; blank lines are ignored, a bad line is an
/// error naming its line and the others are still read.
pub fn read_jsonl(text: &str, path: Option<&Path>, stem: &str) -> Loaded {
    let mut loaded = Loaded::default();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let default_id = format!("{stem}:{}", index + 1);
        let place = RecordPlace {
            path,
            line: Some(index + 1),
            default_id: &default_id,
        };
        push_record(&mut loaded, read_jsonl_line(line, place));
    }
    loaded
}

/// Reads a `.json` file: one article object, or an array of them (or, when it is really
/// JSONL, one object per line).
pub fn read_json(text: &str, path: Option<&Path>, stem: &str) -> Loaded {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        // One object per line saved as .json: read it as the JSONL it is.
        Err(_) if format::sniff(text) == Format::Jsonl && text.trim().lines().count() > 1 => {
            return read_jsonl(text, path, stem)
        }
        Err(e) => {
            return only(Diagnostic::error(
                path.map(Path::to_path_buf),
                Some(e.line()),
                format!(
                    "not valid JSON ({e}); a .json file must hold one article object or an array of them"
                ),
            ))
        }
    };
    let mut loaded = Loaded::default();
    match &value {
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let default_id = format!("{stem}:{}", index + 1);
                let place = RecordPlace {
                    path,
                    line: None,
                    default_id: &default_id,
                };
                let result = read_record(item, place).map_err(|mut d| {
                    d.message = format!("record {} of the array: {}", index + 1, d.message);
                    d
                });
                push_record(&mut loaded, result);
            }
        }
        _ => {
            let place = RecordPlace {
                path,
                line: None,
                default_id: stem,
            };
            push_record(&mut loaded, read_record(&value, place));
        }
    }
    loaded
}

fn push_record(loaded: &mut Loaded, result: Result<(Article, Vec<Diagnostic>), Diagnostic>) {
    match result {
        Ok((article, warnings)) => {
            loaded.articles.push(article);
            loaded.diagnostics.extend(warnings);
        }
        Err(d) => loaded.diagnostics.push(d),
    }
}

/// Reads an HTML page: the story text, its title and publication date.
pub fn read_html(text: &str, path: Option<&Path>, id: String) -> Loaded {
    let page = html::extract(text);
    if page.text.trim().is_empty() {
        return only(Diagnostic::error(
            path.map(Path::to_path_buf),
            None,
            "no story text found in this HTML page; skipped. Save the article page itself, \
             or paste its text into a .txt file",
        ));
    }
    let article = Article {
        id,
        text: page.text,
        title: page.title,
        url: page.url,
        source_path: path.map(Path::to_path_buf),
        metadata_date: page.published,
        metadata: page.meta.into_iter().collect(),
        ..Default::default()
    };
    let diagnostics = page
        .flattened
        .map(|depth| {
            Diagnostic::warning(
                path.map(Path::to_path_buf),
                None,
                format!(
                    "this page nests its elements {depth} deep (more than {}); read as plain text \
                     with every tag removed, so menus and other page furniture stay in",
                    html::MAX_NESTING
                ),
            )
        })
        .into_iter()
        .collect();
    Loaded {
        articles: vec![article],
        diagnostics,
    }
}

/// Reads a TimeML document: the `<TEXT>` (tags removed) and its DCT.
pub fn read_timeml(text: &str, path: Option<&Path>, stem: String) -> Loaded {
    let doc = timeml::read(text);
    let owned_path = path.map(Path::to_path_buf);
    let Some(body) = doc.text else {
        return only(Diagnostic::error(
            owned_path,
            None,
            "no <TEXT> element in this TimeML file; skipped. A .tml file must wrap the story in <TEXT>…</TEXT>",
        ));
    };
    let mut loaded = Loaded::default();
    let record_dct = match doc.dct_value.as_deref() {
        Some(value) => {
            let date = crate::dct::parse_absolute(value);
            if date.is_none() {
                loaded.diagnostics.push(Diagnostic::warning(
                    owned_path.clone(),
                    None,
                    format!("the DCT value `{value}` is not a calendar day; read without it (use --dct)"),
                ));
            }
            date
        }
        None => None,
    };
    loaded.articles.push(Article {
        id: doc.docid.unwrap_or(stem),
        text: body,
        source_path: owned_path,
        record_dct,
        ..Default::default()
    });
    loaded
}

fn only(diagnostic: Diagnostic) -> Loaded {
    Loaded {
        articles: Vec::new(),
        diagnostics: vec![diagnostic],
    }
}
