// Runs the shared test vectors against variant.js and check.js; started by a JUnit test with
// node <this file> <directory of variant.js and check.js> <vectors.json>. Prints one line per
// failure and a closing 'N passed, N failed' line; exits 1 when anything failed.
'use strict';
const path = require('path');
const fs = require('fs');
const variant = require(path.join(process.argv[2], 'variant.js'));
const check = require(path.join(process.argv[2], 'check.js'));
const v = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
let passed = 0;
let failed = 0;
function expect(what, actual, expected) {
  if (actual === expected) {
    passed++;
  } else {
    failed++;
    console.log('FAIL ' + what + ': got ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected));
  }
}
v.fnv1a.forEach(t => expect('fnv1a ' + JSON.stringify(t.text), variant.fnv1a(t.text), t.hash));
v.variants.forEach(t => expect('variant ' + JSON.stringify(t), variant.choose(t.course, t.student, t.exercise, t.count), t.variant));
v.numbers.forEach(t => expect('number ' + JSON.stringify(t.typed) + ' at ' + t.decimals, check.normaliseNumber(t.typed, t.decimals), t.normalised));
v.choices.forEach(t => expect('choices ' + JSON.stringify(t.ids), check.normaliseChoices(t.ids), t.normalised));
v.orders.forEach(t => expect('order ' + JSON.stringify(t.ids), check.normaliseOrder(t.ids), t.normalised));
v.classifications.forEach(t => expect('classification', check.normaliseClassification(t.pairs), t.normalised));
v.digests.forEach(t => {
  expect('salt ' + t.course + '/' + t.exercise, check.salt(t.course, t.exercise), t.salt);
  expect('digest ' + t.exercise + '/' + t.variant, check.digest(t.salt, t.exercise, t.variant, t.normalised), t.digest);
});
v.seals.forEach(t => expect('unseal ' + t.purpose, check.unseal(t.sealed, t.salt, t.variant, t.purpose), t.text));
if (v.checks) {
  v.checks.forEach(t => expect('check ' + t.data.exercise + ' ' + JSON.stringify(t.response),
    check.check(t.data, t.response).correct, t.correct));
}
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed === 0 && passed > 0 ? 0 : 1);
