/* The root page of a site in several languages: remembers the language a reader picks and opens it directly next time
   (index.html?choose shows the choice again). The languages are the page's own links. */
(function () {
  'use strict';
  var KEY = 'parkbench.language';
  var links = [];
  var choose = /[?&]choose\b/.test(location.search);
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { stored = null; }
  document.addEventListener('DOMContentLoaded', function () {
    links = Array.prototype.slice.call(document.querySelectorAll('a[data-language]'));
    var known = links.map(function (a) { return a.getAttribute('data-language'); });
    if (!choose && stored && known.indexOf(stored) >= 0) {
      location.replace(stored + '/index.html');
      return;
    }
    links.forEach(function (a) {
      a.addEventListener('click', function () {
        try { localStorage.setItem(KEY, a.getAttribute('data-language')); } catch (e) { /* private mode: not remembered */ }
      });
    });
  });
})();
