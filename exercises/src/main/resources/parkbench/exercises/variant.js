/*
 * Parkbench: which variant of an exercise a student gets. The same rule as the Java class
 * org.parkbench.exercises.variant.VariantChooser (docs/exercise-format.md, "Variants"):
 * FNV-1a, 32 bits, over the UTF-8 bytes of course + U+001F + studentId + U+001F + exerciseId,
 * unsigned, modulo the number of variants. The student id is trimmed (String.prototype.trim)
 * and put in Unicode NFC; case is kept. Works in browsers (also from file://) and in Node.
 */
(function (root) {
  'use strict';

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  function fnv1a(text) {
    var hash = 0x811c9dc5;
    var bytes = utf8(text);
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
  }

  function normaliseStudentId(studentId) {
    return String(studentId == null ? '' : studentId).trim().normalize('NFC');
  }

  function choose(course, studentId, exerciseId, variantCount) {
    if (!(variantCount >= 1)) {
      throw new RangeError('an exercise has at least one variant');
    }
    return fnv1a(course + '\u001f' + normaliseStudentId(studentId) + '\u001f' + exerciseId) % variantCount;
  }

  var api = { fnv1a: fnv1a, normaliseStudentId: normaliseStudentId, choose: choose };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchVariant = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
