//! chronicle's diagnostics as Python exceptions and warnings: `chronicle.ChronicleError`
//! (an input chronicle could not read: its `file`, `line` and `message`) and
//! `chronicle.ChronicleWarning` (read, imperfectly). Both classes are defined in Python
//! (`chronicle/_errors.py`) so that they carry those attributes and pickle.

use std::path::Path;

use chronicle::input::diag::Diagnostic;
use pyo3::prelude::*;

/// The exception for a diagnostic.
pub fn from_diagnostic(py: Python<'_>, d: &Diagnostic) -> PyErr {
    chronicle_error(py, &d.message, d.path.as_deref(), d.line)
}

/// A `chronicle.ChronicleError(message, file, line)`.
pub fn chronicle_error(py: Python<'_>, message: &str, file: Option<&Path>, line: Option<usize>) -> PyErr {
    let file = file.map(|p| p.display().to_string());
    match py
        .import("chronicle._errors")
        .and_then(|m| m.getattr("ChronicleError"))
        .and_then(|class| class.call1((message, file, line)))
    {
        Ok(error) => PyErr::from_value(error),
        Err(e) => e,
    }
}

/// Issues a `chronicle.ChronicleWarning` for a diagnostic (as the CLI prints it).
pub fn warn(py: Python<'_>, d: &Diagnostic) -> PyResult<()> {
    let category = py.import("chronicle._errors")?.getattr("ChronicleWarning")?;
    let warnings = py.import("warnings")?;
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("stacklevel", 2)?;
    warnings.call_method("warn", (d.to_string(), category), Some(&kwargs))?;
    Ok(())
}
