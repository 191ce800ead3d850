//! The terminal table at 60, 100 and 200 columns, against snapshots a person has read
//! (`tests/snapshots/table/`): every line fits the width, headlines wrap at spaces and
//! are never cut, dates are in words, and rows whose year is a guess are marked.
//!
//! After a deliberate change: `UPDATE_SNAPSHOTS=1 cargo test --release --test
//! table_width`, then read `git diff tests/snapshots/table` before committing.

use std::path::Path;

use assert_cmd::Command;

mod common;

fn table(args: &[&str]) -> String {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["timeline", "--quiet", "--format", "table"])
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("ran");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn check(name: &str, got: &str) {
    let path = Path::new("tests/snapshots/table").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, got).expect("snapshot written");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == got,
        "{name} differs from {} (UPDATE_SNAPSHOTS=1 to rewrite, then read the diff):\n{got}",
        path.display()
    );
}

/// Every word of every headline appears, in order, in the table's text.
fn words_in_order(table: &str, headline: &str) -> bool {
    let text: Vec<&str> = table.split_whitespace().collect();
    let words: Vec<&str> = headline.split_whitespace().collect();
    let mut k = 0;
    for w in &text {
        if k < words.len() && *w == words[k] {
            k += 1;
        }
    }
    k == words.len()
}

#[test]
fn snapshots_at_60_100_and_200_columns() {
    for width in [60, 100, 200] {
        let w = width.to_string();
        let merged = table(&["--width", &w, "samples/"]);
        for line in merged.lines() {
            assert!(line.chars().count() <= width, "{width}: {line:?}");
        }
        check(&format!("samples-{width}"), &merged);
        let one = table(&["--width", &w, "samples/ria-novosti-2009-12-01-nato-russia.txt"]);
        check(&format!("seed-{width}"), &one);
    }
}

#[test]
fn headlines_are_wrapped_whole_never_cut() {
    let csv = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["-q", "-f", "csv", "--columns", "headline", "samples/"])
        .output()
        .expect("ran");
    let csv = String::from_utf8(csv.stdout).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headlines: Vec<String> = reader
        .records()
        .map(|r| r.expect("a row")[0].to_string())
        .collect();
    assert!(headlines.len() > 30, "{}", headlines.len());
    for width in [60, 100, 200] {
        let t = table(&[
            "--width",
            &width.to_string(),
            "--columns",
            "when,what",
            "samples/",
        ]);
        assert!(!t.contains('…'), "{width}: a cell was cut");
        for h in &headlines {
            // a word longer than the column may break after a hyphen; none in the samples is
            let longest = h.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
            if longest < 20 {
                assert!(words_in_order(&t, h), "{width}: {h}");
            }
        }
    }
}

#[test]
fn the_width_comes_from_the_option_else_columns_else_100() {
    let run = |columns: Option<&str>, args: &[&str]| {
        let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
        cmd.args(["-q", "-f", "table"]).args(args).arg("samples/");
        match columns {
            Some(c) => cmd.env("COLUMNS", c),
            None => cmd.env_remove("COLUMNS"),
        };
        let out = String::from_utf8(cmd.output().expect("ran").stdout).expect("UTF-8");
        out.lines().map(|l| l.chars().count()).max().unwrap_or(0)
    };
    assert!(run(None, &[]) <= 100 && run(None, &[]) > 90);
    assert!(run(Some("70"), &[]) <= 70);
    assert!(run(Some("70"), &["--width", "150"]) > 100);
}

#[test]
fn a_guessed_year_is_marked_and_a_given_one_is_not() {
    // A Reuters story whose dateline has no year and whose lead names only a weekday.
    let dir = tempfile::tempdir().expect("a folder");
    let story = common::yearless_story(dir.path());
    let path = story.as_str();
    let guessed = table(&["--width", "100", path]);
    let given = table(&["--width", "100", "--year", "2023", path]);
    assert!(guessed.contains(" ?"), "{guessed}");
    assert!(guessed.contains("the year is a guess"), "{guessed}");
    assert!(!given.contains("the year is a guess"), "{given}");
    assert!(given.contains("2023"), "{given}");
}

#[test]
fn columns_pick_the_table_and_csv_columns() {
    let t = table(&[
        "--width",
        "120",
        "--columns",
        "when,trigger,confidence",
        "samples/",
    ]);
    let header: Vec<&str> = t.lines().next().expect("a header").split_whitespace().collect();
    assert_eq!(header, ["WHEN", "TRIGGER", "CONFIDENCE"]);
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["-q", "-f", "csv", "--columns", "date,headline", "samples/"])
        .output()
        .expect("ran");
    let csv = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(csv.lines().next(), Some("date,headline"));
    for bad in [
        ["-f", "csv", "--columns", "when"],
        ["-f", "table", "--columns", "wen"],
        ["-f", "json", "--columns", "date"],
    ] {
        let out = Command::cargo_bin("chronicle")
            .expect("the binary")
            .args(["-q"])
            .args(bad)
            .arg("samples/")
            .output()
            .expect("ran");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--columns"), "{bad:?}: {err}");
    }
}
