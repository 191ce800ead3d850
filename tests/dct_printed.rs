//! The dates a page prints about itself, as a reader finds them: dates in addresses of
//! every common shape (and look-alikes refused), date lines inside page chrome, photo
//! captions that agree with the story, Russian date lines in every spelling, Ukrainian
//! month words refused with the reason. Table-driven: (why, input, expected).

use chronicle::dct::address::{read, AddressDate};
use chronicle::dct::{self, DctOptions};
use chronicle::input::article::Article;
use chrono::NaiveDate;

fn article(text: &str) -> Article {
    Article {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
}

/// (why, address, today, expected date or "refused" or "-" for nothing date-like).
const ADDRESSES: &[(&str, &str, &str, &str)] = &[
    (
        "month name",
        "https://www.theguardian.com/world/2011/sep/14/nato-libya",
        "2020-01-01",
        "2011-09-14",
    ),
    (
        "full month name",
        "https://example.com/2016/july/08/warsaw-summit",
        "2020-01-01",
        "2016-07-08",
    ),
    (
        "month name, capitals",
        "https://example.com/news/2019/Jun/26/ministers",
        "2020-01-01",
        "2019-06-26",
    ),
    (
        "compact segment",
        "https://ria.ru/20130514/nato.html",
        "2020-01-01",
        "2013-05-14",
    ),
    (
        "compact, another day",
        "https://example.org/news/20080812/georgia",
        "2020-01-01",
        "2008-08-12",
    ),
    (
        "date at the head of a long id",
        "https://ria.ru/politics/201305141038331555-nato/",
        "2020-01-01",
        "2013-05-14",
    ),
    (
        "long id with seconds",
        "https://example.ru/202203021815-nato-summit",
        "2023-01-01",
        "2022-03-02",
    ),
    (
        "query parameter",
        "https://example.com/archive?date=2019-06-26&page=2",
        "2020-01-01",
        "2019-06-26",
    ),
    (
        "compact query parameter",
        "https://example.com/list?d=20210614",
        "2022-01-01",
        "2021-06-14",
    ),
    (
        "underscores",
        "https://cdn.example.com/img/nato_20190626_summit.jpg",
        "2020-01-01",
        "2019-06-26",
    ),
    (
        "slashes",
        "https://example.com/world/2021/10/18/nato-russia",
        "2022-01-01",
        "2021-10-18",
    ),
    (
        "hyphens in a slug",
        "https://example.net/p/mission-2021-10-18-live",
        "2022-01-01",
        "2021-10-18",
    ),
    ("file name", "interfax_20091204.txt", "2020-01-01", "2009-12-04"),
    (
        "trap: a day the calendar lacks",
        "https://example.com/20190231/x.html",
        "2020-01-01",
        "-",
    ),
    (
        "trap: month 13 in a path",
        "https://example.com/2021/13/40/",
        "2022-01-01",
        "-",
    ),
    (
        "trap: after today",
        "https://example.com/2024/05/01/plan",
        "2023-01-01",
        "refused",
    ),
    (
        "trap: before the web",
        "https://example.com/archive/1985/11/19/summit",
        "2020-01-01",
        "refused",
    ),
    (
        "trap: a phone number",
        "https://example.com/contacts/+20190626123",
        "2020-01-01",
        "refused",
    ),
    ("trap: a tel: link", "tel:+74952019062", "2020-01-01", "refused"),
    (
        "trap: a ten-digit id",
        "https://example.com/news/2019062612",
        "2020-01-01",
        "refused",
    ),
    (
        "trap: an id whose tail is no time",
        "https://example.com/n/20190626987654",
        "2020-01-01",
        "refused",
    ),
    (
        "trap: an ordinary article id",
        "https://tass.ru/politika/12345678",
        "2020-01-01",
        "-",
    ),
    (
        "trap: a year alone",
        "https://example.com/story-2021.html",
        "2022-01-01",
        "-",
    ),
    (
        "trap: a month name that is no month",
        "https://example.com/2011/foo/14/",
        "2020-01-01",
        "-",
    ),
];

#[test]
fn dates_in_addresses() {
    let mut failures = Vec::new();
    for (why, address, today, want) in ADDRESSES {
        let got = match read(address, day(today)) {
            Some(AddressDate::Date(d)) => d.to_string(),
            Some(AddressDate::Refused(_)) => "refused".into(),
            None => "-".into(),
        };
        if got != *want {
            failures.push(format!("{why}: {address}: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_refused_address_says_why() {
    let Some(AddressDate::Refused(why)) = read("https://example.com/n/20190626987654", day("2020-01-01"))
    else {
        panic!("refused");
    };
    assert!(why.contains("time of day"), "{why}");
    let mut a = article("Story without a printed date.\n\nThe ministers met.");
    a.url = Some("https://example.com/news/2019062612".into());
    let d = dct::determine(&a, &DctOptions::default());
    assert_eq!(d.date, None);
    assert!(d.reason.contains("numeric id"), "{}", d.reason);
}

/// Menus, `n` of them, as a 1990s news site printed them above a story.
fn menus(n: usize) -> String {
    let items = [
        "MAIN PAGE",
        "WORLD",
        "U.S.",
        "WEATHER",
        "BUSINESS",
        "SPORTS",
        "SHOWBIZ",
        "POLITICS",
    ];
    (0..n).map(|i| format!("{}\n", items[i % items.len()])).collect()
}

/// (why, page text, expected date or None).
fn chrome_pages() -> Vec<(&'static str, String, Option<&'static str>)> {
    vec![
        (
            "a 'Web posted' date line below menus and a related list, above the dateline",
            format!(
                "{}Related stories:\nNATO envoys meet in Brussels - May 28, 1998\nYeltsin names new team - May 30, 1998\n\n\
                 June 2, 1998\nWeb posted at: 9:12 p.m. EDT (0112 GMT)\n\n\
                 MOSCOW (CNN) -- Russia's parliament on Tuesday debated the treaty that would set new rules for \
                 relations with the alliance, and deputies said the vote could come within weeks.\n",
                menus(24)
            ),
            Some("1998-06-02"),
        ),
        (
            "the same, another day and city, the date and time on one line",
            format!(
                "{}More stories:\nTalks stall in Vienna - March 1, 1999\n\n\
                 March 12, 1999 / Web posted at: 3:40 p.m. EST (2040 GMT)\n\n\
                 PRAGUE (CNN) -- Three former Warsaw Pact countries joined the alliance on Friday at a ceremony \
                 in Independence, Missouri, as foreign ministers handed over the documents.\n",
                menus(30)
            ),
            Some("1999-03-12"),
        ),
        (
            "trap: a list of other headlines with time stamps, the story's own date unprinted",
            format!(
                "{}Latest news:\nAllies agree on budget 10:05 May 3, 2021\nMinisters meet in Rome 09:40 May 3, 2021\n\n\
                 Diplomats said on Tuesday that the meeting had been postponed again, without giving a reason \
                 or a new date for the talks.\n",
                menus(4)
            ),
            None,
        ),
        (
            "a photo caption's full date agreeing with the story's weekday",
            "Belarus opposition rally\n\n\
             The opposition said on Tuesday that thousands had joined the march in the capital, and that the \
             police had detained dozens of people near the main square.\n\
             Protesters march in Minsk, Belarus, Tuesday, May 4, 2021. (AP Photo/Staff)\n\
             Officials did not comment on the numbers.\n"
                .to_string(),
            Some("2021-05-04"),
        ),
        (
            "trap: a caption whose weekday the story does not name",
            "Belarus opposition rally\n\n\
             The opposition said on Friday that thousands had joined the march in the capital, and that the \
             police had detained dozens of people near the main square.\n\
             Protesters march in Minsk, Belarus, Tuesday, May 4, 2021. (AP Photo/Staff)\n\
             Officials did not comment on the numbers.\n"
                .to_string(),
            None,
        ),
        (
            "Russian: a date line under a weather and currency widget",
            "Главная\nПолитика\nМосква +18°C\nUSD 64,52 EUR 72,41\nГенсек НАТО пообещал ответ\n18:10 14 июня 2019\n\n\
             Генеральный секретарь НАТО заявил, что альянс подготовит ответ.\n"
                .to_string(),
            Some("2019-06-14"),
        ),
        (
            "Russian: a date glued to the headline",
            "Мир\nБизнес\nЛавров ответил на заявление альянса12 ноября 2014.\nМинистр иностранных дел России заявил, что Москва ответит.\n"
                .to_string(),
            Some("2014-11-12"),
        ),
        (
            "Russian: month first, abbreviated, time before",
            "Новости\nЭфир\n09:41 Фев. 11, 2021\nМосква ответила на решение о высылке дипломатов\n".to_string(),
            Some("2021-02-11"),
        ),
        (
            "Russian: an abbreviated month with its period, time after",
            "Политика\nСаммит завершился\n5 янв. 2017, 18:30\nЛидеры стран договорились.\n".to_string(),
            Some("2017-01-05"),
        ),
        (
            "Russian: the year word and a time after",
            "Политика\nДоговор подписан\n18 марта 2014 г., 16:05\nДокумент направлен на ратификацию.\n".to_string(),
            Some("2014-03-18"),
        ),
        (
            "Russian: a photo credit agreeing with a Sputnik dateline",
            "Новости\nКонсультации в Женеве\n© Sputnik / Алан Цхурбаев\n1920, 15.09.2022\n\
             ЦХИНВАЛ, 15 сен – Sputnik. Делегации провели очередной раунд консультаций в Женеве.\n"
                .to_string(),
            Some("2022-09-15"),
        ),
        (
            "Russian: a Ukrainian site date refused for the story's own date",
            "Новини\nСереда, 14 квітня 2021\nКулеба обсудил ситуацию на границе\n15 апреля 2021, 14:20\n\
             Министр иностранных дел Украины обсудил ситуацию у границ.\n"
                .to_string(),
            Some("2021-04-15"),
        ),
        (
            "a headerless list of other headlines with times above the story's own",
            "Главная\nДругой заголовок о бюджете\n14:20 13 июня 2019\nЕще один заголовок\n12:05 12 июня 2019\n\
             Генсек НАТО пообещал ответ\n18:10 14 июня 2019\n\
             БРЮССЕЛЬ, 14 июн — РИА Новости. Генеральный секретарь НАТО заявил, что альянс подготовит ответ на \
             размещение новых ракет, если договор не удастся сохранить.\n"
                .to_string(),
            Some("2019-06-14"),
        ),
        (
            "Russian: a list of other headlines with times stays refused",
            "Новости по теме\n11 августа 2008, 18:00\nВ Гори продолжаются бои\n10 августа 2008, 09:30\nСовбез ООН не принял заявление\n"
                .to_string(),
            None,
        ),
    ]
}

#[test]
fn dates_inside_page_chrome() {
    let mut failures = Vec::new();
    for (why, text, want) in chrome_pages() {
        let d = dct::determine(&article(&text), &DctOptions::default());
        let got = d.date.map(|d| d.to_string());
        if got.as_deref() != want {
            failures.push(format!(
                "{why}: got {got:?} ({:.2}), want {want:?}: {}",
                d.confidence, d.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_ukrainian_month_is_refused_with_its_reason() {
    let text = "Новини\nСереда, 14 квітня 2021\nКулеба обсудил ситуацию\n15 апреля 2021, 14:20\nТекст.\n";
    let d = dct::determine(&article(text), &DctOptions::default());
    assert!(d.reason.contains("Ukrainian month word"), "{}", d.reason);
    // alone, it is the page's date, at low confidence
    let alone = "Новини\nВ Киеве обсудили отношения с альянсом\n22 травня 2019, 10:15\nТекст.\n";
    let d = dct::determine(&article(alone), &DctOptions::default());
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2019-05-22"));
    assert!(d.confidence < 0.8, "{}", d.confidence);
}

#[test]
fn no_input_panics_on_cyrillic_edges() {
    for text in [
        "альянса3 марта",
        "3 марта 2020г",
        "Фев.",
        "15 квітня",
        "ё1 мая 2020",
        "\u{a0}14\u{a0}июня\u{a0}2019",
        "а1920, 15.09.2022 ©",
        "31 февраля 2020 г., 25:99",
    ] {
        let _ = dct::determine(&article(text), &DctOptions::default());
    }
}

#[test]
fn the_russian_page_set_is_dated_right() {
    let gold = chronicle::eval::dct::load(std::path::Path::new("tests/data/dct/pages-ru.jsonl"))
        .expect("Russian pages");
    assert!(gold.len() >= 15);
    let report = chronicle::eval::dct::evaluate(&gold);
    let text = chronicle::eval::dct::render(&report, true);
    assert_eq!(report.total.right, report.total.articles, "{text}");
}
