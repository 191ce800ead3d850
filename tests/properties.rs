//! Property tests over the whole pipeline: whatever the text, offsets stay inside it and
//! on char boundaries, every value is well-formed TIMEX3, intervals are ordered, output
//! is deterministic, and unrelated text around an article does not change its dates.

use chronicle::dct::DctOptions;
use chronicle::run::pipeline::{analyze, Options};
use chronicle::Article;
use chrono::NaiveDate;
use proptest::prelude::*;

/// Words that exercise the temporal scanner and dateline finder, mixed with noise.
const WORDS: &[&str] = &[
    "on",
    "Tuesday",
    "Friday's",
    "meeting",
    "in",
    "June",
    "2008",
    "August",
    "last",
    "next",
    "week",
    "the",
    "1990s",
    "'90s",
    "two",
    "days",
    "ago",
    "later",
    "earlier",
    "December",
    "1",
    "31",
    "Feb.",
    "30",
    "of",
    "year",
    "2882015",
    "10:30",
    "a.m.",
    "noon",
    "1500",
    "GMT",
    "every",
    "weekly",
    "five-day",
    "war",
    "said",
    "will",
    "ahead",
    "BRUSSELS,",
    "(RIA",
    "Novosti)",
    "-",
    "—",
    "MOSCOW,",
    "Oct",
    "18",
    "(Reuters)",
    "Q3",
    "first",
    "half",
    "quarter",
    "summer",
    "now",
    "recently",
    "soon",
    "2,000",
    "troops",
    "24/7",
    "3-1",
    "12/01/2009",
    "2009-12-01",
    "é",
    "Заголовок",
    "日本",
    "\n",
    "\n\n",
    ".",
    ",",
    "\"",
    "'",
    "ago.",
    "mid-June",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(WORDS).prop_map(str::to_string),
            1 => "\\PC{0,6}",
        ],
        0..60,
    )
    .prop_map(|words| words.join(" "))
}

fn article(text: &str) -> Article {
    Article {
        id: "prop".into(),
        text: text.into(),
        ..Default::default()
    }
}

fn options() -> Options {
    Options {
        dct: DctOptions {
            flag: NaiveDate::from_ymd_opt(2009, 12, 1),
            year_hint: None,
            map: None,
        },
        undated: true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn timex_offsets_and_values_are_sound(text in text_strategy()) {
        let chars: Vec<char> = text.chars().collect();
        for dct in [None, NaiveDate::from_ymd_opt(2009, 12, 1)] {
            for t in chronicle::timex::extract(&text, dct) {
                prop_assert!(t.start < t.end && t.end <= chars.len(), "offsets {}..{} outside text", t.start, t.end);
                let span: String = chars[t.start..t.end].iter().collect();
                prop_assert_eq!(&span, &t.text);
                prop_assert!(chronicle::time::grammar::is_well_formed(&t.value), "malformed value {:?} for {:?}", t.value, t.text);
                if let Some(iv) = chronicle::time::interval::parse(&t.value) {
                    prop_assert!(iv.start < iv.end, "interval of {} not ordered", t.value);
                }
            }
        }
    }

    #[test]
    fn events_are_sound_and_deterministic(text in text_strategy()) {
        let n = text.chars().count();
        let first = analyze(article(&text), &options());
        let second = analyze(article(&text), &options());
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&second).unwrap()
        );
        for e in &first.events {
            prop_assert!(e.char_start <= e.char_end && e.char_end <= n);
            // a date, or a range of two (`2024-07-09/2024-07-11`)
            prop_assert!(
                e.date.split('/').all(chronicle::time::grammar::is_well_formed) && e.date.split('/').count() <= 2,
                "malformed event date {:?}", e.date
            );
            if let (Some(s), Some(t)) = (e.start, e.end) {
                prop_assert!(s < t);
            }
        }
    }

    #[test]
    fn unrelated_text_around_an_article_keeps_its_dates(text in text_strategy()) {
        let filler_before = "Subscribe\nLog in or register\n\n";
        let filler_after = "\n\nShare this article\nComments\n";
        let wrapped = format!("{filler_before}{text}{filler_after}");
        let shift = filler_before.chars().count();
        let plain: Vec<_> = chronicle::timex::extract(&text, NaiveDate::from_ymd_opt(2009, 12, 1))
            .into_iter()
            .map(|t| (t.start + shift, t.text, t.value))
            .collect();
        let around: Vec<_> = chronicle::timex::extract(&wrapped, NaiveDate::from_ymd_opt(2009, 12, 1))
            .into_iter()
            .map(|t| (t.start, t.text, t.value))
            .collect();
        prop_assert_eq!(plain, around);
    }
}
