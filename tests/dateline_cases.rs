//! Dateline shapes, refusals and document-date (DCT) decisions, one table row per case.

use chronicle::dateline::{self, Dateline};
use chronicle::dct::{self, DctOptions, DctSource};
use chronicle::Article;

/// (text, place, agency, month, day, year)
type Expect = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<u32>,
    Option<u32>,
    Option<i32>,
);

const SHAPES: &[Expect] = &[
    ("BRUSSELS, December 1 (RIA Novosti) - The", "BRUSSELS", Some("RIA Novosti"), Some(12), Some(1), None),
    ("MOSCOW, Oct 18 (Reuters) - The", "MOSCOW", Some("Reuters"), Some(10), Some(18), None),
    ("PARIS, Dec. 3, 2009 (AFP) - The", "PARIS", Some("AFP"), Some(12), Some(3), Some(2009)),
    ("UNITED NATIONS, Sept. 15 (Xinhua) -- The", "UNITED NATIONS", Some("Xinhua"), Some(9), Some(15), None),
    ("Corfu/Moscow, June 27 (RIA Novosti) The", "Corfu/Moscow", Some("RIA Novosti"), Some(6), Some(27), None),
    ("WASHINGTON (AP) — The", "WASHINGTON", Some("AP"), None, None, None),
    ("KABUL, Afghanistan (AP) _ The", "KABUL, Afghanistan", Some("AP"), None, None, None),
    ("SAN FRANCISCO, Calif., March 3 (Reuters) - The", "SAN FRANCISCO, Calif.", Some("Reuters"), Some(3), Some(3), None),
    ("WASHINGTON, D.C., March 3 (UPI) -- The", "WASHINGTON, D.C.", Some("UPI"), Some(3), Some(3), None),
    ("MOSCOW, December 1. /TASS/. The", "MOSCOW", Some("TASS"), Some(12), Some(1), None),
    ("MOSCOW, December 1 /ITAR-TASS/ - The", "MOSCOW", Some("ITAR-TASS"), Some(12), Some(1), None),
    ("ST. PETERSBURG, 1 December. /TASS/. The", "ST. PETERSBURG", Some("TASS"), Some(12), Some(1), None),
    ("Moscow. Oct 18. INTERFAX - The", "Moscow", Some("INTERFAX"), Some(10), Some(18), None),
    ("Kyiv. 18 October. INTERFAX-UKRAINE - The", "Kyiv", Some("INTERFAX-UKRAINE"), Some(10), Some(18), None),
    ("MOSCOW. Oct 18 (Interfax) - The", "MOSCOW", Some("Interfax"), Some(10), Some(18), None),
    ("Brussels, 12 January 2022 — The", "Brussels", None, Some(1), Some(12), Some(2022)),
    ("LONDON, March 3 — The", "LONDON", None, Some(3), Some(3), None),
    ("WASHINGTON, Dec. 1, 2009 — The", "WASHINGTON", None, Some(12), Some(1), Some(2009)),
    ("LONDON, March 3rd (Reuters) - The", "LONDON", Some("Reuters"), Some(3), Some(3), None),
    ("GENEVA, 3 March (AFP) - The", "GENEVA", Some("AFP"), Some(3), Some(3), None),
    ("Berlin, 3 March 2015 (dpa) – The", "Berlin", Some("dpa"), Some(3), Some(3), Some(2015)),
    ("MINSK, 01.12.2009 (BelTA) - The", "MINSK", Some("BelTA"), Some(12), Some(1), Some(2009)),
    ("Vilnius, 01.12.2009 – The", "Vilnius", None, Some(12), Some(1), Some(2009)),
    ("RIO DE JANEIRO, May 5 (Reuters) - The", "RIO DE JANEIRO", Some("Reuters"), Some(5), Some(5), None),
    ("Rio de Janeiro, May 5 (EFE) - The", "Rio de Janeiro", Some("EFE"), Some(5), Some(5), None),
    ("NEW YORK CITY, Jan 5 (AP) - The", "NEW YORK CITY", Some("AP"), Some(1), Some(5), None),
    ("PORT-AU-PRINCE, Jan 13 (Reuters) - The", "PORT-AU-PRINCE", Some("Reuters"), Some(1), Some(13), None),
    ("TBILISI, August 8 (RIA Novosti correspondent) - The", "TBILISI", Some("RIA Novosti"), Some(8), Some(8), None),
    ("ANKARA, July 16 (Anadolu): The", "ANKARA", Some("Anadolu"), Some(7), Some(16), None),
    ("WARSAW, Feb 24 (PAP) – The", "WARSAW", Some("PAP"), Some(2), Some(24), None),
    ("GENEVA (Reuters) - The", "GENEVA", Some("Reuters"), None, None, None),
    ("MOSCOW /TASS/. The", "MOSCOW", Some("TASS"), None, None, None),
    ("BRUSSELS — The", "BRUSSELS", None, None, None, None),
    ("KYIV, Ukraine — The", "KYIV, Ukraine", None, None, None, None),
    ("KIEV, May 2, 2014 (Reuters) - The", "KIEV", Some("Reuters"), Some(5), Some(2), Some(2014)),
    ("MOSCOW, DEC 1 (RIA Novosti) - The", "MOSCOW", Some("RIA Novosti"), Some(12), Some(1), None),
    ("(Bloomberg) -- The", "", Some("Bloomberg"), None, None, None),
    ("THE HAGUE, Netherlands (AP)_ The", "THE HAGUE, Netherlands", Some("AP"), None, None, None),
    ("\n\nHAVANA (AP ) --\n\nThe", "HAVANA", Some("AP"), None, None, None),
    // Inside furniture: headline, menu and a UI string before the dateline line.
    (
        "World\nNATO head, Russian envoy hold talks - source\nSubscribe\nЗаголовок\n\nBRUSSELS, December 1 (RIA Novosti) - The",
        "BRUSSELS",
        Some("RIA Novosti"),
        Some(12),
        Some(1),
        None,
    ),
    // A headline run together with the dateline on one line.
    (
        "Talks constructive, source says BRUSSELS, December 1 (RIA Novosti) - The envoy",
        "BRUSSELS",
        Some("RIA Novosti"),
        Some(12),
        Some(1),
        None,
    ),
    // A weak `PLACE —` line loses to a later line with a date.
    ("NATO — the alliance\nLONDON, March 3 (Reuters) - The", "LONDON", Some("Reuters"), Some(3), Some(3), None),
];

#[test]
fn dateline_shapes() {
    for &(text, place, agency, month, day, year) in SHAPES {
        let found = dateline::find(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
        let got = (
            found.place.as_deref(),
            found.agency.as_deref(),
            found.month,
            found.day,
            found.year,
        );
        // An empty place in the table means the dateline has none.
        let place = Some(place).filter(|p| !p.is_empty());
        assert_eq!(got, (place, agency, month, day, year), "{text:?}");
    }
}

#[test]
fn every_documented_shape_is_recognised() {
    for (name, example) in dateline::SHAPES {
        assert!(dateline::find(example).is_some(), "{name}: {example}");
    }
    assert!(dateline::SHAPES.len() >= 30);
}

/// Text that has no dateline, although parts of it look like one.
const NOT_DATELINES: &[&str] = &[
    "However, March 3 - the day the talks failed - was a turning point.",
    "The Russian envoy held a meeting on Tuesday.",
    "Tuesday, December 1 (updated) - the page",
    "December 1 (RIA Novosti) - no place before the date",
    "Meanwhile (as Reuters reported) - talks went on",
    "BRUSSELS, February 30 (Reuters) - a day that does not exist",
    "Moscow. Oct 18. Somebody - a bare word that is no agency",
    "NATO spokesman James Appathurai (who denied it) - said",
    "brussels, december 1 (ria novosti) - all lower case",
    "Paris (said the minister) - not an agency",
    "NATO — the alliance said nothing",
    "URGENT - Russia suspends mission",
    "(AP Photo/Evan Vucci) - caption",
    "(Note the date) - an aside",
    "Still, March 3 (Friday) — was a day",
    "KYIV (Updated) - the page",
    "MOSCOW, Dec 1 (GMT) - a time zone",
    "Chats\nWorld — news from everywhere",
    "",
];

#[test]
fn refusals() {
    for text in NOT_DATELINES {
        assert_eq!(dateline::find(text), None, "{text:?}");
    }
}

#[test]
fn span_is_in_chars_and_covers_the_dateline() {
    let cases = [
        (
            "Заголовок\n\n  MOSCOW, Oct 18 (Reuters) - Russia will",
            "MOSCOW, Oct 18 (Reuters) -",
        ),
        (
            "Заголовок: talks MOSCOW, Oct 18 (Reuters) - Russia will",
            "MOSCOW, Oct 18 (Reuters) -",
        ),
        ("Ünïcödé\nBRUSSELS — The", "BRUSSELS —"),
    ];
    for (text, want) in cases {
        let d: Dateline = dateline::find(text).expect("dateline");
        let span: String = text.chars().skip(d.start).take(d.end - d.start).collect();
        assert_eq!(span, want, "{text:?}");
    }
}

fn article(text: &str) -> Article {
    Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    }
}

/// (name, text, --dct, --year, expected date, expected source, words the reason must contain)
type DctCase = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<i32>,
    Option<&'static str>,
    DctSource,
    &'static str,
);

const DCT_CASES: &[DctCase] = &[
    (
        "weekday in the lead and a past year",
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday. \
         The August 2008 conflict froze ties.",
        None,
        None,
        Some("2009-12-01"),
        DctSource::Inferred,
        "2009, 2015, 2020, 2026",
    ),
    (
        "the year bound moves the answer",
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday. \
         Relations soured in 2014.",
        None,
        None,
        Some("2015-12-01"),
        DctSource::Inferred,
        "latest year it mentions as past is 2014",
    ),
    (
        "said Tuesday, not in the lead",
        "MOSCOW, Dec 1 (Reuters) - Russia's envoy was upbeat. The talks were constructive, \
         he said Tuesday. Ties were frozen after the war of 2008.",
        None,
        None,
        Some("2009-12-01"),
        DctSource::Inferred,
        "said Tuesday",
    ),
    (
        // the Friday ahead is forward evidence (the day is before it), never the day's own
        // weekday: not 2009 (a Friday), and 2008 (a Thursday) only as a low guess
        "a future weekday is not the filing day",
        "BRUSSELS, December 4 (RIA Novosti) - Ministers met ahead of Friday's meeting, \
         which will take place on Friday. The 2008 war is over.",
        None,
        None,
        Some("2008-12-04"),
        DctSource::Inferred,
        "names Friday as ahead",
    ),
    (
        "last Tuesday is another day",
        "BRUSSELS, December 1 (RIA Novosti) - Talks resumed. They had stalled last Wednesday. \
         The 2008 war is over.",
        None,
        None,
        None,
        DctSource::None,
        "no year is likely enough",
    ),
    (
        "the --year hint agrees with the weekday",
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday.",
        None,
        Some(2015),
        Some("2015-12-01"),
        DctSource::Inferred,
        "--year 2015 given",
    ),
    (
        "the --year hint wins over a weekday that does not fit",
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday.",
        None,
        Some(2010),
        Some("2010-12-01"),
        DctSource::Inferred,
        "--year 2010 given",
    ),
    (
        "the --year hint alone",
        "LONDON, March 3 — Ministers met.",
        None,
        Some(2022),
        Some("2022-03-03"),
        DctSource::Inferred,
        "--year 2022 given",
    ),
    (
        "weekday but no year anywhere: no date",
        "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday.",
        None,
        None,
        None,
        DctSource::None,
        "--year",
    ),
    (
        "no evidence at all",
        "LONDON, March 3 — Ministers met.",
        None,
        None,
        None,
        DctSource::None,
        "gives no clue",
    ),
    (
        "conflicting weekdays lower the confidence",
        "MOSCOW, Oct 18 (Reuters) - Lavrov spoke on Monday. Moscow will reply, Peskov said Friday. \
         The council has not met since 2019.",
        None,
        None,
        Some("2021-10-18"),
        DctSource::Inferred,
        "said Friday",
    ),
    (
        "a future year is not history",
        "MOSCOW, Oct 18 (Reuters) - Lavrov spoke on Monday. The council last met in 2019 and \
         the treaty will expire by 2026.",
        None,
        None,
        Some("2021-10-18"),
        DctSource::Inferred,
        "2019",
    ),
    (
        "a count is not a year",
        "MOSCOW, Oct 18 (Reuters) - Lavrov spoke on Monday. Some 2000 troops left in 2019; \
         2500 soldiers stayed.",
        None,
        None,
        Some("2021-10-18"),
        DctSource::Inferred,
        "2019",
    ),
    (
        "the same day written with its year",
        "MOSCOW, Dec 17 (Reuters) - Statement of Friday, December 17, 2021 on security.",
        None,
        None,
        Some("2021-12-17"),
        DctSource::Inferred,
        "same day",
    ),
    (
        "Xinhua style: weekday without 'on' in a lead on the next line",
        "\n\nBRUSSELS, December 2 (Xinhua) --\n\nThe ratification concluded Wednesday. \
         The alliance invited the three in July 1997.",
        None,
        None,
        Some("1998-12-02"),
        DctSource::Inferred,
        "Wednesday",
    ),
    (
        "a weekday in a sentence that says today",
        "MOSCOW, Oct 18 (Reuters) - Ministers were upbeat. Today, Monday, the envoy left. \
         The council last met in 2019.",
        None,
        None,
        Some("2021-10-18"),
        DctSource::Inferred,
        "Monday",
    ),
    (
        "a weekday elsewhere in the past is a weaker cue",
        "MOSCOW, Oct 18 (Reuters) - Ministers were upbeat. The envoy left on Monday. \
         The council last met in 2019.",
        None,
        None,
        None,
        DctSource::None,
        "no year is likely enough",
    ),
    (
        "the same day in an earlier year is an anniversary",
        "MOSCOW, Dec 1 (Reuters) - Ties frozen since December 1, 2008 resumed on Tuesday \
         after talks in 2009.",
        None,
        None,
        Some("2009-12-01"),
        DctSource::Inferred,
        "Tuesday",
    ),
    (
        "a dateline with its year",
        "PARIS, Dec. 3, 2009 (AFP) - Ministers will meet on Friday.",
        None,
        None,
        Some("2009-12-03"),
        DctSource::Dateline,
        "PARIS",
    ),
    (
        "the --dct flag beats everything",
        "PARIS, Dec. 3, 2009 (AFP) - Ministers will meet on Friday.",
        Some("2010-01-01"),
        None,
        Some("2010-01-01"),
        DctSource::Flag,
        "--dct",
    ),
    (
        "a Published line beats the dateline",
        "Published: 01.12.2009 18:05\nBRUSSELS, November 30 (RIA Novosti) - Talks.",
        None,
        None,
        Some("2009-12-01"),
        DctSource::Metadata,
        "Published",
    ),
    (
        "an Updated line when nothing better",
        "Updated Dec. 2, 2009 10:00 AM EST\nWASHINGTON (AP) — Talks.",
        None,
        None,
        Some("2009-12-02"),
        DctSource::Metadata,
        "Updated",
    ),
    (
        "a dateline without a date and no other date",
        "WASHINGTON (AP) — Talks went on for hours on Tuesday.",
        None,
        None,
        None,
        DctSource::None,
        "--dct",
    ),
    (
        "no dateline, no date",
        "Ministers met and talked.",
        None,
        None,
        None,
        DctSource::None,
        "--dct YYYY-MM-DD",
    ),
    (
        "February 29 only fits leap years",
        "KYIV, Feb 29 (Reuters) - Ministers met on Thursday. The war began in 2022.",
        None,
        None,
        Some("2024-02-29"),
        DctSource::Inferred,
        "2024",
    ),
];

#[test]
fn dct_decisions() {
    for &(name, text, flag, year, want_date, want_source, reason_has) in DCT_CASES {
        let opts = DctOptions {
            flag: flag.map(|d| d.parse().expect("test date")),
            year_hint: year,
            ..Default::default()
        };
        let got = dct::determine(&article(text), &opts);
        assert_eq!(
            got.date.map(|d| d.to_string()).as_deref(),
            want_date,
            "{name}: {}",
            got.reason
        );
        assert_eq!(got.source, want_source, "{name}: {}", got.reason);
        assert!(
            got.reason.contains(reason_has),
            "{name}: reason {:?} lacks {reason_has:?}",
            got.reason
        );
        assert!((0.0..=1.0).contains(&got.confidence), "{name}");
    }
}

#[test]
fn conflicting_evidence_is_less_sure() {
    let text_of = |name: &str| DCT_CASES.iter().find(|c| c.0 == name).map(|c| c.1).expect("case");
    let sure = dct::determine(
        &article(text_of("a future year is not history")),
        &DctOptions::default(),
    );
    let unsure = dct::determine(
        &article(text_of("conflicting weekdays lower the confidence")),
        &DctOptions::default(),
    );
    assert!(unsure.confidence < sure.confidence);
}

#[test]
fn record_and_metadata_dates() {
    let mut a = article("PARIS, Dec. 3, 2009 (AFP) - Talks.");
    a.metadata_date = Some("2009-12-04T08:00:00+01:00".into());
    let d = dct::determine(&a, &DctOptions::default());
    assert_eq!(
        (d.date.map(|d| d.to_string()), d.source),
        (Some("2009-12-04".into()), DctSource::Metadata)
    );
    assert_eq!(
        d.dateline.and_then(|x| x.place),
        Some("PARIS".into()),
        "the dateline is still reported"
    );
    a.record_dct = Some("2009-12-05".parse().expect("date"));
    let d = dct::determine(&a, &DctOptions::default());
    assert_eq!(
        (d.date.map(|d| d.to_string()), d.source),
        (Some("2009-12-05".into()), DctSource::Record)
    );
}

#[test]
fn seed_sample() {
    let text =
        std::fs::read_to_string("samples/ria-novosti-2009-12-01-nato-russia.txt").expect("seed sample");
    let d = dct::determine(&article(&text), &DctOptions::default());
    let dl = d.dateline.clone().expect("dateline");
    assert_eq!(dl.place.as_deref(), Some("BRUSSELS"));
    assert_eq!(dl.agency.as_deref(), Some("RIA Novosti"));
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2009-12-01"));
    assert_eq!(d.source, DctSource::Inferred);
    assert!(
        d.reason.contains("Tuesday") && d.reason.contains("2008"),
        "{}",
        d.reason
    );
}

/// Pieces that stress the finders: multi-byte dashes and letters, dateline punctuation,
/// cue words, digits.
const PIECES: &[&str] = &[
    "—",
    "–",
    "-",
    "Dec.",
    "December",
    "Tuesday",
    "2009",
    "1",
    "31",
    ",",
    ".",
    "(",
    ")",
    "/",
    "\n",
    "É",
    "ß",
    "İ",
    "MOSCOW",
    " ",
    "said",
    "will",
    "'s",
    "Published",
    ":",
    "Reuters",
    "TASS",
    "on",
    "last",
    "Заголовок",
    "’",
    "\u{2028}",
    "Feb",
    "29",
    "some",
    "troops",
    "since",
    "&amp;",
    "<p>",
    "</p>",
];

#[test]
fn never_panics_on_odd_text() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..1500 {
        let mut text = String::new();
        for _ in 0..(seed % 40) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let d = dct::determine(&article(&text), &DctOptions::default());
        if let Some(dl) = d.dateline {
            assert!(dl.start <= dl.end && dl.end <= text.chars().count(), "{text:?}");
        }
        let _ = chronicle::input::html::extract(&text);
        let _ = dct::parse_absolute(&text);
    }
}

#[test]
fn the_run_narrows_the_year() {
    let undated =
        article("\n\nHAVANA, August 7 (Xinhua) --\n\nThe Cuban government Friday condemned the blasts.");
    let alone =
        chronicle::run::companions::determine_all(std::slice::from_ref(&undated), &DctOptions::default());
    assert_eq!(alone[0].date, None, "{}", alone[0].reason);
    let mut dated = article("Another story.");
    dated.record_dct = Some("1998-08-08".parse().expect("date"));
    let both = chronicle::run::companions::determine_all(&[undated.clone(), dated], &DctOptions::default());
    assert_eq!(
        both[0].date.map(|d| d.to_string()).as_deref(),
        Some("1998-08-07"),
        "{}",
        both[0].reason
    );
    assert_eq!(both[0].source, DctSource::Inferred);
    assert!(both[0].reason.contains("1998-08-08"), "{}", both[0].reason);
    // Only years whose calendar fits the weekday: August 7 was a Friday in 1998, not 1999.
    let mut next_year = article("x");
    next_year.record_dct = Some("1999-08-08".parse().expect("date"));
    let fits = chronicle::run::companions::determine_all(&[undated, next_year], &DctOptions::default());
    assert_eq!(
        fits[0].date.map(|d| d.to_string()).as_deref(),
        Some("1998-08-07"),
        "{}",
        fits[0].reason
    );
}

#[test]
fn the_matching_template_is_named() {
    let cases = [
        ("BRUSSELS, December 1 (RIA Novosti) - The", "md-paren"),
        ("Moscow. Oct 18. INTERFAX - The", "md-bare"),
        ("WASHINGTON (AP) — The", "paren"),
        ("BRUSSELS — The", "place-dash"),
    ];
    for (text, want) in cases {
        assert_eq!(
            dateline::find_with_template(text).map(|(_, name)| name),
            Some(want),
            "{text}"
        );
    }
}

/// `find` tries templates only on lines that open with an upper-case letter or `(`:
/// every template must open with a place or a bracketed agency.
#[test]
fn every_template_opens_with_a_place_or_a_bracket() {
    for t in chronicle::dateline::TEMPLATES {
        assert!(
            t.pattern.starts_with("{place}") || t.pattern.starts_with(r"\("),
            "{}",
            t.name
        );
    }
}

#[test]
fn an_inferred_year_never_lends_itself_to_the_run() {
    // Weekday and history agree: 2009 (December 1, 2009 was a Tuesday; 2008 is history).
    let inferred = article(
        "BRUSSELS, December 1 (RIA Novosti) - Rogozin met Rasmussen on Tuesday, after the \
         August 2008 war.",
    );
    // Only a weekday: fits 2009, 2015, 2020, 2026 — alone, no year.
    let weekday_only = article("MOSCOW, Dec 2 (Reuters) - The foreign ministry said on Wednesday.");
    let alone = chronicle::run::companions::determine_all(
        std::slice::from_ref(&weekday_only),
        &DctOptions::default(),
    );
    assert_eq!(alone[0].date, None, "{}", alone[0].reason);
    let run =
        chronicle::run::companions::determine_all(&[inferred, weekday_only.clone()], &DctOptions::default());
    assert_eq!(
        run[0].date.map(|d| d.to_string()).as_deref(),
        Some("2009-12-01"),
        "{}",
        run[0].reason
    );
    assert_eq!(run[1].date, None, "a guess is not lent: {}", run[1].reason);
    // A printed date is.
    let printed = article("BRUSSELS, December 1, 2009 (RIA Novosti) - Talks.");
    let run = chronicle::run::companions::determine_all(&[printed, weekday_only], &DctOptions::default());
    assert_eq!(
        run[1].date.map(|d| d.to_string()).as_deref(),
        Some("2009-12-02"),
        "{}",
        run[1].reason
    );
    assert!(run[1].reason.contains("2009-12-01"), "{}", run[1].reason);
}
