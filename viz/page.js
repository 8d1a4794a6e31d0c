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
      if (ev.url && /^https?:\/\//i.test(ev.url)) {
        var link = el("a", "kg-url", ev.url);
        link.href = ev.url;
        link.rel = "noopener noreferrer";
        box.appendChild(link);
      }
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

  /* --- labels that never overlap -------------------------------------------------------
     Every box below is in canvas coordinates, where a label keeps its size relative to the
     drawing at every zoom: boxes apart here are apart on screen whatever the zoom. */
  var FONT = 12, EDGE_FONT = 10, GAP = 6;
  var INSIDE = { box: true, ellipse: true, circle: true, database: true, text: true };
  var ctx = network.canvas.getContext();

  function nodeBoxes() {
    /* id -> the node's shape and its label, relative to the node's centre (vis' own sizes; the
       label below the shape as vis' drawExternalLabel puts it: top = y + h/2 + font/2 + 4) */
    var out = {};
    data.nodes.forEach(function (n) {
      var body = network.body.nodes[n.id];
      if (!body) { return; }
      body.shape.resize(ctx, false, false);
      var w = body.shape.width, h = body.shape.height;
      var shape = { l: -w / 2, t: -h / 2, r: w / 2, b: h / 2 };
      var label = null;
      if (n.label) {
        var s = body.labelModule.getTextSize(ctx, false, false);
        var top = INSIDE[n.shape] ? -s.height / 2 : h / 2 + FONT / 2 + 4;
        label = { l: -s.width / 2, t: top, r: s.width / 2, b: top + s.height };
      }
      out[n.id] = { shape: shape, label: label };
    });
    return out;
  }
  function union(a, b) {
    return b ? { l: Math.min(a.l, b.l), t: Math.min(a.t, b.t), r: Math.max(a.r, b.r), b: Math.max(a.b, b.b) } : a;
  }
  function at(box, x, y) { return { l: x + box.l, t: y + box.t, r: x + box.r, b: y + box.b }; }
  function overlaps(a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; }

  /* Push nodes apart until no two (shape + label) boxes meet: along the smaller overlap ("xy"),
     or only downwards ("y": a time axis keeps every node's x). Pinned nodes do not move. */
  function separate(mode) {
    var boxes = nodeBoxes();
    var pinned = {};
    (data.pinned || []).forEach(function (id) { pinned[id] = true; });
    var items = data.nodes.filter(function (n) { return boxes[n.id]; }).map(function (n) {
      return { id: n.id, x: n.x, y: n.y, box: union(boxes[n.id].shape, boxes[n.id].label) };
    });
    for (var round = 0; round < 400; round++) {
      var moved = false;
      items.sort(function (a, b) { return (a.x + a.box.l) - (b.x + b.box.l); });
      for (var i = 0; i < items.length; i++) {
        var a = items[i], ab = at(a.box, a.x, a.y);
        for (var j = i + 1; j < items.length; j++) {
          var b = items[j], bb = at(b.box, b.x, b.y);
          if (bb.l >= ab.r + GAP) { break; }
          var ox = Math.min(ab.r, bb.r) - Math.max(ab.l, bb.l) + GAP;
          var oy = Math.min(ab.b, bb.b) - Math.max(ab.t, bb.t) + GAP;
          if (ox <= 0 || oy <= 0 || (pinned[a.id] && pinned[b.id])) { continue; }
          moved = true;
          if (mode === "y") {
            var lower = (b.y > a.y || (b.y === a.y && b.id > a.id)) ? b : a;
            if (pinned[lower.id]) { lower = lower === a ? b : a; }
            lower.y += lower === b ? oy : -oy;
          } else {
            var alongX = ox < oy;
            var sign = alongX ? (b.x > a.x || (b.x === a.x && b.id > a.id) ? 1 : -1)
                              : (b.y > a.y || (b.y === a.y && b.id > a.id) ? 1 : -1);
            var shareA = pinned[a.id] ? 0 : (pinned[b.id] ? 1 : 0.5);
            var push = alongX ? ox : oy;
            if (alongX) { a.x -= sign * push * shareA; b.x += sign * push * (1 - shareA); }
            else { a.y -= sign * push * shareA; b.y += sign * push * (1 - shareA); }
          }
          ab = at(a.box, a.x, a.y);
        }
      }
      if (!moved) { break; }
    }
    nodes.update(items.map(function (it) { return { id: it.id, x: it.x, y: it.y }; }));
    return boxes;
  }

  /* Edge labels (ego pictures): one per pair of nodes, at the first point along the edge where it
     meets no node, no node's label and no other edge label; an edge with no such point keeps its
     label in the tooltip only. */
  var edgeLabels = [];
  window.kgEdgeLabelBoxes = [];
  function placeEdgeLabels(boxes) {
    edgeLabels = [];
    var taken = [];
    data.nodes.forEach(function (n) {
      var b = boxes[n.id], p = network.body.nodes[n.id];
      if (b && p) { taken.push(at(union(b.shape, b.label), p.x, p.y)); }
    });
    var pairs = {}, order = [];
    data.edges.forEach(function (e) {
      var key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
      if (!pairs[key]) { pairs[key] = { from: e.from, to: e.to, texts: [] }; order.push(key); }
      var said = e.lbl || e.r;
      if (pairs[key].texts.indexOf(said) === -1) { pairs[key].texts.push(said); }
    });
    /* the pinned (centre) node's own edges first: they are what an ego picture is about */
    var pinnedSet = {};
    (data.pinned || []).forEach(function (id) { pinnedSet[id] = true; });
    var first = order.filter(function (k) { return pinnedSet[pairs[k].from] || pinnedSet[pairs[k].to]; });
    order = first.concat(order.filter(function (k) { return first.indexOf(k) === -1; }));
    ctx.save();
    ctx.font = EDGE_FONT + "px system-ui, sans-serif";
    order.forEach(function (key) {
      var pair = pairs[key], a = network.body.nodes[pair.from], b = network.body.nodes[pair.to];
      if (!a || !b) { return; }
      var text = pair.texts.join(" \u00b7 ");
      var w = ctx.measureText(text).width + 4, h = EDGE_FONT + 4;
      var spots = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.85, 0.15, 0.9];
      for (var k = 0; k < spots.length; k++) {
        var x = a.x + (b.x - a.x) * spots[k], y = a.y + (b.y - a.y) * spots[k];
        var box = { l: x - w / 2, t: y - h / 2, r: x + w / 2, b: y + h / 2 };
        if (!taken.some(function (o) { return overlaps(box, o); })) {
          taken.push(box);
          edgeLabels.push({ text: text, x: x, y: y, box: box, ends: [pair.from, pair.to] });
          break;
        }
      }
    });
    ctx.restore();
    window.kgEdgeLabelBoxes = edgeLabels.map(function (l) { return { text: l.text, box: l.box, ends: l.ends }; });
  }
  function drawEdgeLabels(c) {
    if (EDGE_FONT * network.getScale() < 5) { return; }  /* too small to read, as vis does for nodes */
    c.save();
    c.font = EDGE_FONT + "px system-ui, sans-serif";
    c.textAlign = "center";
    c.textBaseline = "middle";
    edgeLabels.forEach(function (l) {
      c.fillStyle = "rgba(255,255,255,0.9)";
      c.fillRect(l.box.l, l.box.t, l.box.r - l.box.l, l.box.b - l.box.t);
      c.fillStyle = "#555";
      c.fillText(l.text, l.x, l.y);
    });
    c.restore();
  }

  var SEPARATE_AT_MOST = 1500;  /* nodes; beyond that vis hides labels too small to read anyway */
  var laidOut = data.declutter && data.nodes.length <= SEPARATE_AT_MOST ? separate(data.declutter) : null;
  if (data.edgeLabels && laidOut) {
    placeEdgeLabels(laidOut);
    network.on("afterDrawing", drawEdgeLabels);
    network.on("dragEnd", function (p) { if (p.nodes.length) { placeEdgeLabels(nodeBoxes()); network.redraw(); } });
  }

  /* The overview's headline labels: the most central nodes, named at a fixed screen size on every
     frame, in order of centrality, each only where it meets no label already placed. */
  window.kgHeadlines = [];
  if (data.headlines && data.headlines.length) {
    var widths = {}, typeOf = {};
    data.nodes.forEach(function (n) { typeOf[n.id] = n.t; });
    network.on("afterDrawing", function (c) {
      var ratio = network.canvas.pixelRatio || 1;
      var rect = container.getBoundingClientRect();
      c.save();
      c.setTransform(ratio, 0, 0, ratio, 0, 0);
      c.font = "13px system-ui, sans-serif";
      c.textAlign = "center";
      c.textBaseline = "top";
      var placed = [];
      var scale = network.getScale();
      for (var i = 0; i < data.headlines.length && placed.length < 60; i++) {
        var id = data.headlines[i], body = network.body.nodes[id];
        if (!body || hiddenTypes[typeOf[id]]) { continue; }
        var text = nodeTips[id].name;
        if (!(id in widths)) { widths[id] = c.measureText(text).width; }
        var p = network.canvasToDOM({ x: body.x, y: body.y });
        var below = p.y + (body.options.size || 10) * scale + 3;
        var box = { l: p.x - widths[id] / 2 - 2, t: below - 1, r: p.x + widths[id] / 2 + 2, b: below + 16 };
        if (box.r < 0 || box.l > rect.width || box.b < 0 || box.t > rect.height) { continue; }
        if (placed.some(function (o) { return overlaps(box, o.box); })) { continue; }
        placed.push({ id: id, text: text, box: box });
        c.lineWidth = 3;
        c.lineJoin = "round";
        c.strokeStyle = "rgba(255,255,255,0.9)";
        c.strokeText(text, p.x, below);  /* a halo, so the name reads over edges without hiding nodes */
        c.fillStyle = "#212121";
        c.fillText(text, p.x, below);
      }
      c.restore();
      window.kgHeadlines = placed;
    });
  }

  /* time axis (diffusion): drawn on the canvas under the nodes; a date too close to the last one
     drawn is left out (its municipalities carry their own date), the first and last always shown */
  window.kgAxisBoxes = [];
  if (data.axis && data.axis.length) {
    var ticks = [];
    ctx.save();
    ctx.font = "12px system-ui, sans-serif";
    data.axis.forEach(function (t) {
      var w = ctx.measureText(t.text).width;
      ticks.push({ x: t.x, y: t.y, text: t.text, box: { l: t.x - w / 2, t: t.y + 12, r: t.x + w / 2, b: t.y + 26 } });
    });
    ctx.restore();
    ticks.sort(function (a, b) { return a.x - b.x; });
    var shownTicks = [];
    ticks.forEach(function (t, i) {
      var last = shownTicks[shownTicks.length - 1];
      if (!last || t.box.l >= last.box.r + 10) { shownTicks.push(t); }
      else if (i === ticks.length - 1 && shownTicks.length > 1) { shownTicks[shownTicks.length - 1] = t; }
    });
    window.kgAxisBoxes = shownTicks.map(function (t) { return { text: t.text, box: t.box }; });
    network.on("beforeDrawing", function (c) {
      c.save();
      c.strokeStyle = "#9e9e9e";
      c.fillStyle = "#424242";
      c.lineWidth = 1;
      c.font = "12px system-ui, sans-serif";
      c.textAlign = "center";
      c.textBaseline = "top";
      var first = ticks[0], last = ticks[ticks.length - 1];
      c.beginPath();
      c.moveTo(first.x - 40, first.y);
      c.lineTo(last.x + 40, last.y);
      c.stroke();
      ticks.forEach(function (t) {
        c.beginPath();
        c.moveTo(t.x, t.y - 6);
        c.lineTo(t.x, t.y + 6);
        c.stroke();
      });
      shownTicks.forEach(function (t) { c.fillText(t.text, t.x, t.y + 12); });
      c.restore();
    });
  }

  /* what the marks mean (diffusion: a date known exactly, or only as "on or before") */
  var marks = document.getElementById("kg-marks");
  (data.marks || []).forEach(function (m) {
    var item = el("span", "kg-mark");
    var swatch = el("span", "kg-swatch kg-dot" + (m.hollow ? " kg-hollow" : ""));
    swatch.style.borderColor = m.colour;
    if (!m.hollow) { swatch.style.background = m.colour; }
    item.appendChild(swatch);
    item.appendChild(el("span", null, m.text));
    marks.appendChild(item);
  });
  marks.hidden = !(data.marks && data.marks.length);

  network.once("afterDrawing", function () {
    window.kgReadyMs = performance.now();  /* since navigation start, for benchmarks */
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  });
  network.fit({ animation: false });
})();
