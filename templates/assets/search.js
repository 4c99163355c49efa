/* Client-side search over regions, indicators (names and codes such as K2E3), overviews and pages. Works from disk:
   the index is loaded by a script element (assets/search-index.js sets window.ZIELSITE_SEARCH), not fetched. No
   request to another host. Each entry's "k" is folded as the query is folded here (lower case, ä → ae, ß → ss, other
   characters a space); every word of the query must occur in it. Results: regions, indicators, overviews (newest
   first), pages; a region shows its years newest first with the verdict count. A Kreis of the Land that is not in
   the project ("x") gets the sentence of data-outside. Every text is set as text, never as markup. */
(function () {
  "use strict";
  var out = document.getElementById("suchergebnisse");
  var status = document.getElementById("suchstatus");
  var input = document.getElementById("suchbegriff");
  var index = window.ZIELSITE_SEARCH || [];
  if (!out || !input || !status) return;
  var root = out.getAttribute("data-root") || "";
  var groups = [["r", "Regionen"], ["i", "Kennzahlen und Ziele"], ["o", "Übersichten"], ["p", "Seiten"]];

  function fold(s) {
    return String(s).toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }

  // 3 for a word of the entry equal to the query word, 2 for one starting with it, 1 for one containing it; 0: no match.
  function score(entry, words) {
    var tokens = entry.k.split(" "), total = 0;
    for (var i = 0; i < words.length; i++) {
      var best = 0;
      for (var j = 0; j < tokens.length && best < 3; j++) {
        var t = tokens[j];
        if (t === words[i]) best = 3; else if (best < 2 && t.indexOf(words[i]) === 0) best = 2; else if (best < 1 && t.indexOf(words[i]) > 0) best = 1;
      }
      if (best === 0) return 0;
      total += best;
    }
    return total;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function link(href, text) {
    var a = el("a", text);
    a.href = root + href;
    return a;
  }

  function regionPath(e, year) { return year + "/" + e.s + "/index.html"; }

  function item(e) {
    var li = el("li");
    var years = e.y || [];
    if (e.c === "r") {
      li.appendChild(link(regionPath(e, years[0].y), e.t));
    } else if (e.u) {
      li.appendChild(link(e.u, e.t));
    } else {
      li.appendChild(el("strong", e.t));
    }
    if (e.d) li.appendChild(el("span", e.c === "i" ? "Erklärt in: " + e.d : e.d, "search-detail"));
    if (e.c === "o") return li;
    if (e.c === "i" && years.length === 0) li.appendChild(el("span", "Kein Ziel dazu in den Zielvereinbarungen dieses Berichts.", "search-detail"));
    if (years.length > 0) {
      var ul = el("ul", null, "search-years");
      years.forEach(function (y) {
        var row = el("li");
        if (e.c === "r") row.appendChild(link(regionPath(e, y.y), String(y.y)));
        else row.appendChild(link(y.y + "/index.html", "Übersicht " + y.y));
        row.appendChild(document.createTextNode(": " + y.v));
        ul.appendChild(row);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(values, k) ? values[k] : m; });
  }

  function search(query) {
    var words = fold(query).split(" ").filter(function (w) { return w.length > 0; });
    out.textContent = "";
    status.textContent = "";
    if (words.length === 0) return;
    var hits = [], outside = [];
    index.forEach(function (e, i) {
      var s = score(e, words);
      if (s === 0) return;
      if (e.c === "x") outside.push(e); else hits.push({ e: e, s: s, i: i });
    });
    var count = hits.length;
    var said = fill(status.getAttribute(count === 0 ? "data-none" : "data-hits") || "", { count: String(count), query: query.trim() });
    // The count and the sentence on a Kreis outside the project are one status, so that a screen reader hears both.
    status.appendChild(el("span", said, "search-count"));
    outside.slice(0, 3).forEach(function (e) {
      status.appendChild(document.createTextNode(" "));
      status.appendChild(el("span", fill(status.getAttribute("data-outside") || "", { name: e.t, kind: e.d || "" }), "search-outside"));
    });
    if (count === 0) {
      var back = el("p");
      back.appendChild(link(out.getAttribute("data-regions") || "index.html", "Alle Regionen dieses Berichts von A bis Z"));
      out.appendChild(back);
    }
    groups.forEach(function (g) {
      var list = hits.filter(function (h) { return h.e.c === g[0]; });
      if (list.length === 0) return;
      // Better matches first; among equal ones the index order (regions by name, overviews newest first).
      list.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
      out.appendChild(el("h2", g[1] + " (" + list.length + ")"));
      var ul = el("ul", null, "search-results");
      list.slice(0, 100).forEach(function (h) { ul.appendChild(item(h.e)); });
      out.appendChild(ul);
    });
  }

  var q = "";
  try { q = new URLSearchParams(window.location.search).get("q") || ""; } catch (e) { q = ""; }
  input.value = q;
  out.textContent = "";
  if (q) search(q);
  input.addEventListener("input", function () { search(input.value); });
  var form = input.form;
  if (form) form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value);
    try { window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (e) { /* file:// in some browsers */ }
  });
})();
