//! Russian: the word tables, dateline shapes, temporal tagger, tense cues and event
//! lexicon chronicle uses for articles in Russian ([`super::Lang::Ru`]).
//!
//! * [`lexicon`]: every inflected form of the closed temporal classes, as data
//!   (`data/lexicon.tsv`), with `ё`/`е` folding;
//! * [`token`]: words, numbers with their suffixes (`90-х`, `2022-м`), punctuation;
//! * [`timex`]: the tagger, scanner families reading the word tables of `data/`
//!   (`lexicon.tsv`, `grammar.tsv`, `phrases.tsv`, `endings.tsv`) and producing the same
//!   [`crate::timex::Timex`] values through the English resolver;
//! * [`tense`]: past or future from the verbs of a clause;
//! * [`dateline`]: RIA Novosti, TASS and Interfax datelines, and the year evidence
//!   (weekday cues, mentioned years) for the document date;
//! * [`eventwords`]: the event lexicon as data — trigger stems with the same CAMEO
//!   categories and English lemmas as English, actor aliases keyed to the English
//!   gazetteer, places — read by the Russian event builder ([`crate::event::ru`]) and by
//!   merging, so that reports merge across languages;
//! * [`headline`]: the words a headline may not open with (conjunctions, speech verbs,
//!   weekdays), read by the event builder and the events evaluation.

pub mod dateline;
pub mod eventwords;
pub mod headline;
pub mod lexicon;
pub mod tense;
pub mod timex;
pub mod token;
