//! The numbers of the grammar: years (`2009`, `2022-м`, `2008–2009`, `1998-99`) with
//! their year words, days of the month (`1-го`), counts (`двадцать пять`, `1,5`, `два с
//! половиной`), months by name, and Roman numerals for centuries.

use super::{words, Parser};
use crate::lang::ru::token::Kind;
use crate::timex::sem::{Count, YearRef};

/// The second year of a range written after `first`: `2009` or `09` (the century's of
/// `first`, or the next century's for `1999-00`); `None` unless it comes after `first`.
pub(super) fn second_year(first: i32, digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    let year = match digits.len() {
        4 => n,
        2 => {
            let in_century = first - first % 100 + n;
            if in_century <= first {
                in_century + 100
            } else {
                in_century
            }
        }
        _ => return None,
    };
    (year > first).then_some(year)
}

/// A Roman numeral I–XXI (Latin letters, or Cyrillic Х and І written for them).
pub(super) fn roman(word: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    let letters: Vec<u32> = word
        .chars()
        .map(|c| match c {
            'x' | 'х' => Some(10),
            'v' => Some(5),
            'i' | 'і' => Some(1),
            _ => None,
        })
        .collect::<Option<Vec<u32>>>()?;
    for &v in letters.iter().rev() {
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=21).contains(&total).then_some(total)
}

impl Parser<'_> {
    /// A year word ("году", "гг.") at `i`: the index after it (and its full stop).
    pub(super) fn year_word(&self, i: usize) -> Option<usize> {
        self.word(i)?;
        if self.is(i, "count_of_years") || self.class(i, "unit") != Some("year") {
            return None;
        }
        Some(i + 1)
    }

    /// A four-digit year number at `i` with a year suffix or none (`2022-м`, `2009г`):
    /// (year, index after, whether a year word came with it).
    pub(super) fn year_num(&self, i: usize) -> Option<(i32, usize, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.low.len() != 4 {
            return None;
        }
        let y: i32 = t.low.parse().ok()?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        match t.suffix.as_str() {
            "" => Some((y, i + 1, false)),
            s if words::is_suffix(s, "year_suffix") => Some((y, i + 1, false)),
            s if words::is_suffix(s, "year_word_suffix") => Some((y, i + 1, true)),
            _ => None,
        }
    }

    /// A year phrase: `2009 году`, `2009г.`, `2008–2009 годах`, `2022-м году`, or a bare
    /// year when `bare` allows it. (year, index after, the last year of a range of years:
    /// 2009 for `2008–2009` and `2008-09`).
    pub(super) fn year_phrase(&self, i: usize, bare: bool) -> Option<(i32, usize, Option<i32>)> {
        let (y, mut end, mut worded) = self.year_num(i)?;
        let mut last = None;
        // a range of years: 2008–2009, 2008-09 (not decades: "1980-1990-х")
        if !worded && self.dash(end) {
            if let Some(t2) = self.tok(end + 1).filter(|t| t.kind == Kind::Num) {
                let second = t2.low.len() == 4 || t2.low.len() == 2;
                let suffix = t2.suffix.as_str();
                let year_word = words::is_suffix(suffix, "year_word_suffix");
                if second
                    && (suffix.is_empty() || year_word || words::is_suffix(suffix, "decade_range_suffix"))
                {
                    worded = year_word;
                    end += 2;
                    if suffix.is_empty() || year_word {
                        last = second_year(y, &t2.low);
                    }
                }
            }
        }
        if !worded {
            if let Some(after) = self.year_word(end) {
                return Some((y, after, last));
            }
            if !bare {
                return None;
            }
        }
        Some((y, end, last))
    }

    /// The year of a following genitive: `2009 года`, `2009`, `прошлого года`, `этого
    /// года`. (year reference, index after).
    pub(super) fn year_ref_after(&self, i: usize) -> Option<(YearRef, usize)> {
        if let Some((y, end, _)) = self.year_phrase(i, true) {
            return Some((YearRef::Explicit(y), end));
        }
        let shift: i32 = self.class(i, "deictic")?.parse().ok()?;
        self.is(i + 1, "year_noun")
            .then_some((YearRef::Rel(shift), i + 2))
    }

    /// A day of the month at `i`: `1`, `1-го`, `01`.
    pub(super) fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let d = t.num()?;
        let ok_suffix = t.suffix.is_empty() || words::is_suffix(&t.suffix, "day_suffix");
        (ok_suffix && t.low.len() <= 2 && (1..=31).contains(&d)).then_some(d)
    }

    pub(super) fn month(&self, i: usize) -> Option<u32> {
        self.class(i, "month")?.parse().ok()
    }

    /// A month word that is no abbreviation (`декабря`, not `дек`).
    pub(super) fn full_month(&self, i: usize) -> Option<u32> {
        self.word(i)?;
        (!self.is(i, "month_abbr")).then(|| self.month(i))?
    }

    /// A count at `i`: digits, `1,5`, number words (`двадцать пять`), `несколько`, with
    /// `с половиной`. (count, index after).
    pub(super) fn count(&self, i: usize) -> Option<(Count, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if !t.suffix.is_empty() || t.low.len() > 4 {
                return None;
            }
            let mut n: f64 = t.low.parse().ok()?;
            let mut end = i + 1;
            if self.punct(end, ",") && !self.tok(end).is_some_and(|t| t.space_before) {
                if let Some(frac) = self
                    .tok(end + 1)
                    .filter(|t| t.kind == Kind::Num && !t.space_before)
                {
                    if let Ok(f) = format!("{}.{}", t.low, frac.low).parse::<f64>() {
                        n = f;
                        end += 2;
                    }
                }
            }
            return Some((Count::N(n), end));
        }
        let first = self.class(i, "num")?;
        if first == "vague" {
            return Some((Count::Vague, i + 1));
        }
        let mut n: f64 = first.parse().ok()?;
        let mut end = i + 1;
        while let Some(v) = self.class(end, "num").and_then(|v| v.parse::<f64>().ok()) {
            if v >= n || n < 20.0 {
                break;
            }
            n += v;
            end += 1;
        }
        // "два с половиной года"
        if let Some((half, len)) = self.phrase(end, "and_a_half") {
            n += half.value.parse::<f64>().unwrap_or(0.0);
            end += len;
        }
        Some((Count::N(n), end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        for (w, n) in [
            ("xx", Some(20)),
            ("xxi", Some(21)),
            ("xix", Some(19)),
            ("iv", Some(4)),
            ("мир", None),
        ] {
            assert_eq!(roman(w), n, "{w}");
        }
    }
}
