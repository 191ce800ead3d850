//! `chronicle::check` on small corpora written for each rule: every verdict kind, order
//! claims, denied and reported evidence, sources that disagree, unreadable claims.

use chronicle::check::{self, Claim, Kind, Role};
use chronicle::merge::timeline::{Filter, Timeline};
use chronicle::run::pipeline::{analyze_all, Options};
use chronicle::Article;

/// (id, document date, text) → a merged timeline.
fn corpus(stories: &[(&str, &str, &str)]) -> Timeline {
    let articles = stories
        .iter()
        .map(|(id, dct, text)| Article {
            id: id.to_string(),
            text: text.to_string(),
            record_dct: Some(dct.parse().unwrap()),
            ..Default::default()
        })
        .collect();
    let analyses = analyze_all(articles, &Options::default(), 1);
    let filter = Filter {
        coarsest: Some(chronicle::time::interval::Granularity::Century),
        ..Default::default()
    };
    Timeline::merged(&analyses, &filter)
}

fn claim(text: &str) -> Claim {
    Claim {
        id: "c".into(),
        text: text.into(),
        line: 1,
        gold: None,
    }
}

fn verdicts(timeline: &Timeline, claims: &[&str]) -> Vec<check::Verdict> {
    let claims: Vec<Claim> = claims.iter().map(|c| claim(c)).collect();
    check::check(&claims, timeline, &Default::default())
}

const STORIES: &[(&str, &str, &str)] = &[
    (
        "wire-a",
        "2023-11-08",
        "GENEVA, Nov 8 (Reuters) - Norway and Chile signed a fisheries agreement on Tuesday. \
         Chile did not ratify the agreement on Wednesday, officials said.",
    ),
    (
        "wire-b",
        "2021-03-12",
        "OSLO, March 12 (AFP) - Denmark joined the Arctic Council in 2015. \
         Iceland left the Arctic Council on Thursday.",
    ),
    (
        "wire-c",
        "2022-06-02",
        "MOSCOW, June 2 (Interfax) - Russia says Estonia expelled two Russian diplomats on May 30, \
         the Foreign Ministry said.",
    ),
];

#[test]
fn each_verdict_kind_on_dated_claims() {
    let timeline = corpus(STORIES);
    // (claim, verdict, the date the claim gives)
    let cases = [
        (
            "Norway and Chile signed a fisheries agreement on 7 November 2023.",
            Kind::Supported,
            Some("2023-11-07"),
        ),
        (
            "Norway and Chile signed a fisheries agreement in November 2023.",
            Kind::Supported,
            Some("2023-11"),
        ),
        (
            "In 2023 Norway and Chile signed a fisheries agreement.",
            Kind::Supported,
            Some("2023"),
        ),
        (
            "Norway and Chile signed a fisheries agreement on 7 November 2022.",
            Kind::Contradicted,
            Some("2022-11-07"),
        ),
        (
            "Norway and Chile signed a fisheries agreement on 17 November 2023.",
            Kind::Contradicted,
            Some("2023-11-17"),
        ),
        (
            "Denmark joined the Arctic Council in March 2015.",
            Kind::Undetermined,
            Some("2015-03"),
        ),
        (
            "Peru and Japan signed a trade treaty on 7 November 2023.",
            Kind::NotFound,
            Some("2023-11-07"),
        ),
        (
            "Norway and Chile signed a fisheries agreement last week.",
            Kind::NotCheckable,
            None,
        ),
        (
            "Norway and Chile signed a fisheries agreement.",
            Kind::NotCheckable,
            None,
        ),
    ];
    let claims: Vec<&str> = cases.iter().map(|c| c.0).collect();
    for (v, (text, kind, claimed)) in verdicts(&timeline, &claims).iter().zip(cases) {
        assert_eq!(v.verdict, kind, "{text}: {}", v.note);
        assert_eq!(v.claimed.as_deref(), claimed, "{text}");
        if kind != Kind::NotFound && kind != Kind::NotCheckable {
            let quote = &v.evidence[0].quotes[0];
            assert!(
                !quote.sentence.is_empty() && quote.char_end > quote.char_start,
                "{text}: evidence quotes"
            );
        }
    }
}

#[test]
fn contradicted_names_the_dates_and_who_gives_them() {
    let timeline = corpus(STORIES);
    let v = &verdicts(
        &timeline,
        &["Norway and Chile signed a fisheries agreement on 1 March 2023."],
    )[0];
    assert_eq!(v.verdict, Kind::Contradicted);
    assert!(
        v.note.contains("2023-11-07") && v.note.contains("Reuters"),
        "{}",
        v.note
    );
    assert_eq!(v.evidence[0].role, Role::Contradicts);
    assert_eq!(v.evidence[0].quotes[0].article, "wire-a");
}

#[test]
fn denied_events_do_not_support_and_reports_say_whose() {
    let timeline = corpus(STORIES);
    let found = verdicts(
        &timeline,
        &[
            "Chile ratified the agreement on 8 November 2023.",
            "Estonia expelled two Russian diplomats on 30 May 2022.",
        ],
    );
    assert_eq!(found[0].verdict, Kind::Contradicted, "{}", found[0].note);
    assert_eq!(found[0].evidence[0].role, Role::Denies);
    assert_eq!(found[0].evidence[0].quotes[0].polarity, "negative");
    assert_eq!(found[1].verdict, Kind::Supported, "{}", found[1].note);
    assert!(
        found[1].note.contains("report"),
        "a claim resting on one side's report says so: {}",
        found[1].note
    );
}

#[test]
fn order_claims() {
    let timeline = corpus(STORIES);
    let cases = [
        (
            "Denmark joined the Arctic Council before Norway and Chile signed a fisheries agreement.",
            Kind::Supported,
        ),
        (
            "Norway and Chile signed a fisheries agreement after Denmark joined the Arctic Council.",
            Kind::Supported,
        ),
        (
            "Norway and Chile signed a fisheries agreement before Denmark joined the Arctic Council.",
            Kind::Contradicted,
        ),
        (
            "Denmark joined the Arctic Council, then Iceland left the Arctic Council.",
            Kind::Supported,
        ),
        (
            "After Iceland left the Arctic Council, Denmark joined the Arctic Council.",
            Kind::Contradicted,
        ),
        (
            "Peru and Japan signed a trade treaty before Denmark joined the Arctic Council.",
            Kind::NotFound,
        ),
    ];
    let claims: Vec<&str> = cases.iter().map(|c| c.0).collect();
    for (v, (text, kind)) in verdicts(&timeline, &claims).iter().zip(cases) {
        assert_eq!(v.verdict, kind, "{text}: {}", v.note);
        if kind != Kind::NotFound {
            assert_eq!(v.evidence.len(), 2, "{text}: both events quoted");
            assert_eq!(
                (v.evidence[0].role, v.evidence[1].role),
                (Role::First, Role::Second)
            );
        }
    }
}

#[test]
fn overlapping_dates_leave_an_order_undetermined() {
    let timeline = corpus(&[(
        "wire-d",
        "2016-01-05",
        "OSLO, Jan 5 (AFP) - Finland joined the Arctic Council in 2015. Sweden joined the Arctic Council in 2015.",
    )]);
    let v = &verdicts(&timeline, &["Finland joined the Arctic Council before Sweden."])[0];
    assert_eq!(v.verdict, Kind::Undetermined, "{}", v.note);
}

#[test]
fn conflicting_sources_are_reported_not_resolved() {
    let timeline = corpus(&[
        (
            "wire-e",
            "2023-11-08",
            "GENEVA, Nov 8 (Reuters) - Norway and Chile signed a fisheries agreement on Tuesday.",
        ),
        (
            "wire-f",
            "2023-11-10",
            "SANTIAGO, Nov 10 (AFP) - Norway and Chile signed a fisheries agreement on Thursday.",
        ),
    ]);
    let v = &verdicts(
        &timeline,
        &["Norway and Chile signed a fisheries agreement on 7 November 2023."],
    )[0];
    assert_eq!(v.verdict, Kind::Undetermined, "{}", v.note);
    assert!(
        v.note.contains("disagree") && v.note.contains("2023-11-09"),
        "{}",
        v.note
    );
    let roles: Vec<Role> = v.evidence.iter().map(|e| e.role).collect();
    assert!(
        roles.contains(&Role::Supports) && roles.contains(&Role::Contradicts),
        "{roles:?}"
    );
}

#[test]
fn unreadable_claims_are_named_and_the_others_checked() {
    let read = check::claims::read(
        std::path::Path::new("claims.jsonl"),
        "{\"id\": \"a\", \"claim\": \"Norway and Chile signed a fisheries agreement on 7 November 2023.\"}\n\
         {\"id\": \"b\", \"claim\": \n\
         {\"id\": \"c\", \"text\": \"no claim field\"}\n\
         {\"id\": \"d\", \"claim\": \"Peru and Japan signed a trade treaty on 7 November 2023.\"}\n",
    );
    let lines: Vec<String> = read.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains("claims.jsonl") && lines[0].contains('2'),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains('3') && lines[1].contains("claim"),
        "{}",
        lines[1]
    );
    let found = check::check(&read.claims, &corpus(STORIES), &Default::default());
    let got: Vec<(&str, Kind)> = found.iter().map(|v| (v.id.as_str(), v.verdict)).collect();
    assert_eq!(got, [("a", Kind::Supported), ("d", Kind::NotFound)]);
}

#[test]
fn writers_give_every_format() {
    let found = verdicts(
        &corpus(STORIES),
        &["Norway and Chile signed a fisheries agreement on 7 November 2023."],
    );
    for (format, needle) in [
        (check::report::Format::Table, "supported"),
        (check::report::Format::Csv, "evidence_date"),
        (check::report::Format::Json, "\"verdict\": \"supported\""),
        (check::report::Format::Md, "# Fact-check report"),
    ] {
        let mut out = Vec::new();
        check::report::write(format, &found, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(needle), "{format:?}: {text}");
    }
    let json: serde_json::Value = {
        let mut out = Vec::new();
        check::report::write(check::report::Format::Json, &found, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    };
    for key in ["id", "claim", "verdict", "claimed", "evidence"] {
        assert!(json[0].get(key).is_some(), "json has {key}");
    }
}

/// Stories for what a row tells beyond its trigger, one side's word, and a claim's theme.
const TOLD: &[(&str, &str, &str)] = &[
    (
        "wire-e",
        "2022-04-25",
        "PARIS, April 25 (AFP) - Emmanuel Macron won the vote with 58 percent, officials said on Monday.",
    ),
    (
        "wire-f",
        "2023-05-04",
        "BEIJING, May 4 (Xinhua) - China says Japan promised in 1972 not to station troops on the islands.",
    ),
    (
        "wire-g",
        "2021-06-01",
        "CHISINAU, June 1 (Reuters) - Trade was suspended in 2019 after Moldova closed its border with Ukraine. \
         Moldova suspended the work of its embassy in Kyiv in 2021.",
    ),
];

#[test]
fn reported_content_one_side_and_theme() {
    let timeline = corpus(TOLD);
    // (claim, verdict, why)
    let cases = [
        (
            "Emmanuel Macron won the French presidential election in April 2022.",
            Kind::Supported,
            "the content of a report, said in the claim's month",
        ),
        (
            "Emmanuel Macron won the vote on 25 April 2022.",
            Kind::Undetermined,
            "a past content reported that day may lie in the week before",
        ),
        (
            "Japan promised in 1972 not to station troops on the islands.",
            Kind::Undetermined,
            "only China says so",
        ),
        (
            "Trade between Moldova and Ukraine was suspended in 2019.",
            Kind::Supported,
            "the theme's sentence, not the embassy's",
        ),
        (
            "Trade between Moldova and Ukraine was suspended in 2020.",
            Kind::Contradicted,
            "the theme's sentence dates it 2019",
        ),
    ];
    let claims: Vec<&str> = cases.iter().map(|c| c.0).collect();
    for (v, (text, want, why)) in verdicts(&timeline, &claims).iter().zip(cases) {
        assert_eq!(v.verdict, want, "{text} ({why}): {}", v.note);
    }
}
