/* Parkbench search: lunr over the index that search-index.js put in window.PARKBENCH_SEARCH. */
(function () {
  'use strict';
  var docs = window.PARKBENCH_SEARCH || [];
  var byUrl = {};
  docs.forEach(function (d) { byUrl[d.u] = d; });
  var index = window.lunr(function () {
    this.ref('u');
    this.field('t', { boost: 8 });
    this.field('b');
    docs.forEach(function (d) { this.add(d); }, this);
  });

  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');

  function excerpt(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    terms.some(function (t) { at = lower.indexOf(t); return at >= 0; });
    var start = Math.max(0, at - 80);
    return (start > 0 ? '…' : '') + text.substr(start, 220) + (start + 220 < text.length ? '…' : '');
  }

  function run(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) {
      status.textContent = 'Type a word: a park, a country, a company, a model.';
      return;
    }
    var terms = q.toLowerCase().split(/\s+/).filter(Boolean);
    var results = [];
    try {
      results = index.query(function (qb) {
        terms.forEach(function (t) {
          qb.term(t, { boost: 10 });
          qb.term(t, { wildcard: window.lunr.Query.wildcard.TRAILING, boost: 2 });
          if (t.length > 4) { qb.term(t, { editDistance: 1 }); }
        });
      });
    } catch (e) {
      results = [];
    }
    status.textContent = results.length === 0 ? 'No page matches "' + q + '".'
      : results.length + (results.length === 1 ? ' page matches' : ' pages match') + ' "' + q + '".';
    results.slice(0, 30).forEach(function (r) {
      var d = byUrl[r.ref];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = d.u;
      a.textContent = d.t;
      var h = document.createElement('h2');
      h.className = 'result-title';
      h.appendChild(a);
      var s = document.createElement('span');
      s.className = 'section';
      s.textContent = d.s;
      var p = document.createElement('p');
      p.className = 'excerpt';
      p.textContent = excerpt(d.b, terms);
      li.appendChild(s);
      li.appendChild(h);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  run(input.value);
  input.addEventListener('input', function () { run(input.value); });
  document.getElementById('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    run(input.value);
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
  });
})();
