//! Attaching a date to the event it modifies, with local syntax heuristics.
//!
//! A temporal phrase belongs to the trigger that governs it, not to every verb of its
//! sentence. The rules, tried in order (each named in the output's `rule` field):
//!
//! | rule            | pattern                                             | trigger     |
//! |-----------------|-----------------------------------------------------|-------------|
//! | `possessive`    | "Friday's ministerial meeting"                      | meeting     |
//! | `premodifier`   | "the August 2008 armed conflict"                    | conflict    |
//! | `light-verb`    | "held a meeting with X on Tuesday"                  | meeting     |
//! | `verb-left`     | "proposed drawing up a pact in June 2008"           | proposed    |
//! | `noun-left`     | "During a meeting in Greece in June, …"             | meeting     |
//! | `verb-right`    | "the State Department on Sunday issued …"           | issued      |
//! | `fronted`       | "In January, Meissner ruled …"                      | ruled       |
//! | `subject-verb`  | "third-quarter net income fell 22%"                 | fell        |
//! | `when-clause`   | "in 1979 when the Soviet Union invaded Afghanistan" | invaded     |
//! | `measure-period`| "posted a $648 million loss for the third quarter"  | loss        |
//! | `comparison`    | "compared with a loss of $3 million last year"      | loss        |
//!
//! Which word a date anchors to follows the TimeML conventions: the event is the word the
//! temporal phrase modifies syntactically. So a reporting period after `for` dates the
//! result it measures, not the verb that reports it; a date inside a subject's relative
//! clause ("the arrest announced today stemmed from …") dates that clause's verb, not the
//! main verb after it; a date on a verb of intending or attempting ("invited X to join …
//! in July 1997", "trying to cross … six weeks ago") dates the intending unless it points
//! ahead; "took place" hands the date to its subject. Words that only look like verbs
//! are not triggers: a base form after a singular noun ("Cuban exile leaders", "market
//! share"), an `-s` form or participle after a preposition ("in taxes", "from discontinued
//! operations").
//!
//! The verb searched for is the nearest *finite* verb of the clause (so "proposed", not
//! the gerund "drawing"); a light verb (`hold`, `have`, `take`) hands the date to the
//! event noun it takes as object. Clauses end at `;`, `:`, quotes and sentence ends;
//! commas and brackets end the search windows (a fronted adjunct, "In January, …", may
//! reach the first verb after its comma). A date none of these rules reaches is left
//! unattached: no event is better than a wrong one. A date apposed to a relative offset
//! ("reunified less than a year later, on October 3, 1990", "days earlier, on Monday")
//! restates it: the event builder attaches it in the offset's place ([`restate`]) and
//! dates the event by it.

//!
//! The rules live by family: [`class`] (what each token is), [`clause`] (the windows the
//! rules search, and dates that name no event), [`noun`] and [`verb`] (the rules that find
//! a noun or a verb), [`restate`] (a date apposed to an offset); this module tries the
//! families in order.

mod class;
mod clause;
mod noun;
mod restate;
mod verb;

use crate::event::words::{self, is};
use crate::text::sentence::Token;
pub use class::{classify, Class};
use clause::{
    apposition_before, describes_period, inside_temporal_adjunct, is_due_date, is_state_date,
    left_window_is_sentence_start, past_appositions, window_end, window_start, COMPARATIVES,
};
pub use clause::{dates_no_event, names_a_thing};
use noun::{
    compared_result, copula_subject, copula_subject_event, existential_noun, is_light, light_object,
    measured_result, noun_after, noun_chain_left, took_place_subject,
};
pub use restate::restated_offset;
pub use verb::planned_infinitive;
use verb::{
    adjacent_verb_right, first_verb_right, intended_by, nearest_verb_left, relative_verb_left,
    when_clause_verb,
};

/// Which token a temporal phrase is attached to, and by which rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attachment {
    /// Index of the trigger token in the sentence.
    pub trigger: usize,
    pub rule: &'static str,
    pub confidence: f32,
    /// A light verb ("held") that took the event noun as object.
    pub light_verb: Option<usize>,
}

/// Attaches the temporal phrase at tokens `first..last` (end exclusive) of a sentence.
/// (The timeline then hands the date from a verb that only frames an event to the event,
/// [`handed_on`]; TimeML annotates the framing verb as an event of its own.)
pub fn attach(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Attachment> {
    attach_to_word(tokens, classes, first, last)
}

/// A verb that frames the event it governs gives it the date:
///
/// * an aspectual verb, its gerund or infinitive: "began deploying" → deploying;
/// * "took place", its subject: "a prisoner exchange took place" → exchange;
/// * a passive of reporting, its subject noun: "no strike was reported" → strike;
/// * a light verb found right or after a fronted date, its object: "In 2019 the two
///   sides held talks" → talks.
pub fn handed_on(tokens: &[Token], classes: &[Class], mut a: Attachment) -> Attachment {
    let lemma_at = |i: usize| words::verb(&tokens[i].lower).map(|e| e.lemma).unwrap_or("");
    let mut v = a.trigger;
    if !matches!(classes[v], Class::Verb { .. }) || a.light_verb.is_some() {
        return a;
    }
    // "took place" is one verb; "will give written answers": a participle between a
    // verb and its noun is an adjective, the verb before it the event.
    if v > 0 && tokens[v].lower == "place" && lemma_at(v - 1) == "take" {
        v -= 1;
        a.trigger = v;
    }
    let participle = tokens[v].lower.ends_with("en") || tokens[v].lower.ends_with("ed");
    if participle
        && v > 0
        && matches!(classes[v - 1], Class::Verb { finite: true })
        && matches!(classes.get(v + 1), Some(Class::Other | Class::EventNoun))
    {
        v -= 1;
        a.trigger = v;
    }
    let lemma = lemma_at(v);
    let clause_end = window_end(classes, v + 1, false);
    if is(words::ASPECTUAL_VERBS, lemma) {
        let mut n = v + 1;
        if tokens.get(n).is_some_and(|t| t.lower == "to") {
            n += 1;
        }
        let gerund_or_infinitive = n < clause_end
            && matches!(classes[n], Class::Verb { .. })
            && (tokens[n].lower.ends_with("ing") || n == v + 2);
        if gerund_or_infinitive {
            a.trigger = n;
            return a;
        }
    }
    let subject_noun = |max: usize| {
        (v.saturating_sub(max)..v)
            .rev()
            .take_while(|&i| !matches!(classes[i], Class::HardStop | Class::SoftStop | Class::Verb { .. }))
            .find(|&i| classes[i] == Class::EventNoun && words::is_occurrence_noun(&tokens[i].lower))
    };
    if lemma == "take" && tokens.get(v + 1).is_some_and(|t| t.lower == "place") {
        // "a prisoner exchange took place": whatever takes place is an event, so the
        // head noun right before the verb carries the date when no event noun does
        let subject_start = (0..v)
            .rev()
            .find(|&i| !matches!(classes[i], Class::Other | Class::Name | Class::Determiner))
            .map_or(0, |i| i + 1);
        let plain_subject = subject_start == 0 || classes[subject_start - 1] != Class::Preposition;
        let head = (v > 0
            && plain_subject
            && classes[v - 1] == Class::Other
            && tokens[v - 1].lower.chars().all(char::is_alphabetic))
        .then(|| v - 1);
        if let Some(n) = subject_noun(6).or(head) {
            a.trigger = n;
        }
        return a;
    }
    let passive = v > 0 && matches!(tokens[v - 1].lower.as_ref(), "was" | "were" | "been");
    if passive && is(words::REPORTING_PASSIVES, &tokens[v].lower) {
        if let Some(n) = subject_noun(5) {
            a.trigger = n;
        }
        return a;
    }
    if matches!(a.rule, "verb-right" | "fronted" | "verb-next") && is_light(tokens, v) {
        if let Some(n) = light_object(tokens, classes, v, clause_end) {
            a.trigger = n;
            a.light_verb = Some(v);
        }
    }
    a
}

fn attach_to_word(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Attachment> {
    if let Some(answer) = dated_noun(tokens, classes, first, last) {
        return answer;
    }
    if let Some(answer) = around_date(tokens, classes, first, last) {
        return answer;
    }
    if let Some(answer) = left_of_date(tokens, classes, first, last) {
        return answer;
    }
    right_of_date(tokens, classes, first, last)
}

/// An attachment by `rule`, with no light verb.
fn hit(trigger: usize, rule: &'static str, confidence: f32) -> Option<Attachment> {
    Some(Attachment {
        trigger,
        rule,
        confidence,
        light_verb: None,
    })
}

/// The date premodifies or possesses a noun ("Friday's meeting", "the August 2008 armed
/// conflict"), or follows a possessor ("Navigation Mixte's 1989 profit"). Each family of
/// rules returns `Some(answer)` when one of its rules decides (the answer may be no
/// event: no event is better than a wrong one), `None` to let the next family try.
fn dated_noun(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Option<Attachment>> {
    // "Friday's meeting", "the August 2008 armed conflict".
    if let Some(noun) = noun_after(tokens, classes, last) {
        let possessive = classes.get(last) == Some(&Class::Possessive);
        if !possessive && !tokens[noun].is_occurrence_noun() {
            // "third-quarter net income fell 22%": an artifact that is a subject is dated
            // through its verb — when the verb tells how the amount changed. "The year-ago
            // results included a charge": otherwise the results themselves are dated.
            if let Some(v) = adjacent_verb_right(tokens, classes, noun + 1) {
                let lemma = words::verb(&tokens[v].lower).map(|e| e.lemma).unwrap_or("");
                let result_subject =
                    is(words::RESULT_NOUNS, &tokens[noun].lower) && !is(words::CHANGE_VERBS, lemma);
                if !result_subject {
                    return Some(hit(v, "subject-verb", 0.75));
                }
            }
        }
        // "the 2024 summit's declaration": the dated noun names what the declaration
        // is from; the row would be the declaration's, wrongly dated.
        if !possessive && classes.get(noun + 1) == Some(&Class::Possessive) {
            return Some(None);
        }
        return Some(if possessive {
            hit(noun, "possessive", 0.9)
        } else {
            hit(noun, "premodifier", 0.85)
        });
    }
    // "said last month's discovery …": a possessive date belongs to the noun it
    // determines, never to a verb around it; without an event noun there, no trigger.
    // "Navigation Mixte's 1989 profit": after a possessor, the date premodifies a noun
    // too.
    if classes.get(last) == Some(&Class::Possessive) || (first > 0 && classes[first - 1] == Class::Possessive)
    {
        return Some(None);
    }
    None
}

/// The words right around the date: periods and due dates that name no event, a result
/// measured over the period, the noun before "on Aug. 7", an existential clause, a
/// copula's subject, the verb right after the date, a when-clause.
fn around_date(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Option<Attachment>> {
    let state_date =
        is_state_date(tokens, first) && !(first >= 3 && matches!(classes[first - 3], Class::Verb { .. }));
    if describes_period(tokens, first, last) || state_date || is_due_date(tokens, first) {
        return Some(None);
    }
    // "posted a $648.2 million loss for the third quarter": a period after "for" is the
    // span a result was measured over; it dates the result, not the reporting of it.
    if let Some(n) = measured_result(tokens, classes, first, last) {
        return Some(hit(n, "measure-period", 0.8));
    }
    // "The bombings on Aug. 7 killed 259 people": the noun the date follows.
    // "The embassy bombings, on Aug. 7, killed 247 people": the same between commas.
    let has_preposition = first > 0 && classes[first - 1] == Class::Preposition;
    let commas =
        first >= 3 && tokens[first - 2].text == "," && tokens.get(last).is_some_and(|t| t.text == ",");
    let (n, verb_from) = if commas {
        (first.saturating_sub(3), last + 1)
    } else {
        (first.saturating_sub(2), last)
    };
    if has_preposition
        && first >= 2
        && classes[n] == Class::EventNoun
        && words::is_occurrence_noun(&tokens[n].lower)
        && !inside_temporal_adjunct(tokens, classes, n)
        && adjacent_verb_right(tokens, classes, verb_from).is_some()
    {
        return Some(hit(n, if commas { "noun-commas" } else { "noun-left" }, 0.75));
    }
    // "Tomorrow there will be consultations": an existential clause's event noun, after
    // a date that opens the sentence.
    let opens = left_window_is_sentence_start(classes, window_start(tokens, classes, first, false))
        && (window_start(tokens, classes, first, false)..first).all(|i| classes[i] == Class::Preposition);
    if let Some(n) = existential_noun(tokens, classes, last).filter(|_| opens) {
        return Some(hit(n, "existential", 0.8));
    }
    // "The vote is on Friday", "the signing ceremony was on Tuesday": a date after a bare
    // copula dates the event noun that is its subject.
    if let Some(n) = copula_subject(tokens, classes, first) {
        return Some(hit(n, "copula", 0.8));
    }
    // "a federal appeals court Thursday refused", "on Sunday issued": the verb right after.
    if let Some(v) = adjacent_verb_right(tokens, classes, last) {
        if let Some(l) = relative_verb_left(tokens, classes, first) {
            return Some(hit(l, "verb-left", 0.8));
        }
        return Some(hit(v, "verb-next", 0.8));
    }
    // "in 1979, when the Soviet Union invaded Afghanistan": the when-clause's verb.
    if let Some(v) = when_clause_verb(tokens, classes, last) {
        return Some(hit(v, "when-clause", 0.8));
    }
    None
}

/// The verb or event noun left of the date in its phrase, after the comparisons that
/// date no event of the clause.
fn left_of_date(
    tokens: &[Token],
    classes: &[Class],
    first: usize,
    last: usize,
) -> Option<Option<Attachment>> {
    let has_preposition = first > 0 && classes[first - 1] == Class::Preposition;
    let left_window = window_start(tokens, classes, first, false);
    // "compared with a loss of $3 million last year", "versus net income of $5.3 million,
    // or $1.61 a share, a year earlier": a comparison's reference date dates the result
    // compared, not the clause's event.
    if let Some(n) = compared_result(tokens, classes, first) {
        return Some(hit(n, "comparison", 0.8));
    }
    // "lower than a year ago": with no result named, the date is nobody's.
    let than_before = first > 0 && tokens[first - 1].lower == "than";
    if than_before || (left_window..first).any(|i| is(COMPARATIVES, &tokens[i].lower)) {
        return Some(None);
    }
    // "recalled that on 17 December 2021 the ministry published draft agreements": a date
    // right after a verb's "that" opens the complement clause; it dates that clause's verb.
    let opener = first - usize::from(has_preposition);
    if opener >= 2 && tokens[opener - 1].lower == "that" && matches!(classes[opener - 2], Class::Verb { .. })
    {
        if let Some(v) = first_verb_right(classes, last, window_end(classes, last, false)) {
            return Some(hit(v, "fronted", 0.7));
        }
    }
    let mut verb = nearest_verb_left(tokens, classes, left_window, first);
    let mut noun = noun_chain_left(tokens, classes, if has_preposition { first - 1 } else { first });
    let mut rule = "verb-left";
    // "summoned the head of the EU delegation, Markus Ederer, on Tuesday": nothing in the
    // date's phrase, an apposition before it; the phrase before the apposition.
    if verb.is_none()
        && noun.is_none()
        && left_window > 0
        && left_window == first.saturating_sub(usize::from(has_preposition))
    {
        if let Some(open) = apposition_before(tokens, classes, left_window - 1) {
            let start = window_start(tokens, classes, open, false);
            verb = nearest_verb_left(tokens, classes, start, open);
            noun = noun_chain_left(tokens, classes, open);
            rule = "apposition";
        }
    }
    let verb = verb.map(|v| intended_by(tokens, classes, v, first, last));
    let took_place = verb.and_then(|v| took_place_subject(tokens, classes, v));
    match (verb, noun) {
        // "held a meeting … on Tuesday", "fought a war in August": the occurrence noun
        // between the verb and the date carries it.
        (Some(v), Some(n)) if n > v => {
            let light = is_light(tokens, v);
            return Some(Some(Attachment {
                trigger: n,
                rule: if light {
                    "light-verb"
                } else if rule == "apposition" {
                    rule
                } else {
                    "noun-left"
                },
                confidence: if light { 0.85 } else { 0.75 },
                light_verb: light.then_some(v),
            }));
        }
        // "will hold their first formal meeting since the war … on Friday".
        (Some(v), _) if is_light(tokens, v) && light_object(tokens, classes, v, first).is_some() => {
            let n = light_object(tokens, classes, v, first).unwrap_or(v);
            return Some(Some(Attachment {
                trigger: n,
                rule: "light-verb",
                confidence: 0.8,
                light_verb: Some(v),
            }));
        }
        // "said its business was weak during the quarter": an auxiliary or copula between
        // the verb and the date opens a clause of its own, whose predicate (an adjective,
        // a verb the tables lack) the date belongs to.
        (Some(v), _) if (v + 1..first).any(|i| classes[i] == Class::Auxiliary) => return Some(None),
        // "a recapitalization that took place in 1988": the event is the subject.
        (Some(v), _) if took_place.is_some() => return Some(hit(took_place.unwrap_or(v), "verb-left", 0.8)),
        (Some(v), _) => {
            let finite = matches!(classes[v], Class::Verb { finite: true });
            return Some(hit(v, rule, if finite { 0.8 } else { 0.6 }));
        }
        (None, Some(n)) => {
            // "The talks in Brussels were the second round of meetings this week": the
            // predicate of a copula names its subject again; the subject's event carries it
            let n = copula_subject_event(tokens, classes, left_window, n).unwrap_or(n);
            return Some(hit(
                n,
                if rule == "apposition" { rule } else { "noun-left" },
                0.75,
            ));
        }
        _ => {}
    }
    None
}

/// Nothing to the left in the date's phrase: the verb that follows it, or, after a
/// fronted adjunct's comma, the main verb.
fn right_of_date(tokens: &[Token], classes: &[Class], first: usize, last: usize) -> Option<Attachment> {
    let left_window = window_start(tokens, classes, first, false);
    // Nothing to the left in this phrase: the verb that follows ("Friday formally joined").
    let right_end = window_end(classes, last, false);
    if let Some(v) = first_verb_right(classes, last, right_end) {
        return hit(v, "verb-right", 0.7);
    }
    // A fronted adjunct ("In January, Meissner ruled"): the main verb after the comma.
    if window_start(tokens, classes, first, true) == left_window
        && left_window_is_sentence_start(classes, left_window)
    {
        let far_end = past_appositions(tokens, classes, right_end + 1, window_end(classes, last, true));
        if let Some(mut v) = first_verb_right(classes, right_end, far_end) {
            // "In January, British police officers who had been searching for Howes
            // concluded …": past the subject's relative clause to the main verb.
            if (right_end..v).any(|i| is(&["who", "which"], &tokens[i].lower)) {
                if let Some(main) = first_verb_right(classes, v + 1, far_end) {
                    v = main;
                }
            }
            return hit(v, "fronted", 0.7);
        }
    }
    // A verb beyond a comma is too often another clause's (precision 0.38 on TimeBank):
    // leave the date unattached.
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentence::tokenize;

    /// Sentence, the temporal phrase, the expected trigger and rule.
    const CASES: &[(&str, &str, &str, &str)] = &[
        ("Dmitry Rogozin met with Anders Fogh Rasmussen ahead of Friday's meeting of the council.", "Friday", "meeting", "possessive"),
        ("The Russian envoy to NATO held a constructive meeting with the alliance's secretary general on Tuesday.", "Tuesday", "meeting", "light-verb"),
        ("President Dmitry Medvedev proposed drawing up a new European security pact in June 2008.", "June 2008", "proposed", "verb-left"),
        ("The meeting is the first since the August 2008 armed conflict between Russia and Georgia.", "August 2008", "conflict", "premodifier"),
        ("Russia and Georgia fought a five-day war in August over South Ossetia.", "August", "war", "noun-left"),
        ("Yeltsin signed an economic cooperation plan Friday.", "Friday", "signed", "verb-left"),
        ("Top Israeli officials sent strong new signals Sunday that Israel wants to withdraw.", "Sunday", "sent", "verb-left"),
        ("Iran had condemned Iraq's invasion of Kuwait on Aug. 2 but also criticized the force.", "Aug. 2", "invasion", "noun-left"),
        ("Police found the man's dismembered and decapitated body Friday.", "Friday", "found", "verb-left"),
        ("Gremitskikh said at a regular news briefing today.", "today", "briefing", "noun-left"),
        ("During an informal ministerial meeting in Greece in June, Russia and NATO agreed to renew cooperation.", "June", "meeting", "noun-left"),
        ("Russia published a draft of the treaty on Sunday, sending copies to heads of state.", "Sunday", "published", "verb-left"),
        ("The State Department on Sunday issued an updated caution.", "Sunday", "issued", "verb-next"),
        ("Poland, Hungary and the Czech Republic Friday formally joined NATO.", "Friday", "joined", "verb-next"),
        ("Even after a federal appeals court Thursday refused to order a hearing.", "Thursday", "refused", "verb-next"),
        ("The agency received reports of hate group crimes last year.", "last year", "crimes", "noun-left"),
        ("Police said the IRA was behind two killings in Belfast last week.", "last week", "killings", "noun-left"),
        ("The minister sought to soften the words, saying on Friday that Russia feels.", "Friday", "saying", "verb-left"),
        ("The demand for workers led employers to raise wages again last month.", "last month", "raise", "verb-left"),
        ("In January, Commissioner Doris Meissner ruled that Elian should go back.", "January", "ruled", "fronted"),
        ("Additional details of the slaying emerged on Sunday.", "Sunday", "emerged", "verb-left"),
        ("Albright announced on Monday a reward of up to 2 million dollars.", "Monday", "announced", "verb-left"),
        ("Rogozin said earlier that the delegation had blocked the adoption.", "earlier", "said", "verb-left"),
        ("Cineplex shareholders responded coolly to yesterday's announcement.", "yesterday", "announcement", "possessive"),
        ("A nurse was injured in the 1998 abortion clinic bombing in Birmingham.", "1998", "bombing", "premodifier"),
        ("The number of visitors jumped from fewer than 100,000 in 1980 to more than 300,000.", "1980", "jumped", "verb-left"),
        ("Slepian was shot to death at 10 p.m. at his home.", "10 p.m.", "shot", "verb-left"),
        ("He said the agreement would dilute earnings by 9% in 1990.", "1990", "dilute", "verb-left"),
        ("McCaw has forced LIN's hand by bidding $1.9 billion for the stake earlier this month.", "earlier this month", "bidding", "verb-left"),
        ("The bombings on Aug. 7 killed 259 people.", "Aug. 7", "bombings", "noun-left"),
        ("The city needed protection in 1979 when the Soviet Union invaded Afghanistan.", "1979", "invaded", "when-clause"),
        ("Ministers will hold their first formal meeting since the war in Georgia on Friday.", "Friday", "meeting", "light-verb"),
        ("NATO expelled the eight members of Russia's mission on Oct. 6.", "Oct. 6", "expelled", "verb-left"),
        ("Last week Control Data reported earnings of $9 million.", "Last week", "reported", "verb-right"),
        ("Aetna's third-quarter net income fell 22% to $182.6 million.", "third-quarter", "fell", "subject-verb"),
        ("Police found 1,300 pounds of fertilizer-based explosives Sunday in a shed.", "Sunday", "found", "verb-left"),
        ("The rate declined to 3.8 percent last month from 4.1 percent.", "last month", "declined", "verb-left"),
        ("In composite trading yesterday, Intelogic shares rose 37.5 cents.", "yesterday", "rose", "fronted"),
        ("Canadian authorities issued a nationwide arrest warrant Monday.", "Monday", "issued", "verb-left"),
        ("It has given back to workers the earning power they lost in the last decade.", "the last decade", "lost", "verb-left"),
        ("The stock ended unchanged Friday at $29 a share.", "Friday", "ended", "verb-left"),
        ("This year's results included a gain of $70.2 million.", "This year", "results", "possessive"),
        // An apposition between the phrase and the date ("…, Markus Ederer, on Tuesday").
        ("The Foreign Ministry summoned the head of the EU delegation, Markus Ederer, on Tuesday.", "Tuesday", "summoned", "apposition"),
        ("Kenyan police questioned the embassy's driver, Ali Hassan, in March 1999.", "March 1999", "questioned", "apposition"),
        ("Lavrov will receive his Turkish counterpart, Mevlut Cavusoglu, next Thursday.", "next Thursday", "receive", "apposition"),
        ("Albright invited the ministers to a ceremony in Independence, Missouri, on March 12.", "March 12", "ceremony", "apposition"),
        // A fronted date, the subject with an apposition or a place between commas.
        ("On Sept. 2, police in the Comoros archipelago, off the Tanzanian coast, raided two homes.", "Sept. 2", "raided", "fronted"),
        ("On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference.", "Aug. 7", "ended", "fronted"),
        ("In May 2015, the envoy, Alexander Grushko, left Brussels.", "May 2015", "left", "fronted"),
        // A capitalized auxiliary inside a name ("Pan Am") is no clause break.
        ("Two Libyans suspected of blowing up a Pan Am jumbo jet over Lockerbie in December 1988 were charged.", "December 1988", "blowing", "verb-left"),
        // A state's abbreviation before a comma ("Mo.,", "Tex.,") ends no clause.
        ("Albright invited the ministers to a ceremony in Independence, Mo., on March 12.", "March 12", "ceremony", "apposition"),
        ("The governor spoke at a rally in Austin, Tex., on Friday.", "Friday", "rally", "apposition"),
        // Commas that only separate names: a list, a place and its country.
        ("Police arrested Ahmed, Khalid and Omar Sheikh on Tuesday.", "Tuesday", "arrested", "verb-left"),
        ("A bomb ripped through a building in Nairobi, Kenya Friday morning.", "Friday morning", "ripped", "verb-left"),
        ("The envoy visited Riga, Vilnius and Tallinn in June 2019.", "June 2019", "visited", "verb-left"),
        ("NATO has decided to admit Poland, Hungary and the Czech Republic in early March.", "early March", "decided", "verb-left"),
        // A verb of intending before a long object.
        ("The alliance invited the three central and eastern European countries to join the bloc in July 1997.", "July 1997", "invited", "verb-left"),
        ("The committee invited the ambassadors of all five Nordic states to testify in May 2016.", "May 2016", "invited", "verb-left"),
        // A date right after a verb's "that" fronts the complement clause.
        ("The Secretary General recalled that on 17 December 2021 the Russian Foreign Ministry published draft agreements.", "17 December 2021", "published", "fronted"),
        ("Lavrov said that last week the two sides exchanged letters.", "last week", "exchanged", "fronted"),
        ("Officials confirmed that in March the company closed its office.", "March", "closed", "fronted"),
        // A copula's predicate names its subject's event again.
        ("The talks in Brussels were the second round of meetings this week.", "this week", "talks", "noun-left"),
        ("The summit in Vilnius was the first of two meetings this year.", "this year", "summit", "noun-left"),
        ("A new report says there has been a dramatic rise in the growth of militias over the past year.", "the past year", "rise", "noun-left"),
        // A base form right after a past-tense verb is no verb ("presented draft").
        ("Russia presented draft security treaties in December.", "December", "presented", "verb-left"),
        ("The parliament approved draft amendments on Tuesday.", "Tuesday", "approved", "verb-left"),
        ("Kyiv helped draft the declaration in May.", "May", "draft", "verb-left"),
        // An event noun, its date between commas, its verb.
        ("The embassy bombings, on Aug. 7, killed 247 people in Kenya.", "Aug. 7", "bombings", "noun-commas"),
        ("The talks, on Thursday, ended without a deal.", "Thursday", "talks", "noun-commas"),
    ];

    /// Sentence and a temporal phrase no trigger should get.
    const NO_TRIGGER: &[(&str, &str)] = &[
        // A possessive date determines its noun, here not an event noun.
        (
            "Fund managers said Friday's focus was a natural result.",
            "Friday",
        ),
        (
            "Mr. Fournier said the bank's 1989 unconsolidated, or parent-company, profit is likely to rise.",
            "1989",
        ),
        // The date belongs to the copula clause, not to the speech verb.
        (
            "Unisys said its European business was weak on Tuesday.",
            "Tuesday",
        ),
        // A year after "of" in a listed name belongs to the name.
        (
            "Regulators outlined criteria under the Financial Institutions Reform, Recovery and Enforcement Act of 1989.",
            "1989",
        ),
        // A letter's date is not an event's.
        (
            "Gonzalez said in the letter, dated Monday, that he objects.",
            "Monday",
        ),
    ];

    #[test]
    fn names_and_abbreviations_are_not_clause_words() {
        // (sentence, token, whether it is an auxiliary)
        let cases = [
            ("a Pan Am jumbo jet exploded", "Am", false),
            ("Russia Will Attend Summit", "Will", true),
            ("I am sure", "am", true),
        ];
        for (sentence, word, auxiliary) in cases {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let i = tokens.iter().position(|t| t.text == word).unwrap();
            assert_eq!(classes[i] == Class::Auxiliary, auxiliary, "{sentence}");
        }
        // "Independence, Mo., on March 12": the dot before a comma ends no clause
        let tokens = tokenize("a ceremony in Independence, Mo., on March 12");
        let classes = classify(&tokens);
        let dot = tokens.iter().position(|t| t.text == ".").unwrap();
        assert_eq!(classes[dot], Class::Other);
    }

    #[test]
    fn adverbs_after_modals_are_not_verbs() {
        let tokens = tokenize("Qantas will almost double its flights");
        let classes = classify(&tokens);
        assert_eq!(classes[2], Class::Other, "almost");
    }

    #[test]
    fn negated_participles_are_adjectives() {
        let tokens = tokenize("They sought markets untouched by the crisis and shares unchanged");
        let classes = classify(&tokens);
        assert_eq!(classes[3], Class::Other, "untouched");
        assert_eq!(classes[9], Class::Other, "unchanged");
    }

    #[test]
    fn dates_left_unattached() {
        for &(sentence, phrase) in NO_TRIGGER {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let start = sentence[..sentence.find(phrase).expect(phrase)].chars().count();
            let end = start + phrase.chars().count();
            let first = tokens.iter().position(|t| t.start >= start).unwrap();
            let last = tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len());
            let got = attach(&tokens, &classes, first, last).map(|a| tokens[a.trigger].text);
            assert_eq!(got, None, "{sentence} / {phrase}");
        }
    }

    #[test]
    fn comparison_dates_date_the_compared_result_only() {
        // The reference date dates the loss compared, never the clause's verb.
        let sentence = "It posted earnings of $24 million, compared with a loss of $3 million last year.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "last").unwrap();
        let got = attach(&tokens, &classes, first, first + 2).map(|a| (tokens[a.trigger].text, a.rule));
        assert_eq!(got, Some(("loss", "comparison")));
        // With no result named, nothing.
        let sentence = "Interest expense was lower than a year ago.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "a").unwrap();
        assert_eq!(attach(&tokens, &classes, first, first + 3), None);
    }

    #[test]
    fn reporting_periods_are_not_events() {
        let sentence = "It had a loss of $92.2 million for the quarter ended Sept. 30.";
        let tokens = tokenize(sentence);
        let classes = classify(&tokens);
        let first = tokens.iter().position(|t| t.text == "Sept.").unwrap();
        assert_eq!(attach(&tokens, &classes, first, first + 2), None);
    }

    #[test]
    fn took_place_hands_the_date_to_its_subject() {
        // (sentence, the date, the subject that took place)
        let cases = [
            ("A prisoner exchange took place on Monday.", "Monday", "exchange"),
            ("The handover took place in May 2019.", "May 2019", "handover"),
            (
                "A ceremony took place at the embassy on Friday.",
                "Friday",
                "ceremony",
            ),
            // a subject inside a prepositional phrase is not guessed: the verb stays
            (
                "A handover of the documents took place on Friday.",
                "Friday",
                "took",
            ),
        ];
        for (sentence, phrase, want) in cases {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let start = sentence[..sentence.find(phrase).unwrap()].chars().count();
            let first = tokens.iter().position(|t| t.start >= start).unwrap();
            let last = first + tokenize(phrase).len();
            let a = attach(&tokens, &classes, first, last).expect(sentence);
            let a = handed_on(&tokens, &classes, a);
            assert_eq!(tokens[a.trigger].text, want, "{sentence}");
        }
    }

    #[test]
    fn planned_infinitives() {
        // (sentence, the verb of intending, the infinitive it governs)
        let cases = [
            (
                "NATO has decided to admit Poland in early March.",
                "decided",
                Some("admit"),
            ),
            (
                "Albright invited the three ministers to visit Washington next month.",
                "invited",
                Some("visit"),
            ),
            (
                "The Duma voted to ratify the treaty in April.",
                "voted",
                Some("ratify"),
            ),
            (
                "Albright invited the ministers to a ceremony on March 12.",
                "invited",
                None,
            ),
            ("Russia signed the treaty to cut warheads.", "signed", None),
            (
                "The council will decide to extend the mission next week.",
                "decide",
                None,
            ),
        ];
        for (sentence, verb, want) in cases {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let v = tokens.iter().position(|t| t.text == verb).unwrap();
            let got = planned_infinitive(&tokens, &classes, v).map(|i| tokens[i].text);
            assert_eq!(got, want, "{sentence}");
        }
    }

    #[test]
    fn table() {
        for &(sentence, phrase, want_trigger, want_rule) in CASES {
            let tokens = tokenize(sentence);
            let classes = classify(&tokens);
            let start = sentence
                .find(phrase)
                .map(|b| sentence[..b].chars().count())
                .expect(phrase);
            let end = start + phrase.chars().count();
            let first = tokens.iter().position(|t| t.start >= start).unwrap();
            let last = tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len());
            let got = attach(&tokens, &classes, first, last);
            let got = got.map(|a| (tokens[a.trigger].text, a.rule));
            assert_eq!(got, Some((want_trigger, want_rule)), "{sentence} / {phrase}");
        }
    }
}
