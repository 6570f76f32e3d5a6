/*
 * Parkbench: the student's answer file (docs/answer-file.md, version 1), built for 'export my
 * answers' and read back for 'import'. The grader (org.parkbench.exercises.grade) reads the same
 * format and re-scores every answer itself: nothing here says whether an answer was right.
 */
(function (root) {
  'use strict';

  var FORMAT = 'parkbench-answers';
  var VERSION = 1;

  function wholeNumber(n) {
    return typeof n === 'number' && isFinite(n) && n >= 0 && Math.floor(n) === n ? n : 0;
  }

  /**
   * The answer file for one student: entries are {exercise, variant, response, attempts, seconds};
   * 'now' (a Date, optional) becomes exported_at.
   */
  function build(course, studentId, entries, now) {
    var file = { format: FORMAT, version: VERSION, course: course, student_id: String(studentId).trim() };
    if (now) {
      file.exported_at = now.toISOString();
    }
    file.answers = entries.map(function (e) {
      return {
        exercise: e.exercise,
        variant: e.variant,
        response: e.response === undefined ? null : e.response,
        attempts: wholeNumber(e.attempts),
        seconds: wholeNumber(Math.round(e.seconds || 0))
      };
    });
    return file;
  }

  function stringify(file) {
    return JSON.stringify(file, null, 2) + '\n';
  }

  /** Reads an answer file's text: {ok: true, file} or {ok: false, error} with a reason for the student. */
  function parse(text, course) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: 'This is not an answer file: it is not valid JSON.' };
    }
    if (!file || typeof file !== 'object' || file.format !== FORMAT) {
      return { ok: false, error: 'This is not a Parkbench answer file.' };
    }
    if (file.version !== VERSION) {
      return { ok: false, error: 'This answer file has version ' + file.version + '; this site reads version ' + VERSION + '.' };
    }
    if (course && file.course !== course) {
      return { ok: false, error: 'These answers belong to course "' + file.course + '", not to this one ("' + course + '").' };
    }
    if (typeof file.student_id !== 'string' || file.student_id.trim() === '' || !Array.isArray(file.answers)) {
      return { ok: false, error: 'The answer file has no student id or no answers.' };
    }
    for (var i = 0; i < file.answers.length; i++) {
      var a = file.answers[i];
      if (!a || typeof a.exercise !== 'string' || typeof a.variant !== 'number') {
        return { ok: false, error: 'Answer ' + (i + 1) + ' of the file is damaged.' };
      }
    }
    return { ok: true, file: file };
  }

  var api = { FORMAT: FORMAT, VERSION: VERSION, build: build, stringify: stringify, parse: parse };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchAnswers = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
