//! The tense of an event's own clause, for dates whose direction depends on it.
//!
//! "Lavrov spoke with Cavusoglu on Wednesday and will meet him next week": the temporal
//! tagger reads one tense per sentence, and a bare weekday may come out a week ahead for
//! the past clause. The event knows its verb: a past-tense verb's bare weekday lies
//! before the document date, a future one's after it.
//!
//! TODO(src/text/clause.rs): the clause tense API being built there (issue 15) should
//! give this; until then the verb group is read here.

use chrono::{Duration, NaiveDate};

use super::attach::Class;
use super::words::{self, is};
use crate::text::sentence::Token;

/// The tense of a verb group, when it is clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// The tense of the verb at `verb`: "will meet", "is to meet", "plans to" → future;
/// "met", "did meet", "had met", "was signed" → past; anything else (present, bare
/// infinitive after a past verb…) → none.
pub fn of_verb(tokens: &[Token], classes: &[Class], verb: usize) -> Option<Tense> {
    if !matches!(classes.get(verb), Some(Class::Verb { .. })) {
        return None;
    }
    let mut i = verb;
    let mut aux: Vec<&str> = Vec::new();
    while i > 0
        && (classes[i - 1] == Class::Auxiliary
            || is(words::SKIPPABLE_ADVERBS, &tokens[i - 1].lower)
            || matches!(
                tokens[i - 1].lower.as_ref(),
                "not" | "n't" | "never" | "also" | "then"
            ))
    {
        i -= 1;
        aux.push(tokens[i].lower.as_ref());
    }
    if aux.iter().any(|a| matches!(*a, "will" | "shall" | "'ll")) {
        return Some(Tense::Future);
    }
    if i > 0 && tokens[i - 1].lower == "to" {
        return None;
    }
    if aux.iter().any(|a| matches!(*a, "did" | "had" | "was" | "were")) {
        return Some(Tense::Past);
    }
    if !aux.is_empty() {
        return None;
    }
    let form = tokens[verb].lower.as_ref();
    let past_form =
        words::verb(form).is_some_and(|v| v.lemma != form) && !form.ends_with("ing") && !form.ends_with('s');
    past_form.then_some(Tense::Past)
}

/// A bare weekday ("Wednesday", "on Wednesday") resolved against the clause's tense: a
/// week earlier when a past verb got a later day, a week later when a future verb got an
/// earlier one. Other expressions are left as the tagger read them.
pub fn weekday_for_tense(
    time_text: &str,
    day: NaiveDate,
    dct: NaiveDate,
    tense: Option<Tense>,
) -> Option<NaiveDate> {
    let word = time_text
        .trim()
        .trim_start_matches("on ")
        .trim_end_matches(['.', ',']);
    crate::text::lexicon::weekday(word)?;
    match tense? {
        Tense::Past if day > dct => Some(day - Duration::days(7)),
        Tense::Future if day < dct => Some(day + Duration::days(7)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::attach::classify;
    use crate::text::sentence::tokenize;

    #[test]
    fn verb_tenses() {
        let cases = [
            ("Lavrov spoke with Cavusoglu", "spoke", Some(Tense::Past)),
            ("Lavrov will meet him", "meet", Some(Tense::Future)),
            ("Russia did not reject the proposal", "reject", Some(Tense::Past)),
            ("The treaty was signed", "signed", Some(Tense::Past)),
            ("Russia wants to meet", "meet", None),
        ];
        for (sentence, verb, want) in cases {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let at = tokens.iter().position(|t| t.text == verb).expect(verb);
            assert_eq!(of_verb(&tokens, &classes, at), want, "{sentence}");
        }
    }

    #[test]
    fn weekdays_follow_the_tense() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let dct = d("2022-03-03");
        assert_eq!(
            weekday_for_tense("Wednesday", d("2022-03-09"), dct, Some(Tense::Past)),
            Some(d("2022-03-02"))
        );
        assert_eq!(
            weekday_for_tense("Monday", d("2022-02-28"), dct, Some(Tense::Future)),
            Some(d("2022-03-07"))
        );
        assert_eq!(
            weekday_for_tense("next week", d("2022-03-09"), dct, Some(Tense::Past)),
            None
        );
        assert_eq!(
            weekday_for_tense("Wednesday", d("2022-03-02"), dct, Some(Tense::Past)),
            None
        );
    }
}
