/* The year overview's table: sort by any column (buttons in the headers, aria-sort) and filter by region name.
   Without JavaScript the table stays a plain table in name order. */
(function () {
  "use strict";
  var table = document.getElementById("uebersicht");
  var tools = document.querySelector(".mx-tools[data-for='uebersicht']");
  if (!table || !tools || !table.tBodies[0] || !table.tHead) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  var last = heads.length - 1;

  function fold(s) {
    return s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  }

  // Filter.
  var label = document.createElement("label");
  label.htmlFor = "region-filter";
  label.textContent = "Region filtern";
  var input = document.createElement("input");
  input.type = "search";
  input.id = "region-filter";
  input.autocomplete = "off";
  var status = document.createElement("p");
  status.className = "mx-status";
  status.setAttribute("aria-live", "polite");
  tools.appendChild(label);
  tools.appendChild(input);
  tools.appendChild(status);
  input.addEventListener("input", function () {
    var q = fold(input.value.trim()), shown = 0;
    rows.forEach(function (r) {
      var hit = q === "" || fold(r.cells[0].textContent).indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) shown++;
    });
    status.textContent = q === "" ? "" : shown + " von " + rows.length + " Regionen";
  });

  // Sort. A cell's key: the region's name, the number it shows ("+10,6 %", "−3,1 Prozentpunkte") or, in the last column,
  // the share of targets met ("3 von 5"); cells without a value sort last in both directions.
  function key(row, i) {
    var text = row.cells[i].textContent;
    if (i === 0) return text;
    if (i === last) {
      var m = /(\d+) von (\d+)/.exec(text);
      return m && Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) + Number(m[2]) / 1e6 : null;
    }
    if (row.cells[i].classList.contains("x")) return null;
    var n = /([+\u2212-]?)(\d[\d.]*(?:,\d+)?)/.exec(text);
    if (!n) return null;
    var v = Number(n[2].replace(/\./g, "").replace(",", "."));
    return n[1] === "\u2212" || n[1] === "-" ? -v : v;
  }
  var current = -1, descending = false;
  function sort(i) {
    descending = i === current ? !descending : i !== 0;
    current = i;
    var keyed = rows.map(function (r, at) { return { r: r, k: key(r, i), at: at }; });
    keyed.sort(function (a, b) {
      if (a.k === null || b.k === null) return a.k === null ? (b.k === null ? a.at - b.at : 1) : -1;
      var c = i === 0 ? a.k.localeCompare(b.k, "de") : a.k - b.k;
      return (descending ? -c : c) || a.at - b.at;
    });
    keyed.forEach(function (e) { body.appendChild(e.r); });
    for (var j = 0; j < heads.length; j++) {
      if (j === i) heads[j].setAttribute("aria-sort", descending ? "descending" : "ascending");
      else heads[j].removeAttribute("aria-sort");
    }
    status.textContent = "Sortiert nach „" + heads[i].textContent.trim() + "“, " + (descending ? "absteigend" : "aufsteigend") + ".";
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () { sort(i); });
  });
  table.classList.add("sortable");
})();
