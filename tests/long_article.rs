//! An enormous article is analysed a segment at a time (`chronicle::run::segment`): offsets
//! still point into the whole text, and nothing is lost at the cuts.

use chronicle::input::article::Article;
use chronicle::run::pipeline::{analyze, Options};

const SEED: &str = include_str!("../samples/ria-novosti-2009-12-01-nato-russia.txt");

fn article(text: String) -> Article {
    Article {
        id: "long".into(),
        text,
        ..Default::default()
    }
}

#[test]
fn a_long_article_is_tagged_as_its_parts_are() {
    let one = analyze(article(SEED.to_string()), &Options::default());
    let copies = chronicle::run::segment::SEGMENT_BYTES * 3 / SEED.len() + 1;
    let text = vec![SEED; copies].join("\n\n");
    assert!(text.len() > 3 * chronicle::run::segment::SEGMENT_BYTES);
    let long = analyze(article(text.clone()), &Options::default());
    // The dateline of the first copy dates the article, as it dates the seed.
    assert_eq!(long.dct.date, one.dct.date);
    // Each copy's expressions, found in every copy, at the right offsets.
    assert_eq!(long.timexes.len(), copies * one.timexes.len());
    let chars: Vec<char> = text.chars().collect();
    for t in &long.timexes {
        let found: String = chars[t.start..t.end].iter().collect();
        assert_eq!(found, t.text, "timex at {}", t.start);
    }
    let values = |ts: &[chronicle::timex::Timex]| ts.iter().map(|t| t.value.clone()).collect::<Vec<_>>();
    let last_copy = &long.timexes[long.timexes.len() - one.timexes.len()..];
    assert_eq!(values(last_copy), values(&one.timexes));
    // Events point at their trigger in the whole text, in every segment.
    assert!(!long.events.is_empty());
    let last_start = long.events.iter().map(|e| e.char_start).max().unwrap_or(0);
    assert!(last_start > chars.len() - SEED.chars().count());
    for e in &long.events {
        let found: String = chars[e.char_start..e.char_end].iter().collect();
        assert_eq!(
            found.to_lowercase(),
            e.trigger.to_lowercase(),
            "event at {}",
            e.char_start
        );
    }
}

/// `pipeline::tag` (what `chronicle timex` runs: no event stage) finds the document date,
/// language and expressions `analyze` finds, on every sample, on a text with no date, and
/// on an article long enough to be cut into segments.
#[test]
fn tagging_without_events_finds_what_the_whole_analysis_finds() {
    let copies = chronicle::run::segment::SEGMENT_BYTES * 2 / SEED.len() + 1;
    let mut cases: Vec<(String, String)> = vec![
        (
            "undated".into(),
            "The talks resumed on Friday and ended two days later.".into(),
        ),
        ("long".into(), vec![SEED; copies].join("\n\n")),
    ];
    let mut samples: Vec<_> = std::fs::read_dir("samples")
        .expect("samples/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    samples.sort();
    assert!(samples.len() >= 3, "samples/ has stories");
    for path in samples {
        let text = std::fs::read_to_string(&path).expect("a sample");
        cases.push((path.display().to_string(), text));
    }
    // The date found in the text, given with --dct, or given by the record: `tag` skips
    // the dateline search for a given date and must still find the same one.
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let mut flag = Options::default();
    flag.dct.flag = date(2015, 3, 4);
    let ways = [
        (Options::default(), None),
        (flag, None),
        (Options::default(), date(2011, 7, 9)),
    ];
    for ((name, text), (opts, record_dct)) in cases
        .iter()
        .flat_map(|case| ways.iter().map(move |way| (case, way)))
    {
        let name = format!("{name} ({:?}, record {record_dct:?})", opts.dct.flag);
        let with_record = |text: &String| Article {
            record_dct: *record_dct,
            ..article(text.clone())
        };
        let whole = analyze(with_record(text), opts);
        let tagged = chronicle::run::pipeline::tag(with_record(text), opts);
        assert_eq!(tagged.date, whole.dct.date, "{name}: document date");
        assert_eq!(
            tagged.lang,
            chronicle::lang::of(&whole.article),
            "{name}: language"
        );
        assert_eq!(tagged.timexes, whole.timexes, "{name}: expressions");
    }
}
