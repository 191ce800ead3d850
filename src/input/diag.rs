//! Diagnostics: problems with the input that chronicle reports and works around.
//!
//! One bad article never loses the others. Readers push a [`Diagnostic`] for every
//! input they skip or read imperfectly, naming the file and line and saying what to do.

use std::fmt;
use std::path::PathBuf;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input was read, but imperfectly (e.g. invalid UTF-8 replaced).
    Warning,
    /// The input (a file, or a JSONL line) was skipped: something was lost.
    Error,
}

/// A problem with one input, located as precisely as chronicle can.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// 1-based line number, where the problem has one (JSONL records).
    pub line: Option<usize>,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Diagnostic {
    pub fn warning(path: Option<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            path,
            line,
            message: message.into(),
        }
    }

    pub fn error(path: Option<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path,
            line,
            message: message.into(),
        }
    }

    /// Whether this diagnostic means an input was lost (the exit code becomes 1).
    pub fn is_loss(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let place = match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        };
        match self.line {
            Some(line) => write!(f, "{kind}: {place}:{line}: {}", self.message),
            None => write!(f, "{kind}: {place}: {}", self.message),
        }
    }
}
