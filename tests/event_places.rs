//! Where an event happened, as the event stage reads it (merging keeps apart events of
//! different places, so a wrong place splits one event in two). Each case: document
//! date, text, trigger, expected place.

use assert_cmd::Command;

const CASES: &[(&str, &str, &str, Option<&str>)] = &[
    // A statement is placed where it was said (here the dateline's city, on the filing
    // day), not in the reported clause's place.
    (
        "2021-10-18",
        "MOSCOW, Oct 18 (Reuters) - Russia is suspending the work of its mission to NATO in Brussels, Foreign Minister Sergei Lavrov told journalists on Monday.",
        "told",
        Some("Moscow"),
    ),
    (
        "2021-10-18",
        "Russia is suspending the work of its mission to NATO in Brussels, Foreign Minister Sergei Lavrov said on Monday.",
        "said",
        None,
    ),
    (
        "2021-10-18",
        "Москва. 18 октября. ИНТЕРФАКС - Россия приостанавливает работу своего постпредства при НАТО в Брюсселе, сообщил в понедельник журналистам министр иностранных дел России Сергей Лавров.",
        "сообщил",
        None,
    ),
    // Other events keep the place of their clause.
    (
        "2009-12-01",
        "Министры иностранных дел встретятся в Брюсселе в пятницу.",
        "встретятся",
        Some("Brussels"),
    ),
    (
        "2009-12-03",
        "The ministers met in Brussels on Friday after the summit in Lisbon.",
        "met",
        Some("Brussels"),
    ),
    // The place of an event that only dates this one ("since the war in Georgia").
    (
        "2009-12-03",
        "NATO and Russian foreign ministers will hold their first formal meeting since the war in Georgia on Friday.",
        "meeting",
        None,
    ),
    (
        "2009-12-03",
        "The ministers met on Friday after the summit in Lisbon.",
        "met",
        None,
    ),
    // a hyphen inside a word is no phrase break ("U.S.-Russian talks in Geneva")
    (
        "2022-01-12",
        "Russia and NATO met on Wednesday, two days after U.S.-Russian talks in Geneva on Monday.",
        "met",
        None,
    ),
    (
        "2019-04-03",
        "The envoys met on Tuesday, a week after Franco-German talks in Berlin.",
        "met",
        None,
    ),
    // ... but never the event's own noun: the talks are in London.
    (
        "1998-05-01",
        "Netanyahu said on Friday that gaps remain before next week's talks in London.",
        "talks",
        Some("London"),
    ),
];

#[test]
fn events_are_placed_where_they_happen() {
    for &(dct, text, trigger, want) in CASES {
        let out = Command::cargo_bin("chronicle")
            .expect("binary")
            .args(["-q", "--dct", dct, "--format", "json", "-"])
            .write_stdin(text)
            .output()
            .expect("runs");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let events = json["events"].as_array().cloned().unwrap_or_default();
        let event = events
            .iter()
            .find(|e| e["trigger"] == trigger)
            .unwrap_or_else(|| panic!("{trigger:?} in {text:?}: no event"));
        assert_eq!(event["location"].as_str(), want, "{text}");
    }
}
