//! Running the pipeline: one article ([`pipeline`]), a long one in pieces ([`segment`]),
//! a corpus streamed in bounded memory ([`corpus`]) and on all cores ([`parallel`]), the
//! evidence articles of one run lend each other for their document dates
//! ([`companions`]: a corpus concern, so it lives here, above the stages it reads), and
//! the process's memory settings ([`memory`]). [`threads`] is the one reading of `--jobs`
//! that the in-memory run and the streamed one share, so neither reaches into the other.

pub mod companions;
pub mod corpus;
pub mod memory;
pub mod parallel;
pub mod pipeline;
pub mod segment;

/// Articles analysed together: large enough to keep every core busy between the
/// in-order writes, small enough that a chunk of long stories stays a few MB.
pub const CHUNK: usize = 256;

/// The number of threads `jobs` asks for: 0 means one per core.
pub fn threads(jobs: usize) -> usize {
    if jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        jobs
    }
}
