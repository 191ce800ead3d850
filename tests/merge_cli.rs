//! `chronicle merge` and `chronicle conflicts` on the fixture timeline: merging is a
//! reduce step (shards merged in any grouping give the same bytes), and the conflicts
//! list names who gave which date.

use assert_cmd::Command;

const EVENTS: &str = "tests/fixtures/merge/events.jsonl";

fn chronicle(args: &[&str], stdin: Option<String>) -> String {
    let mut cmd = Command::cargo_bin("chronicle").expect("the binary");
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().expect("ran");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn merging_shards_in_any_grouping_gives_the_same_bytes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let lines: Vec<String> = std::fs::read_to_string(EVENTS)
        .expect("fixture")
        .lines()
        .map(String::from)
        .collect();
    // Three shards, interleaved, as a hash partitioner would cut them.
    let mut shards = Vec::new();
    for k in 0..3 {
        let path = dir.path().join(format!("shard-{k}.jsonl"));
        let text: String = lines
            .iter()
            .skip(k)
            .step_by(3)
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&path, text).expect("written");
        shards.push(path.to_string_lossy().into_owned());
    }
    let whole = chronicle(&["merge", EVENTS], None);
    assert_eq!(whole.lines().count(), 5);
    let ab = dir.path().join("ab.jsonl");
    std::fs::write(&ab, chronicle(&["merge", &shards[0], &shards[1]], None)).expect("written");
    let left = chronicle(&["merge", ab.to_str().expect("path"), &shards[2]], None);
    let bc = dir.path().join("bc.jsonl");
    std::fs::write(&bc, chronicle(&["merge", &shards[1], &shards[2]], None)).expect("written");
    let right = chronicle(&["merge", &shards[0], bc.to_str().expect("path")], None);
    assert_eq!(left, whole);
    assert_eq!(right, whole);
    // Merged output read back from standard input merges to itself.
    assert_eq!(chronicle(&["merge", "-"], Some(whole.clone())), whole);
    // The in-memory path gives the same rows as the spilling one.
    assert_eq!(chronicle(&["merge", "--in-memory", EVENTS], None), whole);
}

#[test]
fn conflicts_lists_the_competing_values_and_their_agencies() {
    let csv = chronicle(&["conflicts", "--format", "csv", "--quiet", EVENTS], None);
    let rows: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            // conflict number, value, agencies
            vec![cells[0].to_string(), cells[5].to_string(), cells[7].to_string()]
        })
        .collect();
    let want = [
        ["1", "2009-06", "Reuters"],
        ["1", "2009-07", "AFP"],
        ["2", "2009-11-29", "RIA Novosti; Reuters"],
        ["2", "2009-11-30", "AP"],
        ["3", "2009-12-04", "AFP; Interfax; RIA Novosti; Reuters"],
        ["3", "2009-12-03", "AP"],
    ];
    assert_eq!(rows, want.map(|r| r.map(String::from).to_vec()));
    let table = chronicle(&["conflicts", "--quiet", EVENTS], None);
    assert!(
        table.contains("2009-12-03   1 source(s): AP  \"Thursday\"  [ap-2009-12-02]"),
        "{table}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&chronicle(&["conflicts", "--format", "json", EVENTS], None)).expect("JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(3));
}

#[test]
fn a_bad_line_is_reported_and_the_rest_merged() {
    let mut input = std::fs::read_to_string(EVENTS).expect("fixture");
    input.push_str("{\"trigger\": 3}\n");
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["merge", "-"])
        .write_stdin(input)
        .output()
        .expect("ran");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:14:"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
}

/// `chronicle timeline` over several articles is one merged chronology; `--no-merge`
/// keeps every mention a row; no mention is lost either way.
#[test]
fn the_default_timeline_of_many_articles_is_merged() {
    let rows = |args: &[&str]| -> Vec<csv::StringRecord> {
        let out = chronicle(args, None);
        csv::Reader::from_reader(out.as_bytes())
            .records()
            .map(|r| r.expect("a CSV row"))
            .collect()
    };
    let merged = rows(&["timeline", "--quiet", "samples/"]);
    let apart = rows(&["timeline", "--quiet", "--no-merge", "samples/"]);
    let mentions: usize = merged
        .iter()
        .map(|r| r[20].parse::<usize>().expect("mentions"))
        .sum();
    assert_eq!(mentions, apart.len());
    assert!(merged.len() < apart.len());
    // The RIA Novosti and AFP stories and RIA's Russian story all report Rogozin meeting
    // Rasmussen; the row is told as the first report (RIA Novosti, December 1) told it.
    let met = merged
        .iter()
        .find(|r| &r[0] == "2009-12-01" && r[21].contains("ria-novosti"))
        .expect("the meeting of December 1");
    assert_eq!(&met[20], "3");
    assert_eq!(&met[22], "AFP; RIA Novosti");
    assert_eq!(&met[12], "ria-novosti-2009-12-01-nato-russia");
    // Unmerged rows name their own article as their one source.
    assert!(apart.iter().all(|r| &r[20] == "1" && r[21] == r[12]));
    // One article alone is not merged with anything.
    let one = rows(&[
        "timeline",
        "--quiet",
        "samples/ria-novosti-2009-12-01-nato-russia.txt",
    ]);
    assert!(one.iter().all(|r| &r[20] == "1"));
}
