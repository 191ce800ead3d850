use chrono::NaiveDate;

use super::*;
use crate::event::{Event, Status};
use crate::time::interval::Granularity;

fn day(ymd: (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).unwrap()
}

fn event(
    date: &str,
    start: Option<(i32, u32, u32)>,
    end: Option<(i32, u32, u32)>,
    g: Option<Granularity>,
) -> Event {
    Event {
        date: date.into(),
        start: start.map(day),
        end: end.map(day),
        granularity: g,
        status: Status::Occurred,
        trigger: String::new(),
        headline: String::new(),
        actors: Vec::new(),
        location: None,
        category: None,
        time_text: String::new(),
        sentence: String::new(),
        article: "a".into(),
        char_start: 0,
        char_end: 0,
        confidence: 1.0,
        ..Default::default()
    }
}

#[test]
fn merged_rows_say_who_reported_them() {
    use crate::merge::Source as Mention;
    let row = event(
        "2009-12-04",
        Some((2009, 12, 4)),
        Some((2009, 12, 5)),
        Some(Granularity::Day),
    );
    let mention = |article: &str, agency: &str| {
        Mention::new(
            Event {
                article: article.into(),
                ..row.clone()
            },
            Some(agency.into()),
        )
    };
    let timeline = crate::merge::timeline::Timeline {
        events: vec![row.clone()],
        reports: vec![crate::merge::timeline::Reports {
            mentions: 3,
            conflict: None,
            sources: vec![
                mention("a", "RIA Novosti"),
                mention("b", "AFP"),
                mention("c", "AFP"),
            ],
            copies: Vec::new(),
        }],
        ..Default::default()
    };
    let mut opts = ViewOptions::default();
    assert_eq!(opts.source_line(&row), "a");
    opts.add_reports(&timeline);
    assert_eq!(opts.source_line(&row), "a \u{b7} 3 reports: RIA Novosti, AFP");
}

#[test]
fn display_dates_say_no_more_than_the_value_does() {
    use Granularity::*;
    let cases = [
        (
            "2009-12-01TMO",
            Some((2009, 12, 1)),
            Some((2009, 12, 2)),
            Some(Time),
            "1 December 2009, morning",
        ),
        (
            "2009-H2",
            Some((2009, 7, 1)),
            Some((2010, 1, 1)),
            Some(Half),
            "second half of 2009",
        ),
        (
            "19",
            Some((1900, 1, 1)),
            Some((2000, 1, 1)),
            Some(Century),
            "the 20th century",
        ),
        (
            "20",
            Some((2000, 1, 1)),
            Some((2100, 1, 1)),
            Some(Century),
            "the 21st century",
        ),
        (
            "2009-12",
            Some((2009, 12, 1)),
            Some((2010, 3, 1)),
            Some(Season),
            "December 2009 – February 2010",
        ),
        (
            "x",
            Some((2009, 12, 1)),
            Some((2009, 12, 4)),
            None,
            "1 December 2009 – 3 December 2009",
        ),
        (
            "2024-07-09/2024-07-11",
            Some((2024, 7, 9)),
            Some((2024, 7, 12)),
            Some(Day),
            "9–11 July 2024",
        ),
        (
            "2024-07-30/2024-08-02",
            Some((2024, 7, 30)),
            Some((2024, 8, 3)),
            Some(Day),
            "30 July – 2 August 2024",
        ),
        (
            "2023-12-30/2024-01-02",
            Some((2023, 12, 30)),
            Some((2024, 1, 3)),
            Some(Day),
            "30 December 2023 – 2 January 2024",
        ),
        (
            "2024-03/2024-05",
            Some((2024, 3, 1)),
            Some((2024, 6, 1)),
            Some(Month),
            "March–May 2024",
        ),
        (
            "2014/2022",
            Some((2014, 1, 1)),
            Some((2023, 1, 1)),
            Some(Year),
            "2014–2022",
        ),
        (
            "2008-06/2009",
            Some((2008, 6, 1)),
            Some((2010, 1, 1)),
            Some(Year),
            "June 2008 – 2009",
        ),
        ("PAST_REF", None, None, None, "earlier (undated)"),
        ("XXXX-12-01", None, None, Some(Day), "XXXX-12-01"),
        ("", None, None, None, "undated"),
    ];
    for (value, start, end, g, expected) in cases {
        assert_eq!(display_date(&event(value, start, end, g)), expected, "{value}");
    }
    // a range whose ends have their own `mod`: each end in its words
    let ranged = [
        ("2014/2016", "START/END", "early 2014 \u{2013} late 2016"),
        ("2018-06/2018-08", "/END", "June 2018 \u{2013} late August 2018"),
        (
            "2024-07-09/2024-07-11",
            "APPROX/",
            "about 9 July 2024 \u{2013} 11 July 2024",
        ),
    ];
    for (value, modifier, expected) in ranged {
        let mut e = event(value, Some((2014, 1, 1)), Some((2017, 1, 1)), Some(Year));
        e.modifier = Some(modifier.to_string());
        assert_eq!(display_date(&e), expected, "{value} {modifier}");
    }
}

#[test]
fn mods_read_as_words_around_the_date() {
    use Granularity::*;
    let cases = [
        ("2023", (2023, 1, 1), (2024, 1, 1), Year, Some("END"), "late 2023"),
        ("2021", (2021, 1, 1), (2022, 1, 1), Year, Some("MID"), "mid-2021"),
        (
            "2023-06",
            (2023, 6, 1),
            (2023, 7, 1),
            Month,
            Some("START"),
            "early June 2023",
        ),
        (
            "199",
            (1990, 1, 1),
            (2000, 1, 1),
            Decade,
            Some("END"),
            "the late 1990s",
        ),
        (
            "199",
            (1990, 1, 1),
            (2000, 1, 1),
            Decade,
            Some("APPROX"),
            "about the 1990s",
        ),
        (
            "198",
            (1980, 1, 1),
            (1990, 1, 1),
            Decade,
            Some("FIRST_HALF"),
            "the first half of the 1980s",
        ),
        (
            "1990",
            (1990, 1, 1),
            (1991, 1, 1),
            Year,
            Some("APPROX"),
            "about 1990",
        ),
        (
            "1996",
            (1996, 1, 1),
            (1997, 1, 1),
            Year,
            Some("LESS_THAN"),
            "about 1996",
        ),
        (
            "2009",
            (2009, 1, 1),
            (2010, 1, 1),
            Year,
            Some("ODD"),
            "2009 (ODD)",
        ),
        ("2009", (2009, 1, 1), (2010, 1, 1), Year, None, "2009"),
    ];
    for (value, start, end, g, m, expected) in cases {
        let mut e = event(value, Some(start), Some(end), Some(g));
        e.modifier = m.map(String::from);
        assert_eq!(display_date(&e), expected, "{value} {m:?}");
    }
}

#[test]
fn points_are_a_day_or_less() {
    let one_day = event(
        "2009-12-01",
        Some((2009, 12, 1)),
        Some((2009, 12, 2)),
        Some(Granularity::Day),
    );
    let month = event(
        "2009-12",
        Some((2009, 12, 1)),
        Some((2010, 1, 1)),
        Some(Granularity::Month),
    );
    let open = event("2009-12-01", Some((2009, 12, 1)), None, None);
    assert!(is_point(&one_day) && is_point(&open) && !is_point(&month));
    assert_eq!(last_day(&month), Some(day((2009, 12, 31))));
}

#[test]
fn event_ids_are_unique_and_url_safe() {
    let mut a = event("2009", None, None, None);
    a.article = "Reuters: NATO/Russia (2009)".into();
    a.char_start = 12;
    let b = a.clone();
    let mut c = a.clone();
    c.article = "reuters-nato-russia-2009-12".into();
    c.char_start = 2;
    let ids = event_ids([&a, &b, &c]);
    assert_eq!(
        ids,
        [
            "reuters-nato-russia-2009-12",
            "reuters-nato-russia-2009-12-2",
            "reuters-nato-russia-2009-12-2-2"
        ]
    );
}

#[test]
fn clock_times_need_hours_and_minutes() {
    let t = |v: &str| event(v, Some((2009, 12, 1)), None, Some(Granularity::Time));
    assert_eq!(clock_time(&t("2009-12-01T10:30")), Some((10, 30)));
    assert_eq!(clock_time(&t("2009-12-01T07")), Some((7, 0)));
    assert_eq!(clock_time(&t("2009-12-01TMO")), None);
    assert_eq!(clock_time(&t("2009-12-01T25:00")), None);
    assert_eq!(clock_time(&t("2009-12-01Téé")), None, "no panic on non-ASCII");
}
