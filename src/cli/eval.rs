//! `chronicle eval`: score the tagger against gold TimeML annotations.

use std::path::PathBuf;

use clap::Args;

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold data: a JSONL file like tbaq-train.jsonl, a .tml file, or a folder of them.
    #[arg(long, value_name = "FILE|DIR")]
    pub gold: PathBuf,
    /// List every miss, spurious tag and wrong value.
    #[arg(long)]
    pub errors: bool,
}

pub fn run(args: EvalArgs) -> i32 {
    let _ = args;
    eprintln!("chronicle eval: not built yet");
    super::exit::USAGE
}
