// The search engine choice, measured in Node over a built site (bench/search.sh runs it):
// lunr building its index in the page from every page's whole text (what the search page did
// before, over 1,600 characters a page), lunr loading an index serialised at build time, and the
// site's own index (assets/search-index.js, read by assets/search.js).
//   node bench/search-lunr.js SITE LUNR_JS SEARCH_JS
'use strict';
const fs = require('fs');
const path = require('path');
const [site, lunrJs, searchJs] = process.argv.slice(2);
const lunr = require(path.resolve(lunrJs));
const search = require(path.resolve(searchJs));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();

function pages(dir, root, out) {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isDirectory()) { if (name !== 'assets' && name !== 'data') { pages(file, root, out); } continue; }
    if (!name.endsWith('.html') || name === 'search.html' || name === '404.html') { continue; }
    const html = fs.readFileSync(file, 'utf8');
    const main = (html.match(/<main[^>]*>([\s\S]*)<\/main>/) || [null, html])[1];
    const text = main.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ').trim();
    const title = (html.match(/<title>([^<]*)<\/title>/) || [null, ''])[1];
    out.push({ u: path.relative(root, file), t: title, b: text });
  }
  return out;
}

const docs = pages(site, site, []);
const chars = docs.reduce((n, d) => n + d.b.length, 0);
console.log(`pages: ${docs.length}, text ${(chars / 1e6).toFixed(1)} M characters`);

let t0 = now();
const idx = lunr(function () {
  this.ref('u'); this.field('t', { boost: 8 }); this.field('b');
  docs.forEach((d) => this.add(d));
});
console.log(`lunr, built in the page from the whole text: ${ms(t0).toFixed(0)} ms`);
const serialised = JSON.stringify(idx);
const docsOnly = JSON.stringify(docs.map((d) => ({ u: d.u, t: d.t })));
console.log(`lunr, serialised index: ${(serialised.length / 1e6).toFixed(1)} MB (+ ${(docsOnly.length / 1e6).toFixed(1)} MB of titles and urls)`);
t0 = now();
const loaded = lunr.Index.load(JSON.parse(serialised));
console.log(`lunr, serialised index parsed and loaded: ${ms(t0).toFixed(0)} ms`);
for (const q of ['Suez', 'Sihanukville~1', 'park']) {
  loaded.search(q);
  t0 = now();
  const n = loaded.search(q).length;
  console.log(`lunr, query "${q}": ${ms(t0).toFixed(1)} ms, ${n} results`);
}

const script = fs.readFileSync(path.join(site, 'assets/search-index.js'), 'utf8');
t0 = now();
const window = {};
new Function('window', script)(window);
const engine = new search.SearchEngine(window.PARKBENCH_SEARCH);
console.log(`own index: ${(Buffer.byteLength(script) / 1e6).toFixed(1)} MB, parsed and ready in ${ms(t0).toFixed(0)} ms`);
for (const q of ['Suez', 'Sihanukville', 'park', '泰达']) {
  t0 = now();
  const n = engine.search(q).results.length;
  console.log(`own index, query "${q}": ${ms(t0).toFixed(1)} ms first, ${n} results`);
}
