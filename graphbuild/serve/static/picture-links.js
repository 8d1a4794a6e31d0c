// kommunegraf serve: a click on a node of an embedded picture opens that node's page in the app.
// Added to kommunegraf_viz's page by graphbuild.serve.pictures; node ids travel encoded in the URL.
"use strict";
(function () {
  var network = window.kgNetwork;
  if (!network) { return; }
  var container = document.getElementById("kg-network");
  var here = decodeURIComponent(window.location.pathname.replace(/^\/picture\//, ""));
  function pageOf(id) {
    return "/entity/" + encodeURIComponent(id).replace(/%3A/g, ":");
  }
  network.on("hoverNode", function (p) {
    container.style.cursor = String(p.node) === here ? "default" : "pointer";
  });
  network.on("blurNode", function () { container.style.cursor = ""; });
  network.on("click", function (p) {
    if (p.nodes.length !== 1 || String(p.nodes[0]) === here) { return; }
    window.top.location.href = new URL(pageOf(String(p.nodes[0])), window.location.href).href;
  });
  window.kgPageOf = pageOf;
})();
