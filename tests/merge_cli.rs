//! `chronicle merge` and `chronicle conflicts` on the fixture timeline: merging is a
//! reduce step (shards merged in any grouping give the same bytes), and the conflicts
//! list names who gave which date.

use assert_cmd::Command;

mod common;

const EVENTS: &str = "tests/fixtures/merge/events.jsonl";

fn chronicle(args: &[&str], stdin: Option<String>) -> String {
    let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().expect("ran");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn merging_shards_in_any_grouping_gives_the_same_bytes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let lines: Vec<String> = std::fs::read_to_string(EVENTS)
        .expect("fixture")
        .lines()
        .map(String::from)
        .collect();
    // Three shards, interleaved, as a hash partitioner would cut them.
    let mut shards = Vec::new();
    for k in 0..3 {
        let path = dir.path().join(format!("shard-{k}.jsonl"));
        let text: String = lines
            .iter()
            .skip(k)
            .step_by(3)
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&path, text).expect("written");
        shards.push(path.to_string_lossy().into_owned());
    }
    let whole = chronicle(&["merge", EVENTS], None);
    assert_eq!(whole.lines().count(), 5);
    let ab = dir.path().join("ab.jsonl");
    std::fs::write(&ab, chronicle(&["merge", &shards[0], &shards[1]], None)).expect("written");
    let left = chronicle(&["merge", ab.to_str().expect("path"), &shards[2]], None);
    let bc = dir.path().join("bc.jsonl");
    std::fs::write(&bc, chronicle(&["merge", &shards[1], &shards[2]], None)).expect("written");
    let right = chronicle(&["merge", &shards[0], bc.to_str().expect("path")], None);
    assert_eq!(left, whole);
    assert_eq!(right, whole);
    // Merged output read back from standard input merges to itself.
    assert_eq!(chronicle(&["merge", "-"], Some(whole.clone())), whole);
    // The in-memory path gives the same rows as the spilling one.
    assert_eq!(chronicle(&["merge", "--in-memory", EVENTS], None), whole);
}

#[test]
fn conflicts_lists_the_competing_values_and_their_agencies() {
    let csv = chronicle(&["conflicts", "--format", "csv", "--quiet", EVENTS], None);
    let rows: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            // conflict number, value, agencies
            vec![cells[0].to_string(), cells[5].to_string(), cells[7].to_string()]
        })
        .collect();
    let want = [
        ["1", "2009-06", "Reuters"],
        ["1", "2009-07", "AFP"],
        ["2", "2009-11-29", "RIA Novosti; Reuters"],
        ["2", "2009-11-30", "AP"],
        ["3", "2009-12-04", "AFP; Interfax; RIA Novosti; Reuters"],
        ["3", "2009-12-03", "AP"],
    ];
    assert_eq!(rows, want.map(|r| r.map(String::from).to_vec()));
    let table = chronicle(&["conflicts", "--quiet", EVENTS], None);
    assert!(
        table.contains("2009-12-03   1 source(s): AP  \"Thursday\"  [ap-2009-12-02]"),
        "{table}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&chronicle(&["conflicts", "--format", "json", EVENTS], None)).expect("JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(3));
}

#[test]
fn a_bad_line_is_reported_and_the_rest_merged() {
    let mut input = std::fs::read_to_string(EVENTS).expect("fixture");
    input.push_str("{\"trigger\": 3}\n");
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["merge", "-"])
        .write_stdin(input)
        .output()
        .expect("ran");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:14:"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
}

/// `chronicle timeline` over several articles is one merged chronology; `--no-merge`
/// keeps every mention a row; no mention is lost either way.
#[test]
fn the_default_timeline_of_many_articles_is_merged() {
    let rows = |args: &[&str]| -> Vec<csv::StringRecord> {
        let out = chronicle(args, None);
        csv::Reader::from_reader(out.as_bytes())
            .records()
            .map(|r| r.expect("a CSV row"))
            .collect()
    };
    let merged = rows(&["timeline", "--quiet", "samples/"]);
    let apart = rows(&["timeline", "--quiet", "--no-merge", "samples/"]);
    let mentions: usize = merged
        .iter()
        .map(|r| r[23].parse::<usize>().expect("mentions"))
        .sum();
    assert_eq!(mentions, apart.len());
    assert!(merged.len() < apart.len());
    // The RIA Novosti and AFP stories and RIA's Russian story all report Rogozin meeting
    // Rasmussen; the row is told as the first report (RIA Novosti, December 1) told it.
    let met = merged
        .iter()
        .find(|r| &r[0] == "2009-12-01" && r[24].contains("ria-novosti"))
        .expect("the meeting of December 1");
    assert_eq!(&met[23], "3");
    assert_eq!(&met[25], "AFP; RIA Novosti");
    assert_eq!(&met[15], "ria-novosti-2009-12-01-nato-russia");
    // Unmerged rows name their own article as their one source.
    assert!(apart.iter().all(|r| &r[23] == "1" && r[24] == r[15]));
    // One article alone is not merged with anything.
    let one = rows(&[
        "timeline",
        "--quiet",
        "samples/ria-novosti-2009-12-01-nato-russia.txt",
    ]);
    assert!(one.iter().all(|r| &r[23] == "1"));
}

/// The events of samples/ as `timeline --format jsonl` writes them, in a file.
fn sample_events(dir: &std::path::Path) -> String {
    let path = dir.join("events.jsonl");
    std::fs::write(
        &path,
        chronicle(&["timeline", "-q", "--no-merge", "-f", "jsonl", "samples/"], None),
    )
    .expect("written");
    path.to_string_lossy().into_owned()
}

#[test]
fn merge_and_timeline_write_the_same_rows_columns_and_order() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let events = sample_events(dir.path());
    // (merge options, timeline options): the same output byte for byte.
    let cases: [&[&str]; 5] = [
        &["-f", "csv"],
        &["-f", "csv", "--actor", "Lavrov"],
        &[
            "-f",
            "csv",
            "--from",
            "2021-10-01",
            "--to",
            "2022-01-31",
            "--status",
            "occurred",
        ],
        &["-f", "md", "--min-confidence", "0.8"],
        &["-f", "json"],
    ];
    for options in cases {
        let mut merge = vec!["merge", "-q"];
        merge.extend_from_slice(options);
        merge.push(&events);
        let mut timeline = vec!["timeline", "-q"];
        timeline.extend_from_slice(options);
        timeline.push("samples/");
        let (merged, direct) = (chronicle(&merge, None), chronicle(&timeline, None));
        assert!(merged.lines().count() > 1, "{options:?}");
        if options[1] == "json" {
            // The articles list is the timeline's own; the rows are the same.
            let rows =
                |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON")["events"].clone();
            assert_eq!(rows(&merged), rows(&direct), "{options:?}");
        } else if options[1] == "md" {
            // The heading counts articles the same; sources show ids without titles.
            assert_eq!(merged.lines().count(), direct.lines().count(), "{options:?}");
        } else {
            // Every column but `path`, `url` and `title`, which the JSONL lines do not
            // carry (found by name: `mod` comes after them).
            let cut = |text: &str| -> Vec<Vec<String>> {
                let mut reader = csv::Reader::from_reader(text.as_bytes());
                let header = reader.headers().expect("a header").clone();
                reader
                    .records()
                    .map(|r| {
                        let r = r.expect("a CSV row");
                        r.iter()
                            .zip(header.iter())
                            .filter(|(_, name)| !matches!(*name, "path" | "url" | "title"))
                            .map(|(cell, _)| cell.to_string())
                            .collect()
                    })
                    .collect()
            };
            assert_eq!(
                merged.lines().next(),
                direct.lines().next(),
                "{options:?}: the header"
            );
            assert_eq!(cut(&merged), cut(&direct), "{options:?}");
        }
    }
    // Streamed JSONL rows come in the same order as the sorted formats.
    let dates = |rows: Vec<serde_json::Value>| -> Vec<String> {
        rows.iter()
            .map(|r| format!("{}@{}", r["date"], r["char_start"]))
            .collect()
    };
    let streamed: Vec<serde_json::Value> = chronicle(&["merge", &events], None)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON row"))
        .collect();
    let json: serde_json::Value =
        serde_json::from_str(&chronicle(&["merge", "-f", "json", &events], None)).expect("JSON");
    let sorted = json["events"].as_array().cloned().unwrap_or_default();
    assert_eq!(dates(streamed), dates(sorted));
}

#[test]
fn merge_writes_every_timeline_format() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let events = sample_events(dir.path());
    let cases = [
        ("html", "<!DOCTYPE html>"),
        ("timelinejs", "{"),
        ("vis", "{"),
        ("timelinejs-csv", "Year,"),
        ("table", "WHEN"),
    ];
    for (format, start) in cases {
        let out = chronicle(&["merge", "-f", format, &events], None);
        assert!(out.starts_with(start), "{format}: {}", &out[..out.len().min(60)]);
    }
}

#[test]
fn a_timeline_given_to_timeline_is_one_hint_to_merge() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let events = sample_events(dir.path());
    let (code, _, err) = common::run(&["timeline", &events]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("chronicle merge"), "{err}");
}

#[test]
fn merge_help_offers_only_what_merge_uses() {
    let help = chronicle(&["merge", "--help"], None);
    for absent in ["--dct ", "--year", "--dct-map", "--undated", "--no-merge"] {
        assert!(!help.contains(absent), "{absent}");
    }
    for present in [
        "--from",
        "--to",
        "--actor",
        "--status",
        "--min-confidence",
        "--format",
        "html",
    ] {
        assert!(help.contains(present), "{present}");
    }
}

#[test]
fn conflicts_are_visible_in_every_format() {
    let inputs = ["samples/", "tests/fixtures/merge/articles/"];
    // (format, what marks the dissent)
    let cases = [
        ("table", "sources disagree on the date"),
        ("md", "sources disagree on the date"),
        ("html", "badge-conflict"),
        ("timelinejs", "sources disagree on the date"),
        ("timelinejs-csv", "sources disagree on the date"),
        ("vis", "sources disagree on the date"),
        ("csv", " ×"),
        ("json", "\"conflict\""),
    ];
    for (format, mark) in cases {
        let mut args = vec!["timeline", "-q", "-f", format];
        args.extend(inputs);
        let out = chronicle(&args, None);
        assert!(out.contains(mark), "{format}");
        // Both competing dates are named.
        assert!(
            out.contains("2009-12-03") && out.contains("2009-12-04"),
            "{format}"
        );
    }
}

#[test]
fn the_readme_conflicts_example_finds_the_conflicts() {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["conflicts", "samples/", "tests/fixtures/merge/articles/"])
        .output()
        .expect("ran");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains(" 0 conflicting"), "{stderr}");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("1. ") && table.contains("source(s)"), "{table}");
}
