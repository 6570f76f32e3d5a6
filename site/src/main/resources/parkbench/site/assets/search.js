/*
 * Parkbench search: the index that search-index.js put in window.PARKBENCH_SEARCH, written by the
 * generator (SearchIndex.java): docs, a sorted list of terms and, for each term, its posting list
 * "delta[:weight],..." (page numbers as differences, base 36). Only the lists a query needs are
 * decoded, so the page is ready once the index script is parsed (docs/decisions/012-search.md).
 *
 * tokenize() must give the tokens SearchTokenizer.java gives: the tests run both over
 * site/src/test/resources/search-tokens.json. Under Node (the tests) this file exports
 * { tokenize, SearchEngine } and touches no page.
 */
(function () {
  'use strict';
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var MARKS = /\p{Mn}/gu;
  var ASCII = /^[\x00-\x7f]*$/;

  /* NFKC, lower case, marks folded off their letters (pinyin's tones): as SearchTokenizer.normalize. */
  function normalize(text) {
    if (ASCII.test(text)) { return text.toLowerCase(); }
    return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
  }

  function isCjk(c) { return c.codePointAt(0) >= 0x1100 && CJK.test(c); }
  /* Whether a token is CJK (a character or a pair): its first character tells. */
  function isCjkToken(t) { return isCjk(String.fromCodePoint(t.codePointAt(0))); }

  /* Runs of letters and digits are tokens; a CJK run gives each character and each neighbouring pair. */
  function tokenize(text) {
    var chars = Array.from(normalize(text));
    var out = [], i = 0, n = chars.length;
    while (i < n) {
      var c = chars[i];
      if (isCjk(c)) {
        var previous = null;
        while (i < n && isCjk(chars[i])) {
          out.push(chars[i]);
          if (previous !== null) { out.push(previous + chars[i]); }
          previous = chars[i];
          i++;
        }
      } else if (WORD.test(c)) {
        var word = '';
        while (i < n && !isCjk(chars[i]) && WORD.test(chars[i])) { word += chars[i]; i++; }
        out.push(word);
      } else {
        i++;
      }
    }
    return out;
  }

  /* Whether a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
  function withinOneEdit(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) { return false; }
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) { i++; }
    if (i === la || i === lb) { return true; }
    if (la === lb) {
      return a.substring(i + 1) === b.substring(i + 1)
        || (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.substring(i + 2) === b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1) === b.substring(i) : a.substring(i) === b.substring(i + 1);
  }

  var EXACT = 1, PREFIX = 0.5, FUZZY = 0.3, MAX_PREFIX_TERMS = 200;

  function SearchEngine(index) {
    this.docs = index.docs || [];
    this.terms = index.terms || [];
    this.postings = index.postings || [];
    this.decoded = {};
    var languages = {};
    this.docs.forEach(function (d) { languages[d.l] = true; });
    this.languages = Object.keys(languages).sort();
  }

  /* The position of the first term >= word. */
  SearchEngine.prototype.lowerBound = function (word) {
    var lo = 0, hi = this.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (this.terms[mid] < word) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  };

  /* A term's postings as [doc, weight, doc, weight, ...], decoded once. */
  SearchEngine.prototype.posting = function (t) {
    var list = this.decoded[t];
    if (list) { return list; }
    list = [];
    var doc = 0;
    this.postings[t].split(',').forEach(function (entry) {
      var colon = entry.indexOf(':');
      doc += parseInt(colon < 0 ? entry : entry.substring(0, colon), 36);
      list.push(doc, colon < 0 ? 1 : +entry.substring(colon + 1));
    });
    this.decoded[t] = list;
    return list;
  };

  /* The terms a query token stands for, each with how much a match counts: itself, words it begins, near misspellings. */
  SearchEngine.prototype.expand = function (token) {
    var found = [], seen = {};
    var at = this.lowerBound(token);
    if (at < this.terms.length && this.terms[at] === token) { found.push([at, EXACT]); seen[at] = true; }
    if (isCjkToken(token)) { return found; }
    if (token.length >= 2) {
      for (var p = at; p < this.terms.length && p - at < MAX_PREFIX_TERMS && this.terms[p].lastIndexOf(token, 0) === 0; p++) {
        if (!seen[p]) { found.push([p, PREFIX]); seen[p] = true; }
      }
    }
    if (token.length >= 5) {
      for (var t = 0; t < this.terms.length; t++) {
        if (!seen[t] && withinOneEdit(token, this.terms[t])) { found.push([t, FUZZY]); seen[t] = true; }
      }
    }
    return found;
  };

  /*
   * The pages for a query, best first: [{doc, score}], and whether each has every word of it
   * (all). A CJK character of the query that is part of one of its pairs is matched by the pair.
   */
  SearchEngine.prototype.search = function (query) {
    var tokens = tokenize(query), unique = [], have = {};
    tokens.forEach(function (t) { if (!have[t]) { have[t] = true; unique.push(t); } });
    var required = unique.filter(function (t) {
      return !(Array.from(t).length === 1 && isCjkToken(t))
        || !unique.some(function (u) { return u.length > t.length && isCjkToken(u) && u.indexOf(t) >= 0; });
    });
    var n = this.docs.length, self = this;
    var total = {}, matched = {};
    required.forEach(function (token) {
      var best = {};
      self.expand(token).forEach(function (e) {
        var list = self.posting(e[0]);
        var idf = Math.log(1 + n / (list.length / 2));
        for (var i = 0; i < list.length; i += 2) {
          var s = e[1] * list[i + 1] * idf;
          if (!(best[list[i]] >= s)) { best[list[i]] = s; }
        }
      });
      Object.keys(best).forEach(function (d) {
        total[d] = (total[d] || 0) + best[d];
        matched[d] = (matched[d] || 0) + 1;
      });
    });
    var docs = Object.keys(total);
    var every = docs.filter(function (d) { return matched[d] === required.length; });
    var chosen = every.length > 0 ? every : docs;
    return {
      all: every.length > 0,
      results: chosen.map(function (d) { return { doc: self.docs[d], score: total[d], matched: matched[d] }; })
        .sort(function (a, b) { return b.matched - a.matched || b.score - a.score || (a.doc.u < b.doc.u ? -1 : 1); })
    };
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { tokenize: tokenize, normalize: normalize, SearchEngine: SearchEngine, withinOneEdit: withinOneEdit };
    return;
  }

  var LANGUAGES = { en: 'English', zh: '中文' };
  var engine = new SearchEngine(window.PARKBENCH_SEARCH || {});
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input) { return; }
  var prompt = status.textContent; // the page's own words, in its language

  function run(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) {
      status.textContent = prompt;
      return;
    }
    var found = engine.search(q), results = found.results;
    var words = window.ParkbenchText;
    status.textContent = results.length === 0 ? words.format('js.site.search.none', q)
      : (found.all ? '' : words.text('js.site.search.some-words')) + words.count('js.site.search.found', results.length, q);
    results.slice(0, 30).forEach(function (r) {
      var d = r.doc;
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
      li.appendChild(s);
      if (engine.languages.length > 1) {
        var l = document.createElement('span');
        l.className = 'result-language';
        l.lang = d.l;
        l.textContent = ' · ' + (LANGUAGES[d.l] || d.l);
        li.appendChild(l);
      }
      var p = document.createElement('p');
      p.className = 'excerpt';
      p.textContent = d.b;
      li.appendChild(h);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  run(input.value);
  // for bench/search.sh: the page is ready, and its engine can be timed
  window.parkbenchSearch = { engine: engine, run: run };
  if (window.performance && performance.mark) { performance.mark('parkbench-search-ready'); }
  input.addEventListener('input', function () { run(input.value); });
  document.getElementById('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    run(input.value);
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
  });
})();
