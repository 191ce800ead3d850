//! Periods: positions inside one ("в начале 2009 года", "к концу года"), fixed phrases
//! ("в настоящее время", "в последние годы", "ежегодно"), decades ("90-х годов"),
//! centuries ("XX века"), seasons ("весной 2009 года") and quarters and halves
//! ("первом квартале", "второй половине года").

use super::numbers::roman;
use super::{m, words, Parser, M};
use crate::lang::ru::token::Kind;
use crate::timex::sem::{Count, Sem, YearRef};
use crate::timex::tables::{Fixed, Unit};

/// The value of a phrase whose meaning follows its clause's tense: `PAST|FUTURE` in the
/// table, the second when the nearest tense cue of the sentence points to the future
/// ("указ будет подписан на днях": FUTURE_REF, "in the next few days"), the first
/// otherwise ("на днях министр встретился с послом": PAST_REF, "the other day"). A
/// value without `|` is taken as it is.
fn tensed(
    value: &'static str,
    toks: &[crate::lang::ru::token::Tok],
    start: usize,
    end: usize,
) -> &'static str {
    let Some((past, future)) = value.split_once('|') else {
        return value;
    };
    match crate::lang::ru::tense::direction(toks, start, end) {
        (crate::text::clause::Dir::Future, true) => future,
        _ => past,
    }
}

impl Parser<'_> {
    /// "в начале 2009 года", "в конце марта", "к концу года", "в середине 1990-х": the
    /// inner date with `mod` START/END/MID; "в первой половине 2009 года" is a half.
    pub(super) fn position(&self, i: usize) -> Option<M> {
        let modifier = self.class(i, "position")?;
        let from = i + 1;
        let inner = self
            .date(from, true)
            .or_else(|| {
                // "в конце года", "в начале месяца": the DCT's unit
                let unit = self.unit(from)?;
                matches!(unit, Unit::Year | Unit::Month | Unit::Week)
                    .then(|| m(from, from + 1, Sem::UnitShift { unit, shift: 0 }, "unit"))?
            })
            .filter(|inner| inner.start == from)?;
        Some(M {
            start: i,
            modifier: Some(modifier),
            pattern: "position",
            ..inner
        })
    }

    /// Phrases with a fixed value: "в настоящее время", "на сегодняшний день", "в
    /// ближайшее время", "в последние годы", "полгода".
    pub(super) fn fixed(&self, i: usize) -> Option<M> {
        self.word(i)?;
        // "ежегодно", "ежедневный": a set
        if let Some(v) = self.class(i, "set") {
            return m(i, i + 1, Sem::Set(v.to_string()), "set");
        }
        if let Some(v) = self.class(i, "fixed_dur") {
            let v: &'static str = v;
            return m(i, i + 1, Sem::Fixed(v, Fixed::Duration), "fixed-duration");
        }
        // "на сегодняшний день", "в ближайшее время" (`phrases.tsv`, `fixed`)
        if let Some((phrase, len)) = self.phrase(i, "fixed") {
            return m(i, i + len, Sem::Fixed(phrase.value, Fixed::Date), "fixed");
        }
        // "на днях", found at its last word (`fixed_back`): its first is a preposition
        for phrase in words::phrases("fixed_back") {
            let Some(start) = (i + 1).checked_sub(phrase.words.len()) else {
                continue;
            };
            if phrase.len_at(self.t, start).is_some() {
                let value = tensed(phrase.value, self.t, start, i + 1);
                return m(start, i + 1, Sem::Fixed(value, Fixed::Date), "fixed");
            }
        }
        // "в последние годы", "в ближайшие дни": a vague stretch ending or starting now
        let dir: i32 = self.class(i, "recent")?.parse().ok()?;
        let unit = self.unit(i + 1)?;
        if self.count(i + 1).is_some() || !self.is(i + 1, "vague_plural") {
            return None;
        }
        if dir < 0 {
            let vague = Sem::Duration {
                count: Count::Vague,
                unit,
            };
            return m(i, i + 2, vague, "recent");
        }
        m(i, i + 2, Sem::Fixed("FUTURE_REF", Fixed::Date), "fixed")
    }

    /// "90-х годов", "1990-е", "в 90-е годы": the decade.
    pub(super) fn decade(&self, i: usize) -> Option<M> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        if !words::is_suffix(&t.suffix, "decade_suffix") {
            return None;
        }
        let n: i32 = t.low.parse().ok()?;
        if n % 10 != 0 {
            return None;
        }
        let decade = match t.low.len() {
            4 if (1000..=2100).contains(&n) => n / 10,
            2 if n >= 20 => 190 + n / 10,
            2 => 200 + n / 10,
            _ => return None,
        };
        if t.low.len() == 4 && words::is_suffix(&t.suffix, "year_only_suffix") {
            return None; // "2020-м году" is a year
        }
        let end = self.year_word(i + 1).unwrap_or(i + 1);
        if end == i + 1
            && t.low.len() == 2
            && words::is_suffix(&t.suffix, "decade_needs_in")
            && !self.is(i.wrapping_sub(1), "in")
        {
            return None;
        }
        m(i, end, Sem::Decade(decade), "decade")
    }

    /// "XX века", "XXI веке", "20 века", "в XIX в.".
    pub(super) fn century(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let n = match t.kind {
            Kind::Num if t.suffix.is_empty() || words::is_suffix(&t.suffix, "century_suffix") => {
                t.num().filter(|n| (1..=21).contains(n))?
            }
            Kind::Word => roman(&t.low)?,
            Kind::Num | Kind::Punct => return None,
        };
        self.word(i + 1)?;
        let end = if self.class(i + 1, "unit") == Some("century") && self.is(i + 1, "century_word") {
            i + 2
        } else if self.is(i + 1, "century_abbr") && self.punct(i + 2, ".") {
            i + 3
        } else {
            return None;
        };
        m(i, end, Sem::Century(n as i32 - 1), "century")
    }

    /// "весной", "весной 2009 года", "летом прошлого года", "прошлой осенью" (`deictic`:
    /// the adjective's index and shift).
    pub(super) fn season(&self, i: usize, deictic: Option<(usize, i32)>) -> Option<M> {
        let season = self.class(i, "season")?;
        let w = self.word(i)?;
        let start = deictic.map_or(i, |(d, _)| d);
        let mut year = deictic.map_or(YearRef::Implicit, |(_, s)| YearRef::Rel(s));
        let mut end = i + 1;
        if let Some((y, after)) = self.year_ref_after(end) {
            year = y;
            end = after;
        }
        // the instrumental adverb "весной" or a governed form; "лета" alone is no date
        let adverb = words::ends_with(w, "season_adverb");
        if deictic.is_none() && year == YearRef::Implicit && !adverb && self.prep_before(i).is_none() {
            return None;
        }
        if deictic.is_none() && year == YearRef::Implicit && !adverb {
            return None;
        }
        let season: &'static str = season;
        m(start, end, Sem::Season { season, year }, "season")
    }

    /// "первом квартале 2009 года", "второй половине года", "первом полугодии".
    pub(super) fn quarter(&self, i: usize) -> Option<M> {
        let n: u32 = self.class(i, "ordinal")?.parse().ok()?;
        let j = i + 1;
        let unit = self.class(j, "unit");
        let is_half_word = self.class(j, "half_word").is_some();
        if unit != Some("quarter") && unit != Some("half") && !is_half_word {
            return None;
        }
        let mut end = j + 1;
        let mut year = YearRef::Implicit;
        if let Some((y, after)) = self.year_ref_after(end) {
            year = y;
            end = after;
        } else if self.is(end, "year_noun") {
            year = YearRef::Rel(0);
            end += 1;
        } else if is_half_word {
            // "второй половине 1990-х", "первой половине XX века": the period with a mod
            let inner = self.decade(end).or_else(|| self.century(end))?;
            return Some(M {
                start: i,
                modifier: Some(if n == 1 { "START" } else { "END" }),
                pattern: "half-of",
                ..inner
            });
        }
        if unit == Some("quarter") {
            if !(1..=4).contains(&n) {
                return None;
            }
            return m(i, end, Sem::Quarter { quarter: n, year }, "quarter");
        }
        if !(1..=2).contains(&n) {
            return None;
        }
        if is_half_word && year == YearRef::Implicit {
            return None;
        }
        m(i, end, Sem::Half { half: n, year }, "half")
    }
}
