//! The `chronicle` command: a thin layer over the library.

fn main() {
    std::process::exit(chronicle_cli::run());
}

#[path = "cli/mod.rs"]
mod chronicle_cli;
