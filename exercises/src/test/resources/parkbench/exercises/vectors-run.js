// The shared test vectors run against variant.js and check.js: used by vectors-check.js in Node
// and by pages that headless Chromium opens. runVectors(variant, check, v, mode) returns a promise
// of {passed, failed, failures, engine}; 'mode' is 'script' (this script's own PBKDF2, synchronous
// underneath: what a page that is not a secure context uses) or 'page' (check.js's public, promised
// functions: crypto.subtle where the page has it). Both must give the vectors' results.
(function (root) {
  'use strict';
  function runVectors(variant, check, v, mode) {
    var passed = 0;
    var failures = [];
    var script = mode === 'script';
    function expect(what, actual, expected) {
      if (actual === expected) {
        passed++;
      } else {
        failures.push('FAIL ' + mode + ' ' + what + ': got ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected));
      }
    }
    function hex(bytes) {
      return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    }
    function later(what, promise, expected) {
      return Promise.resolve(promise).then(function (actual) { expect(what, actual, expected); }, function (e) {
        failures.push('FAIL ' + mode + ' ' + what + ': ' + e);
      });
    }
    v.fnv1a.forEach(function (t) { expect('fnv1a ' + JSON.stringify(t.text), variant.fnv1a(t.text), t.hash); });
    v.variants.forEach(function (t) {
      expect('variant ' + JSON.stringify(t), variant.choose(t.course, t.student, t.exercise, t.count), t.variant);
    });
    v.numbers.forEach(function (t) {
      expect('number ' + JSON.stringify(t.typed) + ' at ' + t.decimals, check.normaliseNumber(t.typed, t.decimals), t.normalised);
    });
    v.ties.forEach(function (t) {
      expect('number ' + JSON.stringify(t.typed) + ' at ' + t.decimals, check.normaliseNumber(t.typed, t.decimals), t.normalised);
      expect('tie ' + JSON.stringify(t.typed) + ' at ' + t.decimals, check.numberAtTie(t.typed, t.decimals), t.other);
    });
    v.choices.forEach(function (t) { expect('choices ' + JSON.stringify(t.ids), check.normaliseChoices(t.ids), t.normalised); });
    v.orders.forEach(function (t) { expect('order ' + JSON.stringify(t.ids), check.normaliseOrder(t.ids), t.normalised); });
    v.classifications.forEach(function (t) { expect('classification', check.normaliseClassification(t.pairs), t.normalised); });
    var pending = [];
    v.pbkdf2.forEach(function (t) {
      var what = 'pbkdf2 ' + JSON.stringify(t.text) + ' x' + t.iterations;
      pending.push(later(what, script ? hex(check.deriveWithScript(t.salt, t.text, t.iterations))
        : check.derive(t.salt, t.text, t.iterations).then(hex), t.derived));
    });
    v.digests.forEach(function (t) {
      expect('salt ' + t.course + '/' + t.exercise, check.salt(t.course, t.exercise), t.salt);
      var what = 'digest ' + t.exercise + '/' + t.variant + ' x' + t.iterations;
      pending.push(later(what, script ? check.digestWithScript(t.salt, t.exercise, t.variant, t.normalised, t.iterations)
        : check.digest(t.salt, t.exercise, t.variant, t.normalised, t.iterations), t.digest));
    });
    v.seals.forEach(function (t) {
      var what = 'unseal ' + t.purpose + ' x' + t.iterations;
      pending.push(later(what, script ? check.unsealWithScript(t.sealed, t.salt, t.variant, t.purpose, t.iterations)
        : check.unseal(t.sealed, t.salt, t.variant, t.purpose, t.iterations), t.text));
    });
    (v.checks || []).forEach(function (t) {
      var what = 'check ' + t.data.exercise + ' ' + JSON.stringify(t.response);
      if (t.data.iterations !== v.iterations) {
        failures.push('FAIL ' + what + ': the check data has ' + t.data.iterations + ' iterations, the vectors ' + v.iterations);
      }
      if (!script) {
        pending.push(later(what, check.check(t.data, t.response).then(function (r) { return r.correct; }), t.correct));
      } else {
        var n = check.normalise(t.data, t.response);
        var tie = t.data.type === 'numeric' ? check.numberAtTie(t.response, t.data.decimals) : null;
        var accepted = [n, tie].some(function (text) {
          return text != null && t.data.accept.indexOf(check.digestWithScript(t.data.salt, t.data.exercise, t.data.variant, text,
            t.data.iterations)) >= 0;
        });
        expect(what, accepted, t.correct);
      }
    });
    return Promise.all(pending).then(function () {
      return { passed: passed, failed: failures.length, failures: failures, engine: script ? 'script' : check.engine() };
    });
  }
  if (typeof module === 'object' && module.exports) {
    module.exports = runVectors;
  } else {
    root.runVectors = runVectors;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
