//! The sentences of issue 16, one row each: chronicle run as a user would (`--dct` given,
//! JSON out), each expected event checked by date, trigger, polarity and modality, and
//! rows that must not appear checked absent.

use assert_cmd::Command;

/// (document date, text, expected rows as (date, trigger, polarity, modality, a headline
/// word or ""), triggers that must give no row).
type Probe = (
    &'static str,
    &'static str,
    &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )],
    &'static [&'static str],
);

const PROBES: &[Probe] = &[
    (
        "2022-01-12",
        "NATO and Russia failed to bridge their differences over Ukraine on Wednesday.",
        &[("2022-01-12", "bridge", "negative", "asserted", "failed to bridge")],
        &[],
    ),
    (
        "2022-03-03",
        "Lavrov spoke with Cavusoglu by phone on Wednesday and will meet him next week.",
        &[
            ("2022-03-02", "spoke", "positive", "asserted", "Lavrov spoke"),
            ("2022-W10", "meet", "positive", "planned", "Lavrov"),
        ],
        &[],
    ),
    (
        "2023-11-07",
        "Russia formally withdrew from the Treaty on Conventional Armed Forces in Europe (CFE) at midnight on Tuesday.",
        &[("2023-11-07", "withdrew", "positive", "asserted", "Russia withdrew")],
        &[],
    ),
    (
        "2022-01-12",
        "Tomorrow there will be consultations in Geneva.",
        &[("2022-01-13", "consultations", "positive", "planned", "Consultations")],
        &[],
    ),
    (
        "2022-01-12",
        "Moscow says NATO promised in 1990 not to move one inch eastward.",
        &[("1990", "promised", "positive", "reported", "NATO promised")],
        &[],
    ),
    (
        "2022-01-12",
        "Russia said on Monday that NATO would not admit Ukraine next year.",
        &[
            ("2022-01-10", "said", "positive", "asserted", "Russia: NATO would not admit Ukraine"),
            ("2023", "admit", "negative", "planned", "would not admit"),
        ],
        &[],
    ),
    (
        "2022-01-12",
        "Lavrov refused to meet the envoy on Monday.",
        &[("2022-01-10", "meet", "negative", "asserted", "refused to meet")],
        &[],
    ),
    (
        "2022-01-12",
        "The Kremlin denied on Tuesday that Putin would meet Biden in March.",
        &[
            ("2022-01-11", "denied", "positive", "asserted", "denied"),
            ("2022-03", "meet", "positive", "denied", "Putin"),
        ],
        &[],
    ),
    (
        "2022-01-12",
        "Russia suspended its participation in the 1990 CFE Treaty in 2007.",
        &[("2007", "suspended", "positive", "asserted", "Russia suspended")],
        &[],
    ),
    (
        "2009-12-03",
        "Ministers are expected to launch a joint review of 21st century common security challenges.",
        &[],
        &["launch"],
    ),
    (
        "2023-11-07",
        "NATO has kept the peace in Europe since 1949.",
        &[],
        &["kept"],
    ),
    (
        "2023-11-07",
        "Leaders endorsed the 2024 summit's declaration.",
        &[],
        &["summit"],
    ),
    (
        "2009-12-03",
        "Dmitry Rogozin is Russia's envoy to NATO. The U.S. permanent representative to NATO met Dmitry Rogozin on Wednesday.",
        &[("2009-12-02", "met", "positive", "asserted", "representative to NATO met Rogozin")],
        &[],
    ),
    (
        "2022-09-28",
        "No strike was reported in Kyiv on Wednesday.",
        &[("2022-09-28", "strike", "negative", "asserted", "")],
        &[],
    ),
];

fn events(dct: &str, text: &str) -> Vec<serde_json::Value> {
    let out = Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["-q", "--format", "json", "--dct", dct, "-"])
        .write_stdin(text)
        .output()
        .expect("ran");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc["events"].as_array().cloned().unwrap_or_default()
}

#[test]
fn issue_16_probes() {
    for &(dct, text, want, absent) in PROBES {
        let got = events(dct, text);
        for &(date, trigger, polarity, modality, headline) in want {
            let row = got.iter().find(|e| e["date"] == date && e["trigger"] == trigger);
            let Some(row) = row else {
                panic!("{text}: no row {date} {trigger}; got {got:#?}");
            };
            assert_eq!(row["polarity"], polarity, "{text}: {trigger} polarity");
            assert_eq!(row["modality"], modality, "{text}: {trigger} modality");
            let h = row["headline"].as_str().unwrap_or("");
            assert!(h.contains(headline), "{text}: headline {h:?} lacks {headline:?}");
        }
        for &trigger in absent {
            assert!(
                got.iter().all(|e| e["trigger"] != trigger),
                "{text}: a row for {trigger}: {got:#?}"
            );
        }
        assert_eq!(got.len(), want.len(), "{text}: rows {got:#?}");
    }
}

/// The development stories written here (tests/fixtures/events-dev, set `written`) keep
/// the issue's bar: event F1 ≥ 0.88, polarity ≥ 0.95 on negated events, actor F1 ≥ 0.85.
#[test]
fn development_stories_meet_the_bar() {
    let stories: Vec<_> =
        chronicle::eval::stories::load(std::path::Path::new("tests/fixtures/events-dev/stories.jsonl"))
            .expect("stories")
            .into_iter()
            .filter(|s| s.set.is_none())
            .collect();
    assert!(stories.len() >= 40);
    let s = chronicle::eval::stories::evaluate(&stories, None);
    assert!(s.f1() >= 0.88, "event F1 {:.3}", s.f1());
    let negated = s.negated_right as f64 / s.negated_gold.max(1) as f64;
    assert!(negated >= 0.95, "negated polarity {negated:.3}");
    assert!(s.actor_f1() >= 0.85, "actor F1 {:.3}", s.actor_f1());
}

/// Headlines read as a sentence's core (issue 16 item 5): an infinitive keeps the word
/// that governs it and that word's subject; an aside set off by commas is not the subject.
/// (document date, text, trigger, the whole headline)
const HEADLINES: &[(&str, &str, &str, &str)] = &[
    // a phrase after the subject's noun is the subject's when the subject opens the clause
    (
        "2022-02-08",
        "Talks between the two sides ended on Monday without a breakthrough.",
        "ended",
        "Talks between the two sides ended without a breakthrough",
    ),
    (
        "1998-08-08",
        "The blast in Nairobi occurred at 10:35 a.m. on Friday.",
        "blast",
        "The blast in Nairobi occurred",
    ),
    // ... and not when the walk runs into another phrase of the clause
    (
        "1989-11-01",
        "The company was helped in its fight against a hostile takeover bid launched last week.",
        "launched",
        "A hostile takeover bid launched",
    ),
    // `late on Wednesday` is the date's, not the headline's
    // what was told is the row (issue 25): the date's words are not in it
    (
        "2022-03-14",
        "Stoltenberg told reporters late on Wednesday that the alliance was ready.",
        "told",
        "Stoltenberg: the alliance was ready",
    ),
    (
        "2023-04-05",
        "Sweden applied to join in May 2022.",
        "join",
        "Sweden applied to join",
    ),
    (
        "2024-03-01",
        "The ratification documents are expected to be deposited in Washington next week.",
        "deposited",
        "The ratification documents are expected to be deposited in Washington",
    ),
    (
        "2021-12-17",
        "Ryabkov said Moscow was ready to start consultations as early as Monday.",
        "consultations",
        "Moscow was ready to start consultations",
    ),
    (
        "2022-01-11",
        "A second meeting, at the OSCE headquarters in Vienna, is scheduled for Thursday.",
        "scheduled",
        "A second meeting is scheduled",
    ),
    (
        "2024-02-01",
        "Six more states, including the two Balkan applicants, followed in 2004.",
        "followed",
        "Six more states followed",
    ),
    (
        "2022-01-12",
        "NATO and Russia failed to bridge their differences over Ukraine on Wednesday.",
        "bridge",
        "NATO and Russia failed to bridge their differences over Ukraine",
    ),
    // a list of names with commas is one subject
    (
        "2024-02-01",
        "Estonia, Latvia, Lithuania and Slovakia joined NATO in 2004.",
        "joined",
        "Estonia, Latvia, Lithuania and Slovakia joined NATO",
    ),
    // a pronoun after "that" opens the complement clause
    (
        "2023-03-01",
        "The minister said that they expect a decision in April.",
        "expect",
        "They expect a decision",
    ),
];

#[test]
fn headlines_keep_the_governing_verb_and_skip_asides() {
    for &(dct, text, trigger, headline) in HEADLINES {
        let got = events(dct, text);
        let row = got.iter().find(|e| e["trigger"] == trigger);
        let Some(row) = row else {
            panic!("{text}: no row for {trigger}; got {got:#?}");
        };
        assert_eq!(row["headline"], headline, "{text}");
    }
}

/// Present-tense schedules after a determiner's noun phrase are verbs, not noun compounds
/// ("The ministers meet on Friday"), while plural nouns after a modifier stay nouns.
/// (document date, text, expected (date, trigger) or None for no row with that trigger)
const PRESENT_SCHEDULES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "2023-02-21",
        "The ministers meet on Friday.",
        "meet",
        Some("2023-02-24"),
    ),
    (
        "2023-02-21",
        "The treaty expires in February 2026.",
        "expires",
        Some("2026-02"),
    ),
    (
        "2024-06-03",
        "The summit opens in Washington on July 9.",
        "opens",
        Some("2024-07-09"),
    ),
    (
        "2019-10-07",
        "The envoys arrive in Geneva on Wednesday.",
        "arrive",
        Some("2019-10-09"),
    ),
    // a subject pronoun makes the -s form after it a verb: the expiry is dated, not "keep"
    (
        "2023-02-21",
        "Moscow will keep to the limits until it expires in February 2026.",
        "expires",
        Some("2026-02"),
    ),
    // a date after a bare copula dates the event noun that is its subject
    ("2023-02-21", "The vote is on Friday.", "vote", Some("2023-02-24")),
    (
        "2022-06-30",
        "The signing ceremony was on Tuesday.",
        "ceremony",
        Some("2022-06-28"),
    ),
    (
        "2023-02-21",
        "The next summit will be on July 11.",
        "summit",
        Some("2023-07-11"),
    ),
    // not when the subject is no event ("The problem is that on Friday the vote failed")
    (
        "2023-02-21",
        "The problem is that on Friday the vote failed.",
        "problem",
        None,
    ),
    // a verb follows: the noun compound stays a noun (the date dates the reports)
    (
        "2023-02-21",
        "The compliance reports in March showed a rise.",
        "reports",
        Some("2022-03"),
    ),
    // a plural after a modifier is a noun, not a present verb
    (
        "1998-08-10",
        "The sniper shootings injured abortion doctors in November.",
        "doctors",
        None,
    ),
];

/// Each row's trigger has a row with that date, or (`None`) no row at all.
fn check_trigger_dates(rows: &[(&str, &str, &str, Option<&str>)]) {
    for &(dct, text, trigger, date) in rows {
        let got = events(dct, text);
        let row = got.iter().find(|e| e["trigger"] == trigger);
        match date {
            Some(date) => {
                let Some(row) = row else {
                    panic!("{text}: no row for {trigger}; got {got:#?}");
                };
                assert_eq!(row["date"], date, "{text}");
            }
            None => assert!(row.is_none(), "{text}: a row for {trigger}: {got:#?}"),
        }
    }
}

#[test]
fn present_schedules_are_verbs() {
    check_trigger_dates(PRESENT_SCHEDULES);
}

/// A verb in the future tense is not dated by a date before the document date: the date
/// belongs to a phrase after it. (document date, text, trigger, expected date or None)
const FUTURE_VERBS_AND_PAST_DATES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "2022-03-14",
        "\"We will not go back to the situation before 2014,\" Stoltenberg said.",
        "go",
        None,
    ),
    (
        "2021-06-02",
        "Russia will not return to the arms limits of 1990.",
        "return",
        None,
    ),
    // the past verb of the phrase keeps its date
    (
        "2019-09-10",
        "The alliance will keep the troops it sent in 2017.",
        "sent",
        Some("2017"),
    ),
    // a future date still dates the future verb
    (
        "2019-09-10",
        "Ministers will meet in Brussels on October 24.",
        "meet",
        Some("2019-10-24"),
    ),
];

#[test]
fn future_verbs_take_no_past_date() {
    check_trigger_dates(FUTURE_VERBS_AND_PAST_DATES);
}

/// The part of a period a `mod` names decides whether it is past or ahead, unless the
/// verb is in the past tense. (document date, text, trigger, status)
const STATUS_BY_MOD: &[(&str, &str, &str, &str)] = &[
    (
        "2022-02-08",
        "The plan would send about 2,000 soldiers to Romania by late 2022.",
        "send",
        "scheduled",
    ),
    (
        "2019-01-15",
        "The alliance expects to finish the review in mid-2019.",
        "finish",
        "scheduled",
    ),
    ("2022-02-08", "Inflation eased in late 2021.", "eased", "occurred"),
    // a past verb keeps its tense: the date is another event's deadline
    (
        "2021-10-18",
        "The alliance gave the diplomats until the end of the month to leave.",
        "gave",
        "occurred",
    ),
];

#[test]
fn a_mod_places_the_event_before_or_after_the_document_date() {
    for &(dct, text, trigger, status) in STATUS_BY_MOD {
        let got = events(dct, text);
        let Some(row) = got.iter().find(|e| e["trigger"] == trigger) else {
            panic!("{text}: no row for {trigger}; got {got:#?}");
        };
        assert_eq!(row["status"], status, "{text}");
    }
}
