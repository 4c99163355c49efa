/* The year overview's table: sort by any column (buttons in the headers, aria-sort), by the Ist-Wert or by the
   distance to the target (data-v, data-d of each cell), and filter by region name.
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

  // Filter and sort choice: their markup is in the page from the start (disabled until this script runs), so that
  // nothing moves when they start to work.
  var input = tools.querySelector("#region-filter");
  var choice = tools.querySelector(".mx-sortby");
  var status = tools.querySelector(".mx-status");
  if (!input || !choice || !status) return;
  status.textContent = "";

  // What a target column sorts by: the Ist-Wert or the distance to the target (+ beaten, − missed).
  var by = "v";
  Array.prototype.forEach.call(choice.querySelectorAll("input[type=radio]"), function (r) {
    r.checked = r.value === by;
    r.addEventListener("change", function () {
      by = r.value;
      if (current > 0 && current < last) { descending = !descending; sort(current); }
    });
  });
  input.disabled = false;
  choice.disabled = false;
  input.addEventListener("input", function () {
    var q = fold(input.value.trim()), shown = 0;
    rows.forEach(function (r) {
      var hit = q === "" || fold(r.cells[0].textContent).indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) shown++;
    });
    status.textContent = q === "" ? "" : shown + " von " + rows.length + " Regionen";
  });

  // Sort. A cell's key: the region's name, the Ist-Wert or the distance to the target (data-v, data-d: invariant numbers,
  // rounded as shown) or, in the last column, the share of targets met ("3 von 5"); cells without a value sort last.
  function key(row, i) {
    var text = row.cells[i].textContent;
    if (i === 0) return text;
    if (i === last) {
      var m = /(\d+) von (\d+)/.exec(text);
      return m && Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) + Number(m[2]) / 1e6 : null;
    }
    var cell = row.cells[i];
    if (cell.classList.contains("x")) return null;
    var s = cell.getAttribute(by === "d" ? "data-d" : "data-v");
    return s === null || s === "" ? null : Number(s);
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
    var name = heads[i].firstChild && heads[i].firstChild.firstChild ? heads[i].firstChild.firstChild.textContent.trim() : heads[i].textContent.trim();
    status.textContent = "Sortiert nach „" + name + "“" + (i > 0 && i < last ? (by === "d" ? ", Abstand zum Ziel" : ", Ist-Wert") : "") + ", " + (descending ? "absteigend" : "aufsteigend") + ".";
  }
  // The sort buttons are in the headers from the start (disabled until now), so nothing moves when they start to work.
  Array.prototype.forEach.call(heads, function (th, i) {
    var button = th.querySelector("button.sort");
    if (!button) return;
    button.disabled = false;
    button.addEventListener("click", function () { sort(i); });
  });
})();
