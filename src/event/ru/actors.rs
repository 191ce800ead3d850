//! Who a Russian sentence names and where: actors from `lang/ru/data/actors.tsv` keyed to
//! the English gazetteer (an office named without a name is its holder on the event's
//! day), each person's country or organisation from the role held, and the place after
//! "в"/"во" from `lang/ru/data/places.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::event::actors::{gazetteer, Entry, Kind as ActorKind};
use crate::lang::ru::eventwords::{has_stem, ACTORS, PLACES};
use crate::lang::ru::token::{tokenize, Kind, Tok};

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Actor {
    pub(super) label: String,
    /// The surname or name to use in a gloss.
    pub(super) short: String,
    /// A person (the subject a gloss prefers: "Lavrov said", not "Russia said").
    pub(super) person: bool,
}

/// The actors a sentence names, in text order, each once.
pub(super) fn actors_in(
    toks: &[Tok],
    sentence: std::ops::Range<usize>,
    dct: Option<NaiveDate>,
) -> Vec<Actor> {
    let words: Vec<usize> = sentence.filter(|&i| toks[i].kind == Kind::Word).collect();
    let mut out: Vec<Actor> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let mut step = 1;
        for alias in ACTORS.iter() {
            let n = alias.stems.len();
            if k + n > words.len() {
                continue;
            }
            let fits = alias
                .stems
                .iter()
                .enumerate()
                .all(|(j, stem)| has_stem(&toks[words[k + j]].low, stem));
            // a one-word alias must be a name in the text: capitalised or an abbreviation
            let named = n > 1 || toks[words[k]].upper || alias.target == "nato";
            if !fits || !named {
                continue;
            }
            // "заместитель министра", "бывший генсек": not the office's holder
            let deputy = k > 0
                && NOT_THE_HOLDER
                    .iter()
                    .any(|w| toks[words[k - 1]].low.starts_with(w));
            if deputy && alias.target.starts_with("role:") {
                step = n;
                break;
            }
            // "в России", "на Украине": a country in the locative is where, not who (as
            // English leaves out "in Russia"); "в Россию" (whither) and "Россия" stay
            let locative = n == 1
                && k > 0
                && matches!(toks[words[k - 1]].low.as_str(), "в" | "во" | "на")
                && toks[words[k]].low.ends_with(['е', 'и'])
                && gazetteer()
                    .get(alias.target)
                    .is_some_and(|e| e.kind == ActorKind::Country);
            if !locative {
                if let Some(actor) = resolve(alias.target, dct) {
                    if !out.contains(&actor) {
                        out.push(actor);
                    }
                }
            }
            step = n;
            break;
        }
        k += step;
    }
    out
}

/// The actors and, after them, each person's country or organisation, from the role held
/// ("Vladimir Putin (President of Russia)": Russia), as the English reader adds them.
pub(super) fn with_affiliations(mut out: Vec<Actor>) -> Vec<Actor> {
    let affiliations: Vec<Actor> = out
        .iter()
        .filter(|a| a.person)
        .filter_map(|a| {
            a.label
                .split_once(" (")
                .and_then(|(_, role)| affiliation(role.trim_end_matches(')')))
        })
        .collect();
    for actor in affiliations {
        if !out.iter().any(|a| a.label == actor.label) {
            out.push(actor);
        }
    }
    out
}

/// The first country or organisation a role names ("President of Russia": Russia,
/// "NATO Secretary General": NATO), by the English gazetteer.
fn affiliation(role: &str) -> Option<Actor> {
    let tokens = crate::text::sentence::tokenize(role);
    crate::event::actors::ArticleActors::default()
        .find(&tokens)
        .into_iter()
        .find(|m| m.kind != ActorKind::Person)
        .map(|m| Actor {
            short: m.canonical.clone(),
            label: m.canonical,
            person: false,
        })
}

/// The canonical names of the actors `text` names by name (offices named without a name
/// are left out: they need a date), in text order, each once: the Russian side of
/// [`crate::dct::companions::lead_actors`].
pub fn named_actors(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    actors_in(&toks, 0..toks.len(), None)
        .into_iter()
        .map(|a| a.label.split(" (").next().unwrap_or(&a.label).to_string())
        .fold(Vec::new(), |mut out, name| {
            if !out.contains(&name) {
                out.push(name);
            }
            out
        })
}

/// Words before an office that make its bearer someone else than the holder.
const NOT_THE_HOLDER: &[&str] = &["заместител", "зам", "бывш", "экс", "первого", "первый"];

/// The actor an alias target names at `dct`.
pub(super) fn resolve(target: &str, dct: Option<NaiveDate>) -> Option<Actor> {
    if let Some(role) = target.strip_prefix("role:") {
        let (canonical, _) = holder(role, dct?)?;
        return Some(Actor {
            label: format!("{canonical} ({role})"),
            short: surname(canonical),
            person: true,
        });
    }
    let entry = gazetteer().get(target)?;
    Some(actor_of(entry, dct))
}

fn actor_of(entry: &Entry, dct: Option<NaiveDate>) -> Actor {
    let canonical = entry.canonical.to_string();
    match (entry.kind, entry.role_on(dct)) {
        (ActorKind::Person, Some(role)) => Actor {
            label: format!("{canonical} ({role})"),
            short: surname(&canonical),
            person: true,
        },
        (ActorKind::Person, None) => Actor {
            short: surname(&canonical),
            label: canonical,
            person: true,
        },
        _ => Actor {
            short: canonical.clone(),
            label: canonical,
            person: false,
        },
    }
}

fn surname(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_string()
}

/// The person who held `role` on `date`, from the gazetteer's dated roles.
fn holder(role: &str, date: NaiveDate) -> Option<(&'static str, &'static Entry)> {
    static BY_ROLE: LazyLock<HashMap<String, Vec<(&'static str, &'static Entry)>>> = LazyLock::new(|| {
        let mut map: HashMap<String, Vec<(&'static str, &'static Entry)>> = HashMap::new();
        for (surface, entry) in gazetteer().iter() {
            if entry.kind != ActorKind::Person {
                continue;
            }
            for (role, _, _) in &entry.roles {
                map.entry(role.to_string()).or_default().push((surface, entry));
            }
        }
        // deterministic order whatever the hash map's
        for v in map.values_mut() {
            v.sort_by(|a, b| a.0.cmp(b.0));
        }
        map
    });
    BY_ROLE
        .get(role)?
        .iter()
        .find(|(_, e)| e.role_on(Some(date)) == Some(role))
        .map(|(_, e)| (e.canonical.as_ref(), *e))
}

/// "в Брюсселе": the first place of the table in the sentence after "в"/"во".
pub(super) fn location_in(toks: &[Tok], sentence: std::ops::Range<usize>) -> Option<String> {
    sentence
        .clone()
        .skip(1)
        .find(|&i| {
            matches!(toks[i - 1].low.as_str(), "в" | "во") && PLACES.contains_key(toks[i].low.as_str())
        })
        .map(|i| PLACES[toks[i].low.as_str()].to_string())
}
