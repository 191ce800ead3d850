//! Ranges and modifiers reach the events (issue 15, item 3), one sentence a row, run as a
//! user would (`--dct` given, streamed JSONL out): a range written with both ends is one
//! event spanning it, a date's TIMEX3 `mod` is the event's `mod`, and "since YEAR" starts a
//! state, so it dates no event.

mod common;

/// One expected event: date, start, end (exclusive), `mod` ("" for none), time text.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// (document date, text, the events expected, in text order).
const PROBES: &[(&str, &str, &[Row])] = &[
    // ranges of days, months and years, joined by a dash, "to", "and"
    (
        "2024-07-01",
        "NATO leaders will meet in Washington on 9-11 July 2024.",
        &[(
            "2024-07-09/2024-07-11",
            "2024-07-09",
            "2024-07-12",
            "",
            "9-11 July 2024",
        )],
    ),
    (
        "2023-03-09",
        "The summit was held on March 8-9 in Vilnius.",
        &[(
            "2023-03-08/2023-03-09",
            "2023-03-08",
            "2023-03-10",
            "",
            "March 8-9",
        )],
    ),
    (
        "1989-10-27",
        "Crane bought 254,200 shares from Sept. 14 to Oct. 20.",
        &[(
            "1989-09-14/1989-10-20",
            "1989-09-14",
            "1989-10-21",
            "",
            "Sept. 14 to Oct. 20",
        )],
    ),
    (
        "2024-01-15",
        "The talks ran from March 2022 to May 2023.",
        &[(
            "2022-03/2023-05",
            "2022-03-01",
            "2023-06-01",
            "",
            "March 2022 to May 2023",
        )],
    ),
    (
        "2020-01-01",
        "The number of doctors declined between 1982 and 1992.",
        &[("1982/1992", "1982-01-01", "1993-01-01", "", "1982 and 1992")],
    ),
    // two dates that are no range stay two events
    (
        "2024-01-15",
        "They met in 2014 and again in 2022.",
        &[
            ("2014", "2014-01-01", "2015-01-01", "", "2014"),
            ("2022", "2022-01-01", "2023-01-01", "", "2022"),
        ],
    ),
    // modifiers: the value and interval are the whole period's, `mod` says which part
    (
        "2024-01-15",
        "The economy grew in mid-2021.",
        &[("2021", "2021-01-01", "2022-01-01", "MID", "mid-2021")],
    ),
    (
        "2024-01-15",
        "The bank raised rates in late 2023.",
        &[("2023", "2023-01-01", "2024-01-01", "END", "late 2023")],
    ),
    (
        "2023-07-10",
        "Ministers met in early June.",
        &[("2023-06", "2023-06-01", "2023-07-01", "START", "early June")],
    ),
    (
        "2024-01-15",
        "The alliance expanded in the early 1990s.",
        &[("199", "1990-01-01", "2000-01-01", "START", "the early 1990s")],
    ),
    (
        "1998-02-12",
        // the clock time is on the day named right after it, not the document's day
        "The suspect appeared at around 7:15 p.m. on Tuesday.",
        &[(
            "1998-02-10T19:15",
            "1998-02-10",
            "1998-02-11",
            "APPROX",
            "around 7:15 p.m.",
        )],
    ),
    (
        "2000-01-01",
        "The rebels launched the war more than four decades ago.",
        &[(
            "1960",
            "1960-01-01",
            "1961-01-01",
            "MORE_THAN",
            "more than four decades ago",
        )],
    ),
    // a range's ends keep their own `mod`, in order: `START/END`, `/END`
    (
        "2024-07-12",
        "NATO ran the mission from early 2014 to late 2016.",
        &[(
            "2014/2016",
            "2014-01-01",
            "2017-01-01",
            "START/END",
            "early 2014 to late 2016",
        )],
    ),
    (
        "2019-02-01",
        "Troops were deployed from June to late August 2018.",
        &[(
            "2018-06/2018-08",
            "2018-06-01",
            "2018-09-01",
            "/END",
            "June to late August 2018",
        )],
    ),
    // an end without a year takes the other's, and the range runs forward
    (
        "2024-07-12",
        "NATO will hold exercises in Poland from early June to late July.",
        &[(
            "2025-06/2025-07",
            "2025-06-01",
            "2025-08-01",
            "START/END",
            "early June to late July",
        )],
    ),
    (
        "2024-07-12",
        "Russia held drills between April and May 2023.",
        &[(
            "2023-04/2023-05",
            "2023-04-01",
            "2023-06-01",
            "",
            "April and May 2023",
        )],
    ),
    // "since YEAR" starts a state: no dated event
    ("2024-01-15", "Russia has occupied Crimea since 2014.", &[]),
    ("2024-01-15", "The council has not met since 2019.", &[]),
    ("2021-10-18", "Relations have been frozen since August 2008.", &[]),
];

#[test]
fn ranges_span_their_events_and_mods_are_kept() {
    let mut failures = Vec::new();
    for &(dct, text, want) in PROBES {
        let got: Vec<[String; 5]> = common::events(dct, text, &[])
            .iter()
            .map(|e| {
                ["date", "start", "end", "mod", "time_text"]
                    .map(|f| e[f].as_str().unwrap_or_default().to_string())
            })
            .collect();
        let want: Vec<[String; 5]> = want
            .iter()
            .map(|r| [r.0, r.1, r.2, r.3, r.4].map(String::from))
            .collect();
        if got != want {
            failures.push(format!("{text} (DCT {dct})\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
