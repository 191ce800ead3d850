//! The Russian temporal tagger: finds temporal expressions in Russian text and resolves
//! them to TIMEX3 values with the same resolver as English.
//!
//! The recogniser reads [`super::token`]s and the closed lexicon of [`super::lexicon`] and
//! produces, for each expression, a [`Sem`] (what the words say); the English resolver
//! ([`crate::timex::resolve`]) turns it into a value against the document date, the
//! narrative anchor and the clause's tense ([`super::tense`]). So "в прошлом году" is
//! `UnitShift { Year, -1 }` exactly as "last year" is, and gets the same value.
//!
//! ## Families and tables
//!
//! The grammar is cut like the English scanner's ([`crate::timex::scanner`]): one file per
//! family, each a set of [`Parser`] methods that read a bounded number of tokens and say
//! what they mean — [`calendar`] (dates, months, years, weekdays, deictic units, day
//! words), [`periods`] (positions, fixed phrases, decades, centuries, seasons, quarters),
//! [`counts`] (durations, offsets, sets, hedges), [`clock`] (times and parts of the day),
//! [`numbers`] (years, days, counts, Roman numerals), [`ranges`] and [`lists`] (several
//! dates in one span), [`since`] (a state since a date). [`scan`] tries them at each token
//! the gate lets through ([`Parser::may_start`]) and keeps the longest.
//!
//! The families name word classes, never words: every word they read is a row of
//! `lang/ru/data/` ([`words`]: `lexicon.tsv` for the temporal classes, `grammar.tsv` for
//! the function words, `phrases.tsv`, `endings.tsv` for endings and number suffixes).
//!
//! ## Case and prepositions
//!
//! Russian marks the role of a noun by its case, and a preposition governs one case: "в"
//! with a weekday takes the accusative ("в среду", on Wednesday), "в среде" (locative of
//! "среда", an environment) is no date; "до/с/после" take the genitive ("до среды"), "к"
//! the dative ("к среде"), "по" with the dative plural makes a set ("по средам", every
//! Wednesday). Weekday forms carry their case in the lexicon (`3:acc`) and
//! [`Parser::weekday`] checks it against the preposition before them. A bare month
//! ("марта") is a date only after a preposition or beside a day or year: "Марта" is also a
//! name.
//!
//! Ages are not dates: "в 13 лет", "в возрасте 52 лет" are skipped.
//!
//! ## Extents
//!
//! A one-word preposition ("в", "на", "с", "до", "через"…) stays outside the span, as in
//! TimeML ("в 2009 году" → "2009 году"). Compound and hedging words that change the
//! meaning stay inside: "в течение двух дней", "около 10 лет", "не более трех лет", "за
//! последние 200 лет" → "последние 200 лет". A range is one expression, valued by its
//! start: "2008–2009 годах", "с 16 апреля по 19 мая 2019 года" → "16 апреля по 19 мая 2019
//! года" = `2019-04-16` (the first day takes the year of the second).
//!
//! ## Ranges
//!
//! The expression of a range also carries both ends' values in
//! [`crate::timex::Timex::range`], TIMEX3's begin and end points: "9 по 11 июля" =
//! `2024-07-09` with range `2024-07-09/2024-07-11`. The words name the end in part, and
//! it is read in the start's frame (`range_end`): an end without a year takes the
//! start's, or the next year's when its month is earlier ("с ноября по февраль" =
//! `2023-11/2024-02` in a past clause, `2024-11/2025-02` in a future one); a year written
//! only after the end is the start's too, or the year before ("с ноября по февраль 2020
//! года" = `2019-11/2020-02`, "в декабре-январе 2019 года" = `2018-12/2019-01`). Shapes: "с/со/от … по/до …" of days, months, years and
//! dates; "9–11 июля", "1 и 2 декабря", "в июле и августе", "в 2009 и 2010 годах" (two in
//! a row joined by "и" are a stretch); "в ноябре-декабре"; "2008–2009 годах", "1998-99".
//!
//! A list is no range: "9 и 11 июля", "9, 10 и 11 июля", "3 или 4 марта", "в июле и
//! сентябре 2019 года", "в 2009 и 2012 годах" are one expression a member (TIMEX3 gives
//! one value to one expression), the first members taking the month and year written
//! after the last ("9" = `2024-07-09`), and the Russian event builder dates its trigger
//! once on each member, as English does with "met in 2009 and 2012". NEREL has no list of
//! days that is no stretch; it marks its stretches ("12 и 13 января 2013 года", "в 2009 и
//! 2010 годах", "в июле и августе 2019 года") as one span, as here.
//! A state since a date lasts to the present, as English "since 2014": "с 2014 года по
//! настоящее время", "с 2014 года до сих пор", "по сей день" (the words after the date
//! are no expression), and "с 2014 года" told by a present-tense verb of its clause
//! ("санкции действуют с 2014 года"), a negated past ("не собирался с июля 2019 года") or
//! "впервые с" keep the start's value with range `2014/PRESENT_REF` (`since`); a past
//! verb ("работал с 2014 года") or a start after the document date ("с 1 января вступает
//! в силу") is a start, no range. Such a state dates no event. Over NEREL train and dev
//! read with a document date of 2021-01-01 it fires on 41 expressions, all but two or
//! three states ("возглавляет страну с 2008 года", "является членом НАТО с 2004 года").
//!
//! A range the scanner finds as two expressions ("с понедельника по среду", "с середины
//! марта по конец апреля", "30 августа – 1 сентября") is linked as in English: both get
//! the range (`link_neighbours`). Without a document date, relative ends stay open
//! (`XXXX-07-09`) and no range is given, as in English; a range running backwards ("с 11
//! по 9 июня") is none.

mod calendar;
mod clock;
mod counts;
mod lists;
mod numbers;
mod periods;
mod ranges;
mod since;
pub mod words;

use chrono::NaiveDate;

use super::lexicon::Entry;
use super::tense;
use super::token::{tokenize, Kind, Tok};
use crate::timex::resolve::{self, Context, Dir};
use crate::timex::sem::Sem;
use crate::timex::{Range, Timex, TimexType};
use ranges::{link_neighbours, range_end};
use since::{since, to_present_at};

/// One recognised expression, before resolution.
#[derive(Debug, Clone)]
struct M {
    /// First and one-past-last token.
    start: usize,
    end: usize,
    sem: Sem,
    modifier: Option<&'static str>,
    pattern: &'static str,
    /// The other end of a range written in the span ("9 по 11 июля", "марта по май",
    /// "2008–2009 годах"), as the words say: the end's year may be missing, and then it is
    /// taken from the start's resolved value (see [`range_end`]).
    range_end: Option<Sem>,
}

fn m(start: usize, end: usize, sem: Sem, pattern: &'static str) -> Option<M> {
    Some(M {
        start,
        end,
        sem,
        modifier: None,
        pattern,
        range_end: None,
    })
}

/// Finds and resolves the temporal expressions of a Russian `text`.
pub fn extract(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let toks = tokenize(text);
    let found = scan(&toks);
    let mut ctx = Context {
        dct,
        anchor: None,
        quarter: None,
        dir: Dir::Past,
        cued: false,
    };
    let mut out = Vec::with_capacity(found.len());
    let mut spans = Vec::with_capacity(found.len());
    let mut chars = CharCounter::default();
    // the words after a state's start that name its end, now: no expression of their own
    let mut skip_until = 0;
    for f in found {
        if f.start < skip_until || to_present_at(&toks, f.start.wrapping_sub(1)) == Some(f.end) {
            continue;
        }
        spans.push((f.start, f.end));
        let (bstart, bend) = (toks[f.start].start, toks[f.end - 1].end);
        (ctx.dir, ctx.cued) = tense::direction(&toks, f.start, f.end);
        let sem = narrated_offset(&f.sem, &ctx);
        let r = resolve::resolve(sem.as_ref().unwrap_or(&f.sem), &ctx);
        let mut range = f.range_end.as_ref().and_then(|end| range_end(&r, end, &ctx));
        if range.is_none() && r.kind == TimexType::Date && r.value.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(after) = since(&toks, f.start, f.end, &r.value, dct) {
                skip_until = after;
                range = Some(Range {
                    start: r.value.clone(),
                    end: "PRESENT_REF".to_string(),
                });
            }
        }
        if let Some(p) = r.point.filter(|_| crate::timex::moves_narrative(&f.sem)) {
            ctx.anchor = Some(p);
        }
        let start = chars.at(text, bstart);
        let end = chars.at(text, bend);
        out.push(Timex {
            start,
            end,
            text: text[bstart..bend].to_string(),
            kind: r.kind,
            value: r.value,
            modifier: f.modifier.map(str::to_string),
            range,
            rule: ["ru-", f.pattern, "/", r.rule].concat(),
            anchor: r.anchor,
        });
    }
    link_neighbours(text, &toks, &spans, &mut out);
    out
}

/// "Через два года Россия вышла из договора": "через" counts from the document date
/// in a clause about now or the future ("через два года мы подпишем"), but in a past
/// narrative, once a date has been told, from that date, as "два года спустя" does.
/// The offset read from the narrative anchor, or `None` to keep the reading.
fn narrated_offset(sem: &Sem, ctx: &Context) -> Option<Sem> {
    match *sem {
        Sem::Offset {
            count,
            unit,
            sign: 1,
            from_anchor: false,
        } if ctx.cued && ctx.dir == Dir::Past && ctx.anchor.is_some() => Some(Sem::Offset {
            count,
            unit,
            sign: 1,
            from_anchor: true,
        }),
        _ => None,
    }
}

/// Byte to char offsets for increasing byte positions.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

/// Every expression in the tokens, left to right, longest match at each position.
fn scan(toks: &[Tok]) -> Vec<M> {
    let p = Parser::new(toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.may_start(i).then(|| p.expr(i)).flatten() {
            Some(found) if found.end > i => {
                i = found.end;
                out.push(found);
            }
            _ => i += 1,
        }
    }
    out
}

/// The tokens and, per token, its readings in the word tables ([`words::entries`]), looked
/// up once.
struct Parser<'a> {
    t: &'a [Tok],
    entries: Vec<&'static [Entry]>,
}

impl<'a> Parser<'a> {
    fn new(t: &'a [Tok]) -> Self {
        let entries = t
            .iter()
            .map(|t| match t.kind {
                Kind::Word => words::entries(&t.low),
                Kind::Num | Kind::Punct => &[],
            })
            .collect();
        Parser { t, entries }
    }

    /// The gate: whether an expression may start at token `i`. Every family starts at a
    /// number, a word of the tables (a reading in `lexicon.tsv` or `grammar.tsv`, or the
    /// first word of a phrase) or a Roman numeral ("XX века"); other tokens are skipped
    /// without trying the families.
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        match t.kind {
            Kind::Num => true,
            Kind::Punct => false,
            Kind::Word => !self.entries[i].is_empty() || numbers::roman(&t.low).is_some(),
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low.as_str())
    }

    fn entries(&self, i: usize) -> &'static [Entry] {
        self.entries.get(i).copied().unwrap_or(&[])
    }

    fn class(&self, i: usize, class: &str) -> Option<&'static str> {
        self.entries(i).iter().find(|e| e.class == class).map(|e| e.value)
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && chars.contains(t.low.as_str()))
    }

    /// Whether the word at `i` has a reading in `class` (of `grammar.tsv` or `lexicon.tsv`).
    fn is(&self, i: usize, class: &str) -> bool {
        self.class(i, class).is_some()
    }

    /// The first phrase of `class` (`phrases.tsv`) at `i`, and its length in tokens.
    fn phrase(&self, i: usize, class: &'static str) -> Option<(&'static words::Phrase, usize)> {
        words::phrase_at(class, self.t, i)
    }

    /// The preposition right before token `i`, if any.
    fn prep_before(&self, i: usize) -> Option<&str> {
        let w = self.word(i.checked_sub(1)?)?;
        self.is(i - 1, "prep").then_some(w)
    }

    /// A dash between two numbers or words of a range.
    fn dash(&self, i: usize) -> bool {
        self.punct(i, "-–—")
    }

    /// The longest expression starting at `i`.
    fn expr(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct {
            return None;
        }
        let mut best = [
            self.day_range(i),
            self.hedged(i),
            self.position(i),
            self.fixed(i),
            self.clock(i),
            self.part_of_day(i),
            self.night(i),
            self.counted(i),
            self.date(i, true),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|found| found.end)?;
        self.extend_range(&mut best);
        Some(best)
    }
}

fn cal(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Sem {
    Sem::Cal { year, month, day }
}

/// The date `sem` names (a day of a month, possibly at a part of the day) moved to day
/// `d` of the same month and year: the first days of a list ("9 и 11 июля").
fn with_day(sem: Sem, d: u32) -> Option<Sem> {
    Some(match sem {
        Sem::Cal { year, month, .. } => cal(year, month, Some(d)),
        Sem::MonthOfRelYear {
            month, year_shift, ..
        } => Sem::MonthOfRelYear {
            month,
            day: Some(d),
            year_shift,
        },
        Sem::PartOfDay { day, part } => Sem::PartOfDay {
            day: Box::new(with_day(*day, d)?),
            part,
        },
        _ => return None,
    })
}

/// Whether a meaning names one day (what a clock time or a part of the day sits on).
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Cal { day: Some(_), .. }
            | Sem::MonthOfRelYear { day: Some(_), .. }
            | Sem::Weekday { .. }
            | Sem::DayOffset(_)
            | Sem::PartOfDay { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str, dct: &str) -> Vec<(String, String)> {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        extract(text, dct)
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Переговоры прошли в среду.", &[("среду", "2009-12-02")]),
            ("Жизнь в среде обитания.", &[]),
            ("Встреча состоится в среду.", &[("среду", "2009-12-09")]),
            ("В прошлом году НАТО расширилось.", &[("прошлом году", "2008")]),
            (
                "На прошлой неделе министры встретились.",
                &[("прошлой неделе", "2009-W48")],
            ),
            (
                "Договор подписали 1 декабря 2008 года.",
                &[("1 декабря 2008 года", "2008-12-01")],
            ),
            ("Он родился в 1958 году.", &[("1958 году", "1958")]),
            ("Это было в 90-х годах.", &[("90-х годах", "199")]),
            ("В XX веке многое изменилось.", &[("XX веке", "19")]),
            (
                "Три года назад стороны встретились.",
                &[("Три года назад", "2006")],
            ),
            ("Решение примут через два дня.", &[("два дня", "2009-12-06")]),
            ("В 2022-м году всё изменилось.", &[("2022-м году", "2022")]),
            ("Ему было в 13 лет трудно.", &[]),
            (
                "В ночь на 19 декабря прошли удары.",
                &[("ночь на 19 декабря", "2009-12-18TNI")],
            ),
            ("В конце марта прошли выборы.", &[("конце марта", "2009-03")]),
            ("Работа велась в 2008-2009 гг.", &[("2008-2009 гг", "2008")]),
            (
                "Переговоры шли с 16 апреля по 19 мая 2019 года.",
                &[("16 апреля по 19 мая 2019 года", "2019-04-16")],
            ),
            (
                "Накануне министр заявил о встрече.",
                &[("Накануне", "2009-12-03")],
            ),
            ("Накануне выборов министр заявил.", &[]),
            ("Встреча прошла 1-го дек.", &[("1-го дек.", "2009-12-01")]),
        ];
        let mut wrong = Vec::new();
        for (text, want) in cases {
            let got = tag(text, "2009-12-04");
            let want: Vec<(String, String)> =
                want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            if got != want {
                wrong.push(format!("{text}: got {got:?}, want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn na_dnyah_follows_its_clause() {
        let cases: &[(&str, &str)] = &[
            ("На днях министр встретился с послом Франции.", "PAST_REF"),
            ("Об этом на днях сообщили в пресс-службе губернатора.", "PAST_REF"),
            ("Указ будет подписан на днях, сообщил источник.", "FUTURE_REF"),
            ("Доклад на днях рассмотрят в правительстве.", "FUTURE_REF"),
            ("Переговоры пройдут на днях в Женеве.", "FUTURE_REF"),
            ("На днях в Минске открылась выставка.", "PAST_REF"),
        ];
        for (text, want) in cases {
            let got = tag(text, "2019-11-20");
            let got: Vec<(String, &str)> = got.iter().map(|(t, v)| (t.to_lowercase(), v.as_str())).collect();
            assert_eq!(got, vec![("на днях".to_string(), *want)], "{text}");
        }
    }
}
