// chronicle timeline page: draws the events embedded in #chronicle-data on a time axis.
// Vanilla JavaScript, no libraries, no network.
//
// Time is measured in days since 1970-01-01 (UTC); the view is `t0` (the day at the left
// edge of the plot) and `ppd` (pixels per day). Events are packed into rows inside their
// lane whenever the zoom changes (greedy first fit, labels included in an event's width
// while there is room); panning only moves them. Only events inside the visible window
// are attached to the DOM, so thousands of events stay cheap.
(function () {
  'use strict';

  var root = document.documentElement;
  var errors = [];
  window.addEventListener('error', function (e) {
    errors.push(String(e.message || e));
    root.setAttribute('data-chronicle-errors', errors.join(' | '));
  });

  var LABEL_W = 172; // keep in step with --label-w in the stylesheet
  var ROW_H = 26;
  var LANE_PAD = 8;
  var MAX_ROWS = 6; // labelled rows per lane; what does not fit goes to the lane's strip
  var MIN_LANE_H = 48;
  var GAP = 8; // px between neighbours in a row
  var MAX_LABEL = 280; // keep in step with .lbl max-width in the stylesheet
  var DAY_MS = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  var data = JSON.parse(document.getElementById('chronicle-data').textContent);
  var events = data.events;
  var lanes = data.lanes;
  var n = events.length;

  var tl = document.getElementById('tl');
  var body = document.getElementById('tl-body');
  var canvas = document.getElementById('tl-canvas');
  var axis = document.getElementById('tl-axis');
  var tip = document.getElementById('tl-tip');
  var detail = document.getElementById('detail');
  var filterBox = document.getElementById('tl-filter');
  var countBox = document.getElementById('tl-count');

  // ---- dates -------------------------------------------------------------------------
  function dateOf(day) {
    var d = new Date(day * DAY_MS);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
  }
  function dayOf(y, m, d) {
    var t = new Date(0);
    t.setUTCFullYear(y, m, d);
    t.setUTCHours(0, 0, 0, 0);
    return Math.round(t.getTime() / DAY_MS);
  }
  function mod(a, b) { return ((a % b) + b) % b; }

  // ---- measuring labels --------------------------------------------------------------
  var labelW = new Float64Array(n); // as packed: at most MAX_LABEL
  var labelFull = new Float64Array(n); // the whole headline, for rows with room to spare
  (function measure() {
    var ctx = document.createElement('canvas').getContext('2d');
    var font = getComputedStyle(root).fontFamily || 'sans-serif';
    if (ctx) ctx.font = '12.5px ' + font;
    for (var i = 0; i < n; i++) {
      var w = ctx ? ctx.measureText(events[i].h).width : events[i].h.length * 6.8;
      labelFull[i] = Math.ceil(w) + 2;
      labelW[i] = Math.min(MAX_LABEL, labelFull[i]);
    }
  })();

  // ---- the view ----------------------------------------------------------------------
  // The range "Fit" shows: every start, and the ends of spans up to a couple of years.
  // A decade or a century ("the 21st century") would otherwise squash the rest into a
  // sliver; such spans simply run off the right edge. When the page has events dated
  // finer than a year, only those decide the range: one background year ("in 1990")
  // does not stretch a week-long story over decades; zooming out still reaches it.
  var LONG_SPAN = 800;
  var COARSE = { year: 1, decade: 1, century: 1 };
  var fine = 0;
  for (var f = 0; f < n; f++) if (!COARSE[events[f].gr]) fine++;
  function dayRange(onlyFine) {
    var lo = Infinity, hi = -Infinity;
    for (var k = 0; k < n; k++) {
      var ek = events[k];
      if (onlyFine && COARSE[ek.gr]) continue;
      var end = ek.e - ek.s <= LONG_SPAN ? ek.e : ek.s + 1;
      if (ek.s < lo) lo = ek.s;
      if (end > hi) hi = end;
    }
    return n ? [lo, hi] : [0, 1];
  }
  var all = dayRange(false), fitted = dayRange(fine > 0);
  var minDay = fitted[0], maxDay = fitted[1];
  // Zooming out reaches every event.
  var allSpan = Math.max(all[1] - all[0], 14);
  var view = { t0: minDay, ppd: 1 };

  // Reading the width forces a layout, so it is read once and again only on resize.
  var cachedWidth = 0;
  function plotWidth() {
    if (!cachedWidth) cachedWidth = Math.max(100, body.clientWidth - LABEL_W);
    return cachedWidth;
  }
  function fullSpan() { return Math.max(maxDay - minDay, 14); }
  function minPpd() { return plotWidth() / (allSpan * 6); }
  function maxPpd() { return plotWidth() / 4; }

  function fit() {
    var span = fullSpan();
    var pad = Math.max(span * 0.05, 3);
    // Room on the right for the last labels.
    view.ppd = plotWidth() / (span + pad * 2 + span * 0.12);
    view.t0 = minDay - pad - (fullSpan() - (maxDay - minDay)) / 2;
  }

  function zoomAt(factor, px) {
    var at = view.t0 + px / view.ppd;
    view.ppd = Math.min(maxPpd(), Math.max(minPpd(), view.ppd * factor));
    view.t0 = at - px / view.ppd;
    requestRender();
  }
  function pan(px) {
    view.t0 += px / view.ppd;
    requestRender();
  }

  // ---- packing events into rows ------------------------------------------------------
  var row = new Int16Array(n);
  var showLabel = new Uint8Array(n);
  var inside = new Uint8Array(n); // a span's label fits inside its bar
  var room = new Float64Array(n); // absolute px where the next event in the row begins
  var x1 = new Float64Array(n); // absolute px of the event's left edge
  var x2 = new Float64Array(n); // absolute px of its right edge, label included
  var laneTop = [], laneH = [], totalH = 0;
  var strip = []; // per lane: how many events are bare markers in its strip
  var packedPpd = -1;

  function extent(i, ppd, withLabel, out) {
    var ev = events[i];
    var a, b;
    if (ev.p) {
      a = (ev.s + 0.5) * ppd - 6;
      b = a + 16 + (withLabel ? labelW[i] : 0);
    } else {
      a = ev.s * ppd;
      var w = Math.max(4, (ev.e - ev.s) * ppd);
      var fits = labelW[i] + 16 <= w;
      b = a + w + (withLabel && !fits ? labelW[i] + 6 : 0);
    }
    out[0] = a;
    out[1] = b;
  }

  function pack() {
    var ppd = view.ppd;
    var ends = lanes.map(function () { return []; });
    var lastIn = lanes.map(function () { return []; }); // the last event placed in each row
    strip = [];
    var ext = [0, 0];
    for (var i = 0; i < n; i++) {
      var lane = ends[events[i].l] || ends[0];
      var r = -1, label = 1;
      extent(i, ppd, true, ext);
      for (var j = 0; j < lane.length; j++) {
        if (lane[j] + GAP <= ext[0]) { r = j; break; }
      }
      if (r < 0 && lane.length < MAX_ROWS) { r = lane.length; lane.push(-Infinity); }
      if (r < 0) {
        // No room for a label at this zoom: a bare marker in the lane's strip, where
        // markers may overlap. Zooming in gives them rows of their own again.
        label = 0;
        extent(i, ppd, false, ext);
        r = MAX_ROWS;
        strip[events[i].l] = (strip[events[i].l] || 0) + 1;
      }
      row[i] = r;
      showLabel[i] = label;
      inside[i] = events[i].p ? 0 : labelW[i] + 16 <= (events[i].e - events[i].s) * ppd ? 1 : 0;
      x1[i] = ext[0];
      x2[i] = ext[1];
      if (r < MAX_ROWS) {
        lane[r] = Math.max(lane[r], ext[1]);
        // The event before this one in the row may stretch its label up to here.
        var prev = lastIn[events[i].l][r];
        if (prev !== undefined) room[prev] = ext[0] - GAP;
        lastIn[events[i].l][r] = i;
      }
      room[i] = Infinity;
    }
    totalH = 0;
    for (var l = 0; l < lanes.length; l++) {
      laneTop[l] = totalH;
      rowsUsed[l] = ends[l].length;
      var rows = Math.max(1, ends[l].length) + (strip[l] ? 1 : 0);
      laneH[l] = Math.max(MIN_LANE_H, rows * ROW_H + LANE_PAD * 2);
      totalH += laneH[l];
    }
    packedPpd = ppd;
    drawLanes();
  }

  // ---- drawing -----------------------------------------------------------------------
  var plot, laneLayer, gridLayer;
  var els = new Array(n);
  var baseClass = new Array(n);
  var attached = new Uint8Array(n);
  var matched = new Uint8Array(n);
  var selected = -1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The y offset of a row inside its lane; the strip sits under the rows in use.
  var rowsUsed = [];
  function rowTop(l, r) {
    return (r < MAX_ROWS ? r : Math.max(1, rowsUsed[l] || 0)) * ROW_H;
  }

  function buildFrame() {
    canvas.textContent = '';
    laneLayer = el('div', 'lanes');
    plot = el('div', 'tl-plot');
    gridLayer = el('div', 'grid');
    plot.appendChild(gridLayer);
    canvas.appendChild(laneLayer);
    canvas.appendChild(plot);
    axis.textContent = '';
    var corner = el('div', 'corner', 'by ' + data.group_by);
    axis.appendChild(corner);
    axis.appendChild(el('div', 'ax-plot'));
  }

  function drawLanes() {
    laneLayer.textContent = '';
    for (var l = 0; l < lanes.length; l++) {
      var band = el('div', 'lane' + (l % 2 ? ' alt' : ''));
      band.style.top = laneTop[l] + 'px';
      band.style.height = laneH[l] + 'px';
      var label = el('div', 'lane-label');
      label.style.top = laneTop[l] + 'px';
      label.style.height = laneH[l] + 'px';
      label.style.setProperty('--c', lanes[l].colour);
      label.title = lanes[l].name;
      var name = el('span', 'name', lanes[l].name);
      name.style.color = lanes[l].colour;
      label.appendChild(name);
      label.appendChild(el('span', 'n', lanes[l].count + (lanes[l].count === 1 ? ' event' : ' events')));
      if (strip[l]) label.appendChild(el('span', 'n more', strip[l] + ' unlabelled: zoom in'));
      laneLayer.appendChild(band);
      laneLayer.appendChild(label);
    }
    canvas.style.height = totalH + 'px';
  }

  function tint(hex, alpha) {
    var v = parseInt(hex.slice(1), 16);
    return 'rgba(' + (v >> 16 & 255) + ',' + (v >> 8 & 255) + ',' + (v & 255) + ',' + alpha + ')';
  }

  function itemEl(i) {
    if (els[i]) return els[i];
    var ev = events[i];
    var colour = (lanes[ev.l] || lanes[0]).colour;
    baseClass[i] = 'it ' + (ev.p ? 'pt' : 'sp') + ' status-' + ev.st;
    var e = el('div', baseClass[i]);
    e.setAttribute('data-i', i);
    e.style.setProperty('--c', colour);
    if (ev.p) {
      e.appendChild(el('i'));
    } else {
      var bar = el('b', 'bar');
      bar.style.background = tint(colour, ev.st === 'occurred' ? 0.18 : 0.08);
      e.appendChild(bar);
    }
    var lbl = el('span', 'lbl', ev.h);
    if (labelFull[i] > MAX_LABEL) lbl.title = ev.h;
    e.appendChild(lbl);
    els[i] = e;
    return e;
  }

  function render() {
    if (packedPpd !== view.ppd) pack();
    var ppd = view.ppd;
    var w = plotWidth();
    var left = view.t0 * ppd;
    var margin = 40;
    var shown = 0;
    for (var i = 0; i < n; i++) {
      var visible = x2[i] >= left - margin && x1[i] <= left + w + margin;
      if (!visible) {
        if (attached[i]) { plot.removeChild(els[i]); attached[i] = 0; }
        continue;
      }
      var e = itemEl(i);
      var ev = events[i];
      if (labelFull[i] > MAX_LABEL && showLabel[i] && !inside[i]) {
        // A long headline uses the free space up to its neighbour in the row.
        var labelStart = ev.p ? x1[i] + 16 : x1[i] + Math.max(4, (ev.e - ev.s) * ppd) + 6;
        var toEdge = Math.max(MAX_LABEL, left + w - labelStart - 6);
        var fit = Math.max(MAX_LABEL, Math.min(labelFull[i], room[i] - labelStart, toEdge));
        e.lastChild.style.maxWidth = fit + 'px';
      }
      // A transform moves the element without laying out its text again.
      e.style.transform = 'translate(' + (x1[i] - left).toFixed(1) + 'px,' +
        (laneTop[ev.l] + LANE_PAD + rowTop(ev.l, row[i])) + 'px)';
      if (!ev.p) {
        var barW = Math.max(4, (ev.e - ev.s) * ppd);
        e.firstChild.style.width = barW + 'px';
        e.style.width = inside[i] ? barW + 'px' : '';
        // A long bar that starts off screen keeps its label in view.
        var shift = inside[i] ? Math.max(0, Math.min(left - x1[i], barW - labelW[i] - 16)) : 0;
        e.lastChild.style.transform = shift ? 'translateX(' + shift.toFixed(1) + 'px)' : '';
      }
      // One className write, and only when it changes: cheaper than four toggles.
      var cls = baseClass[i] +
        (inside[i] ? ' inside' : '') +
        (!showLabel[i] && !inside[i] ? ' nolabel' : '') +
        (row[i] >= MAX_ROWS ? ' strip' : '') +
        (matched[i] ? '' : ' dim') +
        (i === selected ? ' sel' : '');
      if (e.className !== cls) e.className = cls;
      if (!attached[i]) { plot.appendChild(e); attached[i] = 1; }
      shown++;
    }
    drawAxis(left, w);
    return shown;
  }

  // One render per frame however many changes ask for it. The timer is a fallback for
  // pages that get no animation frames (headless browsers, some print previews).
  var pending = false;
  function requestRender() {
    if (pending) return;
    pending = true;
    var done = function () {
      if (!pending) return;
      pending = false;
      render();
    };
    window.requestAnimationFrame(done);
    setTimeout(done, 50);
  }

  // ---- the axis ----------------------------------------------------------------------
  // Minor tick units, finest first; `days` is the typical length, used to pick one.
  var UNITS = [
    { kind: 'day', step: 1, days: 1 },
    { kind: 'week', step: 7, days: 7 },
    { kind: 'month', step: 1, days: 30.44 },
    { kind: 'month', step: 3, days: 91.3 },
    { kind: 'month', step: 6, days: 182.6 },
    { kind: 'year', step: 1, days: 365.25 },
    { kind: 'year', step: 2, days: 730.5 },
    { kind: 'year', step: 5, days: 1826 },
    { kind: 'year', step: 10, days: 3652 },
    { kind: 'year', step: 25, days: 9131 },
    { kind: 'year', step: 50, days: 18262 },
    { kind: 'year', step: 100, days: 36525 },
    { kind: 'year', step: 500, days: 182625 },
    { kind: 'year', step: 1000, days: 365250 }
  ];
  function majorOf(unit) {
    if (unit.kind === 'day' || unit.kind === 'week') return { kind: 'month', step: 1 };
    if (unit.kind === 'month') return { kind: 'year', step: 1 };
    if (unit.step < 10) return { kind: 'year', step: 10 };
    if (unit.step < 100) return { kind: 'year', step: 100 };
    return { kind: 'year', step: 10000 };
  }

  function ticks(unit, from, to) {
    var out = [];
    var t, d, guard = 0;
    if (unit.kind === 'day' || unit.kind === 'week') {
      t = unit.kind === 'week' ? from - mod(from - 4, 7) : Math.floor(from);
      for (; t <= to && guard < 3000; t += unit.step, guard++) out.push(t);
    } else if (unit.kind === 'month') {
      d = dateOf(Math.floor(from));
      var m = Math.floor((d.y * 12 + d.m) / unit.step) * unit.step;
      for (; guard < 3000; m += unit.step, guard++) {
        t = dayOf(Math.floor(m / 12), mod(m, 12), 1);
        if (t > to) break;
        out.push(t);
      }
    } else {
      d = dateOf(Math.floor(from));
      var y = Math.floor(d.y / unit.step) * unit.step;
      for (; guard < 3000; y += unit.step, guard++) {
        t = dayOf(y, 0, 1);
        if (t > to) break;
        out.push(t);
      }
    }
    return out;
  }

  function tickLabel(unit, day, major) {
    var d = dateOf(day);
    if (unit.kind === 'day') return String(d.d);
    if (unit.kind === 'week') return d.d + ' ' + MONTHS[d.m];
    if (unit.kind === 'month') {
      if (major) return MONTHS_LONG[d.m] + ' ' + d.y;
      if (unit.step === 3) return 'Q' + (d.m / 3 + 1);
      if (unit.step === 6) return d.m ? 'H2' : 'H1';
      return MONTHS[d.m];
    }
    if (unit.step >= 10) return d.y + 's';
    return String(d.y);
  }

  function drawAxis(left, w) {
    var ppd = view.ppd;
    var axPlot = axis.lastChild;
    axPlot.textContent = '';
    gridLayer.textContent = '';
    var unit = UNITS[UNITS.length - 1];
    for (var u = 0; u < UNITS.length; u++) {
      var need = UNITS[u].kind === 'month' && UNITS[u].step === 1 ? 38 : 52;
      if (UNITS[u].days * ppd >= need) { unit = UNITS[u]; break; }
    }
    var from = view.t0, to = view.t0 + w / ppd;
    var major = majorOf(unit);
    var majors = ticks(major, from - (major.kind === 'month' ? 31 : 366 * major.step), to);
    var minorDays = ticks(unit, from - unit.days, to);
    var frag = document.createDocumentFragment();
    var gfrag = document.createDocumentFragment();
    var majorSet = {};
    for (var a = 0; a < majors.length; a++) majorSet[majors[a]] = 1;
    for (var b = 0; b < minorDays.length; b++) {
      var x = minorDays[b] * ppd - left;
      if (x < -120 || x > w + 2) continue;
      var label = el('div', 'min', tickLabel(unit, minorDays[b], false));
      label.style.left = x + 'px';
      label.style.width = unit.days * ppd + 'px';
      frag.appendChild(label);
      var g = el('div', majorSet[minorDays[b]] ? 'gl major' : 'gl');
      g.style.left = x + 'px';
      gfrag.appendChild(g);
    }
    // Major labels stick to the left edge while their period is on screen.
    for (var c = 0; c < majors.length; c++) {
      var start = majors[c] * ppd - left;
      var next = c + 1 < majors.length ? majors[c + 1] * ppd - left : w + 1000;
      if (next < 0 || start > w) continue;
      var text = tickLabel(major, majors[c], true);
      var room = text.length * 8 + 14;
      // A period that has scrolled almost out of view gives up its label.
      if (start < 0 && next < room) continue;
      var lx = Math.max(start, Math.min(0, next - room));
      var m = el('div', 'maj', text);
      m.style.left = lx + 'px';
      frag.appendChild(m);
    }
    axPlot.appendChild(frag);
    gridLayer.appendChild(gfrag);
  }

  // ---- hover, selection, detail ------------------------------------------------------
  function itemIndex(target) {
    var it = target && target.closest ? target.closest('.it') : null;
    return it ? Number(it.getAttribute('data-i')) : -1;
  }

  function showTip(i, cx, cy) {
    var ev = events[i];
    tip.textContent = '';
    tip.appendChild(el('div', 't-date', ev.d + (ev.st !== 'occurred' ? ' \u00b7 ' + ev.st : '')));
    tip.appendChild(el('div', 't-head', ev.h));
    tip.appendChild(el('div', 't-src', ev.src));
    tip.hidden = false;
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    var x = Math.min(cx + 14, window.innerWidth - tw - 8);
    var y = cy + 18 + th > window.innerHeight ? cy - th - 12 : cy + 18;
    tip.style.left = Math.max(4, x) + 'px';
    tip.style.top = Math.max(4, y) + 'px';
  }
  function hideTip() { tip.hidden = true; }

  function row2(dl, term, value) {
    if (!value) return;
    dl.appendChild(el('dt', '', term));
    dl.appendChild(el('dd', '', value));
  }

  function select(i, opts) {
    opts = opts || {};
    if (selected >= 0 && els[selected]) els[selected].classList.remove('sel');
    selected = i;
    if (i < 0) return;
    var ev = events[i];
    if (els[i]) els[i].classList.add('sel');
    var colour = (lanes[ev.l] || lanes[0]).colour;
    detail.style.setProperty('--c', colour);
    detail.textContent = '';
    detail.appendChild(el('div', 'd-date', ev.d));
    var h = el('h2', '', ev.h);
    if (ev.st !== 'occurred') h.appendChild(el('span', 'badge badge-' + ev.st, ev.st));
    detail.appendChild(h);
    var quote = el('blockquote');
    var at = ev.tt ? ev.sen.indexOf(ev.tt) : -1;
    if (at >= 0) {
      quote.appendChild(document.createTextNode(ev.sen.slice(0, at)));
      quote.appendChild(el('mark', '', ev.tt));
      quote.appendChild(document.createTextNode(ev.sen.slice(at + ev.tt.length)));
    } else {
      quote.textContent = ev.sen;
    }
    detail.appendChild(quote);
    var dl = el('dl');
    row2(dl, 'Who', ev.who);
    row2(dl, 'Where', ev.loc);
    row2(dl, 'Category', ev.cat);
    row2(dl, 'Source', ev.src);
    row2(dl, 'Date', ev.how);
    row2(dl, 'Evidence', (ev.tr ? '\u201c' + ev.tr + '\u201d, ' : '') + 'characters ' + ev.cs + '\u2013' + ev.ce +
      ' of ' + ev.art);
    row2(dl, 'Confidence', Math.round(ev.conf * 100) + '%');
    var link = el('a', '', 'Show in the chronology \u2193');
    link.href = '#' + ev.id;
    link.addEventListener('click', function (e) {
      e.preventDefault();
      showInList(i);
    });
    dl.appendChild(el('dt', '', ''));
    var dd = el('dd');
    dd.appendChild(link);
    dl.appendChild(dd);
    detail.appendChild(dl);
    if (opts.center) {
      var w = plotWidth();
      var mid = (ev.s + ev.e) / 2;
      if (mid < view.t0 || mid > view.t0 + w / view.ppd) view.t0 = mid - w / 2 / view.ppd;
      if (packedPpd !== view.ppd) pack();
      var y = laneTop[ev.l] + LANE_PAD + rowTop(ev.l, row[i]);
      if (y < body.scrollTop || y > body.scrollTop + body.clientHeight - ROW_H) body.scrollTop = y - body.clientHeight / 3;
    }
    if (history.replaceState) history.replaceState(null, '', '#at=' + ev.id);
    requestRender();
  }

  function showInList(i) {
    var entry = document.getElementById(events[i].id);
    if (!entry) return;
    entry.scrollIntoView({ block: 'center' });
    entry.classList.remove('flash');
    void entry.offsetWidth;
    entry.classList.add('flash');
  }

  // ---- filtering ---------------------------------------------------------------------
  var byId = Object.create(null);
  for (var q = 0; q < n; q++) byId[events[q].id] = q;
  var hay = events.map(function (ev) {
    return [ev.h, ev.sen, ev.who, ev.src, ev.g, ev.loc, ev.cat, ev.d, ev.st].join(' \u0001 ').toLowerCase();
  });
  var listEntries = document.querySelectorAll('#list .entry');

  function applyFilter() {
    var terms = filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    for (var i = 0; i < n; i++) {
      var ok = 1;
      for (var t = 0; t < terms.length && ok; t++) if (hay[i].indexOf(terms[t]) < 0) ok = 0;
      matched[i] = ok;
      count += ok;
    }
    // List entries: dated ones follow their event, undated ones are matched on their text.
    for (var k = 0; k < listEntries.length; k++) {
      var entry = listEntries[k];
      var shown = entry.id in byId ? matched[byId[entry.id]] : 1;
      if (!(entry.id in byId)) {
        var text = entry.textContent.toLowerCase();
        for (var u = 0; u < terms.length && shown; u++) if (text.indexOf(terms[u]) < 0) shown = 0;
      }
      entry.hidden = !shown;
    }
    var sections = document.querySelectorAll('.list .year');
    for (var s = 0; s < sections.length; s++) {
      var any = sections[s].querySelector('.entry:not([hidden])');
      sections[s].hidden = !any;
    }
    countBox.textContent = terms.length ? count + ' of ' + n + ' events' : n + (n === 1 ? ' event' : ' events');
    requestRender();
  }

  // ---- input -------------------------------------------------------------------------
  var drag = null;
  body.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, t0: view.t0, top: body.scrollTop, moved: false, target: itemIndex(e.target) };
    try { body.setPointerCapture(e.pointerId); } catch (err) { /* synthetic pointers */ }
  });
  body.addEventListener('pointermove', function (e) {
    if (!drag) {
      var i = itemIndex(e.target);
      if (i >= 0) showTip(i, e.clientX, e.clientY); else hideTip();
      return;
    }
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
      drag.moved = true;
      body.classList.add('dragging');
      hideTip();
    }
    if (drag.moved) {
      view.t0 = drag.t0 - dx / view.ppd;
      body.scrollTop = drag.top - dy;
      requestRender();
    }
  });
  function endDrag(e) {
    if (!drag) return;
    if (!drag.moved && drag.target >= 0) select(drag.target);
    drag = null;
    body.classList.remove('dragging');
    if (body.hasPointerCapture && body.hasPointerCapture(e.pointerId)) body.releasePointerCapture(e.pointerId);
  }
  body.addEventListener('pointerup', endDrag);
  body.addEventListener('pointercancel', endDrag);
  body.addEventListener('pointerleave', function () { if (!drag) hideTip(); });

  body.addEventListener('wheel', function (e) {
    e.preventDefault();
    var unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    var dx = e.deltaX * unit, dy = e.deltaY * unit;
    if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      pan(e.shiftKey && !dx ? dy : dx);
    } else {
      var px = e.clientX - body.getBoundingClientRect().left - LABEL_W;
      zoomAt(Math.exp(-dy * 0.0016), Math.max(0, px));
    }
    hideTip();
  }, { passive: false });

  function act(name) {
    var w = plotWidth();
    if (name === 'zoom-in') zoomAt(1.6, w / 2);
    else if (name === 'zoom-out') zoomAt(1 / 1.6, w / 2);
    else if (name === 'fit') { fit(); requestRender(); }
    else if (name === 'left') pan(-w * 0.3);
    else if (name === 'right') pan(w * 0.3);
  }
  document.querySelector('.toolbar').addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button[data-act]') : null;
    if (b) act(b.getAttribute('data-act'));
  });
  tl.addEventListener('keydown', function (e) {
    var keys = { '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit', ArrowLeft: 'left', ArrowRight: 'right' };
    if (keys[e.key]) { act(keys[e.key]); e.preventDefault(); }
    if (e.key === 'Escape') { select(-1); }
  });
  filterBox.addEventListener('input', applyFilter);
  window.addEventListener('resize', function () {
    cachedWidth = 0;
    requestRender();
  });

  // The reading list: clicking a date or headline shows the event on the chart.
  document.getElementById('list').addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('.when, h3') : null;
    var entry = target ? target.closest('.entry') : null;
    if (!entry || !(entry.id in byId)) return;
    select(byId[entry.id], { center: true });
    tl.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });

  // ---- start -------------------------------------------------------------------------
  buildFrame();
  matched.fill(1);
  if (!n) {
    canvas.appendChild(el('div', 'empty-chart', 'No dated events to draw.'));
  }
  fit();
  applyFilter();
  pack();
  var shown = render();
  // `#at=ev-…` opens the chart on an event; `#ev-…` (a list entry) also selects it.
  var wanted = decodeURIComponent(location.hash.slice(1)).replace(/^at=/, '');
  var initial = wanted && wanted in byId ? byId[wanted] : undefined;
  if (initial !== undefined) {
    select(initial, { center: true });
    shown = render();
  }
  root.setAttribute('data-chronicle-items', String(shown));
  root.setAttribute('data-chronicle-lanes', String(lanes.length));
  root.setAttribute('data-chronicle-fit-days', String(Math.round(maxDay - minDay)));
  root.setAttribute('data-chronicle', 'ready');
})();
