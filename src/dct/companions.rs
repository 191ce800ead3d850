//! What other articles of a run say about the year of a dateline that has none: the
//! types the year scorer reads. Finding the companions is a corpus concern, done by the
//! layer that sees the whole run ([`crate::run::companions`]), which hands them here.
//!
//! Reuters' `BRUSSELS, July 13 (Reuters) - The NATO-Russia Council met on Wednesday` gives
//! no year and names nobody whose term would date it; TASS's `БРЮССЕЛЬ, 13 июля. /ТАСС/.`
//! in the same run may ("the previous meeting was in 2014"). Two stories are taken to
//! report the same event — and so to share their dateline's year — when:
//!
//! * their datelines give the same month and day;
//! * their datelines name the same place (a Russian place name is read through the
//!   Russian places table: `БРЮССЕЛЬ` is Brussels);
//! * their leads name at least one actor in common (the gazetteer's canonical names, for
//!   English and Russian alike);
//! * both leads name the day of the news, and the same weekday ("met on Wednesday",
//!   "прошло в среду").
//!
//! The other story's own evidence about its year (its probability per year, read alone,
//! or its printed year when it has one) then counts as evidence for this story
//! ([`super::score`]) — when it has any: a companion whose best year is less than
//! [`super::score::MIN_ANSWER`] likely lends nothing. It never decides alone against the
//! story's own words.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::input::article::Article;

/// What another article of the run says about the year of a story it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Companion {
    /// For the reason: "ria-05 (БРЮССЕЛЬ, July 13; both name NATO-Russia Council) points to 2016".
    pub says: String,
    /// The companion's probability per year (read alone), or its printed year at 1.
    pub years: Vec<(i32, f64)>,
}

/// The run's evidence for its unsure articles: the sure dates of the run (see
/// [`super::sure_dates`]) and, per article, the companions found for it.
#[derive(Debug, Clone, Default)]
pub struct RunEvidence {
    pub sure: Vec<NaiveDate>,
    /// Article id → its companions (only for articles that may borrow).
    companions: HashMap<String, Vec<Companion>>,
}

impl RunEvidence {
    /// Whether the run has nothing to lend.
    pub fn is_empty(&self) -> bool {
        self.sure.is_empty() && self.companions.is_empty()
    }

    /// The run's sure dates, no companions yet.
    pub fn new(sure: Vec<NaiveDate>) -> Self {
        RunEvidence {
            sure,
            companions: HashMap::new(),
        }
    }

    /// Gives `id` its companions; an id met twice in a run keeps the first article's.
    pub fn add_companions(&mut self, id: &str, companions: Vec<Companion>) {
        if !companions.is_empty() && !self.companions.contains_key(id) {
            self.companions.insert(id.to_string(), companions);
        }
    }

    /// The companions found for `article` (by id).
    pub fn companions_of(&self, article: &Article) -> Vec<Companion> {
        self.companions.get(&article.id).cloned().unwrap_or_default()
    }
}
