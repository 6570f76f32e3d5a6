// The shared test vectors run against variant.js and check.js: used by vectors-check.js in Node
// and by a page that headless Chromium opens from file://. Returns {passed, failed, failures}.
(function (root) {
  'use strict';
  function runVectors(variant, check, v) {
    var passed = 0;
    var failures = [];
    function expect(what, actual, expected) {
      if (actual === expected) {
        passed++;
      } else {
        failures.push('FAIL ' + what + ': got ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected));
      }
    }
    v.fnv1a.forEach(function (t) { expect('fnv1a ' + JSON.stringify(t.text), variant.fnv1a(t.text), t.hash); });
    v.variants.forEach(function (t) {
      expect('variant ' + JSON.stringify(t), variant.choose(t.course, t.student, t.exercise, t.count), t.variant);
    });
    v.numbers.forEach(function (t) {
      expect('number ' + JSON.stringify(t.typed) + ' at ' + t.decimals, check.normaliseNumber(t.typed, t.decimals), t.normalised);
    });
    v.choices.forEach(function (t) { expect('choices ' + JSON.stringify(t.ids), check.normaliseChoices(t.ids), t.normalised); });
    v.orders.forEach(function (t) { expect('order ' + JSON.stringify(t.ids), check.normaliseOrder(t.ids), t.normalised); });
    v.classifications.forEach(function (t) { expect('classification', check.normaliseClassification(t.pairs), t.normalised); });
    v.digests.forEach(function (t) {
      expect('salt ' + t.course + '/' + t.exercise, check.salt(t.course, t.exercise), t.salt);
      expect('digest ' + t.exercise + '/' + t.variant, check.digest(t.salt, t.exercise, t.variant, t.normalised), t.digest);
    });
    v.seals.forEach(function (t) { expect('unseal ' + t.purpose, check.unseal(t.sealed, t.salt, t.variant, t.purpose), t.text); });
    (v.checks || []).forEach(function (t) {
      expect('check ' + t.data.exercise + ' ' + JSON.stringify(t.response), check.check(t.data, t.response).correct, t.correct);
    });
    return { passed: passed, failed: failures.length, failures: failures };
  }
  if (typeof module === 'object' && module.exports) {
    module.exports = runVectors;
  } else {
    root.runVectors = runVectors;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
