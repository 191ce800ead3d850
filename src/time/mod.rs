//! Time itself, apart from text: TIMEX3 values, calendar points and intervals.
//!
//! * [`point`]: a period on the calendar at some granularity (a day, an ISO week, a
//!   quarter…) and the arithmetic the resolver does on it, written as TIMEX3 values.
//! * [`interval`]: a TIMEX3 value read back as a half-open interval of days, for sorting,
//!   filtering and merging.
//! * [`grammar`]: the shapes a TIMEX3 value may take, to check that chronicle never
//!   emits a malformed one.
//! * [`serde_date`]: writing dates fast in outputs.

pub mod grammar;
pub mod interval;
pub mod point;
pub mod serde_date;
