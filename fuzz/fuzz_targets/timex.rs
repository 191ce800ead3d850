//! The temporal scanner and resolver: sound offsets and well-formed values on any text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = text.chars().count();
    for dct in [None, chrono::NaiveDate::from_ymd_opt(2009, 12, 1)] {
        for t in chronicle::timex::extract(&text, dct) {
            assert!(t.start < t.end && t.end <= n, "timex {}..{} outside {n} chars", t.start, t.end);
            assert!(chronicle::time::grammar::is_well_formed(&t.value), "malformed value {:?} for {:?}", t.value, t.text);
        }
    }
});
