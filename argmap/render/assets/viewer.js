/* argmap HTML viewer: pan/zoom, search, details, findings. Works offline from file://.
   User text always goes through textContent, never innerHTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("am-data").textContent);
  var elements = data.elements;
  var canvas = document.getElementById("am-canvas");
  var stage = document.getElementById("am-stage");
  var svg = stage.querySelector("svg");
  var detail = document.getElementById("am-detail");
  var findingsList = document.getElementById("am-findings");
  var search = document.getElementById("am-search");
  var results = document.getElementById("am-results");

  // ---- small DOM helpers --------------------------------------------------------------
  function h(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function nodeOf(id) {
    var el = elements[id];
    return el ? document.getElementById(el.svg) : null;
  }
  var idBySvg = {};
  Object.keys(elements).forEach(function (id) { if (elements[id].svg) { idBySvg[elements[id].svg] = id; } });
  var hintNodes = Array.prototype.map.call(detail.childNodes, function (n) { return n.cloneNode(true); });

  // ---- keyboard access to the nodes --------------------------------------------------------
  // Every drawn node is a button in reading order (top to bottom, then left to right). The nodes are
  // moved in the DOM into that order, so Tab and a screen reader's reading both follow it.
  var centres = {};
  var drawn = Array.prototype.filter.call(svg.querySelectorAll("g.node"), function (node) {
    return Boolean(idBySvg[node.id]);
  });
  drawn.forEach(function (node) {
    var box = node.getBBox();
    centres[idBySvg[node.id]] = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  drawn.sort(function (a, b) {
    var ca = centres[idBySvg[a.id]], cb = centres[idBySvg[b.id]];
    return Math.round(ca.y) - Math.round(cb.y) || ca.x - cb.x;
  });
  if (drawn.length && drawn.every(function (n) { return n.parentNode === drawn[0].parentNode; })) {
    var lastInDom = drawn.reduce(function (last, n) {
      return last.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING ? n : last;
    });
    var anchor = lastInDom.nextSibling;
    drawn.forEach(function (node) { node.parentNode.insertBefore(node, anchor); });
  }
  var position = {};
  drawn.forEach(function (node, n) { position[idBySvg[node.id]] = n; });
  function spoken(el) {
    var what = { claim: "Claim", evidence: "Evidence", inference: "Inference", missing: "Missing" }[el.kind] || el.kind;
    var parts = [what + " " + el.id + (el.role ? ", " + el.role : "")];
    if (el.voice) { parts.push("voice " + voiceName(el.voice)); }
    var text = el.kind === "evidence" ? (el.citation || "no citation") :
               el.kind === "inference" ? (el.scheme || "inference") + ": " + (el.premises || []).join(", ") +
                                         " to " + el.conclusion : el.text;
    var count = (el.findings || []).length;
    return parts.join(", ") + ": " + text + (count ? " (" + count + (count > 1 ? " findings)" : " finding)") : "");
  }
  drawn.forEach(function (node) {
    var el = elements[idBySvg[node.id]];
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", spoken(el));
    node.setAttribute("aria-controls", "am-detail");
    node.setAttribute("focusable", "true");
  });
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", "Diagram of " + drawn.length + " elements: Tab or the arrow keys move between " +
                   "them, Enter opens one, Escape closes it");
  function focusNode(id) {
    var node = nodeOf(id);
    if (node && position[id] !== undefined) { node.focus({ preventScroll: true }); ensureVisible(node); }
  }
  // Which way the argument runs on screen: theses on top (the default) or at the left (--direction LR).
  var horizontal = data.direction === "LR";
  // The arrow keys follow the screen: the two along the argument's axis move along the edges, the two
  // across it move in reading order.
  var towardsThesis = horizontal ? "ArrowLeft" : "ArrowUp", towardsReasons = horizontal ? "ArrowRight" : "ArrowDown";
  var readingBack = horizontal ? "ArrowUp" : "ArrowLeft", readingOn = horizontal ? "ArrowDown" : "ArrowRight";
  // Along the edges: towards what an element supports or attacks, or towards its reasons; of several, the
  // one nearest across.
  function along(id, up) {
    var el = elements[id];
    var ids;
    if (el.kind === "inference") { ids = up ? [el.conclusion] : (el.premises || []); }
    else if (up) {
      ids = (el.supports || []).concat((el.attacks || []).map(function (a) { return a.target; }), el.same || []);
    } else {
      ids = (el.supportedBy || []).concat((el.attackedBy || []).map(function (a) { return a.attacker; }));
    }
    var here = centres[id], best = null;
    ids.forEach(function (other) {
      if (position[other] === undefined || other === id) { return; }
      var across = horizontal ? "y" : "x";
      if (best === null || Math.abs(centres[other][across] - here[across]) <
                           Math.abs(centres[best][across] - here[across])) { best = other; }
    });
    return best;
  }
  drawn.forEach(function (node) {
    var id = idBySvg[node.id];
    node.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) { return; }
      var target = null;
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(id, false); return; }
      if (event.key === readingOn) { target = drawn[position[id] + 1]; }
      else if (event.key === readingBack) { target = drawn[position[id] - 1]; }
      else if (event.key === "Home") { target = drawn[0]; }
      else if (event.key === "End") { target = drawn[drawn.length - 1]; }
      else if (event.key === towardsThesis || event.key === towardsReasons) {
        var next = along(id, event.key === towardsThesis);
        target = next ? nodeOf(next) : null;
      } else { return; }
      event.preventDefault();
      event.stopPropagation();
      if (target) { focusNode(idBySvg[target.id]); }
    });
    node.addEventListener("focus", function () { ensureVisible(node); });
  });

  // ---- pan and zoom ---------------------------------------------------------------------
  var view = { x: 0, y: 0, k: 1 };
  var touched = false;  // once the reader pans or zooms, a window resize no longer refits the map
  function apply() {
    stage.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.k + ")";
    // The focus ring keeps the same width on screen at any zoom.
    stage.style.setProperty("--am-ring", (3 / view.k).toFixed(3) + "px");
  }
  function naturalSize() {
    var box = svg.getBoundingClientRect();
    return { w: box.width / view.k, h: box.height / view.k };
  }
  function fit() {
    var size = naturalSize();
    var cw = canvas.clientWidth, ch = canvas.clientHeight;
    var k = Math.min(cw / size.w, ch / size.h) * 0.96;
    view.k = Math.max(0.002, Math.min(k, 1.5));
    view.x = (cw - size.w * view.k) / 2;
    view.y = Math.max(0, (ch - size.h * view.k) / 2);
    apply();
  }
  function zoomAt(factor, px, py) {
    touched = true;
    var k = Math.max(0.002, Math.min(view.k * factor, 8));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    apply();
  }
  function zoomCentre(factor) { zoomAt(factor, canvas.clientWidth / 2, canvas.clientHeight / 2); }
  function centreOn(node) {
    if (!node) { return; }
    if (view.k < 0.7) { zoomCentre(0.9 / view.k); }
    var r = node.getBoundingClientRect(), c = canvas.getBoundingClientRect();
    view.x += (c.left + c.width / 2) - (r.left + r.width / 2);
    view.y += (c.top + c.height / 2) - (r.top + r.height / 2);
    apply();
  }

  // Pans (without zooming) just enough to bring a node fully into sight, e.g. when Tab reaches it.
  function ensureVisible(node) {
    var r = node.getBoundingClientRect(), c = canvas.getBoundingClientRect(), pad = 24;
    var dx = 0, dy = 0;
    if (r.width > c.width - 2 * pad || r.left < c.left + pad) { dx = c.left + pad - r.left; }
    else if (r.right > c.right - pad) { dx = c.right - pad - r.right; }
    if (r.height > c.height - 2 * pad || r.top < c.top + pad) { dy = c.top + pad - r.top; }
    else if (r.bottom > c.bottom - pad) { dy = c.bottom - pad - r.bottom; }
    if (dx || dy) { view.x += dx; view.y += dy; touched = true; apply(); }
  }
  // Focusing a node can scroll the clipped canvas itself; undo that, the pan does the moving.
  canvas.addEventListener("scroll", function () {
    canvas.scrollLeft = 0;
    canvas.scrollTop = 0;
    var focused = document.activeElement;
    if (focused && focused.closest && focused.closest("g.node")) { ensureVisible(focused); }
  });

  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    var rect = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
  }, { passive: false });

  var drag = null;
  canvas.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) { return; }
    drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
  });
  canvas.addEventListener("pointermove", function (event) {
    if (!drag || event.pointerId !== drag.id) { return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { drag.moved = true; canvas.classList.add("am-dragging"); canvas.setPointerCapture(drag.id); }
    touched = true;
    view.x += dx; view.y += dy; drag.x = event.clientX; drag.y = event.clientY;
    apply();
  });
  function endDrag(event) {
    if (!drag || event.pointerId !== drag.id) { return; }
    var moved = drag.moved;
    canvas.classList.remove("am-dragging");
    drag = null;
    if (moved) { canvas.addEventListener("click", swallow, { capture: true, once: true }); }
  }
  function swallow(event) { event.stopPropagation(); event.preventDefault(); }
  canvas.addEventListener("pointerup", endDrag);
  canvas.addEventListener("pointercancel", endDrag);
  canvas.addEventListener("click", function (event) {
    var node = event.target.closest ? event.target.closest("g.node") : null;
    if (node && idBySvg[node.id]) { select(idBySvg[node.id], false); }
  });

  document.getElementById("am-zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  document.getElementById("am-zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  document.getElementById("am-zoom-fit").addEventListener("click", function () { fit(); touched = false; });

  // ---- highlighting -----------------------------------------------------------------
  function clearHighlight() {
    Array.prototype.forEach.call(svg.querySelectorAll("g.node.am-hl"), function (n) { n.classList.remove("am-hl"); });
    svg.classList.remove("am-dim");
    Array.prototype.forEach.call(findingsList.children, function (li) { li.classList.remove("am-active"); });
    Array.prototype.forEach.call(svg.querySelectorAll("g.am-legend-voice.am-active"),
                                 function (row) { row.classList.remove("am-active"); });
  }
  function highlight(ids) {
    clearHighlight();
    var first = null;
    ids.forEach(function (id) {
      var node = nodeOf(id);
      if (node) { node.classList.add("am-hl"); first = first || node; }
    });
    if (ids.length) { svg.classList.add("am-dim"); }
    return first;
  }

  // ---- the detail panel -------------------------------------------------------------
  function link(id) {
    if (!elements[id]) { return h("span", "am-meta", id + " (not in this map)"); }
    var button = h("button", "am-link", id);
    button.type = "button";
    button.addEventListener("click", function () { select(id, true); });
    if (!elements[id].outside) { return button; }
    button.setAttribute("aria-label", id + ", outside the drawn view");
    return add(document.createDocumentFragment(), button, h("span", "am-meta", " (outside the view)"));
  }
  // Each word unbroken (a line break inside "-o" misleads), the line still copies as one command.
  function commandLine(text) {
    var code = h("code");
    text.split(" ").forEach(function (word, n) { add(code, n ? " " : null, h("span", null, word)); });
    return code;
  }
  function command(id) {
    return data.command + " --focus " + (/^[A-Za-z0-9_.-]+$/.test(id) ? id : "'" + id.replace(/'/g, "'\\''") + "'") +
           " -o " + (/^[A-Za-z0-9_.-]+$/.test(id) ? id : "focus") + ".html";
  }
  function section(title, items, render) {
    if (!items || !items.length) { return null; }
    var box = document.createDocumentFragment();
    add(box, h("h3", null, title));
    var list = h("ul", "am-links");
    items.forEach(function (item) { list.appendChild(add(h("li"), render(item))); });
    return add(box, list);
  }
  function voiceName(id) {
    var voice = data.voices[id];
    return voice ? voice.name : id;
  }
  function quoteBlock(quote) {
    var box = h("div", "am-quote");
    add(box, h("blockquote", null, "\u201c" + quote.text + "\u201d"), h("div", "am-meta", "at " + quote.at));
    (quote.lines || []).forEach(function (pair) {
      var line = h("div", "am-source-line");
      add(line, h("span", "am-lineno", pair[0] + ":"), pair[1]);
      box.appendChild(line);
    });
    return box;
  }
  function findingItem(index) {
    var finding = data.findings[index];
    var li = h("li");
    add(li, h("span", "am-sev am-sev-" + finding.severity, finding.severity), h("span", "am-code", finding.code),
        finding.message);
    if (finding.suggestion) { add(li, h("div", "am-suggestion", finding.suggestion)); }
    return li;
  }

  function render(el) {
    detail.textContent = "";
    var voice = el.voice ? data.voices[el.voice] : null;
    var head = h("div", "am-head");
    if (voice && voice.fill) {
      var swatch = h("span", "am-swatch");
      swatch.style.background = voice.fill;
      head.appendChild(swatch);
    }
    add(head, h("strong", "am-id", el.id), h("span", "am-kind", el.kind + (el.role ? " \u00b7 " + el.role : "")));
    detail.appendChild(head);
    if (el.outside) {
      var note = h("div", "am-outside");
      note.id = "am-outside";
      add(note, h("p", null, "Outside the drawn view: this diagram draws only part of the map, and " + el.id +
                  " is not in it. To draw it with its neighbourhood:"), commandLine(command(el.id)));
      detail.appendChild(note);
    }

    if (el.kind === "claim" || el.kind === "missing") {
      var text = h("p", "am-text", el.text);
      text.id = "am-detail-text";
      if (el.role === "thesis") { text.classList.add("am-thesis"); }
      if (el.role === "reported") { text.classList.add("am-reported"); }
      detail.appendChild(text);
    } else if (el.kind === "evidence") {
      add(detail, h("p", "am-meta", (el.evidenceKind || "evidence") + ", cited as:"));
      var citation = h("p", "am-text", el.citation || "(no citation given)");
      citation.id = "am-detail-text";
      detail.appendChild(citation);
    } else if (el.kind === "inference") {
      var scheme = h("p", "am-text", (el.scheme || "inference") + ": " + (el.premises || []).join(", ") +
                     " \u21d2 " + el.conclusion);
      scheme.id = "am-detail-text";
      detail.appendChild(scheme);
      if (el.warrant) { add(detail, h("p", "am-meta", "Warrant: " + el.warrant)); }
    }
    var meta = [];
    if (voice) {
      var who = "by " + voice.name + (voice.role ? " (" + voice.role + ")" : "");
      var source = voice.source ? data.sources[voice.source] : null;
      if (source) { who += " in " + (source.title || voice.source) + (source.year ? ", " + source.year : ""); }
      if (voice.quotedBy) { who += ", quoted by " + voiceName(voice.quotedBy); }
      meta.push(who);
    }
    if (el.hedge) { meta.push("hedged: \u201c" + el.hedge + "\u201d"); }
    if (el.tags && el.tags.length) { meta.push("tags: " + el.tags.join(", ")); }
    if (el.where) { meta.push("written at " + el.where); }
    meta.forEach(function (line) { add(detail, h("div", "am-meta", line)); });
    if (el.note) { add(detail, h("p", "am-meta", "Note: " + el.note)); }

    if (el.quotes && el.quotes.length) {
      add(detail, h("h3", null, "Quotes"));
      el.quotes.forEach(function (q) { detail.appendChild(quoteBlock(q)); });
    }
    if (el.kind === "inference") {
      add(detail, section("Premises", el.premises, function (id) { return premiseLine(id); }));
      add(detail, section("Conclusion", [el.conclusion], function (id) { return premiseLine(id); }));
    }
    add(detail, section("Supported by", el.supportedBy, function (iid) {
      var inf = elements[iid];
      var frag = document.createDocumentFragment();
      add(frag, link(iid));
      if (inf) {
        add(frag, " " + (inf.scheme || "inference") + " from ");
        (inf.premises || []).forEach(function (p, n) {
          if (n) { add(frag, ", "); }
          add(frag, link(p));
          var pe = elements[p];
          if (pe && pe.kind === "evidence") { add(frag, h("span", "am-meta", " (" + (pe.citation || "no citation") + ")")); }
        });
      }
      return frag;
    }));
    add(detail, section("Supports", el.supports, function (iid) {
      var inf = elements[iid];
      var frag = document.createDocumentFragment();
      add(frag, link(iid));
      if (inf) { add(frag, " \u2192 ", link(inf.conclusion)); }
      return frag;
    }));
    add(detail, section("Attacks", el.attacks, function (a) {
      return add(document.createDocumentFragment(), a.kind + "s ", link(a.target), h("span", "am-meta", " (" + a.id + ")"));
    }));
    add(detail, section("Attacked by", el.attackedBy, function (a) {
      return add(document.createDocumentFragment(), link(a.attacker), " " + a.kind + "s it",
                 h("span", "am-meta", " (" + a.id + ", " + voiceName(a.voice) + ")"));
    }));
    add(detail, section("Same claim as", el.same, function (id) { return premiseLine(id); }));
    add(detail, section("Rhetorical devices", el.devices, function (d) {
      return add(document.createDocumentFragment(), h("strong", null, d.category), " \u201c" + d.span + "\u201d" +
                 (d.at ? " at " + d.at : "") + (d.note ? " \u2014 " + d.note : ""));
    }));
    var findings = el.findings || [];
    add(detail, h("h3", null, findings.length ? "Findings" : "No findings concern it"));
    if (findings.length) {
      var list = h("ul", "am-links");
      findings.forEach(function (n) { list.appendChild(findingItem(n)); });
      detail.appendChild(list);
    }
  }
  function premiseLine(id) {
    var frag = document.createDocumentFragment();
    add(frag, link(id));
    var pe = elements[id];
    if (pe) { add(frag, " " + (pe.kind === "evidence" ? (pe.citation || "(no citation)") : (pe.text || ""))); }
    return frag;
  }

  function unselect() {
    Array.prototype.forEach.call(svg.querySelectorAll("g.node.am-sel"), function (n) {
      n.classList.remove("am-sel");
      n.removeAttribute("aria-current");
    });
  }
  var selected = null;
  function select(id, centre) {
    var el = elements[id];
    if (!el) { return; }
    unselect();
    selected = id;
    var node = nodeOf(id);
    if (node) { node.classList.add("am-sel"); node.setAttribute("aria-current", "true"); }
    render(el);
    if (centre) { centreOn(node); }
    if (history.replaceState) { history.replaceState(null, "", "#" + encodeURIComponent(id)); }
  }

  // Escape: the panel goes back to its hint; focus inside the panel returns to the node it was about.
  function closeDetail() {
    if (selected === null) { return; }
    var was = selected;
    selected = null;
    var inPanel = detail.contains(document.activeElement);
    unselect();
    detail.textContent = "";
    hintNodes.forEach(function (n) { detail.appendChild(n.cloneNode(true)); });
    if (history.replaceState) { history.replaceState(null, "", location.pathname + location.search); }
    if (inPanel) {
      if (position[was] !== undefined) { focusNode(was); } else { canvas.focus({ preventScroll: true }); }
    }
  }

  // ---- findings list ------------------------------------------------------------------
  data.findings.forEach(function (finding, index) {
    var li = findingItem(index);
    if (finding.where) { add(li, h("div", "am-meta", finding.where)); }
    li.tabIndex = 0;
    li.addEventListener("click", function () {
      var active = li.classList.contains("am-active");
      clearHighlight();
      if (active) { return; }
      var first = highlight(finding.ids);
      li.classList.add("am-active");
      if (first) { centreOn(first); }
      else if (finding.ids.length) { svg.classList.remove("am-dim"); select(finding.ids[0], false); }
    });
    li.addEventListener("keydown", function (event) { if (event.key === "Enter") { li.click(); } });
    findingsList.appendChild(li);
  });
  if (!data.findings.length) { findingsList.appendChild(h("li", "am-hint", "argmap check found nothing.")); }

  // ---- the legend's voices: a click shows that voice's claims --------------------------------
  var voiceRows = Array.prototype.slice.call(svg.querySelectorAll("g.am-legend-voice"));
  function showVoice(row) {
    var active = row.classList.contains("am-active");
    clearHighlight();
    if (active) { return; }
    var voice = row.getAttribute("data-voice");
    var ids = data.order.filter(function (id) {
      return elements[id].kind === "claim" && elements[id].voice === voice;
    });
    highlight(ids);
    row.classList.add("am-active");
  }
  voiceRows.forEach(function (row) {
    row.setAttribute("tabindex", "0");
    row.setAttribute("role", "button");
    row.setAttribute("aria-label", "Show the claims of " + voiceName(row.getAttribute("data-voice")));
    row.addEventListener("click", function (event) { event.stopPropagation(); showVoice(row); });
    row.addEventListener("keydown", function (event) { if (event.key === "Enter") { showVoice(row); } });
  });

  // ---- search -------------------------------------------------------------------------
  var matches = [], active = -1;
  function runSearch() {
    var query = search.value.trim().toLowerCase();
    results.textContent = "";
    active = -1;
    if (!query) { results.hidden = true; clearHighlight(); matches = []; return; }
    var scored = [];
    data.order.forEach(function (id) {
      var el = elements[id];
      var lowerId = id.toLowerCase();
      var hay = [el.text, el.citation, el.scheme, el.voice ? voiceName(el.voice) : ""].join(" ").toLowerCase();
      var score = lowerId === query ? 0 : lowerId.indexOf(query) === 0 ? 1 : lowerId.indexOf(query) >= 0 ? 2 :
                  hay.indexOf(query) >= 0 ? 3 : -1;
      if (score >= 0) { scored.push([score, scored.length, id]); }
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    matches = scored.map(function (s) { return s[2]; });
    matches.slice(0, 50).forEach(function (id, n) {
      var el = elements[id];
      var li = h("li");
      add(li, h("span", "am-id", id), (el.text || el.citation || "").slice(0, 90));
      if (el.outside) { add(li, h("span", "am-meta", " (outside the view)")); }
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(n); });
      results.appendChild(li);
    });
    if (!matches.length) { results.appendChild(h("li", "am-none", "Nothing matches.")); }
    results.hidden = false;
    highlight(matches.slice(0, 200));
  }
  function choose(n) {
    var id = matches[n];
    if (id === undefined) { return; }
    results.hidden = true;
    select(id, true);
  }
  function mark(n) {
    Array.prototype.forEach.call(results.children, function (li, i) { li.classList.toggle("am-active", i === n); });
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { active = Math.min(active + 1, Math.min(matches.length, 50) - 1); mark(active); event.preventDefault(); }
    else if (event.key === "ArrowUp") { active = Math.max(active - 1, 0); mark(active); event.preventDefault(); }
    else if (event.key === "Enter") { choose(active >= 0 ? active : 0); }
    else if (event.key === "Escape") { search.value = ""; runSearch(); search.blur(); }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (search.value.trim()) { results.hidden = false; } });

  document.addEventListener("keydown", function (event) {
    if (event.target === search || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "/") { event.preventDefault(); search.focus(); }
    else if (event.key === "+" || event.key === "=") { zoomCentre(1.25); }
    else if (event.key === "-") { zoomCentre(0.8); }
    else if (event.key === "0") { fit(); touched = false; }
    else if (event.key === "Escape") { clearHighlight(); closeDetail(); }
  });
  window.addEventListener("resize", function () { if (!touched) { fit(); } });

  fit();
  var wanted = "";
  try { wanted = decodeURIComponent((location.hash || "").slice(1)); } catch (error) { wanted = ""; }  // "#%" etc.
  if (wanted && elements[wanted]) { select(wanted, true); }
  document.documentElement.setAttribute("data-argmap-ready", "true");
}());
