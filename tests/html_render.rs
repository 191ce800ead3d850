//! The HTML page opened in headless Chromium: it must draw the events without a script
//! error, with the fixture timeline and with 2,000 generated events. Screenshots are saved
//! under `target/tmp/html_render/` as test artifacts.
//!
//! Chromium is found as `$CHRONICLE_CHROMIUM`, `chromium`, `chromium-browser` or
//! `google-chrome` on the PATH. Without it these tests print why and pass, so `cargo test`
//! works on a machine without a browser; CI installs Debian's `chromium`.

mod viz_fixture;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle::output::view::{self, GroupBy, ViewOptions};
use chronicle::output::{write_view, ViewFormat as Format};
use chronicle::Timeline;

/// How long a Chromium run may take before it is treated as hung and killed. A safety
/// net against a stuck browser, not a performance check.
const HANG_LIMIT: Duration = Duration::from_secs(180);

/// CI (`CI` set, as `.ci/run` runs) installs Chromium: there a missing browser is a
/// failure, not a skip, so the rendering test cannot silently stop running.
fn require_browser_in_ci() {
    if std::env::var_os("CI").is_some() {
        panic!("CI is set but Chromium was not found: .ci/run should have installed Debian's `chromium`");
    }
}

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
        require_browser_in_ci();
        // Straight to stderr, past the test harness's capture, so the skip is seen.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {name}: Chromium is not installed (install Debian's `chromium` or set CHRONICLE_CHROMIUM) \
             — the HTML page was not rendered"
        );
        return None;
    };
    let dir = artifacts();
    let page = dir.join(format!("{name}.html"));
    let mut html = Vec::new();
    write_view(Format::Html, timeline, opts, &mut html).unwrap();
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

/// A script the interaction test appends to the page: it zooms with the buttons and the
/// wheel, drags, filters and clicks an event, then reports what it saw as attributes of
/// `<html>` (`data-t-…`) for the dumped DOM. Steps are spaced with timers so the page's
/// animation-frame renders run between them (Chromium runs them in virtual time).
const INTERACTION_SCRIPT: &str = r#"<script>
(function () {
  var root = document.documentElement;
  var body = document.getElementById('tl-body');
  function drawn() { return document.querySelectorAll('#tl-canvas .it').length; }
  function report(key, value) { root.setAttribute('data-t-' + key, String(value)); }
  function left(sel) { var e = document.querySelector(sel); return e ? e.style.transform : 'none'; }
  var steps = [
    function () { report('initial', drawn()); report('axis-before', document.querySelector('.tl-axis .min').textContent); },
    function () { for (var i = 0; i < 8; i++) document.querySelector('[data-act=zoom-in]').click(); },
    function () { report('zoomed', drawn()); report('axis-zoomed', document.querySelector('.tl-axis .min').textContent); },
    function () {
      for (var i = 0; i < 8; i++) body.dispatchEvent(new WheelEvent('wheel', { deltaY: 300, clientX: 800, clientY: 300, bubbles: true, cancelable: true }));
    },
    function () { report('wheeled', drawn()); report('before-drag', left('#tl-canvas .it')); },
    function () {
      var o = { clientX: 700, clientY: 300, button: 0, bubbles: true, pointerId: 7 };
      body.dispatchEvent(new PointerEvent('pointerdown', o));
      o.clientX = 500; body.dispatchEvent(new PointerEvent('pointermove', o));
      body.dispatchEvent(new PointerEvent('pointerup', o));
    },
    function () { report('after-drag', left('#tl-canvas .it')); document.querySelector('[data-act=fit]').click(); },
    function () {
      var f = document.getElementById('tl-filter');
      f.value = 'Medvedev';
      f.dispatchEvent(new Event('input', { bubbles: true }));
    },
    function () {
      report('dim', document.querySelectorAll('#tl-canvas .it.dim').length);
      report('entries-shown', document.querySelectorAll('#list .entry:not([hidden])').length);
      report('count', document.getElementById('tl-count').textContent);
      var item = document.querySelector('#tl-canvas .it:not(.dim)');
      var r = item.getBoundingClientRect();
      var o = { clientX: r.left + 6, clientY: r.top + 10, button: 0, bubbles: true, pointerId: 8 };
      item.dispatchEvent(new PointerEvent('pointerdown', o));
      item.dispatchEvent(new PointerEvent('pointerup', o));
    },
    function () {
      report('selected', document.querySelectorAll('#tl-canvas .it.sel').length);
      report('detail', document.querySelector('#detail h2').textContent);
      report('hash', location.hash);
      report('done', 'yes');
    }
  ];
  var k = 0;
  function next() { try { steps[k++](); } catch (e) { report('error', e.message); return; } if (k < steps.length) setTimeout(next, 100); }
  setTimeout(next, 100);
})();
</script>
"#;

#[test]
fn html_page_zooms_pans_filters_and_selects() {
    let Some(browser) = chromium() else {
        require_browser_in_ci();
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED interaction test: Chromium is not installed"
        );
        return;
    };
    let timeline = viz_fixture::nato_russia();
    let opts = viz_fixture::nato_russia_options(GroupBy::Actor);
    let mut html = Vec::new();
    write_view(Format::Html, &timeline, &opts, &mut html).unwrap();
    let page = String::from_utf8(html).unwrap();
    let at = page.rfind("</body>").unwrap();
    let page = format!("{}{INTERACTION_SCRIPT}{}", &page[..at], &page[at..]);
    let file = artifacts().join("interaction.html");
    std::fs::write(&file, page).unwrap();
    let url = format!("file://{}", file.display());
    let run = run_chromium(
        &browser,
        &url,
        &["--dump-dom".into(), "--virtual-time-budget=10000".into()],
    );
    let dom = &run.stdout;
    let t = |key: &str| html_attr(dom, &format!("data-t-{key}")).map(str::to_string);
    assert_eq!(t("error"), None, "the scripted steps failed");
    assert_eq!(
        t("done").as_deref(),
        Some("yes"),
        "the scripted steps did not finish:\n{}",
        run.stderr
    );
    assert_eq!(html_attr(dom, "data-chronicle-errors"), None);
    assert_eq!(console_lines(&run.stderr), Vec::<&str>::new());
    let number = |key: &str| t(key).and_then(|v| v.parse::<usize>().ok()).unwrap_or(usize::MAX);
    assert_eq!(number("initial"), 15);
    assert!(
        number("zoomed") < 15,
        "zooming in leaves events off screen: {:?}",
        t("zoomed")
    );
    assert_ne!(
        t("axis-zoomed"),
        t("axis-before"),
        "the axis changes its ticks with the zoom"
    );
    assert!(number("wheeled") >= number("zoomed"), "the wheel zooms back out");
    assert_ne!(t("before-drag"), t("after-drag"), "dragging moves the events");
    // The filter matches words in what the page shows of an event.
    let shown: usize = view::dated(&timeline.events)
        .into_iter()
        .filter(|e| {
            [
                e.headline.clone(),
                e.sentence.clone(),
                e.actors.join(" "),
                opts.source_line(e),
            ]
            .iter()
            .any(|field| field.contains("Medvedev"))
        })
        .count();
    assert!(shown > 1 && shown < 15, "a filter that separates events");
    assert_eq!(t("count"), Some(format!("{shown} of 15 events")));
    assert_eq!(number("dim"), 15 - shown);
    assert_eq!(
        number("entries-shown"),
        shown,
        "the list shows the matching entries only"
    );
    assert_eq!(number("selected"), 1, "a click selects the event");
    assert!(t("hash").unwrap_or_default().starts_with("#at=ev-"));
    assert!(
        !t("detail").unwrap_or_default().is_empty(),
        "the detail card shows the headline"
    );
}

#[test]
fn html_page_with_no_dated_events_says_so() {
    let mut timeline = viz_fixture::nato_russia();
    timeline.events.retain(|e| e.start.is_none());
    let Some(dom) = render_and_check("undated-only", &timeline, &ViewOptions::default(), "") else {
        return;
    };
    assert_eq!(drawn_items(&dom), 0);
    assert!(dom.contains("No dated events to draw."));
    assert_eq!(
        dom.matches("<li class=\"entry").count(),
        1,
        "the undated statement is still listed"
    );
}

/// The page for whatever the pipeline finds in `samples/` today: real headlines, years,
/// weeks, a century, undated statements.
#[test]
fn html_page_renders_the_samples_folder() {
    let Some(browser) = chromium() else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED samples page: Chromium is not installed"
        );
        return;
    };
    let page = artifacts().join("samples.html");
    let out = assert_cmd::Command::cargo_bin("chronicle")
        .unwrap()
        .args(["timeline", "--format", "html", "--quiet", "--output"])
        .arg(&page)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/samples"))
        .output()
        .unwrap();
    assert!(
        out.status.code() != Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = format!("file://{}", page.display());
    let run = run_chromium(&browser, &url, &["--dump-dom".into()]);
    assert_eq!(console_lines(&run.stderr), Vec::<&str>::new());
    assert_eq!(html_attr(&run.stdout, "data-chronicle-errors"), None);
    assert_eq!(html_attr(&run.stdout, "data-chronicle"), Some("ready"));
    assert!(drawn_items(&run.stdout) > 0, "the samples' events are drawn");
    let shot = artifacts().join("samples.png");
    run_chromium(&browser, &url, &[format!("--screenshot={}", shot.display())]);
    assert!(shot.is_file());
}

/// One background year ("in 1990") in a week-long story: the chart fits the week, not
/// three decades (zooming out still reaches 1990).
#[test]
fn a_stray_year_does_not_stretch_the_chart() {
    use chronicle::event::Event;
    use chronicle::time::interval;
    let event = |date: &str, pos: usize| {
        let iv = interval::parse(date);
        Event {
            date: date.into(),
            start: iv.map(|i| i.start),
            end: iv.map(|i| i.end),
            granularity: iv.map(|i| i.granularity),
            trigger: "met".into(),
            headline: format!("Event {pos}"),
            actors: vec!["NATO".into()],
            article: "story".into(),
            char_start: pos,
            char_end: pos + 3,
            confidence: 0.8,
            ..Default::default()
        }
    };
    let timeline = Timeline {
        articles: Vec::new(),
        events: vec![
            event("1990", 1),
            event("2021-10-18", 10),
            event("2021-10-19", 20),
            event("2021-10-22", 30),
        ],
        reports: Vec::new(),
    };
    let Some(dom) = render_and_check("stray_year", &timeline, &ViewOptions::default(), "") else {
        return;
    };
    let days: i64 = html_attr(&dom, "data-chronicle-fit-days")
        .and_then(|d| d.parse().ok())
        .expect("the fitted span");
    assert!(days <= 14, "the chart fits {days} days");
    // The week's three events are on screen; 1990 lies off to the left.
    assert_eq!(drawn_items(&dom), 3);
}
