/* aikg export page: an interactive view of the graph embedded above as JSON.
   Every text from the data is shown with textContent (never innerHTML), so labels and quotes
   are always text, whatever characters they hold. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var sources = data.sources || {};
  var colors = data.colors || {};
  var HIDDEN_ATTRS = { id: 1, name: 1, label: 1, color: 1, short: 1, source: 1, target: 1, key: 1 };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  document.getElementById("title").textContent = data.title || "aikg graph";
  document.title = data.title || "aikg graph";
  document.getElementById("stats").textContent =
    data.elements.nodes.length + " nodes, " + data.elements.edges.length + " edges";

  var big = data.elements.nodes.length > 1500;
  function byType(a, b) {
    var ka = (a.data("category") || "") + "\u0000" + (a.data("type") || "") + "\u0000" + (a.data("label") || "");
    var kb = (b.data("category") || "") + "\u0000" + (b.data("type") || "") + "\u0000" + (b.data("label") || "");
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: data.elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
          "label": "data(short)", "background-color": "data(color)", "color": "#222",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis",
          "text-max-width": 140, "width": 22, "height": 22, "border-width": 1, "border-color": "#555",
          "min-zoomed-font-size": big ? 8 : 4 } },
      { selector: 'node[category = "fact"]', style: { "shape": "diamond", "width": 16, "height": 16, "font-size": 8,
          "min-zoomed-font-size": 11 } },
      { selector: 'node[category = "document"]', style: { "shape": "rectangle" } },
      { selector: "edge", style: {
          "width": 1, "line-color": "#b5b5b5", "target-arrow-color": "#b5b5b5", "target-arrow-shape": "triangle",
          "arrow-scale": 0.7, "curve-style": big ? "haystack" : "bezier", "label": big ? "" : "data(label)",
          "font-size": 7, "color": "#777", "text-rotation": "autorotate", "min-zoomed-font-size": 10 } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#d62728", "line-color": "#d62728",
          "target-arrow-color": "#d62728", "z-index": 10 } },
      { selector: "node:selected, node.hover, node.hood", style: { "min-zoomed-font-size": 0, "z-index": 20, "text-background-color": "#fff",
          "text-background-opacity": 0.85, "text-background-padding": 2 } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.25 } },
      { selector: 'node.faded[category = "fact"], edge.faded', style: { "label": "" } }
    ],
    // force-directed for a readable size; beyond that a grid grouped by type (fast, compact)
    layout: big ? { name: "grid", avoidOverlap: true, sort: byType } :
      { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 60; }, numIter: 1500, padding: 30 }
  });
  function tameZoom() { if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); } }
  cy.on("layoutstop", tameZoom);
  tameZoom();
  window.aikg = { cy: cy, data: data };

  /* ------------------------------------------------------------ side panel */
  var details = document.getElementById("details");

  function clearDetails() {
    while (details.firstChild) { details.removeChild(details.firstChild); }
  }

  function show(ele) {
    clearDetails();
    var d = ele.data();
    var isNode = ele.isNode();
    details.appendChild(el("h2", d.label || d.id));
    var badge = el("span", isNode ? (d.type || "node") : "relation: " + (d.label || d.key), "kind");
    badge.style.background = isNode ? (d.color || "#888") : "#666";
    details.appendChild(badge);
    if (!isNode) {
      var ends = el("p", "", "hint");
      ends.textContent = (cy.getElementById(d.source).data("label") || d.source) + " \u2192 " +
        (cy.getElementById(d.target).data("label") || d.target);
      details.appendChild(ends);
    }
    var table = el("table");
    Object.keys(d).sort().forEach(function (k) {
      if (HIDDEN_ATTRS[k] || k === "quote") { return; }
      var v = d[k];
      if (v === null || v === undefined || v === "") { return; }
      var tr = el("tr");
      tr.appendChild(el("th", k));
      if (k === "documents") { v = String(v).split(",").join(", "); }
      tr.appendChild(el("td", typeof v === "number" ? v.toLocaleString("en") : v));
      table.appendChild(tr);
    });
    details.appendChild(table);
    var quotes = sources[d.id] || (d.quote ? [[d.documents || "", d.quote]] : []);
    details.appendChild(el("h3", quotes.length ? "Sources (" + quotes.length + ")" : "Sources"));
    if (!quotes.length) {
      details.appendChild(el("p", "No quoted evidence for this element.", "hint"));
      return;
    }
    var list = el("ul");
    list.id = "sources";
    quotes.forEach(function (q) {
      var li = el("li");
      li.appendChild(el("blockquote", q[1]));
      li.appendChild(el("div", "document: " + (q[0] || "unknown") + (q[2] ? " \u00b7 about: " + q[2] : ""), "doc"));
      list.appendChild(li);
    });
    details.appendChild(list);
  }

  function highlight(ele) {
    cy.batch(function () {
      cy.elements().removeClass("hood").addClass("faded");
      var near = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
      near.removeClass("faded").addClass("hood");
    });
  }

  function unhighlight() {
    cy.elements().removeClass("faded hood");
  }

  function focus(ele) {
    cy.elements().unselect();
    ele.select();
    highlight(ele);
    if (ele.hasClass("hidden")) { ele.removeClass("hidden"); }
    cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    show(ele);
  }

  cy.on("tap", "node, edge", function (evt) { focus(evt.target); });
  cy.on("mouseover", "node", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); });
  cy.on("tap", function (evt) {
    if (evt.target === cy) {
      cy.elements().unselect();
      unhighlight();
      clearDetails();
      details.appendChild(el("p", "Click a node or an edge, or search for one.", "hint"));
    }
  });

  /* ------------------------------------------------------------ search */
  var input = document.getElementById("search");
  var matches = document.getElementById("matches");
  var status = document.getElementById("search-status");
  var nodesByLabel = cy.nodes().map(function (n) { return [String(n.data("label") || "").toLowerCase(), n]; });

  function find(text) {
    var t = text.trim().toLowerCase();
    if (!t) { return []; }
    var exact = [], starts = [], inside = [];
    nodesByLabel.forEach(function (pair) {
      if (pair[0] === t) { exact.push(pair[1]); }
      else if (pair[0].indexOf(t) === 0) { starts.push(pair[1]); }
      else if (pair[0].indexOf(t) > 0) { inside.push(pair[1]); }
    });
    return exact.concat(starts, inside);
  }

  function listMatches(found) {
    while (matches.firstChild) { matches.removeChild(matches.firstChild); }
    found.slice(0, 30).forEach(function (n) {
      var li = el("li");
      var b = el("button", n.data("label"));
      b.type = "button";
      b.title = n.data("type") || "";
      b.addEventListener("click", function () { focus(n); });
      li.appendChild(b);
      matches.appendChild(li);
    });
  }

  function search(select) {
    var found = find(input.value);
    status.textContent = input.value.trim() ? (found.length ? found.length + " match" + (found.length === 1 ? "" : "es") : "no match") : "";
    listMatches(found.length > 1 ? found : []);
    if (select && found.length) { focus(found[0]); }
    return found;
  }
  input.addEventListener("input", function () { search(false); });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); search(true); } });
  window.aikg.search = function (text) { input.value = text; var f = search(true); return f.length ? f[0].id() : null; };

  /* ------------------------------------------------------------ type filter */
  var typeList = document.getElementById("type-list");
  var counts = {};
  cy.nodes().forEach(function (n) { var t = n.data("type") || "?"; counts[t] = (counts[t] || 0) + 1; });
  var boxes = [];
  Object.keys(counts).sort().forEach(function (t) {
    var row = el("label", null, "type-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.addEventListener("change", applyTypes);
    var sw = el("span", null, "swatch");
    sw.style.background = colors[t] || "#999";
    row.appendChild(box);
    row.appendChild(sw);
    row.appendChild(el("span", t));
    row.appendChild(el("span", counts[t], "count"));
    typeList.appendChild(row);
    boxes.push(box);
  });

  function applyTypes() {
    var on = {};
    boxes.forEach(function (b) { if (b.checked) { on[b.value] = true; } });
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        if (on[n.data("type") || "?"]) { n.removeClass("hidden"); } else { n.addClass("hidden"); n.unselect(); }
      });
    });
  }
  window.aikg.setTypes = function (types) {
    boxes.forEach(function (b) { b.checked = types.indexOf(b.value) >= 0; });
    applyTypes();
    return cy.nodes(":visible").length;
  };
  document.getElementById("all-types").addEventListener("click", function () { boxes.forEach(function (b) { b.checked = true; }); applyTypes(); });
  document.getElementById("no-types").addEventListener("click", function () { boxes.forEach(function (b) { b.checked = false; }); applyTypes(); });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(cy.elements(":visible"), 30); });

  window.aikg.ready = true;
})();
