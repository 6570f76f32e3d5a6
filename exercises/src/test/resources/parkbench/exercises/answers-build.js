// Builds an answer file with answers.js, the way the site exports one, for a JUnit test that grades
// it: node answers-build.js <directory of the scripts> <input.json> <output.json>, where the input
// is {course, student, late?, answers: [{exercise, variants, responses: [one per variant]}]}; the
// variant is chosen by variant.js and its response taken, and recorded as an attempt (answers.js's
// record), after a hint and the worked solution for the exercise named 'late'.
'use strict';
const path = require('path');
const fs = require('fs');
const answers = require(path.join(process.argv[2], 'answers.js'));
const variant = require(path.join(process.argv[2], 'variant.js'));
const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const entries = input.answers.map(a => {
  const v = variant.choose(input.course, input.student, a.exercise, a.variants);
  const events = [];
  const at = new Date(Date.UTC(2026, 10, 28, 9, 0, 0));
  if (a.exercise === input.late) {
    answers.record(events, { type: 'hint', hint: 1 }, at);
    answers.record(events, { type: 'solution' }, at);
  }
  answers.record(events, { type: 'attempt', response: a.responses[v] }, at);
  return { exercise: a.exercise, variant: v, response: a.responses[v], attempts: 2, seconds: 41.6, events: events };
});
const text = answers.stringify(answers.build(input.course, input.student, entries, new Date(Date.UTC(2026, 10, 28, 10, 0, 0))));
const back = answers.parse(text, input.course);
const foreign = answers.parse(text, 'another-course');
if (!back.ok || foreign.ok) {
  console.log('round trip failed: ' + JSON.stringify([back, foreign]));
  process.exit(1);
}
fs.writeFileSync(process.argv[4], text);
console.log('1 passed, 0 failed');
