//! Scoring chronicle's events on annotated stories (`tests/fixtures/events-dev/`).
//!
//! Each JSONL record is a story (`id`, `dct`, `text`) with its `gold_events`: the date
//! (TIMEX3 value), trigger, polarity, modality, actors and source of every dated event
//! a timeline should show. chronicle reads the story with its document date given, and:
//!
//! * **events**: a system event is right when an unmatched gold event has its date and
//!   trigger (case-insensitive; a gold trigger may list alternatives, `a|b`); P/R/F1
//!   over events;
//! * **factuality**: on matched events, polarity and modality accuracy, and polarity
//!   accuracy on the gold negated events (an unmatched one counts as wrong);
//! * **actors**: on matched events, actor P/R/F1 (a role in brackets is dropped; a person
//!   matches by surname);
//! * **by rule**: each attachment rule's precision, the table event confidences come
//!   from (`src/event/data/rule-confidence.tsv`);
//! * **rows**: fragment rate, headline completeness and rows with no actor
//!   ([`super::rows`]).

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::dct::DctOptions;
use crate::input::article::Article;
use crate::run::pipeline::{analyze, Options};

/// One gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    pub date: String,
    pub trigger: String,
    #[serde(default)]
    pub polarity: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// Ways a headline may name the event's actor ("Russia", "Moscow"); when empty, its
    /// `actors` are asked for.
    #[serde(default)]
    pub who: Vec<String>,
    /// Ways a headline may name what was done ("suspended", "halted"); when empty, its
    /// trigger.
    #[serde(default)]
    pub did: Vec<String>,
}

impl GoldEvent {
    /// Whether a system trigger is the gold one's, or one of its alternatives
    /// (`"wrapped|meeting"`: annotators read either word as the event's).
    pub fn trigger_matches(&self, trigger: &str) -> bool {
        self.trigger.split('|').any(|t| t.eq_ignore_ascii_case(trigger))
    }
}

/// One annotated story.
#[derive(Debug, Clone, Deserialize)]
pub struct Story {
    pub id: String,
    pub dct: String,
    pub text: String,
    pub gold_events: Vec<GoldEvent>,
    /// Which part of the set the story is in (`written` here, `real` newswire, `page`
    /// with page chrome), reported apart.
    #[serde(default)]
    pub set: Option<String>,
}

/// Whether a JSONL file holds annotated stories (its first record has `gold_events`).
pub fn is_story_file(path: &Path) -> bool {
    let Ok(f) = std::fs::File::open(path) else {
        return false;
    };
    let mut first = String::new();
    let _ = io::BufReader::new(f).read_line(&mut first);
    first.contains("\"gold_events\"")
}

/// Counts of one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StoryScore {
    pub stories: usize,
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub polarity_right: usize,
    pub modality_right: usize,
    pub negated_gold: usize,
    pub negated_right: usize,
    pub actors_gold: usize,
    pub actors_system: usize,
    pub actors_right: usize,
    /// Dated rows whose headline is a fragment ([`super::rows::fragment`]).
    pub fragments: usize,
    /// Dated rows with no actor.
    pub no_actor: usize,
    /// Matched events whose headline names a gold actor and the gold predicate.
    pub complete: usize,
    /// Per rule: (right, fired).
    pub by_rule: BTreeMap<String, (usize, usize)>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl StoryScore {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn fragment_rate(&self) -> f64 {
        ratio(self.fragments, self.system)
    }
    pub fn completeness(&self) -> f64 {
        ratio(self.complete, self.matched)
    }
    pub fn no_actor_rate(&self) -> f64 {
        ratio(self.no_actor, self.system)
    }
    pub fn actor_f1(&self) -> f64 {
        f1(
            ratio(self.actors_right, self.actors_system),
            ratio(self.actors_right, self.actors_gold),
        )
    }
}

/// "Dmitry Rogozin (Russian envoy to NATO)" → "dmitry rogozin".
fn actor_key(a: &str) -> String {
    a.split(" (").next().unwrap_or(a).trim().to_lowercase()
}

/// Whether a system actor names the gold one: the same name, or a person's surname.
fn same_actor(gold: &str, system: &str) -> bool {
    let (g, s) = (actor_key(gold), actor_key(system));
    if g == s {
        return true;
    }
    // "EU" and "The European Union" are one gazetteer entry's names
    let canonical = |x: &str| {
        crate::event::actors::gazetteer()
            .get(x)
            .map(|e| e.canonical.to_lowercase())
    };
    if let (Some(cg), Some(cs)) = (canonical(&g), canonical(&s)) {
        if cg == cs || cg == s || cs == g {
            return true;
        }
    }
    let last = |x: &str| x.rsplit(' ').next().unwrap_or("").to_string();
    g.contains(' ') && s.contains(' ') && last(&g) == last(&s)
}

/// Reads the stories of `path`.
pub fn load(path: &Path) -> io::Result<Vec<Story>> {
    let text = std::fs::read_to_string(path)?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(io::Error::other))
        .collect()
}

/// Scores every story; with `errors`, a line per miss, spurious event and wrong field.
pub fn evaluate(stories: &[Story], mut errors: Option<&mut Vec<String>>) -> StoryScore {
    let mut s = StoryScore {
        stories: stories.len(),
        ..Default::default()
    };
    for story in stories {
        let dct = chrono::NaiveDate::parse_from_str(&story.dct, "%Y-%m-%d").ok();
        let article = Article {
            id: story.id.clone(),
            text: story.text.clone(),
            ..Default::default()
        };
        let opts = Options {
            dct: DctOptions {
                flag: dct,
                ..Default::default()
            },
            undated: false,
        };
        let events = analyze(article, &opts).events;
        s.gold += story.gold_events.len();
        s.system += events.len();
        s.negated_gold += story
            .gold_events
            .iter()
            .filter(|g| g.polarity.as_deref() == Some("negative"))
            .count();
        let mut used = vec![false; story.gold_events.len()];
        for e in &events {
            let fragment = super::rows::fragment(&e.headline);
            s.fragments += fragment.is_some() as usize;
            s.no_actor += e.actors.is_empty() as usize;
            if let (Some(why), Some(errs)) = (fragment, errors.as_deref_mut()) {
                errs.push(format!(
                    "{}\tfragment\t{} {}\t{} ({why})",
                    story.id, e.date, e.trigger, e.headline
                ));
            }
            let hit = story
                .gold_events
                .iter()
                .enumerate()
                .position(|(gi, g)| !used[gi] && g.date == e.date && g.trigger_matches(&e.trigger));
            let rule = s.by_rule.entry(e.rule.clone()).or_default();
            rule.1 += 1;
            let Some(gi) = hit else {
                if let Some(errs) = errors.as_deref_mut() {
                    errs.push(format!(
                        "{}\tspurious\t{} {} ({})\t{}",
                        story.id, e.date, e.trigger, e.rule, e.headline
                    ));
                }
                continue;
            };
            rule.0 += 1;
            used[gi] = true;
            s.matched += 1;
            let g = &story.gold_events[gi];
            let who = if g.who.is_empty() { &g.actors } else { &g.who };
            let triggers: Vec<String>;
            let did = if g.did.is_empty() {
                triggers = g.trigger.split('|').map(str::to_string).collect();
                &triggers[..]
            } else {
                &g.did[..]
            };
            let complete = super::rows::complete(&e.headline, who, did);
            s.complete += complete as usize;
            if let (false, Some(errs)) = (complete, errors.as_deref_mut()) {
                errs.push(format!(
                    "{}\tincomplete\t{} {}\t{}\twho [{}] did [{}]",
                    story.id,
                    e.date,
                    e.trigger,
                    e.headline,
                    who.join("; "),
                    did.join("; ")
                ));
            }
            let polarity_ok = g.polarity.as_deref().is_none_or(|p| p == e.polarity.as_str());
            let modality_ok = g.modality.as_deref().is_none_or(|m| m == e.modality.as_str());
            s.polarity_right += polarity_ok as usize;
            s.modality_right += modality_ok as usize;
            if g.polarity.as_deref() == Some("negative") && polarity_ok {
                s.negated_right += 1;
            }
            let right = g
                .actors
                .iter()
                .filter(|ga| e.actors.iter().any(|sa| same_actor(ga, sa)))
                .count();
            s.actors_gold += g.actors.len();
            s.actors_system += e.actors.len();
            s.actors_right += right;
            if let Some(errs) = errors.as_deref_mut() {
                if !polarity_ok || !modality_ok {
                    errs.push(format!(
                        "{}\tfactuality\t{} {}\tgold {}/{} chronicle {}/{}",
                        story.id,
                        e.date,
                        e.trigger,
                        g.polarity.as_deref().unwrap_or("?"),
                        g.modality.as_deref().unwrap_or("?"),
                        e.polarity.as_str(),
                        e.modality.as_str()
                    ));
                }
                if right != g.actors.len() || right != e.actors.len() {
                    errs.push(format!(
                        "{}\tactors\t{} {}\tgold [{}] chronicle [{}]",
                        story.id,
                        e.date,
                        e.trigger,
                        g.actors.join("; "),
                        e.actors.join("; ")
                    ));
                }
            }
        }
        if let Some(errs) = errors.as_deref_mut() {
            for (g, _) in story.gold_events.iter().zip(&used).filter(|(_, u)| !**u) {
                errs.push(format!("{}\tmissed\t{} {}", story.id, g.date, g.trigger));
            }
        }
    }
    s
}

/// Writes the story scores of `path` to `w`: the whole set, then each part of it
/// (`set`) apart when there are several.
pub fn run(path: &Path, w: &mut dyn Write, errors: bool) -> io::Result<StoryScore> {
    let stories = load(path)?;
    let mut lines = Vec::new();
    let s = evaluate(&stories, errors.then_some(&mut lines));
    writeln!(
        w,
        "Events on {} annotated stories ({} gold events)",
        s.stories, s.gold
    )?;
    write_score(w, &s)?;
    let mut sets: BTreeMap<&str, Vec<Story>> = BTreeMap::new();
    for story in &stories {
        let set = story.set.as_deref().unwrap_or("written");
        sets.entry(set).or_default().push(story.clone());
    }
    if sets.len() > 1 {
        for (set, part) in &sets {
            let p = evaluate(part, None);
            writeln!(w, "-- {set}: {} stories ({} gold events)", p.stories, p.gold)?;
            write_summary(w, &p)?;
        }
    }
    for l in lines {
        writeln!(w, "{l}")?;
    }
    Ok(s)
}

/// Event F1 and the three row measures on one line each.
fn write_summary(w: &mut dyn Write, s: &StoryScore) -> io::Result<()> {
    writeln!(
        w,
        "events (date + trigger)  P {:.3}  R {:.3}  F1 {:.3}  ({} right of {} found)",
        s.precision(),
        s.recall(),
        s.f1(),
        s.matched,
        s.system
    )?;
    writeln!(
        w,
        "rows                     fragments {:.3} ({}/{})  complete headlines {:.3} ({}/{})  no actor {:.3} ({}/{})",
        s.fragment_rate(),
        s.fragments,
        s.system,
        s.completeness(),
        s.complete,
        s.matched,
        s.no_actor_rate(),
        s.no_actor,
        s.system
    )
}

fn write_score(w: &mut dyn Write, s: &StoryScore) -> io::Result<()> {
    write_summary(w, s)?;
    writeln!(
        w,
        "factuality (matched)     polarity {:.3}  modality {:.3}  negated events {:.3} ({}/{})",
        ratio(s.polarity_right, s.matched),
        ratio(s.modality_right, s.matched),
        ratio(s.negated_right, s.negated_gold),
        s.negated_right,
        s.negated_gold
    )?;
    writeln!(
        w,
        "actors (matched)         P {:.3}  R {:.3}  F1 {:.3}",
        ratio(s.actors_right, s.actors_system),
        ratio(s.actors_right, s.actors_gold),
        s.actor_f1()
    )?;
    let rules: Vec<String> = s
        .by_rule
        .iter()
        .map(|(r, (c, n))| format!("{r} {:.2} ({c}/{n})", ratio(*c, *n)))
        .collect();
    writeln!(w, "precision by rule: {}", rules.join(", "))
}
