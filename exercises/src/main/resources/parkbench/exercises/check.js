/*
 * Parkbench: checks a student's answer in the browser without the key in the page. The page holds,
 * per exercise variant, the check data that org.parkbench.exercises.check.StudentCheck writes
 * (salt, the SHA-256 digests of every accepted answer, sealed texts). An answer is normalised
 * exactly as the Java ResponseNormaliser does, hashed, and looked up among the digests
 * (docs/exercise-format.md, "Checking answers"). This is a formative self-check: the grader
 * re-scores every answer file from the keys and trusts nothing the page decided.
 * SHA-256 is computed here in plain JavaScript, synchronously, so the check also works where
 * crypto.subtle is missing (pages served over plain http from a lecture-room machine).
 */
(function (root) {
  'use strict';

  var K = new Uint32Array([
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

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  function ror(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  /** SHA-256 of a Uint8Array, as a Uint8Array of 32 bytes. */
  function sha256(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    var h = new Uint32Array(H0);
    var w = new Uint32Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      for (var t = 0; t < 16; t++) {
        w[t] = view.getUint32(offset + t * 4);
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
      h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }
    var out = new Uint8Array(32);
    var outView = new DataView(out.buffer);
    for (var i = 0; i < 8; i++) {
      outView.setUint32(i * 4, h[i]);
    }
    return out;
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

  var SEP = '\u001f';

  function salt(course, exerciseId) {
    return sha256Hex('parkbench-salt' + SEP + course + SEP + exerciseId);
  }

  function digest(saltText, exerciseId, variant, normalised) {
    return sha256Hex(saltText + SEP + exerciseId + SEP + variant + SEP + normalised);
  }

  var WHITE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

  /** A typed number, rounded half away from zero to 'decimals' places and written out; null if none. */
  function normaliseNumber(typed, decimals) {
    if (typed == null) {
      return null;
    }
    var s = String(typed).replace(WHITE, '').replace(/\u2212/g, '-');
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
      if ((scaled % divisor) * 2n >= divisor) {
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

  /** Checks a response against check data: {answered, correct}. Short answers are never 'correct' here. */
  function check(data, response) {
    var normalised = normalise(data, response);
    if (normalised == null) {
      return { answered: false, correct: false };
    }
    var d = digest(data.salt, data.exercise, data.variant, normalised);
    return { answered: true, correct: data.accept.indexOf(d) >= 0 };
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  /** A text sealed by SealedText, opened once the student has earned it. */
  function unseal(sealed, saltText, variant, purpose) {
    var data = fromBase64(sealed);
    var key = sha256(utf8('parkbench-seal' + SEP + saltText + SEP + variant + SEP + purpose));
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

  var api = {
    sha256Hex: sha256Hex, salt: salt, digest: digest, normaliseNumber: normaliseNumber,
    normaliseChoices: normaliseChoices, normaliseOrder: normaliseOrder,
    normaliseClassification: normaliseClassification, normalise: normalise, check: check, unseal: unseal
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchCheck = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
