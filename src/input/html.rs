//! HTML pages → the story: its text, title and machine-readable publication date.
//!
//! Parsing uses `scraper` (html5ever, the browser-grade HTML5 parser). The story is
//! the `<article>` (or `itemprop="articleBody"`) with the most paragraph text, or else the
//! element whose own `<p>` children hold the most text — the classic readability cue.
//! Boilerplate — navigation, footers, share buttons, comment counters, scripts, styles,
//! forms — is left out, by tag and by class/id words ([`BOILERPLATE_TAGS`],
//! [`BOILERPLATE_HINTS`]). Paragraphs are separated by a blank line.

use scraper::{ElementRef, Html, Node, Selector};

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    /// The page's own address (`og:url`, `<link rel="canonical">`).
    pub url: Option<String>,
    /// The publication date as the page writes it (ISO string, usually).
    pub published: Option<String>,
    /// Other useful meta fields (`author`, `site_name`, `description`).
    pub meta: Vec<(String, String)>,
    /// `Some(depth)` when the page nested deeper than [`MAX_NESTING`] and was read as
    /// plain text.
    pub flattened: Option<usize>,
}

/// Elements never part of the story.
pub const BOILERPLATE_TAGS: &[&str] = &[
    "nav", "footer", "aside", "script", "style", "noscript", "form", "button", "iframe", "svg", "template",
    "select", "input", "textarea", "object", "embed", "canvas", "menu", "dialog", "head",
];

/// Words in a class or id (split at `-`, `_` and spaces) that mark page furniture.
pub const BOILERPLATE_HINTS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "related",
    "subscribe",
    "subscription",
    "newsletter",
    "promo",
    "advert",
    "ad",
    "ads",
    "advertisement",
    "cookie",
    "cookies",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "widget",
    "popup",
    "signup",
    "login",
    "toolbar",
    "banner",
    "masthead",
    "tags",
    "recommended",
    "trending",
    "most-read",
    "paywall",
];

/// Where pages declare their publication date, strongest first: (CSS selector, attribute).
pub const DATE_SOURCES: &[(&str, &str)] = &[
    (r#"meta[property="article:published_time"]"#, "content"),
    (r#"meta[property="og:published_time"]"#, "content"),
    (r#"meta[itemprop="datePublished"]"#, "content"),
    (r#"[itemprop="datePublished"][datetime]"#, "datetime"),
    (r#"meta[name="pubdate"]"#, "content"),
    (r#"meta[name="publishdate"]"#, "content"),
    (r#"meta[name="date"]"#, "content"),
    (r#"meta[name="DC.date.issued"]"#, "content"),
    (r#"meta[name="DC.date"]"#, "content"),
    (r#"meta[name="dcterms.date"]"#, "content"),
    (r#"meta[name="sailthru.date"]"#, "content"),
    (r#"meta[name="parsely-pub-date"]"#, "content"),
];

/// Where pages declare when they were last revised, strongest first: (CSS selector,
/// attribute). A revision date is used only when the page gives no publication date;
/// it is kept in the article's metadata as `updated_time`.
pub const REVISION_SOURCES: &[(&str, &str)] = &[
    (r#"meta[property="article:modified_time"]"#, "content"),
    (r#"meta[property="og:updated_time"]"#, "content"),
    (r#"meta[itemprop="dateModified"]"#, "content"),
    (r#"meta[name="last-modified"]"#, "content"),
];

/// Where pages declare their title, strongest first: (CSS selector, attribute or "" for text).
pub const TITLE_SOURCES: &[(&str, &str)] = &[
    (r#"meta[property="og:title"]"#, "content"),
    ("article h1", ""),
    ("h1", ""),
    ("title", ""),
];

/// Where pages declare their own address, strongest first: (CSS selector, attribute).
pub const URL_SOURCES: &[(&str, &str)] = &[
    (r#"meta[property="og:url"]"#, "content"),
    (r#"link[rel="canonical"]"#, "href"),
];

/// Meta fields kept in the article's metadata: (CSS selector, metadata key).
pub const META_FIELDS: &[(&str, &str)] = &[
    (r#"meta[name="author"]"#, "author"),
    (r#"meta[property="og:site_name"]"#, "site_name"),
    (r#"meta[name="description"]"#, "description"),
];

/// Elements that start a new paragraph in the extracted text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figcaption",
    "dd",
    "dt",
    "address",
];

/// Pages nested deeper than this (elements inside elements) are read as plain text: the
/// HTML parser's scope checks take time proportional to the nesting at every tag, so a
/// page of 80,000 nested `<div>`s would take minutes. Real pages nest a few dozen deep.
pub const MAX_NESTING: usize = 1000;

/// Extracts the story from an HTML document. A page nested deeper than [`MAX_NESTING`]
/// is read as plain text, tags removed (see [`Page::flattened`]).
pub fn extract(html: &str) -> Page {
    let depth = nesting_depth(html);
    if depth > MAX_NESTING {
        return Page {
            text: plain_text(html),
            title: None,
            url: None,
            published: None,
            meta: Vec::new(),
            flattened: Some(depth),
        };
    }
    let doc = Html::parse_document(html);
    let text = match story_root(&doc) {
        Some(root) => block_text(root),
        None => block_text(doc.root_element()),
    };
    Page {
        text,
        title: first_value(&doc, TITLE_SOURCES),
        url: first_value(&doc, URL_SOURCES),
        published: first_value(&doc, DATE_SOURCES)
            .or_else(|| json_ld_date(&doc))
            .or_else(|| time_element(&doc)),
        meta: META_FIELDS
            .iter()
            .filter_map(|&(sel, key)| first_value(&doc, &[(sel, "content")]).map(|v| (key.to_string(), v)))
            .chain(
                first_value(&doc, REVISION_SOURCES)
                    .or_else(|| json_ld_key(&doc, "dateModified"))
                    .map(|v| ("updated_time".to_string(), v)),
            )
            .collect(),
        flattened: None,
    }
}

/// Elements that never contain others, and those a page often leaves open (`<p>`, `<li>`)
/// which the parser closes by itself: neither makes the page deeper.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "param", "p", "li", "td", "th", "tr", "option", "dt", "dd",
];

/// How deeply the page nests its elements, estimated from its tags in one pass: an
/// opening tag goes one deeper, a closing tag one back (comments, doctype, self-closing
/// and [`NOT_NESTING`] tags aside).
pub fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        at += offset + 1;
        let rest = &bytes[at..];
        if rest.starts_with(b"!--") {
            at += find(rest, b"-->").map_or(rest.len(), |i| i + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !rest[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = &rest[name_start..name_start + name_len];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        at += end;
        let not_nesting = NOT_NESTING
            .iter()
            .any(|n| n.as_bytes().eq_ignore_ascii_case(name));
        if not_nesting || (!closing && rest[..end].ends_with(b"/")) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The page's text with every tag removed, `<script>` and `<style>` content dropped,
/// the common entities decoded and whitespace collapsed: for pages too deep to parse.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        let tag = &rest[open..];
        let lower_start: String = tag.chars().take(8).collect::<String>().to_ascii_lowercase();
        let skip_to = if lower_start.starts_with("<script") {
            find_ci(tag, "</script>")
        } else if lower_start.starts_with("<style") {
            find_ci(tag, "</style>")
        } else if lower_start.starts_with("<!--") {
            tag.find("-->").map(|i| i + 3)
        } else {
            tag.find('>').map(|i| i + 1)
        };
        rest = &tag[skip_to.unwrap_or(tag.len()).min(tag.len())..];
    }
    text.push_str(rest);
    let decoded = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    collapse_ws(&decoded)
}

/// Where `needle` (ASCII) ends in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        .map(|i| i + needle.len())
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first non-empty value among `sources`.
fn first_value(doc: &Html, sources: &[(&str, &str)]) -> Option<String> {
    sources.iter().find_map(|&(css, attr)| {
        let sel = selector(css)?;
        doc.select(&sel).find_map(|el| {
            let value = if attr.is_empty() {
                collapse_ws(&el.text().collect::<String>())
            } else {
                collapse_ws(el.value().attr(attr)?)
            };
            (!value.is_empty()).then_some(value)
        })
    })
}

/// `datePublished` anywhere in a JSON-LD block (also inside `@graph` arrays).
fn json_ld_date(doc: &Html) -> Option<String> {
    json_ld_key(doc, "datePublished")
}

/// A string `key` anywhere in a JSON-LD block.
fn json_ld_key(doc: &Html, key: &str) -> Option<String> {
    let sel = selector(r#"script[type="application/ld+json"]"#)?;
    doc.select(&sel).find_map(|el| {
        let json: serde_json::Value = serde_json::from_str(&el.text().collect::<String>()).ok()?;
        find_key(&json, key)
    })
}

fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => match map.get(key) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            _ => map.values().find_map(|v| find_key(v, key)),
        },
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// A `<time datetime>` in the story or its header (the first one, not in boilerplate).
fn time_element(doc: &Html) -> Option<String> {
    let sel = selector("time[datetime]")?;
    doc.select(&sel)
        .filter(|el| !in_boilerplate(*el))
        .find_map(|el| el.value().attr("datetime").map(str::to_string))
}

/// The element that holds the story.
fn story_root(doc: &Html) -> Option<ElementRef<'_>> {
    let para = selector("p")?;
    let para_text = |el: ElementRef| -> usize {
        el.select(&para)
            .filter(|p| !in_boilerplate(*p))
            .map(|p| p.text().map(str::len).sum::<usize>())
            .sum()
    };
    for css in ["article", r#"[itemprop="articleBody"]"#] {
        let sel = selector(css)?;
        let best = doc
            .select(&sel)
            .filter(|el| !in_boilerplate(*el))
            .max_by_key(|el| para_text(*el));
        if let Some(el) = best.filter(|el| para_text(*el) > 0) {
            return Some(el);
        }
    }
    // Readability: credit each paragraph's text to its parent, and half of it to its
    // grandparent (stories split into one wrapper per paragraph); the best scorer wins.
    let mut scores = Scores::default();
    for p in doc.select(&para).filter(|p| !in_boilerplate(*p)) {
        let len: usize = p.text().map(str::len).sum();
        let parent = p.parent().and_then(ElementRef::wrap);
        if let Some(parent) = parent {
            scores.credit(parent, len);
            if let Some(grandparent) = parent.parent().and_then(ElementRef::wrap) {
                scores.credit(grandparent, len / 2);
            }
        }
    }
    // The first of equally good candidates wins (max_by_key would take the last).
    scores
        .order
        .iter()
        .rev()
        .max_by_key(|(_, len)| *len)
        .map(|(el, _)| *el)
}

/// Elements with their scores, in the order first credited (looked up by node id, so a
/// page of a hundred thousand paragraphs costs a hundred thousand lookups, not squared).
#[derive(Default)]
struct Scores<'a> {
    order: Vec<(ElementRef<'a>, usize)>,
    index: std::collections::HashMap<ego_tree::NodeId, usize>,
}

impl<'a> Scores<'a> {
    /// Adds `amount` to the score of `el`.
    fn credit(&mut self, el: ElementRef<'a>, amount: usize) {
        match self.index.get(&el.id()) {
            Some(&i) => self.order[i].1 += amount,
            None => {
                self.index.insert(el.id(), self.order.len());
                self.order.push((el, amount));
            }
        }
    }
}

/// Whether the element or an ancestor is page furniture.
fn in_boilerplate(el: ElementRef) -> bool {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .any(is_boilerplate)
}

fn is_boilerplate(el: ElementRef) -> bool {
    let e = el.value();
    if BOILERPLATE_TAGS.contains(&e.name()) {
        return true;
    }
    if matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary")
    ) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    let marks = e.classes().chain(e.id());
    marks.into_iter().any(|mark| {
        let mark = mark.to_ascii_lowercase();
        BOILERPLATE_HINTS.contains(&mark.as_str())
            || mark
                .split(['-', '_'])
                .any(|word| BOILERPLATE_HINTS.contains(&word))
    })
}

/// A block whose text is mostly this share of link text is a list of links to other
/// pages (other stories' headlines, a "Read more" box), not story text.
pub const LINK_DENSITY: f32 = 0.7;

/// Whether `el`'s text is mostly link text ([`LINK_DENSITY`]): headline lists and
/// related-story boxes that carry no furniture class. A publishing line whose date is a
/// link ("Posted on <a>12 Jan 2022</a>") is kept: the document date reads it.
fn is_link_dense(el: ElementRef) -> bool {
    static ANCHOR: std::sync::LazyLock<Option<Selector>> = std::sync::LazyLock::new(|| selector("a[href]"));
    let Some(anchor) = ANCHOR.as_ref() else {
        return false;
    };
    let chars = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let total: usize = el.text().map(chars).sum();
    if total == 0 {
        return false;
    }
    let linked: usize = el
        .select(anchor)
        .map(|a| a.text().map(chars).sum::<usize>())
        .sum();
    if (linked as f32) < LINK_DENSITY * total as f32 {
        return false;
    }
    let text = collapse_ws(&el.text().collect::<String>());
    !crate::input::story::is_publishing_line(&text)
}

/// The text of `root`, one paragraph per block element, boilerplate skipped.
fn block_text(root: ElementRef) -> String {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    walk(root, &mut current, &mut paragraphs);
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// One step of [`walk`]'s depth-first traversal, kept on an explicit stack so that a page
/// nested a hundred thousand levels deep cannot overflow the call stack.
enum Step<'a> {
    Text(&'a str),
    Element(ElementRef<'a>),
    /// The end of a block element: its paragraph is complete.
    EndBlock,
}

fn walk(root: ElementRef, current: &mut String, paragraphs: &mut Vec<String>) {
    let mut stack: Vec<Step> = Vec::new();
    push_children(root, &mut stack);
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(t) => current.push_str(t),
            Step::EndBlock => flush(current, paragraphs),
            Step::Element(el) => {
                if is_boilerplate(el) {
                    continue;
                }
                let name = el.value().name();
                if name == "br" {
                    current.push(LINE_BREAK);
                    continue;
                }
                if BLOCK_TAGS.contains(&name) {
                    if is_link_dense(el) {
                        continue;
                    }
                    flush(current, paragraphs);
                    stack.push(Step::EndBlock);
                }
                push_children(el, &mut stack);
            }
        }
    }
}

/// Pushes the text and element children of `el` so that they pop in document order.
fn push_children<'a>(el: ElementRef<'a>, stack: &mut Vec<Step<'a>>) {
    let first = stack.len();
    for child in el.children() {
        match child.value() {
            Node::Text(t) => stack.push(Step::Text(t)),
            Node::Element(_) => {
                if let Some(child_el) = ElementRef::wrap(child) {
                    stack.push(Step::Element(child_el));
                }
            }
            _ => {}
        }
    }
    stack[first..].reverse();
}

/// Marks a `<br>` while a paragraph is collected (source newlines are only whitespace).
const LINE_BREAK: char = '\u{2028}';

/// Ends the current paragraph: whitespace collapsed, `<br>` kept as a line break.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let lines: Vec<String> = current
        .split(LINE_BREAK)
        .map(collapse_ws)
        .filter(|line| !line.is_empty())
        .collect();
    if !lines.is_empty() {
        paragraphs.push(lines.join("\n"));
    }
    current.clear();
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
