//! # chronicle
//!
//! Turns news articles into dated timelines of events.
//!
//! The pipeline, one module per stage, each with a plain data type at its boundary:
//!
//! ```text
//! input ──► Article ──► DocumentDate ──► Timex ──► Event ──► Timeline ──► output
//! ```
//!
//! * [`input`] reads files, folders, stdin, JSONL corpora, HTML pages and TimeML into
//!   [`Article`]s, reporting problems as [`diag::Diagnostic`]s instead of failing.
//! * [`dateline`] finds the story's dateline (`BRUSSELS, December 1 (RIA Novosti) -`) and
//!   [`dct`] fixes the document creation time, inferring a missing year.
//! * [`timex`] finds temporal expressions and resolves them to TIMEX3 values.
//! * [`event`] attaches dates to the events they modify; [`timeline`] sorts and merges.
//! * [`output`] writes timelines as CSV, JSON and formats timeline tools read.
//! * [`eval`] scores the tagger against TimeML gold data (TempEval-3 Task A measures).
//!
//! Every character offset chronicle reports counts Unicode scalar values (`char`s) in the
//! article text as read, end exclusive.

pub mod article;
pub mod corpus;
pub mod dateline;
pub mod dct;
pub mod diag;
pub mod eval;
pub mod event;
pub mod hash;
pub mod input;
pub mod interval;
pub mod lexicon;
pub mod memory;
pub mod merge;
pub mod output;
pub mod parallel;
pub mod pipeline;
pub mod segment;
pub mod serde_date;
pub mod timeline;
pub mod timex;
pub mod timex3;

pub use article::Article;
pub use dateline::Dateline;
pub use dct::{DctSource, DocumentDate};
pub use event::Event;
pub use timeline::Timeline;
pub use timex::{Timex, TimexType};
