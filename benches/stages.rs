//! Per-stage throughput of the timeline pipeline on one core.
//!
//! `cargo bench --bench stages -- CORPUS.jsonl` (run by `scripts/bench`): reads the corpus
//! into memory once, then times each stage over every article, sequentially, and prints
//! MB of article text per second for each. A stage's time includes nothing but itself:
//! the document date, the temporal tagger, the event stage (given the date and the
//! expressions), the whole `pipeline::analyze` (DCT + tagger + events), and writing the
//! events as JSONL.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chronicle::input::article::Article;
use chronicle::run::pipeline::{analyze, Options};

/// The allocator and memory settings of the `chronicle` binary, so a stage runs here as
/// it does there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    chronicle::run::memory::tune();
    // `cargo bench` passes `--bench`; the corpus is the first argument that is a path.
    let Some(path) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: cargo bench --bench stages -- CORPUS.jsonl");
        return;
    };
    let mut articles: Vec<Article> = Vec::new();
    let read = time(|| {
        articles = chronicle::run::corpus::stream(&[path])
            .filter_map(Result::ok)
            .collect()
    });
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} articles, {mb:.1} MB of text", articles.len());
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>12}",
        "stage", "wall s", "MB/s", "CPU s", "MB/CPU-s"
    );
    let report = |stage: &str, (wall, cpu): (Duration, Option<f64>)| {
        let (cpu_s, cpu_rate) = match cpu {
            Some(c) => (format!("{c:.2}"), format!("{:.1}", mb / c.max(1e-9))),
            None => ("-".into(), "-".into()),
        };
        let wall = wall.as_secs_f64();
        println!(
            "{stage:<28} {wall:>10.2} {:>10.1} {cpu_s:>10} {cpu_rate:>12}",
            mb / wall.max(1e-9)
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
        .map(|a| chronicle::dct::determine(a, &opts.dct))
        .collect();
    let took = time(|| {
        for (a, dct) in articles.iter().zip(&dcts) {
            std::hint::black_box(chronicle::timex::extract(&a.text, dct.date));
        }
    });
    report("temporal tagger (timex)", took);

    let timexes: Vec<_> = articles
        .iter()
        .zip(&dcts)
        .map(|(a, dct)| chronicle::timex::extract(&a.text, dct.date))
        .collect();
    let took = time(|| {
        for ((a, dct), tx) in articles.iter().zip(&dcts).zip(&timexes) {
            let opts = chronicle::event::ExtractOptions::default();
            std::hint::black_box(chronicle::merge::article::merge_within_article(
                chronicle::event::extract(a, dct, tx, opts),
            ));
        }
    });
    report("events (event::extract + merge_within_article)", took);
    drop(timexes);

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

/// Wall time and CPU time (user + system, when /proc tells it) of `f`.
fn time(f: impl FnOnce()) -> (Duration, Option<f64>) {
    let (t, cpu) = (Instant::now(), cpu_seconds());
    f();
    (t.elapsed(), cpu.zip(cpu_seconds()).map(|(a, b)| b - a))
}

/// This process's CPU seconds so far: fields 14 and 15 of /proc/self/stat, in clock
/// ticks (100 per second on Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may contain spaces; the fields after it are space-separated.
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}
