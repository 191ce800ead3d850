//! Sentences and word tokens for event extraction: the shared splitter and word tokenizer
//! of [`crate::text::sentence`], named here for the engines of this stage.

pub use crate::text::sentence::*;
