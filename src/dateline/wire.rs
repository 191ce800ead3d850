//! Datelines in a language's own wire shapes: the agencies that write a language's
//! stories open them in fixed shapes that the English templates do not read (`МОСКВА, 3
//! декабря. /ТАСС/.`). The language supplies the shapes as data
//! ([`crate::lang::WireDatelines`]); [`find`] looks for them near the start of the text
//! and reads place, day, month, year and agency from the match.

use crate::lang::WireDatelines;

use super::Dateline;

/// Finds a dateline in one of `shapes`' patterns near the start of `text`: the first
/// match that opens a line. `None` when the first such line names a month the language
/// does not have; a day the calendar does not have is skipped.
pub fn find(text: &str, shapes: &WireDatelines) -> Option<Dateline> {
    let head_end = text
        .char_indices()
        .nth(shapes.search_chars)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    for caps in shapes.pattern.captures_iter(head) {
        let whole = caps.get(0)?;
        // a dateline opens a line
        let before = &head[..whole.start()];
        if !before.trim_end_matches([' ', '\t', '\u{a0}']).is_empty() && !before.ends_with('\n') {
            let last = before.trim_end_matches([' ', '\t', '\u{a0}']);
            if !last.ends_with('\n') {
                continue;
            }
        }
        let month: u32 = caps.name("month").and_then(|m| (shapes.month)(m.as_str()))?;
        let day: u32 = caps.name("day")?.as_str().parse().ok()?;
        let year: Option<i32> = caps.name("year").and_then(|y| y.as_str().parse().ok());
        if chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_none() {
            continue;
        }
        let &(_, agency, shape) = shapes
            .agencies
            .iter()
            .find(|(group, _, _)| caps.name(group).is_some())
            .or(shapes.agencies.last())?;
        let start = text[..whole.start()].chars().count();
        let end = start + whole.as_str().trim_end().chars().count();
        return Some(Dateline {
            place: caps.name("place").map(|p| p.as_str().to_string()),
            agency: Some(agency.to_string()),
            month: Some(month),
            day: Some(day),
            year,
            start,
            end,
            shape,
            zone: Some(shapes.zone),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::Dateline;

    /// The Russian agencies' shapes, as the dateline stage reads them.
    fn find(text: &str) -> Option<Dateline> {
        super::find(text, &crate::lang::ru::dateline::SHAPES)
    }

    #[test]
    fn three_agency_shapes() {
        type Want<'a> = Option<(&'a str, &'a str, u32, u32)>;
        let cases: &[(&str, Want)] = &[
            (
                "МОСКВА, 1 дек — РИА Новости. Текст.",
                Some(("МОСКВА", "RIA Novosti", 12, 1)),
            ),
            (
                "БРЮССЕЛЬ, 3 мар - РИА Новости, Иван Петров. Текст.",
                Some(("БРЮССЕЛЬ", "RIA Novosti", 3, 3)),
            ),
            (
                "МОСКВА, 3 декабря. /ТАСС/. Текст.",
                Some(("МОСКВА", "TASS", 12, 3)),
            ),
            (
                "КИЕВ /Украина/, 5 мая. /ТАСС/. Текст.",
                Some(("КИЕВ", "TASS", 5, 5)),
            ),
            (
                "ВАШИНГТОН, 7 июля. /Корр. ТАСС Иван Петров/. Текст.",
                Some(("ВАШИНГТОН", "TASS", 7, 7)),
            ),
            (
                "Москва. 3 декабря. ИНТЕРФАКС - Текст.",
                Some(("Москва", "Interfax", 12, 3)),
            ),
            (
                "Москва. 18 октября. INTERFAX.RU - Текст.",
                Some(("Москва", "Interfax", 10, 18)),
            ),
            ("Заголовок\nМОСКВА, 31 фев — РИА Новости. Текст.", None),
            ("Он сказал, 3 декабря. /ТАСС/ и ушел.", None),
        ];
        for (text, want) in cases {
            let got = find(text).map(|d| {
                (
                    d.place.unwrap_or_default(),
                    d.agency.unwrap_or_default(),
                    d.month.unwrap_or(0),
                    d.day.unwrap_or(0),
                )
            });
            let want = want.map(|(p, a, m, d)| (p.to_string(), a.to_string(), m, d));
            assert_eq!(got, want, "{text}");
        }
    }
}
