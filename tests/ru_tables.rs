//! Every row of every Russian data table (`src/lang/ru/data/*.tsv`) parses: the temporal
//! grammar's tables class by class and value by value, the others for their shape.

use chronicle::lang::ru::timex::words::{check_table, empty_classes};

#[test]
fn every_row_of_every_russian_table_parses() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang/ru/data");
    let mut problems = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("src/lang/ru/data is there") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("a table is UTF-8");
        problems.extend(check_table(&name, &text));
        files += 1;
    }
    assert!(files >= 5, "only {files} tables found in {}", dir.display());
    problems.extend(empty_classes());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_bad_row_is_named_by_file_and_line() {
    let bad =
        "# comment\nв\tprep\tacc\nнедел\tunit\tfortnight\nДек\tmonth_abbr\nвторник\tweekday\t2:loc\nодин\n";
    let lexicon = check_table("lexicon.tsv", bad);
    assert!(
        lexicon
            .iter()
            .any(|p| p.starts_with("data/lexicon.tsv:2: unknown class")),
        "{lexicon:?}"
    );
    assert!(
        lexicon
            .iter()
            .any(|p| p.starts_with("data/lexicon.tsv:3:") && p.contains("fortnight")),
        "{lexicon:?}"
    );
    assert!(
        lexicon
            .iter()
            .any(|p| p.starts_with("data/lexicon.tsv:4:") && p.contains("folded")),
        "{lexicon:?}"
    );
    assert!(
        lexicon
            .iter()
            .any(|p| p.starts_with("data/lexicon.tsv:5:") && p.contains("2:loc")),
        "{lexicon:?}"
    );
    assert!(
        lexicon
            .iter()
            .any(|p| p.starts_with("data/lexicon.tsv:6: want FORM")),
        "{lexicon:?}"
    );
    let grammar = check_table("grammar.tsv", "по\tprep\tpl dat\nпо\tprep\tsomewhere\n");
    assert_eq!(grammar.len(), 1, "{grammar:?}");
    assert!(grammar[0].starts_with("data/grammar.tsv:2:"), "{grammar:?}");
    // another engine's table: its shape only
    assert!(check_table("places.tsv", "брюсселе\tBrussels\n").is_empty());
    assert_eq!(check_table("places.tsv", "брюсселе\n").len(), 1);
}
