//! Reported speech carries its content (issue 25, item 3).
//!
//! A row for "Grushko said on Wednesday" tells nothing a chronology could print; the
//! row is what was said, with its speaker: "Grushko: Russia would not restore its
//! mission to NATO". The content is found on either side of the reporting verb:
//!
//! * after it, past the verb's date, a `that` and, for `told`, the one told: "Lavrov
//!   told reporters on Friday that the talks would resume";
//! * before it, when the attribution closes the sentence after a comma: "Russia would not
//!   reopen its mission, Grushko said", "… was a bomb,'' said a U.S. official".
//!
//! The content is shortened to its main clause: it ends at the first comma or clause
//! opener after its first verb (never inside a phrase), and at [`MAX_WORDS`] words on a
//! word that does not leave a preposition or an article hanging.

use std::ops::Range;

use super::attach::Class;
use crate::text::sentence::Token;

/// The longest content a headline keeps, in words.
pub const MAX_WORDS: usize = 14;

/// How many words a speaker's phrase may run before its head ("an official from the
/// organization said").
const SPEAKER_WORDS: usize = 6;

/// Reporting verbs (lemmas) whose object may be a clause without `that` ("said Russia
/// would…"); others ("condemned the bombings", "claimed 217 lives") take one only after
/// `that` or before the attribution.
const SAY_LEMMAS: &[&str] = &[
    "say", "tell", "add", "state", "insist", "note", "report", "announce", "confirm", "warn",
];

/// Whether the verb at `verb` only reports (its row may read "Speaker: what was said");
/// a denial, an accusation or an urging keeps its verb ("The Kremlin denied Putin would
/// meet Biden").
pub fn only_reports(tokens: &[Token], verb: usize) -> bool {
    super::words::verb(&tokens[verb].lower)
        .is_some_and(|v| SAY_LEMMAS.contains(&v.lemma) && v.lemma != "warn")
}

/// Words that lead a content and say nothing: "But the solid construction …".
const LEADING_JOINERS: &[&str] = &["but", "and", "so", "yet"];

/// Words that open a clause and so end a content's main clause.
const CLAUSE_ENDS: &[&str] = &[
    "which", "who", "because", "while", "although", "but", "as", "saying",
];

fn is_quote(t: &Token) -> bool {
    matches!(t.text, "\"" | "``" | "''" | "“" | "”" | "'" | "‘" | "’")
}

fn is_verb(c: Class) -> bool {
    matches!(c, Class::Verb { .. } | Class::Auxiliary)
}

/// The tokens of what the reporting verb at `verb` reports, shortened to its main
/// clause; `subject` is the speaker's range, `skip` the verb's temporal phrase.
pub fn content(
    tokens: &[Token],
    classes: &[Class],
    verb: usize,
    subject: Option<&Range<usize>>,
    skip: &Range<usize>,
) -> Option<Range<usize>> {
    let after = after_verb(tokens, classes, verb, skip);
    let before = || {
        // "…, Grushko said" or "…, said Grushko": the comma before the attribution
        let lead = subject.map_or(verb, |s| s.start.min(verb));
        before_comma(tokens, classes, lead).or_else(|| {
            // "…, an official from the organization said": the speaker's phrase opens
            // at the comma a few words before its head
            let comma = (lead.saturating_sub(SPEAKER_WORDS)..lead)
                .rev()
                .take_while(|&i| !is_verb(classes[i]) && classes[i] != Class::HardStop)
                .find(|&i| tokens[i].text == ",")?;
            before_comma(tokens, classes, comma + 1)
        })
    };
    let mut range = after.or_else(before)?;
    while range.len() > 3 && LEADING_JOINERS.contains(&tokens[range.start].lower.as_ref()) {
        range.start += 1;
    }
    Some(main_clause(tokens, classes, range))
}

/// "said on Tuesday that NATO would …", "told reporters that …": the clause after.
fn after_verb(tokens: &[Token], classes: &[Class], verb: usize, skip: &Range<usize>) -> Option<Range<usize>> {
    let end = (verb + 1..tokens.len())
        .find(|&i| classes[i] == Class::HardStop)
        .unwrap_or(tokens.len());
    let mut i = verb + 1;
    let told = tokens[verb].lower == "told";
    let lemma = super::words::verb(&tokens[verb].lower).map(|v| v.lemma);
    let says = lemma.is_some_and(|l| SAY_LEMMAS.contains(&l));
    let that = (verb + 1..end.min(verb + 7)).find(|&j| tokens[j].lower == "that" && !skip.contains(&j));
    if !says && that.is_none() {
        return None;
    }
    if told {
        // the one told, up to `that` within a few words
        match that {
            Some(that) => i = that,
            None => return None,
        }
    }
    while i < end && (skip.contains(&i) || tokens[i].lower == "that") {
        i += 1;
    }
    // "police said Wednesday, because …": a comma after the attribution ends it
    if i < end && (classes[i] == Class::SoftStop || CLAUSE_ENDS.contains(&tokens[i].lower.as_ref())) {
        return None;
    }
    let has_verb = (i..end).any(|j| is_verb(classes[j]));
    (end > i + 2 && has_verb).then_some(i..end)
}

/// The clause before the comma that precedes `lead` (quotes set aside).
fn before_comma(tokens: &[Token], classes: &[Class], lead: usize) -> Option<Range<usize>> {
    let mut comma = lead;
    while comma > 0 && is_quote(&tokens[comma - 1]) {
        comma -= 1;
    }
    if comma == 0 || tokens[comma - 1].text != "," {
        return None;
    }
    let mut end = comma - 1;
    while end > 0 && is_quote(&tokens[end - 1]) {
        end -= 1;
    }
    // back to the sentence's start or the last hard stop that is no quote
    let mut start = end;
    while start > 0 && (classes[start - 1] != Class::HardStop || is_quote(&tokens[start - 1])) {
        start -= 1;
    }
    while start < end && (is_quote(&tokens[start]) || classes[start] == Class::SoftStop) {
        start += 1;
    }
    let has_verb = (start..end).any(|j| is_verb(classes[j]));
    (end > start + 2 && has_verb).then_some(start..end)
}

/// The main clause of `range`: up to the first comma or clause opener after its first
/// verb, at most [`MAX_WORDS`] words, never ending on a preposition, article or joiner.
fn main_clause(tokens: &[Token], classes: &[Class], range: Range<usize>) -> Range<usize> {
    let first_verb = (range.clone())
        .find(|&i| is_verb(classes[i]))
        .unwrap_or(range.start);
    let mut end = (first_verb + 1..range.end)
        .find(|&i| {
            matches!(classes[i], Class::SoftStop | Class::HardStop)
                || is_quote(&tokens[i])
                || CLAUSE_ENDS.contains(&tokens[i].lower.as_ref())
        })
        .unwrap_or(range.end);
    // "… lies in the alliance but stopped short of …": a predicate joined without a
    // subject of its own ends the content, whatever verb the tables know before it
    let joined = (range.start + 2..end.saturating_sub(1)).find(|&i| {
        matches!(tokens[i].lower.as_ref(), "but" | "and")
            && matches!(classes[i + 1], Class::Verb { finite: true })
            && !tokens[i + 1].lower.ends_with("ing")
    });
    end = end.min(joined.unwrap_or(end)).min(range.start + MAX_WORDS);
    while end > first_verb + 1
        && (matches!(
            classes[end - 1],
            Class::Preposition
                | Class::Determiner
                | Class::Possessive
                | Class::SoftStop
                | Class::ClauseOpener
        ) || matches!(tokens[end - 1].lower.as_ref(), "and" | "or" | "to" | "of"))
    {
        end -= 1;
    }
    range.start..end
}
