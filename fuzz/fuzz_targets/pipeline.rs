//! The whole pipeline from raw bytes: sniffed format, reading, DCT, timexes, events.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = chronicle::input::read_bytes(data, None, None);
    let opts = chronicle::run::pipeline::Options { undated: true, ..Default::default() };
    for article in loaded.articles {
        let n = article.text.chars().count();
        let analysis = chronicle::run::pipeline::analyze(article, &opts);
        for e in &analysis.events {
            assert!(e.char_start <= e.char_end && e.char_end <= n);
            if let (Some(s), Some(t)) = (e.start, e.end) {
                assert!(s < t);
            }
        }
    }
});
