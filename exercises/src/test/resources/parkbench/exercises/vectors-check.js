// Runs the shared test vectors against variant.js and check.js in Node, both through the script's
// own PBKDF2 and through the promised functions (Node's crypto.subtle); started by a JUnit test with
// node <this file> <directory of variant.js and check.js> <vectors.json>. Prints each failure and a
// closing 'N passed, N failed' line; exits 1 when anything failed.
'use strict';
const path = require('path');
const fs = require('fs');
const runVectors = require('./vectors-run.js');
const variant = require(path.join(process.argv[2], 'variant.js'));
const check = require(path.join(process.argv[2], 'check.js'));
const vectors = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
(async () => {
  let passed = 0;
  let failed = 0;
  for (const mode of ['script', 'page']) {
    const result = await runVectors(variant, check, vectors, mode);
    result.failures.forEach(f => console.log(f));
    console.log(mode + ' (' + result.engine + '): ' + result.passed + ' passed, ' + result.failed + ' failed');
    passed += result.passed;
    failed += result.failed;
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})();
