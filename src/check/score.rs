//! Scoring verdicts against gold verdicts (`chronicle eval --claims GOLD`): accuracy,
//! and false `supported` counted apart — telling a fact-checker that a wrong claim is
//! supported is the worst error a checker makes.

use std::fmt::Write as _;

use super::{Claim, Kind, Verdict};

/// The scores of a claims set.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Scores {
    /// Claims with a gold verdict.
    pub claims: usize,
    pub correct: usize,
    pub accuracy: f64,
    /// Claims chronicle called `supported` whose gold verdict is anything else.
    pub false_supported: usize,
    pub false_supported_rate: f64,
    /// (gold, got, count), every pair that occurs.
    pub confusion: Vec<(String, String, usize)>,
    /// (id, claim, gold, got, note) of every miss.
    pub errors: Vec<(String, String, String, String, String)>,
    /// Gold verdicts that name no verdict, with the claim's line.
    pub unreadable_gold: Vec<(usize, String)>,
}

/// Compares each verdict with its claim's gold verdict (claims without one are skipped).
pub fn score(claims: &[Claim], verdicts: &[Verdict]) -> Scores {
    let mut s = Scores::default();
    let mut confusion = std::collections::BTreeMap::<(Kind, Kind), usize>::new();
    for (claim, v) in claims.iter().zip(verdicts) {
        let Some(gold_name) = &claim.gold else { continue };
        let Some(gold) = Kind::parse(gold_name) else {
            s.unreadable_gold.push((claim.line, gold_name.clone()));
            continue;
        };
        s.claims += 1;
        *confusion.entry((gold, v.verdict)).or_default() += 1;
        if gold == v.verdict {
            s.correct += 1;
        } else {
            if v.verdict == Kind::Supported {
                s.false_supported += 1;
            }
            s.errors.push((
                claim.id.clone(),
                claim.text.clone(),
                gold.as_str().into(),
                v.verdict.as_str().into(),
                v.note.clone(),
            ));
        }
    }
    let rate = |n: usize| {
        if s.claims == 0 {
            0.0
        } else {
            100.0 * n as f64 / s.claims as f64
        }
    };
    s.accuracy = rate(s.correct);
    s.false_supported_rate = rate(s.false_supported);
    s.confusion = confusion
        .into_iter()
        .map(|((g, v), n)| (g.as_str().into(), v.as_str().into(), n))
        .collect();
    s
}

/// A readable report; `errors` lists every miss.
pub fn render(s: &Scores, errors: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "claims with a gold verdict: {}", s.claims);
    let _ = writeln!(
        out,
        "verdict accuracy: {:.1}% ({}/{})",
        s.accuracy, s.correct, s.claims
    );
    let _ = writeln!(
        out,
        "false supported: {:.1}% ({}/{})",
        s.false_supported_rate, s.false_supported, s.claims
    );
    let _ = writeln!(out, "\ngold → chronicle:");
    for (gold, got, n) in &s.confusion {
        let _ = writeln!(out, "  {gold:<14} → {got:<14} {n}");
    }
    for (line, name) in &s.unreadable_gold {
        let _ = writeln!(out, "line {line}: `{name}` is not a verdict (supported, contradicted, undetermined, not_found, not_checkable)");
    }
    if errors && !s.errors.is_empty() {
        let _ = writeln!(out, "\nmisses:");
        for (id, claim, gold, got, note) in &s.errors {
            let _ = writeln!(out, "  {id}: {claim}\n      gold {gold}, chronicle {got}: {note}");
        }
    }
    out
}
