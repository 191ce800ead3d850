//! Running the pipeline: one article ([`pipeline`]), a long one in pieces ([`segment`]),
//! a corpus streamed in bounded memory ([`corpus`]) and on all cores ([`parallel`]), the
//! evidence articles of one run lend each other for their document dates
//! ([`companions`]: a corpus concern, so it lives here, above the stages it reads), and
//! the process's memory settings ([`memory`]).

pub mod companions;
pub mod corpus;
pub mod memory;
pub mod parallel;
pub mod pipeline;
pub mod segment;
