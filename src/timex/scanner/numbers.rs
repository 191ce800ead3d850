//! Numbers as news text writes them: digits (`18`, `1,990`, `2 1/2`), words (`twenty-five`,
//! `a dozen`, `two thousand`), ordinals (`21st`, `third`), days of the month and years
//! (`1990`, `'09`, `nineteen ninety-six`), and vague counts (`several`, `a few`).

use super::Scanner;
use crate::text::token::Kind;
use crate::timex::sem::Count;
use crate::timex::tables;

impl<'a> Scanner<'a> {
    /// An integer token's value (`1990`, `30`), with no sign or separators.
    #[inline]
    pub(super) fn int(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let w = self.w(i);
        if w.len() > 9 {
            return None;
        }
        w.parse().ok()
    }

    /// A day of the month: `1`, `01`, `1st`, `21st`.
    pub(super) fn day_of_month(&self, i: usize) -> Option<u32> {
        let d = self.int(i).or_else(|| {
            if self.kind(i) == Some(Kind::Mixed) {
                self.ordinal(i)
            } else {
                None
            }
        })?;
        if self.kind(i) == Some(Kind::Num) && self.w(i).len() > 2 {
            return None;
        }
        (1..=31).contains(&d).then_some(d)
    }

    /// [`crate::text::lexicon::ORDINALS`] of token `i` (`third`, `twentieth`).
    fn ordinal_word(&self, i: usize) -> Option<u32> {
        if !self.is_in(i, super::gate::ORDINAL) {
            return None;
        }
        tables::lookup(crate::text::lexicon::ORDINALS, self.w(i))
    }

    pub(super) fn ordinal(&self, i: usize) -> Option<u32> {
        if let Some(n) = self.ordinal_word(i) {
            return Some(n);
        }
        let w = self.w(i);
        if self.kind(i) == Some(Kind::Mixed) {
            for suffix in ["st", "nd", "rd", "th"] {
                if let Some(digits) = w.strip_suffix(suffix) {
                    if !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
                        return digits.parse().ok();
                    }
                }
            }
        }
        None
    }

    /// A day written as an ordinal word after a month: `March eighth`, `May twenty-first`.
    pub(super) fn ordinal_word_day(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(tens) = match w {
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        } {
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            let unit = self.ordinal_word(k).filter(|&u| u < 10)?;
            return Some((tens + unit, k + 1)).filter(|&(d, _)| d <= 31);
        }
        self.ordinal_word(i).filter(|&d| d <= 31).map(|d| (d, i + 1))
    }

    /// A four-digit year `1000`–`2099`: `1990`.
    #[inline]
    pub(super) fn year4(&self, i: usize) -> Option<i32> {
        if self.kind(i) != Some(Kind::Num) || self.w(i).len() != 4 {
            return None;
        }
        let y = self.int(i)? as i32;
        (1000..=2099).contains(&y).then_some(y)
    }

    /// A year written in words: `nineteen ninety-six`, `nineteen eighty`. Returns the year
    /// and the next index.
    pub(super) fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let hundreds = match self.w(i) {
            "nineteen" => 19,
            "eighteen" => 18,
            _ => return None,
        };
        let (rest, next) = self.number_words(i + 1)?;
        if !(10..=99).contains(&rest) {
            return None;
        }
        Some((hundreds * 100 + rest as i32, next))
    }

    /// A year in any written form: `1990`, `'09`, `nineteen ninety-six`, `two thousand`.
    pub(super) fn any_year(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(i) {
            return Some((y, i + 1));
        }
        if let Some(r) = self.spoken_year(i) {
            return Some(r);
        }
        if (self.is(i, "'") || self.is(i, "’"))
            && self.kind(i + 1) == Some(Kind::Num)
            && self.w(i + 1).len() == 2
        {
            let yy = self.int(i + 1)? as i32;
            return Some((if yy <= 30 { 2000 + yy } else { 1900 + yy }, i + 2));
        }
        if self.is(i, "two") && self.is(i + 1, "thousand") {
            if let Some((n, next)) = self.number_words(i + 2).filter(|(n, _)| *n < 100) {
                return Some((2000 + n as i32, next));
            }
            return Some((2000, i + 2));
        }
        None
    }

    /// Number words from `i`: `twenty-five`, `twenty four`, `a hundred`, `two hundred
    /// ten`, `twelve`. Returns the value and the next index.
    pub(super) fn number_words(&self, i: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut total: u32 = 0;
        let mut current: u32;
        let first = self.w(j);
        if (first == "a" || first == "one") && matches!(self.w(j + 1), "hundred" | "thousand") {
            current = 1;
            j += 1;
        } else {
            current = self
                .number_word(j)
                .filter(|&n| n != 100 && n != 12 || first == "twelve")?;
            if first == "dozen" {
                return None;
            }
            j += 1;
            // twenty-five / twenty five
            if (20..=90).contains(&current) && current.is_multiple_of(10) {
                let k = if self.is(j, "-") && self.glued(j) && self.glued(j + 1) {
                    j + 1
                } else {
                    j
                };
                if let Some(u) = self.number_word(k).filter(|&u| (1..=9).contains(&u)) {
                    current += u;
                    j = k + 1;
                }
            }
        }
        // at most "two thousand three hundred": bounded, so runs of number words stay linear
        for _ in 0..3 {
            match self.w(j) {
                "hundred" => {
                    current = current.max(1) * 100;
                    j += 1;
                    if self.is(j, "and") && self.number_word(j + 1).is_some_and(|n| n < 100) {
                        j += 1;
                    }
                    if let Some((rest, next)) = self.small_number_words(j) {
                        current += rest;
                        j = next;
                    }
                }
                "thousand" => {
                    total += current.max(1) * 1000;
                    current = 0;
                    j += 1;
                    if let Some((rest, next)) = self.small_number_words(j) {
                        current += rest;
                        j = next;
                    }
                }
                _ => break,
            }
        }
        Some((total + current, j))
    }

    /// 1–99 in words.
    pub(super) fn small_number_words(&self, i: usize) -> Option<(u32, usize)> {
        let n = self
            .number_word(i)
            .filter(|&n| (1..100).contains(&n) && self.w(i) != "dozen")?;
        let mut j = i + 1;
        let mut v = n;
        if (20..=90).contains(&n) && n.is_multiple_of(10) {
            let k = if self.is(j, "-") && self.glued(j) {
                j + 1
            } else {
                j
            };
            if let Some(u) = self.number_word(k).filter(|&u| (1..=9).contains(&u)) {
                v += u;
                j = k + 1;
            }
        }
        Some((v, j))
    }

    /// A [`tables::COUNT_PHRASES`] entry at `i` (`a couple of`): its count and the next index.
    fn count_phrase(&self, i: usize) -> Option<(Count, usize)> {
        tables::COUNT_PHRASES
            .iter()
            .find(|(words, _)| self.seq(i, words))
            .map(|&(words, n)| (Count::N(n), i + words.len()))
    }

    /// A count before a unit: digits (`18`, `2 1/2`, `1.5`), words (`twenty-five`, `a
    /// dozen`), `a`/`an` (1), vague words (`several`, `a few`). Returns the count and the
    /// next index.
    pub(super) fn count(&self, i: usize) -> Option<(Count, usize)> {
        // `7½` is one token (½ is a digit to the tokenizer)
        if let Some((k, c)) = self.w(i).char_indices().last().filter(|&(k, _)| k > 0) {
            if let (Ok(n), Some(f)) = (
                self.w(i)[..k].parse::<u32>(),
                vulgar_fraction(c.encode_utf8(&mut [0; 4])),
            ) {
                return Some((Count::N(f64::from(n) + f), i + 1));
            }
        }
        if let Some(n) = self.int(i) {
            if self.toks.get(i.wrapping_sub(1)).is_some() && i > 0 {
                let p = self.w(i - 1);
                if (p == "$" || p == "#" || p == "." || p == ",") && self.glued(i) {
                    return None;
                }
            }
            let mut v = n as f64;
            let mut j = i + 1;
            // `7½`, and `71/2` (how scraped text writes it: the ½ lost its glyph)
            if let Some(f) = vulgar_fraction(self.w(j)).filter(|_| self.glued(j)) {
                return Some((Count::N(v + f), j + 1));
            }
            if n >= 10 && self.is(j, "/") && self.glued(j) && self.glued(j + 1) {
                if let Some(den) = self
                    .int(j + 1)
                    .filter(|d| SCRAPED_FRACTION_DENOMINATORS.contains(d))
                {
                    let num = n % 10;
                    if (1..den).contains(&num) {
                        return Some((Count::N((n / 10) as f64 + num as f64 / den as f64), j + 2));
                    }
                }
            }
            // 2 1/2
            if self.int(j).is_some() && self.is(j + 1, "/") && self.glued(j + 1) && self.int(j + 2).is_some()
            {
                let num = self.int(j).unwrap_or(0) as f64;
                let den = self.int(j + 2).unwrap_or(1).max(1) as f64;
                if num < den {
                    v += num / den;
                    j += 3;
                }
            } else if self.is(j, ".") && self.glued(j) && self.glued(j + 1) && self.int(j + 1).is_some() {
                let frac = self.w(j + 1);
                if let Ok(f) = format!("0.{frac}").parse::<f64>() {
                    v += f;
                    j += 2;
                }
            }
            return Some((Count::N(v), j));
        }
        let w = self.w(i);
        if w == "a" || w == "an" {
            if self.is(i + 1, "dozen") {
                return Some((Count::N(12.0), i + 2));
            }
            if self.is(i + 1, "half") {
                return Some((Count::N(0.5), i + 2));
            }
            if matches!(self.w(i + 1), "hundred" | "thousand") {
                let (n, next) = self.number_words(i)?;
                return Some((Count::N(n as f64), next));
            }
            if let Some(c) = self.count_phrase(i) {
                return Some(c);
            }
            for vague in tables::VAGUE_COUNTS {
                if self.seq(i, vague) {
                    return Some((Count::Vague, i + vague.len()));
                }
            }
            return Some((Count::N(1.0), i + 1));
        }
        if let Some(c) = self.count_phrase(i) {
            return Some(c);
        }
        for vague in tables::VAGUE_COUNTS {
            if self.seq(i, vague) {
                return Some((Count::Vague, i + vague.len()));
            }
        }
        if w == "half" && self.is(i + 1, "a") {
            return Some((Count::N(0.5), i + 2));
        }
        if w == "dozen" {
            return Some((Count::N(12.0), i + 1));
        }
        let (n, next) = self.number_words(i)?;
        // "two and a half years"
        if self.is(next, "and") && self.is(next + 1, "a") && self.is(next + 2, "half") {
            return Some((Count::N(n as f64 + 0.5), next + 3));
        }
        Some((Count::N(n as f64), next))
    }
}

/// Denominators of the fractions scraped text glues to the whole number (`71/2` for
/// `7½`, `33/4` for `3¾`): a count of ten or more before one of them is read that way.
const SCRAPED_FRACTION_DENOMINATORS: &[u32] = &[2, 3, 4];

/// The value of a vulgar-fraction character (`½` → 0.5).
fn vulgar_fraction(w: &str) -> Option<f64> {
    Some(match w {
        "\u{bd}" => 0.5,
        "\u{bc}" => 0.25,
        "\u{be}" => 0.75,
        "\u{2153}" => 1.0 / 3.0,
        "\u{2154}" => 2.0 / 3.0,
        _ => return None,
    })
}
