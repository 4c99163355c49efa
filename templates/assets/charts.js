/* Charts of a region page, drawn only when they come near the screen: plotly.js (a large file, from this site's
   assets, never another host) is loaded on demand the first time, then one chart is drawn per animation frame so no
   task blocks the page for long. The figures stand in <script type="application/json" id="chart-data">
   ({"chart-id": {"data": [...], "layout": {...}}}); the script element that loads this file names plotly.js in
   data-plotly. Without JavaScript the data tables below each chart carry every value. Before printing, every chart
   is drawn and every table opened. Each drawn chart also gets a CSV download of exactly its table. */
(function () {
  "use strict";
  var me = document.currentScript;
  var source = document.getElementById("chart-data");
  if (!me || !source) return;
  var plotlySrc = me.getAttribute("data-plotly");
  var figures = JSON.parse(source.textContent);
  var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage"] };
  var elements = Object.keys(figures).map(function (id) { return document.getElementById(id); }).filter(Boolean);
  var loading = null;
  var queue = [];
  var busy = false;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = plotlySrc;
        s.onload = resolve;
        s.onerror = function (e) { loading = null; reject(e); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function drawNext() {
    var el = queue.shift();
    if (!el) { busy = false; return; }
    var fig = figures[el.id];
    // On a narrow screen every other month is labelled (labels stay horizontal and readable).
    if (fig.layout.xaxis && fig.layout.xaxis.type === "category" && el.clientWidth < 640) fig.layout.xaxis.nticks = 7;
    el.textContent = "";
    el.classList.add("chart-drawn");
    addCsv(el);
    window.Plotly.newPlot(el, fig.data, fig.layout, config).then(function () {
      window.requestAnimationFrame(drawNext);
    }, function () { window.requestAnimationFrame(drawNext); });
  }

  function draw(el) {
    if (el.getAttribute("data-queued")) return;
    el.setAttribute("data-queued", "1");
    queue.push(el);
    loadPlotly().then(function () {
      if (!busy) { busy = true; drawNext(); }
    }, function () {
      el.setAttribute("data-failed", "1");
    });
  }

  // A reader who starts to scroll is likely on the way to the charts: fetch and start plotly.js then (not on load,
  // so the first view of the page stays fast), and draw each chart when it comes near the screen.
  function onFirstScroll() {
    window.removeEventListener("scroll", onFirstScroll);
    loadPlotly().catch(function () { });
  }
  window.addEventListener("scroll", onFirstScroll, { passive: true });

  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { observer.unobserve(e.target); draw(e.target); }
      });
    }, { rootMargin: "600px 0px" });
    elements.forEach(function (el) { observer.observe(el); });
  } else {
    elements.forEach(draw);
  }

  // Per chart: a CSV of exactly the values of its table (labels, units as in the table; ";" and decimal comma).
  function csvOf(table) {
    var lines = [];
    table.querySelectorAll("tr").forEach(function (tr) {
      var cells = [];
      tr.querySelectorAll("th, td").forEach(function (c) {
        var t = c.textContent.replace(/\u00a0/g, " ").replace(/\u2013/g, "").trim();
        // As every CSV of the site (CsvText): a cell a spreadsheet would run as a formula gets a leading apostrophe.
        var formula = /^[=+\-@\t\r]/.test(t) && !/^[+-]?\d[\d.]*(?:,\d+)?(?: %| Prozentpunkte| Pkt\.)?$/.test(t);
        if (formula) t = "'" + t;
        cells.push(formula || /[;"\n]/.test(t) ? "\"" + t.replace(/"/g, "\"\"") + "\"" : t);
      });
      lines.push(cells.join(";"));
    });
    var caption = table.querySelector("caption");
    return "\ufeff" + (caption ? caption.textContent.trim() + "\n" : "") + lines.join("\n") + "\n";
  }

  function addCsv(el) {
    var figure = el.closest("figure");
    var table = figure && figure.querySelector("table");
    if (!table || figure.querySelector(".chart-csv")) return;
    var a = document.createElement("a");
    a.className = "chart-csv";
    a.download = el.id.replace(/^chart-/, "") + ".csv";
    a.textContent = "Werte als CSV herunterladen";
    a.href = "data:text/csv;charset=utf-8," + encodeURIComponent(csvOf(table));
    var details = figure.querySelector("details");
    figure.insertBefore(a, details ? details.nextSibling : null);
  }

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    elements.forEach(draw);
  });
})();
