//! Throughput of temporal-expression extraction on one core.
//!
//! `cargo run --release --example timex_bench -- FILE...` reads the texts (JSONL records'
//! `text` fields, or whole files otherwise), repeats them until at least 20 MB, runs
//! `chronicle::timex::extract` over every document with a DCT and prints MB/s.

use std::time::Instant;

fn main() {
    let mut docs: Vec<String> = Vec::new();
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        if path.ends_with(".jsonl") {
            for line in text.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                        docs.push(t.to_string());
                    }
                }
            }
        } else {
            docs.push(text);
        }
    }
    if docs.is_empty() {
        eprintln!("usage: timex_bench FILE... (JSONL with a text field, or plain text)");
        std::process::exit(2);
    }
    let unique: usize = docs.iter().map(String::len).sum();
    let target: usize = 20 * 1024 * 1024;
    let rounds = target.div_ceil(unique.max(1));
    let dct = chrono::NaiveDate::from_ymd_opt(2009, 12, 1);
    let cpu_start = cpu_ns();
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut found = 0usize;
    for _ in 0..rounds {
        for d in &docs {
            found += chronicle::timex::extract(d, dct).len();
            bytes += d.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "{mb:.1} MB ({} docs x {rounds}) in {secs:.2} s wall: {:.1} MB/s, {found} timexes",
        docs.len(),
        mb / secs
    );
    if let (Some(a), Some(b)) = (cpu_start, cpu_ns()) {
        let cpu = (b - a) as f64 / 1e9;
        println!(
            "on-CPU time {cpu:.2} s: {:.1} MB/s per core (the figure to quote on a busy machine)",
            mb / cpu
        );
    }
}

/// This thread's on-CPU time in nanoseconds (Linux `/proc/thread-self/schedstat`).
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
