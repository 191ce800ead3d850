//! Table tests of the document date: the printed date lines pages and wires use, and
//! the year inference with its traps. Each case says what it shows.

use chronicle::dct::{self, DctOptions, DctSource};
use chronicle::input::article::Article;

fn article(text: &str) -> Article {
    Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    }
}

/// (printed page text, expected date, expected kind).
const PRINTED: &[(&str, Option<&str>, &str)] = &[
    // Bylines
    (
        "Headline\nBy Anna Berg | Defence correspondent | 14 June 2021, 19:40 CEST\n\nText.",
        Some("2021-06-14"),
        "byline",
    ),
    (
        "Headline\nBy Anna Berg, 14 June 2021\n\nText.",
        Some("2021-06-14"),
        "byline",
    ),
    (
        "Headline\nBy JOHN ROE | June 14, 2021 7:40 PM ET\n\nText.",
        Some("2021-06-14"),
        "byline",
    ),
    (
        "Headline\nBy Olga Ivanova · 27.06.2019 16:03\n\nText.",
        Some("2019-06-27"),
        "byline",
    ),
    (
        "Headline\nby staff writers, Sept. 3, 2014\n\nText.",
        Some("2014-09-03"),
        "byline",
    ),
    // Stand-alone date lines
    ("Headline\n14 June 2021\n\nText.", Some("2021-06-14"), "date-line"),
    (
        "Headline\nJune 14, 2021\n\nText.",
        Some("2021-06-14"),
        "date-line",
    ),
    (
        "Headline\nJune 14, 2021 7:40 PM\n\nText.",
        Some("2021-06-14"),
        "date-line",
    ),
    (
        "Headline\nJun. 14, 2021 - 19:40\n\nText.",
        Some("2021-06-14"),
        "date-line",
    ),
    (
        "Headline\n14th June 2021\n\nText.",
        Some("2021-06-14"),
        "date-line",
    ),
    (
        "Headline\nDecember 1st, 2009\n\nText.",
        Some("2009-12-01"),
        "date-line",
    ),
    (
        "Headline\n1 Dec 2009, 18:05 MSK\n\nText.",
        Some("2009-12-01"),
        "date-line",
    ),
    (
        "Headline\nSept. 3, 2014 at 10:15 a.m. EDT\n\nText.",
        Some("2014-09-03"),
        "date-line",
    ),
    (
        "London, 4 December 2019\n\nThe leaders issued a declaration.",
        Some("2019-12-04"),
        "date-line",
    ),
    (
        "Washington, D.C. - July 10, 2024\n\nThe briefing starts at noon.",
        Some("2024-07-10"),
        "date-line",
    ),
    (
        "Headline\n14 June 2021 | 19:40\n\nText.",
        Some("2021-06-14"),
        "date-line",
    ),
    // Weekday headers
    (
        "Thursday, June 4, 2009\n\nNotes from Cairo\n\nText.",
        Some("2009-06-04"),
        "weekday-header",
    ),
    (
        "Monday, 21 May 2012\n\nChicago, day two\n\nText.",
        Some("2012-05-21"),
        "weekday-header",
    ),
    (
        "Headline\nThursday 12 February 2015\n\nText.",
        Some("2015-02-12"),
        "weekday-header",
    ),
    (
        "Headline\nTue, Dec 1, 2009\n\nText.",
        Some("2009-12-01"),
        "weekday-header",
    ),
    // Agency-and-date lines
    (
        "Ukrinform | 27.06.2019 - 16:03\nHeadline\n\nText.",
        Some("2019-06-27"),
        "agency-line",
    ),
    (
        "TASS, 16 January 2020\nHeadline\n\nText.",
        Some("2020-01-16"),
        "agency-line",
    ),
    (
        "09 November 2017 Interfax-Ukraine\nHeadline\n\nText.",
        Some("2017-11-09"),
        "agency-line",
    ),
    (
        "Reuters | 18 October 2021\nHeadline\n\nText.",
        Some("2021-10-18"),
        "agency-line",
    ),
    (
        "AFP, 3 Dec 2009 14:12\nHeadline\n\nText.",
        Some("2009-12-03"),
        "agency-line",
    ),
    (
        "Associated Press - Jan. 12, 2022\nHeadline\n\nText.",
        Some("2022-01-12"),
        "agency-line",
    ),
    // Numeric timestamps
    (
        "2018-04-27 10:05\nHeadline\n\nText.",
        Some("2018-04-27"),
        "timestamp",
    ),
    (
        "Headline\n27.06.2019 - 16:03\n\nText.",
        Some("2019-06-27"),
        "timestamp",
    ),
    (
        "Headline\n24/02/2022 06:10 CET\n\nText.",
        Some("2022-02-24"),
        "timestamp",
    ),
    (
        "Headline\n2020-11-30T14:00:00Z\n\nText.",
        Some("2020-11-30"),
        "timestamp",
    ),
    (
        "Headline\n02/24/2022 6:10 AM\n\nText.",
        Some("2022-02-24"),
        "timestamp",
    ),
    (
        "Headline\n2009-12-01 18:05:00 +0300\n\nText.",
        Some("2009-12-01"),
        "timestamp",
    ),
    ("Headline\n1.12.2009\n\nText.", Some("2009-12-01"), "timestamp"),
    // Labelled lines
    (
        "Published: 01.12.2009 18:05\n\nText.",
        Some("2009-12-01"),
        "published-line",
    ),
    (
        "Posted Dec. 1, 2009 6:05 PM EST\n\nText.",
        Some("2009-12-01"),
        "published-line",
    ),
    (
        "Issued on 20 Nov. 2010\n\nText.",
        Some("2010-11-20"),
        "published-line",
    ),
    (
        "First published on 3 May 2022\n\nText.",
        Some("2022-05-03"),
        "published-line",
    ),
    ("Date: 2009-12-01\n\nText.", Some("2009-12-01"), "published-line"),
    (
        "Released 4 April 2023\n\nText.",
        Some("2023-04-04"),
        "published-line",
    ),
    (
        "Last updated: 5 May 2022 | Published: 3 May 2022\n\nText.",
        Some("2022-05-03"),
        "published-line",
    ),
    (
        "Published 11 July 2018\nUpdated 13 July 2018, 08:15\n\nText.",
        Some("2018-07-11"),
        "published-line",
    ),
    // Web posted
    (
        "Web posted on Thursday, June 4, 2009 11:02 AM EST\n\nText.",
        Some("2009-06-04"),
        "web-posted",
    ),
    (
        "Web posted at: 10:25 p.m. EST, March 12, 1999\n\nText.",
        Some("1999-03-12"),
        "web-posted",
    ),
    // Revisions only when nothing better
    (
        "Updated 12:05 GMT, 9 February 2023\n\nText.",
        Some("2023-02-09"),
        "updated",
    ),
    ("Last updated 5 May 2022\n\nText.", Some("2022-05-05"), "updated"),
    (
        "Last modified: 2022-05-05\n\nText.",
        Some("2022-05-05"),
        "updated",
    ),
    // Datelines
    (
        "PARIS, Dec. 3, 2009 (AFP) - Ministers met.",
        Some("2009-12-03"),
        "dateline",
    ),
    (
        "MOSCOW, March 3, 2014 (Reuters) - The house met.",
        Some("2014-03-03"),
        "dateline",
    ),
    // Furniture refused
    (
        "Moscow time 14:32 | Thursday, 3 December 2026\n\nHeadline\n\nText.",
        None,
        "none",
    ),
    (
        "Today is Thursday, 3 December 2026\n\nHeadline\n\nText.",
        None,
        "none",
    ),
    ("Weather: Brussels 4°C, 3 December 2026\n\nText.", None, "none"),
    (
        "© 2026 Example News. All rights reserved. 3 December 2026\n\nText.",
        None,
        "none",
    ),
    (
        "Headline\n\nMore stories\n12 March 2021 - Ministers approve centre\n10 March 2021 - Exercise\n",
        None,
        "none",
    ),
    (
        "Headline\n\nComments (2)\nIvan, 4 March 2022 at 10:14\nGood.\n",
        None,
        "none",
    ),
    (
        "Latest news:\n19 June 2016 | Campaign resumes\n\nWARSAW, June 20, 2016 (PAP) - Officials spoke.",
        Some("2016-06-20"),
        "dateline",
    ),
    (
        "Moscow time 14:32 | 3 December 2026\nPosted 21 Oct 2020\n\nText.",
        Some("2020-10-21"),
        "published-line",
    ),
    // Dates that are not the page's
    (
        "Headline\nThe treaty signed on 8 April 2010 expires soon.\n\nText.",
        None,
        "none",
    ),
    ("Headline\n04/03/2022 18:20\n\nText.", None, "none"),
    (
        "The report was published 1 December 2009 by the ministry.",
        None,
        "none",
    ),
    ("Headline\nPR(2010)0155\n\nText.", None, "none"),
    (
        "Headline\nJune 14, 2021 - Leaders agree to review strategy amid tensions with Moscow\n\nText.",
        None,
        "none",
    ),
    ("Headline\nSome 2000 troops left in 2019.\n\nText.", None, "none"),
];

#[test]
fn printed_date_lines() {
    assert!(PRINTED.len() >= 60, "{} shapes", PRINTED.len());
    let mut failures = Vec::new();
    for (text, want, kind) in PRINTED {
        let a = article(text);
        let d = dct::determine(&a, &DctOptions::default());
        let (got_kind, _) = dct::explain(&a, &d);
        let got = d.date.map(|d| d.to_string());
        if got.as_deref() != *want || got_kind != *kind {
            failures.push(format!(
                "{text:?}: got {got:?} {got_kind}, want {want:?} {kind} ({})",
                d.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn refused_furniture_says_why() {
    let a = article("Moscow time 14:32 | Thursday, 3 December 2026\nPosted 21 Oct 2020\n\nText.");
    let d = dct::determine(&a, &DctOptions::default());
    assert!(d.reason.contains("site clock"), "{}", d.reason);
    let (_, alternatives) = dct::explain(&a, &d);
    assert!(
        alternatives.iter().any(|c| c.rejected.is_some()),
        "{alternatives:?}"
    );
}

/// (url, file name, expected date, expected kind).
type AddressCase = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

#[test]
fn addresses_and_file_names() {
    let cases: &[AddressCase] = &[
        (
            Some("https://x.com/world/2021/10/18/nato"),
            None,
            Some("2021-10-18"),
            "url",
        ),
        (
            Some("https://x.org/news/20211018/1.html"),
            None,
            Some("2021-10-18"),
            "url",
        ),
        (
            Some("https://x.net/p/nato-2021-10-18-live"),
            None,
            Some("2021-10-18"),
            "url",
        ),
        (
            None,
            Some("reuters-2021-10-18-nato.txt"),
            Some("2021-10-18"),
            "file-name",
        ),
        (None, Some("inf_20190802.txt"), Some("2019-08-02"), "file-name"),
        (Some("https://x.com/item/123"), Some("story.txt"), None, "none"),
    ];
    for (url, file, want, kind) in cases {
        let mut a = article("Headline\n\nModerately long story text without any date.");
        a.url = url.map(String::from);
        a.source_path = file.map(std::path::PathBuf::from);
        let d = dct::determine(&a, &DctOptions::default());
        assert_eq!(
            d.date.map(|d| d.to_string()).as_deref(),
            *want,
            "{url:?} {file:?}"
        );
        assert_eq!(dct::explain(&a, &d).0, *kind, "{url:?} {file:?}");
    }
}

#[test]
fn html_published_beats_updated_and_updated_is_last() {
    let page = r#"<html><head><meta property="article:published_time" content="2022-06-29T10:00:00+02:00"><meta property="og:updated_time" content="2022-07-01T08:00:00+02:00"></head><body><article><p>Updated 1 July 2022</p><p>Leaders invited Finland and Sweden to join the alliance after long talks.</p></article></body></html>"#;
    let a = chronicle::input::read_html(page, None, "p".into())
        .articles
        .remove(0);
    let d = dct::determine(&a, &DctOptions::default());
    assert_eq!(
        d.date.map(|d| d.to_string()).as_deref(),
        Some("2022-06-29"),
        "{}",
        d.reason
    );
    let page = r#"<html><head><meta property="og:updated_time" content="2020-03-27T16:00:00Z"></head><body><article><p>North Macedonia became the thirtieth member of the alliance on this day.</p></article></body></html>"#;
    let a = chronicle::input::read_html(page, None, "p".into())
        .articles
        .remove(0);
    let d = dct::determine(&a, &DctOptions::default());
    assert_eq!(
        d.date.map(|d| d.to_string()).as_deref(),
        Some("2020-03-27"),
        "{}",
        d.reason
    );
    assert_eq!(dct::explain(&a, &d).0, "html-updated");
}

/// (why, text, expected year or None).
const YEARS: &[(&str, &str, Option<i32>)] = &[
    ("weekday and a past year", "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday. The August 2008 conflict froze ties.", Some(2009)),
    ("NATO chief in office", "BRUSSELS, June 14 (AFP) - NATO Secretary General Jens Stoltenberg said on Monday that leaders agreed.", Some(2021)),
    ("office rescues an old-year-only story", "BRUSSELS, Dec 4 (AFP) - NATO Secretary General Jaap de Hoop Scheffer said on Thursday that ties frozen since 2002 talks stalled could thaw.", Some(2008)),
    ("trap: only an old year, no office: no confident 2003", "BRUSSELS, Dec 4 (AFP) - Ministers agreed on Thursday to resume contacts. The council was created in 2002.", None),
    ("trap: a future year is not history", "MOSCOW, Feb 5 (Interfax) - Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to discuss the treaty, which expires in February 2021, with the 29-member alliance. The treaty was signed in 2010.", Some(2019)),
    ("trap: 'by 2018' and 'until 2021' are plans", "PRAGUE, April 8 (Reuters) - President Dmitry Medvedev and President Barack Obama signed the treaty on Thursday; it runs until 2021 and cuts warheads by 2018.", Some(2010)),
    ("trap: a lead reporting the day before", "KYIV, Aug 26 (UNIAN) - President Volodymyr Zelensky said in an interview published on Sunday that he was ready to meet, five years after the 2014 annexation of Crimea.", Some(2019)),
    ("trap: a former official does not date the story", "COPENHAGEN, Feb 17 (Reuters) - Former NATO Secretary General Anders Fogh Rasmussen said on Thursday that the West must act. Troops massed near the border since late 2021.", Some(2022)),
    ("trap: then-President", "NEW YORK, Sept 29 (TASS) - President Vladimir Putin spoke on Tuesday at the United Nations; in 2011 then-President Dmitry Medvedev had taken a different line.", Some(2015)),
    ("anniversary of a year", "MOSCOW, May 27 (TASS) - Diplomats marked on Saturday the 20th anniversary of the 1997 NATO-Russia Founding Act.", Some(2017)),
    ("anniversary in words", "MOSCOW, May 27 (TASS) - Diplomats marked the twentieth anniversary of the 1997 Founding Act.", Some(2017)),
    ("years after", "KYIV, March 18 (UNIAN) - Officials spoke five years after the 2014 annexation.", Some(2019)),
    ("last year's war", "TBILISI, Aug 7 (AFP) - Georgians marked on Friday the anniversary of last year's war, the August 2008 conflict.", Some(2009)),
    ("member count 26", "RIGA, Nov 28 (AP) - Leaders of the 26-nation alliance opened a summit on Tuesday.", Some(2006)),
    ("member count 28", "CHICAGO, May 20 (AP) - Leaders of the 28-nation alliance began a summit on Sunday.", Some(2012)),
    ("member count 19", "WASHINGTON, April 24 (AP) - The alliance's 19 leaders met on Saturday.", Some(1999)),
    ("Solana", "WASHINGTON, April 24 (AP) - NATO Secretary General Javier Solana said on Saturday that leaders were united.", Some(1999)),
    ("Robertson", "MADRID, May 28 (Reuters) - NATO Secretary General George Robertson said on Wednesday that the alliance would take over the force.", Some(2003)),
    ("Rasmussen in office", "LONDON, March 29 (AFP) - NATO Secretary General Anders Fogh Rasmussen said on Tuesday that the alliance would take command.", Some(2011)),
    ("Rutte", "THE HAGUE, June 24 (Reuters) - NATO Secretary General Mark Rutte said on Tuesday that allies were close to a deal.", Some(2025)),
    ("Pompeo and 70 years since", "WASHINGTON, April 4 (AP) - Secretary of State Mike Pompeo said on Thursday, as the alliance marked 70 years since its founding treaty was signed in 1949, that members must spend more.", Some(2019)),
    ("Rice and Lavrov", "VILNIUS, April 21 (Reuters) - U.S. Secretary of State Condoleezza Rice said on Thursday that Russia should not fear democracy.", Some(2005)),
    ("Poroshenko", "WARSAW, July 9 (PAP) - Ukrainian President Petro Poroshenko met alliance leaders on Saturday.", Some(2016)),
    ("Robertson and Putin", "MOSCOW, Oct 5 (Interfax) - NATO Secretary General George Robertson said on Thursday after meeting President Vladimir Putin that contacts would resume.", Some(2000)),
    ("same day with its year", "KYIV, Nov 21 (UNIAN) - The cabinet said in a decree of November 21, 2013 that preparations were suspended.", Some(2013)),
    ("same day in an earlier year is an anniversary", "MOSCOW, Dec 1 (Reuters) - Ties frozen since December 1, 2008 resumed on Tuesday after talks in 2009.", Some(2009)),
    ("a year in the same month, later day", "BRUSSELS, May 12 (AFP) - Ministers met on Thursday. The crisis began in June 2021.", Some(2022)),
    ("Leap day", "KYIV, Feb 29 (Reuters) - Ministers met on Thursday. The war began in 2022.", Some(2024)),
    ("no evidence at all", "LONDON, March 3 - Ministers met.", None),
    ("weekday only", "BRUSSELS, December 1 (RIA Novosti) - The envoy met the secretary general on Tuesday.", None),
    ("a future weekday is no cue", "BRUSSELS, December 4 (RIA Novosti) - Ministers met ahead of Friday's meeting. The 2008 war is over.", None),
    ("last Wednesday is another day", "BRUSSELS, December 1 (RIA Novosti) - Talks resumed. They had stalled last Wednesday. The 2008 war is over.", None),
    ("a count is not a year", "MOSCOW, Oct 18 (Reuters) - Lavrov spoke on Monday. Some 2000 troops left in 2019; 2500 soldiers stayed.", Some(2021)),
    ("Clinton and Albright", "WASHINGTON, Aug 21 (AP) - Secretary of State Madeleine Albright said on Friday that President Bill Clinton would return.", Some(1998)),
    ("Merkel and Obama", "BERLIN, June 19 (Reuters) - Chancellor Angela Merkel and President Barack Obama spoke on Wednesday at the Brandenburg Gate.", Some(2013)),
    ("Scholz and Biden", "BERLIN, Feb 7 (Reuters) - Chancellor Olaf Scholz met President Joe Biden on Monday. Gas deliveries fell in 2021.", Some(2022)),
    ("Zelensky and Kuleba", "KYIV, Sept 5 (UNIAN) - Foreign Minister Dmytro Kuleba said on Monday that President Volodymyr Zelensky would travel. The war began in 2022.", Some(2022)),
    ("Shoigu", "MOSCOW, Dec 21 (TASS) - Defence Minister Sergei Shoigu said on Wednesday that the army would grow. Operations began in February 2022.", Some(2022)),
    ("Saakashvili", "TBILISI, Aug 12 (AFP) - President Mikheil Saakashvili said on Tuesday that troops were still moving. The conflict began last week.", Some(2008)),
    ("Stoltenberg as Norway's premier is not NATO chief", "OSLO, Sept 10 (NTB) - Prime Minister Jens Stoltenberg said on Monday that the budget was ready. Oil prices peaked in 2008.", Some(2012)),
    ("office and weekday together", "BRUSSELS, June 14 (AFP) - NATO Secretary General Javier Solana said on Friday that talks went on.", Some(1996)),
];

#[test]
fn year_inference() {
    assert!(YEARS.len() >= 40, "{} cases", YEARS.len());
    let mut failures = Vec::new();
    for (why, text, want) in YEARS {
        let d = dct::determine(&article(text), &DctOptions::default());
        let got = d.date.map(|d| chrono::Datelike::year(&d));
        let ok = match want {
            Some(y) => got == Some(*y) && d.source == DctSource::Inferred,
            // None: no date, or at most a guess below the sure threshold (which
            // `timeline` names on stderr).
            None => got.is_none() || d.confidence < dct::SURE_INFERENCE,
        };
        if !ok {
            failures.push(format!(
                "{why}: got {got:?} ({:.2}), want {want:?}: {}",
                d.confidence, d.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_seed_names_its_evidence() {
    let text = std::fs::read_to_string("samples/ria-novosti-2009-12-01-nato-russia.txt").expect("seed");
    let mut a = article(&text);
    a.source_path = Some("samples/ria-novosti-2009-12-01-nato-russia.txt".into());
    let d = dct::determine(&a, &DctOptions::default());
    let dl = d.dateline.clone().expect("dateline");
    assert_eq!(
        (dl.place.as_deref(), dl.agency.as_deref()),
        (Some("BRUSSELS"), Some("RIA Novosti"))
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2009-12-01"));
    for word in ["Tuesday", "2008", "Rasmussen", "Rogozin", "file name"] {
        assert!(d.reason.contains(word), "{word}: {}", d.reason);
    }
}

#[test]
fn development_pages_meet_the_bar() {
    let gold = chronicle::eval::dct::load(std::path::Path::new("tests/data/dct/pages.jsonl")).expect("pages");
    assert!(gold.len() >= 60);
    let report = chronicle::eval::dct::evaluate(&gold);
    let right = report.total.right as f64 / report.total.articles as f64;
    assert!(right >= 0.95, "{}", chronicle::eval::dct::render(&report, true));
    let sure = report
        .calibration
        .iter()
        .find(|c| c.at_least >= 0.8)
        .expect("0.8 row");
    assert_eq!(sure.wrong, 0, "{}", chronicle::eval::dct::render(&report, true));
}

#[test]
fn dct_map_reads_csv_and_tsv() {
    let map = dct::read_dct_map("path,date\na.txt,2009-12-01\nb\t2010-01-02\n# note\n").expect("map");
    assert_eq!(map.len(), 2);
    assert!(dct::read_dct_map("a.txt,2009-12-01\nb.txt,soon\n").is_err());
    let mut a = article("Text.");
    a.source_path = Some("dir/a.txt".into());
    let opts = DctOptions {
        map: Some(std::sync::Arc::new(map)),
        ..Default::default()
    };
    let d = dct::determine(&a, &opts);
    assert_eq!(
        (d.date.map(|d| d.to_string()), d.source),
        (Some("2009-12-01".into()), DctSource::Map)
    );
}

/// Russian stories dated by the officials they name: the offices table's Russian names
/// and titles, matched in every case form (why, text, expected year or None).
const RUSSIAN_OFFICES: &[(&str, &str, Option<i32>)] = &[
    ("генсек НАТО, nominative", "БРЮССЕЛЬ, 14 июня. /ТАСС/. Генсек НАТО Йенс Столтенберг в понедельник заявил, что союзники договорились.", Some(2021)),
    ("госсекретарь in the instrumental", "ЖЕНЕВА, 21 янв — РИА Новости. Глава МИД России Сергей Лавров в пятницу провел переговоры с госсекретарем США Энтони Блинкеном.", Some(2022)),
    ("президент США in the instrumental", "ХЕЛЬСИНКИ, 16 июля. /ТАСС/. Путин в понедельник встретился с президентом США Дональдом Трампом.", Some(2018)),
    ("Belousov after Shoigu", "МОСКВА, 16 декабря. /ТАСС/. Министр обороны России Андрей Белоусов во вторник заявил, что армия выполнит задачи.", Some(2025)),
    ("Zelensky", "КИЕВ, 21 сентября. /ТАСС/. Президент Украины Владимир Зеленский в среду выступил в ООН. В 2014 году Крым вошел в состав России.", Some(2022)),
    ("trap: бывший генсек does not date the story", "КОПЕНГАГЕН, 17 февраля. /ТАСС/. Бывший генсек НАТО Андерс Фог Расмуссен в четверг заявил, что Запад должен действовать. В 2021 году войска стягивались к границе.", Some(2022)),
];

#[test]
fn russian_office_holders_date_a_story() {
    let mut failures = Vec::new();
    for (why, text, want) in RUSSIAN_OFFICES {
        let d = dct::determine(&article(text), &DctOptions::default());
        let got = d.date.map(|d| chrono::Datelike::year(&d));
        if got != *want {
            failures.push(format!(
                "{why}: got {got:?} ({:.2}), want {want:?}: {}",
                d.confidence, d.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn russian_stories_look_further_back() {
    // The Russian gap prior (measured on NEREL's training texts): a lead weekday that
    // fits exactly seven years after the latest past year is likelier than a day-before
    // reading five years nearer it (the most probable year; whether it is sure enough to
    // answer alone is the scorer's threshold).
    let cases: &[(&str, Option<i32>)] = &[
        ("МОСКВА, 13 октября. /ТАСС/. Министры НАТО в среду обсудили ядерную политику. В 2014 году альянс приостановил сотрудничество с Россией.", Some(2021)),
        ("Брюссель. 9 июня. ИНТЕРФАКС - Глава МИД России в среду провел переговоры. В 2014 году отношения были заморожены.", Some(2021)),
    ];
    for (text, want) in cases {
        let dl = chronicle::dateline::find(text).expect("a dateline");
        let inf = dct::score::infer(&dct::score::Question {
            text,
            month: dl.month.expect("month"),
            day: dl.day.expect("day"),
            lead_from: dl.end,
            last_year: 2027,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 3),
            lang: chronicle::lang::Lang::Ru,
            ..Default::default()
        });
        let best = inf
            .posterior
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(y, _)| *y);
        assert_eq!(best, *want, "{}", inf.reason);
    }
}

/// Two articles of one run reporting the same event share their year: the story that
/// cannot tell takes the other's evidence. (why, the unsure story, its companion,
/// expected year of the first or None.)
const COMPANIONS: &[(&str, &str, &str, Option<i32>)] = &[
    (
        "Reuters takes the year of RIA's report of the same talks",
        "GENEVA, January 10 (Reuters) - Russia and the United States held talks in Geneva on Monday.",
        "ЖЕНЕВА, 10 янв — РИА Новости. Россия и США в понедельник провели переговоры в Женеве. В 2021 году президенты договорились о диалоге.",
        Some(2022),
    ),
    (
        "Interfax takes the year of an English report with a printed year",
        // (a meeting, not the summit: the summit's days would date it alone)
        "Вильнюс. 12 июля. ИНТЕРФАКС - Лидеры НАТО в среду завершили встречу.",
        "VILNIUS, July 12, 2023 (AP) - NATO leaders ended their meeting on Wednesday.",
        Some(2023),
    ),
    (
        "trap: another place is another event",
        "GENEVA, January 10 (Reuters) - Russia and the United States held talks in Geneva on Monday.",
        "ВЕНА, 10 янв — РИА Новости. Россия и США в понедельник провели переговоры в Вене. В 2021 году президенты договорились о диалоге.",
        None,
    ),
    (
        "trap: another weekday is another event",
        "GENEVA, January 10 (Reuters) - Russia and the United States held talks in Geneva on Tuesday.",
        "ЖЕНЕВА, 10 янв — РИА Новости. Россия и США в понедельник провели переговоры в Женеве. В 2021 году президенты договорились о диалоге.",
        None,
    ),
    (
        "trap: no actor in common",
        "GENEVA, January 10 (Reuters) - Iran and France held talks in Geneva on Monday.",
        "ЖЕНЕВА, 10 янв — РИА Новости. Россия и США в понедельник провели переговоры в Женеве. В 2021 году президенты договорились о диалоге.",
        None,
    ),
];

#[test]
fn a_report_of_the_same_event_lends_its_year() {
    let mut failures = Vec::new();
    for (why, unsure, companion, want) in COMPANIONS {
        let mut a = article(unsure);
        a.id = "a".into();
        let mut b = article(companion);
        b.id = "b".into();
        let dates = chronicle::run::companions::determine_all(&[a, b], &DctOptions::default());
        let got = dates[0].date.map(|d| chrono::Datelike::year(&d));
        let ok = match want {
            Some(_) => got == *want && dates[0].reason.contains("reports the same event"),
            None => {
                got.is_none()
                    || dates[0].confidence < dct::SURE_INFERENCE
                        && !dates[0].reason.contains("reports the same event")
            }
        };
        if !ok {
            failures.push(format!("{why}: got {got:?}, want {want:?}: {}", dates[0].reason));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Copies of one story (a syndicated wire under several ids, the same story reposted
/// with page chrome) are one telling: a copy lends nothing to its original, and a
/// companion lends once however many copies of it the run holds.
#[test]
fn copies_are_one_telling() {
    let stories = [
        "GENEVA, January 10 (Reuters) - Russia and the United States held talks in Geneva on Monday. \
         Officials said the talks would go on.",
        "VILNIUS, July 12 (AP) - NATO leaders ended their summit on Wednesday. Finland attended.",
        "HELSINKI, March 3 (dpa) - Finland and Sweden signed the accord on Tuesday. Talks began in 2014.",
    ];
    let chrome = "Home | World | Business\nShare on Facebook\n\n";
    for story in stories {
        let mut alone = article(story);
        alone.id = "a".into();
        let one =
            chronicle::run::companions::determine_all(std::slice::from_ref(&alone), &DctOptions::default());
        // the same story under other ids, exactly and with page chrome around it
        let mut run = vec![alone.clone()];
        for (n, text) in [story.to_string(), format!("{chrome}{story}\nRelated stories")]
            .into_iter()
            .enumerate()
        {
            let mut copy = article(&text);
            copy.id = format!("copy-{n}");
            run.push(copy);
        }
        let with_copies = chronicle::run::companions::determine_all(&run, &DctOptions::default());
        assert_eq!(
            with_copies[0].date, one[0].date,
            "{story}: {}",
            with_copies[0].reason
        );
        assert!(
            (with_copies[0].confidence - one[0].confidence).abs() < 1e-6,
            "{story}: copies raised the confidence {} -> {}: {}",
            one[0].confidence,
            with_copies[0].confidence,
            with_copies[0].reason
        );
        assert!(
            !with_copies[0].reason.contains("copy-"),
            "{}",
            with_copies[0].reason
        );
    }
    // A real companion still lends, once, whatever its copies.
    let (_, unsure, companion, want) = COMPANIONS[0];
    let mut run = vec![article(unsure)];
    run[0].id = "a".into();
    for n in 0..5 {
        let mut copy = article(companion);
        copy.id = format!("b{n}");
        run.push(copy);
    }
    let dates = chronicle::run::companions::determine_all(&run, &DctOptions::default());
    assert_eq!(
        dates[0].date.map(|d| chrono::Datelike::year(&d)),
        want,
        "{}",
        dates[0].reason
    );
    assert_eq!(
        dates[0].reason.matches("reports the same event").count(),
        1,
        "{}",
        dates[0].reason
    );
    assert!(dates[0].reason.contains("with 4 copies"), "{}", dates[0].reason);
}

#[test]
fn no_candidate_date_after_today() {
    use dct::score::{infer, Question};
    // December 10 was a Thursday in 2020 and is one in 2026; with "today" before
    // December 10, 2026 only 2020 is possible.
    let text = "BRUSSELS, December 10 (Reuters) - Ministers met on Thursday. The talks began in 2019.";
    let q = |today: &str| Question {
        text,
        month: 12,
        day: 10,
        lead_from: 30,
        last_year: 2027,
        today: chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").ok(),
        head: "dateline December 10".into(),
        ..Default::default()
    };
    assert_eq!(infer(&q("2026-12-03")).year, Some(2020));
    assert!(infer(&q("2026-12-03")).posterior.iter().all(|(y, _)| *y < 2026));
    assert!(infer(&q("2027-01-05")).posterior.iter().any(|(y, _)| *y == 2026));
}

/// The reader's evidence (what a careful reader uses to date a year-less wire): weekdays
/// told as past or as ahead, the latest past year as a bound, office terms, NATO's member
/// count, the agency's name by era, summits, council meetings, treaty milestones, "last
/// year" tied to a year. (why, text, expected date; `None`: no date, or a guess below
/// [`dct::SURE_INFERENCE`]). Each issue case stands beside others with other names and
/// dates.
const READER: &[(&str, &str, Option<&str>)] = &[
    // a weekday ahead is forward evidence, never the day's own weekday
    ("a meeting ahead", "VIENNA, June 8 (dpa) - The OSCE on Wednesday called for a meeting on Friday of its permanent council. NATO's 28 members have backed the call. The crisis began in 2014.", Some("2016-06-08")),
    ("talks ahead", "GENEVA, March 14 (AFP) - Diplomats on Tuesday called for new talks on Thursday, US Secretary of State Rex Tillerson said.", Some("2017-03-14")),
    ("postponed to Thursday", "GENEVA, Jan 10 (AFP) - Russian and US diplomats on Monday postponed to Thursday a second round of talks, US Secretary of State Antony Blinken said.", Some("2022-01-10")),
    // past perfect after "until" is history, not a plan
    ("until the crisis, had been held", "BRUSSELS, Nov 20 (AFP) - NATO ambassadors met on Wednesday. Until the 2014 crisis, meetings with Russian diplomats had been held every month.", None),
    ("until the war, had been held", "BRUSSELS, Jan 24 (Reuters) - NATO envoys met on Thursday, NATO Secretary General Anders Fogh Rasmussen said. Until the 2008 war in Georgia, such talks had been held every week.", Some("2013-01-24")),
    // summits
    ("summit opened in Madrid (2022)", "MADRID, June 28 (Reuters) - Turkey lifted its objections to Finland and Sweden joining the alliance as a NATO summit opened in Madrid on Tuesday.", Some("2022-06-28")),
    ("summit opened in Madrid (1997)", "MADRID, July 8 (Reuters) - Leaders invited three former Warsaw Pact countries to join the alliance as a NATO summit opened in Madrid on Tuesday.", Some("1997-07-08")),
    ("саммит в Вильнюсе", "Вильнюс. 12 июля. ИНТЕРФАКС - Саммит НАТО завершился в среду в Вильнюсе.", Some("2023-07-12")),
    ("summit in the host's capital", "BUCHAREST, April 3 (dpa) - NATO leaders meeting at a summit in the Romanian capital on Thursday promised Ukraine and Georgia eventual membership.", Some("2008-04-03")),
    // NATO-Russia Council meetings
    ("council met", "BRUSSELS, April 20 (Reuters) - The NATO-Russia Council met on Wednesday for the first time in nearly two years.", Some("2016-04-20")),
    ("Совет Россия – НАТО", "БРЮССЕЛЬ, 12 янв – РИА Новости. Заседание Совета Россия – НАТО прошло в среду в Брюсселе.", Some("2022-01-12")),
    ("a council that has not met", "BRUSSELS, Oct 5 (Reuters) - Diplomats said on Wednesday the NATO-Russia Council has not met for months.", None),
    // NATO's member count in any phrasing
    ("the 29 allies", "BRUSSELS, Feb 14 (Reuters) - Defence ministers of the 29 allies agreed on Wednesday to set up two new commands.", Some("2018-02-14")),
    ("all 30 allies", "BRUSSELS, Oct 21 (dpa) - All 30 allies backed a new plan on Thursday, NATO diplomats said.", Some("2021-10-21")),
    ("the 32-member alliance", "BRUSSELS, Oct 17 (AFP) - Defence ministers of the 32-member alliance met on Thursday.", Some("2024-10-17")),
    ("NATO's 26 nations", "BRUSSELS, Dec 7 (Reuters) - NATO's 26 nations agreed on Thursday to keep their troops in Afghanistan.", Some("2006-12-07")),
    ("28 стран-членов", "Брюссель. 24 июня. ИНТЕРФАКС - Министры иностранных дел 28 стран-членов НАТО во вторник обсудили ситуацию на Украине.", Some("2014-06-24")),
    ("28 members fit two years", "BRUSSELS, June 8 (Reuters) - NATO's 28 members agreed on Wednesday to keep their mission in Afghanistan.", None),
    // the agency's name by era
    ("ITAR-TASS", "MOSCOW, Nov 20 (ITAR-TASS) - President Vladimir Putin on Saturday called for closer ties with Asia.", Some("2004-11-20")),
    ("/ТАСС/", "МОСКВА, 27 ноября. /ТАСС/. Президент России Владимир Путин в субботу провел совещание.", Some("2021-11-27")),
    ("/ИТАР-ТАСС/", "МОСКВА, 3 декабря. /ИТАР-ТАСС/. Министр иностранных дел России Сергей Лавров во вторник провел переговоры.", Some("2013-12-03")),
    ("RIA Novosti in English", "MOSCOW, Dec 3 (RIA Novosti) - President Vladimir Putin said on Friday Russia was ready to work with the winner.", Some("2004-12-03")),
    ("Sputnik", "MOSCOW, Dec 10 (Sputnik) - President Vladimir Putin said on Friday Russia wanted legal guarantees.", Some("2021-12-10")),
    ("TASS fits two years", "МОСКВА, 18 сентября. /ТАСС/. Министерство обороны России в среду сообщило о завершении учений.", None),
    // treaty milestones
    ("the INF treaty ended", "MOSCOW, Aug 2 (Reuters) - The INF treaty formally ended on Friday, and both sides blamed each other.", Some("2019-08-02")),
    ("after the CFE withdrawal", "MOSCOW, March 12 (Reuters) - Russia's Defence Ministry said on Tuesday it had moved new units west. Russia withdrew from the CFE treaty, which capped such deployments.", Some("2024-03-12")),
    ("после выхода из РСМД", "МОСКВА, 13 ноя – РИА Новости. Российский дипломат в субботу заявил, что после выхода США из договора о РСМД риски в Европе выросли.", Some("2021-11-13")),
    // "last year" tied to a year
    ("прошлого года, после событий 2014 года", "МОСКВА, 18 марта. /ТАСС/. Россия в среду напомнила, что в марте прошлого года, после событий 2014 года, контакты с альянсом были заморожены.", Some("2015-03-18")),
    ("last year, in 2014", "KIEV, March 18 (Reuters) - Ukraine's parliament said on Wednesday it would not recognise the vote held in Crimea last year, in 2014.", Some("2015-03-18")),
    // an office term is a hard bound, and inside it the weekday decides
    ("envoy's term and Wednesday", "БРЮССЕЛЬ, 12 ноя – РИА Новости. Постоянный представитель России при НАТО Дмитрий Рогозин заявил журналистам в среду, что Москва ждет ответа.", Some("2008-11-12")),
    ("envoy's term and Thursday", "БРЮССЕЛЬ, 3 дек – РИА Новости. Постпред России при НАТО Дмитрий Рогозин в четверг заявил журналистам, что диалог продолжится.", Some("2009-12-03")),
    ("ambassador to NATO", "BRUSSELS, Nov 12 (Reuters) - Russia's ambassador to NATO Dmitry Rogozin told reporters on Wednesday that Moscow awaited an answer.", Some("2008-11-12")),
];

#[test]
fn a_reader_s_evidence() {
    let mut failures = Vec::new();
    for (why, text, want) in READER {
        let d = dct::determine(&article(text), &DctOptions::default());
        let got = d.date.map(|d| d.to_string());
        let ok = match want {
            Some(w) => got.as_deref() == Some(*w) && d.source == DctSource::Inferred,
            None => got.is_none() || d.confidence < dct::SURE_INFERENCE,
        };
        if !ok {
            failures.push(format!(
                "{why}: got {got:?} ({:.2}), want {want:?}: {}",
                d.confidence, d.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The latest past year bounds the year from below; it does not pull the answer to
/// itself when the lead's weekday does not fit it. (text, the bound's year, which must
/// not be the answer.)
const NOT_THE_BOUND: &[(&str, i32)] = &[
    ("MOSCOW, Oct 5 (Interfax) - Russia's foreign ministry said in a statement on Wednesday that it saw no point in new talks. Russia left the talks in 2009.", 2009),
    ("KYIV, March 2 (UNIAN) - The defence ministry said on Thursday that the front was quiet. Russian forces withdrew from the area in 2018.", 2018),
    ("МОСКВА, 5 окт – РИА Новости. МИД России в среду заявил, что не видит смысла в новых переговорах. Россия вышла из переговоров в 2009 году.", 2009),
];

#[test]
fn the_latest_past_year_is_a_bound_not_a_pull() {
    for (text, bound) in NOT_THE_BOUND {
        let d = dct::determine(&article(text), &DctOptions::default());
        let year = d.date.map(|d| chrono::Datelike::year(&d));
        assert_ne!(year, Some(*bound), "{text}: {}", d.reason);
        assert!(year.is_none_or(|y| y > *bound), "{text}: {}", d.reason);
    }
}

#[test]
fn development_wires_meet_the_bar() {
    // year-less wires in the agencies' styles, written for this test with their gold;
    // the lead's weekday fits two or more years of the last 25 in each
    let gold = chronicle::eval::dct::load(std::path::Path::new("tests/data/dct/wires.jsonl")).expect("wires");
    assert!(gold.len() >= 40);
    assert!(gold.iter().filter(|g| g.truth.is_none()).count() >= 8);
    let report = chronicle::eval::dct::evaluate(&gold);
    let shown = chronicle::eval::dct::render(&report, true);
    // measured: 48 of 48 right (the floor leaves one miss)
    assert!(report.total.right + 1 >= report.total.articles, "{shown}");
    let sure = report
        .calibration
        .iter()
        .find(|c| c.at_least >= 0.8)
        .expect("0.8 row");
    assert_eq!(sure.wrong, 0, "{shown}");
}
