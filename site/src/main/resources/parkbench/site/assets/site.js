/* Parkbench course site: the page's words for every script, theme toggle, sortable and filterable tables. No network, no frameworks. */

/*
 * ParkbenchText: the words the scripts show, in the page's language, from the JSON blocks the site
 * writes into its pages (<script type="application/json" data-parkbench-messages>, the js.* messages
 * of the site's bundle: js.site.* on every page, js.exercise.* on the pages with exercise scripts, js.form.* on
 * the exercise pages (the answer form), js.answers.* on the exercises index (the id form, answer files).
 * format(<key>, a, b) fills {0}, {1}…; count(<key>, n, …) picks <key>.one or <key>.other by n. A
 * missing key shows as itself, so a gap is seen, never another language.
 */
(function (root) {
  'use strict';
  var texts = null;

  function all() {
    if (texts === null) {
      texts = {};
      Array.prototype.forEach.call(document.querySelectorAll('script[data-parkbench-messages]'), function (node) {
        try {
          var block = JSON.parse(node.textContent);
          Object.keys(block).forEach(function (key) { texts[key] = block[key]; });
        } catch (e) {
          // an unreadable block: its keys show as themselves
        }
      });
    }
    return texts;
  }

  function fill(text, args) {
    if (!args.length) {
      return text;
    }
    return text.replace(/\{(\d+)\}/g, function (m, i) {
      return Number(i) < args.length ? String(args[Number(i)]) : m;
    }).replace(/''/g, "'");
  }

  function format(key) {
    var text = all()[key];
    return typeof text === 'string' ? fill(text, Array.prototype.slice.call(arguments, 1)) : key;
  }

  function count(key, n) {
    var args = Array.prototype.slice.call(arguments, 1);
    return format.apply(null, [key + (n === 1 ? '.one' : '.other')].concat(args));
  }

  root.ParkbenchText = { text: format, format: format, count: count };
})(window);

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
      label.textContent = window.ParkbenchText.text('js.site.theme');
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
    // the form names every table it filters ("park-table zone-table"); each says so when no row is left
    var tables = form.getAttribute('data-filter-table').split(/\s+/).map(function (id) { return document.getElementById(id); })
      .filter(function (t) { return t; });
    if (!tables.length) { return; }
    var count = form.querySelector('.filter-count');
    var controls = form.querySelectorAll('[data-filter]');
    function matches(row, want) {
      return (!want.text || (row.getAttribute('data-text') || '').toLowerCase().indexOf(want.text) >= 0)
        && (!want.model || row.getAttribute('data-model') === want.model)
        && (!want.country || (row.getAttribute('data-country') || '').toLowerCase() === want.country);
    }
    function apply() {
      var want = {};
      Array.prototype.forEach.call(controls, function (c) { want[c.getAttribute('data-filter')] = c.value.trim().toLowerCase(); });
      var counts = tables.map(function (table) {
        var shown = 0, rows = table.tBodies[0].rows;
        Array.prototype.forEach.call(rows, function (row) {
          var ok = matches(row, want);
          row.hidden = !ok;
          if (ok) { shown++; }
        });
        var none = document.querySelector('[data-no-match-for="' + table.id + '"]');
        if (none) { none.hidden = shown > 0; }
        return [shown, rows.length];
      });
      if (count) {
        var text = window.ParkbenchText.format('js.site.filter-shown', counts[0][0], counts[0][1]);
        if (counts.length > 1) { text += ' · ' + window.ParkbenchText.format('js.site.filter-shown-zones', counts[1][0], counts[1][1]); }
        count.textContent = text;
      }
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

/*
 * Printing: every closed <details> (a figure's data table) opens for the printout and closes again
 * after it, so a printed page carries the data its figures show. The print stylesheet opens them
 * too where the browser lets CSS do it (::details-content); this is for the browsers that do not.
 */
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
