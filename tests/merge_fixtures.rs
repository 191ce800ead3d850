//! Merging on hand-annotated events from five wire stories about the same week of
//! NATO-Russia relations (tests/fixtures/merge/articles): RIA Novosti, Reuters, AP,
//! Interfax and AFP report the same events with equal, finer/coarser and conflicting dates.

use std::io::BufReader;

use chronicle::merge::{merge, merge_rows, MergedEvent, Merger, Source};

const EVENTS: &str = "tests/fixtures/merge/events.jsonl";

fn sources() -> Vec<Source> {
    std::fs::read_to_string(EVENTS)
        .expect("fixture events")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a fixture event"))
        .collect()
}

fn json(rows: &[MergedEvent]) -> String {
    rows.iter()
        .map(|r| serde_json::to_string(r).expect("serialisable") + "\n")
        .collect()
}

/// (date, trigger, mentions, competing values) for each row, in order.
fn summary(rows: &[MergedEvent]) -> Vec<(String, String, usize, Vec<String>)> {
    rows.iter()
        .map(|r| {
            let values = r
                .conflict
                .iter()
                .flat_map(|c| c.values.iter().map(|v| v.date.clone()))
                .collect();
            (r.event.date.clone(), r.event.trigger.clone(), r.mentions, values)
        })
        .collect()
}

#[test]
fn five_agencies_make_five_rows_with_three_conflicts() {
    let rows = merge(sources());
    let want: Vec<(&str, &str, usize, Vec<&str>)> = vec![
        // Interfax's "August 2008" refines AFP's "2008".
        ("2008-08", "war", 2, vec![]),
        // Reuters: agreed in June on Corfu; AFP: in July. Same event, a month apart.
        ("2009-06", "agreed", 2, vec!["2009-06", "2009-07"]),
        // RIA and Reuters: November 29 (Sunday); AP: Monday.
        ("2009-11-29", "published", 3, vec!["2009-11-29", "2009-11-30"]),
        ("2009-12-01", "met", 1, vec![]),
        // RIA, Reuters, Interfax: December 4; AFP "this week" fits; AP says Thursday.
        ("2009-12-04", "meeting", 5, vec!["2009-12-04", "2009-12-03"]),
    ];
    let got = summary(&rows);
    let got: Vec<(&str, &str, usize, Vec<&str>)> = got
        .iter()
        .map(|(d, t, m, v)| (d.as_str(), t.as_str(), *m, v.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_row_lists_every_source_with_agency_phrase_and_value() {
    let rows = merge(sources());
    let meeting = rows
        .iter()
        .find(|r| r.event.date == "2009-12-04")
        .expect("the NRC meeting");
    let listed: Vec<(&str, Option<&str>, &str, &str)> = meeting
        .sources
        .iter()
        .map(|s| {
            (
                s.event.article.as_str(),
                s.agency(),
                s.event.time_text.as_str(),
                s.event.date.as_str(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("afp-2009-12-05", Some("AFP"), "this week", "2009-W49"),
            ("ap-2009-12-02", Some("AP"), "Thursday", "2009-12-03"),
            ("interfax-2009-12-04", Some("Interfax"), "Friday", "2009-12-04"),
            ("reuters-2009-12-02", Some("Reuters"), "December 4", "2009-12-04"),
            ("ria-2009-12-01", Some("RIA Novosti"), "Friday", "2009-12-04"),
        ]
    );
    let conflict = meeting.conflict.as_ref().expect("AP disagrees");
    assert_eq!(conflict.values[0].mentions, 4);
    assert_eq!(
        conflict.values[0].agencies,
        ["AFP", "Interfax", "RIA Novosti", "Reuters"]
    );
    assert_eq!(conflict.values[1].agencies, ["AP"]);
    // Actors are the union over the sources, the representative's first.
    for actor in [
        "NATO-Russia Council",
        "Sergei Lavrov",
        "Anders Fogh Rasmussen",
        "NATO",
        "Russia",
    ] {
        assert!(meeting.event.actors.iter().any(|a| a == actor), "{actor} missing");
    }
}

#[test]
fn a_coarser_date_is_refined_not_flagged() {
    let rows = merge(sources());
    let war = rows.iter().find(|r| r.event.trigger == "war").expect("the war");
    assert_eq!(war.event.date, "2008-08");
    assert!(war.conflict.is_none());
    let given: Vec<&str> = war.sources.iter().map(|s| s.event.date.as_str()).collect();
    assert_eq!(given, ["2008", "2008-08"]);
}

#[test]
fn one_article_giving_two_dates_tells_of_two_events() {
    // RIA's Tuesday meeting (Rogozin-Rasmussen) and Friday's council share the lemma and
    // actors, but RIA itself dates both: never a conflict.
    let rows = merge(sources());
    let met = rows
        .iter()
        .find(|r| r.event.date == "2009-12-01")
        .expect("Tuesday's meeting");
    assert!(met.conflict.is_none());
    assert_eq!(met.mentions, 1);
}

#[test]
fn dates_further_apart_than_the_window_are_two_events() {
    let mut all = sources();
    let mut later = all
        .iter()
        .find(|s| s.event.trigger == "published")
        .cloned()
        .expect("an event");
    later.event.article = "tass-2010-02-01".into();
    later.event.date = "2010-01-20".into();
    later.event.start = chrono::NaiveDate::from_ymd_opt(2010, 1, 20);
    later.event.end = chrono::NaiveDate::from_ymd_opt(2010, 1, 21);
    all.push(later);
    let rows = merge(all);
    let published: Vec<(&str, bool)> = rows
        .iter()
        .filter(|r| r.event.trigger == "published")
        .map(|r| (r.event.date.as_str(), r.conflict.is_some()))
        .collect();
    assert_eq!(published, [("2009-11-29", true), ("2010-01-20", false)]);
}

#[test]
fn merging_is_associative_commutative_and_idempotent() {
    let all = sources();
    // Shards by article, as separate runs over a corpus would produce them.
    let shard = |names: &[&str]| -> Vec<Source> {
        all.iter()
            .filter(|s| names.iter().any(|n| s.event.article.starts_with(n)))
            .cloned()
            .collect()
    };
    let a = merge(shard(&["ria", "ap"]));
    let b = merge(shard(&["reuters"]));
    let c = merge(shard(&["interfax", "afp"]));
    let whole = json(&merge(all.clone()));
    let left = merge_rows(
        merge_rows(a.iter().chain(&b).cloned())
            .into_iter()
            .chain(c.iter().cloned()),
    );
    let right = merge_rows(a.iter().cloned().chain(merge_rows(b.iter().chain(&c).cloned())));
    assert_eq!(json(&left), json(&right), "(a+b)+c == a+(b+c)");
    assert_eq!(json(&left), whole, "merging shards == merging everything at once");
    let reversed = merge(all.iter().rev().cloned());
    assert_eq!(json(&reversed), whole, "input order does not matter");
    let twice = merge_rows(left.iter().chain(&right).cloned());
    assert_eq!(json(&twice), whole, "a shard merged twice counts once");
}

#[test]
fn every_way_of_grouping_shards_gives_the_same_rows() {
    let all = sources();
    let whole = json(&merge(all.clone()));
    // Contiguous splits into three shards at every pair of cut points.
    for i in 0..=all.len() {
        for j in i..=all.len() {
            let (a, b, c) = (&all[..i], &all[i..j], &all[j..]);
            let ab = merge_rows(merge(a.to_vec()).into_iter().chain(merge(b.to_vec())));
            let left = merge_rows(ab.into_iter().chain(merge(c.to_vec())));
            let bc = merge_rows(merge(b.to_vec()).into_iter().chain(merge(c.to_vec())));
            let right = merge_rows(merge(a.to_vec()).into_iter().chain(bc));
            assert_eq!(json(&left), whole, "cut at {i},{j}: (a+b)+c");
            assert_eq!(json(&right), whole, "cut at {i},{j}: a+(b+c)");
        }
    }
}

#[test]
fn spilling_to_disk_gives_the_same_rows_as_memory() {
    let text = std::fs::read_to_string(EVENTS).expect("fixture events");
    let mut spill = Merger::spilling().expect("a temporary file");
    let errors = spill
        .add_jsonl(BufReader::new(text.as_bytes()))
        .expect("readable");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(json(&spill.finish().expect("merged")), json(&merge(sources())));
}

#[test]
fn bad_lines_are_reported_with_their_number_and_the_rest_is_merged() {
    let text = std::fs::read_to_string(EVENTS).expect("fixture events");
    let first = text.lines().next().expect("a line");
    let input = format!("{first}\nnot json\n{{\"date\": 5}}\n\n");
    let mut m = Merger::in_memory();
    let errors = m.add_jsonl(BufReader::new(input.as_bytes())).expect("readable");
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3]);
    assert_eq!(m.finish().expect("merged").len(), 1);
}
