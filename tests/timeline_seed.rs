//! End to end: `chronicle` on the seed sample gives exactly the six dated events of
//! `samples/ria-novosti-2009-12-01-nato-russia.expected.json`, in order, once each.

use assert_cmd::Command;

const SAMPLE: &str = "samples/ria-novosti-2009-12-01-nato-russia.txt";

fn csv_rows(args: &[&str]) -> Vec<csv::StringRecord> {
    let out = Command::cargo_bin("chronicle")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "date");
    reader.records().map(|r| r.unwrap()).collect()
}

/// Date, trigger, status, words the headline must contain, actors that must be listed.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const EXPECTED: &[Row] = &[
    (
        "2008-06",
        "proposed",
        "occurred",
        &["Medvedev", "proposed", "security pact"],
        &["Dmitry Medvedev", "Russia"],
    ),
    (
        "2008-08",
        "conflict",
        "occurred",
        &["conflict", "Russia", "Georgia"],
        &["Russia", "Georgia"],
    ),
    (
        "2009-06",
        "meeting",
        "occurred",
        &["Russia and NATO agreed", "meeting in Greece"],
        &["Russia", "NATO"],
    ),
    (
        "2009-11-29",
        "published",
        "occurred",
        &["Russia published a draft"],
        &["Russia"],
    ),
    (
        "2009-12-01",
        "meeting",
        "occurred",
        &["Rogozin", "meeting", "Rasmussen"],
        &["Dmitry Rogozin", "Anders Fogh Rasmussen", "Russia", "NATO"],
    ),
    (
        "2009-12-04",
        "meeting",
        "scheduled",
        &["Meeting of the NATO-Russia Council"],
        &["NATO-Russia Council"],
    ),
];

#[test]
fn seed_sample_timeline_has_the_six_dated_events_in_order() {
    // Piped stdout: CSV is the default.
    let rows = csv_rows(&[SAMPLE]);
    let dates: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let want: Vec<&str> = EXPECTED.iter().map(|e| e.0).collect();
    assert_eq!(dates, want);
    for (row, &(date, trigger, status, headline_words, actors)) in rows.iter().zip(EXPECTED) {
        assert_eq!((&row[8], &row[4]), (trigger, status), "{date}");
        for w in headline_words {
            assert!(row[9].contains(w), "{date}: headline {:?} lacks {w:?}", &row[9]);
        }
        for a in actors {
            assert!(
                row[10].split("; ").any(|x| x.starts_with(a)),
                "{date}: actors {:?} lack {a:?}",
                &row[10]
            );
        }
        assert_eq!(&row[15], "ria-novosti-2009-12-01-nato-russia");
    }
    assert_eq!(
        &rows[4][11], "Brussels",
        "today's meeting is located at the dateline place"
    );
    assert_eq!(&rows[2][11], "Greece");
}

#[test]
fn output_is_deterministic_and_json_has_the_same_events() {
    let run = |args: &[&str]| {
        Command::cargo_bin("chronicle")
            .unwrap()
            .args(args)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(&[SAMPLE]), run(&[SAMPLE]));
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["timeline", "--format", "json", SAMPLE])).unwrap();
    let dates: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, EXPECTED.iter().map(|e| e.0).collect::<Vec<_>>());
    assert_eq!(json["articles"][0]["dct"], "2009-12-01");
    assert_eq!(json["articles"][0]["dateline"]["place"], "BRUSSELS");
    assert_eq!(
        json["events"][0]["actors"][0],
        "Dmitry Medvedev (President of Russia)"
    );
}

#[test]
fn filters_and_undated() {
    let dates = |args: &[&str]| -> Vec<String> { csv_rows(args).iter().map(|r| r[0].to_string()).collect() };
    assert_eq!(
        dates(&["--from", "2009-11-30", SAMPLE]),
        ["2009-12-01", "2009-12-04"]
    );
    assert_eq!(dates(&["--to", "2008-12-31", SAMPLE]), ["2008-06", "2008-08"]);
    assert_eq!(dates(&["--actor", "georgia", SAMPLE]), ["2008-08"]);
    assert_eq!(dates(&["--status", "scheduled", SAMPLE]), ["2009-12-04"]);
    let undated = csv_rows(&["--undated", SAMPLE]);
    let denied = undated
        .iter()
        .find(|r| &r[8] == "denied")
        .expect("NATO's denial with --undated");
    assert_eq!((&denied[0], &denied[4]), ("2009-12-01", "reported"));
    assert!(undated.len() > 6);
}

#[test]
fn table_format_is_readable() {
    let out = Command::cargo_bin("chronicle")
        .unwrap()
        .args(["--format", "table", "--width", "240", SAMPLE])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("WHEN"));
    // a header, its rule and the six events, one line each at this width
    assert_eq!(text.lines().count(), 8, "{text}");
    assert!(
        text.contains("4 December 2009   [planned] Meeting of the NATO-Russia Council"),
        "{text}"
    );
}
