/* Client-side search over region and text pages. Works from disk: the index is loaded by a script element
   (assets/search-index.js sets window.ZIELSITE_SEARCH), not fetched. No request to another host. */
(function () {
  "use strict";
  var out = document.getElementById("suchergebnisse");
  var input = document.getElementById("suchbegriff");
  var index = window.ZIELSITE_SEARCH || [];
  if (!out || !input) return;
  var root = out.getAttribute("data-root") || "";

  function fold(s) {
    return s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
    out.textContent = "";
    if (words.length === 0) return;
    var hits = index.filter(function (e) {
      var hay = fold(e.t + " " + e.k);
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    var p = document.createElement("p");
    p.textContent = hits.length === 1 ? "1 Treffer" : hits.length + " Treffer";
    out.appendChild(p);
    var ul = document.createElement("ul");
    hits.slice(0, 200).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      li.appendChild(a);
      ul.appendChild(li);
    });
    out.appendChild(ul);
  }

  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  if (q) search(q); else out.textContent = "";
  input.addEventListener("input", function () { search(input.value); });
})();
