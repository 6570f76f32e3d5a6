// Runs the search page's script under Node for SearchTokenizerTest and SearchIndexTest.
//   node search-node.js tokens SEARCH_JS VECTORS_JSON      -> [[token, ...], ...], one list per vector
//   node search-node.js search SEARCH_JS INDEX_JS QUERY... -> {"query": ["url", ...], ...}, best first
'use strict';
const fs = require('fs');
const [mode, searchJs, data, ...queries] = process.argv.slice(2);
const search = require(require('path').resolve(searchJs));
if (mode === 'tokens') {
  const vectors = JSON.parse(fs.readFileSync(data, 'utf8'));
  process.stdout.write(JSON.stringify(vectors.map(v => search.tokenize(v.input))));
} else {
  const window = {};
  new Function('window', fs.readFileSync(data, 'utf8'))(window);
  const engine = new search.SearchEngine(window.PARKBENCH_SEARCH);
  const out = {};
  for (const q of queries) {
    out[q] = engine.search(q).results.map(r => r.doc.u + ' ' + r.doc.l);
  }
  process.stdout.write(JSON.stringify(out));
}
