//! Writing an article with its temporal expressions as a TimeML document.
//!
//! The output is TimeML 1.2.1 as TimeBank and the TempEval-3 tools read it: `DOCID`, a
//! `DCT` holding the document date as `TIMEX3 tid="t0"`, and the article text in `TEXT`
//! with a `TIMEX3` element (tid, type, value, mod) around each expression. Text and
//! attribute values are XML-escaped; characters XML 1.0 forbids become spaces.

use std::fmt::Write;

use chrono::NaiveDate;

use super::Timex;

/// The TimeML document for `text` and its `timexes` (char offsets, sorted, not
/// overlapping; overlapping ones are skipped).
pub fn document(id: &str, dct: Option<NaiveDate>, text: &str, timexes: &[Timex]) -> String {
    let mut out = String::with_capacity(text.len() + timexes.len() * 80 + 400);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n",
    );
    let _ = writeln!(out, "<DOCID>{}</DOCID>", escape(id));
    if let Some(d) = dct {
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>"
        );
    }
    out.push_str("<TEXT>");
    out.push_str(&tagged_text(text, timexes));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// The text with `TIMEX3` tags inserted, escaped.
pub fn tagged_text(text: &str, timexes: &[Timex]) -> String {
    let mut out = String::with_capacity(text.len() + timexes.len() * 80);
    let mut next = timexes.iter().enumerate().peekable();
    let mut open: Option<usize> = None; // char offset where the open tag ends
    for (ci, c) in text.chars().enumerate() {
        if open == Some(ci) {
            out.push_str("</TIMEX3>");
            open = None;
        }
        // skip expressions that start inside the one already open
        while next
            .peek()
            .is_some_and(|(_, t)| t.start < ci || (open.is_some() && t.start == ci))
        {
            next.next();
        }
        if open.is_none() {
            if let Some(&(k, t)) = next.peek() {
                if t.start == ci && t.end > t.start {
                    let _ = write!(
                        out,
                        "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
                        k + 1,
                        t.kind.as_str(),
                        escape(&t.value)
                    );
                    if let Some(m) = &t.modifier {
                        let _ = write!(out, " mod=\"{}\"", escape(m));
                    }
                    out.push('>');
                    open = Some(t.end);
                    next.next();
                }
            }
        }
        push_escaped(&mut out, c);
    }
    if open.is_some() {
        out.push_str("</TIMEX3>");
    }
    out
}

/// XML-escapes `s` for text or a double-quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\t' | '\n' | '\r' => out.push(c),
        c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_escapes() {
        let text = "On Friday, A&B <met>.";
        let timexes = super::super::extract(text, NaiveDate::from_ymd_opt(2009, 12, 1));
        let doc = document("x&y", NaiveDate::from_ymd_opt(2009, 12, 1), text, &timexes);
        assert!(doc.contains("<DOCID>x&amp;y</DOCID>"));
        assert!(doc.contains(
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2009-11-27\">Friday</TIMEX3>, A&amp;B &lt;met&gt;."
        ));
    }
}
