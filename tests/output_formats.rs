//! The formats timeline tools read, checked against their schemas: TimelineJS3 JSON, the
//! TimelineJS spreadsheet CSV, vis-timeline JSON, the HTML page's embedded data and list,
//! and the Markdown chronology. Each output is parsed back (serde_json, csv) and its keys,
//! types, granularity handling and escaping are checked.

mod viz_fixture;

use chronicle::event::Status;
use chronicle::output::view::{GroupBy, ViewOptions};
use chronicle::output::{write_view, ViewFormat as Format};
use chronicle::Timeline;
use serde_json::Value;
use viz_fixture::{event, nato_russia, nato_russia_options, SEED};

fn render(format: Format, timeline: &Timeline, opts: &ViewOptions) -> String {
    let mut out = Vec::new();
    write_view(format, timeline, opts, &mut out).expect("write to a Vec");
    String::from_utf8(out).expect("UTF-8 output")
}

fn json(format: Format, timeline: &Timeline, opts: &ViewOptions) -> Value {
    serde_json::from_str(&render(format, timeline, opts)).expect("valid JSON")
}

/// A timeline of one event with the given value and sentence.
fn one(date: &str, sentence: &str) -> Timeline {
    Timeline {
        events: vec![event(
            date,
            Status::Occurred,
            "Talks \"went well\" <b>& ended</b>",
            &["NATO"],
            None,
            None,
            "Friday",
            sentence,
            "a1",
        )],
        ..Default::default()
    }
}

/// A sentence with everything that breaks naive writers: HTML, quotes, commas, newlines.
const NASTY: &str =
    "He said on Friday: \"no\", <script>alert('x')</script> & <!-- \nthen left, *fast* _now_ [link](x) | #1";

// ---- TimelineJS JSON -----------------------------------------------------------------

#[test]
fn timelinejs_has_the_knight_lab_shape() {
    let doc = json(
        Format::TimelineJs,
        &nato_russia(),
        &nato_russia_options(GroupBy::Actor),
    );
    assert_eq!(doc["title"]["text"]["headline"], "NATO and Russia, 2008–2010");
    assert!(doc["title"]["text"]["text"]
        .as_str()
        .unwrap()
        .starts_with("15 dated events from 5 articles, 3 April 2008 to Spring 2010"));
    let events = doc["events"].as_array().expect("events is a list");
    assert_eq!(events.len(), 15, "the undated PAST_REF statement is left out");
    let mut ids = std::collections::BTreeSet::new();
    for slide in events {
        let start = &slide["start_date"];
        assert!(start["year"].is_i64(), "year is a number: {slide}");
        for key in ["month", "day", "hour", "minute"] {
            assert!(
                start.get(key).is_none_or(Value::is_u64),
                "{key} is a number when present"
            );
        }
        assert!(slide["text"]["headline"].is_string());
        assert!(slide["text"]["text"].as_str().unwrap().starts_with("<p>"));
        assert!(slide["group"].is_string());
        assert!(slide["display_date"].is_string());
        assert!(
            ids.insert(slide["unique_id"].as_str().unwrap().to_string()),
            "unique_id repeats"
        );
        let keys: Vec<&str> = slide.as_object().unwrap().keys().map(String::as_str).collect();
        for key in keys {
            assert!(
                [
                    "start_date",
                    "end_date",
                    "text",
                    "group",
                    "display_date",
                    "unique_id"
                ]
                .contains(&key),
                "unexpected key {key}"
            );
        }
    }
    // Sorted by date: the Bucharest summit first, the Lisbon summit last.
    assert_eq!(
        events[0]["start_date"],
        serde_json::json!({"year": 2008, "month": 4, "day": 3})
    );
    assert_eq!(events[14]["display_date"], "Spring 2010");
}

#[test]
fn timelinejs_dates_are_as_precise_as_the_granularity() {
    // (TIMEX3 value, start_date, end_date or null, display_date)
    let cases = [
        (
            "2009-12-04",
            r#"{"year":2009,"month":12,"day":4}"#,
            "null",
            "4 December 2009",
        ),
        (
            "2009-12-01T10:30",
            r#"{"year":2009,"month":12,"day":1,"hour":10,"minute":30}"#,
            "null",
            "1 December 2009, 10:30",
        ),
        (
            "2009-W49",
            r#"{"year":2009,"month":11,"day":30}"#,
            r#"{"year":2009,"month":12,"day":6}"#,
            "week 49 of 2009 (30 Nov – 6 Dec)",
        ),
        ("2008-06", r#"{"year":2008,"month":6}"#, "null", "June 2008"),
        (
            "2009-SU",
            r#"{"year":2009,"month":6}"#,
            r#"{"year":2009,"month":8}"#,
            "Summer 2009",
        ),
        (
            "2009-WI",
            r#"{"year":2009,"month":12}"#,
            r#"{"year":2010,"month":2}"#,
            "Winter 2009",
        ),
        (
            "2009-Q3",
            r#"{"year":2009,"month":7}"#,
            r#"{"year":2009,"month":9}"#,
            "Q3 2009",
        ),
        ("2008", r#"{"year":2008}"#, "null", "2008"),
        ("199", r#"{"year":1990}"#, r#"{"year":1999}"#, "the 1990s"),
    ];
    for (value, start, end, display) in cases {
        let doc = json(
            Format::TimelineJs,
            &one(value, "On Friday."),
            &ViewOptions::default(),
        );
        let slide = &doc["events"][0];
        let expected: Value = serde_json::from_str(start).unwrap();
        assert_eq!(slide["start_date"], expected, "start_date of {value}");
        let expected_end: Value = serde_json::from_str(end).unwrap();
        assert_eq!(
            slide.get("end_date").cloned().unwrap_or(Value::Null),
            expected_end,
            "end_date of {value}"
        );
        assert_eq!(slide["display_date"], display, "display_date of {value}");
    }
}

#[test]
fn timelinejs_text_carries_sentence_source_and_resolution_escaped() {
    let doc = json(
        Format::TimelineJs,
        &nato_russia(),
        &nato_russia_options(GroupBy::Actor),
    );
    let friday = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["start_date"] == serde_json::json!({"year": 2009, "month": 12, "day": 4}))
        .expect("the NATO-Russia Council meeting");
    assert_eq!(
        friday["text"]["headline"],
        "NATO-Russia Council meets at the level of foreign ministers (scheduled)"
    );
    let text = friday["text"]["text"].as_str().unwrap();
    assert!(
        text.contains("ahead of Friday's meeting of the NATO-Russia Council"),
        "{text}"
    );
    assert!(
        text.contains("Source: NATO head, Russian envoy hold 'constructive' talks (RIA Novosti, BRUSSELS)"),
        "{text}"
    );
    assert!(
        text.contains("Date: “Friday” → 2009-12-04 (day precision), scheduled; document date 2009-12-01"),
        "{text}"
    );

    let doc = json(
        Format::TimelineJs,
        &one("2009-12-04", NASTY),
        &ViewOptions::default(),
    );
    let slide = &doc["events"][0];
    let text = slide["text"]["text"].as_str().unwrap();
    assert!(!text.contains("<script>") && !text.contains("<!--"), "{text}");
    assert!(
        text.contains("&lt;script&gt;alert('x')&lt;/script&gt; & &lt;!-- then left"),
        "{text}"
    );
    assert_eq!(
        slide["text"]["headline"],
        "Talks \"went well\" &lt;b&gt;& ended&lt;/b&gt;"
    );
}

#[test]
fn timelinejs_groups_by_actor_article_or_category() {
    let timeline = nato_russia();
    let groups = |by| -> Vec<String> {
        let doc = json(Format::TimelineJs, &timeline, &nato_russia_options(by));
        doc["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["group"].as_str().unwrap().to_string())
            .collect()
    };
    let by_actor = groups(GroupBy::Actor);
    assert_eq!(by_actor[0], "NATO");
    assert_eq!(by_actor[1], "Dmitry Medvedev");
    let by_article = groups(GroupBy::Article);
    assert_eq!(
        by_article[1], "NATO head, Russian envoy hold 'constructive' talks",
        "article title, not id"
    );
    let by_category = groups(GroupBy::Category);
    assert_eq!(by_category[2], "19 Fight");
}

// ---- TimelineJS spreadsheet CSV ------------------------------------------------------

#[test]
fn timelinejs_csv_has_the_spreadsheet_columns() {
    let out = render(
        Format::TimelineJsCsv,
        &nato_russia(),
        &nato_russia_options(GroupBy::Actor),
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        headers,
        [
            "Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV record")).collect();
    assert_eq!(rows.len(), 16, "a title row and 15 dated events");
    assert_eq!(&rows[0][15], "title");
    assert_eq!(&rows[0][9], "NATO and Russia, 2008–2010");
    assert_eq!(&rows[0][0], "", "the title row has no date");
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let by_date = |display: &str| {
        rows.iter()
            .find(|r| &r[column("Display Date")] == display)
            .unwrap()
    };
    // (display date, Year, Month, Day, End Year, End Month, End Day)
    let cases = [
        ("3 April 2008", "2008", "4", "3", "", "", ""),
        ("June 2008", "2008", "6", "", "", "", ""),
        ("2010", "2010", "", "", "", "", ""),
        ("Spring 2010", "2010", "3", "", "2010", "5", ""),
    ];
    for (display, y, m, d, ey, em, ed) in cases {
        let row = by_date(display);
        let got = [
            &row[column("Year")],
            &row[column("Month")],
            &row[column("Day")],
            &row[column("End Year")],
            &row[column("End Month")],
            &row[column("End Day")],
        ];
        assert_eq!(got, [y, m, d, ey, em, ed], "{display}");
    }
    assert_eq!(&by_date("1 December 2009")[column("Group")], "Dmitry Rogozin");
}

#[test]
fn timelinejs_csv_quotes_commas_quotes_and_newlines() {
    let out = render(
        Format::TimelineJsCsv,
        &one("2009-12-01T09:05", NASTY),
        &ViewOptions::default(),
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == 18), "every row has all 18 columns");
    let row = &rows[1];
    assert_eq!(&row[3], "09:05", "Time column");
    assert_eq!(&row[9], "Talks \"went well\" &lt;b&gt;& ended&lt;/b&gt;");
    assert!(row[10].contains("\"no\", &lt;script&gt;"), "{}", &row[10]);
    assert!(!row[10].contains('\n'), "the sentence is one line");
}

// ---- vis-timeline --------------------------------------------------------------------

#[test]
fn vis_items_and_groups_follow_the_vis_timeline_schema() {
    let doc = json(Format::Vis, &nato_russia(), &nato_russia_options(GroupBy::Actor));
    let items = doc["items"].as_array().unwrap();
    let groups = doc["groups"].as_array().unwrap();
    assert_eq!(items.len(), 15);
    let group_ids: Vec<u64> = groups.iter().map(|g| g["id"].as_u64().unwrap()).collect();
    assert!(groups.iter().all(|g| g["content"].is_string()));
    for item in items {
        assert!(item["id"].is_string() && item["content"].is_string() && item["title"].is_string());
        assert!(
            group_ids.contains(&item["group"].as_u64().unwrap()),
            "item group is a listed group"
        );
        let kind = item["type"].as_str().unwrap();
        assert!(kind == "box" || kind == "range", "{kind}");
        assert_eq!(
            item.get("end").is_some(),
            kind == "range",
            "ranges and only ranges have an end: {item}"
        );
    }
    let by_start = |start: &str| items.iter().find(|i| i["start"] == start).unwrap();
    // (start, type, exclusive end)
    let cases = [
        ("2009-12-04", "box", Value::Null),
        ("2008-06-01", "range", Value::from("2008-07-01")),
        ("2010-01-01", "range", Value::from("2011-01-01")),
        ("2010-03-01", "range", Value::from("2010-06-01")),
    ];
    for (start, kind, end) in cases {
        let item = by_start(start);
        assert_eq!(item["type"], kind, "{start}");
        assert_eq!(item.get("end").cloned().unwrap_or(Value::Null), end, "{start}");
    }
    assert!(by_start("2009-12-04")["className"]
        .as_str()
        .unwrap()
        .contains("status-scheduled"));
}

#[test]
fn vis_escapes_html_and_keeps_clock_times() {
    let doc = json(
        Format::Vis,
        &one("2009-12-01T09:05", NASTY),
        &ViewOptions::default(),
    );
    let item = &doc["items"][0];
    assert_eq!(item["start"], "2009-12-01T09:05");
    assert_eq!(item["type"], "box");
    assert_eq!(
        item["content"],
        "Talks &quot;went well&quot; &lt;b&gt;&amp; ended&lt;/b&gt;"
    );
    let title = item["title"].as_str().unwrap();
    assert!(
        !title.contains("<script>") && title.contains("&lt;script&gt;"),
        "{title}"
    );
}

// ---- Markdown ------------------------------------------------------------------------

#[test]
fn markdown_has_a_heading_per_year_and_a_bullet_per_event() {
    let md = render(
        Format::Markdown,
        &nato_russia(),
        &nato_russia_options(GroupBy::Actor),
    );
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings, ["## 2008", "## 2009", "## 2010", "## Undated"]);
    assert!(md.starts_with("# NATO and Russia, 2008–2010\n"));
    assert_eq!(md.lines().filter(|l| l.starts_with("- **")).count(), 16);
    let expected = [
        "- **June 2008** — Medvedev proposed a new European security pact  ",
        "- **4 December 2009** — NATO-Russia Council meets at the level of foreign ministers *(scheduled)*  ",
        "  Source: NATO head, Russian envoy hold 'constructive' talks (RIA Novosti, BRUSSELS) · ria-novosti-2009-12-01-nato-russia",
        "- **earlier (undated)** — Canadian delegation blocked the adoption of documents, Rogozin said *(reported)*  ",
    ];
    for line in expected {
        assert!(md.lines().any(|l| l == line), "missing line {line:?} in\n{md}");
    }
}

#[test]
fn markdown_escapes_markup_in_article_text() {
    let mut timeline = one("2009-12-04", NASTY);
    timeline.events[0].headline = "*Big* _news_ [here](x) <b>".into();
    let md = render(Format::Markdown, &timeline, &ViewOptions::default());
    assert!(md.contains(r"\*Big\* \_news\_ \[here\](x) \<b\>"), "{md}");
    assert!(md.contains("## 2009"));
}

// ---- HTML (without a browser: see tests/html_render.rs for the rendered page) ---------

/// The JSON inside `<script type="application/json" id="chronicle-data">`.
fn embedded_data(page: &str) -> Value {
    let open = r#"<script type="application/json" id="chronicle-data">"#;
    let start = page.find(open).expect("data script") + open.len();
    let end = start + page[start..].find("</script>").expect("data script end");
    serde_json::from_str(&page[start..end]).expect("embedded data is JSON")
}

#[test]
fn html_embeds_its_data_safely_and_lists_every_event() {
    let page = render(Format::Html, &nato_russia(), &nato_russia_options(GroupBy::Actor));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("{{"), "every template placeholder is filled");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no network resources"
    );
    let data = embedded_data(&page);
    let events = data["events"].as_array().unwrap();
    assert_eq!(events.len(), 15);
    let lanes = data["lanes"].as_array().unwrap();
    // NATO and Russia both lead five events; the tie goes to the one that appears first.
    assert_eq!(lanes[0]["name"], "NATO", "the biggest group gets the first lane");
    assert_eq!(lanes[1]["name"], "Russia");
    for e in events {
        assert!(
            e["s"].is_i64() && e["e"].as_i64() > e["s"].as_i64(),
            "interval in days: {e}"
        );
        assert!(e["l"].as_u64().unwrap() < lanes.len() as u64);
        assert!(
            page.contains(&format!("id=\"{}\"", e["id"].as_str().unwrap())),
            "list entry for {e}"
        );
    }
    let friday = events.iter().find(|e| e["v"] == "2009-12-04").unwrap();
    assert_eq!(friday["p"], true, "a day is drawn as a point");
    assert_eq!(friday["st"], "scheduled");
    assert_eq!(friday["tt"], "Friday");
    assert!(friday["how"]
        .as_str()
        .unwrap()
        .starts_with("“Friday” → 2009-12-04"));
    let june = events.iter().find(|e| e["v"] == "2008-06").unwrap();
    assert_eq!(june["p"], false, "a month is drawn as a span");
    assert_eq!(june["e"].as_i64().unwrap() - june["s"].as_i64().unwrap(), 30);
    assert_eq!(
        page.matches("<li class=\"entry").count(),
        16,
        "the list has the undated event too"
    );
    assert!(
        page.contains("<mark>Friday</mark>"),
        "the temporal phrase is marked in the list"
    );
}

#[test]
fn html_survives_script_closing_text_in_sentences() {
    let mut timeline = one("2009-12-04", NASTY);
    timeline.events[0].headline = "</script><script>alert(1)</script>".into();
    let opts = ViewOptions {
        title: "A </title> <b>title</b>".into(),
        ..ViewOptions::default()
    };
    let page = render(Format::Html, &timeline, &opts);
    assert_eq!(
        page.matches("</script>").count(),
        2,
        "only the page's own two scripts close"
    );
    assert_eq!(page.matches("<!--").count(), 0);
    assert!(page.contains("<title>A &lt;/title&gt; &lt;b&gt;title&lt;/b&gt;</title>"));
    let data = embedded_data(&page);
    assert_eq!(
        data["events"][0]["h"], "</script><script>alert(1)</script>",
        "the data round-trips"
    );
    assert_eq!(data["events"][0]["sen"], NASTY.replace(" \n", " "));
}

#[test]
fn html_puts_small_groups_in_one_lane_when_there_are_many() {
    let timeline = viz_fixture::generated(300);
    let page = render(Format::Html, &timeline, &ViewOptions::default());
    let data = embedded_data(&page);
    let lanes = data["lanes"].as_array().unwrap();
    assert_eq!(lanes.len(), chronicle::output::html::MAX_LANES);
    assert!(lanes.last().unwrap()["name"]
        .as_str()
        .unwrap()
        .ends_with(" others"));
    let total: u64 = lanes.iter().map(|l| l["count"].as_u64().unwrap()).sum();
    assert_eq!(total, 300);
}

// ---- every format: empty timelines, undated events, the CLI --------------------------

#[test]
fn every_format_writes_an_empty_timeline() {
    for format in [
        Format::TimelineJs,
        Format::TimelineJsCsv,
        Format::Vis,
        Format::Html,
        Format::Markdown,
    ] {
        let out = render(format, &Timeline::default(), &ViewOptions::default());
        assert!(!out.is_empty(), "{format:?}");
    }
    let doc = json(Format::TimelineJs, &Timeline::default(), &ViewOptions::default());
    assert_eq!(doc["events"], serde_json::json!([]));
}

#[test]
fn cli_writes_each_format_to_stdout_or_a_file() {
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/",
        "ria-novosti-2009-12-01-nato-russia.txt"
    );
    let dir = tempfile::tempdir().unwrap();
    for (format, check) in [
        ("timelinejs", "\"events\""),
        ("timelinejs-csv", "Year,Month,Day"),
        ("vis", "\"items\""),
        ("html", "<!DOCTYPE html>"),
        ("md", "# Timeline"),
    ] {
        let out = assert_cmd::Command::cargo_bin("chronicle")
            .unwrap()
            .args(["timeline", "--format", format, "--group-by", "article", sample])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(check),
            "{format} on stdout"
        );
        let file = dir.path().join(format!("out.{format}"));
        let out = assert_cmd::Command::cargo_bin("chronicle")
            .unwrap()
            .args(["timeline", "--format", format, "--output"])
            .arg(&file)
            .arg(sample)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(out.stdout.is_empty(), "{format}: nothing on stdout with --output");
        assert!(
            std::fs::read_to_string(&file).unwrap().contains(check),
            "{format} in the file"
        );
    }
    let _ = SEED;
}

#[test]
fn the_events_own_dateline_fills_in_the_source() {
    let mut timeline = one("2009-12-04", "On Friday.");
    timeline.events[0].agency = Some("Reuters".into());
    timeline.events[0].place = Some("MOSCOW".into());
    timeline.events[0].dct = chrono::NaiveDate::from_ymd_opt(2009, 12, 1);
    let md = render(Format::Markdown, &timeline, &ViewOptions::default());
    assert!(md.contains("  Source: a1 (Reuters, MOSCOW)\n"), "{md}");
    let doc = json(Format::TimelineJs, &timeline, &ViewOptions::default());
    let text = doc["events"][0]["text"]["text"].as_str().unwrap();
    assert!(text.contains("; document date 2009-12-01"), "{text}");
}
