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
//! * [`api`] gives the records the command writes as JSON (timeline, timex, dateline) as
//!   library calls, for other front ends (the Python package).
//! * [`eval`] scores the tagger against TimeML gold data (TempEval-3 Task A measures).
//!
//! Every character offset chronicle reports counts Unicode scalar values (`char`s) in the
//! article text as read, end exclusive.

pub mod api;
pub mod check;
pub mod dateline;
pub mod dct;
pub mod eval;
pub mod event;
pub mod input;
pub mod lang;
pub mod merge;
pub mod output;
pub mod run;
pub mod text;
pub mod time;
pub mod timex;

pub use dateline::Dateline;
pub use dct::{DctSource, DocumentDate};
pub use event::Event;
pub use input::article::Article;
pub use merge::timeline::Timeline;
pub use timex::{Timex, TimexType};
