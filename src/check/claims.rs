//! Reading claims: one sentence per line (`.txt`), JSONL records with `claim` and an
//! optional `id` (`.jsonl`, `.ndjson`), or CSV with a `claim` column and an optional `id`
//! column (`.csv`, `.tsv`).
//!
//! A claim that cannot be read (a JSONL line that is not an object with a `claim`
//! string, a CSV row without the field) becomes a [`Diagnostic`] naming the file and the
//! line; the others are still read. Blank lines and `#` comments of a text file are
//! skipped; a claim's id is its own (`id`) or its line number.

use std::path::Path;

use crate::input::diag::Diagnostic;

/// One claim to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The record's `id`, or the 1-based line number in the claims file.
    pub id: String,
    /// The sentence to check.
    pub text: String,
    /// 1-based line in the claims file (CSV: the record's line).
    pub line: usize,
    /// A gold verdict, when the record gives one (`verdict`): what `chronicle eval
    /// --claims` scores against.
    pub gold: Option<String>,
}

/// The claims of a file and the problems met reading it.
#[derive(Debug, Default)]
pub struct ReadClaims {
    pub claims: Vec<Claim>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the claims in `text`, the content of `path` (its extension chooses the format:
/// `.jsonl`/`.ndjson`, `.csv`/`.tsv`, anything else one claim per line).
pub fn read(path: &Path, text: &str) -> ReadClaims {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" => read_jsonl(path, text),
        "csv" => read_csv(path, text, b','),
        "tsv" => read_csv(path, text, b'\t'),
        _ => read_lines(text),
    }
}

/// Reads the claims file at `path`; `Err` says why it cannot be opened.
pub fn read_file(path: &Path) -> Result<ReadClaims, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read the claims file `{}`: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(read(path, &text))
}

fn read_lines(text: &str) -> ReadClaims {
    let claims = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| Claim {
            id: (i + 1).to_string(),
            text: l.trim().to_string(),
            line: i + 1,
            gold: None,
        })
        .collect();
    ReadClaims {
        claims,
        diagnostics: Vec::new(),
    }
}

/// A JSON scalar as text (`"a7"` → `a7`, `7` → `7`).
fn scalar(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_jsonl(path: &Path, text: &str) -> ReadClaims {
    let mut out = ReadClaims::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let problem = |message: String| Diagnostic::error(Some(path.to_path_buf()), Some(i + 1), message);
        let record: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.diagnostics.push(problem(format!(
                    "not a JSON record ({e}); write each claim as {{\"claim\": \"…\", \"id\": \"…\"}}"
                )));
                continue;
            }
        };
        match record.get("claim").and_then(|c| c.as_str()) {
            Some(claim) if !claim.trim().is_empty() => out.claims.push(Claim {
                id: record
                    .get("id")
                    .and_then(scalar)
                    .unwrap_or_else(|| (i + 1).to_string()),
                text: claim.trim().to_string(),
                line: i + 1,
                gold: record.get("verdict").and_then(scalar),
            }),
            _ => out.diagnostics.push(problem(
                "the record has no `claim` text; give the sentence to check as \"claim\"".into(),
            )),
        }
    }
    out
}

fn read_csv(path: &Path, text: &str, delimiter: u8) -> ReadClaims {
    let mut out = ReadClaims::default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            out.diagnostics.push(Diagnostic::error(
                Some(path.to_path_buf()),
                Some(1),
                format!("cannot read the header: {e}"),
            ));
            return out;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let Some(claim_col) = column("claim") else {
        out.diagnostics.push(Diagnostic::error(
            Some(path.to_path_buf()),
            Some(1),
            "no `claim` column; the first line must name the columns, e.g. `id,claim`",
        ));
        return out;
    };
    let (id_col, gold_col) = (column("id"), column("verdict"));
    for record in reader.records() {
        let line = |r: Option<&csv::Position>| r.map_or(0, |p| p.line() as usize);
        match record {
            Ok(r) => {
                let at = line(r.position());
                match r.get(claim_col).map(str::trim).filter(|c| !c.is_empty()) {
                    Some(claim) => out.claims.push(Claim {
                        id: id_col
                            .and_then(|c| r.get(c))
                            .filter(|s| !s.is_empty())
                            .map_or_else(|| at.to_string(), str::to_string),
                        text: claim.to_string(),
                        line: at,
                        gold: gold_col.and_then(|c| r.get(c)).map(str::to_string),
                    }),
                    None => out.diagnostics.push(Diagnostic::error(
                        Some(path.to_path_buf()),
                        Some(at),
                        "the row has no claim text in the `claim` column",
                    )),
                }
            }
            Err(e) => out.diagnostics.push(Diagnostic::error(
                Some(path.to_path_buf()),
                e.position().map(|p| p.line() as usize),
                format!("cannot read the row: {e}"),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_formats_and_bad_lines() {
        // (file name, content, claims read, diagnostics with their lines)
        let cases: [(&str, &str, &[&str], &[usize]); 4] = [
            ("c.txt", "# a comment\nA met B in 2009.\n\nC met D in 2010.\n", &["4", "2"], &[]),
            ("c.jsonl", "{\"claim\": \"A met B in 2009.\", \"id\": \"a\"}\nnot json\n{\"id\": 3}\n{\"claim\": \"x\", \"id\": 7}\n", &["a", "7"], &[2, 3]),
            ("c.csv", "id,claim\nk1,A met B in 2009.\nk2,\n", &["k1"], &[3]),
            ("c.csv", "id,text\nk1,A met B\n", &[], &[1]),
        ];
        for (name, text, ids, lines) in cases {
            let read = read(Path::new(name), text);
            let mut got: Vec<&str> = read.claims.iter().map(|c| c.id.as_str()).collect();
            let mut want = ids.to_vec();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{name}: {text:?}");
            let got_lines: Vec<usize> = read.diagnostics.iter().filter_map(|d| d.line).collect();
            assert_eq!(got_lines, lines, "{name}: {text:?}");
        }
    }
}
