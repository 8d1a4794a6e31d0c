// kommunegraf serve: sortable tables. The package's own script; the pages load nothing from elsewhere.
"use strict";
(function () {
  function cellValue(row, index) {
    const cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }
  function compare(a, b) {
    const x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return a.localeCompare(b, "da");
  }
  function sortBy(table, index, header) {
    const body = table.tBodies[0];
    if (!body) return;
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of table.tHead.rows[0].cells) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const rows = Array.from(body.rows);
    rows.sort((r, s) => (ascending ? 1 : -1) * compare(cellValue(r, index), cellValue(s, index)));
    for (const row of rows) body.appendChild(row);
  }
  document.addEventListener("DOMContentLoaded", function () {
    for (const table of document.querySelectorAll("table.sortable")) {
      if (!table.tHead) continue;
      Array.from(table.tHead.rows[0].cells).forEach(function (header, index) {
        header.addEventListener("click", function () { sortBy(table, index, header); });
      });
    }
  });
})();
