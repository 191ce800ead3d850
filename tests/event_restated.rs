//! One row per real-world event (issue 30): a date on the right word. Table rows with
//! varied names, dates and tenses; each row: (document date, text, trigger, expected
//! date, expected headline or "" when only the date is checked).

mod common;
use common::analysed_rows as rows;

type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The rows of `table`, each checked by its trigger's date and headline.
fn check(table: &[Row]) {
    for &(dct, text, trigger, date, headline) in table {
        let got = rows(dct, text);
        let row = got.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| {
            panic!(
                "{text}: no row for {trigger}; got {:?}",
                got.iter().map(|e| (&e.trigger, &e.date)).collect::<Vec<_>>()
            )
        });
        assert_eq!(row.date, date, "{text}");
        if !headline.is_empty() {
            assert_eq!(row.headline, headline, "{text}");
        }
    }
}

/// A relative offset restated by an apposed date: the event takes the apposed date, and
/// the offset makes no row of its own.
const RESTATED: &[Row] = &[
    (
        "2019-11-09",
        "The Wall fell on November 9, 1989, and the country was reunified less than a year later, on October 3, 1990.",
        "reunified",
        "1990-10-03",
        "The country was reunified",
    ),
    (
        "2020-03-10",
        "Rebels seized Idlib on Feb. 20. Government troops recaptured the city two weeks later, on March 5.",
        "recaptured",
        "2020-03-05",
        "Government troops recaptured the city",
    ),
    (
        "2016-05-20",
        "Police arrested the suspect on Wednesday. He had robbed the bank days earlier, on Monday.",
        "robbed",
        "2016-05-16",
        "",
    ),
    (
        "2004-05-01",
        "Parliament ratified the accord in January 2004. The last troops left only a few weeks later, in March 2004.",
        "left",
        "2004-03",
        "The last troops left",
    ),
    (
        "2031-01-10",
        "The summit opens on Jan. 12. The ministers will sign the pact a week later, on Jan. 19.",
        "sign",
        "2031-01-19",
        "The ministers will sign the pact",
    ),
    (
        "2021-12-08",
        "Thirty years ago, on December 8, 1991, the leaders of Russia, Ukraine and Belarus founded the Commonwealth of Independent States.",
        "founded",
        "1991-12-08",
        "",
    ),
];

#[test]
fn an_apposed_date_restates_its_offset() {
    check(RESTATED);
    // the offset's own date makes no second row
    for &(dct, text, trigger, date, _) in RESTATED {
        let got = rows(dct, text);
        let dates: Vec<&str> = got
            .iter()
            .filter(|e| e.trigger == trigger)
            .map(|e| e.date.as_str())
            .collect();
        assert_eq!(dates, [date], "{text}");
    }
}

/// A hedged count of years ("less than a year later", "more than a year after") names a
/// year, not its anchor's day (TimeBank: "nearly four years ago" is 1994).
const HEDGED: &[Row] = &[
    (
        "2019-11-09",
        "The Wall fell on November 9, 1989, and the country was reunified less than a year later.",
        "reunified",
        "1990",
        "",
    ),
    (
        "2012-06-01",
        "The regime fell on 11 March 2011. Elections were held more than a year later.",
        "held",
        "2012",
        "",
    ),
    (
        "2008-01-15",
        "The plant opened on June 2, 2005. It will close almost three years later.",
        "close",
        "2008",
        "",
    ),
    // an exact count keeps the anchor's day
    (
        "2019-11-09",
        "The Wall fell on November 9, 1989, and the border guards left a year later.",
        "left",
        "1990-11-09",
        "",
    ),
];

#[test]
fn a_hedged_count_of_years_names_a_year() {
    check(HEDGED);
}

/// A date closing a chain of event nouns belongs to the nearest one whose phrase it
/// closes: "murder over the downing of flight MH17 over Ukraine on July 17, 2014" dates
/// the downing.
const NOUN_CHAINS: &[Row] = &[
    (
        "2022-11-17",
        "A Dutch court on Thursday convicted two Russians and a Ukrainian of murder over the downing of flight MH17 over Ukraine on July 17, 2014.",
        "downing",
        "2014-07-17",
        "Downing of flight MH17 over Ukraine",
    ),
    (
        "2020-01-10",
        "Prosecutors charged three men with terrorism over the hijacking of a jet over Cyprus on March 3, 1998.",
        "hijacking",
        "1998-03-03",
        "Hijacking of a jet over Cyprus",
    ),
    (
        "2011-09-01",
        "A court will try the captain for manslaughter over the sinking of the ferry Estonia in September 1994.",
        "sinking",
        "1994-09",
        "Sinking of the ferry Estonia",
    ),
];

#[test]
fn a_date_closing_a_noun_chain_dates_its_nearest_event_noun() {
    check(NOUN_CHAINS);
}

/// A verb right after a relative word ("that", "which", "who") with no comma before it
/// tells of the noun phrase before the relative word, and its object ends before the
/// verb of the clause around it.
const RESTRICTIVE_RELATIVES: &[Row] = &[
    (
        "1999-04-23",
        "NATO leaders opened a three-day summit in Washington on Friday, as the air campaign against Yugoslavia that began last month went on.",
        "began",
        "1999-03",
        "The air campaign against Yugoslavia began",
    ),
    (
        "2010-03-10",
        "The diplomats who met in Vienna on Monday agreed to continue the talks.",
        "met",
        "2010-03-08",
        "The diplomats met in Vienna",
    ),
    (
        "2022-05-01",
        "The offensive which started in late February has stalled.",
        "started",
        "2022-02",
        "The offensive started",
    ),
    (
        "1990-01-12",
        "Output fell in the wake of a strike that began last spring.",
        "began",
        "1989-SP",
        "A strike began",
    ),
    // a complementizer "that" before a preposition or a number opens no subject
    (
        "1998-04-02",
        "A spokesman said that of nine women who had been killed last year, suspects had been arrested in four cases.",
        "killed",
        "1997",
        "Nine women had been killed",
    ),
];

#[test]
fn a_restrictive_relative_tells_of_the_phrase_before_it() {
    check(RESTRICTIVE_RELATIVES);
}
