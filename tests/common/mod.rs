//! Helpers shared by the integration tests that run the binary as a user would.
// Each test file uses only some of them.
#![allow(dead_code)]

use assert_cmd::Command;

/// The events `chronicle` streams (`-f jsonl`) for one story `text` dated `dct`, with
/// every granularity kept; `extra` adds options (`["--lang", "ru"]`).
pub fn events(dct: &str, text: &str, extra: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = dir.path().join("story.txt");
    std::fs::write(&story, format!("{text}\n")).expect("written");
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["-q", "-f", "jsonl", "--min-granularity", "century", "--dct", dct])
        .args(extra)
        .arg(&story)
        .output()
        .expect("ran");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// Runs chronicle with `args`: (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(args)
        .output()
        .expect("ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Writes, in `dir`, a Reuters story whose dateline has no year and whose lead names only
/// a weekday (its year is a guess); returns its path.
pub fn yearless_story(dir: &std::path::Path) -> String {
    let story = dir.join("yearless.txt");
    std::fs::write(
        &story,
        "BRUSSELS, March 14 (Reuters) - Alliance envoys met on Tuesday to discuss the \
         exercise, which the alliance first held in June 2019, two diplomats said.\n",
    )
    .expect("written");
    story.to_str().expect("a path").to_string()
}

/// The event rows chronicle makes of `text` under the document date `dct` (YYYY-MM-DD),
/// through the library's pipeline: what the row tests read.
pub fn analysed_rows(dct: &str, text: &str) -> Vec<chronicle::event::Event> {
    let opts = chronicle::run::pipeline::Options {
        dct: chronicle::dct::DctOptions {
            flag: chrono::NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok(),
            ..Default::default()
        },
        undated: false,
    };
    let article = chronicle::input::article::Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    chronicle::run::pipeline::analyze(article, &opts).events
}
