//! The command line under hostile conditions: a reader that goes away, paths that cannot
//! be read, one bad input among good ones.

use std::io::Read;
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

const SEED: &str = include_str!("../samples/ria-novosti-2009-12-01-nato-russia.txt");

/// A JSONL corpus of `n` copies of the seed story.
fn corpus(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let line = serde_json::json!({"id": "seed", "text": SEED}).to_string();
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, format!("{line}\n").repeat(n)).expect("written");
    path
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let input = corpus(dir.path(), 400);
    for format in ["csv", "jsonl", "json"] {
        let mut child = Command::cargo_bin("chronicle")
            .expect("the binary")
            .args(["timeline", "--no-merge", "--format", format])
            .arg(&input)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("started");
        // Read the first bytes, as `head -c 100` would, then hang up.
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 100];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr)
            .expect("stderr read");
        let status = child.wait().expect("finished");
        assert_eq!(status.code(), Some(0), "{format}: {stderr}");
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{format}: {stderr}");
    }
}

#[test]
fn paths_that_cannot_be_read_are_named_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, SEED).expect("written");
    // A path through a file, and a dangling symbolic link: unreadable for anyone.
    let through_file = good.join("inner.txt");
    let dangling = dir.path().join("dangling.txt");
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), &dangling).expect("a symlink");
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .arg("timeline")
        .arg(&through_file)
        .arg(&dangling)
        .arg(&good)
        .output()
        .expect("ran");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("inner.txt") && stderr.contains("dangling.txt"),
        "{stderr}"
    );
    assert!(stderr.contains("check the path"), "{stderr}");
    assert!(
        stderr.contains("2 of 3 inputs") || stderr.contains("skipped"),
        "{stderr}"
    );
    let rows = String::from_utf8_lossy(&out.stdout).lines().count();
    assert_eq!(rows, 7, "the good story's six events and a header");
}

#[test]
fn a_file_without_read_permission_is_named() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, SEED).expect("written");
    let mut perms = std::fs::metadata(&locked).expect("metadata").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    std::fs::set_permissions(&locked, perms).expect("chmod 000");
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reading, so there is nothing to test.
        eprintln!("skipped: this user can read a file with mode 000 (root)");
        return;
    }
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .arg(&locked)
        .output()
        .expect("ran");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("locked.txt") && stderr.contains("permission"),
        "{stderr}"
    );
}
