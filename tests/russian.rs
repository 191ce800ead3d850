//! Russian articles end to end: language, dateline zone, TIMEX3 values, and one merged
//! row for a Russian and an English report of the same event.

use assert_cmd::Command;

fn chronicle(args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    String::from_utf8(cmd.output().expect("ran").stdout).expect("UTF-8")
}

const TASS: &str = "МОСКВА, 3 декабря. /ТАСС/. Лавров во вторник встретился со Столтенбергом. \
                    Министры встречались в 2019 году, а следующая встреча состоится в пятницу.\n";

#[test]
fn the_language_is_detected_and_can_be_declared() {
    let cases: &[(&[&str], &str)] = &[(&[], "ru"), (&["--lang", "ru"], "ru"), (&["--lang", "en"], "en")];
    for (flags, want) in cases {
        let mut args = vec!["timex", "--format", "jsonl"];
        args.extend_from_slice(flags);
        args.push("-");
        let out = chronicle(&args, Some(TASS));
        let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap_or("{}")).expect("JSON");
        assert_eq!(line["lang"], *want, "{flags:?}");
    }
}

#[test]
fn russian_values_through_the_english_resolver() {
    let out = chronicle(&["timex", "--format", "jsonl", "-"], Some(TASS));
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap_or("{}")).expect("JSON");
    assert_eq!(line["dct"], "2019-12-03", "{line}");
    let got: Vec<(String, String)> = line["timexes"]
        .as_array()
        .expect("timexes")
        .iter()
        .map(|t| {
            (
                t["text"].as_str().unwrap_or("").into(),
                t["value"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    let want = [
        ("3 декабря", "2019-12-03"),
        ("вторник", "2019-12-03"),
        ("2019 году", "2019"),
        ("пятницу", "2019-12-06"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn russian_datelines_record_moscow_time() {
    let out = chronicle(&["dateline", "--format", "json", "samples/"], None);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).expect("JSON");
    let russian: Vec<&serde_json::Value> = rows.iter().filter(|r| r["lang"] == "ru").collect();
    assert_eq!(russian.len(), 3);
    assert!(russian.iter().all(|r| r["zone"] == "UTC+03:00"), "{russian:?}");
    assert!(rows
        .iter()
        .filter(|r| r["lang"] == "en")
        .all(|r| r.get("zone").is_none()));
}

#[test]
fn a_russian_and_an_english_report_are_one_row() {
    let out = chronicle(
        &[
            "timeline",
            "--quiet",
            "--format",
            "json",
            "samples/interfax-2021-10-18-lavrov-nato-mission.txt",
            "samples/interfax-2021-10-18-lavrov-nato-mission-ru.txt",
        ],
        None,
    );
    let timeline: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let told = timeline["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["date"] == "2021-10-18" && e["category"] == "01 Make public statement")
        .expect("Lavrov's statement of October 18");
    let sources: Vec<&str> = told["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter_map(|s| s["article"].as_str())
        .collect();
    assert!(
        sources.contains(&"interfax-2021-10-18-lavrov-nato-mission"),
        "{sources:?}"
    );
    assert!(
        sources.contains(&"interfax-2021-10-18-lavrov-nato-mission-ru"),
        "{sources:?}"
    );
    let russian = told["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .find(|s| s["article"] == "interfax-2021-10-18-lavrov-nato-mission-ru")
        .expect("the Russian mention");
    assert_eq!(russian["headline_en"], "Lavrov said (with Russia, NATO)");
}
