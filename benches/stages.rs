//! Per-stage throughput of the timeline pipeline on one core.
//!
//! `cargo bench --bench stages -- CORPUS.jsonl` (run by `scripts/bench`): reads the corpus
//! into memory once, then times each stage over every article, sequentially, and prints
//! MB of article text per second for each. A stage's time includes nothing but itself:
//! the document date, the temporal tagger, the whole `pipeline::analyze` (DCT + tagger +
//! events), and writing the events as JSONL.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chronicle::article::Article;
use chronicle::pipeline::{analyze, Options};

fn main() {
    // `cargo bench` passes `--bench`; the corpus is the first argument that is a path.
    let Some(path) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: cargo bench --bench stages -- CORPUS.jsonl");
        return;
    };
    let started = Instant::now();
    let articles: Vec<Article> = chronicle::corpus::stream(&[path])
        .filter_map(Result::ok)
        .collect();
    let read = started.elapsed();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} articles, {mb:.1} MB of text", articles.len());
    let report = |stage: &str, took: Duration| {
        println!(
            "{stage:<28} {:>8.2} s  {:>8.1} MB/s",
            took.as_secs_f64(),
            mb / took.as_secs_f64().max(1e-9)
        );
    };
    report("read + parse JSONL", read);

    let opts = Options::default();
    let took = time(|| {
        for a in &articles {
            std::hint::black_box(chronicle::dct::determine(a, &opts.dct));
        }
    });
    report("document date (dct)", took);

    let dcts: Vec<_> = articles
        .iter()
        .map(|a| chronicle::dct::determine(a, &opts.dct).date)
        .collect();
    let took = time(|| {
        for (a, dct) in articles.iter().zip(&dcts) {
            std::hint::black_box(chronicle::timex::extract(&a.text, *dct));
        }
    });
    report("temporal tagger (timex)", took);

    let mut analyses = Vec::with_capacity(articles.len());
    let took = time(|| {
        for a in articles.iter().cloned() {
            analyses.push(analyze(a, &opts));
        }
    });
    report("whole analysis", took);

    let mut sink = std::io::sink();
    let mut events = 0usize;
    let took = time(|| {
        for a in &analyses {
            for s in chronicle::merge::sources_of(a) {
                events += 1;
                let _ = serde_json::to_writer(&mut sink, &s);
            }
        }
    });
    report("JSONL output", took);
    println!("events: {events}");
}

fn time(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}
