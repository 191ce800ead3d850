//! Running the pipeline: one article ([`pipeline`]), a long one in pieces ([`segment`]),
//! a corpus streamed in bounded memory ([`corpus`]) and on all cores ([`parallel`]), and
//! the process's memory settings ([`memory`]).

pub mod corpus;
pub mod memory;
pub mod parallel;
pub mod pipeline;
pub mod segment;
