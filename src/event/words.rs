//! Word tables for event extraction: the words only events read (light verbs, speech-act
//! verbs, noun-phrase prepositions, adjunct openers, CAMEO categories). The closed word
//! classes, the verb and event-noun tables and the per-word [`Lexeme`] live in
//! [`crate::text::lexeme`], the future cues in [`crate::text::cues`]; both are re-exported
//! here so the engines name one place. Data, not logic.

use std::sync::LazyLock;

use crate::text::cues::{self, EVENT};
pub use crate::text::lexeme::{
    event_noun, is, is_occurrence_noun, lexeme, verb, word_set, Fnv, Lexeme, List, NounEntry, VerbEntry,
    WordMap, WordSet, AUXILIARIES, CLAUSE_OPENERS, COPULAS, DETERMINERS, MODALS, NOT_VERBS, PREPOSITIONS,
    PRONOUNS, SKIPPABLE_ADVERBS, VERBS_ONLY_AFTER_CUE,
};

/// Prepositions that may continue a noun phrase ("meeting of the council in Brussels").
pub const NP_PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "with", "between", "among", "over", "on", "for", "from", "to", "by", "against",
];

/// Relative words that open a restrictive relative clause right after a noun ("the
/// campaign that began", "the leaders who met").
pub const RELATIVE_WORDS: &[&str] = &["that", "which", "who"];

/// Prepositions of a place an event noun's phrase keeps after its complement ("meeting of
/// the council in Brussels", "the downing of flight MH17 over Ukraine"), before a name.
pub const PLACE_AFTER_COMPLEMENT: &[&str] = &["in", "at", "over"];

/// Prepositions that may open a phrase inside a subject, right after its noun ("talks
/// between the two sides", "officials in Geneva", "a meeting with Lavrov").
pub const SUBJECT_PREPOSITIONS: &[&str] = &[
    "between", "in", "with", "among", "from", "at", "on", "over", "against",
];

/// Words after which a headline's object stops: they open adjuncts, not objects.
pub const ADJUNCT_OPENERS: &[&str] = &[
    "ahead",
    "during",
    "after",
    "before",
    "since",
    "until",
    "till",
    "following",
    "despite",
    "amid",
    "as",
    "while",
    "when",
    "because",
    "although",
    "though",
    "whereas",
    "if",
    "unless",
    "but",
    "and",
    "or",
    "which",
    "who",
    "whom",
    "where",
    "saying",
    "according",
    "than",
];

/// Adverbs that place an event within the time phrase right after them ("earlier in
/// the week", "later on Monday"): left out of a headline with the phrase.
pub const TIME_ADVERBS: &[&str] = &["earlier", "later"];

/// The prepositions of a date apposed to an offset: "two weeks later, on March 5",
/// "years ago, in 1987" (see [`crate::event::attach::restated_offset`]).
pub const RESTATING_PREPOSITIONS: &[&str] = &["on", "in", "at"];

/// The adverbs that end a relative offset: "days later", "weeks earlier", "years ago",
/// "shortly afterwards".
pub const OFFSET_ADVERBS: &[&str] = &["later", "earlier", "ago", "afterwards", "afterward"];

/// Offset adverbs that need no counted unit before them ("shortly afterwards").
pub const UNCOUNTED_OFFSET_ADVERBS: &[&str] = &["afterwards", "afterward"];

/// The units an offset counts ("days later", "two weeks earlier").
pub const OFFSET_UNITS: &[&str] = &[
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "moment", "moments",
];

/// Adverbs that hedge a whole offset ("only two weeks later", "just days earlier").
pub const OFFSET_HEDGES: &[&str] = &["only", "just", "barely", "shortly", "some", "nearly", "almost"];

/// The words that count or hedge an offset's unit ("only a few", "less than two", "some
/// thirty").
pub const OFFSET_WORDS: &[&str] = &[
    "a", "an", "few", "several", "some", "many", "couple", "of", "just", "only", "shortly", "soon", "barely",
    "less", "more", "than", "about", "nearly", "almost", "around", "roughly", "over",
];

/// Numbers written as words ("two weeks later", "that three doctors …").
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
];

/// Light verbs: "held a meeting", "had talks" — the event is the noun they take.
pub const LIGHT_VERBS: &[&str] = &[
    "hold",
    "holds",
    "held",
    "holding",
    "have",
    "has",
    "had",
    "having",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
    "make",
    "makes",
    "made",
    "making",
    "conduct",
    "conducts",
    "conducted",
    "stage",
    "stages",
    "staged",
    "attend",
    "attends",
    "attended",
    "host",
    "hosts",
    "hosted",
    "begin",
    "began",
    "begun",
    "start",
    "started",
    "open",
    "opened",
    "launch",
    "launched",
    "give",
    "gave",
    "given",
    "pay",
    "paid",
    "go",
    "went",
    "see",
    "saw",
    "seen",
    "get",
    "got",
];

/// Nouns naming a business result measured over a period ("a loss for the third
/// quarter"): a reporting period after `for` dates them.
pub const RESULT_NOUNS: &[&str] = &[
    "loss", "losses", "income", "earnings", "profit", "profits", "revenue", "revenues", "sales", "charge",
    "charges", "gain", "gains", "net", "results",
];

/// Verbs that tell how an amount changed ("net income fell 22%"): a date on their
/// subject dates the change.
pub const CHANGE_VERBS: &[&str] = &[
    "rise", "fall", "jump", "drop", "grow", "decline", "increase", "climb", "slip", "surge", "soar",
    "plunge", "narrow", "widen", "advance", "gain", "dip", "tumble", "slide", "edge", "rebound", "double",
    "shrink", "improve", "decrease", "plummet", "slump",
];

/// Verbs of intending or attempting (TimeML's I_ACTION) whose infinitive may never
/// happen: a date that does not point ahead dates them ("trying to cross six weeks ago").
/// Every form, since the verb table lacks some ("try").
pub const INTENT_VERBS: &[&str] = &[
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "vote",
    "votes",
    "voted",
    "voting",
    "invite",
    "invites",
    "invited",
    "inviting",
    "offer",
    "offers",
    "offered",
    "offering",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "decide",
    "decides",
    "decided",
    "deciding",
    "promise",
    "promises",
    "promised",
    "promising",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
];

/// Verbs that report or hold a result ("posted a loss", "had a loss"): the result noun,
/// not the verb, takes the reporting period ([`RESULT_NOUNS`]).
pub const RESULT_VERBS: &[&str] = &[
    "report", "post", "announce", "record", "have", "has", "had", "book", "show",
];

/// Speech-act verbs: an event whose trigger is one of these is `reported`, not a fact.
/// Verbs of beginning and ending that hand their date to the gerund or infinitive they
/// govern ("began deploying", "started to withdraw").
pub const ASPECTUAL_VERBS: &[&str] = &[
    "begin", "start", "continue", "resume", "stop", "finish", "cease", "complete",
];

/// Passive participles of reporting whose subject noun is the event ("no strike was
/// reported", "two explosions were recorded").
pub const REPORTING_PASSIVES: &[&str] = &[
    "reported",
    "recorded",
    "registered",
    "observed",
    "confirmed",
    "seen",
    "heard",
];

/// Prepositions that date one event by another ("since the war", "after the summit"):
/// the other event's place is not this one's.
pub const TEMPORAL_ANCHORS: &[&str] = &["since", "after", "before", "following", "until"];

pub const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "deny",
    "warn",
    "add",
    "claim",
    "insist",
    "state",
    "announce",
    "declare",
    "report",
    "accuse",
    "note",
    "stress",
    "argue",
    "assert",
    "allege",
    "suggest",
    "comment",
    "remark",
    "explain",
    "predict",
    "confirm",
    "acknowledge",
    "admit",
    "reply",
    "respond",
    "urge",
    "complain",
    "criticize",
    "condemn",
    "praise",
    "reiterate",
    "indicate",
    "quote",
    "mention",
    "write",
    "tweet",
    "describe",
];

/// Future cues inside a clause ("will", "is to", "ahead of", "scheduled"): the event is
/// `scheduled`. Multi-word cues are written with spaces and matched on lower-case tokens.
/// Event extraction's view of [`cues::FUTURE`].
pub static FUTURE_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| cues::read_by(cues::FUTURE, EVENT));

/// The 20 CAMEO top-level event categories.
pub const CAMEO_CATEGORIES: &[(&str, &str)] = &[
    ("01", "Make public statement"),
    ("02", "Appeal"),
    ("03", "Express intent to cooperate"),
    ("04", "Consult"),
    ("05", "Engage in diplomatic cooperation"),
    ("06", "Engage in material cooperation"),
    ("07", "Provide aid"),
    ("08", "Yield"),
    ("09", "Investigate"),
    ("10", "Demand"),
    ("11", "Disapprove"),
    ("12", "Reject"),
    ("13", "Threaten"),
    ("14", "Protest"),
    ("15", "Exhibit military posture"),
    ("16", "Reduce relations"),
    ("17", "Coerce"),
    ("18", "Assault"),
    ("19", "Fight"),
    ("20", "Use unconventional mass violence"),
];

/// `"04"` → `"04 Consult"`.
pub fn category_label(code: &str) -> Option<String> {
    CAMEO_CATEGORIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(c, name)| format!("{c} {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_labels() {
        assert_eq!(category_label("19").as_deref(), Some("19 Fight"));
        assert_eq!(category_label("04").as_deref(), Some("04 Consult"));
        assert_eq!(category_label("99"), None);
    }

    #[test]
    fn future_cues_are_the_event_view() {
        for cue in ["will", "is to", "to be held", "ahead of", "next"] {
            assert!(FUTURE_CUES.contains(&cue), "{cue}");
        }
        for cue in ["by", "until", "ahead"] {
            assert!(!FUTURE_CUES.contains(&cue), "{cue}");
        }
    }
}

const RULE_CONFIDENCE_TSV: &str = include_str!("data/rule-confidence.tsv");

/// An attachment rule's measured precision (`data/rule-confidence.tsv`), the confidence
/// an event tied by it starts from.
pub fn rule_confidence(rule: &str) -> Option<f32> {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, f32)>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            RULE_CONFIDENCE_TSV
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    let rule = cols.next()?;
                    let p = cols.next()?.trim().parse().ok()?;
                    Some((rule, p))
                })
                .collect()
        })
        .iter()
        .find(|(r, _)| *r == rule)
        .map(|&(_, p)| p)
}

#[cfg(test)]
mod rule_confidence_tests {
    /// Every attachment rule has a measured confidence, each a probability.
    #[test]
    fn every_rule_has_a_confidence() {
        for rule in [
            "possessive",
            "premodifier",
            "verb-left",
            "fronted",
            "verb-right",
            "verb-next",
            "noun-left",
            "subject-verb",
            "measure-period",
            "comparison",
            "existential",
            "copula",
            "light-verb",
            "when-clause",
            "apposition",
            "noun-commas",
            "undated",
        ] {
            let p = super::rule_confidence(rule).unwrap_or_else(|| panic!("{rule}"));
            assert!((0.0..=1.0).contains(&p), "{rule} {p}");
        }
    }
}
