//! Writing an article with its temporal expressions as a TimeML document.
//!
//! The output is TimeML 1.2.1 as TimeBank and the TempEval-3 tools read it: `DOCID`, a
//! `DCT` holding the document date as `TIMEX3 tid="t0"`, and the article text in `TEXT`
//! with a `TIMEX3` element (tid, type, value, mod) around each expression. Text and
//! attribute values are XML-escaped; characters XML 1.0 forbids become spaces.
//!
//! `mod` takes the TIMEX3 values only (`START`, `MID`, `END`, `APPROX`, `BEFORE`,
//! `AFTER`, `ON_OR_BEFORE`, `ON_OR_AFTER`, `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`,
//! `EQUAL_OR_MORE`); any other modifier the tagger gives (`FIRST_HALF` of a decade) goes
//! in the `comment` attribute, so the document stays valid and nothing is lost.
//!
//! A range ("9–11 July 2024", "from 1991 to 1997", "between 1982 and 1992", see
//! [`super::Timex::range`]) is written as the TimeML guidelines annotate an anchored
//! duration: its two DATE expressions, then, right after the second, an empty
//! (non-consuming) DURATION `TIMEX3` whose `beginPoint` and `endPoint` name them and
//! whose value counts the range, both ends included (`P3D`, `P7Y`):
//!
//! ```text
//! on <TIMEX3 tid="t2" type="DATE" value="2024-07-09">9</TIMEX3>-<TIMEX3 tid="t3"
//! type="DATE" value="2024-07-11">11 July 2024</TIMEX3><TIMEX3 tid="t9" type="DURATION"
//! value="P3D" beginPoint="t2" endPoint="t3"/>
//! ```
//!
//! Its `tid` follows those of the text's expressions. TimeBank itself leaves most ranges
//! as the two dates (with `between`/`from` as a SIGNAL); readers that do not know empty
//! TIMEX3s see exactly those.
//!
//! One expression that holds a whole range (Russian "с 9 по 11 июля", one TIMEX3 valued
//! by its first day) gets an empty DATE for its end and the DURATION from one to the
//! other: `…>9 по 11 июля</TIMEX3><TIMEX3 tid="t5" type="DATE" value="2024-07-11"/><TIMEX3
//! tid="t6" type="DURATION" value="P3D" beginPoint="t1" endPoint="t5"/>`.
//!
//! "since 2014" (a state from 2014 to the present) is the date and, when the document has
//! a date, an empty DURATION from it to the DCT, counted in the date's own unit:
//! `since <TIMEX3 tid="t1" type="DATE" value="2014">2014</TIMEX3><TIMEX3 tid="t2"
//! type="DURATION" value="P10Y" beginPoint="t1" endPoint="t0"/>` with DCT 2024-07-12.

use std::fmt::Write;

use chrono::NaiveDate;

use super::Timex;
use crate::time::interval::{parse, Granularity};

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
    out.push_str(&tagged_text_on(text, timexes, dct));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// The TIMEX3 `mod` values (TimeML 1.2.1).
const TIMEX3_MODS: &[&str] = &[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
];

/// The text with `TIMEX3` tags inserted, escaped.
pub fn tagged_text(text: &str, timexes: &[Timex]) -> String {
    tagged_text_on(text, timexes, None)
}

/// [`tagged_text`] of a document dated `dct` (`t0`): a state since a date gets its
/// DURATION to the DCT.
fn tagged_text_on(text: &str, timexes: &[Timex], dct: Option<NaiveDate>) -> String {
    let mut out = String::with_capacity(text.len() + timexes.len() * 80);
    let mut next = timexes.iter().enumerate().peekable();
    // the char offset where the open tag ends, and the open expression's index
    let mut open: Option<(usize, usize)> = None;
    // the expressions written, and the tid the next range's DURATION takes
    let mut written = vec![false; timexes.len()];
    let mut range_tid = timexes.len() + 1;
    let mut close = |out: &mut String, k: usize, written: &[bool]| {
        out.push_str("</TIMEX3>");
        if let Some(value) = k.checked_sub(1).filter(|&j| written[j]).and_then(|j| {
            let (a, b) = (&timexes[j], &timexes[k]);
            a.range
                .as_ref()
                .filter(|&r| b.range.as_ref() == Some(r))
                .and_then(|r| duration(&r.start, &r.end))
        }) {
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{range_tid}\" type=\"DURATION\" value=\"{value}\" beginPoint=\"t{k}\" endPoint=\"t{}\"/>",
                k + 1
            );
            range_tid += 1;
        } else if let Some(value) = timexes[k]
            .range
            .as_ref()
            .filter(|r| r.end == "PRESENT_REF")
            .zip(dct)
            .and_then(|(r, dct)| elapsed(&r.start, dct))
        {
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{range_tid}\" type=\"DURATION\" value=\"{value}\" beginPoint=\"t{}\" endPoint=\"t0\"/>",
                k + 1
            );
            range_tid += 1;
        } else if let Some((end, value)) = timexes[k]
            .range
            .as_ref()
            .filter(|r| r.start == timexes[k].value && r.end != "PRESENT_REF")
            .filter(|r| {
                let shares = |j: Option<usize>| {
                    j.and_then(|j| timexes.get(j))
                        .is_some_and(|t| t.range.as_ref() == Some(*r))
                };
                !shares(k.checked_sub(1)) && !shares(Some(k + 1))
            })
            .and_then(|r| Some((r.end.as_str(), duration(&r.start, &r.end)?)))
        {
            // one expression holding a whole range (Russian `с 9 по 11 июля`): its end is
            // an empty DATE, and the DURATION runs from the expression to it
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{range_tid}\" type=\"DATE\" value=\"{}\"/><TIMEX3 tid=\"t{}\" type=\"DURATION\" value=\"{value}\" beginPoint=\"t{}\" endPoint=\"t{range_tid}\"/>",
                escape(end),
                range_tid + 1,
                k + 1
            );
            range_tid += 2;
        }
    };
    for (ci, c) in text.chars().enumerate() {
        if let Some((_, k)) = open.filter(|&(end, _)| end == ci) {
            close(&mut out, k, &written);
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
                    match t.modifier.as_deref() {
                        Some(m) if TIMEX3_MODS.contains(&m) => {
                            let _ = write!(out, " mod=\"{m}\"");
                        }
                        Some(m) => {
                            let _ = write!(out, " comment=\"mod {}\"", escape(m));
                        }
                        None => {}
                    }
                    out.push('>');
                    open = Some((t.end, k));
                    written[k] = true;
                    next.next();
                }
            }
        }
        push_escaped(&mut out, c);
    }
    if let Some((_, k)) = open {
        close(&mut out, k, &written);
    }
    out
}

/// The DURATION value of the range from TIMEX3 value `first` to `last`, both included,
/// counted in the finer end's unit: days (`2024-07-09` to `2024-07-11` is `P3D`), months
/// (`2024-03` to `2024-05` is `P3M`) or years (`1991` to `1997` is `P7Y`). `None` when an
/// end is no calendar date (`PRESENT_REF`) or the range runs backwards.
fn duration(first: &str, last: &str) -> Option<String> {
    let (a, b) = (parse(first)?, parse(last)?);
    if a.start >= b.end {
        return None;
    }
    counted(a.start, b.end, a.granularity.min(b.granularity))
}

/// The DURATION value from the start of TIMEX3 value `since` to `dct`, counted in the
/// unit of `since` (days, months or years; `2014` to 2024-07-12 is `P10Y`, `2019-03` to
/// 2024-06-01 is `P63M`). `None` when `since` is no calendar date or not before `dct`.
fn elapsed(since: &str, dct: NaiveDate) -> Option<String> {
    let a = parse(since)?;
    counted(a.start, dct, a.granularity)
}

/// `from..to` as a DURATION value in the unit of `granularity`: days for a day or finer,
/// months for a month to a half year, years for a year or coarser. `None` when it is not
/// positive.
fn counted(from: NaiveDate, to: NaiveDate, granularity: Granularity) -> Option<String> {
    use chrono::Datelike;
    let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let (count, unit) = match granularity {
        Granularity::Time | Granularity::Day | Granularity::Week => ((to - from).num_days(), 'D'),
        Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half => {
            (months(to) - months(from), 'M')
        }
        Granularity::Year | Granularity::Decade | Granularity::Century => {
            (i64::from(to.year() - from.year()), 'Y')
        }
    };
    (count > 0).then(|| format!("P{count}{unit}"))
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

    /// Ranges get an empty DURATION linking their ends; `mod` is a TIMEX3 value or a
    /// comment.
    #[test]
    fn ranges_and_mods() {
        let dct = NaiveDate::from_ymd_opt(2024, 7, 1);
        let cases: &[(&str, &[&str])] = &[
            (
                "They meet on 9-11 July 2024.",
                &[
                    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-07-09\">9</TIMEX3>-",
                    "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-07-11\">11 July 2024</TIMEX3>\
                     <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3D\" beginPoint=\"t1\" endPoint=\"t2\"/>.",
                ],
            ),
            (
                "Prices fell between 1982 and 1992.",
                &["value=\"P11Y\" beginPoint=\"t1\" endPoint=\"t2\"/>."],
            ),
            (
                "Ice covered it from January 2020 to March 2020.",
                &["<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3M\" beginPoint=\"t1\" endPoint=\"t2\"/>."],
            ),
            (
                "Growth slowed in mid-2021 and late 2023.",
                &[
                    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021\" mod=\"MID\">mid-2021</TIMEX3>",
                    "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023\" mod=\"END\">late 2023</TIMEX3>.",
                ],
            ),
        ];
        for &(text, wanted) in cases {
            let timexes = super::super::extract(text, dct);
            let tagged = tagged_text(text, &timexes);
            for w in wanted {
                assert!(tagged.contains(w), "{text}\n{tagged}\nwanted {w}");
            }
        }
        // one date, "since", no range: no DURATION
        for text in [
            "Crimea has been occupied since 2014.",
            "They met in 2014 and 2022.",
        ] {
            let tagged = tagged_text(text, &super::super::extract(text, dct));
            assert!(!tagged.contains("DURATION"), "{tagged}");
        }
        // a state since a date: a DURATION to the DCT (t0) when the document has one
        let rows: &[(&str, &str)] = &[
            (
                "Crimea has been occupied since 2014.",
                "value=\"P10Y\" beginPoint=\"t1\" endPoint=\"t0\"/>.",
            ),
            (
                "She has led the party since March 2019.",
                "value=\"P64M\" beginPoint=\"t1\" endPoint=\"t0\"/>.",
            ),
            (
                "Talks have stalled since June 3.",
                "value=\"P39D\" beginPoint=\"t1\" endPoint=\"t0\"/>.",
            ),
        ];
        let dct2024 = NaiveDate::from_ymd_opt(2024, 7, 12);
        for &(text, wanted) in rows {
            let doc = document("d", dct2024, text, &super::super::extract(text, dct2024));
            assert!(doc.contains(wanted), "{doc}\nwanted {wanted}");
        }
        // one expression holding a whole range: an empty DATE for its end, and the DURATION
        let text = "Саммит прошел с 9 по 11 июля.";
        let one = super::super::Timex {
            start: 16,
            end: 28,
            text: "9 по 11 июля".into(),
            kind: super::super::TimexType::Date,
            value: "2024-07-09".into(),
            modifier: None,
            range: Some(super::super::Range {
                start: "2024-07-09".into(),
                end: "2024-07-11".into(),
            }),
            rule: "ru-range/test".into(),
            anchor: "dct".into(),
        };
        let tagged = tagged_text(text, &[one]);
        assert!(
            tagged.ends_with(
                ">9 по 11 июля</TIMEX3><TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-07-11\"/>\
                 <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3D\" beginPoint=\"t1\" endPoint=\"t2\"/>."
            ),
            "{tagged}"
        );
        // a modifier TIMEX3 does not have is kept as a comment
        let mut t = super::super::extract("In 1980.", dct);
        t[0].modifier = Some("FIRST_HALF".into());
        assert!(tagged_text("In 1980.", &t).contains(" comment=\"mod FIRST_HALF\">1980</TIMEX3>"));
    }
}
