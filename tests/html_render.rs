//! The HTML page opened in headless Chromium: it must draw the events without a script
//! error, with the fixture timeline and with 2,000 generated events. Screenshots are saved
//! under `target/tmp/html_render/` as test artifacts.
//!
//! Chromium is found as `$CHRONICLE_CHROMIUM`, `chromium`, `chromium-browser` or
//! `google-chrome` on the PATH. Without it these tests print why and pass, so `cargo test`
//! works on a machine without a browser; CI installs Debian's `chromium`.

mod viz_fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle::output::view::{self, Format, GroupBy, ViewOptions};
use chronicle::Timeline;

/// How long a Chromium run may take before it is treated as hung and killed. A safety
/// net against a stuck browser, not a performance check.
const HANG_LIMIT: Duration = Duration::from_secs(180);

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHRONICLE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_render");
    std::fs::create_dir_all(&dir).expect("artifact directory");
    dir
}

/// What one headless run gave: stdout (the DOM with `--dump-dom`) and stderr (the log).
struct Run {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on `page` with `extra` arguments in a fresh profile.
fn run_chromium(browser: &Path, url: &str, extra: &[String]) -> Run {
    let profile = tempfile::tempdir().expect("profile directory");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1400,900",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    // Read both pipes on threads so a full pipe cannot stall the browser.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
        s
    });
    let err_thread = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut s);
        s
    });
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(_) => break,
            None if started.elapsed() > HANG_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium did not finish; killed it");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    Run {
        stdout: out_thread.join().unwrap_or_default(),
        stderr: err_thread.join().unwrap_or_default(),
    }
}

/// Console messages the page produced (Chromium logs them as `CONSOLE(line)`).
fn console_lines(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect()
}

/// The value of `name="…"` on the `<html>` element of a dumped DOM.
fn html_attr<'a>(dom: &'a str, name: &str) -> Option<&'a str> {
    let html = &dom[dom.find("<html")?..];
    let tag = &html[..html.find('>')?];
    let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let rest = &tag[at..];
    Some(&rest[..rest.find('"')?])
}

/// Writes the page, loads it in Chromium, checks it rendered cleanly, and saves a
/// screenshot. Returns the dumped DOM, or `None` when Chromium is not installed.
fn render_and_check(name: &str, timeline: &Timeline, opts: &ViewOptions, hash: &str) -> Option<String> {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIPPED {name}: Chromium is not installed (install Debian's `chromium` or set CHRONICLE_CHROMIUM) \
             — the HTML page was not rendered"
        );
        return None;
    };
    let dir = artifacts();
    let page = dir.join(format!("{name}.html"));
    let mut html = Vec::new();
    view::write(Format::Html, timeline, opts, &mut html).unwrap();
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}{hash}", page.display());

    let dom = run_chromium(&browser, &url, &["--dump-dom".into()]);
    assert!(
        dom.stdout.contains("<html"),
        "chromium printed no DOM for {name}; its log:\n{}",
        dom.stderr
    );
    assert_eq!(
        console_lines(&dom.stderr),
        Vec::<&str>::new(),
        "console messages from {name}"
    );
    assert_eq!(
        html_attr(&dom.stdout, "data-chronicle-errors"),
        None,
        "script errors in {name}"
    );
    assert_eq!(
        html_attr(&dom.stdout, "data-chronicle"),
        Some("ready"),
        "{name} never finished drawing"
    );

    let shot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    let run = run_chromium(&browser, &url, &[format!("--screenshot={}", shot.display())]);
    assert!(
        shot.is_file(),
        "no screenshot for {name}; chromium log:\n{}",
        run.stderr
    );
    eprintln!(
        "{name}: {} bytes of HTML; screenshot {}",
        html.len(),
        shot.display()
    );
    Some(dom.stdout)
}

/// Rendered event elements (`<div class="it …" data-i=…>`) in a dumped DOM.
fn drawn_items(dom: &str) -> usize {
    dom.matches("<div class=\"it ").count()
}

#[test]
fn html_page_renders_the_nato_russia_timeline() {
    let timeline = viz_fixture::nato_russia();
    let opts = viz_fixture::nato_russia_options(GroupBy::Actor);
    // Open with the NATO-Russia Council meeting selected, as a reader following a link would.
    let dated = view::dated(&timeline.events);
    let ids = view::event_ids(dated.iter().copied());
    let council = dated
        .iter()
        .position(|e| e.date == "2009-12-04")
        .expect("the council meeting");
    let hash = format!("#at=ev-{}", ids[council]);
    let Some(dom) = render_and_check("nato-russia", &timeline, &opts, &hash) else {
        return;
    };
    assert_eq!(
        drawn_items(&dom),
        15,
        "every dated event is drawn at the initial zoom"
    );
    assert_eq!(html_attr(&dom, "data-chronicle-items"), Some("15"));
    assert!(dom.contains("class=\"lane-label\""), "lane labels are drawn");
    assert!(dom.contains("px;\">2009</div>"), "the axis labels the years");
    // The detail card of the linked event shows how its date was resolved.
    assert!(dom.contains("NATO-Russia Council meets at the level of foreign ministers"));
    assert!(
        dom.contains("“Friday” → 2009-12-04 (day precision), scheduled"),
        "resolution in the detail card"
    );
}

#[test]
fn html_page_stays_usable_with_2000_events() {
    let timeline = viz_fixture::generated(2000);
    let opts = ViewOptions {
        title: "2,000 generated events".into(),
        ..ViewOptions::default()
    };
    let Some(dom) = render_and_check("generated-2000", &timeline, &opts, "") else {
        return;
    };
    let drawn = drawn_items(&dom);
    assert!(drawn > 0, "events are drawn");
    assert_eq!(
        html_attr(&dom, "data-chronicle-items"),
        Some(drawn.to_string().as_str())
    );
    assert_eq!(
        dom.matches("<li class=\"entry").count(),
        2000,
        "the list shows every event"
    );
    let lanes: usize = html_attr(&dom, "data-chronicle-lanes").unwrap().parse().unwrap();
    assert_eq!(
        lanes,
        chronicle::output::html::MAX_LANES,
        "many actors share lanes"
    );
    eprintln!("generated-2000: {drawn} event elements attached at the initial zoom");
}
