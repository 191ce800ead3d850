//! The closed word classes of English and the verb and event-noun tables, gathered per
//! word into one [`Lexeme`]: what a reader of a sentence needs to know about a word
//! before any rule looks at it.
//!
//! Each class is a data table here (determiners, prepositions, auxiliaries, modals,
//! copulas, pronouns, clause openers, adverbs a verb search skips, `-ed`/`-ing` words
//! that are not verbs). The verb table is the CAMEO verb synsets plus common verbs with
//! their irregular forms; the event-noun table names occurrences ("meeting") and things
//! ("treaty"). [`lexeme`] looks a lower-case word up in all of them at once, so a token
//! ([`super::sentence::Token`]) tests bits instead of hashing its word once per table.
//! Cue words (future, past, reporting, counts) live in [`super::cues`].

use std::collections::HashMap;
use std::sync::OnceLock;

pub use super::cues::{DETERMINERS, MODALS, NOUN_PHRASE_OPENERS};

/// Prepositions that can introduce a temporal phrase or continue a noun phrase.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "during",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "for",
    "with",
    "from",
    "to",
    "into",
    "over",
    "between",
    "among",
    "through",
    "throughout",
    "within",
    "amid",
    "ahead",
    "following",
    "about",
    "against",
    "across",
    "under",
    "around",
    "near",
    "toward",
    "towards",
    "per",
    "via",
    "as",
    "than",
    "like",
    "upon",
    "without",
    "beyond",
    "despite",
    "including",
];

/// Auxiliaries and modals.
pub const AUXILIARIES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were",
    "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "'ll", "'d", "wo",
];

/// Forms of "be": the copula is never a trigger.
pub const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
];

/// Pronouns that stand as subjects.
pub const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "there", "this", "that",
];

/// Clause openers after a comma: ", and", ", which", ", saying".
pub const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "or",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "as",
    "after",
    "before",
    "when",
    "since",
    "so",
    "yet",
    "saying",
    "adding",
    "sending",
    "including",
    "according",
];

/// Words ending in -ed/-ing that are not verbs.
pub const NOT_VERBS: &[&str] = &[
    "red",
    "bed",
    "need",
    "seed",
    "speed",
    "feed",
    "hundred",
    "shed",
    "bred",
    "sacred",
    "naked",
    "wicked",
    "thing",
    "things",
    "something",
    "nothing",
    "anything",
    "everything",
    "king",
    "ring",
    "wing",
    "spring",
    "string",
    "during",
    "morning",
    "evening",
    "ceiling",
    "building",
    "meeting",
    "meetings",
    "briefing",
    "hearing",
    "hearings",
    "wedding",
    "funding",
    "fighting",
    "shooting",
    "bombing",
    "bombings",
    "killing",
    "killings",
    "kidnapping",
    "shelling",
    "ruling",
    "training",
    "offering",
    "opening",
    "gathering",
    "beijing",
    "reading",
    "according",
    "including",
    "following",
    "regarding",
    "concerning",
    "united",
    "limited",
    "related",
    "based",
    "armed",
    "advanced",
    "detailed",
    "interested",
    "supposed",
    "alleged",
    "so-called",
    "unprecedented",
    "unexpected",
    "unchanged",
    "unspecified",
    "unidentified",
    "unnamed",
    "undisclosed",
    "unconfirmed",
    "unemployed",
    "unexplained",
    "unarmed",
    "unopposed",
    "unsecured",
    "unaudited",
    "subordinated",
    "dated",
    "indeed",
    "agreed-upon",
    "further",
    "need",
    "needs",
];

/// Verb forms that are far more often nouns or particles in news copy ("given back",
/// "abortion-clinic doctor", "head of state"): verbs only after a verb cue (a pronoun,
/// an auxiliary, "to": "we'll back the plan", "to head the talks").
pub const VERBS_ONLY_AFTER_CUE: &[&str] = &["back", "doctor", "head", "face"];

/// Adverbs and particles skipped when looking for a verb's neighbours.
pub const SKIPPABLE_ADVERBS: &[&str] = &[
    "also",
    "almost",
    "not",
    "never",
    "already",
    "still",
    "just",
    "only",
    "even",
    "now",
    "then",
    "formally",
    "reportedly",
    "officially",
    "finally",
    "again",
    "earlier",
    "later",
    "recently",
    "previously",
    "once",
];

/// A verb form from the CAMEO synsets: its lemma and top-level code (may be empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbEntry {
    pub lemma: &'static str,
    pub code: &'static str,
}

const VERBS_TSV: &str = include_str!("../event/data/verbs.tsv");
const NOUNS_TSV: &str = include_str!("../event/data/event-nouns.tsv");

/// Common verbs the CAMEO synsets lack (general, non-political), with their forms.
/// Form, lemma.
#[rustfmt::skip]
const COMMON_VERBS: &[(&str, &str)] = &[
    ("go", "go"), ("goes", "go"), ("went", "go"), ("gone", "go"),
    ("come", "come"), ("comes", "come"), ("came", "come"),
    ("become", "become"), ("became", "become"), ("becomes", "become"),
    ("fall", "fall"), ("fell", "fall"), ("fallen", "fall"), ("falls", "fall"),
    ("rise", "rise"), ("rose", "rise"), ("risen", "rise"), ("rises", "rise"),
    ("lose", "lose"), ("lost", "lose"), ("loses", "lose"),
    ("win", "win"), ("won", "win"), ("wins", "win"),
    ("hold", "hold"), ("held", "hold"), ("holds", "hold"),
    ("take", "take"), ("took", "take"), ("taken", "take"), ("takes", "take"),
    ("make", "make"), ("made", "make"), ("makes", "make"),
    ("get", "get"), ("got", "get"), ("gets", "get"),
    ("see", "see"), ("saw", "see"), ("seen", "see"), ("sees", "see"),
    ("begin", "begin"), ("began", "begin"), ("begun", "begin"), ("begins", "begin"),
    ("leave", "leave"), ("left", "leave"), ("leaves", "leave"),
    ("put", "put"), ("puts", "put"), ("set", "set"), ("sets", "set"),
    ("pay", "pay"), ("paid", "pay"), ("pays", "pay"),
    ("buy", "buy"), ("bought", "buy"), ("buys", "buy"),
    ("sell", "sell"), ("sold", "sell"), ("sells", "sell"),
    ("spend", "spend"), ("spent", "spend"), ("build", "build"), ("built", "build"),
    ("find", "find"), ("found", "find"), ("finds", "find"),
    ("think", "think"), ("thought", "think"), ("know", "know"), ("knew", "know"), ("known", "know"),
    ("run", "run"), ("ran", "run"), ("runs", "run"),
    ("grow", "grow"), ("grew", "grow"), ("grown", "grow"), ("grows", "grow"),
    ("drop", "drop"), ("dropped", "drop"), ("drops", "drop"),
    ("shrink", "shrink"), ("shrank", "shrink"), ("shrunk", "shrink"),
    ("emerge", "emerge"), ("emerged", "emerge"), ("happen", "happen"), ("happened", "happen"),
    ("occur", "occur"), ("occurred", "occur"), ("die", "die"), ("died", "die"), ("dies", "die"),
    ("arrive", "arrive"), ("arrived", "arrive"), ("arrives", "arrive"),
    ("return", "return"), ("returned", "return"), ("returns", "return"),
    ("close", "close"), ("closed", "close"), ("closes", "close"),
    ("end", "end"), ("ended", "end"), ("ends", "end"),
    ("report", "report"), ("reported", "report"), ("reports", "report"),
    ("post", "post"), ("posted", "post"), ("posts", "post"),
    ("publish", "publish"), ("published", "publish"), ("publishes", "publish"),
    ("file", "file"), ("filed", "file"), ("files", "file"),
    ("write", "write"), ("wrote", "write"), ("written", "write"),
    ("give", "give"), ("gave", "give"), ("given", "give"), ("gives", "give"),
    ("bring", "bring"), ("brought", "bring"), ("send", "send"), ("sent", "send"),
    ("hit", "hit"), ("hits", "hit"), ("cut", "cut"), ("cuts", "cut"),
    ("show", "show"), ("showed", "show"), ("shown", "show"), ("shows", "show"),
    ("continue", "continue"), ("continued", "continue"), ("continues", "continue"),
    ("expire", "expire"), ("expired", "expire"), ("expires", "expire"),
    ("trade", "trade"), ("traded", "trade"), ("jump", "jump"), ("jumped", "jump"),
    ("gain", "gain"), ("gained", "gain"), ("climb", "climb"), ("climbed", "climb"),
    ("decline", "decline"), ("declined", "decline"), ("declines", "decline"),
    // Irregular forms the -ed shape cannot catch.
    ("hurt", "hurt"), ("led", "lead"), ("struck", "strike"), ("sought", "seek"), ("spoke", "speak"),
    ("broke", "break"), ("broken", "break"), ("chose", "choose"), ("drew", "draw"), ("drove", "drive"),
    ("meant", "mean"), ("read", "read"), ("stood", "stand"), ("stole", "steal"), ("stuck", "stick"),
    ("swore", "swear"), ("swept", "sweep"), ("taught", "teach"), ("tore", "tear"), ("threw", "throw"),
    ("thrown", "throw"), ("understood", "understand"), ("wore", "wear"), ("bore", "bear"), ("bent", "bend"),
    ("bet", "bet"), ("bound", "bind"), ("burst", "burst"), ("dealt", "deal"), ("dug", "dig"),
    ("fed", "feed"), ("felt", "feel"), ("fled", "flee"), ("froze", "freeze"), ("frozen", "freeze"),
    ("hung", "hang"), ("kept", "keep"), ("laid", "lay"), ("lent", "lend"), ("lit", "light"),
    ("quit", "quit"), ("shed", "shed"), ("slept", "sleep"), ("spun", "spin"), ("split", "split"),
    ("spread", "spread"), ("sprang", "spring"), ("wound", "wind"), ("forgot", "forget"),
    ("forgotten", "forget"), ("hid", "hide"), ("hidden", "hide"), ("rode", "ride"), ("ridden", "ride"),
    ("rang", "ring"), ("shook", "shake"), ("shaken", "shake"), ("shut", "shut"), ("sank", "sink"),
    ("slid", "slide"), ("stung", "sting"), ("strove", "strive"), ("woke", "wake"), ("ate", "eat"),
    ("eaten", "eat"), ("flew", "fly"), ("flown", "fly"), ("forbade", "forbid"), ("ground", "grind"),
    ("heard", "hear"), ("let", "let"), ("lay", "lie"), ("lain", "lie"), ("sat", "sit"),
    ("sped", "speed"), ("stank", "stink"), ("swam", "swim"),
    ("swung", "swing"), ("told", "tell"), ("upheld", "uphold"),
    ("withdrew", "withdraw"), ("withdrawn", "withdraw"), ("overtook", "overtake"),
    ("undertook", "undertake"), ("foresaw", "foresee"), ("oversaw", "oversee"), ("rebuilt", "rebuild"),
    ("reread", "reread"), ("totaled", "total"), ("totalled", "total"), ("total", "total"),
    ("totals", "total"),
];

/// Looks up a lower-case verb form in the CAMEO synsets and the common-verb table.
pub fn verb(form: &str) -> Option<VerbEntry> {
    verbs().get(form).copied()
}

fn verbs() -> &'static WordMap<VerbEntry> {
    static TABLE: OnceLock<WordMap<VerbEntry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = WordMap::default();
        for &(form, lemma) in COMMON_VERBS {
            map.insert(form, VerbEntry { lemma, code: "" });
        }
        for line in VERBS_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            if let (Some(form), Some(lemma)) = (cols.next(), cols.next()) {
                let code = cols.next().unwrap_or("");
                let entry = map.entry(form).or_insert(VerbEntry { lemma, code });
                if entry.code.is_empty() {
                    *entry = VerbEntry { lemma, code };
                }
            }
        }
        map
    })
}

/// An event noun: its CAMEO code (may be empty) and whether it names an occurrence
/// ("meeting", "war") rather than an artifact or state ("treaty", "income").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounEntry {
    pub code: &'static str,
    pub occurrence: bool,
}

fn nouns() -> &'static WordMap<NounEntry> {
    static TABLE: OnceLock<WordMap<NounEntry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        NOUNS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut cols = l.split('\t');
                let noun = cols.next().unwrap_or("");
                let code = cols.next().unwrap_or("");
                let occurrence = cols.next() != Some("a");
                (noun, NounEntry { code, occurrence })
            })
            .collect()
    })
}

/// Looks up a lower-case event noun: its CAMEO code (may be empty).
pub fn event_noun(word: &str) -> Option<&'static str> {
    nouns().get(word).map(|n| n.code)
}

/// Whether `word` is an event noun naming an occurrence ("meeting", not "treaty").
pub fn is_occurrence_noun(word: &str) -> bool {
    nouns().get(word).is_some_and(|n| n.occurrence)
}

/// The word lists a token can be looked up in through its [`Lexeme`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Auxiliary,
    ClauseOpener,
    Copula,
    Determiner,
    Modal,
    NotVerb,
    Preposition,
    Pronoun,
    SkippableAdverb,
    VerbOnlyAfterCue,
}

/// Each [`List`] with its words.
const LISTS: &[(List, &[&str])] = &[
    (List::Auxiliary, AUXILIARIES),
    (List::ClauseOpener, CLAUSE_OPENERS),
    (List::Copula, COPULAS),
    (List::Determiner, DETERMINERS),
    (List::Determiner, NOUN_PHRASE_OPENERS),
    (List::Modal, MODALS),
    (List::NotVerb, NOT_VERBS),
    (List::Preposition, PREPOSITIONS),
    (List::Pronoun, PRONOUNS),
    (List::SkippableAdverb, SKIPPABLE_ADVERBS),
    (List::VerbOnlyAfterCue, VERBS_ONLY_AFTER_CUE),
];

/// Everything the tables say about one lower-case word: the [`List`]s it is in, its
/// verb entry and its event-noun entry. Tokens are looked up once, when they are made,
/// so classifying a token tests bits instead of hashing the word once per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lexeme {
    lists: u32,
    pub verb: Option<VerbEntry>,
    pub noun: Option<NounEntry>,
}

impl Lexeme {
    /// Whether the word is in `list`.
    pub fn is(&self, list: List) -> bool {
        self.lists & (1 << list as u32) != 0
    }
}

/// The [`Lexeme`] of a lower-case word, `None` for a word no table lists.
pub fn lexeme(word: &str) -> Option<&'static Lexeme> {
    static TABLE: OnceLock<WordMap<Lexeme>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        // Sized once: growing a table this large leaves freed copies to the allocator.
        let words = LISTS.iter().map(|(_, l)| l.len()).sum::<usize>() + verbs().len() + nouns().len();
        let mut map = WordMap::<Lexeme>::with_capacity_and_hasher(words, Default::default());
        for &(list, list_words) in LISTS {
            for &w in list_words {
                map.entry(w).or_default().lists |= 1 << list as u32;
            }
        }
        for (&w, &entry) in verbs() {
            map.entry(w).or_default().verb = Some(entry);
        }
        for (&w, &entry) in nouns() {
            map.entry(w).or_default().noun = Some(entry);
        }
        map
    });
    table.get(word)
}

pub use crate::text::hash::Fnv;

/// A word list as a hash set, for lists looked up once per token.
pub type WordSet = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

/// A word table keyed by [`Fnv`]-hashed words.
pub type WordMap<V> = HashMap<&'static str, V, std::hash::BuildHasherDefault<Fnv>>;

/// Builds a [`WordSet`] from a word list.
pub fn word_set(list: &[&'static str]) -> WordSet {
    list.iter().copied().collect()
}

/// Whether `word` (lower case) is in `list`.
pub fn is(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexemes_gather_every_table() {
        let will = lexeme("will").unwrap();
        assert!(will.is(List::Auxiliary) && will.is(List::Modal) && !will.is(List::Copula));
        assert_eq!(lexeme("met").and_then(|l| l.verb), verb("met"));
        assert!(lexeme("meeting").is_some_and(|l| l.noun.is_some() && l.is(List::NotVerb)));
        assert_eq!(lexeme("giraffe"), None);
        for &(list, words) in LISTS {
            for w in words {
                assert!(lexeme(w).is_some_and(|l| l.is(list)), "{w} in {list:?}");
            }
        }
    }

    /// Rows: a word, the lists it is in (and only those, among the rows' lists).
    #[test]
    fn word_classes() {
        use List::*;
        let rows: &[(&str, &[List])] = &[
            ("the", &[Determiner]),
            ("each", &[Determiner]),
            ("next", &[Determiner]),
            ("will", &[Auxiliary, Modal]),
            ("'ll", &[Auxiliary, Modal]),
            ("was", &[Auxiliary, Copula]),
            ("'s", &[Copula]),
            ("during", &[Preposition, NotVerb]),
            ("after", &[Preposition, ClauseOpener]),
            ("they", &[Pronoun]),
            ("that", &[Determiner, Pronoun]),
            ("already", &[SkippableAdverb]),
            ("head", &[VerbOnlyAfterCue]),
            ("meeting", &[NotVerb]),
        ];
        let all = [
            Auxiliary,
            ClauseOpener,
            Copula,
            Determiner,
            Modal,
            NotVerb,
            Preposition,
            Pronoun,
            SkippableAdverb,
            VerbOnlyAfterCue,
        ];
        for &(word, lists) in rows {
            let l = lexeme(word).unwrap_or_else(|| panic!("{word} is listed"));
            for list in all {
                assert_eq!(l.is(list), lists.contains(&list), "{word} in {list:?}");
            }
        }
    }

    #[test]
    fn common_verbs_are_listed_once() {
        for (i, row) in COMMON_VERBS.iter().enumerate() {
            assert!(!COMMON_VERBS[..i].contains(row), "{row:?} twice");
        }
    }

    #[test]
    fn tables_load() {
        assert_eq!(verb("met").map(|v| (v.lemma, v.code)), Some(("meet", "04")));
        assert_eq!(verb("proposed").map(|v| v.lemma), Some("propose"));
        assert_eq!(verb("fell").map(|v| v.lemma), Some("fall"));
        assert_eq!(verb("said").map(|v| v.lemma), Some("say"));
        assert_eq!(event_noun("summit"), Some("04"));
        assert_eq!(event_noun("war"), Some("19"));
        assert_eq!(event_noun("table"), None);
        assert!(is_occurrence_noun("meeting") && !is_occurrence_noun("treaty"));
    }
}
