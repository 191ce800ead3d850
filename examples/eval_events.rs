//! Runs the event-anchoring evaluation until `chronicle eval --events` is wired:
//! `cargo run --release --example eval_events -- ../shared/data/tbaq-train.jsonl [--errors]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: eval_events GOLD.jsonl [--errors]");
        std::process::exit(2);
    };
    let errors = args.iter().any(|a| a == "--errors");
    let mut out = std::io::stdout().lock();
    if let Err(e) = chronicle::eval::events::run(std::path::Path::new(path), &mut out, errors) {
        eprintln!("eval_events: {e}");
        std::process::exit(1);
    }
}
