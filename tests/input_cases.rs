//! Reading inputs: formats, encodings, odd files. Each case writes a file into a temporary
//! folder and reads it back through `chronicle::input`.

use std::path::{Path, PathBuf};

use chronicle::input::diag::Severity;
use chronicle::input::{self, Loaded};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, bytes).expect("write test file");
    path
}

fn read(name: &str, bytes: &[u8]) -> Loaded {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), name, bytes);
    input::read_inputs(&[path])
}

/// What a read should give: the texts of its articles, and its diagnostics as
/// (severity, line, words the message must contain).
struct Case {
    name: &'static str,
    file: &'static str,
    bytes: &'static [u8],
    texts: &'static [&'static str],
    diagnostics: &'static [(Severity, Option<usize>, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        name: "plain UTF-8",
        file: "a.txt",
        bytes: b"MOSCOW, Oct 18 (Reuters) - Text.",
        texts: &["MOSCOW, Oct 18 (Reuters) - Text."],
        diagnostics: &[],
    },
    Case {
        name: "BOM dropped",
        file: "a.txt",
        bytes: b"\xEF\xBB\xBFLONDON, March 3 \xE2\x80\x94 Text.",
        texts: &["LONDON, March 3 \u{2014} Text."],
        diagnostics: &[],
    },
    Case {
        name: "CRLF normalised",
        file: "a.md",
        bytes: b"Line one\r\nLine two\r\n",
        texts: &["Line one\nLine two\n"],
        diagnostics: &[],
    },
    Case {
        name: "UTF-16LE with a BOM",
        file: "a.txt",
        bytes: b"\xFF\xFEK\x00y\x00i\x00v\x00\r\x00\n\x00",
        texts: &["Kyiv\n"],
        diagnostics: &[],
    },
    Case {
        name: "UTF-16BE with a BOM",
        file: "a.txt",
        bytes: b"\xFE\xFF\x00K\x00y\x00i\x00v",
        texts: &["Kyiv"],
        diagnostics: &[],
    },
    Case {
        name: "invalid UTF-8 read lossily",
        file: "a.txt",
        bytes: b"Caf\xE9 talks",
        texts: &["Caf\u{FFFD} talks"],
        diagnostics: &[(Severity::Warning, None, "not valid UTF-8")],
    },
    Case {
        name: "binary file skipped",
        file: "a.txt",
        bytes: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        texts: &[],
        diagnostics: &[(Severity::Error, None, "binary")],
    },
    Case {
        name: "empty file",
        file: "a.txt",
        bytes: b"",
        texts: &[],
        diagnostics: &[(Severity::Warning, None, "empty")],
    },
    Case {
        name: "whitespace-only file",
        file: "a.md",
        bytes: b"  \n\n \t\n",
        texts: &[],
        diagnostics: &[(Severity::Warning, None, "empty")],
    },
    Case {
        name: "JSONL: good lines kept around bad ones",
        file: "c.jsonl",
        bytes: b"{\"text\": \"one\"}\n{\"text\": \"two\"\n\n{\"id\": \"x\"}\n[1, 2]\n{\"text\": \"\"}\n{\"text\": 5}\n{\"text\": \"three\"}\n",
        texts: &["one", "three"],
        diagnostics: &[
            (Severity::Error, Some(2), "not valid JSON"),
            (Severity::Error, Some(4), "no \"text\" field"),
            (Severity::Error, Some(5), "expected a JSON object"),
            (Severity::Error, Some(6), "empty"),
            (Severity::Error, Some(7), "must be a string"),
        ],
    },
    Case {
        name: "JSONL: a dct that is not a date is a warning",
        file: "c.jsonl",
        bytes: b"{\"text\": \"one\", \"dct\": \"early December\"}\n",
        texts: &["one"],
        diagnostics: &[(Severity::Warning, Some(1), "not a date")],
    },
    Case {
        name: "JSON array, one bad record",
        file: "c.json",
        bytes: b"[{\"text\": \"one\"}, {\"title\": \"no text\"}, {\"text\": \"two\"}]",
        texts: &["one", "two"],
        diagnostics: &[(Severity::Error, None, "record 2 of the array")],
    },
    Case {
        name: "JSONL saved as .json",
        file: "c.json",
        bytes: b"{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
        texts: &["one", "two"],
        diagnostics: &[],
    },
    Case {
        name: "JSON that does not parse",
        file: "c.json",
        bytes: b"{\"text\": ",
        texts: &[],
        diagnostics: &[(Severity::Error, Some(1), "not valid JSON")],
    },
    Case {
        name: "HTML without any story",
        file: "p.html",
        bytes: b"<html><body><nav><a href='/'>Home</a></nav><script>var x;</script></body></html>",
        texts: &[],
        diagnostics: &[(Severity::Error, None, "no story text")],
    },
    Case {
        name: "TimeML without TEXT",
        file: "d.tml",
        bytes: b"<TimeML><DOCID>X</DOCID></TimeML>",
        texts: &[],
        diagnostics: &[(Severity::Error, None, "<TEXT>")],
    },
    Case {
        name: "unknown extension sniffed as JSONL",
        file: "feed.dump",
        bytes: b"{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
        texts: &["one", "two"],
        diagnostics: &[],
    },
];

#[test]
fn read_cases() {
    for case in CASES {
        let loaded = read(case.file, case.bytes);
        let texts: Vec<&str> = loaded.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, case.texts, "{}", case.name);
        assert_eq!(
            loaded.diagnostics.len(),
            case.diagnostics.len(),
            "{}: {:?}",
            case.name,
            loaded.diagnostics
        );
        for (got, (severity, line, words)) in loaded.diagnostics.iter().zip(case.diagnostics) {
            assert_eq!(
                (got.severity, got.line),
                (*severity, *line),
                "{}: {got}",
                case.name
            );
            assert!(
                got.message.contains(words),
                "{}: {got} lacks {words:?}",
                case.name
            );
            let shown = got.to_string();
            assert!(
                shown.contains(case.file),
                "{}: the message must name the file: {shown}",
                case.name
            );
        }
    }
}

#[test]
fn jsonl_fields() {
    let loaded = read(
        "corpus.jsonl",
        br#"{"id": "a1", "text": "T", "dct": "2009-12-01T18:05:00+03:00", "title": "Ti", "url": "http://x", "source": "wire", "n": 3, "gold": [1]}
{"text": "U", "date": "2009-12-02"}
"#,
    );
    let a = &loaded.articles[0];
    assert_eq!(a.id, "a1");
    assert_eq!(a.record_dct.map(|d| d.to_string()).as_deref(), Some("2009-12-01"));
    assert_eq!(
        (a.title.as_deref(), a.url.as_deref(), a.line),
        (Some("Ti"), Some("http://x"), Some(1))
    );
    assert_eq!(a.metadata.get("source").map(String::as_str), Some("wire"));
    assert_eq!(a.metadata.get("n").map(String::as_str), Some("3"));
    assert!(!a.metadata.contains_key("gold"), "arrays are not metadata");
    let b = &loaded.articles[1];
    assert_eq!(b.id, "corpus:2", "default id is <file stem>:<line>");
    assert_eq!(b.record_dct.map(|d| d.to_string()).as_deref(), Some("2009-12-02"));
}

#[test]
fn one_jsonl_line_on_its_own() {
    let place = input::RecordPlace {
        path: None,
        line: Some(7),
        default_id: "stdin:7",
    };
    let (article, warnings) = input::read_jsonl_line(r#"{"text": "x\r\ny"}"#, place).expect("a good line");
    assert_eq!(
        (article.id.as_str(), article.text.as_str(), article.line),
        ("stdin:7", "x\ny", Some(7))
    );
    assert!(warnings.is_empty());
    let err = input::read_jsonl_line("{oops", place).expect_err("a bad line");
    assert_eq!(err.line, Some(7));
}

const PAGE: &str = r#"<!DOCTYPE html><html><head>
<title>Talks | Site</title>
<meta property="og:title" content="NATO and Russia talk">
<meta name="author" content="A. Writer">
<link rel="canonical" href="https://example.org/2009/12/01/talks">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2009-11-30"}]}</script>
<style>p { color: red }</style>
</head><body>
<nav class="menu"><ul><li>World</li><li>Subscribe</li></ul></nav>
<div class="share-buttons"><a>Share</a><span class="comment-count">12</span></div>
<div id="content"><div class="body">
<p>BRUSSELS, December 1 (RIA Novosti) - The envoy met the
   secretary general on Tuesday.</p>
<p>Second paragraph &amp; more.<br>After a break.</p>
<script>trackPage();</script>
</div>
<div class="related-stories"><p>Other story about something else entirely, quite long indeed to tempt a naive extractor.</p></div>
</div>
<footer><p>Copyright 2009 Site. All rights reserved. Contact us.</p></footer>
</body></html>"#;

#[test]
fn html_story_title_and_date() {
    let loaded = read("page.html", PAGE.as_bytes());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let a = &loaded.articles[0];
    assert_eq!(
        a.text,
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday.\n\n\
         Second paragraph & more.\nAfter a break."
    );
    assert_eq!(a.title.as_deref(), Some("NATO and Russia talk"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/2009/12/01/talks"));
    assert_eq!(
        a.metadata_date.as_deref(),
        Some("2009-11-30"),
        "JSON-LD datePublished"
    );
    assert_eq!(a.metadata.get("author").map(String::as_str), Some("A. Writer"));
}

/// (markup in <head> or <body>, expected publication date as written)
const HTML_DATES: &[(&str, &str)] = &[
    (
        r#"<meta property="article:published_time" content="2022-06-29T18:05:00+02:00">"#,
        "2022-06-29T18:05:00+02:00",
    ),
    (r#"<meta name="date" content="2009-12-01">"#, "2009-12-01"),
    (r#"<meta name="pubdate" content="20091201">"#, "20091201"),
    (r#"<meta name="DC.date" content="2009-12-01">"#, "2009-12-01"),
    (
        r#"<meta itemprop="datePublished" content="2009-12-01">"#,
        "2009-12-01",
    ),
    (
        r#"<span itemprop="datePublished" datetime="2009-12-01T10:00">Dec 1</span>"#,
        "2009-12-01T10:00",
    ),
    (r#"<time datetime="2009-12-01">1 December</time>"#, "2009-12-01"),
];

#[test]
fn html_date_sources() {
    for (markup, want) in HTML_DATES {
        let page =
            format!("<html><head>{markup}</head><body><article><p>Story text.</p></article></body></html>");
        let page = chronicle::input::html::extract(&page);
        assert_eq!(page.published.as_deref(), Some(*want), "{markup}");
        assert_eq!(page.text, "Story text.", "{markup}");
    }
}

#[test]
fn html_prefers_the_article_element() {
    let page = chronicle::input::html::extract(
        "<body><div><p>A long teaser paragraph in a sidebar block that is not the story at all.</p>\
         <p>Another teaser.</p></div><article><h1>Head</h1><p>The story.</p></article></body>",
    );
    assert_eq!(page.text, "Head\n\nThe story.");
}

#[test]
fn html_story_split_into_one_wrapper_per_paragraph() {
    let page = chronicle::input::html::extract(
        "<body><div class='teaser'><p>A single long teaser paragraph that is longer than any one of \
         the story paragraphs below it.</p></div>\
         <div id='story'><div class='para'><p>MOSCOW, Oct 18 (Reuters) - First paragraph of the story, with news.</p></div>\
         <div class='para'><p>Second paragraph of the story, quoting the minister at length.</p></div>\
         <div class='para'><p>Third paragraph of the story, with background from earlier years.</p></div>\
         <div class='para'><p>Fourth paragraph of the story, about what happens next week.</p></div></div></body>",
    );
    assert!(
        page.text.starts_with("MOSCOW, Oct 18 (Reuters) - First"),
        "{}",
        page.text
    );
    assert!(page.text.ends_with("next week."), "{}", page.text);
}

#[test]
fn timeml_text_and_dct() {
    let tml = r#"<?xml version="1.0" ?>
<TimeML><DOCID>ABC19980108.1830.0711</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It is <EVENT eid="e1" class="OCCURRENCE">turning</EVENT> out, AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-01-08">today</TIMEX3>.
</TEXT></TimeML>"#;
    let loaded = read("doc.tml", tml.as_bytes());
    let a = &loaded.articles[0];
    assert_eq!(a.id, "ABC19980108.1830.0711");
    assert_eq!(a.text, "\nIt is turning out, AT&T said today.\n");
    assert_eq!(a.record_dct.map(|d| d.to_string()).as_deref(), Some("1998-01-08"));
}

#[test]
fn timeml_text_matches_the_tbaq_corpus() {
    // The development corpus's `text` field is the same text; skip quietly where absent.
    let tml = Path::new("../shared/data/tbaq-tml/timebank/ABC19980108.1830.0711.tml");
    let jsonl = Path::new("../shared/data/tbaq-train.jsonl");
    let (Ok(tml), Ok(jsonl)) = (std::fs::read(tml), std::fs::read_to_string(jsonl)) else {
        return;
    };
    let from_tml = input::read_bytes(&tml, None, Some(input::Format::TimeMl));
    let first = jsonl.lines().next().unwrap_or_default();
    let place = input::RecordPlace {
        path: None,
        line: Some(1),
        default_id: "x",
    };
    let (record, _) = input::read_jsonl_line(first, place).expect("first TBAQ record");
    assert_eq!(from_tml.articles[0].text, record.text);
    assert_eq!(from_tml.articles[0].record_dct, record.record_dct);
}

#[test]
fn folders_are_walked_in_sorted_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "b.txt", b"B");
    write(dir.path(), "a/z.md", b"Z");
    write(dir.path(), "a/y.html", b"<p>Y</p>");
    write(dir.path(), "c.pdf", b"%PDF");
    write(
        dir.path(),
        "story.expected.json",
        b"{\"about\": \"gold annotations\"}",
    );
    write(dir.path(), ".hidden.txt", b"H");
    let loaded = input::read_inputs(&[dir.path().to_path_buf()]);
    let texts: Vec<&str> = loaded.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["Y", "Z", "B"]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
}

#[cfg(unix)]
#[test]
fn a_link_back_up_the_tree_is_walked_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "sub/a.txt", b"A");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).expect("symlink");
    let loaded = input::read_inputs(&[dir.path().to_path_buf()]);
    let texts: Vec<&str> = loaded.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["A"]);
}

#[test]
fn a_folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "notes.pdf", b"%PDF");
    let loaded = input::read_inputs(&[dir.path().to_path_buf()]);
    assert!(loaded.articles.is_empty());
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].severity, Severity::Error);
    assert!(
        loaded.diagnostics[0].message.contains(".txt"),
        "{}",
        loaded.diagnostics[0]
    );
}

#[test]
fn a_missing_path_is_an_error_and_others_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(dir.path(), "good.txt", b"Text");
    let loaded = input::read_inputs(&[dir.path().join("missing.txt"), good]);
    assert_eq!(loaded.articles.len(), 1);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert!(loaded.diagnostics[0].to_string().contains("missing.txt"));
}

#[test]
fn the_samples_folder_reads_cleanly() {
    let loaded = input::read_inputs(&[PathBuf::from("samples")]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert!(loaded.articles.len() >= 10, "{}", loaded.articles.len());
}

#[test]
fn html_nesting_depth_estimates() {
    use chronicle::input::html::nesting_depth;
    // (page, depth)
    let cases: &[(&str, usize)] = &[
        ("<html><body><div><p>Text</p></div></body></html>", 3),
        ("<div><div><div></div></div></div>", 3),
        // Paragraphs and list items left open do not make a page deeper.
        ("<div><p>One<p>Two<p>Three<ul><li>a<li>b</ul></div>", 2),
        // Void and self-closing elements, comments and the doctype neither.
        (
            "<!DOCTYPE html><div><br><img src=x><hr/><span/><!-- <div><div> --></div>",
            1,
        ),
        ("a < b and c > d", 0),
        ("<", 0),
        ("</", 0),
        ("<div", 1),
    ];
    for (page, want) in cases {
        assert_eq!(nesting_depth(page), *want, "{page}");
    }
}

#[test]
fn a_page_nested_too_deep_is_read_as_plain_text_with_a_warning() {
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<script>var x = '<b>';</script>BRUSSELS, December 1 (RIA Novosti) - \
         Rogozin met Rasmussen on Tuesday &amp; left.{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let loaded = read("deep.html", page.as_bytes());
    assert_eq!(loaded.articles.len(), 1);
    let text = &loaded.articles[0].text;
    assert_eq!(
        text,
        "BRUSSELS, December 1 (RIA Novosti) - Rogozin met Rasmussen on Tuesday & left."
    );
    let warning = loaded
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Warning)
        .expect("a warning");
    assert!(
        warning.message.contains("deep (more than 1000)"),
        "{}",
        warning.message
    );
    // Just under the limit the page is parsed as HTML, without overflowing the stack.
    let depth = chronicle::input::html::MAX_NESTING - 10;
    let page = format!(
        "<html><body>{}<p>On Tuesday.</p><nav>Menu</nav>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let page = chronicle::input::html::extract(&page);
    assert_eq!(page.flattened, None);
    assert_eq!(page.text, "On Tuesday.");
}
