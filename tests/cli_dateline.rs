//! `chronicle dateline` end to end: the binary on samples/ and on bad inputs.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn chronicle() -> Command {
    Command::cargo_bin("chronicle").expect("the chronicle binary")
}

fn json_rows(args: &[&str]) -> Vec<Value> {
    let out = chronicle()
        .arg("dateline")
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice::<Vec<Value>>(&out.stdout).expect("a JSON array")
}

fn row<'a>(rows: &'a [Value], article: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["article"] == article)
        .unwrap_or_else(|| panic!("no row for {article}"))
}

/// (article id, place, agency, date, source) for every sample.
const SAMPLES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "ria-novosti-2009-12-01-nato-russia",
        "BRUSSELS",
        "RIA Novosti",
        "2009-12-01",
        "inferred",
    ),
    (
        "afp-2009-12-03-nato-russia-ministers",
        "BRUSSELS",
        "AFP",
        "2009-12-03",
        "dateline",
    ),
    (
        "reuters-2021-10-18-russia-suspends-nato-mission",
        "MOSCOW",
        "Reuters",
        "2021-10-18",
        "inferred",
    ),
    (
        "interfax-2021-10-18-lavrov-nato-mission",
        "Moscow",
        "INTERFAX",
        "2021-10-18",
        "inferred",
    ),
    (
        "tass-2021-12-17-russia-draft-treaties",
        "MOSCOW",
        "TASS",
        "2021-12-17",
        "inferred",
    ),
    (
        "ap-2022-01-12-nato-russia-council-talks",
        "BRUSSELS",
        "AP",
        "2022-01-12",
        "metadata",
    ),
    (
        "nato-press-2022-01-12-nato-russia-council",
        "Brussels",
        "",
        "2022-01-12",
        "metadata",
    ),
    (
        "eurodefence-2022-06-29-madrid-summit",
        "MADRID",
        "",
        "2022-06-29",
        "metadata",
    ),
    (
        "kyiv-independent-2023-02-21-new-start",
        "MOSCOW",
        "Reuters",
        "2023-02-21",
        "record",
    ),
    (
        "baltic-wire-2023-04-04-finland-joins",
        "BRUSSELS",
        "Baltic Wire",
        "2023-04-04",
        "record",
    ),
    (
        "vilnius-summit-day-one",
        "VILNIUS",
        "Reuters",
        "2023-07-11",
        "inferred",
    ),
    (
        "cfe-withdrawal",
        "MOSCOW/BRUSSELS",
        "Reuters",
        "2023-11-07",
        "record",
    ),
    ("commentary-undated-nato-enlargement", "", "", "", "none"),
    // the Russian samples: the three agencies' Russian datelines, years inferred
    (
        "ria-novosti-2009-12-01-nato-russia-ru",
        "БРЮССЕЛЬ",
        "RIA Novosti",
        "2009-12-01",
        "inferred",
    ),
    (
        "tass-2021-12-17-russia-draft-treaties-ru",
        "МОСКВА",
        "TASS",
        "2021-12-17",
        "inferred",
    ),
    (
        "interfax-2021-10-18-lavrov-nato-mission-ru",
        "Москва",
        "Interfax",
        "2021-10-18",
        "inferred",
    ),
];

#[test]
fn samples_as_json() {
    let rows = json_rows(&["samples/"]);
    assert_eq!(rows.len(), SAMPLES.len());
    for &(article, place, agency, date, source) in SAMPLES {
        let r = row(&rows, article);
        let text = |key: &str| r[key].as_str().unwrap_or_default().to_string();
        assert_eq!(
            (text("place"), text("agency"), text("date"), text("source")),
            (place.into(), agency.into(), date.into(), source.into()),
            "{article}"
        );
        assert!(
            r["confidence"].is_number() && r["reason"].is_string(),
            "{article}"
        );
    }
}

#[test]
fn seed_table_shows_the_reason() {
    chronicle()
        .args(["dateline", "samples/ria-novosti-2009-12-01-nato-russia.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("BRUSSELS"))
        .stdout(predicate::str::contains("RIA Novosti"))
        .stdout(predicate::str::contains("2009-12-01"))
        .stdout(predicate::str::contains("inferred"))
        .stdout(predicate::str::contains("Tuesday"))
        .stdout(predicate::str::contains("2008"));
}

#[test]
fn flags_steer_the_date() {
    let rows = json_rows(&[
        "--dct",
        "2010-05-05",
        "samples/afp-2009-12-03-nato-russia-ministers.txt",
    ]);
    assert_eq!(
        (rows[0]["date"].as_str(), rows[0]["source"].as_str()),
        (Some("2010-05-05"), Some("flag"))
    );
    let rows = json_rows(&["--year", "2015", "samples/ria-novosti-2009-12-01-nato-russia.txt"]);
    assert_eq!(rows[0]["date"].as_str(), Some("2015-12-01"));
}

#[test]
fn undated_article_says_how_to_give_a_date() {
    chronicle()
        .args(["dateline", "samples/commentary-undated-nato-enlargement.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--dct YYYY-MM-DD"));
}

#[test]
fn stdin_is_sniffed() {
    chronicle()
        .args(["dateline", "--format", "json", "-"])
        .write_stdin("{\"text\": \"MOSCOW, Oct 18 (Reuters) - Talks.\", \"dct\": \"2021-10-18\"}\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"source\": \"record\""))
        .stdout(predicate::str::contains("stdin:1"));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = |name: &str| dir.path().join(name);
    std::fs::write(p("good.txt"), "LONDON, March 3, 2022 (Reuters) - Talks.").expect("write");
    std::fs::write(p("image.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00").expect("write");
    std::fs::write(
        p("corpus.jsonl"),
        "{\"text\": \"ok\"}\n{broken\n{\"text\": \"also ok\"}\n",
    )
    .expect("write");
    chronicle()
        .args(["dateline", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("image.txt").and(predicate::str::contains("binary")))
        .stderr(predicate::str::contains("corpus.jsonl:2"))
        .stderr(predicate::str::contains("skipped"))
        .stdout(predicate::str::contains("\"article\": \"good\""))
        .stdout(predicate::str::contains("corpus:1").and(predicate::str::contains("corpus:3")));
}

#[test]
fn warnings_alone_keep_exit_code_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"PARIS, Dec. 3, 2009 (AFP) - Caf\xE9.",
    )
    .expect("write");
    std::fs::write(dir.path().join("empty.txt"), b"").expect("write");
    chronicle()
        .arg("dateline")
        .arg(dir.path())
        .assert()
        .code(0)
        .stderr(predicate::str::contains("latin1.txt").and(predicate::str::contains("UTF-8")))
        .stderr(predicate::str::contains("empty.txt"))
        .stdout(predicate::str::contains("2009-12-03"));
}

#[test]
fn an_empty_folder_loses_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    chronicle()
        .arg("dateline")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no articles found"));
}

#[test]
fn usage_errors_exit_2() {
    chronicle().arg("dateline").assert().code(2);
    chronicle()
        .args(["dateline", "--dct", "1 Dec", "samples/"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    chronicle()
        .args(["dateline", "--format", "xml", "samples/"])
        .assert()
        .code(2);
}

#[test]
fn help_shows_examples() {
    chronicle()
        .args(["dateline", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:").and(predicate::str::contains("--year")));
}
