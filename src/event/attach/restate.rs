//! A date apposed to a relative offset restates it: "the country was reunified less than a
//! year later, on October 3, 1990", "the army retook the town two weeks later, on March
//! 5", "the rebels had seized it days earlier, on Monday". The offset stands where the
//! event's date stands in its clause; the apposed date, after its comma, says which day
//! the offset means. So the apposed date is attached as if it stood in the offset's
//! place, and the event takes the apposed date (the offset's own, counted from the
//! story's previous date, is only an approximation of it).

use super::class::Class;
use crate::event::words::{self, is};
use crate::text::sentence::Token;

/// The longest vague offset read before its adverb: "only a few days later", "less than
/// two weeks earlier".
const MAX_OFFSET_WORDS: usize = 5;

/// The token range of the offset that the date at `first` restates, or `None`: the date
/// (after an optional `on`, `in` or `at`) follows a comma, and right before the comma ends
/// either `previous`, the token range of an offset timex (`two weeks later`, `a year
/// ago`), or a vague offset that is no timex (`days later`, `weeks earlier`, `shortly
/// afterwards`).
pub fn restated_offset(
    tokens: &[Token],
    classes: &[Class],
    first: usize,
    previous: Option<std::ops::Range<usize>>,
) -> Option<std::ops::Range<usize>> {
    let mut i = first;
    if i > 0
        && classes[i - 1] == Class::Preposition
        && is(words::RESTATING_PREPOSITIONS, &tokens[i - 1].lower)
    {
        i -= 1;
    }
    let comma = i.checked_sub(1).filter(|&c| tokens[c].text == ",")?;
    if let Some(p) = previous.filter(|p| p.end == comma && !p.is_empty()) {
        // "only a few weeks later": the words that hedge the offset go with it
        let mut start = p.start;
        while start > 0
            && p.start - start < MAX_OFFSET_WORDS
            && is(words::OFFSET_HEDGES, &tokens[start - 1].lower)
        {
            start -= 1;
        }
        return Some(start..p.end);
    }
    let adverb = comma.checked_sub(1)?;
    if !is(words::OFFSET_ADVERBS, &tokens[adverb].lower) {
        return None;
    }
    let mut start = adverb;
    while start > 0
        && adverb - start < MAX_OFFSET_WORDS
        && (is(words::OFFSET_WORDS, &tokens[start - 1].lower)
            || is(words::NUMBER_WORDS, &tokens[start - 1].lower)
            || is(words::OFFSET_UNITS, &tokens[start - 1].lower)
            || tokens[start - 1].text.chars().all(|c| c.is_ascii_digit()))
    {
        start -= 1;
    }
    // "days later" counts a unit; "afterwards" needs none ("shortly afterwards")
    let counted = (start..adverb).any(|j| is(words::OFFSET_UNITS, &tokens[j].lower));
    let needs_unit = !is(words::UNCOUNTED_OFFSET_ADVERBS, &tokens[adverb].lower);
    (counted || !needs_unit).then_some(start..comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::attach::classify;
    use crate::text::sentence::tokenize;

    /// The index of the first token of `phrase` in `sentence`.
    fn token_at(sentence: &str, tokens: &[Token], phrase: &str) -> usize {
        let at = sentence[..sentence.find(phrase).unwrap()].chars().count();
        tokens.iter().position(|t| t.start >= at).unwrap()
    }

    /// Sentence, the apposed date, the offset it restates (`None`: it restates none).
    const CASES: &[(&str, &str, Option<&str>)] = &[
        (
            "The rebels had seized it days earlier, on Monday.",
            "Monday",
            Some("days earlier"),
        ),
        (
            "Troops withdrew only a few weeks later, in March 2004.",
            "March 2004",
            Some("only a few weeks later"),
        ),
        (
            "The treaty lapsed shortly afterwards, on Feb. 5.",
            "Feb. 5",
            Some("shortly afterwards"),
        ),
        ("The plant closed years ago, in 1987.", "1987", Some("years ago")),
        // the caller gives an offset timex's range; with none, "later" alone restates nothing
        ("The ministers met later, on Friday.", "Friday", None),
        // no comma, no apposition
        ("The ministers met two days later on Friday.", "Friday", None),
        // a list of dates is no restatement
        (
            "The talks were held in Geneva, on Monday and Tuesday.",
            "Monday",
            None,
        ),
    ];

    #[test]
    fn vague_offsets() {
        for &(sentence, date, want) in CASES {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let first = token_at(sentence, &tokens, date);
            let got = restated_offset(&tokens, &classes, first, None)
                .map(|r| tokens[r].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
            assert_eq!(got.as_deref(), want, "{sentence}");
        }
    }

    #[test]
    fn an_offset_timex_right_before_the_comma() {
        // (sentence, the offset timex, the apposed date)
        let cases = [
            (
                "The country was reunified less than a year later, on October 3, 1990.",
                "less than a year later",
                "October 3, 1990",
            ),
            (
                "The army retook the town two weeks later, on March 5.",
                "two weeks later",
                "March 5",
            ),
            (
                "Thirty years ago, on December 8, 1991, the leaders met.",
                "Thirty years ago",
                "December 8, 1991",
            ),
            (
                "A year earlier, in June 2008, Medvedev proposed a pact.",
                "A year earlier",
                "June 2008",
            ),
        ];
        // (sentence, the offset timex, the apposed date, the offset with its hedge)
        let hedged = [(
            "The last troops left only a few weeks later, in March 2004.",
            "a few weeks later",
            "March 2004",
            "only a few weeks later",
        )];
        for (sentence, offset, date) in cases {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let pos = |phrase: &str| token_at(sentence, &tokens, phrase);
            let o = pos(offset);
            let range = o..o + tokenize(offset).len();
            let got = restated_offset(&tokens, &classes, pos(date), Some(range.clone()));
            assert_eq!(got, Some(range), "{sentence}");
        }
        for (sentence, offset, date, with_hedge) in hedged {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let pos = |phrase: &str| token_at(sentence, &tokens, phrase);
            let o = pos(offset);
            let got = restated_offset(&tokens, &classes, pos(date), Some(o..o + tokenize(offset).len()));
            let h = pos(with_hedge);
            assert_eq!(got, Some(h..h + tokenize(with_hedge).len()), "{sentence}");
        }
    }
}
