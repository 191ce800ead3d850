//! The dateline finder and the document date on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(d) = chronicle::dateline::find(&text) {
        let n = text.chars().count();
        assert!(d.start <= d.end && d.end <= n, "dateline span {}..{} outside {n} chars", d.start, d.end);
    }
    let article = chronicle::Article { id: "fuzz".into(), text: text.into_owned(), ..Default::default() };
    let _ = chronicle::dct::determine(&article, &Default::default());
});
