//! The merging rules one at a time: two mentions, and whether they become one row, one
//! row flagged with a conflict, or two rows.

use chronicle::event::Event;
use chronicle::merge::{merge, Source};
use chronicle::time::interval::Granularity;
use chrono::NaiveDate;

/// A mention: article, trigger, CAMEO category, actors, place, date value, interval, granularity.
#[derive(Clone, Copy)]
struct M {
    article: &'static str,
    trigger: &'static str,
    category: Option<&'static str>,
    actors: &'static [&'static str],
    location: Option<&'static str>,
    date: &'static str,
    span: Option<(&'static str, &'static str)>,
    granularity: Option<Granularity>,
}

const BASE: M = M {
    article: "a",
    trigger: "met",
    category: Some("04 Consult"),
    actors: &["NATO", "Russia"],
    location: Some("Brussels"),
    date: "2009-12-04",
    span: Some(("2009-12-04", "2009-12-05")),
    granularity: Some(Granularity::Day),
};

fn event(m: &M) -> Source {
    let template = std::fs::read_to_string("tests/fixtures/merge/events.jsonl").expect("fixture");
    let mut e: Event = serde_json::from_str(template.lines().next().expect("a line")).expect("an event");
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    e.article = m.article.into();
    e.trigger = m.trigger.into();
    e.category = m.category.map(String::from);
    e.actors = m.actors.iter().map(|a| a.to_string()).collect();
    e.location = m.location.map(String::from);
    e.date = m.date.into();
    e.start = m.span.and_then(|(s, _)| day(s));
    e.end = m.span.and_then(|(_, s)| day(s));
    e.granularity = m.granularity;
    // each article its own sentence: one sentence, trigger and date in two articles is
    // one story filed twice (a copy), which `copies_count_once` tests
    e.sentence = format!("{} tells it: {}", m.article, e.sentence);
    Source::new(e, None)
}

#[derive(Debug, PartialEq)]
enum Outcome {
    OneRow,
    Conflict,
    TwoRows,
}

fn outcome(a: &M, b: &M) -> Outcome {
    let rows = merge([event(a), event(b)]);
    match (rows.len(), rows.first().is_some_and(|r| r.conflict.is_some())) {
        (1, false) => Outcome::OneRow,
        (1, true) => Outcome::Conflict,
        _ => Outcome::TwoRows,
    }
}

#[test]
fn the_rules_case_by_case() {
    use Outcome::*;
    let month = M {
        date: "2009-12",
        span: Some(("2009-12-01", "2010-01-01")),
        granularity: Some(Granularity::Month),
        ..BASE
    };
    let cases: Vec<(&str, M, M, Outcome)> = vec![
        (
            "same day, same trigger, two agencies",
            BASE,
            M { article: "b", ..BASE },
            OneRow,
        ),
        (
            "meeting / met: the same lemma",
            BASE,
            M {
                article: "b",
                trigger: "meeting",
                category: None,
                ..BASE
            },
            OneRow,
        ),
        (
            "talks / met: the same CAMEO category",
            BASE,
            M {
                article: "b",
                trigger: "talks",
                ..BASE
            },
            OneRow,
        ),
        (
            "different kinds of event",
            BASE,
            M {
                article: "b",
                trigger: "war",
                category: Some("19 Fight"),
                ..BASE
            },
            TwoRows,
        ),
        (
            "a month contains the day: refined",
            BASE,
            M {
                article: "b",
                ..month
            },
            OneRow,
        ),
        (
            "one shared actor is enough to merge",
            BASE,
            M {
                article: "b",
                actors: &["Russia", "Georgia"],
                ..BASE
            },
            OneRow,
        ),
        (
            "no shared actor",
            BASE,
            M {
                article: "b",
                actors: &["Georgia"],
                ..BASE
            },
            TwoRows,
        ),
        (
            "different places",
            BASE,
            M {
                article: "b",
                location: Some("Corfu"),
                ..BASE
            },
            TwoRows,
        ),
        (
            "one place unknown",
            BASE,
            M {
                article: "b",
                location: None,
                ..BASE
            },
            OneRow,
        ),
        (
            "a day apart, other agency: conflict",
            BASE,
            M {
                article: "b",
                date: "2009-12-03",
                span: Some(("2009-12-03", "2009-12-04")),
                ..BASE
            },
            Conflict,
        ),
        (
            "a day apart, same article: two events",
            BASE,
            M {
                date: "2009-12-03",
                span: Some(("2009-12-03", "2009-12-04")),
                ..BASE
            },
            TwoRows,
        ),
        (
            "40 days apart: two events",
            BASE,
            M {
                article: "b",
                date: "2010-01-13",
                span: Some(("2010-01-13", "2010-01-14")),
                ..BASE
            },
            TwoRows,
        ),
        (
            "conflict needs similar actors, not one in common",
            M {
                actors: &["NATO", "Russia", "Rogozin", "Rasmussen"],
                ..BASE
            },
            M {
                article: "b",
                date: "2009-12-03",
                span: Some(("2009-12-03", "2009-12-04")),
                actors: &["Russia", "Lavrov", "Clinton", "Kouchner"],
                ..BASE
            },
            TwoRows,
        ),
        (
            "conflict needs the same lemma, not only the category",
            BASE,
            M {
                article: "b",
                trigger: "talks",
                date: "2009-12-03",
                span: Some(("2009-12-03", "2009-12-04")),
                ..BASE
            },
            TwoRows,
        ),
        (
            "adjacent months: conflict",
            month,
            M {
                article: "b",
                date: "2009-11",
                span: Some(("2009-11-01", "2009-12-01")),
                ..month
            },
            Conflict,
        ),
        (
            "undated, same value: one row",
            M {
                span: None,
                granularity: None,
                date: "PAST_REF",
                ..BASE
            },
            M {
                article: "b",
                span: None,
                granularity: None,
                date: "PAST_REF",
                ..BASE
            },
            OneRow,
        ),
        (
            "undated never conflicts",
            M {
                span: None,
                granularity: None,
                date: "PAST_REF",
                ..BASE
            },
            M { article: "b", ..BASE },
            TwoRows,
        ),
    ];
    check_both_orders(&cases);
}

/// Each case's outcome, with the two mentions in either order (merging must not depend
/// on which report came first).
fn check_both_orders(cases: &[(&str, M, M, Outcome)]) {
    for (name, a, b, want) in cases {
        assert_eq!(outcome(a, b), *want, "{name}");
        assert_eq!(outcome(b, a), *want, "{name} (other order)");
    }
}

/// Same day, kinds, names and places varied: which pairs of tellings become one row.
#[test]
fn same_day_tellings_by_kind_actors_and_place() {
    use Outcome::*;
    let b = M { article: "b", ..BASE };
    let cases: Vec<(&str, M, M, Outcome)> = vec![
        (
            "a joint body shares its members: NATO-Russia Council / NATO and Russia",
            M {
                actors: &["NATO-Russia Council"],
                ..BASE
            },
            b,
            OneRow,
        ),
        (
            "the members in the other order: Russia-NATO Council",
            M {
                actors: &["Russia-NATO Council"],
                location: None,
                ..BASE
            },
            b,
            OneRow,
        ),
        (
            "an EU-China summit is not a NATO-Russia meeting",
            M {
                actors: &["EU-China summit"],
                ..BASE
            },
            b,
            TwoRows,
        ),
        (
            "a joint body is both members, not either: the Council / NATO's own ministerial",
            M {
                actors: &["NATO-Russia Council"],
                ..BASE
            },
            M {
                actors: &["NATO", "Belgium"],
                ..b
            },
            TwoRows,
        ),
        (
            "the Council / Rogozin and NATO: one member named, no body",
            M {
                actors: &["NATO-Russia Council"],
                ..BASE
            },
            M {
                actors: &["Dmitry Rogozin", "NATO"],
                ..b
            },
            TwoRows,
        ),
        (
            "other names: an EU-China summit / the EU and China at a summit",
            M {
                trigger: "summit",
                actors: &["EU-China summit"],
                location: Some("Beijing"),
                ..BASE
            },
            M {
                trigger: "summit",
                actors: &["China", "EU"],
                location: Some("Beijing"),
                ..b
            },
            OneRow,
        ),
        (
            "both name the Council, nothing else in common",
            M {
                actors: &["Russia-NATO Council", "Sergei Lavrov"],
                ..BASE
            },
            M {
                actors: &["Russia-NATO Council", "Hillary Clinton"],
                ..b
            },
            OneRow,
        ),
        (
            "talks and met are one class (meeting), other triggers, same category",
            M {
                trigger: "talks",
                ..BASE
            },
            M { trigger: "met", ..b },
            OneRow,
        ),
        (
            "a phone call and a meeting of the same pair: both 04, different classes",
            M {
                trigger: "phoned",
                ..BASE
            },
            b,
            TwoRows,
        ),
        (
            "a call and talks, different agencies, Moscow and Washington",
            M {
                trigger: "call",
                actors: &["Russia", "United States"],
                location: None,
                ..BASE
            },
            M {
                trigger: "talks",
                actors: &["United States", "Russia"],
                location: None,
                ..b
            },
            TwoRows,
        ),
        (
            "told and said by one speaker, one class (statement)",
            M {
                trigger: "told",
                category: Some("01 Make public statement"),
                actors: &["Sergei Lavrov"],
                location: Some("Moscow"),
                ..BASE
            },
            M {
                trigger: "said",
                category: Some("01 Make public statement"),
                actors: &["Sergei Lavrov"],
                location: Some("Moscow"),
                ..b
            },
            OneRow,
        ),
        (
            "told and said by one speaker in two cities: a place conflict",
            M {
                trigger: "told",
                category: Some("01 Make public statement"),
                actors: &["Sergei Lavrov"],
                location: Some("Brussels"),
                ..BASE
            },
            M {
                trigger: "said",
                category: Some("01 Make public statement"),
                actors: &["Sergei Lavrov"],
                location: Some("Moscow"),
                ..b
            },
            TwoRows,
        ),
        (
            "a statement and a phone call of one speaker: different classes",
            M {
                trigger: "told",
                category: Some("01 Make public statement"),
                actors: &["Sergei Lavrov"],
                ..BASE
            },
            M {
                trigger: "phoned",
                actors: &["Sergei Lavrov", "Antony Blinken"],
                ..b
            },
            TwoRows,
        ),
        (
            "a summit and talks, one class, one side naming no one nor a place",
            M {
                trigger: "summit",
                category: None,
                actors: &[],
                location: None,
                ..BASE
            },
            M {
                trigger: "talks",
                ..b
            },
            TwoRows,
        ),
        (
            "a visit and a meeting of the same pair, both 04: different classes",
            M {
                trigger: "visited",
                actors: &["Ukraine", "Poland"],
                location: Some("Warsaw"),
                ..BASE
            },
            M {
                trigger: "talks",
                actors: &["Poland", "Ukraine"],
                location: Some("Warsaw"),
                ..b
            },
            TwoRows,
        ),
        (
            "meeting in Brussels, meeting in Geneva, same day and pair",
            BASE,
            M {
                location: Some("Geneva"),
                ..b
            },
            TwoRows,
        ),
        (
            "unknown kind, same day, same city, two shared actors",
            M {
                trigger: "bridge",
                category: None,
                actors: &["NATO", "Russia", "Ukraine"],
                ..BASE
            },
            M {
                actors: &["NATO-Russia Council", "Alexander Grushko"],
                ..b
            },
            OneRow,
        ),
        (
            "unknown kind, other names and city: Kyiv, Ukraine and the EU",
            M {
                trigger: "clinched",
                category: None,
                actors: &["Ukraine", "European Union", "Ursula von der Leyen"],
                location: Some("Kyiv"),
                date: "2023-02-03",
                span: Some(("2023-02-03", "2023-02-04")),
                ..BASE
            },
            M {
                trigger: "summit",
                category: None,
                actors: &["European Union", "Ukraine"],
                location: Some("Kyiv"),
                date: "2023-02-03",
                span: Some(("2023-02-03", "2023-02-04")),
                ..b
            },
            OneRow,
        ),
        (
            "unknown kind, same city and day, two shared actors, both kinds known: no",
            M {
                trigger: "expelled",
                category: Some("17 Coerce"),
                actors: &["NATO", "Russia"],
                ..BASE
            },
            b,
            TwoRows,
        ),
        (
            "unknown kind, one shared actor only",
            M {
                trigger: "bridge",
                category: None,
                actors: &["Russia", "Ukraine"],
                ..BASE
            },
            M {
                actors: &["Russia", "Belarus"],
                ..b
            },
            TwoRows,
        ),
        (
            "unknown kind, same day, no place named",
            M {
                trigger: "bridge",
                category: None,
                location: None,
                ..BASE
            },
            M { location: None, ..b },
            TwoRows,
        ),
        (
            "unknown kind, same city, the next day",
            M {
                trigger: "bridge",
                category: None,
                ..BASE
            },
            M {
                date: "2009-12-05",
                span: Some(("2009-12-05", "2009-12-06")),
                ..b
            },
            TwoRows,
        ),
        (
            "unknown kind, same city and day, different years",
            M {
                trigger: "bridge",
                category: None,
                date: "2022-01-12",
                span: Some(("2022-01-12", "2022-01-13")),
                ..BASE
            },
            b,
            TwoRows,
        ),
    ];
    check_both_orders(&cases);
}

/// "The second round of meetings this week" after a meeting on Monday in Geneva and one
/// on Wednesday in Brussels: the week fits both, so it joins neither.
#[test]
fn a_coarse_mention_that_fits_two_events_joins_neither() {
    let geneva = M {
        article: "ap",
        actors: &["United States", "Russia"],
        location: Some("Geneva"),
        date: "2022-01-10",
        span: Some(("2022-01-10", "2022-01-11")),
        ..BASE
    };
    let brussels = M {
        article: "nato",
        actors: &["NATO", "Russia"],
        date: "2022-01-12",
        span: Some(("2022-01-12", "2022-01-13")),
        ..BASE
    };
    let week = M {
        article: "ap",
        trigger: "meetings",
        actors: &[],
        location: None,
        date: "2022-W02",
        span: Some(("2022-01-10", "2022-01-17")),
        granularity: Some(Granularity::Week),
        ..BASE
    };
    let rows = merge([event(&geneva), event(&brussels), event(&week)]);
    assert_eq!(rows.len(), 3, "three rows");
    assert!(rows.iter().all(|r| r.mentions == 1));
    // With only one meeting in the week, the week is that meeting retold.
    let rows = merge([event(&geneva), event(&week)]);
    assert_eq!(rows.len(), 1, "one row");
}

/// A row as these tests see it: date, mentions, flagged with a conflict.
type Row = (String, usize, bool);

/// A coarse mention that fits several events joins the one its names tell; a tie
/// between events of different dates or places leaves it alone; two clusters that are
/// one event told with two dates are not a tie.
#[test]
fn a_coarse_mention_joins_the_event_its_names_tell() {
    let day = |d: &'static str, e: &'static str| Some((d, e));
    let council = M {
        article: "ria",
        trigger: "meeting",
        actors: &["NATO-Russia Council"],
        ..BASE
    };
    let envoy = M {
        article: "ria",
        actors: &["Dmitry Rogozin", "NATO"],
        date: "2009-12-01",
        span: day("2009-12-01", "2009-12-02"),
        ..BASE
    };
    let week = M {
        article: "ap",
        trigger: "talks",
        date: "2009-W49",
        span: day("2009-11-30", "2009-12-07"),
        granularity: Some(Granularity::Week),
        ..BASE
    };
    let rows_of = |ms: &[M]| {
        let rows = merge(ms.iter().map(event));
        let mut v: Vec<Row> = rows
            .iter()
            .map(|r| (r.event.date.clone(), r.mentions, r.conflict.is_some()))
            .collect();
        v.sort();
        v
    };
    let row = |d: &str, n: usize, c: bool| (d.to_string(), n, c);
    // (name, mentions, rows)
    let cases: Vec<(&str, Vec<M>, Vec<Row>)> = vec![
        (
            "NATO and Russia this week: the Council (both members), not Rogozin and NATO",
            vec![council, envoy, week],
            vec![row("2009-12-01", 1, false), row("2009-12-04", 2, false)],
        ),
        (
            "the Council this week, other names: the Russia-NATO Council",
            vec![
                council,
                envoy,
                M {
                    actors: &["Russia-NATO Council"],
                    ..week
                },
            ],
            vec![row("2009-12-01", 1, false), row("2009-12-04", 2, false)],
        ),
        (
            "NATO alone this week: one name in common with each, a tie",
            vec![
                M {
                    actors: &["NATO-Russia Council", "NATO"],
                    ..council
                },
                envoy,
                M {
                    actors: &["NATO"],
                    ..week
                },
            ],
            vec![
                row("2009-12-01", 1, false),
                row("2009-12-04", 1, false),
                row("2009-W49", 1, false),
            ],
        ),
        (
            "Friday and Thursday for one meeting: one event told twice, the week joins it",
            vec![
                council,
                M {
                    article: "reuters",
                    ..council
                },
                M {
                    article: "afp",
                    date: "2009-12-03",
                    span: day("2009-12-03", "2009-12-04"),
                    ..council
                },
                M {
                    actors: &["NATO-Russia Council"],
                    ..week
                },
            ],
            vec![row("2009-12-04", 4, true)],
        ),
    ];
    for (name, mentions, want) in cases {
        assert_eq!(rows_of(&mentions), want, "{name}");
        let mut reversed = mentions.clone();
        reversed.reverse();
        assert_eq!(rows_of(&reversed), want, "{name} (other order)");
    }
}

/// The scene of a row is its day and the first place any of its tellings names, also
/// when the first telling names none.
#[test]
fn a_scene_named_by_a_later_telling_counts() {
    let council = M {
        article: "a",
        actors: &["NATO-Russia Council"],
        location: None,
        ..BASE
    };
    let brussels = M { article: "b", ..BASE };
    let bridge = M {
        article: "c",
        trigger: "bridge",
        category: None,
        actors: &["NATO", "Russia", "Ukraine"],
        ..BASE
    };
    let rows = merge([council, brussels, bridge].iter().map(event));
    assert_eq!(rows.len(), 1, "one row");
    assert_eq!(rows[0].mentions, 3);
    // Without the place, the scene does not vouch.
    let rows = merge(
        [
            council,
            M {
                location: None,
                ..bridge
            },
        ]
        .iter()
        .map(event),
    );
    assert_eq!(rows.len(), 2, "two rows");
}

/// A row merged by its scene is led by the telling whose kind is known.
#[test]
fn the_known_kind_leads_a_row_merged_by_its_scene() {
    let bridge = M {
        article: "ap",
        trigger: "bridge",
        category: None,
        actors: &["NATO", "Russia", "Ukraine"],
        ..BASE
    };
    let council = M {
        article: "nato",
        actors: &["NATO-Russia Council", "Alexander Grushko"],
        ..BASE
    };
    for pair in [[bridge, council], [council, bridge]] {
        let rows = merge(pair.iter().map(event));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].event.trigger, "met");
        assert_eq!(rows[0].mentions, 2);
    }
}

#[test]
fn the_finer_date_wins_and_every_source_keeps_its_own_value() {
    let month = M {
        article: "b",
        date: "2009-12",
        span: Some(("2009-12-01", "2010-01-01")),
        granularity: Some(Granularity::Month),
        ..BASE
    };
    let rows = merge([event(&month), event(&BASE)]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].event.date, "2009-12-04");
    assert_eq!(rows[0].mentions, 2);
    let values: Vec<&str> = rows[0].sources.iter().map(|s| s.event.date.as_str()).collect();
    assert_eq!(values, ["2009-12-04", "2009-12"]);
}

#[test]
fn rows_are_in_chronological_order_finer_first() {
    let year = M {
        article: "y",
        trigger: "war",
        category: None,
        date: "2009",
        span: Some(("2009-01-01", "2010-01-01")),
        granularity: Some(Granularity::Year),
        actors: &["Georgia"],
        ..BASE
    };
    let june = M {
        article: "j",
        trigger: "summit",
        category: None,
        date: "2009-06",
        span: Some(("2009-06-01", "2009-07-01")),
        granularity: Some(Granularity::Month),
        ..BASE
    };
    let undated = M {
        article: "u",
        trigger: "said",
        category: None,
        date: "PAST_REF",
        span: None,
        granularity: None,
        ..BASE
    };
    let rows = merge([event(&undated), event(&BASE), event(&june), event(&year)]);
    let dates: Vec<&str> = rows.iter().map(|r| r.event.date.as_str()).collect();
    assert_eq!(dates, ["2009", "2009-06", "2009-12-04", "PAST_REF"]);
}

/// Copies of one story (the same sentence, trigger and date in several articles) are one
/// source, with the copies listed; merged in shards, in any grouping, the same.
#[test]
fn copies_count_once() {
    let copy = |article: &str| {
        let mut s = event(&M {
            article: "wire",
            ..BASE
        });
        s.event.article = article.into();
        s
    };
    let other = event(&M {
        article: "tass",
        actors: &["NATO", "Russia", "Lavrov"],
        ..BASE
    });
    let all = vec![copy("wire"), copy("site-a"), copy("site-b"), other.clone()];
    let rows = merge(all.clone());
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(
        rows[0].mentions, 2,
        "the copies count once: {:#?}",
        rows[0].sources
    );
    let copies: Vec<(&str, &str)> = rows[0]
        .copies
        .iter()
        .map(|c| (c.article.as_str(), c.of.as_str()))
        .collect();
    // the first filed leads (here all filed the same day: the first by id)
    assert_eq!(copies, [("site-b", "site-a"), ("wire", "site-a")]);
    // shards, in any grouping and order
    for split in 0..=all.len() {
        let (left, right) = all.split_at(split);
        let mut shards = chronicle::merge::merge(left.to_vec());
        shards.extend(chronicle::merge::merge(
            right.iter().rev().cloned().collect::<Vec<_>>(),
        ));
        shards.reverse();
        let again = chronicle::merge::merge_rows(shards);
        assert_eq!(again, rows, "split at {split}");
    }
}

/// A scheduled and an occurred telling of one event are one row whose status is the
/// latest report's: "will meet on Friday" filed before it, "met on Friday" after.
#[test]
fn the_latest_report_says_whether_it_happened() {
    use chronicle::event::Status;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    // (status and filing date of each telling, the row's status)
    let cases: &[(&[(Status, &str)], Status)] = &[
        (
            &[
                (Status::Scheduled, "2009-12-02"),
                (Status::Occurred, "2009-12-05"),
            ],
            Status::Occurred,
        ),
        (
            &[
                (Status::Occurred, "2009-12-05"),
                (Status::Scheduled, "2009-12-02"),
            ],
            Status::Occurred,
        ),
        (
            &[
                (Status::Scheduled, "2009-12-01"),
                (Status::Scheduled, "2009-12-03"),
            ],
            Status::Scheduled,
        ),
        // a later preview of a rescheduled meeting: the latest report still rules
        (
            &[
                (Status::Occurred, "2009-12-04"),
                (Status::Scheduled, "2009-12-06"),
            ],
            Status::Scheduled,
        ),
        // filed the same day, the one that says it happened
        (
            &[
                (Status::Scheduled, "2009-12-04"),
                (Status::Occurred, "2009-12-04"),
            ],
            Status::Occurred,
        ),
    ];
    let articles = ["a", "b", "c"];
    for (tellings, want) in cases {
        let sources: Vec<Source> = tellings
            .iter()
            .zip(articles)
            .map(|((status, filed), article)| {
                let mut s = event(&M { article, ..BASE });
                s.event.status = *status;
                s.event.dct = day(filed);
                s
            })
            .collect();
        for order in [sources.clone(), sources.iter().rev().cloned().collect()] {
            let rows = merge(order);
            assert_eq!(rows.len(), 1, "{tellings:?}");
            assert_eq!(rows[0].event.status, *want, "{tellings:?}");
        }
    }
}

/// Tellings of one event that differ only by a year one of them guessed (its document
/// date's year was inferred) are one row flagged with a conflict, not two silent rows.
#[test]
fn a_guessed_year_that_disagrees_is_a_conflict() {
    let at = |article: &'static str, date: &'static str, guessed: bool| {
        let mut s = event(&M {
            article,
            date,
            span: None,
            ..BASE
        });
        let start = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        s.event.start = start;
        s.event.end = start.and_then(|d| d.succ_opt());
        s.event.year_guessed = guessed;
        s
    };
    // (a, b, one row with a conflict)
    let cases = [
        (at("en", "2023-07-13", true), at("ru", "2017-07-13", true), true),
        (at("en", "2023-07-13", false), at("ru", "2017-07-13", true), true),
        // printed years that differ: two events (the council meets every year)
        (
            at("en", "2023-07-13", false),
            at("ru", "2017-07-13", false),
            false,
        ),
        // another day: another event
        (at("en", "2023-07-14", false), at("ru", "2017-07-13", true), false),
    ];
    for (i, (a, b, want)) in cases.into_iter().enumerate() {
        for order in [vec![a.clone(), b.clone()], vec![b.clone(), a.clone()]] {
            let rows = merge(order);
            let flagged = rows.len() == 1 && rows[0].conflict.is_some();
            assert_eq!(flagged, want, "case {i}: {} rows", rows.len());
            if !want {
                assert_eq!(rows.len(), 2, "case {i}");
            }
        }
    }
}
