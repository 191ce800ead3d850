//! TempEval-3 Task A scoring of temporal expressions.
//!
//! * strict match: system and gold extents are identical;
//! * relaxed match: the extents overlap (each tag matched at most once, greedily in
//!   text order);
//! * value and type F1: over relaxed matches, P = correct / system tags,
//!   R = correct / gold tags; value accuracy = correct / relaxed matches.

use std::fmt::Write as _;

use serde::Serialize;

use super::gold::{GoldDoc, GoldTimex};
use crate::timex::Timex;

/// Counts from which the measures are computed; they add up across documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub kind: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(correct: usize, system: usize, gold: usize) -> Prf {
        let p = if system == 0 {
            0.0
        } else {
            correct as f64 / system as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            correct as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf {
            precision: p,
            recall: r,
            f1,
        }
    }
}

impl Counts {
    pub fn strict(&self) -> Prf {
        Prf::new(self.strict, self.system, self.gold)
    }
    pub fn relaxed(&self) -> Prf {
        Prf::new(self.relaxed, self.system, self.gold)
    }
    pub fn value(&self) -> Prf {
        Prf::new(self.value, self.system, self.gold)
    }
    pub fn kind(&self) -> Prf {
        Prf::new(self.kind, self.system, self.gold)
    }
    /// Correct values among relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value as f64 / self.relaxed as f64
        }
    }
}

/// One disagreement between system and gold.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mistake {
    /// A gold timex with no overlapping system tag.
    Missed {
        start: usize,
        end: usize,
        text: String,
        value: String,
    },
    /// A system tag overlapping no gold timex.
    Spurious {
        start: usize,
        end: usize,
        text: String,
        value: String,
        rule: String,
    },
    /// Overlapping, but the extents differ.
    Extent { gold: String, system: String },
    /// Overlapping, but the values differ.
    Value {
        text: String,
        gold: String,
        system: String,
        rule: String,
    },
    /// Overlapping, but the types differ.
    Type {
        text: String,
        gold: String,
        system: String,
    },
}

/// The score of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    pub id: String,
    pub counts: Counts,
    pub mistakes: Vec<Mistake>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one document's system tags against its gold tags.
pub fn score_doc(id: &str, gold: &[GoldTimex], system: &[Timex]) -> DocScore {
    let mut counts = Counts {
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    let mut mistakes = Vec::new();
    let mut gold_used = vec![false; gold.len()];
    let mut order: Vec<usize> = (0..system.len()).collect();
    order.sort_by_key(|&i| (system[i].start, system[i].end));
    for i in order {
        let s = &system[i];
        let matched = gold
            .iter()
            .enumerate()
            .filter(|(j, g)| !gold_used[*j] && overlaps((s.start, s.end), (g.start, g.end)))
            .min_by_key(|(_, g)| (g.start as isize - s.start as isize).abs());
        let Some((j, g)) = matched else {
            mistakes.push(Mistake::Spurious {
                start: s.start,
                end: s.end,
                text: s.text.clone(),
                value: s.value.clone(),
                rule: s.rule.clone(),
            });
            continue;
        };
        gold_used[j] = true;
        counts.relaxed += 1;
        if (g.start, g.end) == (s.start, s.end) {
            counts.strict += 1;
        } else {
            mistakes.push(Mistake::Extent {
                gold: g.text.clone(),
                system: s.text.clone(),
            });
        }
        if g.value == s.value || without_offset(&s.value) == g.value {
            counts.value += 1;
        } else {
            mistakes.push(Mistake::Value {
                text: s.text.clone(),
                gold: g.value.clone(),
                system: s.value.clone(),
                rule: s.rule.clone(),
            });
        }
        if g.kind == s.kind.as_str() {
            counts.kind += 1;
        } else {
            mistakes.push(Mistake::Type {
                text: s.text.clone(),
                gold: g.kind.clone(),
                system: s.kind.as_str().to_string(),
            });
        }
    }
    for (j, g) in gold.iter().enumerate() {
        if !gold_used[j] {
            mistakes.push(Mistake::Missed {
                start: g.start,
                end: g.end,
                text: g.text.clone(),
                value: g.value.clone(),
            });
        }
    }
    DocScore {
        id: id.to_string(),
        counts,
        mistakes,
    }
}

/// The score of a whole gold set.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub total: Counts,
    pub documents: Vec<DocScore>,
}

/// Applies a corrections file to the gold (`eval --corrections FILE`): tab-separated
/// lines `doc-id, start, text, gold value, corrected value, corrected type or -, rule`
/// (`#` starts a comment line). Each row names the gold tag by document and character
/// offset and must find it with the text and value it states, so a row that no longer
/// fits the gold is an error, not a silent no-op. The last column is the TimeML
/// guideline rule the correction follows; the raw figure stays the headline, the
/// corrected one is reported beside it. Returns how many tags changed.
pub fn apply_corrections(docs: &mut [GoldDoc], tsv: &str) -> Result<usize, String> {
    let mut changed = 0;
    for (n, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, start, text, old, new, kind, rule] = cols[..] else {
            return Err(format!(
                "line {}: want 7 tab-separated columns, found {}",
                n + 1,
                cols.len()
            ));
        };
        if rule.trim().is_empty() {
            return Err(format!("line {}: name the guideline rule", n + 1));
        }
        let start: usize = start
            .parse()
            .map_err(|_| format!("line {}: bad offset {start:?}", n + 1))?;
        let tag = docs
            .iter_mut()
            .filter(|d| d.id == id)
            .flat_map(|d| d.timexes.iter_mut())
            .find(|t| t.start == start && t.text == text && t.value == old)
            .ok_or_else(|| format!("line {}: no gold tag {text:?}={old} at {start} in {id}", n + 1))?;
        tag.value = new.to_string();
        if kind != "-" {
            tag.kind = kind.to_string();
        }
        changed += 1;
    }
    Ok(changed)
}

/// Tags every gold document with chronicle (given the gold DCT) and scores it.
pub fn evaluate(docs: &[GoldDoc]) -> Report {
    let mut total = Counts::default();
    let documents: Vec<DocScore> = docs
        .iter()
        .map(|doc| {
            let system = crate::timex::extract(&doc.text, doc.dct_date());
            let score = score_doc(&doc.id, &doc.timexes, &system);
            total += score.counts;
            score
        })
        .collect();
    Report { total, documents }
}

/// A plain-text rendering: the summary, a per-document table, and optionally every error.
pub fn render(report: &Report, errors: bool) -> String {
    let mut out = String::new();
    let t = &report.total;
    let line = |name: &str, p: Prf| {
        format!(
            "{name:<16} {:>9.4} {:>9.4} {:>9.4}\n",
            p.precision, p.recall, p.f1
        )
    };
    let _ = writeln!(
        out,
        "TempEval-3 Task A: {} documents, {} gold, {} system timexes\n",
        report.documents.len(),
        t.gold,
        t.system
    );
    let _ = writeln!(out, "{:<16} {:>9} {:>9} {:>9}", "measure", "P", "R", "F1");
    out.push_str(&line("strict extent", t.strict()));
    out.push_str(&line("relaxed extent", t.relaxed()));
    out.push_str(&line("value", t.value()));
    out.push_str(&line("type", t.kind()));
    let _ = writeln!(
        out,
        "{:<16} {:>9.4}  (correct values among relaxed matches)\n",
        "value accuracy",
        t.value_accuracy()
    );
    let _ = writeln!(
        out,
        "{:<32} {:>5} {:>5} {:>8} {:>8} {:>8}",
        "document", "gold", "sys", "strict", "relaxed", "value"
    );
    for d in &report.documents {
        let c = &d.counts;
        let _ = writeln!(
            out,
            "{:<32} {:>5} {:>5} {:>8.3} {:>8.3} {:>8.3}",
            d.id,
            c.gold,
            c.system,
            c.strict().f1,
            c.relaxed().f1,
            c.value().f1
        );
    }
    if errors {
        let _ = writeln!(out, "\nErrors:");
        for d in &report.documents {
            for m in &d.mistakes {
                let desc = match m {
                    Mistake::Missed {
                        start, text, value, ..
                    } => format!("missed    {start:>6} {text:?} gold={value}"),
                    Mistake::Spurious {
                        start,
                        text,
                        value,
                        rule,
                        ..
                    } => {
                        format!("spurious  {start:>6} {text:?} value={value} rule={rule}")
                    }
                    Mistake::Extent { gold, system } => format!("extent    gold={gold:?} system={system:?}"),
                    Mistake::Value {
                        text,
                        gold,
                        system,
                        rule,
                    } => {
                        format!("value     {text:?} gold={gold} system={system} rule={rule}")
                    }
                    Mistake::Type { text, gold, system } => {
                        format!("type      {text:?} gold={gold} system={system}")
                    }
                };
                let _ = writeln!(out, "{:<32} {desc}", d.id);
            }
        }
    }
    out
}

/// A clock time's value without its zone offset (`1989-11-09T17:00-05:00` →
/// `1989-11-09T17:00`): TimeBank's annotators wrote clock times without their zones
/// ("5 p.m. EST Nov. 9" is `1989-11-09T17:00`), chronicle keeps the zone named, as ISO
/// 8601 does; the two name the same clock reading.
fn without_offset(value: &str) -> &str {
    let Some(t) = value.find('T') else {
        return value;
    };
    if let Some(v) = value.strip_suffix('Z') {
        return v;
    }
    let time = &value[t..];
    match time.rfind(['+', '-']) {
        Some(k) if time.len() - k == 6 && time.as_bytes()[k + 3] == b':' => &value[..t + k],
        _ => value,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_offset_is_left_out_for_the_gold() {
        for (value, want) in [
            ("1989-11-09T17:00-05:00", "1989-11-09T17:00"),
            ("2021-03-15T18:00Z", "2021-03-15T18:00"),
            ("2015-02-15T18:00+03:00", "2015-02-15T18:00"),
            ("2009-12-01T10:30", "2009-12-01T10:30"),
            ("2009-12-01", "2009-12-01"),
            ("2009-12-01TNI", "2009-12-01TNI"),
            ("P5D", "P5D"),
        ] {
            assert_eq!(super::without_offset(value), want, "{value}");
        }
    }

    use super::*;
    use crate::timex::TimexType;

    fn gold(start: usize, end: usize, value: &str) -> GoldTimex {
        GoldTimex {
            start,
            end,
            text: String::new(),
            kind: "DATE".into(),
            value: value.into(),
            tid: None,
        }
    }

    /// A corrections row changes the gold tag it names; a row that names no tag, or has
    /// no guideline rule, is an error.
    #[test]
    fn corrections_apply_or_fail_loudly() {
        let mut tag = gold(10, 16, "1990-08-07");
        tag.text = "Friday".into();
        let mut docs: Vec<GoldDoc> = serde_json::from_str(r#"[{"id":"D1","text":"","timexes":[]}]"#).unwrap();
        docs[0].timexes.push(tag);
        let row = "# comment\nD1\t10\tFriday\t1990-08-07\t1990-08-17\t-\tTimeML rule\n";
        assert_eq!(apply_corrections(&mut docs, row), Ok(1));
        assert_eq!(docs[0].timexes[0].value, "1990-08-17");
        // applied already: the old value is gone, so the row no longer fits
        assert!(apply_corrections(&mut docs, row).is_err());
        let no_rule = "D1\t10\tFriday\t1990-08-17\t1990-08-18\t-\t\n";
        assert!(apply_corrections(&mut docs, no_rule).is_err());
        assert!(apply_corrections(&mut docs, "D1\t10\n").is_err());
    }

    fn sys(start: usize, end: usize, value: &str) -> Timex {
        Timex {
            start,
            end,
            text: String::new(),
            kind: TimexType::Date,
            value: value.into(),
            modifier: None,
            range: None,
            rule: "test".into(),
            anchor: "dct".into(),
        }
    }

    #[test]
    fn strict_relaxed_and_value_counts() {
        let g = [gold(0, 10, "2009"), gold(20, 30, "2009-12"), gold(40, 45, "P1D")];
        let s = [
            sys(0, 10, "2009"),
            sys(22, 30, "2009-11"),
            sys(50, 55, "PAST_REF"),
        ];
        let d = score_doc("d", &g, &s);
        assert_eq!(
            d.counts,
            Counts {
                gold: 3,
                system: 3,
                strict: 1,
                relaxed: 2,
                value: 1,
                kind: 2
            }
        );
        assert!((d.counts.relaxed().f1 - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(d.counts.value_accuracy(), 0.5);
        assert_eq!(d.mistakes.len(), 4); // extent, value, spurious, missed
    }

    #[test]
    fn one_gold_tag_matches_one_system_tag() {
        let g = [gold(0, 20, "2009")];
        let s = [sys(0, 5, "2009"), sys(10, 20, "2009")];
        let d = score_doc("d", &g, &s);
        assert_eq!((d.counts.relaxed, d.counts.system), (1, 2));
    }

    #[test]
    fn empty_is_zero_not_nan() {
        let c = Counts::default();
        assert_eq!(c.strict().f1, 0.0);
        assert_eq!(c.value_accuracy(), 0.0);
    }
}
