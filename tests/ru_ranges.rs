//! Russian ranges as TIMEX3 says (issue 15, item 3): a range written in one Russian
//! expression ("с 9 по 11 июля", "с марта по май", "2008–2009 годах", "1 и 2 декабря")
//! keeps its one span (NEREL marks it so) and its start's value, and carries both ends'
//! values in `range`; the end is read in the start's frame, so a range of months with no
//! year crosses a new year forward ("с ноября по февраль"). A range the tagger finds as
//! two expressions ("с понедельника по среду") links them as English does. An event dated
//! by a range spans it, as an English one does (`tests/event_ranges.rs`).

mod common;

use chronicle::lang::ru::timex::extract;
use chrono::NaiveDate;

/// (document date, text, the expression's text, its value, its range as `start/end` or
/// "" for none). One expression a row.
const TIMEXES: &[(&str, &str, &str, &str, &str)] = &[
    // days of one month: "с … по", "с … до", a dash, "и"
    (
        "2024-07-12",
        "Саммит прошел с 9 по 11 июля.",
        "9 по 11 июля",
        "2024-07-09",
        "2024-07-09/2024-07-11",
    ),
    (
        "2024-06-20",
        "Конференция пройдет с 9 до 11 июля.",
        "9 до 11 июля",
        "2024-07-09",
        "2024-07-09/2024-07-11",
    ),
    (
        "2024-07-01",
        "Переговоры пройдут 9-11 июля.",
        "9-11 июля",
        "2024-07-09",
        "2024-07-09/2024-07-11",
    ),
    (
        "2022-10-01",
        "Визит запланирован на 20-22 октября.",
        "20-22 октября",
        "2022-10-20",
        "2022-10-20/2022-10-22",
    ),
    (
        "2009-12-04",
        "Встречи прошли 1 и 2 декабря.",
        "1 и 2 декабря",
        "2009-12-01",
        "2009-12-01/2009-12-02",
    ),
    (
        "2023-04-05",
        "Забастовка продолжалась с 1 по 3 апреля.",
        "1 по 3 апреля",
        "2023-04-01",
        "2023-04-01/2023-04-03",
    ),
    (
        "2025-02-20",
        "Сессия пройдет с 3 по 7 марта.",
        "3 по 7 марта",
        "2025-03-03",
        "2025-03-03/2025-03-07",
    ),
    (
        "2013-02-01",
        "Сессия парламента продлится с 4 по 8 февраля.",
        "4 по 8 февраля",
        "2013-02-04",
        "2013-02-04/2013-02-08",
    ),
    (
        "2023-05-30",
        "Встреча министров пройдет с 1 по 2 июня.",
        "1 по 2 июня",
        "2023-06-01",
        "2023-06-01/2023-06-02",
    ),
    // with the year written after the end, as a number or relative to the document's
    (
        "2024-07-12",
        "Учения пройдут с 5 по 12 мая следующего года.",
        "5 по 12 мая следующего года",
        "2025-05-05",
        "2025-05-05/2025-05-12",
    ),
    (
        "2024-10-01",
        "Учения прошли с 5 по 12 сентября этого года.",
        "5 по 12 сентября этого года",
        "2024-09-05",
        "2024-09-05/2024-09-12",
    ),
    (
        "2019-08-10",
        "Фестиваль прошел с 25 по 28 июля 2019 года.",
        "25 по 28 июля 2019 года",
        "2019-07-25",
        "2019-07-25/2019-07-28",
    ),
    (
        "2010-09-01",
        "Перемирие действовало с 1 по 15 августа 2008 года.",
        "1 по 15 августа 2008 года",
        "2008-08-01",
        "2008-08-01/2008-08-15",
    ),
    (
        "2021-08-30",
        "Форум пройдет 14-16 сентября 2021 года.",
        "14-16 сентября 2021 года",
        "2021-09-14",
        "2021-09-14/2021-09-16",
    ),
    (
        "2018-07-12",
        "Саммит прошел 10–11 июля 2018 года в Брюсселе.",
        "10–11 июля 2018 года",
        "2018-07-10",
        "2018-07-10/2018-07-11",
    ),
    // two dates of different months
    (
        "2019-06-01",
        "Переговоры шли с 16 апреля по 19 мая 2019 года.",
        "16 апреля по 19 мая 2019 года",
        "2019-04-16",
        "2019-04-16/2019-05-19",
    ),
    (
        "2024-01-15",
        "Олимпиада пройдет с 26 июля по 11 августа 2024 года.",
        "26 июля по 11 августа 2024 года",
        "2024-07-26",
        "2024-07-26/2024-08-11",
    ),
    (
        "2024-01-10",
        "Каникулы длились с 30 декабря по 2 января.",
        "30 декабря по 2 января",
        "2023-12-30",
        "2023-12-30/2024-01-02",
    ),
    // months: the end after the start, across a new year when its month is earlier
    (
        "2024-07-12",
        "Учения шли с марта по май.",
        "марта по май",
        "2024-03",
        "2024-03/2024-05",
    ),
    (
        "2015-05-01",
        "С января по март 2015 года ВВП снизился.",
        "января по март 2015 года",
        "2015-01",
        "2015-01/2015-03",
    ),
    (
        "2024-07-12",
        "Учения пройдут с ноября по февраль.",
        "ноября по февраль",
        "2024-11",
        "2024-11/2025-02",
    ),
    (
        "2024-03-15",
        "Отопительный сезон длился с ноября по февраль.",
        "ноября по февраль",
        "2023-11",
        "2023-11/2024-02",
    ),
    (
        "2024-05-01",
        "Мораторий действовал с декабря 2023 года по февраль.",
        "декабря 2023 года по февраль",
        "2023-12",
        "2023-12/2024-02",
    ),
    // the year written after the end is the end's: the start is the year before
    (
        "2021-01-01",
        "Мораторий действовал с ноября по февраль 2020 года.",
        "ноября по февраль 2020 года",
        "2019-11",
        "2019-11/2020-02",
    ),
    (
        "2011-12-20",
        "Выборы прошли в ноябре-декабре.",
        "ноябре-декабре",
        "2011-11",
        "2011-11/2011-12",
    ),
    (
        "2020-03-01",
        "Переговоры шли в сентябре-октябре прошлого года.",
        "сентябре-октябре прошлого года",
        "2019-09",
        "2019-09/2019-10",
    ),
    // years
    (
        "2015-03-04",
        "Выставка работала с 2008 по 2012 год.",
        "2008 по 2012 год",
        "2008",
        "2008/2012",
    ),
    (
        "2006-01-01",
        "Реформа шла с 2003 по 2005 годы.",
        "2003 по 2005 годы",
        "2003",
        "2003/2005",
    ),
    (
        "2014-05-05",
        "Программа действовала в 2008–2009 годах.",
        "2008–2009 годах",
        "2008",
        "2008/2009",
    ),
    (
        "2009-12-04",
        "Работа велась в 2008-2009 гг.",
        "2008-2009 гг",
        "2008",
        "2008/2009",
    ),
    (
        "2005-01-10",
        "В 1998-99 годах экономика падала.",
        "1998-99 годах",
        "1998",
        "1998/1999",
    ),
    (
        "2017-04-04",
        "В 2014–2016 годах санкции расширялись.",
        "2014–2016 годах",
        "2014",
        "2014/2016",
    ),
    (
        "2020-05-09",
        "В 1941-1945 годах страна воевала.",
        "1941-1945 годах",
        "1941",
        "1941/1945",
    ),
    (
        "2016-11-20",
        "В 2012–2013 гг. рост замедлился.",
        "2012–2013 гг",
        "2012",
        "2012/2013",
    ),
    // bounds after "между"
    (
        "2024-07-12",
        "Цены росли между 2014 и 2022 годами.",
        "2014 и 2022 годами",
        "2014",
        "2014/2022",
    ),
    (
        "2024-07-12",
        "Встреча прошла между 9 и 11 июля.",
        "9 и 11 июля",
        "2024-07-09",
        "2024-07-09/2024-07-11",
    ),
    // two years in a row joined by "и" are a stretch, as two days are
    (
        "2015-02-02",
        "Бекхэм выступал за «Милан» в 2009 и 2010 годах.",
        "2009 и 2010 годах",
        "2009",
        "2009/2010",
    ),
    // months: two in a row joined by "и" are a stretch, as two days are
    (
        "2024-07-12",
        "Выставка работала в июле и августе 2019 года.",
        "июле и августе 2019 года",
        "2019-07",
        "2019-07/2019-08",
    ),
    (
        "2024-07-12",
        "Рост продолжался в ноябре-декабре 2019 года.",
        "ноябре-декабре 2019 года",
        "2019-11",
        "2019-11/2019-12",
    ),
    // no range: a single date, a start of a state, a backwards range, decades
    (
        "2024-07-12",
        "Лавров прилетел 9 июля.",
        "9 июля",
        "2024-07-09",
        "",
    ),
    (
        "2024-07-12",
        "Переговоры ведутся с 2010 года.",
        "2010 года",
        "2010",
        "",
    ),
    (
        "2024-07-12",
        "Учения шли с 11 по 9 июня.",
        "11 по 9 июня",
        "2024-06-11",
        "",
    ),
    (
        "2019-12-03",
        "В 1980-1990-х годах всё изменилось.",
        "1980-1990-х годах",
        "1980",
        "",
    ),
];

#[test]
fn russian_ranges_carry_both_ends() {
    let mut failures = Vec::new();
    for &(dct, text, span, value, range) in TIMEXES {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got: Vec<[String; 3]> = extract(text, dct)
            .into_iter()
            .map(|t| {
                let range = t
                    .range
                    .map(|r| format!("{}/{}", r.start, r.end))
                    .unwrap_or_default();
                [t.text, t.value, range]
            })
            .collect();
        let want = vec![[span, value, range].map(String::from)];
        if got != want {
            failures.push(format!("{text} (DCT {dct:?})\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, value) of each expression, in text order.
type Listed = &'static [(&'static str, &'static str)];

/// (document date, text, its expressions): days or months listed with "и", "или" or
/// commas that are no stretch are one expression each, the first ones taking the month
/// and year written after the last ("9 и 11 июля" is the 9th and the 11th, not 9–11),
/// and none carries a range.
const LISTS: &[(&str, &str, Listed)] = &[
    (
        "2024-07-12",
        "Встречи прошли 9 и 11 июля.",
        &[("9", "2024-07-09"), ("11 июля", "2024-07-11")],
    ),
    (
        "2024-07-12",
        "Министры встречались 9, 10 и 11 июля.",
        &[
            ("9", "2024-07-09"),
            ("10", "2024-07-10"),
            ("11 июля", "2024-07-11"),
        ],
    ),
    (
        "2024-07-12",
        "Выборы пройдут 3 или 4 марта 2025 года.",
        &[("3", "2025-03-03"), ("4 марта 2025 года", "2025-03-04")],
    ),
    (
        "2019-11-20",
        "Матчи пройдут 5 и 19 декабря.",
        &[("5", "2019-12-05"), ("19 декабря", "2019-12-19")],
    ),
    (
        "2016-05-03",
        "Заседания прошли 12 и 26 апреля прошлого года.",
        &[("12", "2015-04-12"), ("26 апреля прошлого года", "2015-04-26")],
    ),
    (
        "2024-07-12",
        "Встречи прошли в июле и сентябре 2019 года.",
        &[("июле", "2019-07"), ("сентябре 2019 года", "2019-09")],
    ),
    (
        "2024-07-12",
        "Встречи прошли в июле, августе и октябре 2019 года.",
        &[
            ("июле", "2019-07"),
            ("августе", "2019-08"),
            ("октябре 2019 года", "2019-10"),
        ],
    ),
    (
        "2024-07-12",
        "Выборы прошли в 2009 и 2012 годах.",
        &[("2009", "2009"), ("2012 годах", "2012")],
    ),
    (
        "2015-02-02",
        "Турнир проводился в 2008, 2009 и 2010 годах.",
        &[("2008", "2008"), ("2009", "2009"), ("2010 годах", "2010")],
    ),
];

#[test]
fn listed_dates_are_one_expression_each() {
    let mut failures = Vec::new();
    for &(dct, text, want) in LISTS {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got: Vec<[String; 3]> = extract(text, dct)
            .into_iter()
            .map(|t| [t.text, t.value, format!("{:?}", t.range)])
            .collect();
        let want: Vec<[String; 3]> = want
            .iter()
            .map(|&(t, v)| [t.to_string(), v.to_string(), "None".to_string()])
            .collect();
        if got != want {
            failures.push(format!("{text} (DCT {dct:?})\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The two ends of a range written as two expressions: (text, value) each.
type Ends = [(&'static str, &'static str); 2];

/// (document date, text, the two expressions' (text, value), their range or "" for none):
/// a range the tagger finds as two expressions, linked English style, both ends carrying
/// it.
const PAIRS: &[(&str, &str, Ends, &str)] = &[
    (
        "2024-07-12",
        "Учения прошли с понедельника по среду.",
        [("понедельника", "2024-07-08"), ("среду", "2024-07-10")],
        "2024-07-08/2024-07-10",
    ),
    (
        "2024-07-12",
        "Переговоры пройдут с понедельника по среду.",
        [("понедельника", "2024-07-15"), ("среду", "2024-07-17")],
        "2024-07-15/2024-07-17",
    ),
    (
        "2024-07-12",
        "Рост шел с середины марта по конец апреля.",
        [("середины марта", "2024-03"), ("конец апреля", "2024-04")],
        "2024-03/2024-04",
    ),
    (
        "2023-09-01",
        "Делегация работала в Женеве 30 августа – 1 сентября.",
        [("30 августа", "2023-08-30"), ("1 сентября", "2023-09-01")],
        "2023-08-30/2023-09-01",
    ),
    (
        "2020-01-01",
        "Проект шел с 2006 до конца 2007 года.",
        [("2006", "2006"), ("конца 2007 года", "2007")],
        "2006/2007",
    ),
    // a dash opening a line is a list's, not a range's
    (
        "2024-07-12",
        "Главное: 30 июня\n– 2 июля министры встретились.",
        [("30 июня", "2024-06-30"), ("2 июля", "2024-07-02")],
        "",
    ),
];

#[test]
fn ranges_written_as_two_expressions_are_linked() {
    let mut failures = Vec::new();
    for &(dct, text, ends, range) in PAIRS {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got: Vec<[String; 3]> = extract(text, dct)
            .into_iter()
            .map(|t| {
                let range = t
                    .range
                    .map(|r| format!("{}/{}", r.start, r.end))
                    .unwrap_or_default();
                [t.text, t.value, range]
            })
            .collect();
        let want: Vec<[String; 3]> = ends
            .iter()
            .map(|&(t, v)| [t, v, range].map(String::from))
            .collect();
        if got != want {
            failures.push(format!("{text} (DCT {dct:?})\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One expected event: trigger, date, start, end (exclusive), time text, status.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// (document date, text, the events expected, in text order).
const EVENTS: &[(&str, &str, &[Row])] = &[
    (
        "2024-07-12",
        "Саммит прошел с 9 по 11 июля.",
        &[(
            "Саммит",
            "2024-07-09/2024-07-11",
            "2024-07-09",
            "2024-07-12",
            "9 по 11 июля",
            "occurred",
        )],
    ),
    (
        "2024-03-15",
        "Учения шли с ноября по февраль.",
        &[(
            "Учения",
            "2023-11/2024-02",
            "2023-11-01",
            "2024-03-01",
            "ноября по февраль",
            "occurred",
        )],
    ),
    (
        "2024-07-12",
        "Учения пройдут с ноября по февраль.",
        &[(
            "Учения",
            "2024-11/2025-02",
            "2024-11-01",
            "2025-03-01",
            "ноября по февраль",
            "scheduled",
        )],
    ),
    (
        "2021-08-30",
        "Саммит НАТО пройдет 14-16 сентября 2021 года.",
        &[(
            "Саммит",
            "2021-09-14/2021-09-16",
            "2021-09-14",
            "2021-09-17",
            "14-16 сентября 2021 года",
            "scheduled",
        )],
    ),
    (
        "2009-12-04",
        "Министры встретились 1 и 2 декабря.",
        &[(
            "встретились",
            "2009-12-01/2009-12-02",
            "2009-12-01",
            "2009-12-03",
            "1 и 2 декабря",
            "occurred",
        )],
    ),
    (
        "2015-03-04",
        "Переговоры шли с 2008 по 2012 год.",
        &[(
            "Переговоры",
            "2008/2012",
            "2008-01-01",
            "2013-01-01",
            "2008 по 2012 год",
            "occurred",
        )],
    ),
    (
        "2019-06-01",
        "Переговоры шли с 16 апреля по 19 мая 2019 года.",
        &[(
            "Переговоры",
            "2019-04-16/2019-05-19",
            "2019-04-16",
            "2019-05-20",
            "16 апреля по 19 мая 2019 года",
            "occurred",
        )],
    ),
    // a range written as two expressions: one event over the words from end to end
    (
        "2024-07-12",
        "Переговоры пройдут с понедельника по среду.",
        &[(
            "Переговоры",
            "2024-07-15/2024-07-17",
            "2024-07-15",
            "2024-07-18",
            "понедельника по среду",
            "scheduled",
        )],
    ),
    // listed dates: an event on each
    (
        "2024-07-12",
        "Встречи прошли 9 и 11 июля.",
        &[
            (
                "Встречи",
                "2024-07-09",
                "2024-07-09",
                "2024-07-10",
                "9",
                "occurred",
            ),
            (
                "Встречи",
                "2024-07-11",
                "2024-07-11",
                "2024-07-12",
                "11 июля",
                "occurred",
            ),
        ],
    ),
    (
        "2024-07-12",
        "Выборы прошли в 2009 и 2012 годах.",
        &[
            ("Выборы", "2009", "2009-01-01", "2010-01-01", "2009", "occurred"),
            (
                "Выборы",
                "2012",
                "2012-01-01",
                "2013-01-01",
                "2012 годах",
                "occurred",
            ),
        ],
    ),
    (
        "2024-07-12",
        "Министры встретились в июле и сентябре 2019 года.",
        &[
            (
                "встретились",
                "2019-07",
                "2019-07-01",
                "2019-08-01",
                "июле",
                "occurred",
            ),
            (
                "встретились",
                "2019-09",
                "2019-09-01",
                "2019-10-01",
                "сентябре 2019 года",
                "occurred",
            ),
        ],
    ),
    // a single date stays a single day
    (
        "2024-07-12",
        "Лавров посетил Брюссель 9 июля.",
        &[(
            "посетил",
            "2024-07-09",
            "2024-07-09",
            "2024-07-10",
            "9 июля",
            "occurred",
        )],
    ),
];

#[test]
fn russian_events_span_their_ranges() {
    let mut failures = Vec::new();
    for &(dct, text, want) in EVENTS {
        let got: Vec<[String; 6]> = common::events(dct, text, &["--lang", "ru"])
            .iter()
            .map(|e| {
                ["trigger", "date", "start", "end", "time_text", "status"]
                    .map(|f| e[f].as_str().unwrap_or_default().to_string())
            })
            .collect();
        let want: Vec<[String; 6]> = want
            .iter()
            .map(|r| [r.0, r.1, r.2, r.3, r.4, r.5].map(String::from))
            .collect();
        if got != want {
            failures.push(format!("{text} (DCT {dct})\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A Russian and an English report of one event over a range are one row, dated by the
/// range both give.
#[test]
fn russian_and_english_reports_of_a_range_merge() {
    let records = [
        (
            "en-1",
            "WASHINGTON, July 12 (Reuters) - NATO leaders held a summit in Washington on 9-11 July 2024.",
        ),
        (
            "ru-1",
            "ВАШИНГТОН, 12 июля. /ТАСС/. Саммит НАТО прошел в Вашингтоне с 9 по 11 июля 2024 года.",
        ),
    ];
    let jsonl: String = records
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text, "dct": "2024-07-12"}).to_string() + "\n")
        .collect();
    let out = assert_cmd::Command::cargo_bin("chronicle")
        .expect("the binary")
        .args(["timeline", "-q", "--format", "json", "-"])
        .write_stdin(jsonl)
        .output()
        .expect("ran");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let timeline: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rows: Vec<(String, Vec<String>)> = timeline["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            let sources = e["sources"].as_array().map_or(Vec::new(), |s| {
                s.iter()
                    .map(|s| s["article"].as_str().unwrap_or_default().to_string())
                    .collect()
            });
            (e["date"].as_str().unwrap_or_default().to_string(), sources)
        })
        .collect();
    let want = vec![(
        "2024-07-09/2024-07-11".to_string(),
        vec!["en-1".to_string(), "ru-1".to_string()],
    )];
    assert_eq!(rows, want);
}
