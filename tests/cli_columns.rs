//! The CSV a user pivots and traces: its columns, ids that do not collide, names in one
//! form, broad dates kept out of filters unless asked for, a byte-order mark on request,
//! and titles and headlines written as people read them.

use assert_cmd::Command;

fn chronicle(args: &[&str]) -> String {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(args)
        .output()
        .expect("ran");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// CSV rows as maps from column to cell.
fn rows(csv_text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.expect("a row");
            header.iter().cloned().zip(r.iter().map(String::from)).collect()
        })
        .collect()
}

#[test]
fn the_columns_are_the_documented_ones_in_order() {
    let csv_text = chronicle(&["-q", "-f", "csv", "samples/"]);
    let header = csv_text.lines().next().expect("a header");
    assert_eq!(
        header,
        "date,start,end,granularity,status,polarity,modality,source,trigger,headline,actors,location,category,time_text,\
         sentence,article,char_start,char_end,confidence,place,agency,dct,rule,mentions,sources,\
         agencies,conflict,path,url,title,mod"
    );
    let readme = std::fs::read_to_string("README.md").expect("README");
    for column in header.split(',') {
        assert!(
            readme.contains(&format!("| `{column}` |")),
            "README documents `{column}`"
        );
    }
    for row in rows(&csv_text) {
        assert!(row["path"].starts_with("samples/"), "{row:?}");
    }
    // A JSONL record's title and url come through.
    let corpus = rows(&chronicle(&[
        "-q",
        "-f",
        "csv",
        "samples/corpus-2023-nato-russia.jsonl",
    ]));
    assert!(corpus.iter().any(|r| !r["title"].is_empty()));
}

#[test]
fn every_rule_value_is_documented() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    let csv_text = chronicle(&[
        "-q",
        "-f",
        "csv",
        "--no-merge",
        "--undated",
        "samples/",
        "tests/fixtures/merge/articles/",
    ]);
    for row in rows(&csv_text) {
        assert!(
            readme.contains(&format!("`{}`", row["rule"])),
            "README documents rule `{}`",
            row["rule"]
        );
    }
}

/// The README's rule table shows each rule's confidence as the fitted table has it (a
/// re-fit that forgets the README fails here), and documents every fitted rule.
#[test]
fn the_readme_shows_each_rules_fitted_confidence() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    let table = std::fs::read_to_string("src/event/data/rule-confidence.tsv").expect("rule table");
    let mut rules = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut cols = line.split('\t');
        let (rule, confidence) = (cols.next().unwrap_or(""), cols.next().unwrap_or("").trim());
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{rule}` |")))
            .unwrap_or_else(|| panic!("README has no row for rule `{rule}`"));
        assert!(
            row.trim_end().ends_with(&format!("| {confidence} |")),
            "README row of `{rule}` should end with its confidence {confidence}: {row}"
        );
        rules += 1;
    }
    assert!(rules >= 10, "the rule table has {rules} rules");
}

#[test]
fn articles_with_the_same_file_name_keep_apart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (sub, sample) in [
        ("a", "samples/afp-2009-12-03-nato-russia-ministers.txt"),
        ("b", "samples/reuters-2021-10-18-russia-suspends-nato-mission.txt"),
    ] {
        std::fs::create_dir(dir.path().join(sub)).expect("a folder");
        std::fs::copy(sample, dir.path().join(sub).join("story.txt")).expect("copied");
    }
    let csv_text = chronicle(&[
        "-q",
        "-f",
        "csv",
        "--no-merge",
        dir.path().to_str().expect("path"),
    ]);
    let mut ids: Vec<String> = rows(&csv_text)
        .into_iter()
        .map(|r| r["article"].clone())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.iter().all(|id| id.ends_with("story.txt")), "{ids:?}");
}

#[test]
fn agencies_and_places_have_one_form() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = |place: &str, agency: &str| {
        format!(
            "{place}, Oct 18, 2021 ({agency}) - Russia suspended its mission to NATO on Monday, \
             Foreign Minister Sergei Lavrov said.\n"
        )
    };
    std::fs::write(dir.path().join("one.txt"), story("MOSCOW", "INTERFAX")).expect("written");
    std::fs::write(dir.path().join("two.txt"), story("Moscow", "Interfax")).expect("written");
    let csv_text = chronicle(&[
        "-q",
        "-f",
        "csv",
        "--no-merge",
        dir.path().to_str().expect("path"),
    ]);
    let all = rows(&csv_text);
    assert!(all.len() >= 2);
    for row in all {
        assert_eq!(row["place"], "Moscow");
        assert_eq!(row["agency"], "Interfax");
    }
}

#[test]
fn broad_dates_keep_out_of_date_filters_and_rows() {
    let window = rows(&chronicle(&[
        "-q",
        "-f",
        "csv",
        "--from",
        "2021-10-01",
        "--to",
        "2022-01-31",
        "samples/",
    ]));
    assert!(!window.is_empty());
    for row in &window {
        assert!(
            !["year", "decade", "century"].contains(&row["granularity"].as_str()),
            "{} {}",
            row["date"],
            row["granularity"]
        );
        assert!(
            row["start"].as_str() >= "2021-09" && row["start"].as_str() <= "2022-01-31",
            "{}",
            row["date"]
        );
    }
    // By default decades and centuries make no rows; asked for, they read as dates.
    let default = rows(&chronicle(&["-q", "-f", "csv", "samples/"]));
    assert!(default
        .iter()
        .all(|r| !["decade", "century"].contains(&r["granularity"].as_str())));
    // Asked for, a decade and a century read as dates (a story of our own: the samples'
    // one century row was a date modifying a noun, which the event stage no longer makes).
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = dir.path().join("broad.txt");
    std::fs::write(
        &story,
        "BRUSSELS, March 3 (Reuters) - NATO expanded eastward in the 1990s, officials said \
         on Tuesday. The alliance grew through the 20th century.\n",
    )
    .expect("written");
    let story = story.to_str().expect("a UTF-8 path");
    let quiet = rows(&chronicle(&["-q", "-f", "csv", "--dct", "2022-03-03", story]));
    assert!(quiet
        .iter()
        .all(|r| !["decade", "century"].contains(&r["granularity"].as_str())));
    let all = rows(&chronicle(&[
        "-q",
        "-f",
        "csv",
        "--dct",
        "2022-03-03",
        "--min-granularity",
        "century",
        story,
    ]));
    let broad: Vec<&String> = all
        .iter()
        .filter(|r| ["decade", "century"].contains(&r["granularity"].as_str()))
        .map(|r| &r["date"])
        .collect();
    assert!(!broad.is_empty());
    assert!(
        broad.iter().all(|d| d.len() == 4 && d.ends_with('X')),
        "{broad:?}"
    );
    let days = rows(&chronicle(&[
        "-q",
        "-f",
        "csv",
        "--min-granularity",
        "day",
        "samples/",
    ]));
    assert!(days
        .iter()
        .all(|r| ["day", "time"].contains(&r["granularity"].as_str())));
}

#[test]
fn a_byte_order_mark_on_request() {
    for format in ["csv", "timelinejs-csv"] {
        let plain = chronicle(&["-q", "-f", format, "samples/"]);
        let marked = chronicle(&["-q", "-f", format, "--csv-bom", "samples/"]);
        assert!(!plain.starts_with('\u{feff}'));
        assert_eq!(marked, format!("\u{feff}{plain}"), "{format}");
    }
}

#[test]
fn titles_and_headlines_read_as_written() {
    let sheet = chronicle(&["-q", "-f", "timelinejs-csv", "samples/"]);
    assert!(!sheet.contains("&#39;") && !sheet.contains("&quot;"));
    assert!(sheet.contains('\''));
    for format in ["html", "md", "timelinejs", "timelinejs-csv"] {
        let out = chronicle(&[
            "-q",
            "-f",
            format,
            "--title",
            "NATO and Russia, 2009–2023",
            "samples/",
        ]);
        assert!(out.contains("NATO and Russia, 2009–2023"), "{format}");
        assert!(!out.contains("Timeline of"), "{format}");
    }
}

/// A story with a failed meeting, a denial and a plain fact (our own, in wire style).
const FACTUALITY_STORY: &str = "VIENNA, March 9 (Reuters) - Russian and Western envoys failed to \
agree on a monitoring mission on Wednesday. The OSCE chairman met the Russian envoy on Tuesday. \
Moscow denied on Thursday that its troops had crossed the border.\n";

/// Negated and reported events are columns in CSV, marks in every visual format, and
/// filters (`--polarity`, `--modality`).
#[test]
fn factuality_is_a_column_a_mark_and_a_filter() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = dir.path().join("vienna.txt");
    std::fs::write(&story, FACTUALITY_STORY).expect("written");
    let story = story.to_str().expect("a UTF-8 path");
    let base = ["-q", "--dct", "2023-03-09"];
    let with = |extra: &[&str]| -> String {
        let mut args: Vec<&str> = base.to_vec();
        args.extend_from_slice(extra);
        args.push(story);
        chronicle(&args)
    };
    let all = rows(&with(&["-f", "csv"]));
    let failed = all
        .iter()
        .find(|r| r["trigger"] == "agree")
        .expect("the failed agreement is a row");
    assert_eq!(
        (failed["date"].as_str(), failed["polarity"].as_str()),
        ("2023-03-08", "negative")
    );
    let met = all.iter().find(|r| r["trigger"] == "met").expect("the meeting");
    assert_eq!(
        (met["polarity"].as_str(), met["modality"].as_str()),
        ("positive", "asserted")
    );
    // The filter keeps the negated event only.
    let negative = rows(&with(&["-f", "csv", "--polarity", "negative"]));
    assert!(!negative.is_empty());
    assert!(negative.iter().all(|r| r["polarity"] == "negative"));
    let asserted = rows(&with(&["-f", "csv", "--modality", "asserted"]));
    assert!(asserted.iter().all(|r| r["modality"] == "asserted"));
    assert!(asserted.iter().any(|r| r["trigger"] == "met"));
    // Every visual format marks the negated event beside its headline.
    for format in ["table", "md", "html", "timelinejs", "vis"] {
        let out = with(&["-f", format]);
        assert!(
            out.contains("negated"),
            "{format} does not mark the negated event"
        );
    }
}

/// A story with a range of days, a range of years, a date with a `mod` and a state begun
/// "since" a year (our own, in wire style).
const RANGE_STORY: &str = "GENEVA, March 9 (Reuters) - Envoys will meet in Geneva on 14-16 March \
2023, diplomats said. The two sides held talks between 2014 and 2021 in Minsk. Inflation peaked \
in late 2022, the central bank said. Russia has occupied Crimea since 2014.\n";

/// A range dates one event spanning it; a `mod` is a column, a field and words beside the
/// date in every visual format; "since 2014" dates no event; `merge` reads both back; the
/// TimeML output links a range's ends and writes `mod`.
#[test]
fn ranges_and_mods_reach_every_output() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let story = dir.path().join("geneva.txt");
    std::fs::write(&story, RANGE_STORY).expect("written");
    let story = story.to_str().expect("a UTF-8 path");
    let with = |extra: &[&str]| -> String {
        let mut args = vec!["-q", "--dct", "2023-03-09"];
        args.extend_from_slice(extra);
        args.push(story);
        chronicle(&args)
    };
    let cells = |r: &std::collections::HashMap<String, String>| -> Vec<String> {
        [
            "date",
            "start",
            "end",
            "granularity",
            "trigger",
            "time_text",
            "mod",
        ]
        .iter()
        .map(|c| r[*c].clone())
        .collect()
    };
    let all: Vec<Vec<String>> = rows(&with(&["-f", "csv"])).iter().map(cells).collect();
    let want: &[[&str; 7]] = &[
        [
            "2014/2021",
            "2014-01-01",
            "2022-01-01",
            "year",
            "talks",
            "2014 and 2021",
            "",
        ],
        [
            "2022",
            "2022-01-01",
            "2023-01-01",
            "year",
            "peaked",
            "late 2022",
            "END",
        ],
        [
            "2023-03-14/2023-03-16",
            "2023-03-14",
            "2023-03-17",
            "day",
            "meet",
            "14-16 March 2023",
            "",
        ],
    ];
    assert_eq!(
        all, want,
        "one row a range, end exclusive; no row for \"since 2014\""
    );
    // The streamed mentions carry `mod` and the range; `merge` reads them back unchanged.
    let jsonl = with(&["-f", "jsonl"]);
    assert!(jsonl.contains(r#""mod":"END""#), "{jsonl}");
    let saved = dir.path().join("geneva.jsonl");
    std::fs::write(&saved, &jsonl).expect("written");
    let merged = chronicle(&["-q", "merge", "-f", "csv", saved.to_str().expect("UTF-8")]);
    let merged: Vec<Vec<String>> = rows(&merged).iter().map(cells).collect();
    assert_eq!(merged, want);
    // JSON has the field; every visual format shows the mod and the range in words.
    let json: serde_json::Value = serde_json::from_str(&with(&["-f", "json"])).expect("JSON");
    let mods: Vec<&str> = json["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["mod"].as_str())
        .collect();
    assert_eq!(mods, ["END"]);
    assert!(with(&["-f", "table"]).contains("late 2022"));
    for format in ["md", "html", "timelinejs", "vis"] {
        let out = with(&["-f", format]);
        for words in ["late 2022", "14\u{2013}16 March 2023", "2014\u{2013}2021"] {
            assert!(out.contains(words), "{format} does not show {words}");
        }
    }
    // TimeML: `mod` on the TIMEX3, and an empty DURATION from one end of a range to the
    // other; `timex --format jsonl` links both ends.
    let tml = chronicle(&["-q", "timex", "--format", "timeml", "--dct", "2023-03-09", story]);
    assert!(
        tml.contains(r#"value="2022" mod="END">late 2022</TIMEX3>"#),
        "{tml}"
    );
    assert!(
        tml.contains(r#"type="DURATION" value="P3D" beginPoint="#),
        "{tml}"
    );
    assert!(
        tml.contains(r#"type="DURATION" value="P8Y" beginPoint="#),
        "{tml}"
    );
    let timex = chronicle(&["-q", "timex", "--format", "jsonl", "--dct", "2023-03-09", story]);
    assert!(
        timex.contains(r#""range":{"start":"2023-03-14","end":"2023-03-16"}"#),
        "{timex}"
    );
    assert!(
        timex.contains(r#""range":{"start":"2014","end":"PRESENT_REF"}"#),
        "{timex}"
    );
    // The readable table has both as columns.
    let table = chronicle(&["-q", "timex", "--dct", "2023-03-09", story]);
    let header: Vec<&str> = table
        .lines()
        .next()
        .expect("a header")
        .split_whitespace()
        .collect();
    assert_eq!(
        header,
        ["article", "start", "end", "text", "type", "value", "mod", "range", "rule"]
    );
    for cells in [
        "late 2022      DATE  2022        END",
        "2023-03-14/2023-03-16",
        "2014/PRESENT_REF",
    ] {
        assert!(table.contains(cells), "{table}");
    }
}
