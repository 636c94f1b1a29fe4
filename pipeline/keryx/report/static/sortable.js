/* keryx: sortable and filterable tables, inlined into report.html (no library, no network).
   Click a header to sort (again to reverse); cells may carry data-sort with the value to sort by.
   A URL hash "#sort=<table id>:<column index>[:desc]" sorts on load (a link to a sorted view). */
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  function compare(a, b) {
    var na = parseFloat(a), nb = parseFloat(b);
    var numeric = a !== "" && b !== "" && !isNaN(na) && !isNaN(nb) && isFinite(a) && isFinite(b);
    if (numeric) return na - nb;
    if (a === "" && b !== "") return 1;
    if (b === "" && a !== "") return -1;
    return a.localeCompare(b, "el", { sensitivity: "base" });
  }
  function sortTable(table, index, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var c = compare(cellValue(r1, index), cellValue(r2, index));
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.setAttribute("aria-sort", i === index ? (descending ? "descending" : "ascending") : "none");
    });
  }
  function setUp(table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.setAttribute("aria-sort", "none");
      th.setAttribute("tabindex", "0");
      var go = function () { sortTable(table, i, th.getAttribute("aria-sort") === "ascending"); };
      th.addEventListener("click", go);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
    });
    var filter = document.querySelector('input.filter[data-table="' + table.id + '"]');
    if (filter) {
      filter.addEventListener("input", function () {
        var q = filter.value.toLowerCase();
        Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
          r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
        });
      });
    }
    table.classList.add("sortable-ready");
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setUp);
    var m = /^#sort=([\w-]+):(\d+)(:desc)?$/.exec(window.location.hash);
    if (m) {
      var table = document.getElementById(m[1]);
      if (table) sortTable(table, parseInt(m[2], 10), !!m[3]);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
