/* kommunegraf page: draws the embedded graph with vis-network, no network access.
   Text from documents only ever reaches the page through textContent or the canvas. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodeTips = data.tips.nodes, edgeTips = data.tips.edges;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  document.getElementById("kg-title").textContent = data.title;
  var note = document.getElementById("kg-note");
  if (data.note) { note.textContent = data.note; note.hidden = false; }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var large = data.nodes.length > 1500;
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: true },
    nodes: { font: { size: 12, face: "system-ui, sans-serif" }, borderWidth: 1, scaling: { label: { drawThreshold: 6 } } },
    edges: {
      smooth: false, width: 1, selectionWidth: 2,
      arrows: { to: { enabled: !large, scaleFactor: 0.4 } },
      color: { color: "#b0b0b0", highlight: "#424242", hover: "#616161" }
    }
  });
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  /* tooltips: built from plain strings with textContent, never parsed as HTML */
  var box = document.getElementById("kg-tip");
  function source(ev) {
    var parts = ["doc " + ev.doc];
    if (ev.item) { parts.push("item " + ev.item); }
    if (ev.body) { parts.push(ev.body); }
    if (ev.date) { parts.push(ev.date); }
    return parts.join(", ");
  }
  function fill(tip) {
    box.replaceChildren();
    box.appendChild(el("div", "kg-kind", tip.kind));
    box.appendChild(el("div", "kg-name", tip.name));
    if (tip.aliases.length) { box.appendChild(el("div", "kg-aliases", "Also: " + tip.aliases.join("; "))); }
    var facts = tip.facts.map(function (f) { return f[0] + ": " + f[1]; });
    if (tip.degree !== undefined) { facts.push("connections: " + tip.degree); }
    if (facts.length) { box.appendChild(el("div", "kg-facts", facts.join("\n"))); }
    tip.evidence.forEach(function (ev) {
      box.appendChild(el("div", "kg-src", ev.rel));
      box.appendChild(el("blockquote", null, "\u201c" + ev.quote + "\u201d"));
      box.appendChild(el("div", "kg-src", source(ev)));
    });
  }
  function show(tip, pointer) {
    if (!tip) { return; }
    fill(tip);
    var rect = container.getBoundingClientRect();
    box.hidden = false;
    var left = rect.left + pointer.DOM.x + 14, top = rect.top + pointer.DOM.y + 14;
    box.style.left = Math.max(0, Math.min(left, window.innerWidth - box.offsetWidth - 4)) + "px";
    box.style.top = Math.max(0, Math.min(top, window.innerHeight - box.offsetHeight - 4)) + "px";
  }
  function hide() { box.hidden = true; }
  network.on("hoverNode", function (p) { show(nodeTips[p.node], p.pointer); });
  network.on("hoverEdge", function (p) { show(edgeTips[p.edge], p.pointer); });
  network.on("blurNode", hide);
  network.on("blurEdge", hide);
  network.on("dragStart", hide);
  network.on("zoom", hide);
  network.on("click", function (p) {
    if (p.nodes.length) { show(nodeTips[p.nodes[0]], p.pointer); }
    else if (p.edges.length) { show(edgeTips[p.edges[0]], p.pointer); }
    else { hide(); }
  });
  window.kgShowTip = function (kind, id) {
    show((kind === "edge" ? edgeTips : nodeTips)[id], { DOM: { x: 10, y: 10 } });
    return box.textContent;
  };

  /* filter by type */
  var hiddenTypes = {};
  var counts = document.getElementById("kg-counts");
  function updateCounts() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    counts.textContent = shown + " of " + data.nodes.length + " nodes shown, " + data.edges.length + " edges";
  }
  var legend = document.getElementById("kg-legend");
  data.legend.forEach(function (entry) {
    var label = el("label");
    var box2 = el("input");
    box2.type = "checkbox";
    box2.checked = true;
    box2.setAttribute("data-type", entry.type);
    box2.addEventListener("change", function () {
      hiddenTypes[entry.type] = !box2.checked;
      nodes.update(data.nodes.filter(function (n) { return n.t === entry.type; })
        .map(function (n) { return { id: n.id, hidden: !box2.checked }; }));
      updateCounts();
    });
    var swatch = el("span", "kg-swatch kg-" + entry.shape);
    swatch.style.background = entry.colour;
    label.appendChild(box2);
    label.appendChild(swatch);
    label.appendChild(el("span", null, entry.type + " (" + entry.count + ")"));
    legend.appendChild(label);
  });
  updateCounts();

  /* search by name, alias or id */
  var index = data.nodes.map(function (n) {
    var tip = nodeTips[n.id];
    return [n.id, n.t, (tip.name + "\n" + tip.aliases.join("\n") + "\n" + n.id).toLowerCase()];
  });
  var input = document.getElementById("kg-search");
  var found = document.getElementById("kg-found");
  var timer = null;
  function search() {
    var q = input.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); found.textContent = ""; return; }
    var hits = index.filter(function (x) { return !hiddenTypes[x[1]] && x[2].indexOf(q) !== -1; })
      .map(function (x) { return x[0]; });
    found.textContent = hits.length + " found";
    var shown = hits.slice(0, 500);
    network.selectNodes(shown);
    if (shown.length) {
      network.fit({ nodes: shown, animation: false });
      if (network.getScale() > 1.5) { network.moveTo({ scale: 1.5 }); }
    }
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 200); });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") { clearTimeout(timer); search(); } });
  window.kgSearch = function (q) { input.value = q; search(); return network.getSelectedNodes(); };

  /* time axis (diffusion): drawn on the canvas under the nodes */
  if (data.axis && data.axis.length) {
    network.on("beforeDrawing", function (ctx) {
      ctx.save();
      ctx.strokeStyle = "#9e9e9e";
      ctx.fillStyle = "#424242";
      ctx.lineWidth = 1;
      ctx.font = "12px system-ui, sans-serif";
      ctx.textAlign = "center";
      var first = data.axis[0], last = data.axis[data.axis.length - 1];
      ctx.beginPath();
      ctx.moveTo(first.x - 40, first.y);
      ctx.lineTo(last.x + 40, last.y);
      ctx.stroke();
      data.axis.forEach(function (t) {
        ctx.beginPath();
        ctx.moveTo(t.x, t.y - 6);
        ctx.lineTo(t.x, t.y + 6);
        ctx.stroke();
        ctx.fillText(t.text, t.x, t.y + 22);
      });
      ctx.restore();
    });
  }

  network.once("afterDrawing", function () {
    window.kgReadyMs = performance.now();  /* since navigation start, for benchmarks */
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  });
  network.fit({ animation: false });
})();
