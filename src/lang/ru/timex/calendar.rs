//! Calendar names and numbers: dates written out ("1 декабря 2009 года", "01.12.2009",
//! "3 декабря прошлого года"), months ("в декабре", "в ноябре-декабре"), years ("2009
//! году", "в 2009", "в 2009 и 2010 годах"), weekdays in the case their preposition
//! governs, deictic units ("в прошлом году", "тот же день") and day words ("вчера",
//! "накануне"). [`Parser::date`] tries them all and keeps the longest.

use super::{cal, m, words, Parser, M};
use crate::lang::ru::tense;
use crate::lang::ru::token::Kind;
use crate::timex::sem::{Sem, YearRef};
use crate::timex::tables::Unit;

impl Parser<'_> {
    /// A date expression at `i` (no preposition): calendar dates, months, years, decades,
    /// centuries, weekdays, relative units, day words, seasons, quarters. `bare_year`
    /// lets a lone four-digit number be a year.
    pub(super) fn date(&self, i: usize, bare_year: bool) -> Option<M> {
        [
            self.numeric_date(i),
            self.day_month(i),
            self.month_phrase(i),
            self.year_alone(i, bare_year),
            self.decade(i),
            self.century(i),
            self.weekday(i),
            self.deictic(i),
            self.day_word(i),
            self.season(i, None),
            self.quarter(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|f| f.end)
    }

    /// "01.12.2009".
    pub(super) fn numeric_date(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if !(self.punct(i + 1, ".") && self.punct(i + 3, ".")) {
            return None;
        }
        let mo = self
            .tok(i + 2)
            .filter(|t| t.low.len() == 2 && t.suffix.is_empty())?
            .num()?;
        let (y, end, _) = self.year_num(i + 4)?;
        if !(1..=12).contains(&mo) {
            return None;
        }
        m(i, end, cal(Some(y), Some(mo), Some(d)), "numeric-date")
    }

    /// "1 декабря", "1-го декабря 2009 года", "1 дек", "1-2 сентября", "3 декабря прошлого
    /// года", "19 июля, в четверг", "19 июля в 10:30".
    pub(super) fn day_month(&self, i: usize) -> Option<M> {
        let d = self.day_num(i)?;
        if let Some(listed) = self.listed_day(i, d) {
            return Some(listed);
        }
        let mut j = i + 1;
        // "1-2 сентября", "1 и 2 декабря": the range's first day, and its last
        let dash = self.dash(j);
        let joined = dash || (self.is(j, "and") && self.month(j + 2).is_some());
        let second_day = self.day_num(j + 1).filter(|_| joined);
        if second_day.is_some() {
            j += 2;
        }
        // "и" lists two days: a range when they are one stretch ("1 и 2 декабря") or
        // bounds ("между 9 и 11 июля"), not "9 и 11 июля"
        let between = self.is(i.wrapping_sub(1), "between");
        let last_day = second_day.filter(|&d2| dash || between || d2 == d + 1);
        let month = self.month(j)?;
        let mut end = j + 1;
        if self.punct(end, ".") && self.is(j, "month_abbr") {
            end += 1;
        }
        let mut year = None;
        let mut rel = None;
        match self.year_ref_after(end) {
            Some((YearRef::Explicit(y), after)) => {
                year = Some(y);
                end = after;
            }
            Some((YearRef::Rel(shift), after)) => {
                rel = Some(shift);
                end = after;
            }
            _ => {}
        }
        // ", в четверг" / "(среда)" after the date: part of it
        if self.punct(end, ",") && self.is(end + 1, "in") && self.weekday(end + 2).is_some() {
            end += 3;
        }
        // "19 октября утром"
        let part = self.part_adverb(end);
        if part.is_some() {
            end += 1;
        }
        let on = |d: u32| match rel {
            Some(year_shift) => Sem::MonthOfRelYear {
                month,
                day: Some(d),
                year_shift,
            },
            None => cal(year, Some(month), Some(d)),
        };
        let sem = match part {
            Some(part) => Sem::PartOfDay {
                day: Box::new(on(d)),
                part,
            },
            None => on(d),
        };
        Some(M {
            range_end: last_day.map(on),
            ..m(i, end, sem, "day-month")?
        })
    }

    /// "в декабре", "декабрь 2009 года", "в ноябре-декабре", "в сентябре прошлого года",
    /// "в апреле 2014-го". A month alone needs a preposition or a position word before it,
    /// or a later month of its list to take the year from ("в июле, августе и октябре
    /// 2019 года": each month is one expression in 2019).
    ///
    /// A range of months ("в ноябре-декабре", and two months in a row joined by "и", "в
    /// июле и августе 2019 года", as "1 и 2 декабря" is a stretch of days) is one
    /// expression. The year written after it is the last month's, the genitive going with
    /// the noun nearest it, so a range across a new year starts the year before: "в
    /// декабре-январе 2019 года" = `2018-12` with range `2018-12/2019-01`, as "с ноября по
    /// февраль 2020 года" = `2019-11/2020-02` ([`Self::extend_range`]). NEREL has no such
    /// range with a year to check it against; the reading is the one that keeps the
    /// written year inside the range.
    pub(super) fn month_phrase(&self, i: usize) -> Option<M> {
        let month = self.full_month(i)?;
        let mut end = i + 1;
        // "в ноябре-декабре", "в июле и августе": the range's first month, and its last
        let last = match self.full_month(end + 1) {
            Some(last) if self.dash(end) => Some(last),
            Some(last) if self.is(end, "and") && last == month % 12 + 1 && !self.listed_month_before(i) => {
                Some(last)
            }
            _ => None,
        };
        if last.is_some() {
            end += 2;
        }
        // the year before the written one for the first month of a range that crosses it
        let back = i32::from(last.is_some_and(|last| last < month));
        let mut pattern = None;
        let year_ref = self.year_ref_after(end).or_else(|| {
            // a listed month takes its list's year, and its span stays its own
            let year = self.listed_month_year(end).filter(|_| last.is_none())?;
            pattern = Some("month-list");
            Some((year, end))
        });
        let found = match year_ref {
            Some((YearRef::Explicit(y), after)) => {
                m(i, after, cal(Some(y - back), Some(month), None), "month-year")
            }
            Some((YearRef::Rel(year_shift), after)) => m(
                i,
                after,
                Sem::MonthOfRelYear {
                    month,
                    day: None,
                    year_shift: year_shift - back,
                },
                "month-rel-year",
            ),
            _ => {
                let before = i.checked_sub(1).and_then(|b| self.word(b)).unwrap_or("");
                let governed = i.checked_sub(1).is_some_and(|b| self.is(b, "prep"))
                    || i.checked_sub(1).and_then(|b| self.class(b, "position")).is_some();
                let capital_name =
                    self.tok(i).is_some_and(|t| t.upper) && !self.punct(i.wrapping_sub(1), ".");
                if i == 0 || !governed || (capital_name && before.is_empty()) {
                    return None;
                }
                m(i, end, cal(None, Some(month), None), "month")
            }
        }?;
        let found = M {
            pattern: pattern.unwrap_or(found.pattern),
            ..found
        };
        // the last month in the written year (or relative year), or as the story places it
        let range_end = last.map(|last| match found.sem {
            Sem::MonthOfRelYear { year_shift, .. } => Sem::MonthOfRelYear {
                month: last,
                day: None,
                year_shift: year_shift + back,
            },
            Sem::Cal { year, .. } => cal(year.map(|y| y + back), Some(last), None),
            _ => cal(None, Some(last), None),
        });
        Some(M { range_end, ..found })
    }

    /// "2009 году", "2009г.", "2008–2009 годах"; a bare year after a preposition when
    /// `bare` ("в 2009", "с 2003 по 2005 годы").
    pub(super) fn year_alone(&self, i: usize, bare: bool) -> Option<M> {
        let years = |first: M, last: Option<i32>| M {
            range_end: last.map(|y| cal(Some(y), None, None)),
            ..first
        };
        if let Some((y, end, last)) = self.year_phrase(i, false) {
            // "1958 года рождения": the year of birth
            let end = if self.is(end, "birth") { end + 1 } else { end };
            return Some(years(m(i, end, cal(Some(y), None, None), "year")?, last));
        }
        if !bare {
            return None;
        }
        let (y, end, last) = self.year_phrase(i, true)?;
        // a year after a preposition, or after another year of its list ("2009" in "в
        // 2008, 2009 и 2010 годах")
        let listed_before = self.punct(i.wrapping_sub(1), ",") && self.year_num(i.wrapping_sub(2)).is_some();
        let prep = listed_before || self.is(i.wrapping_sub(1), "year_prep");
        let range_start = self.is(end, "till") && self.year_phrase(end + 1, true).is_some();
        // "между 2014 и 2022 годами": only with the year word after the second
        let between = self.is(i.wrapping_sub(1), "between")
            && self.is(end, "and")
            && self.year_phrase(end + 1, false).is_some();
        let next_ok = match self.tok(end) {
            None => true,
            Some(t) if t.kind == Kind::Punct => !matches!(t.low.as_str(), "%" | "-" | "$"),
            Some(t) if t.kind == Kind::Word => {
                self.is(end, "after_bare_year") || tense::is_past_verb(&t.low) || t.upper
            }
            _ => false,
        };
        if !((prep && (next_ok || range_start)) || between) || !(1900..=2050).contains(&y) {
            return None;
        }
        // "в 2009 и 2010 годах": two years in a row are a stretch, as two days are ("1 и 2
        // декабря"); other listed years are one expression each ("в 2009 и 2012 годах")
        if let Some((y2, after, None)) = self
            .year_phrase(end + 1, false)
            .filter(|&(y2, _, _)| prep && !listed_before && y2 == y + 1 && self.is(end, "and"))
        {
            return Some(years(
                m(i, after, cal(Some(y), None, None), "year-pair")?,
                Some(y2),
            ));
        }
        Some(years(m(i, end, cal(Some(y), None, None), "year-bare")?, last))
    }

    /// A weekday in the case its preposition governs: "в среду", "до пятницы", "к
    /// субботе", "в прошлую пятницу", "по средам" (a set), "во вторник, 3 марта 2015
    /// года", "в субботу утром".
    pub(super) fn weekday(&self, i: usize) -> Option<M> {
        let (shift, at) = match self.class(i, "deictic").and_then(|v| v.parse::<i32>().ok()) {
            Some(s) => (Some(s), i + 1),
            None => (None, i),
        };
        let v = self.class(at, "weekday")?;
        let (day, case) = v.split_once(':')?;
        let weekday: u32 = day.parse().ok()?;
        let prep = self.prep_before(i);
        // the cases of a weekday the preposition governs (`grammar.tsv`, `prep`)
        let case_ok = prep.is_some()
            && self
                .class(i - 1, "prep")
                .is_some_and(|cases| cases.split_whitespace().any(|c| c == case));
        let unambiguous = matches!(weekday, 1 | 2 | 4 | 7) && case != "pl";
        let dated = self.punct(at + 1, ",") && self.day_month(at + 2).is_some();
        if !(case_ok || (shift.is_some() && case != "pl") || dated || (prep.is_none() && unambiguous)) {
            return None;
        }
        // "по средам": a preposition of the plural dative makes a set
        if case_ok && case == "pl" {
            return m(i, at + 1, Sem::Set(format!("XXXX-WXX-{weekday}")), "weekday-set");
        }
        let mut end = at + 1;
        let mut sem = Sem::Weekday {
            weekday,
            shift: shift.filter(|s| *s != 0).unwrap_or(0),
            this: shift == Some(0),
        };
        // "в субботу утром", "в субботу утром, 9 марта 2019 года"
        let mut part = None;
        if let Some(p) = self.part_adverb(end) {
            part = Some(p);
            end += 1;
        }
        if self.punct(end, ",") {
            if let Some(d) = self.day_month(end + 1) {
                sem = d.sem;
                end = d.end;
            }
        }
        if let Some(part) = part {
            sem = Sem::PartOfDay {
                day: Box::new(sem),
                part,
            };
        }
        m(i, end, sem, "weekday")
    }

    /// A deictic adjective with a unit, season, month or weekday: "прошлом году", "на этой
    /// неделе" → "этой неделе", "следующем месяце", "в следующем мае", "тот же день", "на
    /// следующий день" (the day after the narrative's).
    pub(super) fn deictic(&self, i: usize) -> Option<M> {
        if self.class(i, "same").is_some() {
            let mut j = i + 1;
            if self.class(j, "same_emph").is_some() {
                j += 1;
            }
            if self.class(j, "same_emph").is_some() {
                j += 1;
            }
            let unit = self.unit(j)?;
            if j == i + 1 && !self.is(i.wrapping_sub(1), "same_before") {
                return None;
            }
            return m(i, j + 1, Sem::Anaphor { unit, shift: 0 }, "same-unit");
        }
        let shift: i32 = self.class(i, "deictic")?.parse().ok()?;
        let mut j = i + 1;
        if self.class(j, "same_emph").is_some() {
            j += 1; // "этом же году"
        }
        if let Some(unit) = self.unit(j) {
            if self.is(j, "plural_not_deictic") {
                return None;
            }
            let next_word = self.is(i, "anaphoric_next");
            let sem = if unit == Unit::Day && next_word {
                Sem::Anaphor { unit, shift: 1 }
            } else if unit == Unit::Day {
                if shift == 0 {
                    Sem::DayOffset(0)
                } else {
                    return None;
                }
            } else {
                Sem::UnitShift { unit, shift }
            };
            return m(i, j + 1, sem, "deictic-unit");
        }
        if let Some(month) = self.full_month(j) {
            return m(i, j + 1, Sem::MonthShift { month, shift }, "deictic-month");
        }
        if self.class(j, "season").is_some() {
            return self.season(j, Some((i, shift)));
        }
        None
    }

    /// "сегодня", "вчера вечером", "вчера, 9 мая 2019 года", "с сегодняшнего дня",
    /// "накануне" on its own.
    pub(super) fn day_word(&self, i: usize) -> Option<M> {
        let w = self.word(i)?;
        if self.is(i, "eve") {
            // "накануне выборов" is a preposition; alone it is the day before
            let next = self.tok(i + 1);
            let genitive_like = |w: &str| words::ends_with(w, "genitive");
            let alone = next.is_none_or(|t| {
                t.kind == Kind::Punct || tense::is_past_verb(&t.low) || t.upper || !genitive_like(&t.low)
            }) || self.class(i + 1, "part").is_some()
                || self.tok(i + 2).is_some_and(|t| tense::is_past_verb(&t.low));
            return alone.then(|| m(i, i + 1, Sem::DayOffset(-1), "day-word"))?;
        }
        let shift: i32 = self.class(i, "dayword")?.parse().ok()?;
        let adjective = words::ends_with(w, "day_adjective");
        let mut end = i + 1;
        if adjective {
            if self.class(end, "unit") != Some("day") {
                return None;
            }
            end += 1;
        }
        let mut sem = Sem::DayOffset(shift);
        if let Some(part) = self.class(end, "part").filter(|_| !adjective) {
            sem = Sem::PartOfDay {
                day: Box::new(sem),
                part,
            };
            end += 1;
        } else if self.punct(end, ",") {
            if let Some(d) = self.day_month(end + 1) {
                sem = d.sem;
                end = d.end;
            }
        }
        m(i, end, sem, "day-word")
    }
}
