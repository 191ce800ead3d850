//! The merging rules for tellings of one event in other words, at another precision or
//! before and after the fact: event classes (an accession told as "joined" and as "will
//! become a member"), frames that name their event ("signed a joint statement
//! declaring …"), a week or month that joins the one day it fits, a side naming no one on
//! the scene of the other, and a plan and a fact that name no one and no day. Each case
//! is run with the tellings in every order; names, places and dates vary between cases so
//! that no rule stands for one story.

use chronicle::event::{Event, Status};
use chronicle::merge::{merge, MergedEvent, Source};
use chronicle::time::interval::Granularity;
use chrono::NaiveDate;

/// One telling: its story, filing day, trigger, sentence, status, actors, place, and date
/// (value, first day, the day after the last, granularity).
#[derive(Clone, Copy)]
struct T {
    article: &'static str,
    filed: &'static str,
    trigger: &'static str,
    sentence: &'static str,
    status: Status,
    category: Option<&'static str>,
    actors: &'static [&'static str],
    location: Option<&'static str>,
    date: &'static str,
    span: (&'static str, &'static str),
    granularity: Granularity,
}

const DAY: T = T {
    article: "a",
    filed: "2023-04-04",
    trigger: "joined",
    sentence: "Finland joined NATO on Tuesday.",
    status: Status::Occurred,
    category: None,
    actors: &["Finland", "NATO"],
    location: None,
    date: "2023-04-04",
    span: ("2023-04-04", "2023-04-05"),
    granularity: Granularity::Day,
};

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn source(t: &T) -> Source {
    let template = std::fs::read_to_string("tests/fixtures/merge/events.jsonl").expect("fixture");
    let mut e: Event = serde_json::from_str(template.lines().next().expect("a line")).expect("an event");
    e.article = t.article.into();
    e.dct = day(t.filed);
    e.trigger = t.trigger.into();
    e.sentence = t.sentence.into();
    e.headline = t.sentence.into();
    e.char_start = t.sentence.find(t.trigger).unwrap_or(0);
    e.char_end = e.char_start + t.trigger.len();
    e.status = t.status;
    e.category = t.category.map(String::from);
    e.actors = t.actors.iter().map(|a| a.to_string()).collect();
    e.location = t.location.map(String::from);
    e.date = t.date.into();
    e.start = day(t.span.0);
    e.end = day(t.span.1);
    e.granularity = Some(t.granularity);
    Source::new(e, None)
}

/// The rows of the tellings in every order (all orders must give the same rows), as the
/// sorted lists of the articles each row holds, and the rows themselves.
fn rows(tellings: &[T]) -> (Vec<Vec<&'static str>>, Vec<MergedEvent>) {
    let orders: Vec<Vec<usize>> = match tellings.len() {
        0..=1 => vec![(0..tellings.len()).collect()],
        2 => vec![vec![0, 1], vec![1, 0]],
        _ => {
            let n = tellings.len();
            vec![
                (0..n).collect(),
                (0..n).rev().collect(),
                (1..n).chain([0]).collect(),
            ]
        }
    };
    let mut seen: Option<(Vec<Vec<&'static str>>, Vec<MergedEvent>)> = None;
    for order in orders {
        let merged = merge(order.iter().map(|&i| source(&tellings[i])));
        let mut groups: Vec<Vec<&'static str>> = merged
            .iter()
            .map(|row| {
                let mut a: Vec<&'static str> = row
                    .sources
                    .iter()
                    .filter_map(|s| tellings.iter().find(|t| t.article == s.event.article))
                    .map(|t| t.article)
                    .collect();
                a.sort_unstable();
                a
            })
            .collect();
        groups.sort();
        if let Some((first, _)) = &seen {
            assert_eq!(first, &groups, "the rows depend on the order of the tellings");
        } else {
            seen = Some((groups, merged));
        }
    }
    seen.unwrap_or_default()
}

/// A case: its name, the tellings, and the rows they must make (each row's articles, sorted).
type Case = (&'static str, Vec<T>, &'static [&'static [&'static str]]);

fn check(cases: &[Case]) {
    for (name, tellings, want) in cases {
        let (got, _) = rows(tellings);
        let want: Vec<Vec<&str>> = want.iter().map(|r| r.to_vec()).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn lemmas_of_one_class_are_one_kind_of_event() {
    let cases: Vec<Case> = vec![
        (
            "joined / accession",
            vec![
                DAY,
                T {
                    article: "b",
                    trigger: "accession",
                    sentence: "Finland's accession to NATO on Tuesday ended decades of neutrality.",
                    ..DAY
                },
            ],
            &[&["a", "b"]],
        ),
        (
            "will become a member / joined: the light verb's noun is the event",
            vec![
                T {
                    article: "afp",
                    filed: "2023-04-03",
                    trigger: "become",
                    sentence: "Finland will become NATO's 31st member on Tuesday.",
                    status: Status::Scheduled,
                    ..DAY
                },
                T {
                    article: "reuters",
                    ..DAY
                },
            ],
            &[&["afp", "reuters"]],
        ),
        (
            "became members / joined, other countries and year",
            vec![
                T {
                    article: "x",
                    filed: "1999-03-13",
                    trigger: "joined",
                    sentence: "Poland, Hungary and the Czech Republic joined NATO on Friday.",
                    actors: &["Poland", "Hungary", "Czech Republic", "NATO"],
                    date: "1999-03-12",
                    span: ("1999-03-12", "1999-03-13"),
                    ..DAY
                },
                T {
                    article: "y",
                    filed: "1999-03-14",
                    trigger: "became",
                    sentence: "Poland and Hungary became members of NATO on Friday.",
                    actors: &["Poland", "Hungary", "NATO"],
                    date: "1999-03-12",
                    span: ("1999-03-12", "1999-03-13"),
                    ..DAY
                },
            ],
            &[&["x", "y"]],
        ),
        (
            "became president is no accession",
            vec![
                DAY,
                T {
                    article: "b",
                    trigger: "became",
                    sentence: "Sauli Niinisto became president of Finland on Tuesday.",
                    actors: &["Sauli Niinisto", "Finland"],
                    ..DAY
                },
            ],
            &[&["a"], &["b"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_loose_class_and_other_classes() {
    let cases: Vec<Case> = vec![
        (
            "join NATO leaders for a summit: a meeting (join is loose)",
            vec![
                T {
                    article: "ap",
                    filed: "2010-11-19",
                    trigger: "join",
                    sentence: "Medvedev will join NATO leaders in Lisbon on Saturday for a summit.",
                    status: Status::Scheduled,
                    category: Some("04 Consult"),
                    actors: &["Dmitry Medvedev", "Russia", "NATO"],
                    location: Some("Lisbon"),
                    date: "2010-11-20",
                    span: ("2010-11-20", "2010-11-21"),
                    ..DAY
                },
                T {
                    article: "ria",
                    filed: "2010-11-20",
                    trigger: "met",
                    sentence: "Medvedev and NATO leaders met in Lisbon on Saturday.",
                    status: Status::Occurred,
                    category: Some("04 Consult"),
                    actors: &["Dmitry Medvedev", "NATO"],
                    location: Some("Lisbon"),
                    date: "2010-11-20",
                    span: ("2010-11-20", "2010-11-21"),
                    ..DAY
                },
            ],
            &[&["ap", "ria"]],
        ),
        (
            "expected to join in April / the summit in April: a month does not loosen the class",
            vec![
                T {
                    article: "apw",
                    filed: "1998-12-05",
                    trigger: "join",
                    sentence: "The three are expected to join in April.",
                    status: Status::Scheduled,
                    category: Some("04 Consult"),
                    actors: &["Poland", "Hungary", "NATO"],
                    date: "1999-04",
                    span: ("1999-04-01", "1999-05-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
                T {
                    article: "xie",
                    filed: "1999-02-10",
                    trigger: "summit",
                    sentence: "NATO leaders will hold a summit in April.",
                    status: Status::Scheduled,
                    category: Some("04 Consult"),
                    actors: &["NATO"],
                    date: "1999-04",
                    span: ("1999-04-01", "1999-05-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
            ],
            &[&["apw"], &["xie"]],
        ),
        (
            "will be revoked / will stop: one suspension",
            vec![
                T {
                    article: "interfax",
                    filed: "2021-10-18",
                    trigger: "revoked",
                    sentence: "The staff's accreditation will be revoked as of November 1.",
                    status: Status::Scheduled,
                    actors: &["NATO"],
                    date: "2021-11-01",
                    span: ("2021-11-01", "2021-11-02"),
                    ..DAY
                },
                T {
                    article: "ria",
                    filed: "2021-10-19",
                    trigger: "suspend",
                    sentence: "The mission to NATO will suspend its work on November 1, Lavrov said.",
                    status: Status::Scheduled,
                    actors: &["NATO", "Sergey Lavrov"],
                    date: "2021-11-01",
                    span: ("2021-11-01", "2021-11-02"),
                    ..DAY
                },
            ],
            &[&["interfax", "ria"]],
        ),
    ];
    check(&cases);
}

#[test]
fn decisions_and_meetings_in_other_words() {
    let cases: Vec<Case> = vec![
        (
            "agreed / promised / will decide: one decision",
            vec![
                T {
                    article: "r",
                    filed: "2008-04-02",
                    trigger: "decide",
                    sentence:
                        "NATO leaders will decide on Thursday whether to offer Georgia a path to membership.",
                    status: Status::Scheduled,
                    actors: &["NATO", "Georgia"],
                    date: "2008-04-03",
                    span: ("2008-04-03", "2008-04-04"),
                    ..DAY
                },
                T {
                    article: "s",
                    filed: "2008-04-03",
                    trigger: "promised",
                    sentence: "NATO leaders promised on Thursday that Georgia would join.",
                    actors: &["NATO", "Georgia"],
                    date: "2008-04-03",
                    span: ("2008-04-03", "2008-04-04"),
                    ..DAY
                },
                T {
                    article: "t",
                    filed: "2008-04-04",
                    trigger: "agreed",
                    sentence: "NATO leaders agreed on Thursday that Georgia would become a member.",
                    actors: &["NATO", "Georgia", "Ukraine"],
                    date: "2008-04-03",
                    span: ("2008-04-03", "2008-04-04"),
                    ..DAY
                },
            ],
            &[&["r", "s", "t"]],
        ),
        (
            "convened / met",
            vec![
                T {
                    article: "n",
                    filed: "2016-04-20",
                    trigger: "convened",
                    sentence: "The NATO-Russia Council convened in Brussels on Wednesday.",
                    actors: &["NATO-Russia Council"],
                    location: Some("Brussels"),
                    date: "2016-04-20",
                    span: ("2016-04-20", "2016-04-21"),
                    ..DAY
                },
                T {
                    article: "m",
                    filed: "2016-04-20",
                    trigger: "met",
                    sentence: "NATO and Russian envoys met on Wednesday.",
                    actors: &["NATO", "Russia"],
                    date: "2016-04-20",
                    span: ("2016-04-20", "2016-04-21"),
                    ..DAY
                },
            ],
            &[&["m", "n"]],
        ),
    ];
    check(&cases);
}

#[test]
fn frames_merge_on_the_event_they_name() {
    let beijing = T {
        article: "afp",
        filed: "2022-02-04",
        trigger: "declared",
        sentence: "China and Russia on Friday declared a friendship with no limits in a joint statement.",
        status: Status::Reported,
        category: Some("01 Make public statement"),
        actors: &["China", "Russia"],
        location: Some("Beijing"),
        date: "2022-02-04",
        span: ("2022-02-04", "2022-02-05"),
        granularity: Granularity::Day,
    };
    let cases: Vec<Case> = vec![
        (
            "declared in a joint statement / signed a joint statement declaring",
            vec![
                beijing,
                T {
                    article: "reuters",
                    trigger: "signed",
                    sentence:
                        "The two signed a joint statement on Friday declaring a partnership without limits.",
                    status: Status::Occurred,
                    category: None,
                    actors: &[],
                    ..beijing
                },
            ],
            &[&["afp", "reuters"]],
        ),
        (
            "signed a treaty / the treaty's signing, other leaders and city",
            vec![
                T {
                    article: "p",
                    filed: "2010-04-08",
                    trigger: "signed",
                    sentence: "Obama and Medvedev signed the New START treaty in Prague on Thursday.",
                    status: Status::Occurred,
                    category: None,
                    actors: &["Barack Obama", "Dmitry Medvedev"],
                    location: Some("Prague"),
                    date: "2010-04-08",
                    span: ("2010-04-08", "2010-04-09"),
                    ..beijing
                },
                T {
                    article: "q",
                    filed: "2010-04-09",
                    trigger: "signing",
                    sentence: "The signing of the treaty by Obama and Medvedev on Thursday was hailed.",
                    status: Status::Occurred,
                    category: None,
                    actors: &["Barack Obama", "Dmitry Medvedev"],
                    location: None,
                    date: "2010-04-08",
                    span: ("2010-04-08", "2010-04-09"),
                    ..beijing
                },
            ],
            &[&["p", "q"]],
        ),
        (
            "a frame and an event naming no one on either side: a word is all they share",
            vec![
                T {
                    article: "wsj1",
                    filed: "1989-10-30",
                    trigger: "signed",
                    sentence: "Earlier this month, the company signed a letter of intent to acquire a maker of valves.",
                    status: Status::Occurred,
                    category: None,
                    actors: &[],
                    location: None,
                    date: "1989-10",
                    span: ("1989-10-01", "1989-11-01"),
                    ..beijing
                },
                T {
                    article: "wsj2",
                    filed: "1989-10-28",
                    trigger: "acquire",
                    sentence: "Two rival bidders extended their offers to acquire the vaccine maker on Friday.",
                    status: Status::Occurred,
                    category: None,
                    actors: &[],
                    location: None,
                    date: "1989-10-27",
                    span: ("1989-10-27", "1989-10-28"),
                    ..beijing
                },
            ],
            &[&["wsj1"], &["wsj2"]],
        ),
        (
            "signed a statement on another day: apart",
            vec![
                beijing,
                T {
                    article: "reuters",
                    trigger: "signed",
                    sentence: "The two signed a joint statement on Saturday declaring a partnership.",
                    status: Status::Occurred,
                    category: None,
                    actors: &[],
                    date: "2022-02-05",
                    span: ("2022-02-05", "2022-02-06"),
                    ..beijing
                },
            ],
            &[&["afp"], &["reuters"]],
        ),
        (
            "spoke at the session of the council / the council's meeting",
            vec![
                T {
                    article: "tass",
                    filed: "2008-04-04",
                    trigger: "meeting",
                    sentence: "Putin attended a NATO-Russia Council meeting in Bucharest on Friday.",
                    status: Status::Occurred,
                    category: Some("04 Consult"),
                    actors: &["Vladimir Putin", "NATO-Russia Council"],
                    location: Some("Bucharest"),
                    date: "2008-04-04",
                    span: ("2008-04-04", "2008-04-05"),
                    ..beijing
                },
                T {
                    article: "tass-ru",
                    filed: "2008-04-04",
                    trigger: "spoke",
                    sentence: "Putin spoke on Friday at a meeting of the NATO-Russia Council.",
                    status: Status::Reported,
                    category: Some("01 Make public statement"),
                    actors: &["Vladimir Putin", "NATO-Russia Council"],
                    location: None,
                    date: "2008-04-04",
                    span: ("2008-04-04", "2008-04-05"),
                    ..beijing
                },
            ],
            &[&["tass", "tass-ru"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_plan_and_a_fact_are_one_row_whose_status_is_the_latest_report() {
    // (name, the plan, the fact, the row's status)
    let plan = T {
        article: "plan",
        filed: "2022-01-10",
        trigger: "meet",
        sentence: "NATO and Russia will meet in Brussels on Wednesday.",
        status: Status::Scheduled,
        category: Some("04 Consult"),
        actors: &["NATO", "Russia"],
        location: Some("Brussels"),
        date: "2022-01-12",
        span: ("2022-01-12", "2022-01-13"),
        granularity: Granularity::Day,
    };
    let cases = [
        (
            "will meet / met",
            plan,
            T {
                article: "fact",
                filed: "2022-01-12",
                trigger: "met",
                sentence: "Russia and NATO met on Wednesday.",
                status: Status::Occurred,
                location: None,
                ..plan
            },
        ),
        (
            "will become a member / joined",
            T {
                article: "plan",
                filed: "2024-03-06",
                trigger: "become",
                sentence: "Sweden will become NATO's 32nd member on Thursday.",
                status: Status::Scheduled,
                category: None,
                actors: &["Sweden", "NATO"],
                location: None,
                date: "2024-03-07",
                span: ("2024-03-07", "2024-03-08"),
                ..plan
            },
            T {
                article: "fact",
                filed: "2024-03-08",
                trigger: "joined",
                sentence: "Sweden joined NATO on Thursday.",
                status: Status::Occurred,
                category: None,
                actors: &["Sweden", "NATO"],
                location: None,
                date: "2024-03-07",
                span: ("2024-03-07", "2024-03-08"),
                ..plan
            },
        ),
    ];
    for (name, plan, fact) in cases {
        let (groups, merged) = rows(&[plan, fact]);
        assert_eq!(groups, vec![vec!["fact", "plan"]], "{name}");
        assert_eq!(
            merged[0].event.status,
            Status::Occurred,
            "{name}: the latest report"
        );
    }
}

#[test]
fn a_plan_and_a_fact_naming_no_one_and_no_day_stay_apart() {
    let plan = T {
        article: "ap",
        filed: "2014-04-01",
        trigger: "meet",
        sentence: "Foreign ministers will meet again in June.",
        status: Status::Scheduled,
        category: Some("04 Consult"),
        actors: &[],
        location: None,
        date: "2014-06",
        span: ("2014-06-01", "2014-07-01"),
        granularity: Granularity::Month,
    };
    let fact = T {
        article: "reuters",
        filed: "2016-04-19",
        trigger: "met",
        sentence: "The NATO-Russia Council last met in June 2014.",
        status: Status::Occurred,
        actors: &["NATO-Russia Council"],
        ..plan
    };
    let other_fact = T {
        article: "ria",
        filed: "2016-04-20",
        trigger: "meeting",
        sentence: "The previous meeting took place in June 2014.",
        status: Status::Occurred,
        actors: &[],
        ..plan
    };
    let on_a_day = |t: T| T {
        date: "2014-06-02",
        span: ("2014-06-02", "2014-06-03"),
        granularity: Granularity::Day,
        ..t
    };
    let cases: Vec<Case> = vec![
        (
            "a plan naming no one, a fact in the same month",
            vec![plan, fact, other_fact],
            &[&["ap"], &["reuters", "ria"]],
        ),
        (
            "the same with a day: one meeting",
            vec![on_a_day(plan), on_a_day(fact)],
            &[&["ap", "reuters"]],
        ),
        (
            "a plan and a fact both naming the council: one meeting",
            vec![
                T {
                    actors: &["NATO-Russia Council"],
                    ..plan
                },
                fact,
            ],
            &[&["ap", "reuters"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_year_naming_no_one_ties_only_in_a_named_place() {
    let summit = T {
        article: "tass",
        filed: "2023-07-11",
        trigger: "summit",
        sentence: "The NATO summit in Vilnius opened on Tuesday.",
        status: Status::Occurred,
        category: Some("04 Consult"),
        actors: &["NATO"],
        location: Some("Vilnius"),
        date: "2023-07-11",
        span: ("2023-07-11", "2023-07-12"),
        granularity: Granularity::Day,
    };
    let year = T {
        article: "ifx",
        filed: "2024-01-10",
        sentence: "In 2023 the summit took place in Vilnius.",
        actors: &[],
        date: "2023",
        span: ("2023-01-01", "2024-01-01"),
        granularity: Granularity::Year,
        ..summit
    };
    let loss = T {
        article: "wsj1",
        filed: "1989-10-30",
        trigger: "loss",
        sentence: "The company posted a third-quarter net loss of $2 million.",
        category: None,
        actors: &[],
        location: None,
        date: "1989-Q3",
        span: ("1989-07-01", "1989-10-01"),
        granularity: Granularity::Quarter,
        ..summit
    };
    let cases: Vec<Case> = vec![
        (
            "a year in the summit's city",
            vec![summit, year],
            &[&["ifx", "tass"]],
        ),
        (
            "a year with no place",
            vec![
                summit,
                T {
                    location: None,
                    ..year
                },
            ],
            &[&["ifx"], &["tass"]],
        ),
        (
            "two companies' quarterly losses, naming no one",
            vec![
                loss,
                T {
                    article: "wsj2",
                    sentence: "Savin reported a third-quarter loss of $35 million.",
                    ..loss
                },
            ],
            &[&["wsj1"], &["wsj2"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_week_or_a_month_joins_the_one_day_it_fits() {
    let day = T {
        article: "reuters",
        filed: "2022-01-10",
        trigger: "met",
        sentence: "Sherman and Ryabkov met in Geneva on Monday.",
        status: Status::Occurred,
        category: Some("04 Consult"),
        actors: &["United States", "Russia"],
        location: Some("Geneva"),
        date: "2022-01-10",
        span: ("2022-01-10", "2022-01-11"),
        granularity: Granularity::Day,
    };
    let week = T {
        article: "afp",
        filed: "2022-01-18",
        sentence: "US and Russian negotiators met in Geneva last week.",
        date: "2022-W02",
        span: ("2022-01-10", "2022-01-17"),
        granularity: Granularity::Week,
        ..day
    };
    let brussels = T {
        article: "ap",
        filed: "2022-01-12",
        sentence: "Russia and NATO met in Brussels on Wednesday.",
        actors: &["Russia", "NATO", "United States"],
        location: Some("Brussels"),
        date: "2022-01-12",
        span: ("2022-01-12", "2022-01-13"),
        ..day
    };
    let month = T {
        article: "dpa",
        filed: "2022-06-30",
        trigger: "invited",
        sentence: "NATO invited Sweden and Finland in June.",
        category: None,
        actors: &["NATO", "Sweden", "Finland"],
        location: None,
        date: "2022-06",
        span: ("2022-06-01", "2022-07-01"),
        granularity: Granularity::Month,
        ..day
    };
    let invited = T {
        article: "tass",
        filed: "2022-06-29",
        sentence: "NATO leaders invited Finland and Sweden on Wednesday.",
        date: "2022-06-29",
        span: ("2022-06-29", "2022-06-30"),
        granularity: Granularity::Day,
        ..month
    };
    let cases: Vec<Case> = vec![
        ("a week into its day", vec![day, week], &[&["afp", "reuters"]]),
        (
            "a week into the day of its place, another day elsewhere",
            vec![day, week, brussels],
            &[&["afp", "reuters"], &["ap"]],
        ),
        ("a month into its day", vec![invited, month], &[&["dpa", "tass"]]),
        (
            "a month and two days of the same kind and names: it joins neither",
            vec![
                invited,
                month,
                T {
                    article: "afp",
                    date: "2022-06-10",
                    span: ("2022-06-10", "2022-06-11"),
                    ..invited
                },
            ],
            &[&["afp"], &["dpa"], &["tass"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_side_naming_no_one_joins_on_the_scene_when_one_cluster_fits() {
    let talks = T {
        article: "a",
        filed: "2021-06-16",
        trigger: "talks",
        sentence: "Biden and Putin held talks in Geneva on Wednesday.",
        status: Status::Occurred,
        category: Some("04 Consult"),
        actors: &["Joe Biden", "Vladimir Putin"],
        location: Some("Geneva"),
        date: "2021-06-16",
        span: ("2021-06-16", "2021-06-17"),
        granularity: Granularity::Day,
    };
    let summit = T {
        article: "b",
        trigger: "summit",
        sentence: "The summit in Geneva on Wednesday lasted four hours.",
        category: None,
        actors: &[],
        ..talks
    };
    let cases: Vec<Case> = vec![
        ("same class, day and place", vec![talks, summit], &[&["a", "b"]]),
        (
            "one story's summit and talks of a day: the writer tells two",
            vec![
                talks,
                T {
                    article: "a",
                    ..summit
                },
            ],
            &[&["a"], &["a"]],
        ),
        (
            "another place",
            vec![
                talks,
                T {
                    location: Some("Vienna"),
                    ..summit
                },
            ],
            &[&["a"], &["b"]],
        ),
        (
            "another day",
            vec![
                talks,
                T {
                    date: "2021-06-17",
                    span: ("2021-06-17", "2021-06-18"),
                    ..summit
                },
            ],
            &[&["a"], &["b"]],
        ),
        (
            "two meetings of other names on that scene: it cannot tell which",
            vec![
                talks,
                summit,
                T {
                    article: "c",
                    sentence: "Lavrov and Blinken met in Geneva on Wednesday.",
                    trigger: "met",
                    actors: &["Sergey Lavrov", "Antony Blinken"],
                    ..talks
                },
            ],
            &[&["a"], &["b"], &["c"]],
        ),
    ];
    check(&cases);
}

#[test]
fn what_takes_effect_is_the_one_event_of_its_day_that_does() {
    let revoked = T {
        article: "interfax",
        filed: "2021-10-18",
        trigger: "revoked",
        sentence: "The staff's accreditation will be revoked as of November 1, the minister said.",
        status: Status::Scheduled,
        category: None,
        actors: &["NATO", "Sergey Lavrov", "Russia"],
        location: None,
        date: "2021-11-01",
        span: ("2021-11-01", "2021-11-02"),
        granularity: Granularity::Day,
    };
    let move_ = T {
        article: "reuters",
        trigger: "takes",
        sentence: "The move, which takes effect on Nov. 1, further reduces the few remaining channels.",
        category: Some("17 Coerce"),
        actors: &["Russia"],
        ..revoked
    };
    // other names, place, year and words: a border closing that a ban puts into force
    let close = T {
        article: "mti",
        filed: "2015-09-10",
        trigger: "close",
        sentence: "Hungary will close its border with Serbia on September 15.",
        actors: &["Hungary", "Serbia"],
        date: "2015-09-15",
        span: ("2015-09-15", "2015-09-16"),
        ..revoked
    };
    let ban = T {
        article: "ap",
        filed: "2015-09-11",
        trigger: "comes",
        sentence: "The ban comes into force on Tuesday, the government in Budapest said.",
        actors: &["Hungary"],
        ..close
    };
    let cases: Vec<Case> = vec![
        (
            "the move takes effect / will be revoked",
            vec![revoked, move_],
            &[&["interfax", "reuters"]],
        ),
        (
            "the ban comes into force / will close",
            vec![close, ban],
            &[&["ap", "mti"]],
        ),
        (
            "no name shared: apart",
            vec![
                close,
                T {
                    actors: &["Croatia"],
                    ..ban
                },
            ],
            &[&["ap"], &["mti"]],
        ),
        (
            "another day: apart",
            vec![
                close,
                T {
                    date: "2015-09-16",
                    span: ("2015-09-16", "2015-09-17"),
                    ..ban
                },
            ],
            &[&["ap"], &["mti"]],
        ),
        (
            "one story's own sentences: the writer tells two",
            vec![
                close,
                T {
                    article: "mti",
                    ..ban
                },
            ],
            &[&["mti"], &["mti"]],
        ),
        (
            "a meeting of the day does not take effect",
            vec![
                T {
                    article: "dpa",
                    trigger: "meet",
                    sentence: "Hungary and Serbia will meet in Szeged on September 15.",
                    category: Some("04 Consult"),
                    location: Some("Szeged"),
                    ..close
                },
                ban,
            ],
            &[&["ap"], &["dpa"]],
        ),
        (
            "two closings of the day in two places: it cannot tell which",
            vec![
                T {
                    location: Some("Roszke"),
                    ..close
                },
                T {
                    article: "hvg",
                    sentence: "Hungary will close its border crossing with Croatia on September 15.",
                    actors: &["Hungary", "Croatia"],
                    location: Some("Zakany"),
                    ..close
                },
                ban,
            ],
            &[&["ap"], &["hvg"], &["mti"]],
        ),
    ];
    check(&cases);
}

#[test]
fn entering_into_force_told_in_other_words() {
    let entered = T {
        article: "ap",
        filed: "2011-02-05",
        trigger: "entered",
        sentence: "The New START treaty entered into force on Saturday.",
        status: Status::Occurred,
        category: None,
        actors: &["United States", "Russia"],
        location: None,
        date: "2011-02-05",
        span: ("2011-02-05", "2011-02-06"),
        granularity: Granularity::Day,
    };
    let took = T {
        article: "reuters",
        filed: "2021-02-03",
        trigger: "treaty",
        sentence: "The treaty took effect in February 2011.",
        category: Some("05 Engage in diplomatic cooperation"),
        actors: &[],
        date: "2011-02",
        span: ("2011-02-01", "2011-03-01"),
        granularity: Granularity::Month,
        ..entered
    };
    let kyoto = T {
        article: "afp",
        filed: "2005-02-16",
        trigger: "entered",
        sentence: "The Kyoto Protocol entered into force on Wednesday.",
        actors: &["Japan", "UN"],
        date: "2005-02-16",
        span: ("2005-02-16", "2005-02-17"),
        ..entered
    };
    let came = T {
        article: "dpa",
        filed: "2015-02-16",
        trigger: "Protocol",
        sentence: "The Protocol came into force in February 2005.",
        actors: &[],
        date: "2005-02",
        span: ("2005-02-01", "2005-03-01"),
        granularity: Granularity::Month,
        ..kyoto
    };
    let cases: Vec<Case> = vec![
        (
            "took effect / entered into force",
            vec![entered, took],
            &[&["ap", "reuters"]],
        ),
        (
            "came into force / entered into force",
            vec![kyoto, came],
            &[&["afp", "dpa"]],
        ),
        (
            "the treaty's signing that month is another event",
            vec![
                T {
                    article: "ria",
                    trigger: "signed",
                    sentence: "Medvedev and Obama signed the treaty on February 5.",
                    ..entered
                },
                took,
            ],
            &[&["reuters"], &["ria"]],
        ),
        (
            "a treaty that took office is no phrase: apart",
            vec![
                entered,
                T {
                    sentence: "The treaty took office in February 2011.",
                    ..took
                },
            ],
            &[&["ap"], &["reuters"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_body_is_its_members_on_the_day() {
    let joined = T {
        article: "ap",
        filed: "2004-03-29",
        trigger: "joined",
        sentence: "Seven former communist countries joined NATO on Monday.",
        status: Status::Occurred,
        category: Some("04 Consult"),
        actors: &["NATO"],
        location: None,
        date: "2004-03-29",
        span: ("2004-03-29", "2004-03-30"),
        granularity: Granularity::Day,
    };
    let became = T {
        article: "reuters",
        filed: "2004-04-02",
        trigger: "became",
        sentence:
            "Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia became members on Monday.",
        category: None,
        actors: &[
            "Bulgaria",
            "Estonia",
            "Latvia",
            "Lithuania",
            "Romania",
            "Slovakia",
            "Slovenia",
        ],
        ..joined
    };
    let balkan = T {
        article: "afp",
        filed: "2009-04-01",
        trigger: "joined",
        sentence: "Two Balkan countries joined NATO on Wednesday.",
        actors: &["NATO"],
        date: "2009-04-01",
        span: ("2009-04-01", "2009-04-02"),
        ..joined
    };
    let albania = T {
        article: "dpa",
        filed: "2009-04-03",
        trigger: "became",
        sentence: "Albania and Croatia became members of the alliance on Wednesday.",
        category: None,
        actors: &["Albania", "Croatia"],
        ..balkan
    };
    let cases: Vec<Case> = vec![
        (
            "seven joined NATO / the seven became members",
            vec![joined, became],
            &[&["ap", "reuters"]],
        ),
        (
            "two joined NATO / Albania and Croatia became members",
            vec![balkan, albania],
            &[&["afp", "dpa"]],
        ),
        (
            "one of them not a member that day: apart",
            vec![
                balkan,
                T {
                    sentence: "Albania, Croatia and Macedonia became members of the alliance on Wednesday.",
                    actors: &["Albania", "Croatia", "North Macedonia"],
                    ..albania
                },
            ],
            &[&["afp"], &["dpa"]],
        ),
        (
            "a single member is not the body's side",
            vec![
                balkan,
                T {
                    sentence: "Albania became a member of the alliance on Wednesday.",
                    actors: &["Albania"],
                    ..albania
                },
            ],
            &[&["afp"], &["dpa"]],
        ),
        (
            "members of long standing meeting on the day the body's ministers met",
            vec![
                T {
                    article: "nato",
                    filed: "2009-12-03",
                    trigger: "met",
                    sentence: "NATO foreign ministers met in Brussels on Thursday.",
                    category: Some("04 Consult"),
                    actors: &["NATO"],
                    location: Some("Brussels"),
                    date: "2009-12-03",
                    span: ("2009-12-03", "2009-12-04"),
                    ..joined
                },
                T {
                    article: "afp",
                    filed: "2009-12-03",
                    trigger: "met",
                    sentence: "France and Germany met in Brussels on Thursday.",
                    category: Some("04 Consult"),
                    actors: &["France", "Germany"],
                    location: Some("Brussels"),
                    date: "2009-12-03",
                    span: ("2009-12-03", "2009-12-04"),
                    ..joined
                },
            ],
            &[&["afp"], &["nato"]],
        ),
        (
            "a day before they joined: not yet members",
            vec![
                T {
                    date: "2009-03-31",
                    span: ("2009-03-31", "2009-04-01"),
                    ..balkan
                },
                T {
                    date: "2009-03-31",
                    span: ("2009-03-31", "2009-04-01"),
                    ..albania
                },
            ],
            &[&["afp"], &["dpa"]],
        ),
    ];
    check(&cases);
}

#[test]
fn conversations_and_attacks_in_other_words() {
    let macron = T {
        article: "afp",
        filed: "2022-02-12",
        trigger: "spoke",
        sentence: "Emmanuel Macron spoke with Vladimir Putin by telephone on Saturday.",
        status: Status::Occurred,
        category: Some("01 Make public statement"),
        actors: &["Emmanuel Macron", "Vladimir Putin", "France", "Russia"],
        location: Some("Paris"),
        date: "2022-02-12",
        span: ("2022-02-12", "2022-02-13"),
        granularity: Granularity::Day,
    };
    let biden = T {
        article: "ap",
        sentence: "Joe Biden and Vladimir Putin spoke by phone for an hour on Saturday.",
        actors: &[
            "Joe Biden",
            "Vladimir Putin",
            "United States",
            "Russia",
            "Emmanuel Macron",
            "France",
        ],
        location: Some("Washington"),
        ..macron
    };
    let discussed = T {
        article: "ria",
        trigger: "обсудили",
        sentence: "Владимир Путин и Эммануэль Макрон в субботу обсудили по телефону ситуацию вокруг Украины.",
        category: Some("04 Consult"),
        actors: &["Vladimir Putin", "Emmanuel Macron", "Ukraine", "Russia", "France"],
        location: None,
        ..macron
    };
    let talked = T {
        article: "tass",
        trigger: "разговаривал",
        sentence: "Позднее в субботу Путин разговаривал с Джо Байденом.",
        category: Some("04 Consult"),
        actors: &["Vladimir Putin", "Joe Biden", "Russia", "United States"],
        location: None,
        ..macron
    };
    // other leaders, day and year
    let scholz = T {
        article: "dpa",
        filed: "2022-05-13",
        sentence: "Olaf Scholz spoke with Vladimir Putin by telephone on Friday.",
        actors: &["Olaf Scholz", "Vladimir Putin", "Germany", "Russia"],
        location: Some("Berlin"),
        date: "2022-05-13",
        span: ("2022-05-13", "2022-05-14"),
        ..macron
    };
    let austin = T {
        article: "ap",
        sentence: "Joe Biden and Vladimir Putin spoke by phone on Friday, a day after Scholz.",
        actors: &[
            "Joe Biden",
            "Vladimir Putin",
            "United States",
            "Russia",
            "Olaf Scholz",
            "Germany",
        ],
        location: Some("Washington"),
        ..scholz
    };
    let kremlin = T {
        article: "interfax",
        trigger: "обсудили",
        sentence: "Владимир Путин и Олаф Шольц в пятницу обсудили по телефону ситуацию.",
        category: Some("04 Consult"),
        actors: &["Vladimir Putin", "Olaf Scholz", "Russia", "Germany"],
        location: None,
        ..scholz
    };
    let airstrikes = T {
        article: "ap",
        filed: "1999-03-25",
        trigger: "airstrikes",
        sentence: "NATO launched airstrikes against Yugoslavia on Wednesday night.",
        status: Status::Occurred,
        category: Some("19 Fight"),
        actors: &["NATO", "Yugoslavia"],
        location: None,
        date: "1999-03-24",
        span: ("1999-03-24", "1999-03-25"),
        granularity: Granularity::Day,
    };
    let bombing = T {
        article: "reuters",
        trigger: "bombing",
        sentence: "The NATO bombing of Yugoslavia started on Wednesday.",
        category: Some("18 Assault"),
        actors: &["NATO", "Yugoslavia"],
        ..airstrikes
    };
    let cases: Vec<Case> = vec![
        (
            "discussed by phone: the call all of whose names it gives",
            vec![macron, biden, discussed],
            &[&["afp", "ria"], &["ap"]],
        ),
        (
            "a conversation with no means joins the call of its names",
            vec![macron, biden, discussed, talked],
            &[&["afp", "ria"], &["ap", "tass"]],
        ),
        (
            "other leaders and day: the call all of whose names it gives",
            vec![scholz, austin, kremlin],
            &[&["ap"], &["dpa", "interfax"]],
        ),
        (
            "one name shared with each: it cannot tell which",
            vec![
                scholz,
                austin,
                T {
                    article: "xinhua",
                    sentence: "Москва в пятницу обсудила по телефону ситуацию.",
                    trigger: "обсудила",
                    actors: &["Russia"],
                    ..kremlin
                },
            ],
            &[&["ap"], &["dpa"], &["xinhua"]],
        ),
        (
            "airstrikes / bombing: one attack",
            vec![airstrikes, bombing],
            &[&["ap", "reuters"]],
        ),
        (
            "a dock strike of that day is no attack",
            vec![
                airstrikes,
                T {
                    trigger: "strike",
                    sentence: "NATO's civilian staff went on strike on Wednesday in Yugoslavia.",
                    category: None,
                    ..bombing
                },
            ],
            &[&["ap"], &["reuters"]],
        ),
    ];
    check(&cases);
}

#[test]
fn a_year_naming_no_one_retells_the_one_event_of_its_word_told_twice() {
    let reuters = T {
        article: "reuters",
        filed: "2021-02-03",
        trigger: "extended",
        sentence: "The United States and Russia extended the New START treaty on Wednesday.",
        status: Status::Occurred,
        category: None,
        actors: &["United States", "Russia"],
        location: None,
        date: "2021-02-03",
        span: ("2021-02-03", "2021-02-04"),
        granularity: Granularity::Day,
    };
    let tass = T {
        article: "tass",
        trigger: "продлили",
        sentence: "Россия и США в среду продлили договор СНВ-3 на пять лет.",
        ..reuters
    };
    let year = T {
        article: "ap",
        filed: "2023-02-21",
        trigger: "extended",
        sentence: "The treaty was extended in 2021 for five years.",
        actors: &[],
        date: "2021",
        span: ("2021-01-01", "2022-01-01"),
        granularity: Granularity::Year,
        ..reuters
    };
    // other words, names and year: sanctions lifted
    let lifted = T {
        article: "afp",
        filed: "2016-01-17",
        trigger: "lifted",
        sentence: "The United States and the EU lifted sanctions on Iran on Saturday.",
        actors: &["United States", "EU", "Iran"],
        date: "2016-01-16",
        span: ("2016-01-16", "2016-01-17"),
        ..reuters
    };
    let lifted_too = T {
        article: "dpa",
        sentence: "Sanctions on Iran were lifted on Saturday by the EU and Washington.",
        ..lifted
    };
    let lifted_year = T {
        article: "ap",
        filed: "2018-05-08",
        sentence: "Sanctions were lifted in 2016 under the deal.",
        actors: &[],
        date: "2016",
        span: ("2016-01-01", "2017-01-01"),
        granularity: Granularity::Year,
        ..lifted
    };
    let cases: Vec<Case> = vec![
        (
            "extended in 2021 / extended on Wednesday, told twice",
            vec![reuters, tass, year],
            &[&["ap", "reuters", "tass"]],
        ),
        (
            "lifted in 2016 / lifted on Saturday, told twice",
            vec![lifted, lifted_too, lifted_year],
            &[&["afp", "ap", "dpa"]],
        ),
        (
            "told by one story only: apart",
            vec![reuters, year],
            &[&["ap"], &["reuters"]],
        ),
        (
            "two extensions that year: it cannot tell which",
            vec![
                reuters,
                tass,
                year,
                T {
                    article: "ria",
                    sentence: "Russia and Belarus extended their union treaty on 9 September.",
                    actors: &["Russia", "Belarus"],
                    date: "2021-09-09",
                    span: ("2021-09-09", "2021-09-10"),
                    ..reuters
                },
            ],
            &[&["ap"], &["reuters", "tass"], &["ria"]],
        ),
        (
            "the year told in one of the two stories: the writer tells two",
            vec![
                reuters,
                tass,
                T {
                    article: "tass",
                    ..year
                },
            ],
            &[&["reuters", "tass"], &["tass"]],
        ),
    ];
    check(&cases);
}
