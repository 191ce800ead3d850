//! The README is the user's guide, so it must stay true:
//!
//! * every command it shows in a ```console block (a line starting `$ `) runs and
//!   succeeds, as a newcomer would type it in a fresh clone (in a scratch folder that
//!   sees `samples/` and `tests/`); a block that shows output after its one command
//!   shows exactly what chronicle prints;
//! * every long option of every subcommand's `--help` appears in the README, and every
//!   option the README names (outside the lines about cargo) is one `--help` knows.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md")
}

/// The commands of the ```console blocks, each with the output shown after it (empty
/// when none is shown).
fn console_commands(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_console = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        match line.strip_prefix("$ ") {
            Some(cmd) => out.push((cmd.to_string(), String::new())),
            None => {
                if let Some((_, shown)) = out.last_mut() {
                    shown.push_str(line);
                    shown.push('\n');
                }
            }
        }
    }
    out
}

fn chronicle_help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .output()
        .expect("ran");
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Long options named in `text` (`--from`, `--allow-any-year`).
fn long_options(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 2 < chars.len() {
        let starts = chars[i] == '-'
            && chars[i + 1] == '-'
            && chars[i + 2].is_ascii_lowercase()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '-'));
        if starts {
            let mut j = i + 2;
            while j < chars.len() && (chars[j].is_ascii_lowercase() || chars[j] == '-') {
                j += 1;
            }
            let name: String = chars[i + 2..j].iter().collect();
            found.insert(name.trim_end_matches('-').to_string());
            i = j;
        } else {
            i += 1;
        }
    }
    found
}

/// The subcommands `chronicle --help` lists.
fn subcommands() -> Vec<String> {
    let help = chronicle_help(&["--help"]);
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // a command's line is indented two spaces; its wrapped description, more
        .filter(|l| l.starts_with("  ") && !l[2..].starts_with(' '))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|c| c != "help")
        .collect()
}

/// The long options of a subcommand's `--help` (its Options section).
fn options_of(subcommand: &str) -> BTreeSet<String> {
    let help = chronicle_help(&[subcommand, "--help"]);
    let mut found = BTreeSet::new();
    for line in help.lines() {
        let t = line.trim_start();
        let t = t
            .strip_prefix("-")
            .and_then(|r| r.get(3..))
            .filter(|_| t.as_bytes().get(2) == Some(&b','))
            .unwrap_or(t);
        if let Some(rest) = t.strip_prefix("--") {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn every_command_in_the_readme_runs() {
    let text = readme();
    let commands = console_commands(&text);
    assert!(commands.len() >= 30, "{} commands", commands.len());
    let root = std::env::current_dir().expect("the crate folder");
    let scratch = tempfile::tempdir().expect("a scratch folder");
    for dir in ["samples", "tests", "docs"] {
        std::os::unix::fs::symlink(root.join(dir), scratch.path().join(dir)).expect("linked");
    }
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_chronicle"))
        .parent()
        .expect("a folder");
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for (command, shown) in &commands {
        assert!(
            command.starts_with("chronicle") || command.starts_with("printf") || command.starts_with("cat "),
            "{command}"
        );
        let out = Command::new("sh")
            .args(["-c", command])
            .current_dir(scratch.path())
            .env("PATH", &path)
            .env_remove("COLUMNS")
            .output()
            .expect("ran");
        assert!(
            out.status.success(),
            "README command failed: $ {command}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        if !shown.is_empty() {
            let got = String::from_utf8_lossy(&out.stdout);
            let trim = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
            assert_eq!(trim(&got), trim(shown), "README output of $ {command} is stale");
        }
    }
}

#[test]
fn every_option_is_in_the_readme_and_every_readme_option_is_real() {
    let text = readme();
    let named = long_options(
        &text
            .lines()
            .filter(|l| !l.contains("cargo "))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let mut known: BTreeSet<String> = ["help", "version"].iter().map(|s| s.to_string()).collect();
    let subcommands = subcommands();
    assert!(subcommands.len() >= 6, "{subcommands:?}");
    for sub in &subcommands {
        assert!(
            text.contains(&format!("chronicle {sub}")),
            "the README shows no `chronicle {sub}`"
        );
        for option in options_of(sub) {
            assert!(
                named.contains(&option),
                "`chronicle {sub} --{option}` is in --help but not in the README"
            );
            known.insert(option);
        }
    }
    let unknown: Vec<&String> = named.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "the README names options --help does not know: {unknown:?}"
    );
}

#[test]
fn the_option_scanner_reads_options_only() {
    let found = long_options("`--from DATE`, --allow-any-year; a-b --x-- 2--3 ---");
    let want: BTreeSet<String> = ["from", "allow-any-year", "x"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(found, want);
}
