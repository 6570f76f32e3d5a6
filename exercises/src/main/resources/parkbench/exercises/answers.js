/*
 * Parkbench: the student's answer file (docs/answer-file.md, version 2), built for 'export my
 * answers' and read back for 'import', and the record of what a student did on an exercise, in
 * order: attempts (with the response), hints opened, the worked solution opened. The grader
 * (org.parkbench.exercises.grade) reads the same format, re-scores every answer itself and applies
 * its policy for answers given after the solution was opened: what the site adds for itself (an
 * attempt's 'correct', the points it counted, a short answer's response before its model answer was
 * opened, the work kept on other variants) the grader ignores, and the site reads it back on import.
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
   * response, correct?}, {type: 'hint', hint: n} or {type: 'solution'}, stamped 'at' with 'now' (a Date,
   * default the present). Past MAX_ATTEMPT_EVENTS attempts, the oldest attempt that another attempt
   * directly follows is dropped: no hint or solution event is lost, nor the last answer before one.
   */
  function record(events, event, now) {
    var e = { type: event.type, at: (now || new Date()).toISOString() };
    if (event.type === 'attempt') {
      e.response = event.response === undefined ? null : event.response;
      if (typeof event.correct === 'boolean') {
        e.correct = event.correct;
      }
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

  /**
   * An exercise's events as an answer file holds them: known types only, each with its own fields
   * (an attempt's 'correct' is what this site's check said: the grader ignores it).
   */
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
        if (typeof x.correct === 'boolean') {
          e.correct = x.correct;
        }
      } else if (x.type === 'hint') {
        e.hint = wholeNumber(x.hint);
      }
      return e;
    });
  }

  /** An entry as an answer holds it; the site's own fields (points, a short answer's reveal) only when given. */
  function answer(e) {
    var a = {
      exercise: e.exercise,
      variant: e.variant,
      response: e.response === undefined ? null : e.response,
      attempts: wholeNumber(e.attempts),
      seconds: wholeNumber(Math.round(e.seconds || 0)),
      events: cleanEvents(e.events)
    };
    if (e.points && typeof e.points === 'object') {
      if (e.points.known !== false) {
        a.points = wholeNumber(e.points.earned);
      }
      a.points_pending = wholeNumber(e.points.pending);
      a.max_points = wholeNumber(e.points.max);
    }
    if (e.response_before_reveal !== undefined && e.response_before_reveal !== null) {
      a.response_before_reveal = e.response_before_reveal;
    }
    if (typeof e.revealed_at === 'string' && UTC_TIME.test(e.revealed_at)) {
      a.revealed_at = e.revealed_at;
    }
    if (typeof e.given_under === 'string') {
      a.given_under = e.given_under;
    }
    return a;
  }

  /**
   * The answer file for one student: entries are {exercise, variant, response, attempts, seconds,
   * events, and optionally points: {earned, pending, max, known}, response_before_reveal,
   * revealed_at, given_under (work kept on another variant: the id it was given under, '' before
   * any)}; 'now' (a Date, optional) becomes exported_at. 'extra' (optional): {totals:
   * {earned, pending, max, unchecked}, others: entries given on other variants than the id's}.
   */
  function build(course, studentId, entries, now, extra) {
    var file = { format: FORMAT, version: VERSION, course: course, student_id: String(studentId).trim() };
    if (now) {
      file.exported_at = now.toISOString();
    }
    if (extra && extra.totals) {
      file.totals = { points: wholeNumber(extra.totals.earned), points_pending: wholeNumber(extra.totals.pending),
        max_points: wholeNumber(extra.totals.max) };
      if (wholeNumber(extra.totals.unchecked) > 0) {
        file.totals.unchecked = wholeNumber(extra.totals.unchecked);
      }
    }
    file.answers = entries.map(answer);
    if (extra && Array.isArray(extra.others) && extra.others.length) {
      file.other_variants = extra.others.map(answer);
    }
    return file;
  }

  function stringify(file) {
    return JSON.stringify(file, null, 2) + '\n';
  }

  function damaged(a, version) {
    return !a || typeof a.exercise !== 'string' || typeof a.variant !== 'number'
      || (version >= 2 && a.events !== undefined && !Array.isArray(a.events));
  }

  /**
   * Reads an answer file's text: {ok: true, file}, or {ok: false, problem, args} where problem names
   * what is wrong ('json', 'format', 'version', 'course', 'student', 'damaged') and args what the
   * site's message for it fills in (the site words it in the page's language). Work kept on other
   * variants that is damaged is left out (file.other_variants keeps only what is whole).
   */
  function parse(text, course) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (e) {
      return { ok: false, problem: 'json', args: [] };
    }
    if (!file || typeof file !== 'object' || file.format !== FORMAT) {
      return { ok: false, problem: 'format', args: [] };
    }
    if (READS.indexOf(file.version) < 0) {
      return { ok: false, problem: 'version', args: [String(file.version), READS.join(', ')] };
    }
    if (course && file.course !== course) {
      return { ok: false, problem: 'course', args: [String(file.course), course] };
    }
    if (typeof file.student_id !== 'string' || file.student_id.trim() === '' || !Array.isArray(file.answers)) {
      return { ok: false, problem: 'student', args: [] };
    }
    for (var i = 0; i < file.answers.length; i++) {
      if (damaged(file.answers[i], file.version)) {
        return { ok: false, problem: 'damaged', args: [i + 1] };
      }
    }
    file.other_variants = (Array.isArray(file.other_variants) ? file.other_variants : []).filter(function (a) {
      return !damaged(a, file.version);
    });
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
    stringify: stringify, parse: parse, record: record, importedEvents: importedEvents, cleanEvents: cleanEvents
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ParkbenchAnswers = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
