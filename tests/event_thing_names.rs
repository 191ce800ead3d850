//! Places in the names of things (issue 30): "the Berlin Wall opened" names no actor,
//! where "Moscow warned", "a Moscow court" and "Kyiv officials" name their country
//! (`event/thing_names.rs`, the agent words of `event/actors.rs`).

use chronicle::event::actors::{is_agent_noun, is_role_noun, ArticleActors, Mention};
use chronicle::text::sentence::tokenize;

fn labels(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    let known = ArticleActors::learn(&[&tokens], chrono::NaiveDate::from_ymd_opt(2020, 1, 1));
    known.find(&tokens).iter().map(Mention::label).collect()
}

#[test]
fn a_place_opening_a_things_name_is_no_actor() {
    // (text, the actors found)
    let cases: &[(&str, &[&str])] = &[
        ("The Berlin Wall opened on November 9", &[]),
        ("the Warsaw Pact was dissolved in 1991", &[]),
        ("The Geneva Convention was signed in August 1949", &[]),
        ("The New York Times said in an editorial", &[]),
        ("shares closed on the Paris Stock Exchange on Friday", &[]),
        // metonymy and agents keep their country
        ("Moscow warned on Monday", &["Russia"]),
        ("Berlin said it would reply", &["Germany"]),
        ("a Moscow court jailed the activist", &["Russia"]),
        ("Kyiv officials said the bridge was hit", &["Ukraine"]),
        ("the U.S. State Department said", &["United States"]),
        (
            "the U.S. Immigration and Naturalization Service ruled",
            &["United States"],
        ),
        ("Tokyo Police arrested two men", &["Japan"]),
        // "and" after the place joins two, a short abbreviation is a place
        ("U.S. and Arab troops at the border", &["United States"]),
        (
            "embassies in Nairobi, Kenya and Dar es Salaam",
            &["Kenya", "Kenya"],
        ),
        ("she will travel to Washington DC next week", &["United States"]),
        // a title-case line is left alone
        ("Russia Warns Nato Over Baltic Drills", &["Russia", "NATO"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = labels(text).into_iter().filter(|l| !l.contains('(')).collect();
        assert_eq!(got, *want, "{text}");
    }
    for (word, agent) in [
        ("officials", true),
        ("court", true),
        ("authorities", true),
        ("department", true),
        ("ministry", true),
        ("wall", false),
        ("pact", false),
        ("exchange", false),
    ] {
        assert_eq!(is_agent_noun(word), agent, "{word}");
    }
    // a body is no role noun before a name: "department Xinhua News" names no one
    assert!(!is_role_noun("department") && !is_role_noun("officials"));
}
