//! The cue lexicon: the words that tell a reader which way a clause points in time, who is
//! speaking, whether a number counts things, and whether an event happened (negation,
//! possibility, obligation, report). One table per kind of cue, read by every
//! stage that needs it: the document-date reader (`dct`), the temporal tagger (`timex`)
//! and event extraction (`event`).
//!
//! ## Readers
//!
//! Most tables are read alike by every stage that reads them. The future cues are not:
//! the stages read them differently, so some [`FUTURE`] entries are for some stages only,
//! and each entry says which with [`Readers`] bits ([`DCT`], [`TIMEX`], [`EVENT`]). The
//! reasons, in short:
//! * `dct` matches phrases on plain words of a sentence to decide whether a weekday or a
//!   year lies ahead; it takes the broad readings (`by`, `until`, `plans`), because a
//!   false "future" only drops one weak piece of evidence;
//! * `timex` looks one word at a time (two-word cues are pairs checked on their second
//!   word) and weighs the nearest cue against past tenses; a broad cue there moves a
//!   resolved date, so `plans` counts only as `plans to` (not "vacation plans"), and `by`
//!   is a deadline preposition of its own, not a future cue;
//! * `event` marks an event `scheduled` when a cue stands between its clause start and its
//!   trigger; it takes phrases that name a plan outright (`to be held`, `is going to`).
//!
//! A stage takes its view with [`read_by`] (a list of phrases) — a named filter of the one
//! table, never a second list. Phrases are lower case, words separated by one space.

/// Which stages read a cue entry: a set of the bits below.
pub type Readers = u8;
/// The document-date reader (`src/dct/`).
pub const DCT: Readers = 1;
/// The temporal tagger's tense cues (`src/timex/`).
pub const TIMEX: Readers = 2;
/// Event extraction (`src/event/`).
pub const EVENT: Readers = 4;
/// Every stage.
pub const ALL: Readers = DCT | TIMEX | EVENT;

/// The phrases of `table` that `reader` reads, in table order.
pub fn read_by(table: &[(&'static str, Readers)], reader: Readers) -> Vec<&'static str> {
    table
        .iter()
        .filter(|&&(_, readers)| readers & reader != 0)
        .map(|&(phrase, _)| phrase)
        .collect()
}

/// Words and phrases that point a clause to the future: a weekday or year after them lies
/// ahead of the document date, an event after them is scheduled, not done.
pub const FUTURE: &[(&str, Readers)] = &[
    // modals of the future
    ("will", ALL),
    ("'ll", TIMEX | EVENT),
    ("wo", TIMEX), // the first token of "won't"
    ("shall", ALL),
    ("might", TIMEX),
    // "is to", "due": an arrangement
    ("is to", ALL),
    ("are to", ALL),
    ("is due", DCT | EVENT),
    ("are due", DCT | EVENT),
    ("due to", DCT | EVENT),
    ("due", TIMEX),
    ("set to", ALL),
    ("going to", DCT | TIMEX),
    ("is going to", EVENT),
    ("are going to", EVENT),
    ("supposed to", TIMEX),
    ("poised to", TIMEX),
    ("slated to", TIMEX),
    // a schedule stated in the present: "talks are set for Friday", "slated for May"
    ("set for", TIMEX),
    ("slated for", TIMEX),
    ("due for", TIMEX),
    ("slated", EVENT),
    // schedules and plans
    ("scheduled", ALL),
    ("schedule", TIMEX),
    ("planned", ALL),
    ("planning", TIMEX),
    ("plans", DCT), // also a noun ("vacation plans"): the tagger and events want "plans to"
    ("plans to", TIMEX | EVENT),
    ("plan to", TIMEX | EVENT),
    ("expected", DCT | TIMEX),
    ("expected to", EVENT),
    ("expects", TIMEX),
    ("to be held", EVENT),
    ("aims", DCT | TIMEX),
    ("intends", TIMEX),
    ("hopes", TIMEX),
    ("likely", TIMEX),
    ("postponed", TIMEX),
    // what lies ahead
    ("next", ALL),
    ("upcoming", ALL),
    ("forthcoming", ALL),
    ("coming", DCT | TIMEX),
    ("ahead of", DCT | EVENT),
    ("ahead", TIMEX),
    ("tomorrow", TIMEX),
    ("soon as", TIMEX),  // "as soon as"
    ("early as", TIMEX), // "as early as"
    // the end of a stretch that runs from now
    ("until", DCT | TIMEX),
    ("till", DCT | TIMEX),
    ("by", DCT), // the tagger reads it as a deadline (`timex::tables::DEADLINE_PREPOSITIONS`)
];

/// Future-in-the-past cues: what was said to come may have come by the DCT or not
/// (`announced that the father would be traveling Thursday`), so a weekday or month in
/// their sentence is the nearer one either way.
/// `could` belongs here too: the past of `can` (`he could not be located Wednesday`) as
/// much as a possibility ahead (`the vote could come Friday`); and `effective`, the day a
/// change takes effect, which may be behind or ahead (`created an office, effective Feb. 1`).
pub const FUTURE_IN_PAST: &[&str] = &["would", "could", "effective"];

/// Past verbs of commitment: before `to` and a verb (`agreed to buy … in February`,
/// `has decided to admit Poland in early March`) they report, in the past, a step still
/// ahead of the moment they tell of, so they are future-in-the-past cues like `would`: a
/// weekday or month in their clause is the nearer one either way. Before `to` and a
/// noun phrase (`agreed to a meeting earlier this week`) they stay past tenses.
pub const COMMITMENT_VERBS: &[&str] = &[
    "agreed",
    "decided",
    "promised",
    "pledged",
    "vowed",
    "voted",
    "offered",
    "threatened",
];

/// Words that point a sentence to the past; they win over a future cue found farther away.
pub const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "since",
    "last",
    "yesterday",
    "earlier",
    "told",
    "announced",
    "reported",
    // irregular past tenses (regular ones are caught by their -ed); forms that are also
    // present tenses or common nouns (`set`, `cut`, `hit`, `left`, `saw`, `felt`) are left out
    "rose",
    "fell",
    "grew",
    "met",
    "took",
    "began",
    "came",
    "went",
    "made",
    "held",
    "gave",
    "sold",
    "bought",
    "brought",
    "thought",
    "won",
    "lost",
    "fought",
    "spoke",
    "wrote",
    "broke",
    "chose",
    "drove",
    "flew",
    "knew",
    "ran",
    "stood",
    "struck",
    "threw",
    "became",
    "paid",
    "sent",
    "spent",
    "built",
    "caught",
    "kept",
    "sought",
    "shot",
    "fled",
    "withdrew",
    "drew",
    "arose",
    "overcame",
    "led",
    "found",
    "got",
    "heard",
    "meant",
    "slid",
    "sank",
    "swept",
    "stole",
    "tore",
];

/// Verbs of reporting in their past and present forms: a date beside one is when it was
/// said ("said Tuesday"), and one closing a sentence after a quote attributes it. Read by
/// `dct` (attribution cues) and `timex` (`said earlier`, attributions after a quote).
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "reported",
    "warned",
    "noted",
    "wrote",
    "added",
    "claimed",
    "declared",
    "insisted",
    "confirmed",
    "denied",
    "stressed",
    "urged",
    "accused",
];

/// Nouns after a number that make it a count, not a year ("2000 troops", "1500 points").
/// Read by `dct` (a count is no history year) and `timex` (a count is no date).
pub const COUNT_NOUNS: &[&str] = &[
    // people
    "people",
    "troops",
    "soldiers",
    "servicemen",
    "personnel",
    "men",
    "women",
    "civilians",
    "refugees",
    "workers",
    "employees",
    "members",
    "students",
    "residents",
    "delegates",
    "participants",
    // things and tallies
    "tanks",
    "aircraft",
    "jets",
    "vehicles",
    "cars",
    "units",
    "jobs",
    "deaths",
    "cases",
    "votes",
    "points",
    "shares",
    "copies",
    "barrels",
    // money
    "dollars",
    "euros",
    "roubles",
    "rubles",
    // measures
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "yards",
    "acres",
    "square",
    "tonnes",
    "tons",
    "pounds",
];

/// Determiners and possessives: articles, demonstratives, possessive pronouns. A word after
/// one heads or modifies a noun phrase: a participle there is an adjective (`the proposed
/// merger`), a verb form a noun (`his leave`).
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
];

/// Quantifiers and order words that open a noun phrase as a determiner does (`each
/// meeting`, `the first visit`, `next talks`): event extraction reads the word after one
/// as a noun; the tense cues leave them out (`next`, `last` are cues of their own).
pub const NOUN_PHRASE_OPENERS: &[&str] = &[
    "another", "each", "every", "any", "some", "no", "first", "last", "next", "latest", "recent", "previous",
];

/// Modal auxiliaries: the word after one is a bare verb, and the clause is not a plain past.
pub const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll",
];

/// Modals of the future that rule their whole clause, a subset of [`MODALS`].
pub const FUTURE_MODALS: &[&str] = &["will", "'ll", "shall"];

/// Words of negation (`did not meet`, `didn't meet`, `never met`, `no meeting`). The tense
/// cues read the verb's own negations (a negated verb after them is no present schedule);
/// event factuality reads every word that makes an event not happen, before a verb or a
/// noun.
pub const NEGATION: &[(&str, Readers)] = &[
    ("not", TIMEX | EVENT),
    ("n't", TIMEX | EVENT),
    ("never", TIMEX | EVENT),
    ("didn't", TIMEX),
    ("no", EVENT),
    ("nobody", EVENT),
    ("none", EVENT),
    ("nothing", EVENT),
    ("neither", EVENT),
    ("nor", EVENT),
    ("without", EVENT),
    ("cannot", EVENT),
];

/// Words that make an event a possibility, not a fact: modals ("may", "could") and
/// adverbs ("possibly", "likely"). Read by event factuality.
pub const POSSIBILITY: &[&str] = &[
    "may",
    "might",
    "could",
    "possibly",
    "perhaps",
    "likely",
    "probably",
    "unlikely",
    "potential",
    "potentially",
];

/// Modals that make an event a demand ("must", "should"). Read by event factuality.
pub const OBLIGATION: &[&str] = &["must", "should"];

/// Words that make what follows someone's report, beside the [`REPORTING_VERBS`]:
/// "according to", "reportedly", "allegedly". Read by event factuality.
pub const REPORT_WORDS: &[&str] = &["according", "reportedly", "allegedly"];

/// Forms of `do`, the auxiliary of questions and negations.
pub const DO_FORMS: &[&str] = &["do", "does", "did"];

/// Personal pronouns that stand as subjects (`he one day follows`).
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you", "it"];

/// The entries of [`PAST`] that are no verbs (adverbs and prepositions of the past): a
/// clause's tense ([`crate::text::clause::tense`]) reads only the verbs.
pub const PAST_NON_VERBS: &[&str] = &["ago", "since", "last", "yesterday", "earlier"];

/// Words that join two clauses (`spoke … on Wednesday and will meet him next week`):
/// with a finite verb, a modal or a subject after them ([`crate::text::clause::starts_clause`]),
/// a new clause with its own tense begins.
pub const CLAUSE_JOINERS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "although", "though", "because", "yet",
];

/// Finite auxiliaries that open a clause's verb group after a joiner (`… and will meet`,
/// `… but was not`), by the tense they give the clause.
pub const PAST_AUXILIARIES: &[&str] = &[
    "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't",
];
/// See [`PAST_AUXILIARIES`].
pub const PRESENT_AUXILIARIES: &[&str] = &[
    "is", "are", "am", "has", "have", "does", "do", "isn't", "aren't", "hasn't", "haven't", "doesn't",
    "don't",
];

/// Copulas of a present schedule: `the vote is on Friday`, `talks are on Monday`.
pub const PRESENT_COPULAS: &[&str] = &["is", "are", "'s"];

/// Participles of a plan that, after a present copula (`is scheduled to`, `are expected
/// to`), rule a long sentence as `will` does: a weekday or month far after them, with no
/// cue nearer, lies ahead (`Albright is scheduled to spend five hours in Dar es Salaam,
/// Tanzania, her first stop Tuesday morning`).
pub const PRESENT_PLAN_PARTICIPLES: &[&str] = &["scheduled", "expected", "slated", "due"];

/// Whether `words` (lower case, in order) holds `phrase` (words separated by one space) as
/// consecutive words: how a phrase of these tables is matched against a window of text.
pub fn contains_phrase<W: AsRef<str>>(words: &[W], phrase: &str) -> bool {
    // Most words are not the phrase's first word: test that alone, and only then the rest
    // (the phrase is split again only there, so nothing is allocated).
    let first = phrase.split(' ').next().unwrap_or(phrase);
    words.iter().enumerate().any(|(i, w)| {
        w.as_ref() == first
            && phrase
                .split(' ')
                .enumerate()
                .all(|(k, part)| words.get(i + k).is_some_and(|w| w.as_ref() == part))
    })
}

/// Words of several lists joined into one, in order: a named union of the tables above.
pub fn union(lists: &[&[&'static str]]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for &list in lists {
        for &w in list {
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table: lower case, single spaces, no entry twice, every entry read by someone.
    #[test]
    fn tables_are_clean() {
        let tagged: &[(&str, &[(&str, Readers)])] = &[("FUTURE", FUTURE), ("NEGATION", NEGATION)];
        let plain: &[(&str, &[&str])] = &[
            ("REPORTING_VERBS", REPORTING_VERBS),
            ("COUNT_NOUNS", COUNT_NOUNS),
            ("PAST", PAST),
            ("FUTURE_IN_PAST", FUTURE_IN_PAST),
            ("COMMITMENT_VERBS", COMMITMENT_VERBS),
            ("DETERMINERS", DETERMINERS),
            ("NOUN_PHRASE_OPENERS", NOUN_PHRASE_OPENERS),
            ("MODALS", MODALS),
            ("FUTURE_MODALS", FUTURE_MODALS),
            ("PRESENT_PLAN_PARTICIPLES", PRESENT_PLAN_PARTICIPLES),
            ("POSSIBILITY", POSSIBILITY),
            ("OBLIGATION", OBLIGATION),
            ("REPORT_WORDS", REPORT_WORDS),
            ("DO_FORMS", DO_FORMS),
            ("SUBJECT_PRONOUNS", SUBJECT_PRONOUNS),
        ];
        let mut all: Vec<(&str, Vec<&str>)> = plain.iter().map(|(n, l)| (*n, l.to_vec())).collect();
        for (name, table) in tagged {
            for (phrase, readers) in *table {
                assert!(
                    *readers != 0 && readers & !ALL == 0,
                    "{name}: {phrase} has readers {readers}"
                );
            }
            all.push((name, table.iter().map(|(p, _)| *p).collect()));
        }
        for (name, words) in all {
            for (i, w) in words.iter().enumerate() {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w} is not lower case");
                assert!(
                    !w.is_empty() && !w.contains("  ") && w.trim() == *w,
                    "{name}: {w:?}"
                );
                assert!(!words[..i].contains(w), "{name}: {w} twice");
            }
        }
    }

    /// The modals among the possibility and obligation words are modals.
    #[test]
    fn modality_modals_are_modals() {
        let rows: &[(&str, bool)] = &[
            ("may", true),
            ("could", true),
            ("must", true),
            ("should", true),
            ("likely", false),
        ];
        for &(w, modal) in rows {
            assert!(POSSIBILITY.contains(&w) || OBLIGATION.contains(&w), "{w}");
            assert_eq!(MODALS.contains(&w), modal, "{w}");
        }
    }

    #[test]
    fn future_modals_are_modals() {
        for w in FUTURE_MODALS {
            assert!(MODALS.contains(w), "{w}");
        }
    }

    /// Each reader's view of the future cues, by rows: the word, and whether dct, timex and
    /// event read it.
    #[test]
    fn readers_see_their_views() {
        let rows: &[(&str, bool, bool, bool)] = &[
            ("will", true, true, true),
            ("'ll", false, true, true),
            ("by", true, false, false),
            ("plans", true, false, false),
            ("plans to", false, true, true),
            ("to be held", false, false, true),
            ("ahead of", true, false, true),
            ("ahead", false, true, false),
            ("tomorrow", false, true, false),
            ("until", true, true, false),
            ("yesterday", false, false, false),
        ];
        let (d, t, e) = (
            read_by(FUTURE, DCT),
            read_by(FUTURE, TIMEX),
            read_by(FUTURE, EVENT),
        );
        for &(w, dct, timex, event) in rows {
            assert_eq!(
                (d.contains(&w), t.contains(&w), e.contains(&w)),
                (dct, timex, event),
                "{w}"
            );
        }
    }

    /// Rows: a word, whether it is a reporting verb, whether a count noun.
    #[test]
    fn reporting_and_count_words() {
        let rows: &[(&str, bool, bool)] = &[
            ("said", true, false),
            ("denied", true, false),
            ("accused", true, false),
            ("troops", false, true),
            ("points", false, true),
            ("civilians", false, true),
            ("tonnes", false, true),
            ("years", false, false),
            ("meeting", false, false),
        ];
        for &(w, reporting, count) in rows {
            assert_eq!(
                (REPORTING_VERBS.contains(&w), COUNT_NOUNS.contains(&w)),
                (reporting, count),
                "{w}"
            );
        }
    }

    /// Rows: words, a phrase, whether the words hold it.
    #[test]
    fn phrases_match_whole_words_in_order() {
        let rows: &[(&[&str], &str, bool)] = &[
            (&["talks", "are", "to", "resume"], "are to", true),
            (&["talks", "are", "due", "to"], "are to", false),
            (&["will"], "will", true),
            (&["willing"], "will", false),
            (&["to", "be", "held"], "to be held", true),
            (&["to", "be"], "to be held", false),
            (&[], "will", false),
        ];
        for &(words, phrase, want) in rows {
            assert_eq!(contains_phrase(words, phrase), want, "{words:?} {phrase}");
            let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            assert_eq!(
                contains_phrase(&owned, phrase),
                want,
                "{words:?} {phrase} (owned)"
            );
        }
    }

    #[test]
    fn unions_keep_order_and_drop_repeats() {
        assert_eq!(
            union(&[&["a", "b"], &["b", "c"], &["a", "d"]]),
            ["a", "b", "c", "d"]
        );
    }
}
