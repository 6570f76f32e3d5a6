// Runs the shared test vectors against variant.js and check.js in Node; started by a JUnit test with
// node <this file> <directory of variant.js and check.js> <vectors.json>. Prints each failure and a
// closing 'N passed, N failed' line; exits 1 when anything failed.
'use strict';
const path = require('path');
const fs = require('fs');
const runVectors = require('./vectors-run.js');
const variant = require(path.join(process.argv[2], 'variant.js'));
const check = require(path.join(process.argv[2], 'check.js'));
const result = runVectors(variant, check, JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
result.failures.forEach(f => console.log(f));
console.log(result.passed + ' passed, ' + result.failed + ' failed');
process.exit(result.failed === 0 && result.passed > 0 ? 0 : 1);
