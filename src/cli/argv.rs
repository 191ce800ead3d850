//! Where the subcommand is in the command line, before clap reads it.
//!
//! `chronicle` runs `timeline` when no subcommand is given, so `chronicle samples/` and
//! `chronicle --format md story.txt` work. Options written before a subcommand belong to
//! it: `chronicle --dct 2015-05-05 dateline FILE` is `chronicle dateline --dct 2015-05-05
//! FILE`. The command line is rewritten into that form (subcommand first), so clap
//! either honours every option or rejects one the subcommand does not take, with its
//! usual message; nothing is read and then ignored.
//!
//! A first word that is neither a subcommand nor an existing file or `-` and looks like
//! a word rather than a path (`chronicle datelines x.txt`) is an error with a suggestion,
//! instead of a timeline of a file named "datelines".

use std::ffi::OsString;
use std::path::Path;

/// Options that take a value, over every subcommand: long names (`--format`) and short
/// ones (`-f`), so the scan below does not take an option's value for the subcommand.
struct ValueOptions {
    long: Vec<String>,
    short: Vec<char>,
    /// Every long option of every subcommand, flags too (`--quiet`), and `help`,
    /// `version`: a long option before the subcommand that is none of these is a typo.
    all_long: Vec<String>,
}

impl ValueOptions {
    fn of(command: &clap::Command) -> ValueOptions {
        let mut options = ValueOptions {
            long: Vec::new(),
            short: Vec::new(),
            all_long: vec!["help".into(), "version".into()],
        };
        let mut add = |cmd: &clap::Command| {
            for arg in cmd.get_arguments() {
                options.all_long.extend(arg.get_long().map(str::to_string));
                if arg.is_positional() || !arg.get_action().takes_values() {
                    continue;
                }
                options.long.extend(arg.get_long().map(str::to_string));
                options.short.extend(arg.get_short());
            }
        };
        add(command);
        command.get_subcommands().for_each(add);
        options
    }
}

/// What the first word that is not an option is.
enum First {
    /// No such word (`chronicle`, `chronicle -q`).
    Nothing,
    /// A subcommand, at this index.
    Subcommand(usize),
    /// An input: a path or `-`.
    Input,
    /// A word that is not a subcommand, not an existing path and looks like a mistyped
    /// subcommand.
    Unknown(String),
    /// A long option no subcommand takes (`--actr`), before any word.
    UnknownOption(String),
}

/// Rewrites `args` (program name first) so that the subcommand comes first, inserting
/// `timeline` when there is none; `Err` is a message for a word that is neither a
/// subcommand nor a file. Help and version requests without a subcommand are left to clap.
pub fn normalise(args: Vec<OsString>, command: &clap::Command) -> Result<Vec<OsString>, String> {
    if args.len() < 2 {
        return Ok(with_timeline(args));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .chain(["help".to_string()])
        .collect();
    let options = ValueOptions::of(command);
    let (first, asks_help) = scan(&args, &names, &options);
    match first {
        First::Subcommand(i) => {
            let mut out = vec![args[0].clone(), args[i].clone()];
            out.extend(args[1..i].iter().cloned());
            out.extend(args[i + 1..].iter().cloned());
            Ok(out)
        }
        First::Nothing if asks_help => Ok(args),
        First::Nothing | First::Input => Ok(with_timeline(args)),
        First::Unknown(word) => Err(unknown_word(&word, &names)),
        First::UnknownOption(name) => Err(unknown_option(&name, &options.all_long)),
    }
}

fn with_timeline(args: Vec<OsString>) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len() + 1);
    let mut it = args.into_iter();
    out.push(it.next().unwrap_or_else(|| "chronicle".into()));
    out.push("timeline".into());
    out.extend(it);
    out
}

/// Finds the first word that is not an option or an option's value; also says whether a
/// help or version flag came before it.
fn scan(args: &[OsString], names: &[String], options: &ValueOptions) -> (First, bool) {
    let mut asks_help = false;
    let mut i = 1;
    while i < args.len() {
        let word = args[i].to_string_lossy();
        if word == "--" {
            return (
                if i + 1 < args.len() {
                    First::Input
                } else {
                    First::Nothing
                },
                asks_help,
            );
        }
        if let Some(long) = word.strip_prefix("--") {
            asks_help |= long == "help" || long == "version";
            let name = long.split('=').next().unwrap_or(long);
            if !options.all_long.iter().any(|o| o == name) {
                return (First::UnknownOption(name.to_string()), asks_help);
            }
            if !long.contains('=') && options.long.iter().any(|o| o == long) {
                i += 1;
            }
        } else if word.len() > 1 && word.starts_with('-') {
            for (n, c) in word.chars().skip(1).enumerate() {
                asks_help |= c == 'h' || c == 'V';
                if options.short.contains(&c) {
                    // The value is the rest of the word, or the next word.
                    if n + 2 == word.chars().count() {
                        i += 1;
                    }
                    break;
                }
            }
        } else {
            return (classify(&word, i, names), asks_help);
        }
        i += 1;
    }
    (First::Nothing, asks_help)
}

fn classify(word: &str, i: usize, names: &[String]) -> First {
    if names.iter().any(|n| n == word) {
        return First::Subcommand(i);
    }
    let looks_like_a_word = !word.is_empty()
        && word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && !word.starts_with('-');
    if word == "-" || Path::new(word).exists() || !looks_like_a_word {
        First::Input
    } else {
        First::Unknown(word.to_string())
    }
}

/// The message for a word that is neither a subcommand nor a file.
fn unknown_word(word: &str, names: &[String]) -> String {
    let closest = names
        .iter()
        .filter(|n| n.as_str() != "help")
        .map(|n| (distance(word, n), n))
        .min();
    let commands: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| *n != "help")
        .collect();
    let hint = match closest {
        Some((d, name)) if d <= 2 || name.starts_with(word) || word.starts_with(name.as_str()) => {
            format!("did you mean `chronicle {name}`? ")
        }
        _ => String::new(),
    };
    format!(
        "`{word}` is neither a subcommand nor a file; {hint}(subcommands: {}; to read a \
         file, give its path, e.g. `./{word}`)",
        commands.join(", ")
    )
}

/// The message for a long option no subcommand takes, with the nearest one.
fn unknown_option(name: &str, known: &[String]) -> String {
    let closest = known
        .iter()
        .map(|k| (distance(name, k), k))
        .filter(|(d, k)| *d <= 2.max(name.chars().count() / 4) || k.starts_with(name))
        .min();
    let hint = match closest {
        Some((_, k)) => format!("did you mean `--{k}`? "),
        None => String::new(),
    };
    format!("unknown option `--{name}`; {hint}(`chronicle --help` lists the commands, `chronicle COMMAND --help` their options)")
}

/// Levenshtein distance between two short words.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn run(line: &str) -> Result<String, String> {
        let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
        normalise(args, &super::super::Cli::command()).map(|v| {
            v.iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn the_subcommand_comes_first() {
        let cases = [
            ("chronicle samples/", "chronicle timeline samples/"),
            ("chronicle", "chronicle timeline"),
            ("chronicle -q", "chronicle timeline -q"),
            (
                "chronicle --actor Lavrov timeline samples/",
                "chronicle timeline --actor Lavrov samples/",
            ),
            (
                "chronicle --dct 2015-05-05 dateline x.txt",
                "chronicle dateline --dct 2015-05-05 x.txt",
            ),
            // An option's value is not the subcommand.
            (
                "chronicle --actor merge timeline samples/",
                "chronicle timeline --actor merge samples/",
            ),
            ("chronicle -fmd timeline x", "chronicle timeline -fmd x"),
            ("chronicle -f md timeline x", "chronicle timeline -f md x"),
            ("chronicle --format=md -", "chronicle timeline --format=md -"),
            ("chronicle --help", "chronicle --help"),
            ("chronicle timeline --help", "chronicle timeline --help"),
            ("chronicle dir/missing.txt", "chronicle timeline dir/missing.txt"),
        ];
        for (line, want) in cases {
            assert_eq!(run(line).as_deref(), Ok(want), "{line}");
        }
    }

    #[test]
    fn a_word_that_is_not_a_subcommand_or_file_is_refused_with_a_suggestion() {
        let err = run("chronicle datelines x.txt").unwrap_err();
        assert!(err.contains("did you mean `chronicle dateline`"), "{err}");
        let err = run("chronicle conflict x").unwrap_err();
        assert!(err.contains("`chronicle conflicts`"), "{err}");
        let err = run("chronicle zzzzzzzz").unwrap_err();
        assert!(!err.contains("did you mean"), "{err}");
    }

    #[test]
    fn an_unknown_option_before_the_subcommand_is_named_with_a_suggestion() {
        let cases = [
            ("chronicle --actr NATO samples/", "`--actr`", Some("`--actor`")),
            ("chronicle --formt md x", "`--formt`", Some("`--format`")),
            ("chronicle --no-merg x", "`--no-merg`", Some("`--no-merge`")),
            ("chronicle --from=2009 --qiet x", "`--qiet`", Some("`--quiet`")),
            ("chronicle --zzzzzzzzzz x", "`--zzzzzzzzzz`", None),
        ];
        for (line, named, hint) in cases {
            let err = run(line).unwrap_err();
            assert!(err.contains(named), "{line}: {err}");
            match hint {
                Some(h) => assert!(err.contains(&format!("did you mean {h}")), "{line}: {err}"),
                None => assert!(!err.contains("did you mean"), "{line}: {err}"),
            }
        }
        // known options still pass, with or without a value after `=`
        assert!(run("chronicle --format=md --quiet -").is_ok());
    }

    #[test]
    fn distances() {
        for (a, b, d) in [
            ("", "", 0),
            ("dateline", "datelines", 1),
            ("tmex", "timex", 1),
            ("abc", "xyz", 3),
        ] {
            assert_eq!(distance(a, b), d, "{a} {b}");
        }
    }
}
