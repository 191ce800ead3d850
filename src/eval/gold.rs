//! Gold annotations: TimeML `.tml` files or JSONL in the format of `tbaq-train.jsonl`.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Deserialize;

/// One gold document: its text, document date and annotated temporal expressions.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    /// The document creation time as `YYYY-MM-DD` (may be longer; the date part is used).
    #[serde(default)]
    pub dct: Option<String>,
    pub text: String,
    #[serde(default)]
    pub timexes: Vec<GoldTimex>,
    /// EVENT annotations, kept raw for the event-anchoring evaluation.
    #[serde(default)]
    pub events: Vec<serde_json::Value>,
    /// TLINK annotations, kept raw for the event-anchoring evaluation.
    #[serde(default)]
    pub tlinks: Vec<serde_json::Value>,
}

impl GoldDoc {
    /// The document date, when the gold data gives one that parses.
    pub fn dct_date(&self) -> Option<NaiveDate> {
        let s = self.dct.as_deref()?;
        NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
    }
}

/// A gold TIMEX3: char offsets into the document text, end exclusive.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(default)]
    pub tid: Option<String>,
}

/// Loads gold documents from a JSONL file, a `.tml` file, or a folder of either.
/// Errors name the file (and line) that could not be read.
pub fn load(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let mut files = Vec::new();
    collect(path, &mut files)?;
    if files.is_empty() {
        return Err(format!("{}: no .jsonl or .tml gold files found", path.display()));
    }
    let mut docs = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        let text = String::from_utf8_lossy(&bytes);
        if file.extension().is_some_and(|e| e == "tml") {
            docs.push(parse_timeml(&text, &file)?);
        } else {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let doc: GoldDoc = serde_json::from_str(line)
                    .map_err(|e| format!("{}:{}: not a gold record: {e}", file.display(), i + 1))?;
                docs.push(doc);
            }
        }
    }
    Ok(docs)
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: cannot list: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() {
                collect(&entry, files)?;
            } else if entry.extension().is_some_and(|e| e == "tml" || e == "jsonl") {
                files.push(entry);
            }
        }
        Ok(())
    } else if path.exists() {
        files.push(path.to_path_buf());
        Ok(())
    } else {
        Err(format!("{}: no such file or folder", path.display()))
    }
}

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<(/?)([A-Za-z0-9]+)([^>]*)>").unwrap());
static ATTR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"([A-Za-z]+)="([^"]*)""#).unwrap());

fn attr(attrs: &str, name: &str) -> Option<String> {
    ATTR.captures_iter(attrs)
        .find(|c| &c[1] == name)
        .map(|c| decode_entities(&c[2]))
}

/// Decodes the five XML entities (and numeric ones) of TimeML text.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if name.starts_with("#x") => {
                    u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            }
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses a TimeML document: the text of `<TEXT>` with tags removed, its TIMEX3s with
/// char offsets, and the DCT.
pub fn parse_timeml(xml: &str, file: &Path) -> Result<GoldDoc, String> {
    let id = Regex::new(r"<DOCID>([^<]*)</DOCID>")
        .unwrap()
        .captures(xml)
        .map(|c| c[1].trim().to_string())
        .unwrap_or_else(|| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
    let dct = TAG
        .captures_iter(xml)
        .filter(|c| &c[2] == "TIMEX3" && c[3].contains("CREATION_TIME"))
        .find_map(|c| attr(&c[3], "value"));
    let start = xml
        .find("<TEXT>")
        .ok_or_else(|| format!("{}: no <TEXT> element", file.display()))?
        + 6;
    let end = xml[start..]
        .find("</TEXT>")
        .map(|e| start + e)
        .unwrap_or(xml.len());
    let body = &xml[start..end];

    let mut text = String::new();
    let mut chars = 0usize;
    let mut open: Option<(usize, String)> = None;
    let mut timexes = Vec::new();
    let mut last = 0;
    for cap in TAG.captures_iter(body) {
        let m = cap.get(0).unwrap();
        let piece = decode_entities(&body[last..m.start()]);
        chars += piece.chars().count();
        text.push_str(&piece);
        last = m.end();
        // an empty (non-consuming) TIMEX3, such as a range's DURATION, has no extent
        if &cap[2] != "TIMEX3" || cap[3].ends_with('/') {
            continue;
        }
        if &cap[1] == "/" {
            if let Some((s, attrs)) = open.take() {
                timexes.push(GoldTimex {
                    start: s,
                    end: chars,
                    text: text.chars().skip(s).take(chars - s).collect(),
                    kind: attr(&attrs, "type").unwrap_or_default(),
                    value: attr(&attrs, "value").unwrap_or_default(),
                    tid: attr(&attrs, "tid"),
                });
            }
        } else {
            open = Some((chars, cap[3].to_string()));
        }
    }
    text.push_str(&decode_entities(&body[last..]));
    Ok(GoldDoc {
        id,
        dct,
        text,
        timexes,
        events: Vec::new(),
        tlinks: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeml_offsets_are_chars_into_the_stripped_text() {
        let xml = r#"<DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Caf&amp;é <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-06">Tuesday</TIMEX3>.</TEXT>"#;
        let doc = parse_timeml(xml, Path::new("d1.tml")).unwrap();
        assert_eq!(doc.id, "d1");
        assert_eq!(doc.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(doc.text, "Caf&é met on Tuesday.");
        let t = &doc.timexes[0];
        assert_eq!(
            (t.start, t.end, t.text.as_str(), t.value.as_str()),
            (13, 20, "Tuesday", "1998-01-06")
        );
    }

    #[test]
    fn empty_timexes_have_no_extent() {
        let xml = r#"<TEXT>on <TIMEX3 tid="t1" type="DATE" value="2024-07-09">9</TIMEX3>-<TIMEX3 tid="t2" type="DATE" value="2024-07-11">11 July</TIMEX3><TIMEX3 tid="t3" type="DURATION" value="P3D" beginPoint="t1" endPoint="t2"/> and <TIMEX3 tid="t4" type="DATE" value="2024">2024</TIMEX3>.</TEXT>"#;
        let doc = parse_timeml(xml, Path::new("d.tml")).unwrap();
        let got: Vec<(&str, &str)> = doc
            .timexes
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [("9", "2024-07-09"), ("11 July", "2024-07-11"), ("2024", "2024")]
        );
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &lt;b&gt; &#65;&#x42; & c"), "a <b> AB & c");
    }
}
