//! The `chronicle` command: a thin layer over the library.

/// Many small allocations (tokens, strings) per article: mimalloc is markedly faster here
/// than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    chronicle::run::memory::tune();
    std::process::exit(chronicle_cli::run());
}

#[path = "cli/mod.rs"]
mod chronicle_cli;
