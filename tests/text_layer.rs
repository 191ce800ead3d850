//! The shared text layer (`src/text/`): the sentence splitter, the two tokenizers, and the
//! document-date reader's use of the splitter. Table-driven: each row is one case.

use chronicle::dct::evidence::{latest_past_year, weekday_cues, CueStrength};
use chronicle::text::{sentence, token};

/// Rows: a text and the sentences the splitter cuts it into.
const SENTENCES: &[(&str, &[&str])] = &[
    // full stops, question and exclamation marks
    ("Mr. Smith arrived. He left.", &["Mr. Smith arrived.", "He left."]),
    ("Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
    // titles before a name
    (
        "Gen. Ivanov met Sen. Reid. They talked.",
        &["Gen. Ivanov met Sen. Reid.", "They talked."],
    ),
    (
        "Prof. Lee and Dr. Chen spoke.",
        &["Prof. Lee and Dr. Chen spoke."],
    ),
    (
        "Capt. Hook and Sgt. Pepper left.",
        &["Capt. Hook and Sgt. Pepper left."],
    ),
    // dotted initialisms
    (
        "The U.S. Treasury on Tuesday sold bonds.",
        &["The U.S. Treasury on Tuesday sold bonds."],
    ),
    (
        "U.N. envoys met U.K. officials.",
        &["U.N. envoys met U.K. officials."],
    ),
    (
        "The U.S.-led force left. Others stayed.",
        &["The U.S.-led force left.", "Others stayed."],
    ),
    (
        "Talks at 10 a.m. ended by 2 p.m. on Friday.",
        &["Talks at 10 a.m. ended by 2 p.m. on Friday."],
    ),
    (
        "Cities, e.g. Paris, i.e. big ones.",
        &["Cities, e.g. Paris, i.e. big ones."],
    ),
    // the price of the rule: a sentence ending in an abbreviation runs on
    (
        "He lives in the U.S. The next day he left.",
        &["He lives in the U.S. The next day he left."],
    ),
    // months
    ("On Dec. 1 the talks began.", &["On Dec. 1 the talks began."]),
    (
        "Sept. 11 changed everything. Oct. 7 followed.",
        &["Sept. 11 changed everything.", "Oct. 7 followed."],
    ),
    (
        "WASHINGTON, Dec. 1 (Reuters) - The U.S. Treasury sold bonds.",
        &["WASHINGTON, Dec. 1 (Reuters) - The U.S. Treasury sold bonds."],
    ),
    // initials
    (
        "J. Smith and George W. Bush met.",
        &["J. Smith and George W. Bush met."],
    ),
    ("A. B. Carter spoke.", &["A. B. Carter spoke."]),
    // companies, numbers, places
    (
        "Acme Inc. said profits rose. Shares fell.",
        &["Acme Inc. said profits rose.", "Shares fell."],
    ),
    (
        "Acme Corp. and Beta Co. merged.",
        &["Acme Corp. and Beta Co. merged."],
    ),
    (
        "No. 10 Downing Street said so.",
        &["No. 10 Downing Street said so."],
    ),
    (
        "He was born in St. Petersburg.",
        &["He was born in St. Petersburg."],
    ),
    ("Smith Jr. won.", &["Smith Jr. won."]),
    // dots inside a token end nothing
    (
        "Prices rose 3.5 percent. Bonds fell.",
        &["Prices rose 3.5 percent.", "Bonds fell."],
    ),
    ("It cost $1.5 billion.", &["It cost $1.5 billion."]),
    (
        "Visit ria.ru for more. Thanks.",
        &["Visit ria.ru for more.", "Thanks."],
    ),
    (
        "He left...  Then he came back.",
        &["He left...", "Then he came back."],
    ),
    // closing quotes and brackets stay with their sentence
    (
        "He said: \"We will go.\" Then he left.",
        &["He said: \"We will go.\"", "Then he left."],
    ),
    ("(He left.) They stayed.", &["(He left.)", "They stayed."]),
    ("It ended.' Next one.", &["It ended.'", "Next one."]),
    ("It ended.\u{201d} Next one.", &["It ended.\u{201d}", "Next one."]),
    // paragraphs, headings, wrapped lines
    (
        "First paragraph\n\nSecond paragraph",
        &["First paragraph", "Second paragraph"],
    ),
    ("One\n  \nTwo", &["One", "Two"]),
    (
        "Headline Here\nThe story starts.",
        &["Headline Here", "The story starts."],
    ),
    (
        "A line wrapped\nin the middle goes on. End.",
        &["A line wrapped\nin the middle goes on.", "End."],
    ),
    // other scripts
    (
        "Café owners met. Они ушли. 日本",
        &["Café owners met.", "Они ушли.", "日本"],
    ),
    // nothing to split
    ("", &[]),
    ("   \n\n  ", &[]),
    ("no full stop", &["no full stop"]),
];

#[test]
fn sentence_splitter() {
    for (text, want) in SENTENCES {
        let spans = sentence::sentence_spans(text);
        let got: Vec<&str> = spans.iter().map(|s| &text[s.clone()]).collect();
        assert_eq!(got, *want, "{text:?}");
        // the spans are the sentences `sentences` gives, with their tokens
        let with_tokens: Vec<String> = sentence::sentences(text)
            .iter()
            .map(|s| sentence::char_slice(text, s.start, s.end))
            .collect();
        assert_eq!(with_tokens, *want, "{text:?} (sentences)");
    }
}

#[test]
fn sentence_around_a_word() {
    let text = "One. Two three.  Four";
    let spans = sentence::SentenceSpans::new(text);
    let at = |word: &str| {
        let start = text.find(word).unwrap();
        let span = spans.around(start, start + word.len());
        &text[span]
    };
    assert_eq!(at("One"), "One.");
    assert_eq!(at("three"), "Two three.");
    assert_eq!(at("Four"), "Four");
    // between sentences: the white space between them
    assert_eq!(&text[spans.around(16, 16)], "  ");
    // past the end, and an empty text
    assert_eq!(spans.around(text.len(), text.len()), text.len()..text.len());
    assert_eq!(sentence::SentenceSpans::new("").around(0, 0), 0..0);
}

/// Rows: a text and its word tokens.
const WORDS: &[(&str, &[&str])] = &[
    ("U.S. forces", &["U.S.", "forces"]),
    ("Dec. 1", &["Dec.", "1"]),
    ("Mr. Smith", &["Mr.", "Smith"]),
    ("J. Smith", &["J.", "Smith"]),
    ("e.g. this", &["e.g.", "this"]),
    ("3.5 percent", &["3.5", "percent"]),
    ("100,000 troops", &["100,000", "troops"]),
    ("1980, then", &["1980", ",", "then"]),
    ("a, b", &["a", ",", "b"]),
    ("Russia's envoy", &["Russia", "'s", "envoy"]),
    ("Russia\u{2019}s envoy", &["Russia", "\u{2019}s", "envoy"]),
    ("ministers' talks", &["ministers", "'", "talks"]),
    ("don't", &["don't"]),
    ("NATO-Russia", &["NATO-Russia"]),
    ("AT&T", &["AT&T"]),
    ("end.", &["end", "."]),
    ("(Reuters) -", &["(", "Reuters", ")", "-"]),
    ("10:30", &["10", ":", "30"]),
    ("\"Cold War\"", &["\"", "Cold", "War", "\""]),
    ("Café talks", &["Café", "talks"]),
    // a vertical tab is white space to words (`char::is_whitespace`)
    ("a\u{b}b", &["a", "b"]),
    ("", &[]),
];

#[test]
fn word_tokenizer() {
    for (text, want) in WORDS {
        let got: Vec<&str> = sentence::tokenize(text).iter().map(|t| t.text).collect();
        assert_eq!(got, *want, "{text:?}");
    }
}

#[test]
fn word_tokens_have_lower_case_forms_and_char_offsets() {
    let toks = sentence::tokenize("The U.S. Café’s TALKS");
    let rows: &[(&str, &str, usize, usize)] = &[
        ("The", "the", 0, 3),
        ("U.S.", "u.s.", 4, 8),
        ("Café", "café", 9, 13),
        ("’s", "’s", 13, 15),
        ("TALKS", "talks", 16, 21),
    ];
    assert_eq!(toks.len(), rows.len());
    for (t, &(text, lower, start, end)) in toks.iter().zip(rows) {
        assert_eq!((t.text, &*t.lower, t.start, t.end), (text, lower, start, end));
    }
}

/// Rows: a text and its atom tokens with their kinds (W word, N number, M mixed, P punct).
const ATOMS: &[(&str, &[(&str, char)])] = &[
    ("U.S.", &[("U", 'W'), (".", 'P'), ("S", 'W'), (".", 'P')]),
    ("1990s", &[("1990s", 'M')]),
    ("Q3 21st", &[("Q3", 'M'), ("21st", 'M')]),
    ("five-day", &[("five", 'W'), ("-", 'P'), ("day", 'W')]),
    (
        "10:30 a.m.",
        &[
            ("10", 'N'),
            (":", 'P'),
            ("30", 'N'),
            ("a", 'W'),
            (".", 'P'),
            ("m", 'W'),
            (".", 'P'),
        ],
    ),
    ("Friday's", &[("Friday", 'W'), ("'", 'P'), ("s", 'W')]),
    ("1,000", &[("1", 'N'), (",", 'P'), ("000", 'N')]),
    ("Café 2009", &[("Café", 'W'), ("2009", 'N')]),
    ("Сентябрь—2009", &[("Сентябрь", 'W'), ("—", 'P'), ("2009", 'N')]),
    // a vertical tab is a mark to the grammar (`u8::is_ascii_whitespace`), a tab is space
    (
        "a\u{b}b\tc",
        &[("a", 'W'), ("\u{b}", 'P'), ("b", 'W'), ("c", 'W')],
    ),
    ("", &[]),
];

#[test]
fn atom_tokenizer() {
    for (text, want) in ATOMS {
        let got: Vec<(&str, char)> = token::tokenize(text)
            .iter()
            .map(|t| {
                let kind = match t.kind {
                    token::Kind::Word => 'W',
                    token::Kind::Num => 'N',
                    token::Kind::Mixed => 'M',
                    token::Kind::Punct => 'P',
                };
                (t.text(text), kind)
            })
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}

#[test]
fn atom_tokens_spacing_and_lower_case_view() {
    let text = "On FRIDAY five - day\n\nNext";
    let low = text.to_ascii_lowercase();
    let toks = token::tokenize(text);
    let rows: &[(&str, &str, bool, bool)] = &[
        ("On", "on", true, false),
        ("FRIDAY", "friday", true, false),
        ("five", "five", true, false),
        ("-", "-", true, false),
        ("day", "day", true, false),
        ("Next", "next", true, true),
    ];
    assert_eq!(toks.len(), rows.len());
    for (t, &(word, lower, space, para)) in toks.iter().zip(rows) {
        assert_eq!(
            (t.text(text), t.lower(&low), t.space_before, t.para_before),
            (word, lower, space, para)
        );
    }
    let joined = token::tokenize("five-day");
    assert!(!joined[1].space_before && !joined[2].space_before);
}

/// The document-date reader reads weekday cues through the shared splitter: a dot after
/// "U.S.", "Gen." or "Dec." no longer ends the lead sentence, so the weekday stays a lead
/// cue. Rows: the story, where its dateline ends (chars), the strength of its first cue.
#[test]
fn lead_weekday_cues_survive_abbreviations() {
    let rows: &[(&str, usize, CueStrength)] = &[
        (
            "WASHINGTON, Dec. 1 (Reuters) - The U.S. Treasury on Tuesday sold bonds.",
            30,
            CueStrength::Lead,
        ),
        (
            "MOSCOW, Dec. 1 (RIA Novosti) - Gen. Nikolai Makarov on Tuesday met envoys.",
            30,
            CueStrength::Lead,
        ),
        (
            "LONDON, Dec. 1 (AP) - Prices rose 3.5 percent on Tuesday, traders said.",
            21,
            CueStrength::Lead,
        ),
        (
            "LONDON, Dec. 1 (AP) - Prices rose.\n\nThe index had fallen on Monday.",
            21,
            CueStrength::Other,
        ),
        (
            "LONDON, Dec. 1 (AP) - Prices rose.\n\nThe minister said Monday that it fell.",
            21,
            CueStrength::Attribution,
        ),
    ];
    for &(text, dateline_end, want) in rows {
        let cues = weekday_cues(text, dateline_end);
        assert_eq!(cues.first().map(|c| c.strength), Some(want), "{text}");
    }
    // a future cue in the clause drops the mention
    let future = weekday_cues("PARIS, Dec. 1 (AFP) - Ministers will meet on Friday.", 20);
    assert!(future.is_empty(), "{future:?}");
}

/// A future cue speaks only for its own clause or phrase (text::clause's boundaries): one
/// inside brackets, quotes or before a dash leaves the weekday a cue. Rows: the story, whether
/// its Tuesday is read as a cue.
#[test]
fn future_cues_stop_at_clause_boundaries() {
    let rows: &[(&str, bool)] = &[
        ("PARIS, Dec. 1 (AFP) - Ministers will meet on Tuesday.", false),
        (
            "PARIS, Dec. 1 (AFP) - Ministers (who will meet again in June) met on Tuesday.",
            true,
        ),
        (
            "PARIS, Dec. 1 (AFP) - \"We will reply\" Lavrov said on Tuesday.",
            true,
        ),
        (
            "PARIS, Dec. 1 (AFP) - Talks will resume, Lavrov said on Tuesday.",
            true,
        ),
        (
            "PARIS, Dec. 1 (AFP) - Talks will resume \u{2014} Lavrov said on Tuesday.",
            true,
        ),
        ("PARIS, Dec. 1 (AFP) - Talks are due to resume on Tuesday.", false),
    ];
    for &(text, cue) in rows {
        let cues = weekday_cues(text, 20);
        assert_eq!(!cues.is_empty(), cue, "{text}: {cues:?}");
    }
}

/// Rows: a story and the latest year it mentions as history.
#[test]
fn latest_past_year_reads_sentences() {
    let rows: &[(&str, Option<i32>)] = &[
        ("The sale was the largest since 2008.", Some(2008)),
        ("Some 2000 troops left in 2007.", Some(2007)),
        ("The U.S. plan, drafted in 2006, will end in 2012.", Some(2006)),
        (
            "Prices rose 3.5 percent in 2005. Talks are set to end in 2011.",
            Some(2005),
        ),
        ("No year here.", None),
    ];
    for &(text, want) in rows {
        assert_eq!(latest_past_year(text).map(|(y, _)| y), want, "{text}");
    }
}
