//! Options that mean what the user meant: a sane `--year` that is a fact, not a guess;
//! a mistyped option named with the right one; bare `chronicle` says how to start;
//! actors by any name the gazetteer knows; enum values in any case; `--from`/`--to`
//! as a year or a month.

mod common;

use common::run as chronicle;

#[test]
fn a_year_outside_1900_to_next_year_is_refused_unless_allowed() {
    use chrono::Datelike;
    let next = chrono::Utc::now().year() + 1;
    let dir = tempfile::tempdir().expect("a folder");
    let story = common::yearless_story(dir.path());
    for (year, ok) in [
        ("20".to_string(), false),
        ("1899".to_string(), false),
        ((next + 1).to_string(), false),
        ("1900".to_string(), true),
        (next.to_string(), true),
        ("2009".to_string(), true),
    ] {
        for command in ["timeline", "dateline", "timex"] {
            let (code, _, err) = chronicle(&[command, "-q", "--year", &year, &story]);
            assert_eq!(code == 0, ok, "{command} --year {year}: {err}");
            if !ok {
                assert_eq!(code, 2, "{command} --year {year}");
                assert!(err.contains("--allow-any-year") && err.contains("1900"), "{err}");
            }
        }
    }
    let (code, out, err) = chronicle(&[
        "dateline",
        "--year",
        "20",
        "--allow-any-year",
        "-f",
        "json",
        &story,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0020-03-14"), "{out}");
}

#[test]
fn a_given_year_is_a_fact_not_a_guess() {
    let dir = tempfile::tempdir().expect("a folder");
    let story = common::yearless_story(dir.path());
    // 14 March was a Tuesday in 2023, not in 2022: the story agrees with one, not the other
    for year in ["2023", "2022"] {
        let (code, out, err) = chronicle(&["dateline", "-f", "json", "--year", year, &story]);
        assert_eq!(code, 0, "{err}");
        let rows: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let row = &rows[0];
        assert_eq!(row["date"], format!("{year}-03-14"), "{row}");
        let confidence = row["confidence"].as_f64().expect("a confidence");
        assert!(confidence >= 0.9, "--year {year}: {confidence}");
        let (code, _, err) = chronicle(&["timeline", "-f", "csv", "--year", year, &story]);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("is a guess"), "--year {year}: {err}");
    }
}

#[test]
fn an_unknown_option_before_the_subcommand_is_named_with_the_nearest() {
    for (args, named, hint) in [
        (&["--actr", "NATO", "samples/"][..], "`--actr`", "`--actor`"),
        (
            &["--formatt", "csv", "dateline", "samples/"][..],
            "`--formatt`",
            "`--format`",
        ),
        (&["--yaer", "2009", "samples/"][..], "`--yaer`", "`--year`"),
    ] {
        let (code, _, err) = chronicle(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(named) && err.contains(hint), "{args:?}: {err}");
        assert!(!err.contains("neither a subcommand"), "{args:?}: {err}");
    }
}

#[test]
fn bare_chronicle_says_how_to_start() {
    let (code, out, err) = chronicle(&[]);
    assert_eq!(code, 2);
    let text = out + &err;
    assert!(text.contains("chronicle samples/"), "{text}");
    assert!(text.contains("--help"), "{text}");
    assert!(!text.contains("no input given"), "{text}");
}

#[test]
fn an_actor_is_found_by_any_name_the_gazetteer_knows() {
    let csv = |actor: &str| {
        let (code, out, err) = chronicle(&[
            "-q",
            "-f",
            "csv",
            "--columns",
            "actors",
            "--actor",
            actor,
            "samples/",
        ]);
        assert_eq!(code, 0, "{err}");
        out.lines().skip(1).map(String::from).collect::<Vec<_>>()
    };
    let by_russian = csv("Лавров");
    assert!(!by_russian.is_empty());
    assert!(
        by_russian.iter().all(|r| r.contains("Sergey Lavrov")),
        "{by_russian:?}"
    );
    assert_eq!(by_russian, csv("Lavrov"));
    // a short form of a name the gazetteer lists stands for the person
    let by_short = csv("Tayyip Erdogan");
    assert!(!by_short.is_empty());
    assert!(
        by_short.iter().all(|r| r.contains("Recep Tayyip Erdogan")),
        "{by_short:?}"
    );
    assert!(csv("Нет такого человека").is_empty());
}

#[test]
fn enum_values_are_read_in_any_case() {
    let (code, lower, err) = chronicle(&["-q", "--format", "csv", "--status", "occurred", "samples/"]);
    assert_eq!(code, 0, "{err}");
    for args in [
        ["-q", "--format", "CSV", "--status", "OCCURRED", "samples/"],
        ["-q", "--format", "Csv", "--status", "Occurred", "samples/"],
    ] {
        let (code, out, err) = chronicle(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out, lower, "{args:?}");
    }
    for args in [
        &["dateline", "-f", "JSON", "samples/"][..],
        &["timex", "-f", "JSONL", "samples/"][..],
        &[
            "-q",
            "-f",
            "csv",
            "--lang",
            "EN",
            "--min-granularity",
            "YEAR",
            "samples/",
        ][..],
        &[
            "-q",
            "-f",
            "html",
            "--group-by",
            "Actor",
            "-o",
            "/dev/null",
            "samples/",
        ][..],
    ] {
        let (code, _, err) = chronicle(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (code, _, err) = chronicle(&["-q", "--format", "xml", "samples/"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn from_and_to_take_a_year_or_a_month() {
    let dates = |args: &[&str]| {
        let mut all = vec!["-q", "-f", "csv", "--columns", "date"];
        all.extend(args);
        all.push("samples/");
        let (code, out, err) = chronicle(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    let cases: &[(&[&str], &[&str])] = &[
        (&["--from", "2021"], &["--from", "2021-01-01"]),
        (&["--to", "2021"], &["--to", "2021-12-31"]),
        (
            &["--from", "2021-10", "--to", "2021-10"],
            &["--from", "2021-10-01", "--to", "2021-10-31"],
        ),
        (
            &["--from", "2009-12", "--to", "2009"],
            &["--from", "2009-12-01", "--to", "2009-12-31"],
        ),
        (&["--to", "2008-02"], &["--to", "2008-02-29"]),
    ];
    for (short, long) in cases {
        let got = dates(short);
        assert_eq!(got, dates(long), "{short:?}");
        assert!(got.lines().count() > 1, "{short:?}: no rows");
    }
    // a year passes its own months and days, not what lies outside it
    let in_2021 = dates(&["--from", "2021", "--to", "2021"]);
    assert!(
        in_2021.lines().skip(1).all(|d| d.starts_with("2021")),
        "{in_2021}"
    );
    for bad in ["2021-13", "21", "2021-1x", "12/2021", "2021-02-30"] {
        let (code, _, err) = chronicle(&["-q", "--from", bad, "samples/"]);
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("a month (2009-12) or a year (2009)"), "{bad}: {err}");
    }
    let (code, _, err) = chronicle(&["-q", "--from", "2022", "--to", "2021", "samples/"]);
    assert_eq!(code, 2, "{err}");
}
