//! CSV: a header row of [`super::FIELDS`] and [`super::REPORT_FIELDS`], then one event a
//! row (the csv crate quotes commas, quotes and newlines in sentences).

use std::io::{self, Write};

use crate::merge::timeline::Timeline;
use crate::merge::MergedEvent;

/// Writes the timeline's events as CSV.
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    let mut out = ::csv::Writer::from_writer(w);
    out.write_record(super::FIELDS.iter().chain(super::REPORT_FIELDS))?;
    for (i, e) in timeline.events.iter().enumerate() {
        let mut values = super::field_values(e);
        values.extend(super::report_values(e, timeline.reports_of(i)));
        out.write_record(values)?;
    }
    out.flush()
}

/// The header of `chronicle merge --format csv`: one merged row a line.
pub const MERGED_HEADER: [&str; 13] = [
    "date",
    "start",
    "end",
    "granularity",
    "status",
    "trigger",
    "headline",
    "actors",
    "category",
    "mentions",
    "agencies",
    "articles",
    "conflict",
];

/// The cells of a merged row under [`MERGED_HEADER`].
pub fn merged_record(row: &MergedEvent) -> Vec<String> {
    let e = &row.event;
    let opt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut agencies: Vec<&str> = row.sources.iter().filter_map(|s| s.agency()).collect();
    agencies.sort_unstable();
    agencies.dedup();
    let mut articles: Vec<&str> = row.sources.iter().map(|s| s.event.article.as_str()).collect();
    articles.dedup();
    vec![
        e.date.clone(),
        opt(e.start),
        opt(e.end),
        e.granularity.map(|g| g.as_str().to_string()).unwrap_or_default(),
        e.status.as_str().to_string(),
        e.trigger.clone(),
        e.headline.clone(),
        e.actors.join("; "),
        e.category.clone().unwrap_or_default(),
        row.mentions.to_string(),
        agencies.join("; "),
        articles.join("; "),
        super::conflict_text(row.conflict.as_ref()),
    ]
}

#[cfg(test)]
mod tests {
    use crate::event::{Event, Status};
    use crate::merge::timeline::Timeline;

    #[test]
    fn quoting_and_header() {
        let e = Event {
            date: "2009-12-01".into(),
            start: chrono::NaiveDate::from_ymd_opt(2009, 12, 1),
            end: chrono::NaiveDate::from_ymd_opt(2009, 12, 2),
            granularity: Some(crate::time::interval::Granularity::Day),
            status: Status::Occurred,
            trigger: "met".into(),
            headline: "Rogozin met Rasmussen".into(),
            actors: vec!["Russia".into(), "NATO".into()],
            location: None,
            category: Some("04 Consult".into()),
            time_text: "Tuesday".into(),
            sentence: "He said, \"we met\"\non Tuesday.".into(),
            article: "a".into(),
            char_start: 3,
            char_end: 6,
            confidence: 0.8,
            place: None,
            agency: None,
            dct: None,
            rule: "verb-left".into(),
            headline_en: None,
            ..Default::default()
        };
        let t = Timeline {
            articles: vec![],
            events: vec![e],
            reports: vec![],
        };
        let mut buf = Vec::new();
        super::write(&t, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next().unwrap().split(',').count(),
            super::super::FIELDS.len() + super::super::REPORT_FIELDS.len()
        );
        assert!(text.contains("Russia; NATO,"));
        assert!(text.contains("\"He said, \"\"we met\"\"\non Tuesday.\""));
        assert!(text.contains(",0.80,"));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[11], "He said, \"we met\"\non Tuesday.");
    }
}
