//! Parallel analysis gives the same output as sequential, in input order, and the corpus
//! stream reads JSONL records one at a time with their problems in place.

use std::io::Write;
use std::path::PathBuf;

use assert_cmd::Command;
use chronicle::input::article::Article;
use chronicle::run::corpus;
use chronicle::run::parallel::{for_each_analysis, for_each_analysis_mapped, CHUNK};
use chronicle::run::pipeline::analyze_all;
use chronicle::run::pipeline::Options;

/// Varied news-like articles, more than two chunks' worth.
fn articles(n: usize) -> Vec<Article> {
    let sentences = [
        "NATO foreign ministers met in Brussels on Friday.",
        "Russia published a draft European security treaty on November 29, 2009.",
        "The NATO-Russia Council will meet again next week.",
        "Lavrov said on Tuesday that talks would resume in June.",
        "The five-day war between Russia and Georgia broke out in August 2008.",
    ];
    (0..n)
        .map(|i| Article {
            id: format!("doc-{i:05}"),
            text: (0..1 + i % 7)
                .map(|k| sentences[(i * 3 + k) % sentences.len()])
                .collect::<Vec<_>>()
                .join(" "),
            record_dct: chrono::NaiveDate::from_ymd_opt(2009, 12, 1 + (i % 28) as u32),
            ..Default::default()
        })
        .collect()
}

fn json<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_string(x).expect("serialisable")
}

#[test]
fn parallel_analysis_equals_sequential_in_input_order() {
    let input = articles(CHUNK * 2 + 37);
    let opts = Options::default();
    let sequential = analyze_all(input.clone(), &opts, 1);
    for jobs in [2, 3, 0] {
        let parallel = analyze_all(input.clone(), &opts, jobs);
        assert_eq!(parallel.len(), input.len());
        assert_eq!(json(&parallel), json(&sequential), "jobs = {jobs}");
    }
    let ids: Vec<&str> = sequential.iter().map(|a| a.article.id.as_str()).collect();
    let want: Vec<String> = (0..input.len()).map(|i| format!("doc-{i:05}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn the_mapped_step_runs_on_the_workers_and_keeps_input_order() {
    let input = articles(CHUNK + 91);
    let opts = Options::default();
    let run = |jobs: usize| {
        let main = std::thread::current().id();
        let mut off_main = false;
        let mut rows = Vec::new();
        let render = |outcome: chronicle::run::parallel::Outcome| {
            let analysis = outcome.expect("every article reads");
            let line = format!("{} {}", analysis.article.id, json(&analysis.events));
            (line, std::thread::current().id())
        };
        let result = for_each_analysis_mapped(
            input.clone().into_iter().map(Ok),
            &opts,
            jobs,
            render,
            |(line, by)| {
                off_main |= by != main;
                rows.push(line);
                Ok::<(), ()>(())
            },
        );
        assert_eq!(result, Ok(()));
        (rows, off_main)
    };
    let (sequential, off_main) = run(1);
    assert!(!off_main, "one job renders on the calling thread");
    assert_eq!(sequential.len(), input.len());
    assert!(sequential[7].starts_with("doc-00007 "), "{}", sequential[7]);
    for jobs in [2, 3] {
        let (parallel, off_main) = run(jobs);
        assert!(off_main, "{jobs} jobs render on the pool's threads");
        assert_eq!(parallel, sequential, "jobs = {jobs}");
    }
}

#[test]
fn problems_reach_the_sink_in_input_order_and_a_sink_error_stops_the_run() {
    let items: Vec<Result<Article, chronicle::input::diag::Diagnostic>> = articles(600)
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            if i % 100 == 50 {
                Err(chronicle::input::diag::Diagnostic::error(
                    None,
                    Some(i),
                    "bad record",
                ))
            } else {
                Ok(a)
            }
        })
        .collect();
    let mut seen = Vec::new();
    let result = for_each_analysis(items, &Options::default(), 2, |outcome| {
        seen.push(match outcome {
            Ok(a) => a.article.id,
            Err(d) => format!("error@{}", d.line.unwrap_or(0)),
        });
        if seen.len() == 400 {
            return Err("stop");
        }
        Ok(())
    });
    assert_eq!(result, Err("stop"));
    assert_eq!(seen.len(), 400);
    assert_eq!(seen[50], "error@50");
    assert_eq!(seen[349], "doc-00349");
}

#[test]
fn a_jsonl_corpus_streams_with_ids_dates_lines_and_diagnostics() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("corpus.jsonl");
    let mut f = std::fs::File::create(&path).expect("a file");
    writeln!(
        f,
        r#"{{"id": "a", "text": "NATO met.", "dct": "2009-12-01", "agency": "Reuters"}}"#
    )
    .unwrap();
    writeln!(f).unwrap();
    writeln!(f, r#"{{"id": "b"}}"#).unwrap();
    writeln!(f, r#"not json"#).unwrap();
    writeln!(f, r#"{{"text": "Russia replied."}}"#).unwrap();
    drop(f);
    let got: Vec<String> = corpus::stream(&[path])
        .map(|item| match item {
            Ok(a) => format!(
                "{} {:?} line {} {:?}",
                a.id,
                a.record_dct.map(|d| d.to_string()),
                a.line.unwrap_or(0),
                a.metadata.get("agency")
            ),
            Err(d) => format!("error line {}", d.line.unwrap_or(0)),
        })
        .collect();
    assert_eq!(
        got,
        [
            r#"a Some("2009-12-01") line 1 Some("Reuters")"#,
            "error line 3",
            "error line 4",
            "corpus:5 None line 5 None",
        ]
    );
}

#[test]
fn a_folder_streams_in_name_order_without_answer_keys() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in ["b.txt", "a.txt", "a.expected.json", ".hidden.txt"] {
        std::fs::write(dir.path().join(name), "NATO met on Friday.").expect("written");
    }
    let ids: Vec<String> = corpus::stream(&[dir.path().to_path_buf()])
        .filter_map(|i| i.ok())
        .map(|a| a.id)
        .collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(corpus::total_bytes(&[dir.path().to_path_buf()]), 2 * 19);
}

/// The first 80 development documents (the fixture stories when ../shared is absent).
fn dev_corpus(dir: &std::path::Path) -> PathBuf {
    let shared = PathBuf::from("../shared/data/tbaq-train.jsonl");
    match std::fs::read_to_string(&shared) {
        Ok(text) => {
            let path = dir.join("dev.jsonl");
            let head: String = text.lines().take(80).map(|l| format!("{l}\n")).collect();
            std::fs::write(&path, head).expect("written");
            path
        }
        Err(_) => PathBuf::from("tests/fixtures/merge/articles"),
    }
}

#[test]
fn cli_jsonl_output_is_the_same_bytes_on_one_and_many_threads() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let corpus = dev_corpus(dir.path());
    let run = |jobs: &str| {
        let out = Command::cargo_bin("chronicle")
            .expect("the binary")
            .args(["timeline", "--format", "jsonl", "--quiet", "--jobs", jobs])
            .arg(&corpus)
            .output()
            .expect("ran");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let one = run("1");
    assert!(!one.is_empty(), "no events to compare");
    assert_eq!(run("2"), one);
    assert_eq!(run("3"), one);
}

#[test]
fn cli_reads_a_jsonl_corpus_on_standard_input() {
    let input = "{\"id\": \"x\", \"text\": \"NATO met.\"}\n{\"id\": \"y\"}\n";
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["timeline", "--format", "jsonl", "-"])
        .write_stdin(input)
        .output()
        .expect("ran");
    // Record y has no text: reported with its line, and the exit code says one was lost.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:2:"), "{stderr}");
}

#[test]
fn the_stream_reads_a_jsonl_file_as_the_readers_do() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let corpus = dev_corpus(dir.path());
    let loaded = chronicle::input::read_inputs(std::slice::from_ref(&corpus));
    let streamed: Vec<Article> = corpus::stream(&[corpus]).filter_map(Result::ok).collect();
    assert!(!streamed.is_empty());
    assert_eq!(streamed, loaded.articles);
}

#[test]
fn streamed_events_round_trip_through_json_and_merge() {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args([
            "timeline",
            "--format",
            "jsonl",
            "--quiet",
            "--year",
            "2009",
            "tests/fixtures/merge/articles",
        ])
        .output()
        .expect("ran");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 5, "the five stories have dated events:\n{text}");
    for line in &lines {
        let source: chronicle::merge::Source = serde_json::from_str(line).expect("an event line");
        assert_eq!(&json(&source), line, "re-serialised identically");
        assert!(
            source.agency().is_some(),
            "every fixture story has an agency: {line}"
        );
    }
    let merged = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["merge", "-"])
        .write_stdin(text.clone())
        .output()
        .expect("ran");
    let rows: Vec<chronicle::merge::MergedEvent> = String::from_utf8_lossy(&merged.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a merged row"))
        .collect();
    assert_eq!(
        rows.iter().map(|r| r.mentions).sum::<usize>(),
        lines.len(),
        "every event is a source"
    );
    assert!(rows.len() < lines.len(), "the stories share events");
}

/// Streaming, the stories of a chunk lend each other their years, as a run in memory
/// does, and the dates do not depend on the number of threads.
#[test]
fn streamed_stories_borrow_years_within_a_chunk() {
    let dir = "tests/fixtures/merge/articles";
    let stream = |jobs: &str| -> Vec<serde_json::Value> {
        let out = Command::cargo_bin("chronicle")
            .expect("the binary")
            .args(["timeline", "--format", "jsonl", "--quiet", "--jobs", jobs, dir])
            .output()
            .expect("ran");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    };
    let one = stream("1");
    assert_eq!(one, stream("2"));
    // Reuters' "MOSCOW, Dec 2" fits 2009 by its weekday only with the others' help.
    let reuters: Vec<&serde_json::Value> = one
        .iter()
        .filter(|e| e["article"] == "reuters-2009-12-02")
        .collect();
    assert!(!reuters.is_empty());
    assert!(reuters.iter().all(|e| e["dct"] == "2009-12-02"), "{reuters:?}");
    let the_4th = reuters.iter().any(|e| e["date"] == "2009-12-04");
    assert!(the_4th, "{reuters:?}");
    // The same dates as the whole run analysed in memory.
    let loaded = chronicle::input::read_inputs(&[PathBuf::from(dir)]);
    let whole = analyze_all(loaded.articles, &Options::default(), 1);
    let reuters_dct = whole
        .iter()
        .find(|a| a.article.id == "reuters-2009-12-02")
        .and_then(|a| a.dct.date)
        .map(|d| d.to_string());
    assert_eq!(reuters_dct.as_deref(), Some("2009-12-02"));
}
