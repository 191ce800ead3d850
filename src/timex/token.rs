//! The timex scanner's tokens: the shared atom tokenizer of [`crate::text::token`], named
//! here for the scanner and the resolver.

pub use crate::text::token::*;
