//! Writing verdicts: a terminal table, CSV, JSON (an array of objects with `id`,
//! `claim`, `verdict`, `claimed`, `note` and `evidence`) and a Markdown fact-check report
//! a newsroom can paste.

use std::io::{self, Write};

use super::{Evidence, Kind, Verdict};

/// The output formats of `chronicle check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Md,
}

/// Writes `verdicts` in `format`.
pub fn write(format: Format, verdicts: &[Verdict], out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Table => table(verdicts, out),
        Format::Csv => csv(verdicts, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, verdicts).map_err(io::Error::other)?;
            writeln!(out)
        }
        Format::Md => markdown(verdicts, out),
    }
}

/// The first quote of the first evidence: where a reader checks the verdict.
fn first_quote(v: &Verdict) -> Option<(&Evidence, &super::Quote)> {
    v.evidence.first().and_then(|e| e.quotes.first().map(|q| (e, q)))
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn table(verdicts: &[Verdict], out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<6} {:<14} {:<12} {:<56} EVIDENCE",
        "ID", "VERDICT", "CLAIMED", "CLAIM"
    )?;
    for v in verdicts {
        let evidence = match first_quote(v) {
            Some((e, q)) => format!("{} {} [{}]", e.date, e.headline, q.article),
            None => String::new(),
        };
        writeln!(
            out,
            "{:<6} {:<14} {:<12} {:<56} {}",
            clip(&v.id, 6),
            v.verdict.as_str(),
            clip(v.claimed.as_deref().unwrap_or("-"), 12),
            clip(&v.claim, 56),
            clip(&evidence, 60)
        )?;
        writeln!(out, "{:<6} {}", "", v.note)?;
    }
    Ok(())
}

fn csv(verdicts: &[Verdict], out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "claim",
        "verdict",
        "claimed",
        "note",
        "evidence_date",
        "evidence_headline",
        "sources",
        "agencies",
        "sentence",
        "article",
        "char_start",
        "char_end",
    ])?;
    for v in verdicts {
        let (e, q) = match first_quote(v) {
            Some((e, q)) => (Some(e), Some(q)),
            None => (None, None),
        };
        w.write_record([
            v.id.as_str(),
            &v.claim,
            v.verdict.as_str(),
            v.claimed.as_deref().unwrap_or(""),
            &v.note,
            e.map_or("", |e| e.date.as_str()),
            e.map_or("", |e| e.headline.as_str()),
            &e.map_or(String::new(), |e| e.sources.join("; ")),
            &e.map_or(String::new(), |e| e.agencies.join("; ")),
            q.map_or("", |q| q.sentence.as_str()),
            q.map_or("", |q| q.article.as_str()),
            &q.map_or(String::new(), |q| q.char_start.to_string()),
            &q.map_or(String::new(), |q| q.char_end.to_string()),
        ])?;
    }
    w.flush()
}

fn verdict_label(k: Kind) -> &'static str {
    match k {
        Kind::Supported => "✅ Supported",
        Kind::Contradicted => "❌ Contradicted",
        Kind::Undetermined => "⚖️ Undetermined",
        Kind::NotFound => "🔍 Not found in the sources",
        Kind::NotCheckable => "⏸ Not checkable",
    }
}

fn markdown(verdicts: &[Verdict], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Fact-check report\n")?;
    let counts: Vec<String> = super::tally(verdicts)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", k.as_str().replace('_', " ")))
        .collect();
    writeln!(out, "{} claims: {}.\n", verdicts.len(), counts.join(", "))?;
    for v in verdicts {
        writeln!(out, "## {}. {}\n", v.id, v.claim.replace('\n', " "))?;
        let claimed = v
            .claimed
            .as_deref()
            .map(|c| format!(" — the claim says: {c}"))
            .unwrap_or_default();
        writeln!(out, "**{}**{claimed}", verdict_label(v.verdict))?;
        writeln!(out, "\n{}\n", v.note)?;
        for e in &v.evidence {
            let role = serde_json::to_value(e.role)
                .ok()
                .and_then(|r| r.as_str().map(String::from))
                .unwrap_or_default();
            let agencies = if e.agencies.is_empty() {
                String::new()
            } else {
                format!(" ({})", e.agencies.join(", "))
            };
            writeln!(
                out,
                "- *{}* {}: {}{agencies}",
                role.replace('_', " "),
                e.date,
                e.headline
            )?;
            for q in &e.quotes {
                let by = q.agency.as_deref().map(|a| format!(", {a}")).unwrap_or_default();
                writeln!(
                    out,
                    "  > {}\n  > — `{}`{by}, chars {}–{}{}",
                    q.sentence.replace('\n', " "),
                    q.article,
                    q.char_start,
                    q.char_end,
                    q.source
                        .as_deref()
                        .map(|s| format!(", according to {s}"))
                        .unwrap_or_default()
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The one-line summary printed on stderr: `78 claims: 30 supported, …`.
pub fn summary(verdicts: &[Verdict]) -> String {
    let counts: Vec<String> = super::tally(verdicts)
        .into_iter()
        .map(|(k, n)| format!("{n} {}", k.as_str()))
        .collect();
    format!("{} claims: {}", verdicts.len(), counts.join(", "))
}
