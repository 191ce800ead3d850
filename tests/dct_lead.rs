//! The document date read from a story's lead, on Russian wiki-style stories written for
//! these tests (`tests/data/dct/leads-ru.jsonl`): each way a reader dates a story from
//! its lead, and each lead a reader would not date.

#[test]
fn russian_leads_are_dated_as_a_reader_would() {
    let gold = chronicle::eval::dct::load(std::path::Path::new("tests/data/dct/leads-ru.jsonl"))
        .expect("Russian leads");
    assert!(gold.len() >= 14);
    let report = chronicle::eval::dct::evaluate(&gold);
    let text = chronicle::eval::dct::render(&report, true);
    assert_eq!(report.total.right, report.total.articles, "{text}");
    // every answer from a lead stays a guess
    for o in &report.outcomes {
        if o.kind == "lead" {
            assert!(o.confidence < 0.8, "{}: {}", o.id, o.confidence);
        }
    }
    // the stories exercise every reading, each named in the reason
    for words in [
        "the lead opens with its date",
        "weekday one day off",
        "a date with its weekday",
        "second sentence opens with its date",
        "closes with its date",
        "reports as past a day after",
    ] {
        assert!(
            report.outcomes.iter().any(|o| o.reason.contains(words)),
            "no story read by '{words}'"
        );
    }
}
