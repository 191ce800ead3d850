//! Reading articles from files, folders, stdin and corpora.
//!
//! [`read_inputs`] never fails as a whole: every problem with one input becomes a
//! [`Diagnostic`] and the other inputs are still read.

use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::diag::Diagnostic;

/// Articles read from the inputs, with the problems met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads every input: a file, a folder (recursively), or `-` for stdin.
pub fn read_inputs(inputs: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for input in inputs {
        read_one(input, &mut loaded);
    }
    loaded
}

fn read_one(path: &Path, loaded: &mut Loaded) {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
            loaded.diagnostics.push(Diagnostic::error(
                None,
                None,
                format!("cannot read standard input: {e}"),
            ));
            return;
        }
        loaded.articles.push(Article {
            id: "stdin".into(),
            text,
            ..Default::default()
        });
        return;
    }
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            loaded.articles.push(Article {
                id,
                text,
                source_path: Some(path.to_path_buf()),
                ..Default::default()
            });
        }
        Err(e) => loaded.diagnostics.push(Diagnostic::error(
            Some(path.to_path_buf()),
            None,
            format!("cannot read the file: {e}; check the path and its permissions"),
        )),
    }
}
