//! Impossible dates and numbers that only look like dates are never emitted as dates;
//! their well-formed neighbours still are.

use chrono::NaiveDate;

fn tagged(text: &str) -> Vec<(String, String)> {
    chronicle::timex::extract(text, NaiveDate::from_ymd_opt(2009, 12, 1))
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

#[test]
fn impossible_dates_are_not_tagged() {
    for text in [
        "The talks were set for February 30.",
        "They met on 32 December.",
        "It was signed on 31 June by both sides.",
        "Feb. 30 was the date on the forged letter.",
        "in the year 2882015, the archive says",
        "NATO sent 2,000 troops and 1,500 vehicles.",
        "Call 555-1234 or +7 495 123-45-67, 24/7.",
        "Russia won 3-1 in the final.",
        "He said 13/45/2009 was the day.",
    ] {
        assert_eq!(tagged(text), Vec::<(String, String)>::new(), "{text}");
    }
}

#[test]
fn real_dates_beside_them_still_are() {
    let rows = [
        ("The talks were held on November 28.", "November 28", "2009-11-28"),
        ("They met on 30 November.", "30 November", "2009-11-30"),
        ("It was signed in the year 2008.", "the year 2008", "2008"),
        ("Talks resumed in June, 30 diplomats said.", "June", "2009-06"),
    ];
    for (text, want_text, want_value) in rows {
        let got = tagged(text);
        assert!(
            got.iter().any(|(t, v)| t == want_text && v == want_value),
            "{text}: expected {want_text:?} = {want_value}, got {got:?}"
        );
    }
}
