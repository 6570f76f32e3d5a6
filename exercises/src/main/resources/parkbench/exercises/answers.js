/*
 * Parkbench: the student's answer file (docs/answer-file.md, version 2), built for 'export my
 * answers' and read back for 'import', and the record of what a student did on an exercise, in
 * order: attempts (with the response), hints opened, the worked solution opened. The grader
 * (org.parkbench.exercises.grade) reads the same format, re-scores every answer itself and applies
 * its policy for answers given after the solution was opened: nothing here says whether an answer
 * was right.
 */
(function (root) {
  'use strict';

  var FORMAT = 'parkbench-answers';
  var VERSION = 2;
  /** The versions this site imports: 1 (no events) and 2. */
  var READS = [1, 2];
  /** The most attempts an exercise's events list; older ones are dropped first (see record). */
  var MAX_ATTEMPT_EVENTS = 50;
  var EVENT_TYPES = ['attempt', 'hint', 'solution'];
  /** The times record writes (Date.toISOString), the only ones kept from an imported file. */
  var UTC_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/;

  function wholeNumber(n) {
    return typeof n === 'number' && isFinite(n) && n >= 0 && Math.floor(n) === n ? n : 0;
  }

  /**
   * Adds an event to an exercise's 'events' (changed in place, and returned): {type: 'attempt',
   * response}, {type: 'hint', hint: n} or {type: 'solution'}, stamped 'at' with 'now' (a Date,
   * default the present). Past MAX_ATTEMPT_EVENTS attempts, the oldest attempt that another attempt
   * directly follows is dropped: no hint or solution event is lost, nor the last answer before one.
   */
  function record(events, event, now) {
    var e = { type: event.type, at: (now || new Date()).toISOString() };
    if (event.type === 'attempt') {
      e.response = event.response === undefined ? null : event.response;
    } else if (event.type === 'hint') {
      e.hint = wholeNumber(event.hint);
    }
    events.push(e);
    var attempts = events.filter(function (x) { return x.type === 'attempt'; }).length;
    for (var i = 0; attempts > MAX_ATTEMPT_EVENTS && i < events.length - 1; i++) {
      if (events[i].type === 'attempt' && events[i + 1].type === 'attempt') {
        events.splice(i, 1);
        attempts--;
        i--;
      }
    }
    return events;
  }

  /** An exercise's events as an answer file holds them: known types only, each with its own fields. */
  function cleanEvents(events) {
    if (!Array.isArray(events)) {
      return [];
    }
    return events.filter(function (x) {
      return x && EVENT_TYPES.indexOf(x.type) >= 0 && (x.type !== 'hint' || wholeNumber(x.hint) >= 1);
    }).map(function (x) {
      var e = { type: x.type };
      if (typeof x.at === 'string' && UTC_TIME.test(x.at)) {
        e.at = x.at;
      }
      if (x.type === 'attempt') {
        e.response = x.response === undefined ? null : x.response;
      } else if (x.type === 'hint') {
        e.hint = wholeNumber(x.hint);
      }
      return e;
    });
  }

  /**
   * The answer file for one student: entries are {exercise, variant, response, attempts, seconds,
   * events}; 'now' (a Date, optional) becomes exported_at.
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
        seconds: wholeNumber(Math.round(e.seconds || 0)),
        events: cleanEvents(e.events)
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
    if (READS.indexOf(file.version) < 0) {
      return { ok: false, error: 'This answer file has version ' + file.version + '; this site reads versions ' + READS.join(' and ') + '.' };
    }
    if (course && file.course !== course) {
      return { ok: false, error: 'These answers belong to course "' + file.course + '", not to this one ("' + course + '").' };
    }
    if (typeof file.student_id !== 'string' || file.student_id.trim() === '' || !Array.isArray(file.answers)) {
      return { ok: false, error: 'The answer file has no student id or no answers.' };
    }
    for (var i = 0; i < file.answers.length; i++) {
      var a = file.answers[i];
      if (!a || typeof a.exercise !== 'string' || typeof a.variant !== 'number'
          || (file.version >= 2 && a.events !== undefined && !Array.isArray(a.events))) {
        return { ok: false, error: 'Answer ' + (i + 1) + ' of the file is damaged.' };
      }
    }
    return { ok: true, file: file };
  }

  /**
   * The events of an imported answer: a version 2 file's own, cleaned; for a version 1 file, which
   * kept none, one attempt with its response (if it has one), so that later events come after it.
   */
  function importedEvents(file, answer) {
    if (file.version >= 2) {
      return cleanEvents(answer.events);
    }
    return answer.response == null ? [] : [{ type: 'attempt', response: answer.response }];
  }

  var api = {
    FORMAT: FORMAT, VERSION: VERSION, READS: READS, MAX_ATTEMPT_EVENTS: MAX_ATTEMPT_EVENTS, build: build,
    stringify: stringify, parse: parse, record: record, importedEvents: importedEvents
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchAnswers = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
