/* Choropleth maps (start page, year overviews), drawn with the site's own plotly.js when the map comes into view.
   Shapes: assets/karte.js (sets window.ZIELSITE_KARTE; a script element, so it loads from disk too, where fetch
   fails). Values: the table named by data-table, which stays the map's text alternative; each of its rows has
   data-ags, a link to the region's page and a cell of class "n" reading "3 von 5". Regions of the shapes without
   targets in the table are grey. Hover: name and value; a mouse click: the region's page. A tap (touch or pen, many
   shapes are smaller than a finger) opens a panel below the map with the region's name, value and verdict and a link
   to its page; a second tap on the same region opens the page. No request to another host. */
(function () {
  "use strict";
  var pending = {};

  function load(src, done) {
    if (pending[src] === true) { done(true); return; }
    if (pending[src]) { pending[src].push(done); return; }
    pending[src] = [done];
    var s = document.createElement("script");
    s.src = src;
    s.async = true;
    s.onload = s.onerror = function (e) {
      var waiting = pending[src];
      pending[src] = e.type === "load" ? true : undefined;
      waiting.forEach(function (f) { f(e.type === "load"); });
    };
    document.head.appendChild(s);
  }

  function percent(x) { return String(Math.round(x)) + "\u00a0%"; }

  function values(table) {
    var out = {};
    var rows = table ? table.querySelectorAll("tbody tr[data-ags]") : [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], a = row.querySelector("a"), n = row.querySelector(".n");
      var m = n ? /(\d+) von (\d+)/.exec(n.textContent) : null;
      out[row.getAttribute("data-ags")] = {
        name: a ? a.textContent : row.cells[0].textContent,
        href: a ? a.href : "",
        positive: m ? Number(m[1]) : 0,
        count: m ? Number(m[2]) : 0
      };
    }
    return out;
  }

  function draw(el) {
    var geo = window.ZIELSITE_KARTE, Plotly = window.Plotly;
    if (!geo || !Plotly) { failed(el); return; }
    emptyOutline();
    var word = el.getAttribute("data-word") || "erreicht";
    var vals = values(document.getElementById(el.getAttribute("data-table")));
    var on = { loc: [], z: [], text: [], href: [] }, off = { loc: [], z: [], text: [], href: [] }, info = {};
    // plotly reads its texts as small HTML (<a href>, <b>, <br>): names from the page and the GeoJSON are text, never markup.
    function plain(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
    geo.features.forEach(function (f) {
      var ags = f.properties.ags, v = vals[ags];
      if (v && v.count > 0) {
        var share = 100 * v.positive / v.count;
        on.loc.push(ags); on.z.push(share); on.href.push(v.href);
        on.text.push(plain(v.name) + "<br>" + v.positive + " von " + v.count + " Zielen " + word + " (" + percent(share) + ")");
        info[ags] = { name: v.name, href: v.href, value: percent(share), verdict: v.positive + " von " + v.count + " Zielen " + word };
      } else {
        off.loc.push(ags); off.z.push(0); off.href.push(v ? v.href : "");
        off.text.push(plain(v ? v.name : f.properties.name) + "<br>" + (v ? "keine Zielvereinbarung" : "nicht Teil der Zielvereinbarungen"));
        info[ags] = { name: v ? v.name : f.properties.name, href: v ? v.href : "", value: "", verdict: v ? "keine Zielvereinbarung" : "nicht Teil der Zielvereinbarungen" };
      }
    });
    var narrow = el.clientWidth < 600;
    var line = { color: "#6e6e6e", width: 0.6 };
    var common = { type: "choropleth", geojson: geo, featureidkey: "properties.ags", hovertemplate: "%{text}<extra></extra>", marker: { line: line } };
    var traces = [];
    if (off.loc.length > 0)
      traces.push(Object.assign({}, common, {
        name: "ohne Ziele", locations: off.loc, z: off.z, text: off.text, customdata: off.href,
        colorscale: [[0, "#d6d6d6"], [1, "#d6d6d6"]], showscale: false
      }));
    traces.push(Object.assign({}, common, {
      name: "Anteil " + word, locations: on.loc, z: on.z, text: on.text, customdata: on.href, zmin: 0, zmax: 100,
      colorscale: [[0, "#f2f6fa"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2b75b5"], [1, "#0b3d75"]],
      colorbar: {
        title: { text: "Anteil " + word, side: narrow ? "top" : "right" }, ticksuffix: "\u00a0%", tickvals: [0, 25, 50, 75, 100],
        orientation: narrow ? "h" : "v", thickness: 12, len: narrow ? 0.8 : 0.7, x: narrow ? 0.5 : 1, xanchor: narrow ? "center" : "left",
        y: narrow ? -0.02 : 0.5, yanchor: narrow ? "top" : "middle", outlinewidth: 0
      }
    }));
    var layout = {
      geo: { fitbounds: "locations", visible: false, projection: { type: "mercator" }, bgcolor: "rgba(0,0,0,0)" },
      margin: { l: 0, r: narrow ? 0 : 60, t: 0, b: narrow ? 60 : 0 },
      paper_bgcolor: "rgba(0,0,0,0)", dragmode: false, separators: ",.",
      font: { family: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size: 13, color: "#1a1a1a" },
      hoverlabel: { font: { size: 14 } }
    };
    el.textContent = "";
    Plotly.newPlot(el, traces, layout, { displayModeBar: false, scrollZoom: false, doubleClick: false, responsive: true, showTips: false })
      .then(function () {
        var panel = touchPanel(el);
        el.on("plotly_click", function (d) {
          var point = d && d.points && d.points[0];
          var href = point && point.customdata;
          if (lastPointer(el) === "mouse") { if (href) window.location.href = href; return; }
          var ags = point && point.location;
          if (!ags || !info[ags]) return;
          if (panel.ags === ags && !panel.box.hidden && href) { window.location.href = href; return; }
          panel.show(ags, info[ags]);
        });
        el.classList.add("map-drawn");
      });
  }

  // The kind of pointer that last pressed on the map: "mouse" (or none, e.g. a click from a script) navigates at once,
  // "touch" and "pen" show the panel first.
  function lastPointer(el) { return el.getAttribute("data-pointer") || "mouse"; }

  function watchPointer(el) {
    el.addEventListener("pointerdown", function (e) { el.setAttribute("data-pointer", e.pointerType || "mouse"); }, true);
    el.addEventListener("touchstart", function () { el.setAttribute("data-pointer", "touch"); }, { capture: true, passive: true });
  }

  // The panel below a map for a tapped region: name, value, verdict, a link to its page and a button to close it.
  // It is a live region, so that a screen reader on a touch device hears what the tap chose.
  function touchPanel(el) {
    watchPointer(el);
    var box = document.createElement("div");
    box.className = "map-panel";
    box.hidden = true;
    var live = document.createElement("p");
    live.className = "map-panel-text";
    live.setAttribute("role", "status");
    var name = document.createElement("strong"), rest = document.createElement("span");
    live.appendChild(name); live.appendChild(rest);
    var go = document.createElement("a");
    go.className = "map-panel-link";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "map-panel-close";
    close.textContent = "Schließen";
    box.appendChild(live); box.appendChild(go); box.appendChild(close);
    el.parentNode.insertBefore(box, el.nextSibling);
    var panel = { box: box, ags: null };
    close.addEventListener("click", function () { box.hidden = true; panel.ags = null; });
    panel.show = function (ags, v) {
      panel.ags = ags;
      name.textContent = v.name;
      rest.textContent = ": " + v.verdict + (v.value ? " (" + v.value + ")" : "") + ".";
      if (v.href) { go.href = v.href; go.textContent = "Seite öffnen: " + v.name; go.hidden = false; } else { go.removeAttribute("href"); go.hidden = true; }
      box.hidden = false;
    };
    return panel;
  }

  function failed(el) {
    var p = el.querySelector(".map-fallback");
    if (p) p.textContent = "Die Karte konnte nicht geladen werden. Die Zahlen stehen in der Tabelle.";
  }

  // plotly's geo subplot asks for its world outline (topojson) even with every base layer hidden, from cdn.plot.ly
  // unless it is already among window.PlotlyGeoAssets: an empty outline keeps every request on this site.
  function emptyOutline() {
    var none = { type: "GeometryCollection", geometries: [] }, objects = {};
    ["coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits"].forEach(function (n) { objects[n] = none; });
    var assets = window.PlotlyGeoAssets = window.PlotlyGeoAssets || {};
    assets.topojson = assets.topojson || {};
    ["world_110m", "world_50m"].forEach(function (n) {
      if (!assets.topojson[n]) assets.topojson[n] = { type: "Topology", arcs: [], objects: objects };
    });
  }

  function start(el) {
    emptyOutline();
    var left = 2, ok = true;
    function done(success) { ok = ok && success; if (--left === 0) { if (ok) draw(el); else failed(el); } }
    if (window.ZIELSITE_KARTE) done(true); else load(el.getAttribute("data-geo"), done);
    if (window.Plotly) done(true); else load(el.getAttribute("data-plotly"), done);
  }

  var maps = document.querySelectorAll(".map[data-geo]");
  if (!("IntersectionObserver" in window)) { Array.prototype.forEach.call(maps, start); return; }
  var seen = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (e.isIntersecting) { seen.unobserve(e.target); start(e.target); }
    });
  }, { rootMargin: "200px 0px" });
  Array.prototype.forEach.call(maps, function (el) { seen.observe(el); });
})();
