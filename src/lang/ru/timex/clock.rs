//! The clock and the parts of the day: "16:24", "в 10 часов утра", "около 23:00 мск в
//! среду", "утром", "вечером 3 декабря", "в ночь на 19 декабря".

use super::{is_day, m, words, Parser, M};
use crate::lang::ru::token::Kind;
use crate::timex::sem::{Count, Sem};

impl Parser<'_> {
    /// "16:24", "в 10 часов утра", "в три часа ночи", "около 23:00 мск в среду, 2 ноября
    /// 2016 года".
    pub(super) fn clock(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let (hour, minute, mut end) = if t.kind == Kind::Num && t.suffix.is_empty() && t.low.len() <= 2 {
            let h = t.num()?;
            if self.punct(i + 1, ":.")
                && self
                    .tok(i + 2)
                    .is_some_and(|m| m.kind == Kind::Num && m.low.len() == 2)
            {
                if self.punct(i + 1, ".")
                    && (self.month_like_after(i + 2) || !self.is(i.wrapping_sub(1), "dotted_clock_after"))
                {
                    return None;
                }
                let min = self.tok(i + 2)?.num()?;
                (h, min, i + 3)
            } else if self.class(i + 1, "unit") == Some("hour") && self.class(i + 2, "part").is_some() {
                (h, 0, i + 2)
            } else {
                return None;
            }
        } else {
            let (Count::N(n), after) = self.count(i)? else {
                return None;
            };
            if self.class(after, "unit") != Some("hour") || self.class(after + 1, "part").is_none() {
                return None;
            }
            (n as u32, 0, after + 1)
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut hour = hour;
        if let Some(part) = self.class(end, "part") {
            if matches!(part, "EV" | "AF") && hour < 12 {
                hour += 12;
            }
            end += 1;
        }
        // "мск", "по московскому времени"
        if self.is(end, "zone") {
            end += 1;
        } else if let Some((_, len)) = self.phrase(end, "zone") {
            end += len;
        }
        let mut day = None;
        if self.punct(end, ",") || self.is(end, "in") {
            let from = if self.punct(end, ",") && self.is(end + 1, "in") {
                end + 2
            } else {
                end + 1
            };
            if let Some(d) = self.date(from, false).filter(|d| is_day(&d.sem)) {
                end = d.end;
                day = Some(Box::new(d.sem));
            }
        } else if let Some(d) = self.date(end, false).filter(|d| is_day(&d.sem)) {
            end = d.end;
            day = Some(Box::new(d.sem));
        }
        m(
            i,
            end,
            Sem::Clock {
                day,
                hour,
                minute,
                zone: None,
            },
            "clock",
        )
    }

    /// A part of the day as an adverb ("утром", "вечером", "ночью", "днем") at `i`.
    pub(super) fn part_adverb(&self, i: usize) -> Option<&'static str> {
        let w = self.word(i)?;
        let adverb = words::ends_with(w, "part_adverb");
        self.class(i, "part").filter(|_| adverb)
    }

    pub(super) fn month_like_after(&self, i: usize) -> bool {
        self.punct(i + 1, ".") && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num)
    }

    /// "утром", "вечером 3 декабря", "утром в понедельник", "днем в понедельник, 9
    /// апреля 2018 года".
    pub(super) fn part_of_day(&self, i: usize) -> Option<M> {
        let part = self.class(i, "part")?;
        let w = self.word(i)?;
        // the instrumental adverb: утром, вечером, ночью, днем
        if !words::ends_with(w, "part_adverb") {
            return None;
        }
        let after = if self.is(i + 1, "in") { i + 2 } else { i + 1 };
        if let Some(d) = self.date(after, after == i + 2).filter(|d| is_day(&d.sem)) {
            return m(
                i,
                d.end,
                Sem::PartOfDay {
                    day: Box::new(d.sem),
                    part,
                },
                "part-of-day",
            );
        }
        if part == "AF" {
            return None; // "днем" alone is mostly "с Днем ..." or a noun
        }
        m(
            i,
            i + 1,
            Sem::PartOfDay {
                day: Box::new(Sem::DayOffset(0)),
                part,
            },
            "part-of-day",
        )
    }

    /// "в ночь на 19 декабря", "в ночь с 9 на 10 июня 2018": the night before the day.
    pub(super) fn night(&self, i: usize) -> Option<M> {
        if !self.is(i, "night") {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, "from") {
            self.day_num(j + 1).or_else(|| self.weekday(j + 1).map(|_| 0))?;
            j += 2;
        }
        if !self.is(j, "night_on") {
            return None;
        }
        let d = self.date(j + 1, true).filter(|d| is_day(&d.sem))?;
        let day = match d.sem {
            Sem::Cal {
                year,
                month,
                day: Some(day),
            } if day > 1 => Sem::Cal {
                year,
                month,
                day: Some(day - 1),
            },
            other => other,
        };
        m(
            i,
            d.end,
            Sem::PartOfDay {
                day: Box::new(day),
                part: "NI",
            },
            "night",
        )
    }
}
