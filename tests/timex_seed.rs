//! The seed sample resolves as its `expected.json` says (DCT 2009-12-01), including the
//! hard case: the last bare `August` re-mentions the August 2008 conflict.

use chronicle::timex::extract;
use chrono::NaiveDate;

#[test]
fn seed_sample_matches_expected_json() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text =
        std::fs::read_to_string(format!("{root}/samples/ria-novosti-2009-12-01-nato-russia.txt")).unwrap();
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{root}/samples/ria-novosti-2009-12-01-nato-russia.expected.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let found = extract(&text, NaiveDate::from_ymd_opt(2009, 12, 1));
    let mut cursor = 0;
    for e in expected["timexes"].as_array().unwrap() {
        let (want_text, want_value) = (e["text"].as_str().unwrap(), e["value"].as_str().unwrap());
        // the expected list is in text order (after the repeated lead): find the next match
        let pos = found[cursor..]
            .iter()
            .position(|t| t.text == want_text)
            .unwrap_or_else(|| panic!("{want_text:?} not found after #{cursor}: {found:#?}"));
        let t = &found[cursor + pos];
        assert_eq!(
            t.value, want_value,
            "{want_text}: rule {} anchor {}",
            t.rule, t.anchor
        );
        assert_eq!(t.kind.as_str(), e["type"].as_str().unwrap(), "{want_text}");
        cursor += pos + 1;
    }
    let august = found.iter().rev().find(|t| t.text == "August").unwrap();
    assert_eq!(august.rule, "month/month-same-event");
    assert!(august.anchor.contains("georgia"), "{}", august.anchor);
}

#[test]
fn same_month_without_shared_actors_keeps_the_dct_reading() {
    // "June 2008 … in June": different events, different Junes (the seed's own case)
    let text = "Medvedev proposed a European security pact in June 2008. \
                During an informal ministerial meeting in Greece in June, NATO agreed to talk.";
    let found = extract(text, NaiveDate::from_ymd_opt(2009, 12, 1));
    let june = found.iter().rev().find(|t| t.text == "June").unwrap();
    assert_eq!(june.value, "2009-06");
}

#[test]
fn shared_actors_carry_an_explicit_year_to_a_bare_month() {
    let text = "Since the March 2003 invasion of Iraq by the United States, much changed. \
                Officials recalled that the United States invaded Iraq in March with Britain.";
    let found = extract(text, NaiveDate::from_ymd_opt(2009, 12, 1));
    let march = found.iter().rev().find(|t| t.text == "March").unwrap();
    assert_eq!(march.value, "2003-03", "{}", march.anchor);
}
