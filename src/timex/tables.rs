//! The timex tagger's resources: word lists and cue words, as data.
//!
//! Like HeidelTime, the engine ([`super::scanner`], [`super::resolve`]) holds no words of
//! its own: every name, unit, modifier and cue lives in these tables. Month, weekday and
//! number names come from [`crate::text::lexicon`], and the cue words every stage shares
//! (future, past, reporting, counts, determiners, modals) from [`crate::text::cues`]: the
//! lists below named after them are the tagger's views of those tables. All entries are
//! lowercase.

use std::sync::LazyLock;

use crate::text::cues::{self, TIMEX};

/// Words that point a sentence to the future: a weekday, month or season in their
/// sentence is resolved on or after the DCT. Single words ([`FUTURE_BIGRAMS`] has the
/// pairs): the one-word entries of [`cues::FUTURE`] the tagger reads.
pub static FUTURE_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    cues::read_by(cues::FUTURE, TIMEX)
        .into_iter()
        .filter(|c| !c.contains(' '))
        .collect()
});

/// Two-word future cues (`is to`, `set to`, `as early as`): the two-word entries of
/// [`cues::FUTURE`] the tagger reads, as pairs.
pub static FUTURE_BIGRAMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    cues::read_by(cues::FUTURE, TIMEX)
        .into_iter()
        .filter_map(|c| c.split_once(' '))
        .collect()
});

/// Modals that rule their whole clause: with no cue nearer, one of them farther back
/// still points a long sentence ahead.
pub use crate::text::cues::FUTURE_MODALS as FAR_FUTURE_MODALS;

/// Future-in-the-past cues ([`cues::FUTURE_IN_PAST`]): `would`, `could`, `effective`.
pub use crate::text::cues::FUTURE_IN_PAST as FUTURE_IN_PAST_CUES;

/// Words that point a sentence to the past ([`cues::PAST`]).
pub use crate::text::cues::PAST as PAST_CUES;

/// Determiners and possessives: a participle after one is an adjective (`the proposed
/// merger`), no past tense.
pub use crate::text::cues::DETERMINERS;

/// Words after which a [`PRESENT_SCHEDULE_VERBS`] form is a noun (`a meet`, `his leave`),
/// an infinitive (`agreed to meet`) or led by an auxiliary that is a cue of its own (`did
/// not meet`, `will leave`): determiners, `to`, `do` forms, negations and modals.
pub static NOT_A_PRESENT_VERB_AFTER: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    cues::union(&[
        cues::DETERMINERS,
        &["to"],
        cues::DO_FORMS,
        &cues::read_by(cues::NEGATION, TIMEX),
        cues::MODALS,
    ])
});

/// Reporting verbs after which a bare `earlier` is a past reference (`said earlier`), and
/// that close an attributed quote ([`cues::REPORTING_VERBS`]).
pub use crate::text::cues::REPORTING_VERBS;

/// Words before `one day` that make it `some day` (FUTURE_REF): modals, `to` and subject
/// pronouns (`will one day be`, `hopes to one day run`, `he one day follows`).
pub static SOMEDAY_BEFORE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| cues::union(&[cues::MODALS, &["to"], cues::SUBJECT_PRONOUNS]));

/// Nouns that make a number before them a count, not a year (`2000 points`):
/// [`cues::COUNT_NOUNS`].
pub use crate::text::cues::COUNT_NOUNS as COUNTED_NOUNS;

/// A calendar unit ([`crate::time::point::Unit`]): the type belongs to time itself, the
/// words for it below to the tagger.
pub use crate::time::point::Unit;

/// Unit words, singular and plural. `fortnight` is two weeks, handled as a count.
pub const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("weekend", Unit::Weekend),
    ("weekends", Unit::Weekend),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
    ("millennium", Unit::Millennium),
    ("millennia", Unit::Millennium),
];

/// Seasons → TIMEX3 season code.
pub const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("fall", "FA"),
    ("autumn", "FA"),
    ("winter", "WI"),
];

/// Parts of the day → TIMEX3 code (`2009-12-01TMO`).
pub const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
    ("overnight", "NI"),
];

/// Words that shift a unit or a name relative to the DCT: `last week`, `next April`.
/// The number is the shift; `this`/`current` are 0.
pub const SHIFT_WORDS: &[(&str, i32)] = &[
    ("last", -1),
    ("past", -1),
    ("this", 0),
    ("current", 0),
    ("present", 0),
    ("next", 1),
    ("coming", 1),
];

/// Words that shift relative to the narrative anchor: `the next day`, `the following
/// year`, `the previous week`, `that month`, `the same day`.
pub const ANAPHOR_SHIFT_WORDS: &[(&str, i32)] = &[
    ("next", 1),
    ("following", 1),
    ("previous", -1),
    ("preceding", -1),
    ("prior", -1),
    ("same", 0),
];

/// The words before `the` that make a day of the month written alone a date (`on the
/// 29th`, `by the 3rd`, `until the 15th`).
pub const DAY_ALONE_BEFORE: &[&str] = &[
    "on", "by", "until", "till", "from", "before", "after", "since", "through",
];

/// The words that may follow such a day (`on the 29th in Brussels`); any other word is
/// the noun it qualifies (`the 29th anniversary`, `the 5th fleet`).
pub const DAY_ALONE_AFTER: &[&str] = &[
    "in", "at", "and", "or", "when", "with", "to", "as", "after", "before", "but", "that", "for",
];

/// Position inside a period → TIMEX3 `mod`, used before a period: `early June`,
/// `mid-1996`, `late last week`, `earlier this month`, `later this year`.
pub const POSITION_PREFIXES: &[(&str, &str)] = &[
    ("early", "START"),
    ("earlier", "START"),
    ("mid", "MID"),
    ("late", "END"),
    ("later", "END"),
];

/// `the end of …`, `the beginning of …` → `mod`.
pub const POSITION_NOUNS: &[(&str, &str)] = &[
    ("end", "END"),
    ("close", "END"),
    ("beginning", "START"),
    ("start", "START"),
    ("middle", "MID"),
    ("dawn", "START"),
];

/// Quantity hedges before a duration or time, kept in the extent (TimeML): the words and
/// the `mod` they give. Longest first.
pub const HEDGES: &[(&[&str], &str)] = &[
    (&["no", "more", "than"], "EQUAL_OR_LESS"),
    (&["no", "less", "than"], "EQUAL_OR_MORE"),
    (&["more", "than"], "MORE_THAN"),
    (&["less", "than"], "LESS_THAN"),
    (&["fewer", "than"], "LESS_THAN"),
    (&["at", "least"], "EQUAL_OR_MORE"),
    (&["at", "most"], "EQUAL_OR_LESS"),
    (&["up", "to"], "EQUAL_OR_LESS"),
    (&["about"], "APPROX"),
    (&["around"], "APPROX"),
    (&["approximately"], "APPROX"),
    (&["roughly"], "APPROX"),
    (&["some"], "APPROX"),
    (&["nearly"], "EQUAL_OR_LESS"),
    (&["almost"], "LESS_THAN"),
    (&["over"], "MORE_THAN"),
];

/// Vague counts: `several years` → `PXY`.
pub const VAGUE_COUNTS: &[&[&str]] = &[
    &["a", "few"],
    &["a", "number", "of"],
    &["few"],
    &["several"],
    &["some"],
    &["many"],
];

/// Count phrases with an exact value: `a couple of years` → `P2Y` (TimeBank reads
/// "a couple" as two).
pub const COUNT_PHRASES: &[(&[&str], f64)] = &[(&["a", "couple", "of"], 2.0), (&["couple", "of"], 2.0)];

/// Fixed phrases with a fixed value: references, sets. Longest first within a start word.
pub const FIXED_PHRASES: &[(&[&str], &str, Fixed)] = &[
    (&["now"], "PRESENT_REF", Fixed::Date),
    (&["currently"], "PRESENT_REF", Fixed::Date),
    (&["nowadays"], "PRESENT_REF", Fixed::Date),
    (&["these", "days"], "PRESENT_REF", Fixed::Date),
    (&["the", "present"], "PRESENT_REF", Fixed::Date),
    (&["recently"], "PAST_REF", Fixed::Date),
    (&["more", "recently"], "PAST_REF", Fixed::Date),
    (&["lately"], "PAST_REF", Fixed::Date),
    (&["formerly"], "PAST_REF", Fixed::Date),
    (&["the", "past"], "PAST_REF", Fixed::Date),
    (&["recent", "years"], "PXY", Fixed::Duration),
    (&["recent", "days"], "PXD", Fixed::Duration),
    (&["recent", "weeks"], "PXW", Fixed::Duration),
    (&["recent", "months"], "PXM", Fixed::Duration),
    (&["past", "years"], "PAST_REF", Fixed::Date),
    (&["soon"], "FUTURE_REF", Fixed::Date),
    // adjective only: "current market conditions", not "the river's current"
    (&["current"], "PRESENT_REF", Fixed::Attributive),
    (&["then", "current"], "PAST_REF", Fixed::Attributive),
    (&["then", "-", "current"], "PAST_REF", Fixed::Attributive),
    (&["as", "soon", "as", "possible"], "FUTURE_REF", Fixed::Date),
    (&["the", "near", "future"], "FUTURE_REF", Fixed::Date),
    (&["the", "future"], "FUTURE_REF", Fixed::Date),
    (&["the", "near", "term"], "FUTURE_REF", Fixed::Date),
    (&["the", "short", "term"], "FUTURE_REF", Fixed::Date),
    (&["the", "long", "term"], "FUTURE_REF", Fixed::Date),
    (&["a", "later", "date"], "FUTURE_REF", Fixed::Date),
    (&["coming", "months"], "FUTURE_REF", Fixed::Date),
    (&["coming", "years"], "FUTURE_REF", Fixed::Date),
    (&["coming", "weeks"], "FUTURE_REF", Fixed::Date),
    (&["coming", "days"], "FUTURE_REF", Fixed::Date),
    (&["coming", "quarters"], "FUTURE_REF", Fixed::Date),
    (&["future", "quarters"], "FUTURE_REF", Fixed::Date),
    (&["daily"], "P1D", Fixed::Set),
    // adverbs only: "a quarterly dividend", "a weekly magazine" stay untagged
    (&["weekly"], "P1W", Fixed::SetAdverb),
    (&["monthly"], "P1M", Fixed::SetAdverb),
    (&["quarterly"], "P3M", Fixed::SetAdverb),
    (&["yearly"], "P1Y", Fixed::SetAdverb),
    (&["nightly"], "P1D", Fixed::Set),
    (&["biweekly"], "P2W", Fixed::Set),
    (&["annually"], "P1Y", Fixed::Set),
    (&["hourly"], "PT1H", Fixed::Set),
    (&["overnight"], "NI", Fixed::PartOfToday),
    (&["noon"], "T12:00", Fixed::ClockOfToday),
    (&["midday"], "T12:00", Fixed::ClockOfToday),
    (&["midnight"], "T24:00", Fixed::ClockOfToday),
];

/// How a [`FIXED_PHRASES`] value is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// A DATE with this value (`PRESENT_REF`).
    Date,
    /// A DATE with this value when it modifies a noun (`current market conditions`), nothing
    /// otherwise (`swept away by the current`) or before [`NON_TEMPORAL_AFTER_CURRENT`].
    Attributive,
    /// A DURATION with this value: `recent years` → `PXY` (TimeBank annotates "in recent
    /// months" as a vague stretch of months ending now, not as `PAST_REF`).
    Duration,
    /// A SET with this value (`P1W`).
    Set,
    /// A SET when used as an adverb (`paid quarterly`), nothing before a noun (`a
    /// quarterly dividend`).
    SetAdverb,
    /// A part of the DCT's day (`overnight` → `2009-12-01TNI`).
    PartOfToday,
    /// A clock time on the DCT's day (`noon` → `2009-12-01T12:00`).
    ClockOfToday,
}

/// Nouns after which `current` is a term of accounting or physics, not a present
/// reference (`current assets`, `current account`, `current yield`).
pub const NON_TEMPORAL_AFTER_CURRENT: &[&str] = &[
    "account",
    "accounts",
    "asset",
    "assets",
    "liabilities",
    "liability",
    "ratio",
    "yield",
    "dollars",
    "flow",
    "flows",
    "density",
];

/// Holidays with a fixed calendar date.
pub const FIXED_HOLIDAYS: &[(&[&str], u32, u32)] = &[
    (&["christmas", "day"], 12, 25),
    (&["christmas", "eve"], 12, 24),
    (&["christmas"], 12, 25),
    (&["new", "year's", "day"], 1, 1),
    (&["new", "year's", "eve"], 12, 31),
    (&["independence", "day"], 7, 4),
    (&["halloween"], 10, 31),
    (&["valentine's", "day"], 2, 14),
    (&["veterans", "day"], 11, 11),
];

/// Prepositions of a deadline: with no other cue in the sentence, the expression after one
/// mostly lies ahead (`pay down the loan by February`, `file the forms by Friday`).
pub const DEADLINE_PREPOSITIONS: &[&str] = &["by"];

/// Present-tense verbs of schedules: news uses the simple present for what is planned
/// (`Arafat meet separately Monday with Albright`, `the trial resumes Tuesday`), so they
/// point ahead. Only forms that are seldom nouns or adjectives (`open`, `close`, `visit`,
/// `vote`, `start` are left out); after a determiner, `to` or an auxiliary they are no cue
/// (see [`NOT_A_PRESENT_VERB_AFTER`]).
pub const PRESENT_SCHEDULE_VERBS: &[&str] = &[
    "meet",
    "meets",
    "begin",
    "begins",
    "resume",
    "resumes",
    "reconvene",
    "reconvenes",
    "convene",
    "convenes",
    "arrive",
    "arrives",
    "depart",
    "departs",
    "leave",
    "leaves",
    "travel",
    "travels",
    "testify",
    "testifies",
    "opens",
    "closes",
    "starts",
    "expires",
    "ends",
    "takes",
    "goes",
    "comes",
    "faces",
    "hosts",
];

/// Prepositions that make a date the time of its clause's event (`signed in 1987`, `on
/// June 1`, `during the summer`): only a date after one of them sets or takes the story's
/// narrative time ([`crate::timex::resolve::narrative`]). Others say something else:
/// `since 1980` and `through Sept. 29` bound a stretch, `the 1987 level` compares, `the
/// Dec. 21, 1988, bombing` names an event.
pub const NARRATIVE_PREPOSITIONS: &[&str] = &["in", "on", "during"];

/// The resolver rules of expressions that move the story on from its own time (`that
/// year`, `the following month`, `two days later`): what they resolve to is the story's
/// narrative time from then on. A comparison (`a year ago`, rule
/// `offset-keeps-granularity`) does not move the story.
pub const NARRATIVE_MOVES: &[&str] = &["anaphor-same", "anaphor-shift", "offset-from-anchor"];

/// Relative pronouns: a date in the clause they open is named in passing and does not
/// move the story's narrative time (`the council, which was set up in 1997, …`).
pub const RELATIVE_PRONOUNS: &[&str] = &["which", "who", "whom", "whose"];

/// Auxiliaries after which `that` is a relative pronoun (`the body that was created in
/// 2002`), not a conjunction (`said that in 1997 …`).
pub const RELATIVE_AUXILIARIES: &[&str] = &["was", "were", "had", "has", "have", "is", "are"];

/// Irregular past participles that open an apposition (`Putin, born in 1952, …`); regular
/// ones are read by their `-ed`.
pub const PASSING_PARTICIPLES: &[&str] = &[
    "set", "born", "built", "made", "begun", "held", "won", "written", "taken", "given", "chosen", "known",
    "drawn", "sworn", "laid", "led", "brought", "put", "run",
];

/// Time zones that may follow a clock time (`1500 GMT`, `5 p.m. EST`), each with the ISO
/// 8601 offset it gives the value (`18:00 UTC` is `T18:00Z`, `5 p.m. EST` `T17:00-05:00`).
/// `ET` (EST or EDT by the season) gives none.
pub const TIME_ZONES: &[(&str, Option<&str>)] = &[
    ("gmt", Some("Z")),
    ("utc", Some("Z")),
    ("est", Some("-05:00")),
    ("edt", Some("-04:00")),
    ("cst", Some("-06:00")),
    ("cdt", Some("-05:00")),
    ("mst", Some("-07:00")),
    ("mdt", Some("-06:00")),
    ("pst", Some("-08:00")),
    ("pdt", Some("-07:00")),
    ("et", None),
    ("bst", Some("+01:00")),
    ("cet", Some("+01:00")),
    ("cest", Some("+02:00")),
    ("eet", Some("+02:00")),
    ("eest", Some("+03:00")),
    ("msk", Some("+03:00")),
    ("jst", Some("+09:00")),
    ("hkt", Some("+08:00")),
    ("aest", Some("+10:00")),
];

/// The time zone `word` names, with its offset (`None` if it is no zone word).
pub fn time_zone(word: &str) -> Option<Option<&'static str>> {
    TIME_ZONES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, offset)| offset)
}

/// Nouns after which `today's` means the present age, not the day of the DCT (`today's
/// youth`, `in today's world`): TimeBank leaves these untagged.
pub const GENERIC_AFTER_TODAYS: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "young",
    "children",
    "kids",
    "students",
    "families",
    "economy",
    "technology",
    "standards",
    "personal",
    "computers",
    "consumers",
    "teenagers",
    "culture",
];

/// Day words → offset from the DCT in days (`tonight` is today's night).
pub const DAY_WORDS: &[(&str, i32)] = &[("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0)];

/// Looks `word` up in a `(name, value)` table.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(name, _)| *name == word).map(|&(_, v)| v)
}

/// Event words grouped in classes, for same-event evidence (see the `coref` module): two
/// clauses that use words of one class may speak of the same event.
pub const EVENT_CLASSES: &[(&str, &str)] = &[
    ("war", "conflict"),
    ("conflict", "conflict"),
    ("fighting", "conflict"),
    ("fought", "conflict"),
    ("clashes", "conflict"),
    ("hostilities", "conflict"),
    ("invasion", "conflict"),
    ("invaded", "conflict"),
    ("attack", "attack"),
    ("attacks", "attack"),
    ("bombing", "attack"),
    ("blast", "attack"),
    ("explosion", "attack"),
    ("election", "election"),
    ("elections", "election"),
    ("vote", "election"),
    ("poll", "election"),
    ("referendum", "election"),
    ("summit", "meeting"),
    ("talks", "meeting"),
    ("meeting", "meeting"),
    ("earthquake", "disaster"),
    ("quake", "disaster"),
    ("hurricane", "disaster"),
    ("flood", "disaster"),
    ("floods", "disaster"),
    ("crisis", "crisis"),
    ("crash", "crisis"),
];

/// Words that make `a year`, `a week` after them (or after them and one noun) a rate, a
/// SET (`$500 million a year`, `twice a week`, `four flights a week`), as numbers do.
pub const RATE_QUANTITIES: &[&str] = &[
    "times", "twice", "once", "thrice", "percent", "%", "dollars", "cents", "share", "million", "billion",
    "thousand", "hundred", "dozen",
];

/// Deictic words that, capitalised inside a sentence, name a programme, paper or film
/// (`VOA Today`, `USA Today`, `High Noon`, `"This Week With David Brinkley"`).
pub const TITLE_DEICTICS: &[&str] = &["today", "tonight", "tomorrow", "yesterday", "noon", "this", "now"];

/// Past cues that speak for an expression outright only when they introduce it (`since
/// Friday`); farther away they head a phrase that may hold it, and a future cue of the
/// clause wins (`will hold their first meeting since the war in Georgia on Friday`).
pub const PAST_CUES_ONLY_BEFORE: &[&str] = &["since"];

/// Prepositions that make `the spring`, `the fall` a season.
pub const PERIOD_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "since",
    "over",
    "through",
    "throughout",
    "for",
    "of",
    "before",
    "after",
    "into",
    "from",
];
