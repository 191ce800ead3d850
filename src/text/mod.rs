//! The text layer every stage reads through.
//!
//! * [`sentence`]: sentences, and the word tokens inside them (with char offsets, lower-case
//!   forms and their [`lexeme::Lexeme`]): what events and the document-date reader read;
//! * [`token`]: the atom tokenizer (runs of letters or digits, single punctuation marks,
//!   byte offsets): what the temporal grammar scans;
//! * [`clause`]: where clauses and phrases end inside a sentence;
//! * [`cues`]: the cue lexicon (future, past, reporting, counts, determiners, modals,
//!   negation), one table per kind with the stages that read each entry;
//! * [`lexeme`]: closed word classes, verbs and event nouns, gathered per word;
//! * [`lexicon`]: calendar words (months, weekdays, numbers) and abbreviations;
//! * [`hash`]: the hash for fixed word tables;
//! * [`weekday`]: a weekday a story names as evidence of its filing day, the type every
//!   language's reader produces.

pub mod clause;
pub mod cues;
pub mod hash;
pub mod lexeme;
pub mod lexicon;
pub mod sentence;
pub mod token;
pub mod weekday;
