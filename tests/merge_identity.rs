//! Event identity across stories: the rules that make one row of tellings in other words,
//! other languages and other precisions — a reporting frame and the event it reports, one
//! class of lemmas (elections, foundings), a place named as an actor, one telling bridging
//! two partial ones — and the rules that keep different events apart (negated and
//! affirmed, two precise days a week or more apart, other actors). Each case runs in both
//! orders: merging must not depend on it.

use chronicle::event::{Event, Polarity};
use chronicle::merge::{merge, Source};
use chronicle::time::interval::Granularity;
use chrono::NaiveDate;

/// A telling: article, trigger, sentence, actors, place, date value, span, granularity.
#[derive(Clone, Copy)]
struct T {
    article: &'static str,
    trigger: &'static str,
    sentence: &'static str,
    category: Option<&'static str>,
    actors: &'static [&'static str],
    location: Option<&'static str>,
    date: &'static str,
    span: (&'static str, &'static str),
    granularity: Granularity,
    negative: bool,
}

const DAY: T = T {
    article: "a",
    trigger: "suspended",
    sentence: "Russia suspended its mission to NATO on Monday.",
    category: None,
    actors: &["Russia", "NATO"],
    location: None,
    date: "2021-10-18",
    span: ("2021-10-18", "2021-10-19"),
    granularity: Granularity::Day,
    negative: false,
};

fn source(t: &T) -> Source {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let e = Event {
        article: t.article.into(),
        trigger: t.trigger.into(),
        sentence: t.sentence.into(),
        headline: t.sentence.into(),
        category: t.category.map(String::from),
        actors: t.actors.iter().map(|a| a.to_string()).collect(),
        location: t.location.map(String::from),
        date: t.date.into(),
        start: day(t.span.0),
        end: day(t.span.1),
        granularity: Some(t.granularity),
        polarity: if t.negative {
            Polarity::Negative
        } else {
            Polarity::Positive
        },
        char_start: 10,
        char_end: 10 + t.trigger.chars().count(),
        ..Event::default()
    };
    Source::new(e, None)
}

/// How many rows the tellings become, and whether one carries a conflict.
fn rows(tellings: &[T]) -> (usize, bool) {
    let rows = merge(tellings.iter().map(source));
    (rows.len(), rows.iter().any(|r| r.conflict.is_some()))
}

fn check(cases: &[(&str, Vec<T>, usize)]) {
    for (name, tellings, want) in cases {
        assert_eq!(rows(tellings).0, *want, "{name}");
        let reversed: Vec<T> = tellings.iter().rev().copied().collect();
        assert_eq!(rows(&reversed).0, *want, "{name} (other order)");
    }
}

#[test]
fn a_reporting_frame_merges_with_the_event_it_reports() {
    let b = |t: T| T { article: "b", ..t };
    let cases = vec![
        (
            "announced the suspension / suspended (a shared actor)",
            vec![
                DAY,
                b(T {
                    trigger: "announced",
                    sentence: "Sergei Lavrov on Monday announced the suspension of Russia's mission to NATO.",
                    actors: &["Sergey Lavrov", "Russia"],
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "a Russian frame: объявил о приостановке / suspended",
            vec![
                T {
                    actors: &["Vladimir Putin", "Russia"],
                    sentence: "Vladimir Putin suspended Russia's participation in the New START treaty on Tuesday.",
                    date: "2023-02-21",
                    span: ("2023-02-21", "2023-02-22"),
                    ..DAY
                },
                b(T {
                    trigger: "объявил",
                    sentence: "Владимир Путин во вторник объявил о приостановке участия России в договоре.",
                    actors: &["Vladimir Putin"],
                    date: "2023-02-21",
                    span: ("2023-02-21", "2023-02-22"),
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "the reported event before a passive frame: Russia's suspension, announced by Putin",
            vec![
                DAY,
                b(T {
                    trigger: "announced",
                    sentence: "Russia's suspension of its mission, announced by Lavrov on Monday, drew criticism.",
                    actors: &["Russia"],
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "recalled that … published, a month and a day",
            vec![
                T {
                    trigger: "published",
                    sentence: "The Russian Foreign Ministry on Friday published the draft treaties.",
                    actors: &["Russia", "United States"],
                    date: "2021-12-17",
                    span: ("2021-12-17", "2021-12-18"),
                    ..DAY
                },
                b(T {
                    trigger: "recalled",
                    sentence: "The Secretary General recalled that in December the Russian ministry published draft agreements.",
                    actors: &["NATO", "Russia"],
                    date: "2021-12",
                    span: ("2021-12-01", "2022-01-01"),
                    granularity: Granularity::Month,
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "decided to suspend / suspended, other words and date",
            vec![
                T {
                    sentence: "NATO suspended all practical cooperation with Russia on April 1.",
                    date: "2014-04-01",
                    span: ("2014-04-01", "2014-04-02"),
                    ..DAY
                },
                b(T {
                    trigger: "decided",
                    sentence: "NATO foreign ministers decided to suspend all practical civilian and military cooperation.",
                    actors: &["NATO"],
                    date: "2014-04-01",
                    span: ("2014-04-01", "2014-04-02"),
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "a light verb: their talks were held (no actors, a month) / met on the day",
            vec![
                T {
                    trigger: "met",
                    sentence: "Blinken and Lavrov met in Stockholm on Thursday.",
                    actors: &["Antony Blinken", "Sergey Lavrov"],
                    location: Some("Stockholm"),
                    date: "2021-12-02",
                    span: ("2021-12-02", "2021-12-03"),
                    ..DAY
                },
                b(T {
                    trigger: "held",
                    sentence: "Their previous talks were held in Stockholm in December.",
                    actors: &[],
                    location: Some("Stockholm"),
                    date: "2021-12",
                    span: ("2021-12-01", "2022-01-01"),
                    granularity: Granularity::Month,
                    ..DAY
                }),
            ],
            1,
        ),
        (
            "a frame whose words name another event stays apart",
            vec![
                DAY,
                b(T {
                    trigger: "announced",
                    sentence: "Lavrov on Monday announced new talks with the alliance.",
                    actors: &["Sergey Lavrov", "Russia"],
                    ..DAY
                }),
            ],
            2,
        ),
        (
            "the frame on another day stays apart",
            vec![
                DAY,
                b(T {
                    trigger: "announced",
                    sentence: "Lavrov announced the suspension of the mission on Monday.",
                    actors: &["Sergey Lavrov", "Russia"],
                    date: "2021-10-25",
                    span: ("2021-10-25", "2021-10-26"),
                    ..DAY
                }),
            ],
            2,
        ),
        (
            "the frame of other actors stays apart",
            vec![
                DAY,
                b(T {
                    trigger: "announced",
                    sentence: "Joe Biden on Monday announced the suspension of sanctions talks.",
                    actors: &["Joe Biden", "United States"],
                    ..DAY
                }),
            ],
            2,
        ),
    ];
    check(&cases);
}

#[test]
fn lemmas_of_one_class_are_one_kind() {
    let vote = T {
        trigger: "voted",
        sentence: "Russians voted on Sunday in a presidential election.",
        actors: &["Vladimir Putin", "Russia"],
        date: "2018-03-18",
        span: ("2018-03-18", "2018-03-19"),
        ..DAY
    };
    let founded = T {
        trigger: "founded",
        sentence: "Russia, Ukraine and Belarus founded the Commonwealth on December 8.",
        actors: &["Russia", "Ukraine", "Belarus"],
        date: "1991-12-08",
        span: ("1991-12-08", "1991-12-09"),
        ..DAY
    };
    let cases = vec![
        (
            "Выборы / voted, one shared actor",
            vec![
                vote,
                T {
                    article: "b",
                    trigger: "Выборы",
                    sentence: "Выборы президента России прошли в воскресенье.",
                    actors: &["Vladimir Putin"],
                    ..vote
                },
            ],
            1,
        ),
        (
            "the election / voted",
            vec![
                vote,
                T {
                    article: "b",
                    trigger: "election",
                    sentence: "Putin won the election on Sunday.",
                    actors: &["Vladimir Putin"],
                    ..vote
                },
            ],
            1,
        ),
        (
            "founded / established in December / created on the day",
            vec![
                founded,
                T {
                    article: "b",
                    trigger: "established",
                    sentence: "The leaders established the CIS in December 1991.",
                    actors: &["Ukraine", "Belarus"],
                    date: "1991-12",
                    span: ("1991-12-01", "1992-01-01"),
                    granularity: Granularity::Month,
                    ..founded
                },
                T {
                    article: "c",
                    trigger: "created",
                    sentence: "Russia created the Commonwealth on December 8.",
                    actors: &["Russia"],
                    ..founded
                },
            ],
            1,
        ),
        (
            "presented drafts in December / published the drafts on the 17th / опубликовал",
            vec![
                T {
                    trigger: "published",
                    sentence: "The Foreign Ministry on Friday published two draft treaties.",
                    actors: &["Russia", "United States"],
                    date: "2021-12-17",
                    span: ("2021-12-17", "2021-12-18"),
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "presented",
                    sentence: "Moscow presented draft security treaties in December.",
                    actors: &["Russia"],
                    date: "2021-12",
                    span: ("2021-12-01", "2022-01-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
                T {
                    article: "c",
                    trigger: "опубликовал",
                    sentence: "МИД России в пятницу опубликовал проекты договоров.",
                    actors: &["Russia"],
                    date: "2021-12-17",
                    span: ("2021-12-17", "2021-12-18"),
                    ..DAY
                },
            ],
            1,
        ),
        (
            "a plan unveiled by Kyiv and one published by Moscow in one month are two",
            vec![
                T {
                    trigger: "unveiled",
                    sentence: "Ukraine unveiled a peace plan in November.",
                    actors: &["Ukraine"],
                    date: "2022-11",
                    span: ("2022-11-01", "2022-12-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "published",
                    sentence: "Russia published its own plan on November 20.",
                    actors: &["Russia"],
                    date: "2022-11-20",
                    span: ("2022-11-20", "2022-11-21"),
                    ..DAY
                },
            ],
            2,
        ),
        (
            "a publication and a meeting of the same actors on one day are two events",
            vec![
                T {
                    trigger: "published",
                    sentence: "Russia published the draft treaty on Friday.",
                    actors: &["Russia", "NATO"],
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "met",
                    sentence: "Russian and NATO envoys met on Friday.",
                    actors: &["Russia", "NATO"],
                    ..DAY
                },
            ],
            2,
        ),
        (
            "were reunited / вошла в состав / объединилась: one unification",
            vec![
                T {
                    trigger: "reunited",
                    sentence: "East and West Germany were reunited on Wednesday.",
                    actors: &["Germany"],
                    date: "1990-10-03",
                    span: ("1990-10-03", "1990-10-04"),
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "вошла",
                    sentence: "ГДР вошла в состав ФРГ 3 октября 1990 года.",
                    actors: &["East Germany", "Germany"],
                    date: "1990-10-03",
                    span: ("1990-10-03", "1990-10-04"),
                    ..DAY
                },
                T {
                    article: "c",
                    trigger: "объединилась",
                    sentence: "Германия объединилась в октябре 1990 года.",
                    actors: &["Germany"],
                    date: "1990-10",
                    span: ("1990-10-01", "1990-11-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
            ],
            1,
        ),
        (
            "an annexation and a reunification of one day are one; of two years, two",
            vec![
                T {
                    trigger: "annexed",
                    sentence: "Russia annexed Crimea on March 18.",
                    actors: &["Russia", "Ukraine"],
                    date: "2014-03-18",
                    span: ("2014-03-18", "2014-03-19"),
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "воссоединения",
                    sentence: "Договор о воссоединении Крыма с Россией подписан 18 марта.",
                    actors: &["Russia"],
                    date: "2014-03-18",
                    span: ("2014-03-18", "2014-03-19"),
                    ..DAY
                },
                T {
                    article: "c",
                    trigger: "reunified",
                    sentence: "Germany was reunified on October 3, 1990.",
                    actors: &["Germany"],
                    date: "1990-10-03",
                    span: ("1990-10-03", "1990-10-04"),
                    ..DAY
                },
            ],
            2,
        ),
        (
            "\"laid down by the accord signed …\" is no downing: a crash of the month stays apart",
            vec![
                T {
                    trigger: "signed",
                    sentence:
                        "The sites may be visited only as laid down by the Feb. 23 accord signed by Annan.",
                    actors: &["Kofi Annan", "Iraq"],
                    date: "1998-02-23",
                    span: ("1998-02-23", "1998-02-24"),
                    ..DAY
                },
                T {
                    article: "b",
                    trigger: "crashed",
                    sentence: "Two military helicopters crashed last February.",
                    actors: &[],
                    date: "1998-02",
                    span: ("1998-02-01", "1998-03-01"),
                    granularity: Granularity::Month,
                    ..DAY
                },
            ],
            2,
        ),
        (
            "a founding and a vote of the same actors on one day are two events",
            vec![
                founded,
                T {
                    article: "b",
                    trigger: "voted",
                    sentence: "Ukraine voted on December 8.",
                    actors: &["Ukraine"],
                    ..founded
                },
            ],
            2,
        ),
    ];
    check(&cases);
}

#[test]
fn a_place_named_as_an_actor_counts_as_the_place() {
    let summit = T {
        trigger: "summit",
        sentence: "NATO leaders met at the summit in Bucharest in April 2008.",
        category: Some("04 Consult"),
        actors: &["NATO", "Georgia", "Ukraine"],
        location: Some("Bucharest"),
        date: "2008-04",
        span: ("2008-04-01", "2008-05-01"),
        granularity: Granularity::Month,
        ..DAY
    };
    let romania = T {
        article: "b",
        sentence: "Georgia's membership was promised at their April 2008 Bucharest summit.",
        actors: &["Romania"],
        location: None,
        ..summit
    };
    let cases = vec![
        (
            "Bucharest summit (actor Romania) / summit in Bucharest",
            vec![summit, romania],
            1,
        ),
        (
            "an informal meeting in Greece (actor) / a meeting in Greece (place)",
            vec![
                T {
                    trigger: "meeting",
                    actors: &["Russia", "NATO"],
                    location: Some("Greece"),
                    date: "2009-06",
                    span: ("2009-06-01", "2009-07-01"),
                    ..summit
                },
                T {
                    trigger: "meeting",
                    actors: &["Greece"],
                    date: "2009-06",
                    span: ("2009-06-01", "2009-07-01"),
                    ..romania
                },
            ],
            1,
        ),
        (
            "a summit in Paris is not one in Romania",
            vec![
                T {
                    location: Some("Paris"),
                    ..summit
                },
                romania,
            ],
            2,
        ),
    ];
    check(&cases);
}

#[test]
fn a_telling_naming_both_sides_bridges_two_partial_ones() {
    let geneva = T {
        trigger: "talks",
        sentence: "The top US and Russian diplomats held talks in Geneva on Friday.",
        category: Some("04 Consult"),
        actors: &["United States", "Russia"],
        location: Some("Geneva"),
        date: "2022-01-21",
        span: ("2022-01-21", "2022-01-22"),
        ..DAY
    };
    let lavrov = T {
        article: "b",
        trigger: "встретятся",
        sentence: "Сергей Лавров и Энтони Блинкен встретятся в пятницу в Женеве.",
        actors: &["Sergey Lavrov"],
        ..geneva
    };
    let both = T {
        article: "c",
        trigger: "met",
        sentence: "Antony Blinken and Sergei Lavrov met in Geneva on Friday.",
        actors: &["Antony Blinken", "Sergey Lavrov", "United States", "Russia"],
        ..geneva
    };
    let cases = vec![
        (
            "three tellings, one naming both sides",
            vec![geneva, lavrov, both],
            1,
        ),
        (
            "without the bridge the names do not meet",
            vec![geneva, lavrov],
            2,
        ),
        (
            "no bridge across places",
            vec![
                T {
                    location: Some("Vienna"),
                    ..geneva
                },
                lavrov,
                both,
            ],
            2,
        ),
    ];
    check(&cases);
}

#[test]
fn different_events_stay_apart() {
    let met = T {
        trigger: "met",
        sentence: "Sherman and Ryabkov met in Geneva on Monday.",
        category: Some("04 Consult"),
        actors: &["United States", "Russia"],
        location: Some("Geneva"),
        date: "2022-01-10",
        span: ("2022-01-10", "2022-01-11"),
        ..DAY
    };
    let later = |date: &'static str, span: (&'static str, &'static str), actors: &'static [&'static str]| T {
        article: "b",
        sentence: "They met in Geneva.",
        date,
        span,
        actors,
        ..met
    };
    // (name, tellings, rows, conflict)
    let cases = [
        (
            "negated and affirmed",
            vec![
                met,
                T {
                    article: "b",
                    sentence: "Sherman and Ryabkov did not meet in Geneva on Monday.",
                    negative: true,
                    ..met
                },
            ],
            2,
            false,
        ),
        (
            "two precise days eleven days apart",
            vec![
                met,
                later(
                    "2022-01-21",
                    ("2022-01-21", "2022-01-22"),
                    &["United States", "Russia", "Antony Blinken", "Sergey Lavrov"],
                ),
            ],
            2,
            false,
        ),
        (
            "two precise days a day apart, other company",
            vec![
                met,
                later(
                    "2022-01-11",
                    ("2022-01-11", "2022-01-12"),
                    &["United States", "Ukraine"],
                ),
            ],
            2,
            false,
        ),
        (
            "two precise days a day apart, the same actors: one event, a conflict",
            vec![
                met,
                later(
                    "2022-01-11",
                    ("2022-01-11", "2022-01-12"),
                    &["United States", "Russia"],
                ),
            ],
            1,
            true,
        ),
    ];
    for (name, tellings, want, conflict) in cases {
        assert_eq!(rows(&tellings), (want, conflict), "{name}");
        let reversed: Vec<T> = tellings.iter().rev().copied().collect();
        assert_eq!(rows(&reversed), (want, conflict), "{name} (other order)");
    }
}
