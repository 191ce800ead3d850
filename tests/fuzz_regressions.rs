//! Inputs the coverage-guided fuzzers (`fuzz/`, `cargo fuzz`) found interesting, kept as
//! regression tests: each runs through the dateline finder, the temporal tagger and the
//! whole pipeline from raw bytes with the fuzz targets' own checks.

use chronicle::run::pipeline::{analyze, Options};

fn check(name: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let n = text.chars().count();
    if let Some(d) = chronicle::dateline::find(&text) {
        assert!(
            d.start <= d.end && d.end <= n,
            "{name}: dateline span outside the text"
        );
    }
    for dct in [None, chrono::NaiveDate::from_ymd_opt(2009, 12, 1)] {
        for t in chronicle::timex::extract(&text, dct) {
            assert!(
                t.start < t.end && t.end <= n,
                "{name}: timex {}..{} outside {n} chars",
                t.start,
                t.end
            );
            assert!(
                chronicle::time::grammar::is_well_formed(&t.value),
                "{name}: malformed value {:?}",
                t.value
            );
        }
    }
    let loaded = chronicle::input::read_bytes(data, None, None);
    let opts = Options {
        undated: true,
        ..Default::default()
    };
    for article in loaded.articles {
        let len = article.text.chars().count();
        let analysis = analyze(article, &opts);
        for e in &analysis.events {
            assert!(
                e.char_start <= e.char_end && e.char_end <= len,
                "{name}: event offsets outside the text"
            );
            if let (Some(s), Some(t)) = (e.start, e.end) {
                assert!(s < t, "{name}: event interval not ordered");
            }
        }
    }
}

#[test]
fn fuzz_corpus_inputs_run_clean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 50,
        "the fuzz corpus went missing from {}",
        dir.display()
    );
    for path in paths {
        let data = std::fs::read(&path).unwrap();
        check(&path.display().to_string(), &data);
    }
}
