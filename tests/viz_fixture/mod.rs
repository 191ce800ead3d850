//! Timelines for the output-format tests: the seed sample's six events plus other NATO–Russia
//! events of 2008–2010 as other wire stories reported them, and a generated 2,000-event
//! timeline for the HTML page's load test.
//!
//! Intervals are worked out here from the TIMEX3 value by a small test-only table, so
//! these tests do not depend on the interval module being finished.

#![allow(dead_code)]

use std::collections::BTreeMap;

use chronicle::event::{Event, Status};
use chronicle::output::view::{GroupBy, Source, ViewOptions};
use chronicle::time::interval::Granularity;
use chronicle::Timeline;
use chrono::{Datelike, Days, Months, NaiveDate};

pub const SEED: &str = "ria-novosti-2009-12-01-nato-russia";

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("fixture date")
}

/// [start, end) and granularity of the TIMEX3 values the fixtures use.
pub fn interval(value: &str) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let year: i32 = parts.first()?.parse().ok()?;
    let month_start = |y: i32, m: u32| ymd(y, m, 1);
    let months = |start: NaiveDate, n: u32| start.checked_add_months(Months::new(n)).expect("fixture");
    Some(match (parts.len(), parts.first()?.len()) {
        (1, 3) => (
            ymd(year * 10, 1, 1),
            ymd(year * 10 + 10, 1, 1),
            Granularity::Decade,
        ),
        (1, 4) => (ymd(year, 1, 1), ymd(year + 1, 1, 1), Granularity::Year),
        (2, 4) => {
            let p = parts[1];
            let season = ["SP", "SU", "FA", "WI"].iter().position(|code| *code == p);
            if let Some(season) = season {
                let s = month_start(year, 3 * season as u32 + 3);
                (s, months(s, 3), Granularity::Season)
            } else if let Some(q) = p.strip_prefix('Q') {
                let q: u32 = q.parse().ok()?;
                let s = month_start(year, 3 * q - 2);
                (s, months(s, 3), Granularity::Quarter)
            } else if let Some(w) = p.strip_prefix('W') {
                let s = NaiveDate::from_isoywd_opt(year, w.parse().ok()?, chrono::Weekday::Mon)?;
                (s, s + Days::new(7), Granularity::Week)
            } else {
                let s = month_start(year, p.parse().ok()?);
                (s, months(s, 1), Granularity::Month)
            }
        }
        (3, 4) => {
            let s = ymd(year, parts[1].parse().ok()?, parts[2].parse().ok()?);
            let g = if time.is_some() {
                Granularity::Time
            } else {
                Granularity::Day
            };
            (s, s + Days::new(1), g)
        }
        _ => return None,
    })
}

/// One event; the interval comes from `date`.
#[allow(clippy::too_many_arguments)]
pub fn event(
    date: &str,
    status: Status,
    headline: &str,
    actors: &[&str],
    location: Option<&str>,
    category: Option<&str>,
    time_text: &str,
    sentence: &str,
    article: &str,
) -> Event {
    let found = interval(date);
    let at = sentence
        .find(time_text)
        .map(|b| sentence[..b].chars().count())
        .unwrap_or(0);
    Event {
        date: date.to_string(),
        start: found.map(|f| f.0),
        end: found.map(|f| f.1),
        granularity: found.map(|f| f.2),
        status,
        trigger: headline.split_whitespace().nth(1).unwrap_or("").to_string(),
        headline: headline.to_string(),
        actors: actors.iter().map(|a| a.to_string()).collect(),
        location: location.map(str::to_string),
        category: category.map(str::to_string),
        time_text: time_text.to_string(),
        sentence: sentence.to_string(),
        article: article.to_string(),
        char_start: at,
        char_end: at + time_text.chars().count(),
        confidence: 0.9,
        ..Default::default()
    }
}

use Status::{Occurred, Reported, Scheduled};

/// The seed sample's events (as its expected.json has them) and more NATO–Russia events
/// from other (fixture) wire stories, plus one undated statement.
pub fn nato_russia() -> Timeline {
    let events = vec![
        event("2008-04-03", Occurred, "NATO summit in Bucharest says Georgia and Ukraine will become members",
            &["NATO", "Georgia", "Ukraine"], Some("Bucharest"), Some("05 Diplomatic cooperation"), "April 3",
            "NATO leaders meeting in Bucharest on April 3 said Georgia and Ukraine would one day become members of the alliance.",
            "reuters-2008-04-03-nato-bucharest"),
        event("2008-06", Occurred, "Medvedev proposed a new European security pact",
            &["Dmitry Medvedev", "Russia"], None, Some("03 Express intent to cooperate"), "June 2008",
            "President Dmitry Medvedev proposed drawing up a new European security pact in June 2008, and Russia published a draft of the treaty on Sunday, sending copies to heads of state and international organizations, including NATO.",
            SEED),
        event("2008-08", Occurred, "Armed conflict between Russia and Georgia over South Ossetia",
            &["Russia", "Georgia"], Some("South Ossetia"), Some("19 Fight"), "August 2008",
            "The meeting of the Russia-NATO Council's foreign ministers is the first since the August 2008 armed conflict between Russia and Georgia over South Ossetia, and is aimed at drafting a \"roadmap\" for improving relations between Russia and the Western military alliance.",
            SEED),
        event("2008-08-19", Occurred, "NATO foreign ministers say there can be no business as usual with Russia",
            &["NATO", "Russia"], Some("Brussels"), Some("11 Disapprove"), "Tuesday",
            "NATO foreign ministers said at an emergency meeting in Brussels on Tuesday that there could be no business as usual with Russia while its troops remained in Georgia.",
            "ap-2008-08-19-nato-emergency-meeting"),
        event("2008-08-26", Occurred, "Russia recognised the independence of South Ossetia and Abkhazia",
            &["Russia", "South Ossetia", "Abkhazia"], Some("Moscow"), Some("05 Diplomatic cooperation"), "August 26",
            "President Dmitry Medvedev signed decrees on August 26 recognising the independence of South Ossetia and Abkhazia.",
            "ap-2008-08-19-nato-emergency-meeting"),
        event("2009-03-05", Occurred, "NATO agreed to resume formal contacts with Russia",
            &["NATO", "Russia"], Some("Brussels"), Some("05 Diplomatic cooperation"), "Thursday",
            "NATO foreign ministers agreed on Thursday to resume formal high-level contacts with Russia through the NATO-Russia Council.",
            "reuters-2009-03-05-nato-resumes-contacts"),
        event("2009-05", Scheduled, "NATO to hold military exercises in Georgia",
            &["NATO", "Georgia"], Some("Georgia"), Some("15 Exhibit force posture"), "May",
            "NATO will go ahead with military exercises in Georgia in May despite protests from Moscow.",
            "reuters-2009-03-05-nato-resumes-contacts"),
        event("2009-06", Occurred, "Russia and NATO agreed to renew security cooperation at an informal meeting in Greece",
            &["Russia", "NATO"], Some("Greece"), Some("05 Diplomatic cooperation"), "June",
            "During an informal ministerial meeting in Greece in June, Russia and NATO agreed to renew cooperation on security issues, which was frozen after Russia and Georgia fought a five-day war in August over the former Georgian republic of South Ossetia.",
            SEED),
        event("2009-07-06", Occurred, "Obama and Medvedev met in Moscow to reset relations",
            &["United States", "Russia"], Some("Moscow"), Some("04 Consult"), "Monday",
            "U.S. President Barack Obama and Russian President Dmitry Medvedev met in the Kremlin on Monday, pledging to \"reset\" relations.",
            "ap-2009-07-06-obama-moscow"),
        event("2009-09-17", Occurred, "The United States dropped plans for missile defence sites in Poland and the Czech Republic",
            &["United States", "Poland", "Czech Republic"], Some("Washington"), Some("05 Diplomatic cooperation"), "Thursday",
            "President Barack Obama said on Thursday the United States would shelve plans for missile defence sites in Poland and the Czech Republic.",
            "ap-2009-07-06-obama-moscow"),
        event("2009-11-29", Occurred, "Russia published a draft European security treaty",
            &["Russia"], None, Some("05 Diplomatic cooperation"), "Sunday",
            "President Dmitry Medvedev proposed drawing up a new European security pact in June 2008, and Russia published a draft of the treaty on Sunday, sending copies to heads of state and international organizations, including NATO.",
            SEED),
        event("2009-12-01", Occurred, "Rogozin met Rasmussen for constructive talks",
            &["Dmitry Rogozin", "Anders Fogh Rasmussen", "Russia", "NATO"], Some("Brussels"), Some("04 Consult"), "Tuesday",
            "The Russian envoy to NATO held a constructive meeting with the alliance's secretary general on Tuesday, a source in Russia's diplomatic mission told RIA Novosti.",
            SEED),
        event("2009-12-04", Scheduled, "NATO-Russia Council meets at the level of foreign ministers",
            &["NATO-Russia Council"], Some("Brussels"), Some("04 Consult"), "Friday",
            "Dmitry Rogozin met with Anders Fogh Rasmussen ahead of Friday's meeting of the NATO-Russia Council at the level of foreign ministers.",
            SEED),
        event("2010", Scheduled, "NATO summit in Lisbon to adopt a new strategic concept",
            &["NATO"], Some("Lisbon"), Some("04 Consult"), "next year",
            "Alliance leaders are due to adopt a new strategic concept at a summit in Lisbon next year, officials said.",
            "reuters-2009-03-05-nato-resumes-contacts"),
        event("2010-SP", Reported, "Russia and NATO to resume military cooperation, a diplomat said",
            &["Russia", "NATO"], None, Some("05 Diplomatic cooperation"), "next spring",
            "Military cooperation between Russia and NATO could resume next spring, a diplomat in Brussels said.",
            "ap-2009-07-06-obama-moscow"),
        event("PAST_REF", Reported, "Canadian delegation blocked the adoption of documents, Rogozin said",
            &["Dmitry Rogozin", "Canada"], None, Some("11 Disapprove"), "earlier",
            "Rogozin said earlier that the Canadian delegation had blocked the adoption of documents at the meeting.",
            SEED),
    ];
    Timeline {
        events: events.into_iter().map(with_trigger).collect(),
        ..Default::default()
    }
}

/// The word each fixture event is about, by date value.
const TRIGGERS: [(&str, &str); 16] = [
    ("2008-04-03", "meeting"),
    ("2008-06", "proposed"),
    ("2008-08", "conflict"),
    ("2008-08-19", "meeting"),
    ("2008-08-26", "signed"),
    ("2009-03-05", "agreed"),
    ("2009-05", "exercises"),
    ("2009-06", "meeting"),
    ("2009-07-06", "met"),
    ("2009-09-17", "shelve"),
    ("2009-11-29", "published"),
    ("2009-12-01", "meeting"),
    ("2009-12-04", "meeting"),
    ("2010", "summit"),
    ("2010-SP", "resume"),
    ("PAST_REF", "blocked"),
];

/// Sets the trigger and its char offsets (in the sentence, which stands in for the article).
fn with_trigger(mut event: Event) -> Event {
    if let Some((_, trigger)) = TRIGGERS.iter().find(|(date, _)| *date == event.date) {
        if let Some(at) = event.sentence.find(trigger) {
            event.trigger = trigger.to_string();
            event.char_start = event.sentence[..at].chars().count();
            event.char_end = event.char_start + trigger.chars().count();
        }
    }
    event
}

/// Where the fixture stories came from.
pub fn nato_russia_sources() -> BTreeMap<String, Source> {
    let source = |agency: &str, place: &str, title: &str, dct: NaiveDate, reason: &str| Source {
        agency: Some(agency.into()),
        place: Some(place.into()),
        title: Some(title.into()),
        url: None,
        dct: Some(dct),
        dct_reason: Some(reason.into()),
    };
    let mut sources = BTreeMap::new();
    sources.insert(
        SEED.to_string(),
        source(
            "RIA Novosti",
            "BRUSSELS",
            "NATO head, Russian envoy hold 'constructive' talks",
            ymd(2009, 12, 1),
            "dateline December 1; the story calls it Tuesday, so 2009",
        ),
    );
    sources.insert(
        "reuters-2008-04-03-nato-bucharest".into(),
        source(
            "Reuters",
            "BUCHAREST",
            "NATO promises Georgia and Ukraine membership",
            ymd(2008, 4, 3),
            "dateline",
        ),
    );
    sources.insert(
        "ap-2008-08-19-nato-emergency-meeting".into(),
        source(
            "AP",
            "BRUSSELS",
            "NATO: no business as usual with Russia",
            ymd(2008, 8, 27),
            "dateline",
        ),
    );
    sources.insert(
        "reuters-2009-03-05-nato-resumes-contacts".into(),
        source(
            "Reuters",
            "BRUSSELS",
            "NATO to resume formal ties with Russia",
            ymd(2009, 3, 5),
            "dateline",
        ),
    );
    sources.insert(
        "ap-2009-07-06-obama-moscow".into(),
        source(
            "AP",
            "MOSCOW",
            "Obama and Medvedev seek a reset",
            ymd(2009, 9, 18),
            "dateline",
        ),
    );
    sources
}

pub fn nato_russia_options(group_by: GroupBy) -> ViewOptions {
    ViewOptions {
        title: "NATO and Russia, 2008–2010".into(),
        group_by,
        sources: nato_russia_sources(),
        ..Default::default()
    }
}

/// A deterministic pseudo-random timeline of `n` events over 2004–2013 with every
/// granularity and status, 40 actors and 120 articles: the HTML page's load test.
pub fn generated(n: usize) -> Timeline {
    const ACTORS: [&str; 40] = [
        "Russia",
        "NATO",
        "United States",
        "Georgia",
        "Ukraine",
        "European Union",
        "Germany",
        "France",
        "United Kingdom",
        "Poland",
        "Czech Republic",
        "Estonia",
        "Latvia",
        "Lithuania",
        "Belarus",
        "Turkey",
        "Canada",
        "Italy",
        "Spain",
        "Norway",
        "Sweden",
        "Finland",
        "China",
        "Iran",
        "Afghanistan",
        "Kazakhstan",
        "Armenia",
        "Azerbaijan",
        "Moldova",
        "Serbia",
        "Kosovo",
        "OSCE",
        "United Nations",
        "Dmitry Medvedev",
        "Vladimir Putin",
        "Barack Obama",
        "Anders Fogh Rasmussen",
        "Dmitry Rogozin",
        "Sergei Lavrov",
        "Hillary Clinton",
    ];
    const VERBS: [(&str, &str); 8] = [
        ("met", "04 Consult"),
        ("criticised", "11 Disapprove"),
        ("signed an agreement with", "05 Diplomatic cooperation"),
        ("accused", "11 Disapprove"),
        ("held talks with", "04 Consult"),
        ("proposed cooperation to", "03 Express intent to cooperate"),
        ("warned", "12 Reject"),
        ("praised", "05 Diplomatic cooperation"),
    ];
    let mut seed: u64 = 0x0005_eedc_4a01_1c1e;
    let mut next = move |bound: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % bound
    };
    let mut events = Vec::with_capacity(n);
    for i in 0..n {
        let day = ymd(2004, 1, 1) + Days::new(next(3650));
        let a = ACTORS[next(40) as usize];
        let b = ACTORS[next(40) as usize];
        let (verb, category) = VERBS[next(8) as usize];
        let roll = next(100);
        let value = match roll {
            0..=69 => day.format("%Y-%m-%d").to_string(),
            70..=84 => day.format("%Y-%m").to_string(),
            85..=88 => format!("{}-{}", day.year(), ["SP", "SU", "FA", "WI"][next(4) as usize]),
            89..=91 => format!("{}-W{:02}", day.iso_week().year(), day.iso_week().week().min(52)),
            92..=93 => format!("{}-Q{}", day.year(), next(4) + 1),
            94..=97 => day.year().to_string(),
            _ => format!("{}T{:02}:{:02}", day.format("%Y-%m-%d"), next(24), next(60)),
        };
        let status = match next(10) {
            0..=6 => Occurred,
            7..=8 => Scheduled,
            _ => Reported,
        };
        let headline = format!("{a} {verb} {b}");
        let sentence = format!(
            "Officials said on {} that {a} {verb} {b}, in the {}th report of the series.",
            day.format("%A"),
            i + 1
        );
        let article = format!("wire-{:03}", next(120));
        events.push(event(
            &value,
            status,
            &headline,
            &[a, b],
            None,
            Some(category),
            "on",
            &sentence,
            &article,
        ));
    }
    events.sort_by_key(|e| (e.start, e.granularity));
    Timeline {
        events,
        ..Default::default()
    }
}
