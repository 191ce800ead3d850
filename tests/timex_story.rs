//! Dates that follow the story (issue 25, item 7), Duckling style: a phrase in its story,
//! the document date, the expected extent and the expected TIMEX3 value. Every rule has
//! rows where it fires and rows where it must not, over several names, dates and tenses.

use chronicle::dct::DctOptions;
use chronicle::input::article::Article;
use chronicle::run::pipeline::{analyze, Options};
use chronicle::timex::extract;
use chrono::NaiveDate;

/// (text, document date, extent, value); the extent is the last expression with that text.
type Row = (&'static str, &'static str, &'static str, &'static str);

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn check(table: &[Row], name: &str) {
    let mut failures = Vec::new();
    for &(text, dct, extent, value) in table {
        let found = extract(text, date(dct));
        match found.iter().rev().find(|t| t.text == extent) {
            Some(t) if t.value == value => {}
            Some(t) => failures.push(format!(
                "{text:?} (dct {dct}): {extent:?} = {} (rule {}, anchor {}), want {value}",
                t.value, t.rule, t.anchor
            )),
            None => failures.push(format!(
                "{text:?} (dct {dct}): no {extent:?}; found {:?}",
                found.iter().map(|t| (&t.text, &t.value)).collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {} rows fail:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

/// A bare month or season of a past clause is the last one before the document date
/// unless the story moved in the same or the previous sentence; a year named in a
/// relative clause or an apposition does not move it.
const BARE_MONTHS: &[Row] = &[
    // a year named in passing does not move the story
    (
        "The NATO-Russia Council, which was set up in 1997, was the main forum. The members froze its work in September, officials said.",
        "2012-04-10",
        "September",
        "2011-09",
    ),
    (
        "The Kremlin-backed fund, founded in 2002, lost money. Its board met in May.",
        "2010-01-20",
        "May",
        "2009-05",
    ),
    (
        "Slovakia, which joined in 2004, objected. Its envoy walked out in March.",
        "2015-06-02",
        "March",
        "2015-03",
    ),
    (
        "Putin, born in 1952, served in Dresden. He returned to Leningrad in January.",
        "2000-08-01",
        "January",
        "2000-01",
    ),
    (
        "The monitoring mission (set up in 1994) had 40 staff. It closed its office in October.",
        "2021-11-05",
        "October",
        "2021-10",
    ),
    (
        "The fund, originally established in 2008, grew fast. Its managers resigned in the spring.",
        "2013-11-20",
        "the spring",
        "2013-SP",
    ),
    (
        "A bank that was created in 1991 collapsed. Depositors protested in August.",
        "1998-12-02",
        "August",
        "1998-08",
    ),
    // a year named sentences back no longer holds
    (
        "The council was created in 1997 as a forum for consultation. It has rarely met since the crisis. Ambassadors have tried to revive it. The last session took place in May.",
        "2012-12-14",
        "May",
        "2012-05",
    ),
    (
        "The treaty was signed in 1987. Both sides praised it. It entered into force in June.",
        "2009-12-01",
        "June",
        "2009-06",
    ),
    (
        "The refinery opened in 1974 on the coast. Its owners changed twice. Production fell. Workers struck in the autumn.",
        "2016-02-11",
        "the autumn",
        "2015-FA",
    ),
    // the story moved in the previous sentence: the month is of its year
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2009-12-01",
        "June",
        "1987-06",
    ),
    (
        "He said that in 1998 the company collapsed. Creditors sued in May.",
        "2003-03-03",
        "May",
        "1998-05",
    ),
    (
        "The bank failed in 1931. Depositors rioted in March. The government fell in June.",
        "1990-05-05",
        "June",
        "1931-06",
    ),
    // `that year`, `two days later` move the story on: what they name holds a sentence more
    (
        "The plant opened in 2005. Orders grew. That year, workers struck. In June they marched.",
        "2012-04-10",
        "June",
        "2005-06",
    ),
    (
        "Troops crossed the border on March 3, 1990. Reporters were kept out. Two days later, the army withdrew. It returned in June.",
        "2009-12-01",
        "June",
        "1990-06",
    ),
    // `the next month` names its own anchor: it follows the story to the paragraph's end
    (
        "In June 2005 the plant closed. Workers left the town. The next month, the owners sold it.",
        "2012-04-10",
        "The next month",
        "2005-07",
    ),
    // ... but the story's own sentence is no narrative, nor is a future clause
    (
        "The council, which was set up in 1997, met again in June.",
        "2012-10-01",
        "June",
        "2012-06",
    ),
    (
        "The fund was founded in 2002. It will report in March.",
        "2010-01-20",
        "March",
        "2010-03",
    ),
];

/// `since DATE` starts a state: the timex keeps its value and is marked
/// ([`chronicle::timex::Timex::starts_a_state`]).
const SINCE: &[Row] = &[
    (
        "NATO and Russian envoys met for the first time since April 2014.",
        "2019-01-25",
        "April 2014",
        "2014-04",
    ),
    (
        "The council met on Wednesday for the first time since June 2016.",
        "2019-01-25",
        "June 2016",
        "2016-06",
    ),
    (
        "Ministers have not spoken since 10 a.m. Tuesday.",
        "2009-12-03",
        "10 a.m. Tuesday",
        "2009-12-01T10:00",
    ),
];

/// A clock time takes the day named right after it; a zone named after it stays in the
/// value as ISO 8601 writes it (`T18:00Z`, `T06:07-05:00`). TimeBank's gold leaves zones
/// out (`5 p.m. EST Nov. 9` is `1989-11-09T17:00`); its scorer compares without them.
const CLOCK_DAY: &[Row] = &[
    (
        "The summit starts at 18:00 UTC on Monday.",
        "2012-04-10",
        "18:00 UTC",
        "2012-04-16T18:00Z",
    ),
    (
        "The first round began at 06:07 EST on Friday.",
        "2021-03-09",
        "06:07 EST",
        "2021-03-05T06:07-05:00",
    ),
    (
        "The ceasefire took hold at 1800 MSK on Sunday.",
        "2015-02-16",
        "1800 MSK",
        "2015-02-15T18:00+03:00",
    ),
    (
        "Polls closed at 8 p.m. on Thursday.",
        "2019-05-20",
        "8 p.m.",
        "2019-05-16T20:00",
    ),
    (
        "Russia withdrew from the treaty at midnight on Tuesday.",
        "2023-11-09",
        "midnight",
        "2023-11-07T24:00",
    ),
    (
        "The vote ended at 14:30 CEST on 3 June.",
        "2024-06-05",
        "14:30 CEST",
        "2024-06-03T14:30+02:00",
    ),
    // not the day named later in another phrase, nor after a comma
    (
        "The talks began at 9 a.m. and ended on Monday.",
        "2012-04-10",
        "9 a.m.",
        "2012-04-10T09:00",
    ),
    (
        "Shelling resumed at 4 p.m., witnesses said on Monday.",
        "2016-08-03",
        "4 p.m.",
        "2016-08-03T16:00",
    ),
];

/// `last night … at midnight`: the midnight is the one ending last night's day, the same
/// moment the story tells (TimeBank writes a midnight ending a day as that day's `T24`).
const MIDNIGHT: &[Row] = &[
    (
        "Russia finalized its withdrawal last night at midnight.",
        "2023-11-07",
        "midnight",
        "2023-11-06T24:00",
    ),
    (
        "The strike began last night at midnight, the union said.",
        "1989-10-28",
        "midnight",
        "1989-10-27T24:00",
    ),
    (
        "The deadline expired at midnight Friday.",
        "1989-10-30",
        "midnight Friday",
        "1989-10-27T24:00",
    ),
];

#[test]
fn bare_months_follow_the_story() {
    check(BARE_MONTHS, "BARE_MONTHS");
}

#[test]
fn since_keeps_its_value() {
    check(SINCE, "SINCE");
    for &(text, dct, extent, _) in SINCE {
        let found = extract(text, date(dct));
        let t = found
            .iter()
            .find(|t| t.text == extent)
            .expect("row checked above");
        assert!(t.starts_a_state(), "{text}: {extent} should start a state");
    }
    for (text, extent) in [
        ("NATO and Russian envoys met in April 2014.", "April 2014"),
        ("Prices rose between 2014 and 2022.", "2014"),
    ] {
        let found = extract(text, date("2019-01-25"));
        let t = found.iter().find(|t| t.text == extent).expect("tagged");
        assert!(!t.starts_a_state(), "{text}: {extent} starts no state");
    }
}

#[test]
fn since_dates_no_event() {
    let opts = |dct: &str| Options {
        dct: DctOptions {
            flag: date(dct),
            ..Default::default()
        },
        undated: false,
    };
    let rows = [
        (
            "2019-01-25",
            "NATO and Russian envoys met for the first time since April 2014.",
            "April 2014",
            None,
        ),
        (
            "2016-07-14",
            "The council met on Wednesday for the first time since June 2014.",
            "June 2014",
            Some("2016-07-13"),
        ),
        (
            "2009-12-04",
            "Ministers have not spoken since 10 a.m. Tuesday.",
            "10 a.m. Tuesday",
            None,
        ),
        (
            "2022-03-01",
            "Kyiv has been shelled every night since February 24.",
            "February 24",
            None,
        ),
    ];
    for (dct, text, since, dated) in rows {
        let article = Article {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        };
        let events = analyze(article, &opts(dct)).events;
        assert!(
            events.iter().all(|e| e.time_text != since),
            "{text}: an event dated by {since:?}: {:?}",
            events.iter().map(|e| (&e.trigger, &e.date)).collect::<Vec<_>>()
        );
        if let Some(day) = dated {
            assert!(events.iter().any(|e| e.date == day), "{text}: no event on {day}");
        }
    }
}

#[test]
fn clock_times_take_the_day_named_next() {
    check(CLOCK_DAY, "CLOCK_DAY");
}

#[test]
fn midnight_is_one_moment() {
    check(MIDNIGHT, "MIDNIGHT");
}
