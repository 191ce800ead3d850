//! Evaluation against gold TimeML annotations.
//!
//! * [`gold`] loads gold documents (TimeML `.tml`, or JSONL like `tbaq-train.jsonl`);
//! * [`timex`] scores the temporal tagger with the TempEval-3 Task A measures.
//! * [`events`] scores event anchoring (which trigger each date is attached to).
//! * [`dct`] scores document dates against articles with true dates.
//! * [`stories`] scores dated events on annotated stories, [`rows`] how their rows read.

pub mod dct;
pub mod events;
pub mod gold;
pub mod rows;
pub mod stories;
pub mod timex;
