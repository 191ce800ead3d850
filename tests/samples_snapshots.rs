//! The timeline of every sample, and the merged timeline of them all, against snapshots
//! in `tests/snapshots/` that a person has read and checked (see `tests/snapshots/README.md`).
//!
//! After a deliberate change: `UPDATE_SNAPSHOTS=1 cargo test --release --test
//! samples_snapshots`, then read `git diff tests/snapshots` row by row before committing.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The columns a snapshot keeps: enough to check each row by reading it.
const COLUMNS: &[&str] = &[
    "date",
    "status",
    "trigger",
    "time_text",
    "headline",
    "mentions",
    "agencies",
];

fn timeline(args: &[&str]) -> String {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["timeline", "--quiet", "--format", "csv"])
        .args(args)
        .output()
        .expect("ran");
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().expect("a header").clone();
    let index: Vec<usize> = COLUMNS
        .iter()
        .map(|c| header.iter().position(|h| h == *c).expect("a known column"))
        .collect();
    let mut text = COLUMNS.join("\t") + "\n";
    for row in reader.records() {
        let row = row.expect("a CSV row");
        let cells: Vec<String> = index.iter().map(|&i| row[i].replace(['\t', '\n'], " ")).collect();
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    text
}

fn check(name: &str, got: &str) {
    let path = Path::new("tests/snapshots").join(format!("{name}.tsv"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, got).expect("snapshot written");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want != got {
        let mut diff = String::new();
        for line in want.lines().filter(|l| !got.lines().any(|g| g == *l)) {
            diff.push_str(&format!("- {line}\n"));
        }
        for line in got.lines().filter(|l| !want.lines().any(|w| w == *l)) {
            diff.push_str(&format!("+ {line}\n"));
        }
        panic!(
            "{} differs from the timeline chronicle makes now:\n{diff}\nIf the change is \
             intended, rerun with UPDATE_SNAPSHOTS=1 and read the diff before committing.",
            path.display()
        );
    }
}

fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("samples")
        .expect("samples/")
        .map(|e| e.expect("an entry").path())
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_sample_has_its_checked_timeline() {
    let files = samples();
    assert!(files.len() >= 10, "{files:?}");
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).expect("a file name");
        let path = file.to_str().expect("a path");
        if let Err(e) = std::panic::catch_unwind(|| check(name, &timeline(&["--no-merge", path]))) {
            failures.push(
                e.downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| name.to_string()),
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_merged_timeline_of_all_samples_is_checked() {
    check("all-samples-merged", &timeline(&["samples/"]));
}
