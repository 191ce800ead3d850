//! What the user writes is honoured or refused, never silently ignored: options before
//! the subcommand, mistyped subcommands, values out of range, output paths and formats,
//! inputs left out.

use assert_cmd::Command;

const AFP: &str = "samples/afp-2009-12-03-nato-russia-ministers.txt";

/// Runs chronicle; (exit code, stdout, stderr).
fn chronicle(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
    cmd.args(args);
    cmd.write_stdin(stdin.unwrap_or_default());
    let out = cmd.output().expect("ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn options_before_the_subcommand_are_honoured() {
    // (before the subcommand, after it): the same output.
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["--actor", "Lavrov", "timeline", "-q", "-f", "csv", "samples/"],
            &["timeline", "-q", "-f", "csv", "--actor", "Lavrov", "samples/"],
        ),
        (
            &["--dct", "2015-05-05", "dateline", AFP],
            &["dateline", "--dct", "2015-05-05", AFP],
        ),
        (
            &["--format", "md", "timeline", AFP],
            &["timeline", "--format", "md", AFP],
        ),
        (&["-fjsonl", "-q", "timex", AFP], &["timex", "-q", "-fjsonl", AFP]),
    ];
    for (before, after) in cases {
        let (code, out, err) = chronicle(before, None);
        assert_eq!(code, 0, "{before:?}: {err}");
        assert_eq!(out, chronicle(after, None).1, "{before:?}");
    }
    let (_, rows, _) = chronicle(
        &["--actor", "Lavrov", "timeline", "-q", "-f", "csv", "samples/"],
        None,
    );
    let (_, all, _) = chronicle(&["timeline", "-q", "-f", "csv", "samples/"], None);
    assert!(rows.lines().count() > 1 && rows.lines().count() < all.lines().count());
    let (_, dated, _) = chronicle(&["--dct", "2015-05-05", "dateline", AFP], None);
    assert!(dated.contains("2015-05-05"), "{dated}");
    let (_, md, _) = chronicle(&["--format", "md", "timeline", AFP], None);
    assert!(md.starts_with('#'), "{md}");
}

#[test]
fn an_option_the_subcommand_does_not_take_is_an_error() {
    for args in [
        &["--actor", "Lavrov", "dateline", AFP][..],
        &["--undated", "merge", AFP],
        &["--format", "md", "dateline", AFP],
    ] {
        let (code, out, err) = chronicle(args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(args[0]) || err.contains("md"), "{args:?}: {err}");
    }
}

#[test]
fn a_mistyped_subcommand_is_an_error_with_a_suggestion() {
    let cases = [
        ("datelines", "chronicle dateline"),
        ("timelin", "chronicle timeline"),
        ("conflict", "chronicle conflicts"),
        ("merg", "chronicle merge"),
    ];
    for (word, suggestion) in cases {
        let (code, out, err) = chronicle(&[word, AFP], None);
        assert_eq!(code, 2, "{word}");
        assert!(out.is_empty(), "{word}");
        assert!(err.contains(suggestion), "{word}: {err}");
    }
    // An existing file of that name is read, not refused.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = std::fs::read_to_string(AFP).expect("sample");
    std::fs::write(dir.path().join("datelines"), story).expect("written");
    let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
    let out = cmd
        .current_dir(dir.path())
        .args(["-q", "-f", "csv", "datelines"])
        .output()
        .expect("ran");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("datelines"));
}

#[test]
fn values_out_of_range_are_refused_with_a_reason() {
    let cases: [(&[&str], &str); 7] = [
        (&["--min-confidence", "1.5", AFP], "between 0.0 and 1.0"),
        (&["--min-confidence=-0.1", AFP], "between 0.0 and 1.0"),
        (&["--min-confidence", "high", AFP], "not a number"),
        (&["--year", "99999", AFP], "1..=9999"),
        (&["dateline", "--year", "0", AFP], "1..=9999"),
        (
            &["--from", "2022-01-31", "--to", "2021-10-01", AFP],
            "is after --to",
        ),
        (
            &["--from", "2022-13-01", AFP],
            "a month (2009-12) or a year (2009)",
        ),
    ];
    for (args, message) in cases {
        let (code, out, err) = chronicle(args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn an_output_path_that_cannot_be_written_is_named() {
    for args in [
        &["-o", "/nonexistent/x.csv", AFP][..],
        &["dateline", "-o", "/nonexistent/x.csv", AFP],
        &[
            "merge",
            "-o",
            "/nonexistent/x.csv",
            "tests/fixtures/merge/events.jsonl",
        ],
    ] {
        let (code, _, err) = chronicle(args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("/nonexistent/x.csv"), "{args:?}: {err}");
    }
}

#[test]
fn no_input_with_a_pipe_says_to_give_a_dash() {
    let (code, out, err) = chronicle(&[], Some("BRUSSELS, Dec 3, 2009 (AFP) - NATO met on Friday."));
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("`-`"), "{err}");
    let (code, out, _) = chronicle(
        &["-q", "-f", "csv", "-"],
        Some("BRUSSELS, Dec 3, 2009 (AFP) - NATO ministers met on Friday."),
    );
    assert_eq!(code, 0);
    assert!(out.lines().count() > 1, "{out}");
}

#[test]
fn eval_on_data_without_gold_tags_is_an_error() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let gold = dir.path().join("plain.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"a\",\"dct\":\"2009-12-01\",\"text\":\"NATO met on Friday.\"}\n",
    )
    .expect("written");
    let (code, out, err) = chronicle(&["eval", "--gold", gold.to_str().expect("path")], None);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("no gold"), "{err}");
}

#[test]
fn files_a_folder_walk_leaves_out_are_named() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(AFP, dir.path().join("story.txt")).expect("copied");
    std::fs::write(dir.path().join("notes.docx"), "PK").expect("written");
    std::fs::write(dir.path().join("scan.pdf"), "%PDF").expect("written");
    std::fs::write(dir.path().join(".hidden"), "x").expect("written");
    let (code, _, err) = chronicle(&["-f", "csv", dir.path().to_str().expect("path")], None);
    assert_eq!(code, 0, "{err}");
    for name in ["notes.docx", "scan.pdf"] {
        assert!(err.contains(name), "{name}: {err}");
    }
    assert!(!err.contains(".hidden"), "{err}");
    assert!(!err.contains("story.txt"), "{err}");
}

#[test]
fn the_output_extension_chooses_the_format() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // (file name, what the file starts with)
    let cases = [
        ("t.html", "<!DOCTYPE html>"),
        ("t.md", "#"),
        ("t.json", "{"),
        ("t.csv", "date,"),
        ("t.jsonl", "{\""),
    ];
    for (name, start) in cases {
        let path = dir.path().join(name);
        let (code, _, err) = chronicle(&["-q", "-o", path.to_str().expect("path"), AFP], None);
        assert_eq!(code, 0, "{name}: {err}");
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(text.starts_with(start), "{name}: {}", &text[..text.len().min(80)]);
    }
    // A format that fits the extension is fine; one that contradicts it is an error.
    let json = dir.path().join("tl.json");
    let (code, _, _) = chronicle(
        &["-q", "-f", "timelinejs", "-o", json.to_str().expect("path"), AFP],
        None,
    );
    assert_eq!(code, 0);
    let html = dir.path().join("x.html");
    let (code, _, err) = chronicle(
        &["-q", "-f", "csv", "-o", html.to_str().expect("path"), AFP],
        None,
    );
    assert_eq!(code, 2);
    assert!(err.contains("x.html") && err.contains("--format csv"), "{err}");
    assert!(!html.exists());
}

#[test]
fn completions_and_a_man_page_come_from_the_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (code, out, err) = chronicle(&["completions", shell], None);
        assert_eq!(code, 0, "{shell}: {err}");
        for word in ["timeline", "conflicts", "min-granularity", "csv-bom"] {
            assert!(out.contains(word), "{shell}: {word}");
        }
    }
    let (code, page, _) = chronicle(&["man"], None);
    assert_eq!(code, 0);
    assert!(
        page.contains(".TH chronicle 1"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert!(page.contains("timeline") && page.contains("merge"));
    let (code, _, err) = chronicle(&["completions", "tcsh"], None);
    assert_eq!(code, 2, "{err}");
}
