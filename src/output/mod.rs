//! Writers: timelines and analyses as CSV, JSON and the formats timeline tools read.

pub mod html;
pub mod markdown;
pub mod timelinejs;
pub mod view;
pub mod vis;
