//! Helpers shared by the integration tests that run the binary as a user would.

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
