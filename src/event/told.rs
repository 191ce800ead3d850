//! How an event is told when its own words do not make a row: a statement by what was
//! said ("Grushko: Russia would not restore its mission"), an occasion by what happened
//! at it ("… were handed over during a meeting at the Foreign Ministry"), an event
//! anaphor ("the move") by the event the sentence before told.

use std::ops::Range;

use super::attach::Class;
use super::describe::{self, Headline};
use super::{coref, speech, EventContext};

impl EventContext<'_> {
    /// An event noun in a phrase of occasion after its clause's verb, told with that
    /// clause: its headline, the occasion's phrase (its actors are the occasion's own, as
    /// a bare noun's are, so that tellings in other languages still merge) and its clause.
    pub(super) fn at_occasion(
        &self,
        headline: &Headline,
        trigger: usize,
    ) -> Option<(String, Range<usize>, Range<usize>)> {
        let main = self.occasion_verb(trigger)?;
        let clause = describe::clause(self.tokens, self.classes, main);
        let phrase = describe::noun_phrase(self.tokens, self.classes, trigger);
        let main_text = headline.for_verb(main, &clause);
        let noun = &*self.tokens[trigger].lower;
        let text = if main_text.to_lowercase().split(' ').any(|w| w == noun) {
            main_text
        } else {
            format!(
                "{main_text} {} {}",
                self.tokens[phrase.start - 1].lower,
                headline.noun_text(trigger, true)
            )
        };
        Some((text, phrase, describe::clause(self.tokens, self.classes, trigger)))
    }

    /// A headline opening with an event anaphor ("The move takes effect") names the
    /// event of the sentence before: "Russia's move to suspend its permanent mission to
    /// NATO takes effect". `None` when there is none to name.
    pub(super) fn name_the_event(&self, subject: &Range<usize>, text: &str) -> Option<String> {
        let noun = coref::event_anaphor(self.tokens, subject)?;
        let lead = describe::join(&self.tokens[subject.clone()]);
        let rest = text
            .get(..lead.len())
            .filter(|l| l.eq_ignore_ascii_case(&lead))
            .and_then(|_| text.get(lead.len()..))
            .filter(|r| r.starts_with(' '))?;
        let (tokens, classes) = self.before?;
        let mentions = self.earlier.last()?;
        let before = Headline {
            tokens,
            classes,
            mentions,
            skip: 0..0,
        };
        let named = before.as_event_noun(noun)?;
        Some(format!("{}{rest}", describe::capitalize(&named)))
    }

    /// "Grushko: Russia would not restore its mission to NATO": the speaker of the
    /// reporting verb at `verb` (its subject, or the words after an inverted "said")
    /// and the main clause of what it reports.
    pub(super) fn reported(
        &self,
        headline: &Headline,
        verb: usize,
        clause: &Range<usize>,
        skip: &Range<usize>,
    ) -> Option<String> {
        let inverted =
            verb > 0 && (self.classes[verb - 1] == Class::SoftStop || self.tokens[verb - 1].text == "''");
        let subject = headline.subject_of(verb, clause).or_else(|| {
            if !inverted {
                return None;
            }
            let end = (verb + 1..self.tokens.len())
                .find(|&i| matches!(self.classes[i], Class::SoftStop | Class::HardStop))
                .unwrap_or(self.tokens.len());
            (end > verb + 1 && end - verb <= 9).then_some(verb + 1..end)
        })?;
        // "If the arrest announced today stemmed …": a participle, not a statement
        let opener = &self.tokens[subject.start].lower;
        if matches!(self.classes[subject.start], Class::ClauseOpener)
            || matches!(opener.as_ref(), "if" | "whether" | "when")
        {
            return None;
        }
        let what = speech::content(self.tokens, self.classes, verb, Some(&subject), skip)?;
        let speaker = headline.render_range(subject);
        // "Finland and Sweden, which allies said would join": the relative word is the
        // subject of what was said
        let modal_first = what.start > verb
            && self.classes[what.start] == Class::Auxiliary
            && (verb + 1..what.start).all(|i| skip.contains(&i));
        let said = match headline.relative_antecedent(clause).filter(|_| modal_first) {
            Some(np) => format!("{} {}", headline.render_range(np), headline.render_range(what)),
            None => headline.render_range(what),
        };
        let text = if speech::only_reports(self.tokens, verb) {
            format!("{speaker}: {said}")
        } else {
            let verb_words = headline.render_range(verb..verb + 1);
            format!("{speaker} {verb_words} {said}")
        };
        (!speaker.is_empty() && !said.is_empty()).then(|| describe::capitalize(&text))
    }

    /// For an event noun in a phrase of occasion after its clause's verb ("were handed
    /// over … during a meeting at the Foreign Ministry"), that verb: finite, or after its
    /// auxiliary, with no comma between.
    pub(super) fn occasion_verb(&self, noun: usize) -> Option<usize> {
        let phrase = describe::noun_phrase(self.tokens, self.classes, noun);
        let prep = phrase.start.checked_sub(1)?;
        if self.tokens[prep].lower != "during" {
            return None;
        }
        let verb = (0..prep)
            .rev()
            .take_while(|&i| !matches!(self.classes[i], Class::SoftStop | Class::HardStop))
            .find(|&i| matches!(self.classes[i], Class::Verb { .. }))?;
        let finite = matches!(self.classes[verb], Class::Verb { finite: true })
            || (verb > 0 && self.classes[verb - 1] == Class::Auxiliary);
        let speech = describe::is_speech_verb(&self.tokens[verb].lower);
        (finite && !speech).then_some(verb)
    }
}
