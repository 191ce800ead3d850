//! The document creation time (DCT): the anchor for every relative date.
//!
//! Sources, strongest first (the README's "document date" section; ARCHITECTURE.md for the stages): an explicit `--dct`, the record's own date
//! (JSONL `dct`, TimeML DCT), a machine date in the page, the dateline (with its year
//! inferred when missing, see [`year`]). [`determine`] always reports the dateline it
//! found, even when the date came from a stronger source. [`crate::run::companions::determine_all`] does a whole
//! run, letting articles whose year cannot be told borrow it from the others.

mod absolute;
pub mod address;
mod chrome;
pub mod companions;
pub mod cues;
pub mod evidence;
pub mod knowledge;
pub mod lead;
pub mod offices;
pub mod printed;
mod ru_dates;
pub mod score;
pub mod year;

pub use absolute::parse_absolute;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Dateline;
use crate::input::article::Article;

/// Where the document date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// `--dct` on the command line.
    Flag,
    /// The input record: JSONL `dct`/`date`, TimeML DCT.
    Record,
    /// A machine-readable date in the page (HTML meta, "Published …" line).
    Metadata,
    /// A dateline with its year.
    Dateline,
    /// A dateline without a year, the year inferred.
    Inferred,
    /// `--dct-map`: a date given for this file or record.
    Map,
    /// A date in the article's address or file name.
    Url,
    /// No printed date and no dated dateline: the date the story's lead opens with ("В
    /// субботу, 6 марта 2016 года, …"), a low-confidence guess ([`lead`]).
    Lead,
    /// No date could be found.
    None,
}

/// The document date and how it was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentDate {
    /// `None` when no date could be established.
    pub date: Option<NaiveDate>,
    pub source: DctSource,
    /// 0.0–1.0: how sure chronicle is.
    pub confidence: f32,
    /// Human-readable reasons, e.g. "dateline December 1 has no year; 'on Tuesday' …".
    pub reason: String,
    /// The dateline, when one was found (even if the date came from elsewhere).
    pub dateline: Option<Dateline>,
}

/// Options that steer the document date.
#[derive(Debug, Clone, Default)]
pub struct DctOptions {
    /// `--dct`: overrides everything.
    pub flag: Option<NaiveDate>,
    /// `--year`: a hint for datelines without a year.
    pub year_hint: Option<i32>,
    /// `--dct-map`: a date for each file or record, by path, file name, stem or id.
    pub map: Option<std::sync::Arc<DctMap>>,
}

/// Dates given per input (`--dct-map FILE`): key → date. A key is an article id, a path
/// as given on the command line, a file name or a file name without its extension.
pub type DctMap = std::collections::BTreeMap<String, NaiveDate>;

/// Reads a `--dct-map` file: one `key,date` or `key<TAB>date` a line; blank lines, lines
/// starting with `#` and a header line are skipped. `Err` names the line that is wrong.
pub fn read_dct_map(text: &str) -> Result<DctMap, String> {
    let mut map = DctMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, date) = line
            .rsplit_once('\t')
            .or_else(|| line.rsplit_once(','))
            .map(|(k, d)| (k.trim().trim_matches('"'), d.trim().trim_matches('"')))
            .ok_or_else(|| {
                format!(
                    "line {}: expected `path-or-id,date` (or a tab between them)",
                    n + 1
                )
            })?;
        match parse_absolute(date) {
            Some(date) => {
                map.insert(key.to_string(), date);
            }
            None if map.is_empty() && n == 0 => {} // a header line
            None => {
                return Err(format!(
                    "line {}: `{date}` is not a date (write YYYY-MM-DD)",
                    n + 1
                ))
            }
        }
    }
    Ok(map)
}

/// The `--dct-map` date of an article: by id, path, file name or stem.
fn mapped_date(article: &Article, map: &DctMap) -> Option<(NaiveDate, String)> {
    let path = article.source_path.as_deref();
    let keys = [
        Some(article.id.clone()),
        path.map(|p| p.display().to_string()),
        path.and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned()),
        path.and_then(|p| p.file_stem())
            .map(|n| n.to_string_lossy().into_owned()),
    ];
    keys.into_iter()
        .flatten()
        .find_map(|k| map.get(&k).map(|d| (*d, k)))
}

/// The date given outside the text (`--dct`, `--dct-map`, the record's own date): the
/// first source [`determine`] takes, so when there is one it is [`determine`]'s date, and
/// a caller that needs only the date (the `timex` command) is spared the dateline search.
pub fn given(article: &Article, opts: &DctOptions) -> Option<NaiveDate> {
    given_date(article, opts).and_then(|found| found.date)
}

/// Fixes the document date of `article`, strongest source first.
pub fn determine(article: &Article, opts: &DctOptions) -> DocumentDate {
    determine_in_corpus(article, opts, &[])
}

/// The second step of [`crate::run::companions::determine_all`]: `date` (what [`determine`] found for `article`
/// alone) again, unless it is unsure and the run can do better.
pub fn reconsider(
    article: &Article,
    date: DocumentDate,
    opts: &DctOptions,
    run: &companions::RunEvidence,
) -> DocumentDate {
    if could_borrow_year(&date, opts) && !run.is_empty() {
        determine_in_run(article, opts, run)
    } else {
        date
    }
}

/// [`determine_in_corpus`] with the run's companions of `article` as well.
pub fn determine_in_run(article: &Article, opts: &DctOptions, run: &companions::RunEvidence) -> DocumentDate {
    let companions = run.companions_of(article);
    determine_with(article, opts, &run.sure, companions)
}

/// Where the lead starts (chars) under the date printed without a year (a date line, else
/// the dateline), and that date's month and day: what the year scorer reads weekday cues
/// from.
pub fn yearless_lead(article: &Article, dateline: Option<&Dateline>) -> Option<(u32, u32, usize)> {
    let cands = all_candidates(article, dateline);
    yearless_date(article, &cands, dateline).map(|md| (md.month, md.day, md.lead_from))
}

/// The probability of each year of `article`'s yearless dateline from its own evidence
/// alone (empty when its dateline has a year or no date): what a companion lends.
pub fn alone_year_evidence(article: &Article, opts: &DctOptions) -> Vec<(i32, f64)> {
    let dateline = crate::dateline::find(&article.text);
    let cands = all_candidates(article, dateline.as_ref());
    let Some(md) = yearless_date(article, &cands, dateline.as_ref()) else {
        return Vec::new();
    };
    let opts = DctOptions {
        year_hint: None,
        ..opts.clone()
    };
    infer_year(article, &opts, &[], Vec::new(), &cands, &md, &[], &[]).posterior
}

/// Whether a date found for an article alone is unsure enough that the run's sure dates
/// may replace it ([`reconsider`]).
pub fn could_borrow_year(date: &DocumentDate, opts: &DctOptions) -> bool {
    let unsure = date.source == DctSource::None
        || (date.source == DctSource::Inferred && date.confidence < SURE_INFERENCE);
    unsure && opts.year_hint.is_none()
}

/// The dates the run's other articles may borrow a year from, for
/// [`crate::run::companions::determine_all`]:
/// every date that was printed or given, never an inferred one (a guess lent to other
/// articles would spread its error through the run).
pub fn sure_dates<'a>(dates: impl IntoIterator<Item = &'a DocumentDate>) -> Vec<NaiveDate> {
    let mut sure: Vec<NaiveDate> = dates
        .into_iter()
        .filter(|d| !matches!(d.source, DctSource::None | DctSource::Inferred))
        .filter_map(|d| d.date)
        .collect();
    sure.sort();
    sure.dedup();
    sure
}

/// [`determine`], with the sure dates of the other articles of the run as a last resort
/// for the year of a dateline.
///
/// Order: `--dct`; the record's own date; the strongest printed date with a year
/// ([`printed::Kind::rank`]: page metadata, "Published" lines, the dateline, bylines,
/// date lines, agency lines, timestamps, weekday headers, "Web posted"); a date printed
/// without a year (a date line under the headline, else the dateline) with its year
/// inferred ([`score`]) when that is at least [`SURE_INFERENCE`] likely; a date in the
/// address or file name; a revision date ("Updated"); a less sure inferred year.
pub fn determine_in_corpus(article: &Article, opts: &DctOptions, corpus: &[NaiveDate]) -> DocumentDate {
    determine_with(article, opts, corpus, Vec::new())
}

fn determine_with(
    article: &Article,
    opts: &DctOptions,
    corpus: &[NaiveDate],
    companions: Vec<companions::Companion>,
) -> DocumentDate {
    let dateline = crate::dateline::find(&article.text);
    let found = given_date(article, opts).unwrap_or_else(|| {
        let cands = all_candidates(article, dateline.as_ref());
        let mut found = printed_with_year(&cands, dateline.as_ref())
            .unwrap_or_else(|| without_year(article, opts, corpus, companions, &cands, dateline.as_ref()));
        found.reason.push_str(&rejected_note(&cands));
        found
    });
    DocumentDate {
        date: found.date,
        source: found.source,
        confidence: found.confidence,
        reason: found.reason,
        dateline,
    }
}

/// A document date before the dateline is attached: what the stages of
/// [`determine_in_corpus`] return.
struct Found {
    date: Option<NaiveDate>,
    source: DctSource,
    confidence: f32,
    reason: String,
}

impl Found {
    fn new(date: NaiveDate, source: DctSource, confidence: f32, reason: String) -> Self {
        Found {
            date: Some(date),
            source,
            confidence,
            reason,
        }
    }
}

/// A date given outside the text: `--dct`, `--dct-map`, the record's own date.
fn given_date(article: &Article, opts: &DctOptions) -> Option<Found> {
    if let Some(date) = opts.flag {
        return Some(Found::new(date, DctSource::Flag, 1.0, "given with --dct".into()));
    }
    if let Some((date, key)) = opts.map.as_deref().and_then(|m| mapped_date(article, m)) {
        return Some(Found::new(
            date,
            DctSource::Map,
            1.0,
            format!("given for '{key}' in --dct-map"),
        ));
    }
    let date = article.record_dct?;
    let what = match article.source_path.as_ref().and_then(|p| p.extension()) {
        Some(ext) if ext.eq_ignore_ascii_case("tml") => "the TimeML document creation time (DCT)",
        _ => "the record's own dct/date field",
    };
    Some(Found::new(date, DctSource::Record, 1.0, what.into()))
}

/// A printed date that can be used: not rejected, with a full date.
fn usable(c: &&printed::Candidate) -> bool {
    c.rejected.is_none() && c.date.is_some()
}

/// The strongest printed date with a year, less sure when another strong one disagrees
/// by more than a day.
fn printed_with_year(cands: &[printed::Candidate], dateline: Option<&Dateline>) -> Option<Found> {
    let strong = || {
        cands
            .iter()
            .filter(usable)
            .filter(|c| c.kind.rank() <= printed::Kind::WebPosted.rank())
    };
    let best = strong().min_by_key(|c| c.kind.rank())?;
    let date = best.date.unwrap_or_default();
    let mut confidence = best.kind.confidence();
    let mut reason = describe(best, dateline);
    if let Some(other) = strong().find(|c| c.date.is_some_and(|d| (d - date).num_days().abs() > 1)) {
        confidence -= 0.1;
        reason.push_str(&format!(
            "; but {} says {}",
            describe(other, dateline),
            other.date.unwrap_or_default()
        ));
    }
    Some(Found::new(date, source_of(best.kind), confidence, reason))
}

/// A date printed without a year, for [`score::infer`].
struct Yearless {
    month: u32,
    day: u32,
    /// The date line's quote, or "dateline …".
    what: String,
    /// Where the lead starts (chars).
    lead_from: usize,
    /// The dateline as written, when there is one (its agency's name dates it).
    dateline_text: String,
}

/// A date printed without a year: a date line under the headline, else the dateline.
fn yearless_date(
    article: &Article,
    cands: &[printed::Candidate],
    dateline: Option<&Dateline>,
) -> Option<Yearless> {
    let dateline_text: String = dateline.map_or(String::new(), |dl| {
        article
            .text
            .chars()
            .skip(dl.start)
            .take(dl.end.saturating_sub(dl.start))
            .collect()
    });
    let yearless = cands
        .iter()
        .find(|c| c.rejected.is_none() && c.month_day.is_some());
    match (yearless, dateline) {
        (Some(c), _) => c.month_day.map(|(month, day)| Yearless {
            month,
            day,
            what: c.quote.clone(),
            lead_from: c.span.map_or(0, |(_, e)| {
                article.text[..e.min(article.text.len())].chars().count()
            }),
            dateline_text,
        }),
        (None, Some(dl)) => match (dl.month, dl.day) {
            (Some(month), Some(day)) => Some(Yearless {
                month,
                day,
                what: format!("dateline {}", dateline_in_words(dl)),
                lead_from: dl.end,
                dateline_text,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// No printed date with a year: a yearless date with its year inferred when that is
/// sure (or `--year` is given), else a date in the address or a revision date, else the
/// less sure inferred year, else no date.
fn without_year(
    article: &Article,
    opts: &DctOptions,
    corpus: &[NaiveDate],
    companions: Vec<companions::Companion>,
    cands: &[printed::Candidate],
    dateline: Option<&Dateline>,
) -> Found {
    let addresses: Vec<&printed::Candidate> = cands
        .iter()
        .filter(usable)
        .filter(|c| matches!(c.kind, printed::Kind::Url | printed::Kind::FileName))
        .collect();
    let revisions: Vec<&printed::Candidate> = cands
        .iter()
        .filter(usable)
        .filter(|c| c.kind.is_revision())
        .collect();
    let month_day = yearless_date(article, cands, dateline);
    let inference = month_day.as_ref().map(|md| {
        infer_year(
            article, opts, corpus, companions, cands, md, &addresses, &revisions,
        )
    });
    let inferred = |inf: &year::Inference| -> Option<Found> {
        let md = month_day.as_ref()?;
        let date = NaiveDate::from_ymd_opt(inf.year?, md.month, md.day)?;
        Some(Found::new(
            date,
            DctSource::Inferred,
            inf.confidence,
            inf.reason.clone(),
        ))
    };
    if let Some(inf) = &inference {
        if inf.year.is_some() && (inf.confidence >= SURE_INFERENCE || opts.year_hint.is_some()) {
            if let Some(d) = inferred(inf) {
                return d;
            }
        }
    }
    if let Some(best) = addresses.first().or(revisions.first()) {
        let mut reason = describe(best, dateline);
        if let Some(inf) = &inference {
            reason.push_str(&format!(
                "; the year could not be told from the text ({})",
                inf.reason
            ));
        }
        return Found::new(
            best.date.unwrap_or_default(),
            source_of(best.kind),
            best.kind.confidence(),
            reason,
        );
    }
    if let Some(d) = inference.as_ref().and_then(inferred) {
        return d;
    }
    if inference.is_none() {
        if let Some(l) = lead::lead_date(&article.text, chrono::Utc::now().date_naive()) {
            return Found::new(
                l.date,
                DctSource::Lead,
                l.confidence(),
                format!(
                    "no printed date and no dated dateline; {} ('{}'): \
                     a guess, give --dct YYYY-MM-DD to be sure",
                    l.rule.describe(),
                    l.quote
                ),
            );
        }
    }
    let reason = match (&inference, dateline) {
        (Some(inf), _) => inf.reason.clone(),
        (None, Some(dl)) => format!(
            "the dateline ({}) gives no date and the text no publication date; \
             give one with --dct YYYY-MM-DD",
            dateline_in_words(dl)
        ),
        (None, None) => "no document date found (no dateline, no publication date); \
                         give one with --dct YYYY-MM-DD"
            .into(),
    };
    Found {
        date: None,
        source: DctSource::None,
        confidence: 0.0,
        reason,
    }
}

/// The year of a yearless date, from the story with its furniture blanked out, the
/// dates in its address, its revision dates and the run's sure dates.
#[allow(clippy::too_many_arguments)]
fn infer_year(
    article: &Article,
    opts: &DctOptions,
    corpus: &[NaiveDate],
    companions: Vec<companions::Companion>,
    cands: &[printed::Candidate],
    md: &Yearless,
    addresses: &[&printed::Candidate],
    revisions: &[&printed::Candidate],
) -> year::Inference {
    let text = blank_furniture(&article.text, cands);
    let head = if md.what.starts_with("dateline") {
        format!("{} has no year", md.what)
    } else {
        format!("the date line '{}' has no year", md.what)
    };
    score::infer(&score::Question {
        text: &text,
        month: md.month,
        day: md.day,
        lead_from: md.lead_from,
        dateline: &md.dateline_text,
        hint: opts.year_hint,
        corpus,
        addresses: addresses
            .iter()
            .filter_map(|c| Some((c.date?, c.kind.name().replace('-', " "))))
            .collect(),
        revisions: revisions.iter().filter_map(|c| c.date).collect(),
        head,
        last_year: year::current_year() + 1,
        lang: crate::lang::of(article),
        today: Some(chrono::Utc::now().date_naive()),
        companions,
    })
}

/// An inferred year at least this likely beats a date in the address or file name.
pub const SURE_INFERENCE: f32 = 0.6;

/// The printed dates of the article and its dateline with a year, in text order.
fn all_candidates(article: &Article, dateline: Option<&Dateline>) -> Vec<printed::Candidate> {
    let (mut cands, chrome) = printed::candidates(article);
    if !chrome.is_empty() {
        let settled = chrome::settle(&article.text, chrome, &cands);
        cands.extend(settled);
    }
    if let Some(dl) = dateline {
        if let (Some(y), Some(m), Some(d)) = (dl.year, dl.month, dl.day) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                cands.push(printed::Candidate {
                    kind: printed::Kind::Dateline,
                    date: Some(date),
                    month_day: None,
                    quote: dateline_in_words(dl),
                    rejected: None,
                    span: None,
                });
            }
        }
    }
    cands
}

/// The chosen source's kind and every other candidate, for `dateline --format json`:
/// what was found, what lost, and what was refused and why.
pub fn explain(article: &Article, date: &DocumentDate) -> (String, Vec<printed::Candidate>) {
    let mut cands = all_candidates(article, date.dateline.as_ref());
    let chosen = match date.source {
        DctSource::Metadata | DctSource::Dateline | DctSource::Url => cands
            .iter()
            .position(|c| c.rejected.is_none() && c.date == date.date && source_of(c.kind) == date.source),
        _ => None,
    };
    let kind = match chosen {
        Some(i) => cands.remove(i).kind.name().to_string(),
        None => serde_json::to_value(date.source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    };
    (kind, cands)
}

fn source_of(kind: printed::Kind) -> DctSource {
    use printed::Kind;
    match kind {
        Kind::Dateline => DctSource::Dateline,
        Kind::Url | Kind::FileName => DctSource::Url,
        _ => DctSource::Metadata,
    }
}

/// How a candidate is named in a reason.
fn describe(c: &printed::Candidate, dateline: Option<&Dateline>) -> String {
    use printed::Kind;
    match c.kind {
        Kind::HtmlPublished => format!("the page's publication date ({})", c.quote),
        Kind::Labelled => format!("the line '{}'", c.quote),
        Kind::Dateline => match dateline {
            Some(dl) => format!("dateline {}", dateline_in_words(dl)),
            None => format!("dateline {}", c.quote),
        },
        Kind::Byline => format!("the byline '{}'", c.quote),
        Kind::DateLine => format!("the date line '{}' under the headline", c.quote),
        Kind::WeekdayHeader => format!("the header '{}'", c.quote),
        Kind::AgencyLine => format!("the agency-and-date line '{}'", c.quote),
        Kind::Timestamp => format!("the timestamp '{}'", c.quote),
        Kind::WebPosted => format!("the line '{}'", c.quote),
        Kind::Url => format!("the date in the address {}", c.quote),
        Kind::FileName => format!("the date in the file name {}", c.quote),
        Kind::Updated => format!(
            "the revision line '{}' (the page prints no publication date)",
            c.quote
        ),
        Kind::HtmlUpdated => format!(
            "the page's revision date ({}; it gives no publication date)",
            c.quote
        ),
        Kind::Caption | Kind::Chrome => format!("the {} '{}'", c.kind.name().replace('-', " "), c.quote),
    }
}

/// "; not used: 'Moscow time …' (a site clock, not the story's date)" for the refused
/// candidates, at most three.
fn rejected_note(cands: &[printed::Candidate]) -> String {
    let refused: Vec<String> = cands
        .iter()
        .filter_map(|c| Some(format!("'{}' ({})", c.quote, c.rejected.as_ref()?)))
        .take(3)
        .collect();
    if refused.is_empty() {
        String::new()
    } else {
        format!("; not used: {}", refused.join(", "))
    }
}

/// The text with refused furniture lines blanked out (char for char, so offsets in
/// chars stay), so their years do not count as the story's.
fn blank_furniture<'a>(text: &'a str, cands: &[printed::Candidate]) -> std::borrow::Cow<'a, str> {
    let spans: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.rejected.is_some())
        .filter_map(|c| c.span)
        .collect();
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        if ch != '\n' && spans.iter().any(|&(s, e)| i >= s && i < e) {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `BRUSSELS, December 1 (RIA Novosti)` — the parts of a dateline in words.
fn dateline_in_words(dl: &Dateline) -> String {
    let mut s = dl.place.clone().unwrap_or_default();
    if let Some(date) = dl.date_in_words() {
        s.push_str(", ");
        s.push_str(&date);
    }
    if let Some(agency) = &dl.agency {
        s.push_str(&format!(" ({agency})"));
    }
    s
}

/// A short name of where a document date came from, finer than [`DctSource`]: for the
/// per-kind table of `chronicle eval --dct`.
pub fn source_kind(article: &Article, date: &DocumentDate) -> String {
    explain(article, date).0
}
