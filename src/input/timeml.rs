//! TimeML (`.tml`) documents → the text of `<TEXT>` and the document creation time.
//!
//! The text is the content of `<TEXT>` with every tag removed and XML entities decoded,
//! exactly the text TimeML offsets count in (it matches the `text` field of the TBAQ JSONL
//! corpus character for character). The DCT is the `value` of the TIMEX3 whose
//! `functionInDocument` is `CREATION_TIME`.

use std::sync::LazyLock;

use regex::Regex;

/// What a TimeML document yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeMlDoc {
    pub docid: Option<String>,
    /// `None` when the document has no `<TEXT>` element.
    pub text: Option<String>,
    /// The DCT's TIMEX3 `value`, as written.
    pub dct_value: Option<String>,
}

static TEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<TEXT>(.*?)</TEXT>").expect("valid regex"));
static DOCID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<DOCID>(.*?)</DOCID>").expect("valid regex"));
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("valid regex"));
static TIMEX_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<TIMEX3\b[^>]*>").expect("valid regex"));
static VALUE_ATTR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\bvalue\s*=\s*"([^"]*)""#).expect("valid regex"));

/// Reads a TimeML document.
pub fn read(xml: &str) -> TimeMlDoc {
    TimeMlDoc {
        docid: DOCID
            .captures(xml)
            .map(|c| decode_entities(c[1].trim()))
            .filter(|s| !s.is_empty()),
        text: TEXT
            .captures(xml)
            .map(|c| decode_entities(&TAG.replace_all(&c[1], ""))),
        dct_value: TIMEX_TAG
            .find_iter(xml)
            .find(|tag| tag.as_str().contains(r#"functionInDocument="CREATION_TIME""#))
            .and_then(|tag| VALUE_ATTR.captures(tag.as_str()).map(|c| c[1].to_string())),
    }
}

/// Decodes the XML entities: the five named ones and numeric `&#NN;` / `&#xNN;`.
/// Anything else is left as written.
pub fn decode_entities(s: &str) -> String {
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let name = &after[..semi];
            let ch = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
            };
            ch.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("AT&amp;T &lt;b&gt; &#233; &#xE9; & &bogus;"),
            "AT&T <b> é é & &bogus;"
        );
    }
}
