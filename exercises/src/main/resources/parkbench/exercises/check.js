/*
 * Parkbench: checks a student's answer in the browser without the key in the page. The page holds,
 * per exercise variant, the check data that org.parkbench.exercises.check.StudentCheck writes
 * (salt, rounds, the stretched digests of every accepted answer, sealed texts). An answer is
 * normalised exactly as the Java ResponseNormaliser does, stretched (PBKDF2-HMAC-SHA256, as
 * StretchedHash), and looked up among the digests (docs/exercise-format.md, "Checking answers").
 * This is a formative self-check: the grader re-scores every answer file from the keys and trusts
 * nothing the page decided; the stretching makes every guess, and every sealed text, cost the
 * student's browser one derivation (docs/decisions/011-stretched-self-check.md).
 * Derivations run in crypto.subtle where the page is a secure context (file://, http://127.0.0.1,
 * https) and in this script's own SHA-256 where it is not (plain http from a lecture-room machine),
 * with the same result; checks and unsealing are therefore asynchronous (promises).
 */
(function (root) {
  'use strict';

  var K = new Int32Array([
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);
  var H0 = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  ];

  var SEP = '\u001f';

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  function ror(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  /** One SHA-256 compression: 'h' (8 words) updated in place by the 16 words of 'm'; 'w' is scratch of 64 words. */
  function compress(h, m, w) {
    var t;
    for (t = 0; t < 16; t++) {
      w[t] = m[t];
    }
    for (t = 16; t < 64; t++) {
      var x = w[t - 15];
      var y = w[t - 2];
      w[t] = (w[t - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[t - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (t = 0; t < 64; t++) {
      var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }

  /** The SHA-256 state (8 words) after 'prefix' (64 bytes or none) and 'bytes', padded for 'prefix' + 'bytes'. */
  function sha256Words(prefix, bytes) {
    var total = (prefix ? 64 : 0) + bytes.length;
    var padded = new Uint8Array(((total + 9 + 63) >> 6) << 6);
    if (prefix) {
      padded.set(prefix);
    }
    padded.set(bytes, prefix ? 64 : 0);
    padded[total] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(total / 0x20000000));
    view.setUint32(padded.length - 4, (total << 3) >>> 0);
    var h = new Int32Array(H0);
    var m = new Int32Array(16);
    var w = new Int32Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      for (var t = 0; t < 16; t++) {
        m[t] = view.getUint32(offset + t * 4);
      }
      compress(h, m, w);
    }
    return h;
  }

  /** The SHA-256 state after one 64-byte block, unpadded: where HMAC's inner and outer hashes start. */
  function stateAfter(block) {
    var h = new Int32Array(H0);
    var m = new Int32Array(16);
    var view = new DataView(block.buffer, block.byteOffset, 64);
    for (var t = 0; t < 16; t++) {
      m[t] = view.getUint32(t * 4);
    }
    compress(h, m, new Int32Array(64));
    return h;
  }

  function wordsToBytes(words) {
    var out = new Uint8Array(words.length * 4);
    var view = new DataView(out.buffer);
    for (var i = 0; i < words.length; i++) {
      view.setUint32(i * 4, words[i] >>> 0);
    }
    return out;
  }

  /** SHA-256 of a Uint8Array, as a Uint8Array of 32 bytes. */
  function sha256(bytes) {
    return wordsToBytes(sha256Words(null, bytes));
  }

  function hex(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) {
      s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    }
    return s;
  }

  function sha256Hex(text) {
    return hex(sha256(utf8(text)));
  }

  /**
   * PBKDF2-HMAC-SHA256 (RFC 8018) of the UTF-8 of 'text' with the UTF-8 of 'saltText', 'iterations'
   * rounds, 32 bytes, in this script's own SHA-256: synchronous and slower than crypto.subtle, for
   * pages that are not a secure context. Each round is two compressions from the HMAC's precomputed
   * inner and outer states, with no allocation.
   */
  function deriveWithScript(saltText, text, iterations) {
    var key = utf8(text);
    if (key.length > 64) {
      key = sha256(key);
    }
    var inner = new Uint8Array(64);
    var outer = new Uint8Array(64);
    for (var i = 0; i < 64; i++) {
      var b = i < key.length ? key[i] : 0;
      inner[i] = b ^ 0x36;
      outer[i] = b ^ 0x5c;
    }
    var innerState = stateAfter(inner);
    var outerState = stateAfter(outer);
    var salt = utf8(saltText);
    var first = new Uint8Array(salt.length + 4);
    first.set(salt);
    first[salt.length + 3] = 1; // block index 1, big-endian
    var u = sha256Words(outer, wordsToBytes(sha256Words(inner, first)));
    var result = new Int32Array(u);
    var m = new Int32Array(16);
    var w = new Int32Array(64);
    var h = new Int32Array(8);
    m[8] = 0x80000000 | 0;
    m[15] = (64 + 32) * 8;
    for (var round = 1; round < iterations; round++) {
      for (i = 0; i < 8; i++) {
        m[i] = u[i];
        h[i] = innerState[i];
      }
      compress(h, m, w);
      for (i = 0; i < 8; i++) {
        m[i] = h[i];
        u[i] = outerState[i];
      }
      compress(u, m, w);
      for (i = 0; i < 8; i++) {
        result[i] ^= u[i];
      }
    }
    return wordsToBytes(result);
  }

  var subtle = root.crypto && root.crypto.subtle && root.isSecureContext !== false ? root.crypto.subtle : null;

  /** The same derivation with the browser's crypto.subtle: a promise of the 32 bytes. */
  function deriveWithSubtle(saltText, text, iterations) {
    if (!subtle) {
      return Promise.reject(new Error('crypto.subtle is not available here'));
    }
    return subtle.importKey('raw', utf8(text), 'PBKDF2', false, ['deriveBits']).then(function (key) {
      return subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: utf8(saltText), iterations: iterations }, key, 256);
    }).then(function (bits) {
      return new Uint8Array(bits);
    });
  }

  var derived = new Map();

  /**
   * The stretched hash (StretchedHash in Java) of 'text' under 'saltText': a promise of 32 bytes.
   * crypto.subtle where the page is a secure context (file://, http://127.0.0.1, https), else, or
   * if it fails, this script's own PBKDF2. Each result is remembered while the page is open.
   */
  function derive(saltText, text, iterations) {
    if (!(iterations >= 1)) {
      return Promise.reject(new RangeError('the check data has no iteration count'));
    }
    var remembered = iterations + SEP + saltText + SEP + text;
    var known = derived.get(remembered);
    if (!known) {
      known = deriveWithSubtle(saltText, text, iterations).catch(function () {
        return deriveWithScript(saltText, text, iterations);
      });
      derived.set(remembered, known);
    }
    return known;
  }

  function salt(course, exerciseId) {
    return sha256Hex('parkbench-salt' + SEP + course + SEP + exerciseId);
  }

  function answerText(exerciseId, variant, normalised) {
    return 'parkbench-answer' + SEP + exerciseId + SEP + variant + SEP + normalised;
  }

  /** The digest of a normalised answer (AnswerDigest in Java): a promise of its hex. */
  function digest(saltText, exerciseId, variant, normalised, iterations) {
    return derive(saltText, answerText(exerciseId, variant, normalised), iterations).then(hex);
  }

  /** The same digest computed synchronously with this script's own PBKDF2. */
  function digestWithScript(saltText, exerciseId, variant, normalised, iterations) {
    return hex(deriveWithScript(saltText, answerText(exerciseId, variant, normalised), iterations));
  }

  var WHITE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

  /** A typed number, rounded half away from zero to 'decimals' places and written out; null if none. */
  function normaliseNumber(typed, decimals) {
    return roundNumber(typed, decimals, false);
  }

  /**
   * A number typed exactly halfway between two values at 'decimals' (88.5 at none), rounded the
   * other way, toward zero (88); null when it is no tie. It is right when either rounding is, so
   * the answers accepted are the closed interval the LMS exports state.
   */
  function numberAtTie(typed, decimals) {
    var away = roundNumber(typed, decimals, false);
    var toward = roundNumber(typed, decimals, true);
    return away === toward ? null : toward;
  }

  function roundNumber(typed, decimals, tieTowardZero) {
    if (typed == null) {
      return null;
    }
    // full-width forms (１２３，．％－) as ASCII and 。 as a point, as a Chinese keyboard types them
    var s = String(typed).replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }).replace(/\u3002/g, '.').replace(WHITE, '').replace(/\u2212/g, '-');
    if (s.charAt(s.length - 1) === '%') {
      s = s.slice(0, -1);
    }
    if (s.indexOf('.') >= 0) {
      s = s.replace(/,/g, '');
    } else if (/^[+-]?[1-9]\d{0,2}(,\d{3})+$/.test(s)) {
      s = s.replace(/,/g, '');
    } else if (s.indexOf(',') === s.lastIndexOf(',')) {
      s = s.replace(',', '.');
    }
    var m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
      return null;
    }
    var negative = m[1] === '-';
    var fraction = m[3] || '';
    var scaled = BigInt((m[2] || '0') + fraction);
    var scale = fraction.length;
    var q;
    if (decimals >= scale) {
      q = scaled * (10n ** BigInt(decimals - scale));
    } else {
      var divisor = 10n ** BigInt(scale - decimals);
      q = scaled / divisor;
      var twice = (scaled % divisor) * 2n;
      if (twice > divisor || (twice === divisor && !tieTowardZero)) {
        q += 1n;
      }
    }
    var digits;
    if (decimals >= 0) {
      digits = q.toString();
      if (decimals > 0) {
        digits = digits.padStart(decimals + 1, '0');
        digits = digits.slice(0, digits.length - decimals) + '.' + digits.slice(digits.length - decimals);
      }
    } else {
      digits = (q * (10n ** BigInt(-decimals))).toString();
    }
    return (negative && q !== 0n ? '-' : '') + digits;
  }

  function codeUnitOrder(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function normaliseChoices(ids) {
    var seen = {};
    var unique = [];
    ids.forEach(function (id) {
      var t = String(id).trim();
      if (!Object.prototype.hasOwnProperty.call(seen, t)) {
        seen[t] = true;
        unique.push(t);
      }
    });
    return unique.sort(codeUnitOrder).join(',');
  }

  function normaliseOrder(ids) {
    return ids.map(function (id) { return String(id).trim(); }).join(',');
  }

  function normaliseClassification(itemToModel) {
    return Object.keys(itemToModel).map(function (item) {
      return item.trim() + '=' + String(itemToModel[item]).trim();
    }).sort(codeUnitOrder).join(',');
  }

  /** The normalised answer for the check data's type; null when the response is no answer. */
  function normalise(data, response) {
    switch (data.type) {
      case 'numeric': return normaliseNumber(response, data.decimals);
      case 'single-choice': return response == null ? null : normaliseChoices([response]);
      case 'multiple-choice': return normaliseChoices(response || []);
      case 'order': return normaliseOrder(response || []);
      case 'classify': return normaliseClassification(response || {});
      default: return null;
    }
  }

  /**
   * Checks a response against check data: a promise of {answered, correct}. Short answers are never
   * 'correct' here. One check costs one stretched derivation (data.iterations rounds).
   */
  function check(data, response) {
    var normalised = normalise(data, response);
    if (normalised == null) {
      return Promise.resolve({ answered: false, correct: false });
    }
    return digest(data.salt, data.exercise, data.variant, normalised, data.iterations).then(function (d) {
      var tie = data.type === 'numeric' && data.accept.indexOf(d) < 0 ? numberAtTie(response, data.decimals) : null;
      if (tie == null) {
        return { answered: true, correct: data.accept.indexOf(d) >= 0 };
      }
      return digest(data.salt, data.exercise, data.variant, tie, data.iterations).then(function (t) {
        return { answered: true, correct: data.accept.indexOf(t) >= 0 };
      });
    });
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function variantKeyText(variant) {
    return 'parkbench-seal' + SEP + variant;
  }

  /** A sealed text's key: SHA-256 of the variant's stretched key and the UTF-8 of the purpose. */
  function textKey(variantKey, purpose) {
    var label = utf8(purpose);
    var both = new Uint8Array(variantKey.length + label.length);
    both.set(variantKey);
    both.set(label, variantKey.length);
    return sha256(both);
  }

  /** The sealed bytes XORed with the SHA-256 keystream of 'key' (SealedText in Java), as text. */
  function open(sealed, key) {
    var data = fromBase64(sealed);
    var out = new Uint8Array(data.length);
    var block = null;
    for (var i = 0; i < data.length; i++) {
      if (i % 32 === 0) {
        var input = new Uint8Array(key.length + 4);
        input.set(key);
        new DataView(input.buffer).setUint32(key.length, i / 32);
        block = sha256(input);
      }
      out[i] = data[i] ^ block[i % 32];
    }
    return new TextDecoder().decode(out);
  }

  /**
   * A text sealed by SealedText, opened once the student has earned it: a promise of the text. The
   * variant's key is a stretched derivation (remembered while the page is open), so each variant's
   * texts cost as much to open as one check.
   */
  function unseal(sealed, saltText, variant, purpose, iterations) {
    return derive(saltText, variantKeyText(variant), iterations).then(function (variantKey) {
      return open(sealed, textKey(variantKey, purpose));
    });
  }

  /** The same, synchronously, with this script's own PBKDF2. */
  function unsealWithScript(sealed, saltText, variant, purpose, iterations) {
    return open(sealed, textKey(deriveWithScript(saltText, variantKeyText(variant), iterations), purpose));
  }

  /** Where derivations run on this page: 'crypto.subtle' or 'script' (no secure context). */
  function engine() {
    return subtle ? 'crypto.subtle' : 'script';
  }

  var api = {
    sha256Hex: sha256Hex, salt: salt, digest: digest, digestWithScript: digestWithScript, derive: derive,
    deriveWithScript: deriveWithScript, deriveWithSubtle: deriveWithSubtle, engine: engine,
    normaliseNumber: normaliseNumber, numberAtTie: numberAtTie, normaliseChoices: normaliseChoices, normaliseOrder: normaliseOrder,
    normaliseClassification: normaliseClassification, normalise: normalise, check: check, unseal: unseal,
    unsealWithScript: unsealWithScript
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchCheck = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
