//! Dates the attachment rules used to leave without an event, found on real newswire
//! (issue 25, event recall): a subject or an object with an apposition or a place
//! between commas, and an event noun whose date sits between commas. Each row: (document
//! date, text, the row's date, its trigger, the expected headline).

mod common;
use common::analysed_rows as rows;

type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

fn check(table: &[Row]) {
    for &(dct, text, date, trigger, headline) in table {
        let got = rows(dct, text);
        let Some(row) = got.iter().find(|e| e.trigger == trigger && e.date == date) else {
            panic!(
                "{text}: no row for {trigger} on {date}; got {:?}",
                got.iter()
                    .map(|e| (&e.date, &e.trigger, &e.headline))
                    .collect::<Vec<_>>()
            );
        };
        assert_eq!(row.headline, headline, "{text}");
        assert!(
            chronicle::eval::rows::fragment(&row.headline).is_none(),
            "{text}: fragment {}",
            row.headline
        );
    }
}

/// A fronted date, then a subject with an apposition or a place between commas.
const FRONTED: &[Row] = &[
    (
        "1998-08-26",
        "On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference.",
        "1998-08-07",
        "ended",
        "Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference",
    ),
    (
        "2015-06-01",
        "In May, the envoy, Alexander Grushko, left Brussels.",
        "2015-05",
        "left",
        "Grushko left Brussels",
    ),
];

/// The object's apposition (a name, a state) between the object and the date.
const OBJECT_APPOSITIONS: &[Row] = &[
    (
        "2023-10-12",
        "MOSCOW (Reuters) - Russia summoned the head of the EU delegation, Markus Ederer, on Tuesday.",
        "2023-10-10",
        "summoned",
        "Russia summoned the head of the EU delegation",
    ),
    (
        "1999-02-16",
        "Albright invited the ministers to a ceremony in Independence, Missouri, on March 12.",
        "1999-03-12",
        "ceremony",
        "Ceremony in Independence",
    ),
    (
        "2022-03-03",
        "Lavrov will receive his Turkish counterpart, Mevlut Cavusoglu, next Thursday.",
        "2022-03-10",
        "receive",
        "Lavrov will receive his Turkish counterpart",
    ),
];

/// An event noun, its date between commas, the verb it is the subject of.
const NOUNS_BETWEEN_COMMAS: &[Row] = &[
    (
        "1998-08-20",
        "The embassy bombings, on Aug. 7, killed 247 people in Kenya.",
        "1998-08-07",
        "bombings",
        "The embassy bombings killed 247 people in Kenya",
    ),
    (
        "2022-01-14",
        "The talks, on Wednesday, ended without a date for the next round.",
        "2022-01-12",
        "talks",
        "The talks ended without a date for the next round",
    ),
];

#[test]
fn fronted_dates_look_past_appositions() {
    check(FRONTED);
}

#[test]
fn object_appositions_do_not_hide_the_verb() {
    check(OBJECT_APPOSITIONS);
}

#[test]
fn event_nouns_take_a_date_between_commas() {
    check(NOUNS_BETWEEN_COMMAS);
}
