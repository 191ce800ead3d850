//! CSV: a header row of [`super::COLUMNS`], then one event a row (the csv crate quotes
//! commas, quotes and newlines in sentences).

use std::io::{self, Write};

use crate::merge::timeline::Timeline;

/// Writes the timeline's events as CSV, every column.
pub fn write(timeline: &Timeline, w: &mut dyn Write) -> io::Result<()> {
    let all: Vec<&super::Column> = super::COLUMNS.iter().collect();
    write_columns(timeline, &all, w)
}

/// The columns of [`super::COLUMNS`] with these names, in the order given; `Err` names
/// the first unknown one.
pub fn columns<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Vec<&'static super::Column>, String> {
    names
        .into_iter()
        .map(|name| {
            super::COLUMNS
                .iter()
                .find(|c| c.name == name)
                .ok_or_else(|| name.to_string())
        })
        .collect()
}

/// Writes the timeline's events as CSV, only `columns`, in their order.
pub fn write_columns(timeline: &Timeline, columns: &[&super::Column], w: &mut dyn Write) -> io::Result<()> {
    let mut out = ::csv::Writer::from_writer(w);
    out.write_record(columns.iter().map(|c| c.name))?;
    let articles: std::collections::HashMap<&str, &crate::merge::timeline::ArticleSummary> =
        timeline.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    for (i, event) in timeline.events.iter().enumerate() {
        let row = super::Row {
            event,
            reports: timeline.reports_of(i),
            article: articles.get(event.article.as_str()).copied(),
        };
        out.write_record(columns.iter().map(|c| (c.value)(&row)))?;
    }
    out.flush()
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
            super::super::COLUMNS.len()
        );
        assert!(text.contains("Russia; NATO,"));
        assert!(text.contains("\"He said, \"\"we met\"\"\non Tuesday.\""));
        assert!(text.contains(",0.80,"));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[14], "He said, \"we met\"\non Tuesday.");
    }
}
