//! Writers: timelines and analyses as CSV, JSON and the formats timeline tools read.
