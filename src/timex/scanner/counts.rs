//! Counts of units: durations (`five days`, `a five-day war`, `the past 18 months`),
//! offsets (`two days ago`, `three weeks later`) and sets (`every Tuesday`, `each year`).

use super::{m, Scanner, M};
use crate::text::lexicon;
use crate::timex::sem::{Count, Sem};
use crate::timex::tables::{self, Unit};
use crate::timex::token::Kind;

impl<'a> Scanner<'a> {
    /// Counts of units: durations (`five days`, `the past three months`, `a five-day war`,
    /// `two more weeks`, `several years`), offsets (`two days ago`, `three weeks earlier`,
    /// `a year-earlier`), and the bare plurals `years`, `weeks` after `for`/`in`.
    pub(super) fn counted(&self, i: usize, det: bool) -> Option<M> {
        let mut j = i;
        let mut span_word = false; // past/last/next/first…: a period ending at the DCT
        if matches!(
            self.w(j),
            "past"
                | "last"
                | "next"
                | "first"
                | "final"
                | "latest"
                | "coming"
                | "previous"
                | "following"
                | "preceding"
                | "initial"
                | "remaining"
                | "additional"
                | "further"
                | "recent"
        ) {
            span_word = true;
            j += 1;
        }
        // bare plural unit: "years", "the years", "the next few years" is counted below
        if let Some(unit) = self.unit(j) {
            let w = self.w(j);
            let plural = w.ends_with('s');
            if plural && !span_word {
                if matches!(unit, Unit::Weekend | Unit::Quarter) {
                    return None;
                }
                // "years ago"/"months earlier"
                if self.is(j + 1, "ago") {
                    return m(
                        j + 2,
                        Sem::Offset {
                            count: Count::Vague,
                            unit,
                            sign: -1,
                            from_anchor: false,
                        },
                        "offset",
                    );
                }
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                if det
                    || matches!(
                        prev,
                        "for" | "in" | "within" | "over" | "than" | "took" | "take" | "spent" | "lasted"
                    )
                {
                    if self.is(j + 1, "of") || self.is(j + 1, "'") || self.is(j + 1, "’") {
                        return None;
                    }
                    return m(
                        j + 1,
                        Sem::Duration {
                            count: Count::Vague,
                            unit,
                        },
                        "duration-plural",
                    );
                }
                return None;
            }
            if span_word && plural {
                // "the past years" → vague
                return m(
                    j + 1,
                    Sem::Duration {
                        count: Count::Vague,
                        unit,
                    },
                    "duration-plural",
                );
            }
            if !plural
                && w == "year"
                && self.is(j + 1, "-")
                && self.glued(j + 1)
                && (self.is(j + 2, "earlier") || self.is(j + 2, "ago"))
                && !span_word
            {
                // "year-earlier results", "year-ago"
                return m(
                    j + 3,
                    Sem::Offset {
                        count: Count::N(1.0),
                        unit,
                        sign: -1,
                        from_anchor: true,
                    },
                    "year-ago-adj",
                );
            }
            if !plural
                && matches!(w, "day" | "year" | "week" | "month")
                && self.is(j + 1, "-")
                && self.glued(j + 1)
                && self.is(j + 2, "long")
                && !span_word
            {
                return m(
                    j + 3,
                    Sem::Duration {
                        count: Count::N(1.0),
                        unit,
                    },
                    "unit-long",
                );
            }
            return None;
        }
        // "Islam will one day be", "the hope he one day follows": some day ahead, no
        // stretch of 24 hours
        if !span_word
            && self.is(j, "one")
            && self.is(j + 1, "day")
            && i > 0
            && tables::SOMEDAY_BEFORE.contains(&self.w(i - 1))
        {
            return m(
                j + 2,
                Sem::Fixed("FUTURE_REF", tables::Fixed::Date),
                "one-day-someday",
            );
        }
        let (count, k) = self.count(j)?;
        let mut u = k;
        if self.is(u, "more")
            || self.is(u, "additional")
            || self.is(u, "full")
            || self.is(u, "straight")
            || self.is(u, "consecutive")
            || self.is(u, "trading")
            || self.is(u, "business")
            || self.is(u, "calendar")
        {
            u += 1;
        }
        // five-day, 30-year, two-year-old
        if self.is(u, "-") && self.glued(u) && self.glued(u + 1) {
            let unit = self.singular_unit(u + 1)?;
            if self.is(u + 2, "-") && self.is(u + 3, "old") {
                if unit == Unit::Month || unit == Unit::Week || unit == Unit::Day {
                    return m(u + 4, Sem::Duration { count, unit }, "age-duration");
                }
                return None;
            }
            if matches!(count, Count::N(_)) && self.w(j) != "a" && self.w(j) != "an" {
                return m(u + 2, Sem::Duration { count, unit }, "duration-adj");
            }
            return None;
        }
        let unit = self.unit(u)?;
        if self.is(u + 1, "-") && self.glued(u + 1) {
            return None;
        }
        // "52 years old": an age
        if self.is(u + 1, "old") {
            return None;
        }
        // "a second term", "a quarter of": ordinal and fraction readings
        if matches!(self.w(j), "a" | "an") && matches!(unit, Unit::Second | Unit::Quarter) && !span_word {
            return None;
        }
        let mut end = u + 1;
        // "a minute and a half"
        if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            if let Count::N(n) = count {
                return m(
                    end + 3,
                    Sem::Duration {
                        count: Count::N(n + 0.5),
                        unit,
                    },
                    "duration",
                );
            }
        }
        // "or so"
        let mut approx = false;
        if self.is(end, "or") && self.is(end + 1, "so") {
            approx = true;
            end += 2;
        }
        let article = matches!(self.w(j), "a" | "an");
        // offsets
        let after = self.w(end);
        let (sign, from_anchor) = match after {
            "ago" => (-1, false),
            "earlier" | "before" | "previously" | "prior" => (-1, true),
            "later" | "after" | "afterward" | "afterwards" | "hence" => (1, true),
            "from" if self.is(end + 1, "now") => (1, false),
            _ => (0, false),
        };
        if sign != 0 && !span_word {
            let extra = if after == "from" { 2 } else { 1 };
            // "two days after the meeting": a duration, the offset is relational
            if matches!(after, "before" | "after" | "prior")
                && !matches!(
                    self.w(end + 1),
                    "." | "," | ";" | "" | "and" | "but" | "when" | "that"
                )
            {
                if article {
                    return None;
                }
                return m(end, Sem::Duration { count, unit }, "duration");
            }
            let found = M {
                end: end + extra,
                sem: Sem::Offset {
                    count,
                    unit,
                    sign,
                    from_anchor,
                },
                modifier: approx.then_some("APPROX"),
                pattern: "offset",
            };
            return Some(found);
        }
        if approx {
            end -= 2;
        }
        // SET: "$5 a year", "twice a week", "$500 million a year", "four flights a week"
        let quantity = |k: usize| {
            self.kind(k) == Some(Kind::Num)
                || tables::RATE_QUANTITIES.contains(&self.w(k))
                || lexicon::number_word(self.w(k)).is_some()
        };
        if article
            && i > 0
            && (quantity(i - 1) || i > 1 && quantity(i - 2) && self.kind(i - 1) == Some(Kind::Word))
        {
            if let Some(v) = set_value(unit) {
                return m(end, Sem::Set(v.to_string()), "set-per");
            }
        }
        if article && !span_word && !det {
            // "a year", "a week": durations, except in "a year ago" (above) and sets
            if matches!(unit, Unit::Weekend) {
                return None;
            }
        }
        if unit == Unit::Weekend {
            return None;
        }
        if unit == Unit::Quarter && !span_word && !det {
            if let Count::N(_) = count {
                return m(end, Sem::Duration { count, unit }, "duration");
            }
        }
        if span_word && self.is(end, "ahead") {
            end += 1;
        }
        m(end, Sem::Duration { count, unit }, "duration")
    }

    /// Sets: `every Tuesday`, `each year`, `every other week`, `per day`.
    pub(super) fn set(&self, i: usize) -> Option<M> {
        if !matches!(self.w(i), "every" | "each" | "per") {
            return None;
        }
        let mut j = i + 1;
        let mut n = 1;
        if self.is(j, "other") {
            n = 2;
            j += 1;
        }
        if let Some(wd) = self.weekday(j) {
            let mut value = format!("XXXX-WXX-{wd}");
            let mut end = j + 1;
            if let Some(part) = self.part_of_day(end, false) {
                value.push('T');
                value.push_str(part);
                end += 1;
            }
            return m(end, Sem::Set(value), "set-weekday");
        }
        if let Some(month) = self.month(j) {
            return m(j + 1, Sem::Set(format!("XXXX-{month:02}")), "set-month");
        }
        if let Some(part) = self.part_of_day(j, false) {
            return m(j + 1, Sem::Set(format!("T{part}")), "set-part");
        }
        if let Some(season) = tables::lookup(tables::SEASONS, self.w(j)) {
            return m(j + 1, Sem::Set(format!("XXXX-{season}")), "set-season");
        }
        let (count, k) = match self.count(j) {
            Some((c, k)) if !matches!(self.w(j), "a" | "an") => (c, k),
            _ => (Count::N(1.0), j),
        };
        let unit = self.unit(k)?;
        let base = set_value(unit)?;
        let value = match count {
            Count::N(c) if c > 1.0 || n > 1 => {
                let c = if n > 1 { 2.0 } else { c };
                base.replacen('1', &format!("{c}"), 1)
            }
            Count::Vague => base.replacen('1', "X", 1),
            _ => base.to_string(),
        };
        m(k + 1, Sem::Set(value), "set-every")
    }
}

/// The SET value for "every <unit>".
fn set_value(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Week => "P1W",
        Unit::Weekend => "P1WE",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Year => "P1Y",
        Unit::Decade => "P1E",
        Unit::Century => "P100Y",
        _ => return None,
    })
}
