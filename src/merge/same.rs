//! "Same event": when two tellings are one event. The one definition, used at the three
//! scales where chronicle folds tellings together.
//!
//! Two tellings are the same event when they are the same **kind** of event, share who
//! took part (their **actors**), and their **dates fit**. What each scale can see differs,
//! and so does how much evidence it asks for; the evidence itself is always a [`Shared`]:
//!
//! * [`in_one_article`]: two events of one article ([`super::article`]). The writer's
//!   repeated lead ("held a meeting … on Tuesday" twice) is the same trigger on the same
//!   date; otherwise the same category and a shared actor, on the same date or with the
//!   later one dated by a bare month of the first's month ("the August 2008 conflict
//!   between Russia and Georgia … Russia and Georgia fought a five-day war in August").
//! * [`across_articles`]: mentions from different stories ([`super::cluster`]): the same
//!   trigger lemma or category, overlapping actors (when one side names none, only the
//!   same lemma vouches), places that do not differ, and nested dates.
//!   When one side's kind is unknown, [`unknown_kind_same_scene`] asks instead for the
//!   same day, the same named place and two shared actors.
//! * [`bare_month_mention`]: in the temporal tagger, before there are events
//!   ([`crate::timex`]'s coreference of months): a bare `August` re-mentions an earlier
//!   `August 2008` when their clauses share two names, or an event-word class and a name.
//!
//! Without the evidence, tellings stay apart: "June 2008 … in June" can be two Junes.

/// What two tellings have in common.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shared {
    /// The same trigger word or lemma (`met` / `meeting` count as one lemma).
    pub trigger: bool,
    /// The same kind by a class: the CAMEO category, or the tagger's event-word class.
    pub category: bool,
    /// How many actors (or capitalised names) both name; across articles a joint body
    /// counts as its members when the other side names them all
    /// ([`super::key::shared_actors`]).
    pub actors: usize,
    /// At least one side names no actor at all.
    pub actorless: bool,
}

impl Shared {
    /// The same kind of event: the same trigger or the same category.
    pub fn same_kind(self) -> bool {
        self.trigger || self.category
    }

    /// Actors agree: some are shared; when one side names none, only the same trigger
    /// vouches for it.
    pub fn actors_agree(self) -> bool {
        if self.actorless {
            self.trigger
        } else {
            self.actors > 0
        }
    }
}

/// How the dates of two tellings in one article relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dates {
    /// The same TIMEX3 value.
    Same,
    /// The later is a month name without a year, in the first's month (`August` after
    /// `August 2008`).
    BareMonthOf,
    /// Anything else.
    Other,
}

/// Two events of one article (the first told, then the later).
pub fn in_one_article(s: Shared, dates: Dates) -> bool {
    let repeated = s.trigger && dates == Dates::Same;
    let retold = s.category && s.actors > 0 && dates != Dates::Other;
    repeated || retold
}

/// Mentions from different stories: `nested` when one's date interval holds the other's
/// (`2009-12` holds `2009-12-04`); `places_agree` unless both name different places.
pub fn across_articles(s: Shared, nested: bool, places_agree: bool) -> bool {
    nested && s.same_kind() && s.actors_agree() && places_agree
}

/// Two lemmas of one event class ("talks", "met"; "joined", "accession") are the same
/// trigger when both sides name actors, which then must overlap. With no one named on one
/// side, the class vouches only on the evidence of the scene told by another story
/// (`same_scene`: the same single day in the same named place, in two stories): "the
/// summit opened in Madrid on Tuesday" and "NATO leaders met in Madrid on Tuesday".
/// Elsewhere a class is too wide to stand for the actors ("talks in June" are not every
/// meeting of June), and one story naming two statements of a day tells two.
pub fn class_vouches(actorless: bool, same_scene: bool) -> bool {
    !actorless || same_scene
}

/// The very lemma vouches for tellings where one side names no actor when the date is
/// narrow enough to tie them: a month or finer, or a wider date in the same named place
/// (`coarse`: a quarter, a year or wider, placeless, is not — "sales in 1989" and "sales
/// for the third quarter" of two companies are two events; "the summit in Vilnius in
/// 2023" is the Vilnius summit), and a single day when a plan meets a fact (`plan_and_fact`: one side only
/// scheduled, the other only occurred): "foreign ministers will meet again in June" told
/// in April and "the council last met in June" told two years later are two meetings as
/// likely as one, "will meet on Friday" and "met on Friday" one. Shared actors tie them
/// at any precision.
pub fn lemma_vouches(actorless: bool, coarse: bool, single_day: bool, plan_and_fact: bool) -> bool {
    !actorless || (!coarse && (single_day || !plan_and_fact))
}

/// A telling naming no one at a year or wider ("the treaty was extended in 2021 for five
/// years") and the one event of its very lemma in those dates (`rivals`: how many
/// there are), when that event names someone and is told by two stories or more, and the
/// telling is another story's: the year retells it. Two or more events of the lemma in
/// the year ("sales in 1989" among a year of quarterly sales), or one told once, leave
/// it alone.
pub fn year_retells(rivals: usize, named: usize, stories: usize, other_story: bool) -> bool {
    rivals == 1 && named > 0 && stories >= 2 && other_story
}

/// Mentions from different stories where one side's kind is unknown (a trigger with no
/// CAMEO category and no event class, such as "failed to bridge their differences"): the
/// same event only on the evidence of the scene — `same_scene`, the same single day in
/// the same named place — and at least two shared actors. A known kind on both sides
/// never goes this way: a call and a meeting of the same pair on one day stay apart.
pub fn unknown_kind_same_scene(s: Shared, kind_unknown: bool, same_scene: bool) -> bool {
    kind_unknown && same_scene && !s.actorless && s.actors >= 2
}

/// A reporting or deciding frame and the event it reports ("Lavrov announced the
/// suspension of the mission" / "Russia suspended its mission"): `reports` when a word
/// around the frame's trigger has the other's lemma; the dates nested, the places not
/// different, and the actors shared, or one side naming none when `tied`: the other names
/// someone and the date is a month or finer. When neither side names anyone a word is all
/// they share ("signed a letter of intent to acquire Automated Custom Systems" and "offers
/// to acquire Connaught" are two acquisitions), and a year is too wide for a word to tie
/// ("said on October 26 that it wins" and "won in 1989").
pub fn reported_event(s: Shared, reports: bool, nested: bool, places_agree: bool, tied: bool) -> bool {
    reports && nested && places_agree && (s.actors > 0 || (s.actorless && tied))
}

/// Something taking effect and the event that does ("The move, which takes effect on
/// Nov. 1" / "the staff's accreditation will be revoked as of November 1"):
/// `effect_and_effective` when one side tells of something taking effect and the other is
/// of a kind that takes effect (a suspension, a closing), on the same single day
/// (`same_day`), told by another story, and sharing a name. A telling of something taking
/// effect that fits two events of its day cannot say which (see `cluster::best`).
pub fn takes_effect(s: Shared, effect_and_effective: bool, same_day: bool, other_story: bool) -> bool {
    effect_and_effective && same_day && other_story && !s.actorless && s.actors > 0
}

/// A bare month and an earlier `Month YEAR` mention of the same month, by the names and
/// event-word classes of their clauses.
pub fn bare_month_mention(s: Shared) -> bool {
    s.actors >= 2 || (s.category && s.actors > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(trigger: bool, category: bool, actors: usize, actorless: bool) -> Shared {
        Shared {
            trigger,
            category,
            actors,
            actorless,
        }
    }

    #[test]
    fn three_scales() {
        // (shared, dates, in one article, across articles (nested, places agree), bare month)
        let cases = [
            (shared(true, false, 0, true), Dates::Same, true, true, false),
            (shared(true, false, 0, false), Dates::Same, true, false, false),
            (
                shared(false, true, 1, false),
                Dates::BareMonthOf,
                true,
                true,
                true,
            ),
            (shared(false, true, 0, true), Dates::Same, false, false, false),
            (shared(false, false, 2, false), Dates::Same, false, false, true),
            (shared(false, true, 1, false), Dates::Other, false, true, true),
            (shared(true, true, 3, false), Dates::Other, false, true, true),
        ];
        for (i, (s, dates, one, across, month)) in cases.into_iter().enumerate() {
            assert_eq!(in_one_article(s, dates), one, "case {i}: in one article");
            assert_eq!(across_articles(s, true, true), across, "case {i}: across");
            assert_eq!(bare_month_mention(s), month, "case {i}: bare month");
            assert!(!across_articles(s, false, true) && !across_articles(s, true, false));
        }
    }

    #[test]
    fn frames_and_scenes() {
        // (shared, reports, nested, places agree, a reported event)
        let cases = [
            (shared(false, false, 1, false), true, true, true, true),
            (shared(false, false, 0, true), true, true, true, true),
            (shared(false, false, 0, false), true, true, true, false),
            (shared(false, false, 2, false), false, true, true, false),
            (shared(false, false, 2, false), true, false, true, false),
            (shared(false, false, 2, false), true, true, false, false),
        ];
        for (i, (s, reports, nested, places, want)) in cases.into_iter().enumerate() {
            assert_eq!(reported_event(s, reports, nested, places, true), want, "case {i}");
            // one side naming no one, with no date or name to tie them: only words in common
            assert_eq!(
                reported_event(s, reports, nested, places, false),
                want && s.actors > 0,
                "case {i}, untied"
            );
        }
    }

    #[test]
    fn what_vouches_when_one_side_names_no_one() {
        // (actorless, same scene, a class vouches)
        let classes = [
            (false, false, true),
            (false, true, true),
            (true, true, true),
            (true, false, false),
        ];
        for (i, (actorless, scene, want)) in classes.into_iter().enumerate() {
            assert_eq!(class_vouches(actorless, scene), want, "class case {i}");
        }
        // (actorless, coarser than a month, single day, plan and fact, the lemma vouches)
        let lemmas = [
            (false, false, false, true, true),
            (false, true, false, true, true),
            (true, false, true, true, true),
            (true, false, false, false, true),
            (true, false, false, true, false),
            (true, true, false, false, false),
        ];
        for (i, (actorless, coarse, day, plan_and_fact, want)) in lemmas.into_iter().enumerate() {
            assert_eq!(
                lemma_vouches(actorless, coarse, day, plan_and_fact),
                want,
                "lemma case {i}"
            );
        }
    }

    #[test]
    fn what_takes_effect_needs_its_day_another_story_and_a_name() {
        // (shared, effect and effective, same day, other story, the same event)
        let cases = [
            (shared(false, false, 1, false), true, true, true, true),
            (shared(false, false, 3, false), true, true, true, true),
            (shared(false, false, 1, false), false, true, true, false),
            (shared(false, false, 1, false), true, false, true, false),
            (shared(false, false, 1, false), true, true, false, false),
            (shared(false, false, 0, false), true, true, true, false),
            (shared(false, false, 0, true), true, true, true, false),
        ];
        for (i, (s, pair, day, other, want)) in cases.into_iter().enumerate() {
            assert_eq!(takes_effect(s, pair, day, other), want, "case {i}");
        }
    }

    #[test]
    fn a_year_retells_the_one_event_of_its_lemma() {
        // (rivals, names, stories, other story, retold)
        let cases = [
            (1, 2, 3, true, true),
            (1, 1, 2, true, true),
            (2, 2, 3, true, false),
            (0, 2, 3, true, false),
            (1, 0, 3, true, false),
            (1, 2, 1, true, false),
            (1, 2, 3, false, false),
        ];
        for (i, (rivals, named, stories, other, want)) in cases.into_iter().enumerate() {
            assert_eq!(year_retells(rivals, named, stories, other), want, "case {i}");
        }
    }

    #[test]
    fn unknown_kinds_need_the_scene_and_two_actors() {
        // (shared, kind unknown, same scene, same event)
        let cases = [
            (shared(false, false, 2, false), true, true, true),
            (shared(false, false, 3, false), true, true, true),
            (shared(false, false, 1, false), true, true, false),
            (shared(false, false, 2, false), false, true, false),
            (shared(false, false, 2, false), true, false, false),
            (shared(false, false, 0, true), true, true, false),
        ];
        for (i, (s, unknown, scene, want)) in cases.into_iter().enumerate() {
            assert_eq!(unknown_kind_same_scene(s, unknown, scene), want, "case {i}");
        }
    }
}
