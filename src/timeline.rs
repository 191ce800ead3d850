//! [`Timeline`]: events from one or many articles, sorted and merged.

use serde::Serialize;

use crate::event::Event;

/// A sorted chronology.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Timeline {
    pub events: Vec<Event>,
}
