/* Parkbench course site: theme toggle, sortable and filterable tables. No network, no frameworks. */
(function () {
  'use strict';
  var KEY = 'parkbench-theme';
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* private mode: the choice lasts this page */ }
  }
  function systemDark() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function current() {
    return root.getAttribute('data-theme') || (systemDark() ? 'dark' : 'light');
  }

  // Before the body renders: apply a stored choice, so the page never flashes the other theme.
  var saved = stored();
  if (saved === 'dark' || saved === 'light') {
    root.setAttribute('data-theme', saved);
  }

  function setupThemeToggle() {
    var button = document.getElementById('theme-toggle');
    if (!button) { return; }
    var label = button.querySelector('.theme-label');
    function show() {
      var dark = current() === 'dark';
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
      label.textContent = 'Dark mode';
    }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store(next);
      show();
    });
  }

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : '';
    if (numeric) {
      var n = parseFloat(text.replace(/[^0-9.\-]/g, ''));
      return isNaN(n) ? -Infinity : n;
    }
    return text.toLowerCase();
  }

  function setupSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-sort') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function setupFilters(form) {
    var table = document.getElementById(form.getAttribute('data-filter-table'));
    if (!table) { return; }
    var count = form.querySelector('.filter-count');
    var controls = form.querySelectorAll('[data-filter]');
    function apply() {
      var shown = 0, rows = table.tBodies[0].rows;
      var want = {};
      Array.prototype.forEach.call(controls, function (c) { want[c.getAttribute('data-filter')] = c.value.trim().toLowerCase(); });
      Array.prototype.forEach.call(rows, function (row) {
        var ok = (!want.text || (row.getAttribute('data-text') || '').toLowerCase().indexOf(want.text) >= 0)
          && (!want.model || row.getAttribute('data-model') === want.model)
          && (!want.country || (row.getAttribute('data-country') || '').toLowerCase() === want.country);
        row.hidden = !ok;
        if (ok) { shown++; }
      });
      if (count) { count.textContent = shown + ' of ' + rows.length + ' parks shown'; }
    }
    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    Array.prototype.forEach.call(controls, function (c) {
      c.addEventListener('input', apply);
      c.addEventListener('change', apply);
    });
    apply();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupThemeToggle();
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), setupSortable);
    Array.prototype.forEach.call(document.querySelectorAll('form[data-filter-table]'), setupFilters);
  });
})();
