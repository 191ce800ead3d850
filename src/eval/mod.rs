//! Evaluation against gold TimeML annotations.
//!
//! * [`gold`] loads gold documents (TimeML `.tml`, or JSONL like `tbaq-train.jsonl`);
//! * [`timex`] scores the temporal tagger with the TempEval-3 Task A measures.

pub mod gold;
pub mod timex;
