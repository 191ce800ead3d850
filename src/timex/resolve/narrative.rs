//! Bare calendar words told in a story's past: resolved against the running narrative
//! time instead of the document date.
//!
//! In `../shared/DESIGN.md` terms: the DCT is the writer's *present*; the story's
//! *narrative time* is the last explicit date (one with its year written out: `in 1987`,
//! `March 3, 1987`, `June 2005`) of the running narrative, or the date a move of the
//! story named (`that year`, `the following month`, `two days later`). A date named in
//! passing, in a relative clause or an apposition ("the council, which was set up in
//! 1997, …", "Gazprom, founded in 1989, …"), is no narrative time (`timex::story`).
//!
//! It speaks in the next sentence only: a date in the same sentence as the narrative date
//! is often the next item of a list of events ("annexed Crimea in 2014 and launched its
//! invasion on February 24"), not a part of the same time, and a year named two sentences
//! back or more no longer holds (a story of spring 2012 that said "set up in 1997" and,
//! later, "froze its work in September" means the last September). A date read in it
//! names it again, so a story told month by month keeps its year. It is dropped at the end
//! of its paragraph, at a quotation (a quote speaks from its speaker's present) and when
//! the text comes back to the dateline's present (an expression resolved against the DCT
//! within a month of it: `yesterday`, `on Tuesday`, `this week`). While it lasts, a bare month, month-and-day, season or weekday in a clause that tells
//! the past ([`Dir::Past`], cued or by default) is read in the narrative's time:
//! "The treaty was signed in 1987. It entered into force in June" → 1987-06; "signed on
//! March 3, 1987 … on June 1" → 1987-06-01. Present and future clauses keep the DCT
//! ("… will go to the polls again in November"). Only history counts: the narrative date
//! must lie in an earlier year than the DCT for months, month-days and seasons (within
//! the DCT's year the DCT rules give the same answer), and more than a week before the
//! DCT for weekdays, which then take the nearer day of that name either side of the
//! narrative day.
//!
//! `the next month`, `the previous year` in such a clause follow the story too (`In June
//! 2005 the plant closed. The next month…` → 2005-07), as `the following month` always
//! does; `next month` without `the` stays the DCT's (rule `unit-narrative`).
//!
//! The story is read forward: after a month or a day, only a later month or day of that
//! year takes the narrative's year ("June 2008 … in June" is another June; "March 3,
//! 1987 … on February 2" goes back, where the DCT's reading is as likely).
//!
//! Limits: the narrative is one date, not a stack, so a flashback inside a flashback
//! ("In 1990 … he recalled the summer of 1968 … in June") takes the latest; a bare month
//! after a year-only date takes that year even when the story has crossed into the next
//! (`in December 1987 … in January` gives 1987-01); and a paragraph that mixes history and
//! present without a cue is read as history.

use chrono::Datelike;

use super::{at, day_point, month_point, previous, resolve, ymd, Context, Dir, Resolved};
use crate::time::point::{add_days, Gran, Point};
use crate::timex::sem::{Sem, YearRef};

/// The rules of this module.
pub const RULES: &[&str] = &[
    "month-narrative",
    "month-day-narrative",
    "season-narrative",
    "weekday-narrative",
    "unit-narrative",
];

/// How many days before the DCT a narrative day must lie before a bare weekday is read
/// in its week rather than the DCT's.
const WEEKDAY_HISTORY_DAYS: i64 = 7;

/// `sem` read in the narrative time `story`, when it is a bare calendar word in a past
/// clause and the narrative is history (see the module doc); `None` leaves the DCT's
/// reading.
pub fn resolve_in_story(sem: &Sem, story: Point, ctx: &Context) -> Option<Resolved> {
    let dct = ctx.dct?;
    if ctx.dir != Dir::Past {
        return None;
    }
    let year = story.start.year();
    let earlier_year = year < dct.year();
    let name = previous(story);
    match *sem {
        Sem::Cal {
            year: None,
            month: Some(m),
            day: None,
        } if earlier_year => {
            let p = month_point(year, m)?;
            forward(p, story).then(|| at(p, "month-narrative", &name))
        }
        Sem::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        } if earlier_year => {
            let p = day_point(ymd(year, m, d)?);
            forward(p, story).then(|| at(p, "month-day-narrative", &name))
        }
        Sem::Season {
            season,
            year: YearRef::Implicit,
        } if earlier_year => {
            let r = resolve(
                &Sem::Season {
                    season,
                    year: YearRef::Explicit(year),
                },
                ctx,
            );
            Some(Resolved {
                rule: "season-narrative",
                anchor: name,
                ..r
            })
        }
        Sem::Weekday {
            weekday,
            shift: 0,
            this: false,
        } if story.gran == Gran::Day && (dct - story.start).num_days() > WEEKDAY_HISTORY_DAYS => {
            let cur = i64::from(story.start.weekday().number_from_monday());
            let wd = i64::from(weekday);
            let (ahead, back) = ((wd - cur).rem_euclid(7), (cur - wd).rem_euclid(7));
            let offset = if ahead < back { ahead } else { -back };
            Some(at(
                day_point(add_days(story.start, offset)?),
                "weekday-narrative",
                &name,
            ))
        }
        Sem::PartOfDay { ref day, part } => {
            let d = resolve_in_story(day, story, ctx)?;
            let kind = super::deictic::part_of_day(day, part, ctx).kind;
            Some(Resolved {
                kind,
                value: crate::time::point::at_time(&d.value, part),
                ..d
            })
        }
        _ => None,
    }
}

/// Whether `p` lies after the narrative time `story` began, at the finer of the two
/// granularities: the story is told forward. After a year (`in 1987 … in June`) every
/// month of it qualifies; after a month or a day only a later one does. "June 2008 … in
/// June" names the month again, which a writer does for another year, not the same June
/// (that would be `that month`); "March 3, 1987 … on February 2" goes back, where the
/// DCT's reading is as likely.
fn forward(p: Point, story: Point) -> bool {
    story.gran == Gran::Year || p.start > story.start
}
