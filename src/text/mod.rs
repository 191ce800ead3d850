//! The text layer every stage reads through: word tables ([`lexicon`]) and the hash
//! for fixed word tables ([`hash`]).

pub mod hash;
pub mod lexicon;
