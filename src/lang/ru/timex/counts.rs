//! Counted units: durations ("два года", "в течение 12 часов", "последние 200 лет"),
//! offsets ("три года назад", "через два дня", "год спустя"), sets ("каждые три года"),
//! duration adjectives ("72-часовой") and hedges before them ("около 10 лет", "не более
//! трех лет"). Ages ("в 13 лет", "в возрасте 52 лет") are no durations.

use super::{m, words, Parser, M};
use crate::lang::ru::token::Kind;
use crate::timex::sem::{Count, Sem};
use crate::timex::tables::{Fixed, Unit};

/// A count and its unit as [`Parser::span`] reads them.
pub(super) struct Span {
    count: Count,
    unit: Unit,
    /// The first token of the count (after "последние" when `recent`).
    from: usize,
    /// The token after the span.
    end: usize,
    /// Opened by "последние", "прошедшие": a duration up to the anchor.
    recent: bool,
    /// A unit alone, with no count ("год назад").
    bare_unit: bool,
}

impl Parser<'_> {
    /// A count expression with a hedge before it: "около 10 лет", "более трех лет", "не
    /// более трех лет", "почти полвека".
    pub(super) fn hedged(&self, i: usize) -> Option<M> {
        let (modifier, from) = if self.is(i, "not") {
            (self.class(i + 1, "approx")?, i + 2)
        } else {
            (self.class(i, "approx")?, i + 1)
        };
        let from = if self.is(from, "in_offset") || self.is(from, "later_prefix") {
            from + 1
        } else {
            from
        };
        let mut inner = self.counted(from).or_else(|| self.fixed(from))?;
        if !matches!(
            inner.sem,
            Sem::Duration { .. } | Sem::Offset { .. } | Sem::Fixed(_, Fixed::Duration)
        ) {
            return None;
        }
        let modifier = match (self.is(i, "not"), modifier) {
            (true, "MORE_THAN") => "EQUAL_OR_LESS",
            (true, "LESS_THAN") => "EQUAL_OR_MORE",
            (_, m) => m,
        };
        inner.start = i;
        inner.modifier = Some(modifier);
        Some(inner)
    }

    /// Counted units: durations ("два года", "35 лет", "в течение 12 часов", "последние 200
    /// лет"), offsets ("три года назад", "через два дня", "год спустя"), and the
    /// adjectives "23-летний", "72-часовой". Each shape has its own reader below; this
    /// one picks the reader by the first word.
    pub(super) fn counted(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        if let Some((_, len)) = self.phrase(i, "throughout") {
            return self.throughout(i, len);
        }
        if self.is(i, "later_prefix") {
            return self.later_prefix(i);
        }
        if self.class(i, "each").is_some() {
            return self.each(i);
        }
        if t.kind == Kind::Num && !t.suffix.is_empty() {
            return self.duration_adjective(i);
        }
        let span = self.span(i)?;
        if let Some(offset) = self.offset(i, &span) {
            return offset;
        }
        if !self.is_duration(i, &span) {
            return None;
        }
        m(
            i,
            span.end,
            Sem::Duration {
                count: span.count,
                unit: span.unit,
            },
            if span.recent {
                "recent-duration"
            } else {
                "duration"
            },
        )
    }

    /// "в течение 12 часов", "на протяжении года": the `len` words at `i` (`phrases.tsv`,
    /// `throughout`) are part of the duration (or of the date or hedge) that follows them.
    pub(super) fn throughout(&self, i: usize, len: usize) -> Option<M> {
        let from = i + len;
        let inner = self
            .hedged(from)
            .or_else(|| self.counted(from))
            .or_else(|| self.date(from, true))
            .or_else(|| {
                let unit = self.unit(from)?;
                m(
                    from,
                    from + 1,
                    Sem::Duration {
                        count: Count::N(1.0),
                        unit,
                    },
                    "duration",
                )
            })?;
        Some(M { start: i, ..inner })
    }

    /// "спустя два года": the duration after "спустя" is an offset from the anchor.
    pub(super) fn later_prefix(&self, i: usize) -> Option<M> {
        let inner = self.counted(i + 1)?;
        let Sem::Duration { count, unit } = inner.sem else {
            return None;
        };
        let sem = Sem::Offset {
            count,
            unit,
            sign: 1,
            from_anchor: true,
        };
        m(i, inner.end, sem, "later")
    }

    /// "каждые три года", "каждый день": a set.
    pub(super) fn each(&self, i: usize) -> Option<M> {
        let (count, after) = self.count(i + 1).unwrap_or((Count::N(1.0), i + 1));
        let unit = self.unit(after)?;
        let n = match count {
            Count::N(n) => n,
            Count::Vague => return None,
        };
        let value = crate::time::point::duration(Some(n), unit);
        m(i, after + 1, Sem::Set(value), "each")
    }

    /// "72-часовой", "10-дневный": hours, days, months and minutes are durations; any
    /// other suffix ("-летний" is an age, "55-летний") is not.
    pub(super) fn duration_adjective(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let unit = words::endings("unit_adjective")
            .iter()
            .find(|(stem, _)| t.suffix.starts_with(stem))
            .and_then(|&(_, unit)| words::unit_named(unit))?;
        let n: f64 = t.low.parse().ok()?;
        m(
            i,
            i + 1,
            Sem::Duration {
                count: Count::N(n),
                unit,
            },
            "duration-adjective",
        )
    }

    /// The count and unit at `i`: "два года", "последние 200 лет", "год" alone, and a
    /// second, smaller unit after the first ("1 год 9 месяцев", "12 минут 41 секунду").
    /// Quarters and halves are left to [`Self::quarter`].
    pub(super) fn span(&self, i: usize) -> Option<Span> {
        let recent = self.class(i, "recent") == Some("-1");
        let from = if recent { i + 1 } else { i };
        let counted = self.count(from);
        let (count, after, unit) = match counted {
            Some((count, after)) => (count, after, self.unit(after)?),
            // a unit alone: "год назад", "неделю назад", "через год"
            None => (Count::N(1.0), from + 1, self.unit(from)?),
        };
        let mut end = after + if counted.is_some() { 1 } else { 0 };
        if matches!(unit, Unit::Quarter | Unit::Half) {
            return None;
        }
        if let Some((_, a2)) = self.count(end) {
            if self.unit(a2).is_some_and(|u2| u2 < unit) {
                end = a2 + 1;
            }
        }
        Some(Span {
            count,
            unit,
            from,
            end,
            recent,
            bare_unit: counted.is_none(),
        })
    }

    /// An offset made of the span at `i`: "три года назад", "год тому назад", "двумя днями
    /// позже", "через два дня", "два года спустя". `None` when no offset word is there;
    /// `Some(None)` when one is but the reading fails.
    pub(super) fn offset(&self, i: usize, span: &Span) -> Option<Option<M>> {
        let end = span.end;
        let offset = |end: usize, sign: i32, from_anchor: bool, pattern: &'static str| {
            m(
                i,
                end,
                Sem::Offset {
                    count: span.count,
                    unit: span.unit,
                    sign,
                    from_anchor,
                },
                pattern,
            )
        };
        if self.class(end, "ago").is_some() {
            return Some(offset(end + 1, -1, false, "ago"));
        }
        if let Some((_, len)) = self.phrase(end, "ago") {
            return Some(offset(end + len, -1, false, "ago"));
        }
        if let Some(sign) = self.class(end, "later").or_else(|| self.class(end, "earlier")) {
            let sign: Option<i32> = sign.parse().ok();
            return Some(sign.and_then(|sign| offset(end + 1, sign, true, "later")));
        }
        let in_offset = self.is(i.wrapping_sub(1), "in_offset");
        if in_offset || self.is(i.wrapping_sub(1), "later_prefix") {
            let from_anchor = !in_offset;
            return Some(offset(end, 1, from_anchor, "in"));
        }
        None
    }

    /// Whether the span at `i`, with no offset word, reads as a duration: a unit alone only
    /// in the accusative of time after "за" or "на" ("за неделю", "на год"); not an age
    /// ("в 13 лет", "в возрасте 52 лет", "Иванов, 52 года,": a count of years from 14 up
    /// in digits with no preposition that makes it a stretch of time); not "один день",
    /// mostly a title or a phrase ("в один день").
    pub(super) fn is_duration(&self, i: usize, span: &Span) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let prep = self.prep_before(i);
        if span.bare_unit && !span.recent {
            let accusative = self.is(span.from, "unit_acc");
            if !(accusative && self.is(i.wrapping_sub(1), "for_prep")) {
                return false;
            }
        }
        if span.unit == Unit::Year && !span.recent && self.is(i.wrapping_sub(1), "age_before") {
            return false;
        }
        let digits_age = matches!(span.count, Count::N(n) if n >= 14.0) && t.kind == Kind::Num;
        if span.unit == Unit::Year
            && !span.recent
            && digits_age
            && prep.is_none()
            && self.class(i.wrapping_sub(1), "approx").is_none()
        {
            return false;
        }
        !(self.is(i, "title_count") && prep.is_none())
    }

    pub(super) fn unit(&self, i: usize) -> Option<Unit> {
        // "г", "гг" name a year, never a duration's unit
        if self.word(i).is_none() || self.is(i, "year_abbr") {
            return None;
        }
        words::unit_named(self.class(i, "unit")?)
    }
}
