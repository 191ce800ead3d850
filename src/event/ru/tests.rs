//! The Russian event builder's tests: the kinds of issue 27 table-driven, each with
//! varied dates, names and grammatical cases.

use super::actors::resolve;
use super::*;
use crate::dct::DctOptions;
use crate::event::actors::gazetteer;
use crate::event::Status;
use crate::lang::ru::eventwords::ACTORS;

fn events(text: &str) -> Vec<Event> {
    let article = Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    };
    let dct = crate::dct::determine(&article, &DctOptions::default());
    let timexes = crate::lang::ru::timex::extract(text, dct.date);
    extract(&article, &dct, &timexes, ExtractOptions::default())
}

#[test]
fn triggers_actors_and_negation() {
    let got = events(
        "МОСКВА, 1 дек — РИА Новости. Лавров встретился с Расмуссеном во вторник в Брюсселе. \
         Россия не подписала договор в 2008 году.",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    let e = &got[0];
    assert_eq!(e.date, "2009-12-01");
    assert_eq!(e.category.as_deref(), Some("04 Consult"));
    assert_eq!(
        e.actors,
        vec![
            "Sergey Lavrov (Russian Foreign Minister)".to_string(),
            "Anders Fogh Rasmussen (NATO Secretary General)".to_string(),
            // each person's country or organisation, as the English reader adds them
            "Russia".to_string(),
            "NATO".to_string()
        ]
    );
    assert_eq!(e.location.as_deref(), Some("Brussels"));
    assert_eq!(e.headline_en.as_deref(), Some("Lavrov met with Rasmussen"));
    assert_eq!(
        crate::lang::ru::eventwords::english_lemma("встретились"),
        Some("meet")
    );
    assert_eq!(crate::lang::ru::eventwords::english_lemma("met"), None);
}

#[test]
fn an_office_is_its_holder_on_the_day() {
    let a = resolve(
        "role:NATO Secretary General",
        NaiveDate::from_ymd_opt(2021, 10, 18),
    )
    .map(|a| a.label);
    assert_eq!(a.as_deref(), Some("Jens Stoltenberg (NATO Secretary General)"));
}

/// The (date, trigger) rows of a Russian text read with its document date given.
fn rows_on(text: &str, dct: &str) -> Vec<(String, String)> {
    rows_with(text, dct)
        .into_iter()
        .map(|e| (e.date, e.trigger))
        .collect()
}

fn rows_with(text: &str, dct: &str) -> Vec<Event> {
    let article = Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    };
    let flag = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    let dct = crate::dct::determine(
        &article,
        &DctOptions {
            flag,
            ..Default::default()
        },
    );
    let timexes = crate::lang::ru::timex::extract(text, dct.date);
    extract(&article, &dct, &timexes, ExtractOptions::default())
}

/// A text, its document date and its (date, trigger) rows.
type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Each row: a text, its document date, and every (date, trigger) it must give, in text
/// order, no more.
fn check(table: &[Row]) {
    for (text, dct, want) in table {
        let got = rows_on(text, dct);
        let want: Vec<(String, String)> = want.iter().map(|(d, t)| (d.to_string(), t.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn passive_and_participle_predicates() {
    check(&[
        (
            "Соглашение о партнерстве было подписано 14 мая 1997 года в Париже.",
            "2019-05-14",
            &[("1997-05-14", "подписано")],
        ),
        (
            "Закон вступил в силу 1 июня.",
            "2019-07-02",
            &[("2019-06-01", "вступил")],
        ),
        (
            "Новые правила вступят в силу 1 октября 2017 года.",
            "2017-07-01",
            &[("2017-10-01", "вступят")],
        ),
        (
            "Декларация принята 9 июля.",
            "2021-07-10",
            &[("2021-07-09", "принята")],
        ),
        (
            "Резолюция была одобрена Генассамблеей 3 марта 2022 года.",
            "2022-03-04",
            &[("2022-03-03", "одобрена")],
        ),
        (
            "Министр назначен 30 ноября 2016 года.",
            "2016-12-01",
            &[("2016-11-30", "назначен")],
        ),
        (
            "Орешкина назначили министром 30 ноября.",
            "2016-12-01",
            &[("2016-11-30", "назначили")],
        ),
        (
            "Спикером Рады 22 февраля 2014 года избран Турчинов.",
            "2014-02-22",
            &[("2014-02-22", "избран")],
        ),
        (
            "Бывший президент Сальвадора скончался 30 января 2016 года в возрасте 56 лет.",
            "2016-01-30",
            &[("2016-01-30", "скончался")],
        ),
        (
            "Василий Небензя родился 26 февраля 1962 года в Волгограде.",
            "2017-07-27",
            &[("1962-02-26", "родился")],
        ),
        // a treaty that took effect: not "вступила в НАТО"
        (
            "Финляндия вступила в НАТО 4 апреля 2023 года.",
            "2023-04-05",
            &[("2023-04-04", "вступила")],
        ),
    ]);
}

#[test]
fn deictic_days_from_the_document_date() {
    check(&[
        (
            "Встреча открылась сегодня в Вене.",
            "2019-05-14",
            &[("2019-05-14", "Встреча")],
        ),
        (
            "Министр прибудет завтра в Минск.",
            "2020-03-02",
            &[("2020-03-03", "прибудет")],
        ),
        (
            "Вчера Шойгу посетил Сирию.",
            "2017-09-12",
            &[("2017-09-11", "посетил")],
        ),
        (
            "Накануне Медведев подписал указ.",
            "2012-01-13",
            &[("2012-01-12", "подписал")],
        ),
        (
            "Лавров встретился с Расмуссеном накануне.",
            "2009-12-04",
            &[("2009-12-03", "встретился")],
        ),
        // "накануне выборов": the eve of an event named after it, no day
        ("Накануне выборов министры провели встречу.", "2018-07-12", &[]),
    ]);
}

#[test]
fn months_seasons_and_parts_of_months() {
    check(&[
        (
            "Весной 2015 года стороны встретились в Минске.",
            "2016-01-10",
            &[("2015-SP", "встретились")],
        ),
        (
            "Летом 2014 года Россия ввела санкции.",
            "2015-02-01",
            &[("2014-SU", "ввела")],
        ),
        (
            "В начале июня 2013 года суд признал закон неконституционным.",
            "2013-07-05",
            &[("2013-06", "признал")],
        ),
        (
            "В середине ноября состоится саммит.",
            "2019-10-01",
            &[("2019-11", "саммит")],
        ),
        (
            "В конце мая суд оправдал обвиняемого.",
            "2018-06-13",
            &[("2018-05", "оправдал")],
        ),
    ]);
}

#[test]
fn the_night_before_a_day() {
    check(&[
        (
            "В ночь на 3 мая произошел взрыв.",
            "2019-05-04",
            &[("2019-05-02TNI", "взрыв")],
        ),
        (
            "В ночь на среду, 15 ноября 2017 года, в Зимбабве произошёл переворот.",
            "2017-11-16",
            &[("2017-11-14TNI", "переворот")],
        ),
    ]);
}

#[test]
fn counted_from_a_told_date() {
    check(&[
        // one row for the oath: the count from 5 November gives way to the told day
        (
            "Мнангагва принёс присягу 24 ноября 2017 года. 5 ноября его уволили. Две недели спустя он принес присягу.",
            "2017-11-24",
            &[("2017-11-24", "присягу"), ("2017-11-05", "уволили")],
        ),
        // "через два года" in a past narrative counts from the told date
        (
            "В 2014 году стороны подписали соглашение. Через два года Россия приостановила участие в нем.",
            "2021-05-01",
            &[("2014", "подписали"), ("2016", "приостановила")],
        ),
        (
            "14 мая 2009 года Лавров посетил Вашингтон. Через три года министр отменил визит.",
            "2020-02-01",
            &[("2009-05-14", "посетил"), ("2012-05-14", "отменил")],
        ),
        ("Через два года Россия выйдет из договора.", "2021-05-01", &[("2023", "выйдет")]),
    ]);
}

#[test]
fn reported_future_events() {
    check(&[
        (
            "Встреча состоится 12 июля в Женеве.",
            "2021-06-16",
            &[("2021-07-12", "Встреча")],
        ),
        (
            "Президент готов созвать совещание в конце марта.",
            "2022-02-01",
            &[("2022-03", "созвать")],
        ),
        (
            "Выборы пройдут в апреле 2012 года.",
            "2011-10-16",
            &[("2012-04", "Выборы")],
        ),
        (
            "Новый генсек заступит на должность 1 января 2017 года.",
            "2016-10-06",
            &[("2017-01-01", "заступит")],
        ),
        // a perfective verb in the present form is the future: a bare weekday is ahead
        (
            "Доклад опубликуют в пятницу.",
            "2021-06-16",
            &[("2021-06-18", "опубликуют")],
        ),
        (
            "Министр покинет свой пост во вторник.",
            "2019-03-14",
            &[("2019-03-19", "покинет")],
        ),
        (
            "Россия выйдет из соглашения в понедельник.",
            "2017-11-02",
            &[("2017-11-06", "выйдет")],
        ),
    ]);
    let e = &rows_with(
        "Новый генсек заступит на должность 1 января 2017 года.",
        "2016-10-06",
    )[0];
    assert_eq!(e.status, Status::Scheduled);
}

#[test]
fn one_row_per_event() {
    check(&[
        (
            "Ребёнок родился 22 июля 2013 года. Ребёнок родился в 16:24.",
            "2013-07-22",
            &[("2013-07-22", "родился")],
        ),
        // the same word on the same day, in the lead and after the quote
        (
            "Квирикашвили 13 июня заявил, что покидает пост. «Сегодня я покидаю свой пост», — заявил Квирикашвили сегодня.",
            "2018-06-13",
            &[("2018-06-13", "заявил")],
        ),
        // two speakers on one day are two events
        (
            "Аваков сегодня сообщил о назначении. Фракции сегодня заявили о выходе из коалиции.",
            "2014-07-24",
            &[("2014-07-24", "сообщил"), ("2014-07-24", "заявили")],
        ),
        // a phase verb yields to its event noun
        ("Саммит НАТО открылся в пятницу в Варшаве.", "2016-07-08", &[("2016-07-08", "Саммит")]),
        ("Решение о высылке приняли в 2018 году.", "2018-03-26", &[("2018", "высылке")]),
    ]);
}

#[test]
fn dates_that_date_no_predicate() {
    check(&[
        // a bare year after a noun is that noun's
        (
            "Рада приняла закон о возвращении конституции 2004 года.",
            "2014-02-21",
            &[],
        ),
        // a bare year after an event noun is that event's
        (
            "Кандидаты уже участвовали в выборах 2008 года и тогда Нана проиграл.",
            "2012-12-07",
            &[("2008", "выборах")],
        ),
        // a relative clause's date is its antecedent's
        (
            "Буркхальтер заявил, что референдум, который должен состояться 16 марта 2014 года, незаконен.",
            "2014-03-11",
            &[("2014-03-16", "референдум")],
        ),
        // a participle's clause
        (
            "Ли Куан Ю, стоявший во главе страны с 1959 по 1990 год, сообщила администрация.",
            "2015-03-23",
            &[],
        ),
        // a restated time in brackets
        (
            "Турчинов в 18:00 по местному времени (19:00 мск) закрыл заседание.",
            "2014-07-24",
            &[("2014-07-24T18:00", "закрыл")],
        ),
    ]);
}

#[test]
fn headlines_carry_the_reported_content() {
    for (text, dct, want) in [
        (
            "Столтенберг во вторник заявил журналистам, что Финляндия вступит в альянс.",
            "2022-05-17",
            "Финляндия вступит в альянс",
        ),
        (
            "Как заявил во вторник Столтенберг, НАТО готово принять Финляндию и Швецию.",
            "2022-05-17",
            "НАТО готово принять Финляндию и Швецию",
        ),
        (
            "«Мы сократим число министерств до 11», — сказал Бахтадзе журналистам в среду.",
            "2018-06-20",
            "Мы сократим число министерств до 11",
        ),
        (
            "Альянс приостановил сотрудничество с Москвой, сообщило в четверг РИА Новости.",
            "2014-04-03",
            "Альянс приостановил сотрудничество с Москвой",
        ),
        (
            "Ребёнок родился в 16:24 в Лондоне.",
            "2013-07-22",
            "Ребёнок родился в 16:24 в Лондоне",
        ),
    ] {
        let got = rows_with(text, dct);
        assert_eq!(got.len(), 1, "{text}: {got:#?}");
        assert_eq!(got[0].headline, want, "{text}");
    }
}

/// A headline never opens with its own date or time, nor with the preposition before it:
/// the row's date says it (issue 25).
#[test]
fn headlines_leave_their_date_out() {
    for (text, dct, want) in [
        (
            "До пятницы дипломаты обсудят проект итогового заявления.",
            "2009-12-01",
            "Дипломаты обсудят проект итогового заявления",
        ),
        (
            "6 октября НАТО выслало восемь сотрудников российского постпредства.",
            "2021-10-18",
            "НАТО выслало восемь сотрудников российского постпредства",
        ),
        (
            "В марте 2014 года Россия приостановила работу миссии.",
            "2015-01-10",
            "Россия приостановила работу миссии",
        ),
        (
            "В 1999 году Польша вступила в НАТО.",
            "2005-01-10",
            "Польша вступила в НАТО",
        ),
        (
            "Завтра же министры подпишут соглашение о перемирии.",
            "2020-11-09",
            "Министры подпишут соглашение о перемирии",
        ),
        // the date inside the clause stays where it is
        (
            "Лавров встретился с Блинкеном 2 декабря в Стокгольме.",
            "2021-12-03",
            "Лавров встретился с Блинкеном 2 декабря в Стокгольме",
        ),
    ] {
        let got = rows_with(text, dct);
        assert_eq!(got.len(), 1, "{text}: {got:#?}");
        assert_eq!(got[0].headline, want, "{text}");
    }
}

#[test]
fn glosses_read_as_english() {
    let e = &rows_with(
        "Новый генсек заступит на должность 1 января 2017 года.",
        "2016-10-06",
    )[0];
    assert_eq!(e.headline_en.as_deref(), Some("Expected to take office"));
    let e = &rows_with("Лавров во вторник встретился с Расмуссеном.", "2009-12-01")[0];
    assert_eq!(e.headline_en.as_deref(), Some("Lavrov met with Rasmussen"));
}

/// (sentence, trigger, English lemma): the words near a trigger choose its entry.
#[test]
fn words_near_a_trigger_choose_its_lemma() {
    use crate::lang::ru::eventwords::english_lemma_in;
    let cases = [
        (
            "В среду США ввели новые санкции против России.",
            "ввели",
            "sanction",
        ),
        ("Санкции ввели в июле.", "ввели", "sanction"),
        ("Власти ввели режим ЧС.", "ввели", "introduce"),
        (
            "Путин и Макрон в субботу обсудили по телефону ситуацию.",
            "обсудили",
            "call",
        ),
        ("Министры обсудили ситуацию на Украине.", "обсудили", "discuss"),
        ("Стороны провели переговоры по видеосвязи.", "переговоры", "call"),
        ("Стороны провели переговоры в Женеве.", "переговоры", "talk"),
        ("Состоялся телефонный разговор лидеров.", "разговор", "call"),
        (
            "В понедельник Россия признала независимость ДНР и ЛНР.",
            "признала",
            "recognize",
        ),
        ("Суд признал его виновным.", "признал", "rule"),
        (
            "Договор вступил в силу 5 февраля 2011 года.",
            "вступил",
            "in-effect",
        ),
        ("Финляндия вступила в НАТО.", "вступила", "join"),
        (
            "Заявку на вступление в НАТО Швеция подала в мае.",
            "вступление",
            "apply",
        ),
        (
            "ГДР вошла в состав ФРГ 3 октября 1990 года.",
            "вошла",
            "incorporate",
        ),
        (
            "Германия объединилась 3 октября 1990 года.",
            "объединилась",
            "unite",
        ),
        ("Страна получила приглашение на саммите.", "получила", "invite"),
        ("Страна получила помощь.", "получила", "receive"),
        ("Швеция стала 32-м членом НАТО.", "стала", "join"),
        (
            "Турция сняла возражения против вступления Финляндии.",
            "сняла",
            "drop",
        ),
        (
            "Работа постпредства будет прекращена с 1 ноября.",
            "прекращена",
            "stop",
        ),
    ];
    for (sentence, trigger, want) in cases {
        assert_eq!(english_lemma_in(sentence, trigger), Some(want), "{sentence}");
    }
    // an entry that asks for a word near it is never read without its context
    assert_eq!(
        crate::lang::ru::eventwords::english_lemma("ввели"),
        Some("introduce")
    );
}

/// Every alias of the actor table names an entry of the English gazetteer (or an
/// office), and no alias is listed twice.
#[test]
fn every_actor_alias_names_a_gazetteer_entry() {
    let mut seen = std::collections::HashSet::new();
    for alias in ACTORS.iter() {
        let key = alias.stems.join(" ");
        assert!(seen.insert(key.clone()), "{key} listed twice");
        if let Some(role) = alias.target.strip_prefix("role:") {
            assert!(!role.is_empty(), "{key}");
            continue;
        }
        assert!(
            gazetteer().get(alias.target).is_some(),
            "{key}: {} is not in the gazetteer",
            alias.target
        );
    }
}

/// (text, document date, the actors of its one event): countries in any case, bodies
/// named by their possessor ("Парламент Венгрии"), coordinated subjects, people of the
/// extended table with their countries, places in the locative left out.
#[test]
fn actors_of_russian_news() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Парламент Венгрии ратифицировал заявку Швеции 26 февраля.",
            "2024-03-07",
            &["Hungary", "Sweden"],
        ),
        (
            "Сергей Рябков и Венди Шерман в понедельник провели переговоры в Женеве.",
            "2022-01-10",
            &[
                "Sergei Ryabkov (Russian Deputy Foreign Minister)",
                "Wendy Sherman (US Deputy Secretary of State)",
                "Russia",
                "United States",
            ],
        ),
        (
            "Во вторник в Москве Лукашенко встретился с Путиным.",
            "2021-09-09",
            &[
                "Alexander Lukashenko (President of Belarus)",
                "Vladimir Putin (President of Russia)",
                "Belarus",
                "Russia",
            ],
        ),
        (
            "Соединенные Штаты в четверг вышли из Договора по ПРО.",
            "2002-06-13",
            &["United States"],
        ),
        (
            "Россия признала независимость Южной Осетии и Абхазии 26 августа 2008 года.",
            "2009-08-08",
            &["Russia", "South Ossetia", "Abkhazia"],
        ),
    ];
    for (text, dct, want) in cases {
        let got = rows_with(text, dct);
        assert_eq!(got.len(), 1, "{text}: {got:#?}");
        assert_eq!(got[0].actors, *want, "{text}");
    }
}

/// A person told of years later holds the office of the event's day, not the article's.
#[test]
fn offices_are_read_on_the_event_day() {
    let got = rows_with(
        "Михаил Горбачев и Джордж Буш встретились на Мальте 2 декабря 1989 года.",
        "2019-12-02",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].actors[0], "Mikhail Gorbachev (Soviet leader)");
}

/// A sentence that names no one carries on the subject of the sentence before it; the
/// dateline's city is never an actor.
#[test]
fn subjects_carry_over_within_a_paragraph() {
    let got = rows_with(
        "МОСКВА, 18 окт — РИА Новости. Россия приостанавливает работу постпредства при НАТО. \
         Работа постпредства будет прекращена с 1 ноября.",
        "2021-10-18",
    );
    let closing = got
        .iter()
        .find(|e| e.trigger == "прекращена")
        .expect("the closing");
    assert_eq!(closing.actors, ["Russia", "NATO"]);
    let got = rows_with(
        "МОСКВА, 13 июн — РИА Новости. Договор вступил в силу в четверг.",
        "2002-06-13",
    );
    assert!(got.iter().all(|e| e.actors.is_empty()), "{got:#?}");
}

/// (text, the trigger dated): a date closing a phrase that names the occasion ("в ходе
/// встречи", "на саммите") dates that meeting, whatever the clause's verb.
#[test]
fn the_occasion_phrase_dates_its_meeting() {
    let cases = [
        (
            "Документы были переданы американской стороне в ходе встречи в МИД 15 декабря.",
            "встречи",
        ),
        (
            "На саммите НАТО в Бухаресте в апреле 2008 года альянс заявил, что Украина станет членом НАТО.",
            "саммите",
        ),
        // no occasion's preposition: the verb keeps its date
        (
            "Документы были переданы американской стороне 15 декабря.",
            "переданы",
        ),
        // a bound's event noun keeps the date right after it
        (
            "Отношения были заморожены после конфликта в августе 2008 года.",
            "конфликта",
        ),
        ("Переговоры прервались после войны в июне 1967 года.", "войны"),
        // a date inside the subject phrase of an event noun is the noun's
        (
            "Саммит НАТО в Бухаресте в апреле 2008 года обещал членство Грузии.",
            "Саммит",
        ),
        (
            "Встреча в Хельсинки 16 июля 2018 года длилась два часа.",
            "Встреча",
        ),
        // a subject that is no event noun leaves the date to the verb
        ("Россия в четверг выслала трех дипломатов.", "выслала"),
        ("Лидеры в пятницу обещали помощь.", "обещали"),
    ];
    for (text, want) in cases {
        let got = rows_with(text, "2021-12-17");
        assert!(got.iter().any(|e| e.trigger == want), "{text}: {got:#?}");
    }
}

#[test]
fn photo_captions_are_no_events_of_the_story() {
    check(&[
        (
            "В Бостоне вскрыли капсулу\nПодписание конституции США 28 июня 1776 года\nВласти вскрыли капсулу во вторник.",
            "2015-01-08",
            &[("2015-01-06", "вскрыли")],
        ),
        (
            "Саммит в Вильнюсе\nВыступление генсека НАТО на саммите 11 июля 2023 года\nЛидеры альянса встретились в среду в Вильнюсе.",
            "2023-07-13",
            &[("2023-07-12", "встретились")],
        ),
        // a line that tells a past event with its date is prose, not a caption
        (
            "Новости дня\nЛидеры встретились 2 апреля 2008 года",
            "2008-04-03",
            &[("2008-04-02", "встретились")],
        ),
    ]);
}

#[test]
fn verbs_of_promising_freezing_joining_and_uniting() {
    check(&[
        (
            "23 июня лидеры ЕС пообещали Молдавии статус кандидата.",
            "2022-06-24",
            &[("2022-06-23", "пообещали")],
        ),
        (
            "Премьер обещал повысить пенсии в январе 2019 года.",
            "2018-11-02",
            &[("2019-01", "обещал")],
        ),
        (
            "Отношения с Вашингтоном были заморожены в марте 2014 года.",
            "2016-05-10",
            &[("2014-03", "заморожены")],
        ),
        (
            "Евросоюз заморозил активы компании 28 февраля.",
            "2022-03-03",
            &[("2022-02-28", "заморозил")],
        ),
        (
            "К соглашению 5 мая присоединились еще три страны.",
            "2019-05-07",
            &[("2019-05-05", "присоединились")],
        ),
        (
            "Йемен объединился 22 мая 1990 года.",
            "2020-05-22",
            &[("1990-05-22", "объединился")],
        ),
        (
            "Саар вошел в состав ФРГ 1 января 1957 года.",
            "2017-01-01",
            &[("1957-01-01", "вошел")],
        ),
        // "вошел" with no "состав" is no event: entering a room
        ("Министр вошел в зал в 10:00 во вторник.", "2019-05-07", &[]),
        // a body's make-up named before the verb is no joining
        (
            "В состав жюри 2010 года вошли пять режиссеров.",
            "2011-01-10",
            &[],
        ),
        (
            "Заявки на вступление в альянс Грузия подала в апреле 2008 года.",
            "2010-02-01",
            &[("2008-04", "вступление")],
        ),
        (
            "Заявку на вступление в ВТО Россия подала в июне 1993 года.",
            "2012-08-22",
            &[("1993-06", "вступление")],
        ),
        // "предвыборным обещаниям": a promise named as a noun is no event of its own
        (
            "Следуя предвыборным обещаниям 2012 года, мэр ушел.",
            "2014-01-10",
            &[],
        ),
    ]);
}

#[test]
fn a_dash_between_two_names_breaks_no_clause() {
    check(&[
        // the meeting noun's own clause holds the date, not the speech verb after the comma
        (
            "Заседание Совета Россия — НАТО пройдет в среду в Брюсселе, сообщил Грушко.",
            "2022-01-11",
            &[("2022-01-12", "Заседание")],
        ),
        (
            "Саммит Россия — ЕС пройдет 4 июня в Екатеринбурге, сообщил Ушаков.",
            "2017-05-30",
            &[("2017-06-04", "Саммит")],
        ),
    ]);
    // a dash after a name that opens its phrase is a copula or an apposition: a break
    for (text, dash_breaks) in [
        ("заседание Совета Россия — НАТО", false),
        ("кандидат от ЛДПР — Михаил Дегтярев", true),
        ("столица Малави — Лилонгве", true),
        ("Москва — столица России", true),
    ] {
        let toks = crate::lang::ru::token::tokenize(text);
        let at = toks.iter().position(|t| t.low == "—").expect("a dash");
        assert_eq!(breaks_at(&toks, at), dash_breaks, "{text}");
    }
}
