/*
 * Parkbench exercises index: the student id form, and "Export my answers" / "Import" of the answer
 * file (answers.js builds and reads it; docs/answer-file.md). Setting an id carries the answers
 * given before it over to the id's variants: an exercise whose variant stays the same keeps its
 * work, one whose variant changes keeps the earlier work apart, shown on its page as given on the
 * earlier variant, and the page says which are which. An export holds, for every exercise listed
 * on the page, the progress made on the variant the student's id gives, with the events in order
 * (attempts, hints, the solution opened), the points the site counts as `grade` does, and the work
 * kept on other variants apart (other_variants); the grader re-scores it from scratch. An import
 * brings it all back: answers, attempts, hints and solutions opened, what was solved, short
 * answers' responses from before their model answers were opened, and the work on other variants.
 */
(function () {
  'use strict';

  /** What answers.js's parse says is wrong with a file, as the page words it. */
  var PROBLEMS = {
    json: 'js.answers.import.problem.json', format: 'js.answers.import.problem.format', version: 'js.answers.import.problem.version',
    course: 'js.answers.import.problem.course', student: 'js.answers.import.problem.student', damaged: 'js.answers.import.problem.damaged'
  };

  function safeName(text) {
    return String(text).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'student';
  }

  function wholeNumber(n) {
    return typeof n === 'number' && isFinite(n) && n >= 0 ? Math.floor(n) : 0;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var P = window.ParkbenchProgress;
    var A = window.ParkbenchAnswers;
    var V = window.ParkbenchVariant;
    var T = window.ParkbenchText;
    var tools = document.querySelector('.exercise-tools[data-course]');
    if (!tools || !P || !A || !V || !T) {
      return;
    }
    var course = tools.getAttribute('data-course');
    var form = document.getElementById('student-form');
    var input = document.getElementById('student-id');
    var idStatus = document.getElementById('student-status');
    var carryStatus = document.getElementById('carry-status');
    var answerTools = document.getElementById('answer-tools');
    var answersStatus = document.getElementById('answers-status');
    var importer = document.getElementById('import-answers');
    var rows = {};
    var exercises = Array.prototype.map.call(document.querySelectorAll('[data-exercise][data-variants]'), function (x) {
      rows[x.getAttribute('data-exercise')] = x;
      return { id: x.getAttribute('data-exercise'), variants: Number(x.getAttribute('data-variants')), manual: x.hasAttribute('data-manual') };
    });
    var manual = {};
    exercises.forEach(function (x) { manual[x.id] = x.manual; });
    form.hidden = false;
    answerTools.hidden = false;

    function showId(message) {
      var id = P.studentId(course);
      input.value = id;
      idStatus.textContent = message || (id ? T.format('js.answers.id.is', id) : T.text('js.answers.id.none'));
    }
    showId();

    /** The exercises' titles as the page shows them now (the student's variant), joined for a sentence. */
    function titles(ids) {
      return ids.map(function (x) {
        var shown = Array.prototype.filter.call(rows[x].querySelectorAll('[data-variant]'), function (v) { return !v.hidden; })[0];
        return shown ? shown.textContent : (rows[x].querySelector('a') || rows[x]).textContent;
      }).reduce(function (all, t) { return all === null ? t : T.format('js.exercise.list.and', all, t); }, null) || '';
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = V.normaliseStudentId(input.value);
      if (!id) {
        idStatus.textContent = T.text('js.answers.id.empty');
        input.focus();
        return;
      }
      // the grader refuses an id with a control character or of more than 128 characters (docs/answer-file.md)
      if (/[\u0000-\u001f\u007f-\u009f]/.test(id) || Array.from(id).length > 128) {
        idStatus.textContent = T.text('js.answers.id.invalid');
        input.focus();
        return;
      }
      var before = P.studentId(course);
      if (!P.setStudentId(course, id)) {
        idStatus.textContent = T.text('js.answers.id.storage');
        return;
      }
      var moved = before === id ? { carried: [], changed: [] } : P.adopt(course, id, exercises);
      P.refresh(document);
      showId(T.format('js.answers.id.saved', id));
      var lines = [];
      if (moved.carried.length && before) {
        lines.push(T.count('js.answers.id.kept', moved.carried.length, titles(moved.carried)));
      } else if (moved.carried.length) {
        lines.push(T.count('js.answers.id.carried', moved.carried.length, titles(moved.carried)));
      }
      if (moved.changed.length) {
        lines.push(T.count('js.answers.id.variant-changed', moved.changed.length, titles(moved.changed)));
      }
      if (!moved.carried.length && !moved.changed.length && before !== id) {
        lines.push(T.text('js.answers.id.variants'));
      }
      carryStatus.textContent = lines.join(' ');
    });

    /** An entry of this browser as the answer file holds it (answers.js's build). */
    function exported(exercise, e, points) {
      return {
        exercise: exercise, variant: e.variant, response: e.response, attempts: e.attempts, seconds: e.seconds, events: e.events,
        points: points, response_before_reveal: e.responseBeforeReveal, revealed_at: e.revealedAt,
        given_under: points ? undefined : (e.student || '')
      };
    }

    document.getElementById('export-answers').addEventListener('click', function () {
      var id = P.studentId(course);
      if (!id) {
        answersStatus.textContent = T.text('js.answers.export.no-id');
        input.focus();
        return;
      }
      var entries = [];
      var others = [];
      var items = P.listed(document, course);
      items.forEach(function (x) {
        var e = x.entry;
        if (e && (e.response != null || e.attempts > 0 || P.hasWork(e))) {
          entries.push(exported(x.id, e, x.points));
        }
        x.earlier.forEach(function (o) {
          others.push(exported(x.id, o, null));
        });
      });
      var text = A.stringify(A.build(course, id, entries, new Date(), { totals: P.total(items), others: others }));
      var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      var link = document.createElement('a');
      link.href = url;
      link.download = 'answers-' + course + '-' + safeName(id) + '.json';
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      window.setTimeout(function () {
        URL.revokeObjectURL(url);
        link.remove();
      }, 2000);
      answersStatus.textContent = T.count('js.answers.export.done', entries.length, link.download)
        + (others.length > 0 ? ' ' + T.count('js.answers.export.skipped', others.length) : '');
    });

    /** An answer of an imported file as this browser keeps it, with everything the site shows restored. */
    function restored(file, a, student) {
      var events = A.importedEvents(file, a);
      var hints = 0;
      var solution = false;
      var lastAttempt = null;
      var solutionAt = null;
      var beforeSolution = null;
      events.forEach(function (e) {
        hints = e.type === 'hint' ? Math.max(hints, e.hint) : hints;
        if (e.type === 'solution' && !solution) {
          solution = true;
          solutionAt = e.at || null;
          beforeSolution = lastAttempt;
        }
        lastAttempt = e.type === 'attempt' ? e : lastAttempt;
      });
      var response = a.response === undefined ? null : a.response;
      var entry = {
        variant: a.variant, student: student, response: response,
        attempts: wholeNumber(a.attempts), seconds: wholeNumber(a.seconds), events: events,
        hints: hints, solution: solution, unlocked: solution
      };
      // what the site's check said of the last response, if the file kept it (an older file: checked again on the exercise's page)
      if (lastAttempt && typeof lastAttempt.correct === 'boolean' && same(lastAttempt.response, response)) {
        entry.correct = lastAttempt.correct;
        entry.unlocked = entry.unlocked || entry.correct;
      }
      if (manual[a.exercise] && solution) {
        entry.revealedAt = typeof a.revealed_at === 'string' ? a.revealed_at : solutionAt;
        entry.responseBeforeReveal = a.response_before_reveal !== undefined ? a.response_before_reveal
          : (beforeSolution ? beforeSolution.response : null);
      }
      return entry;
    }

    importer.addEventListener('change', function () {
      var file = importer.files && importer.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onerror = function () {
        answersStatus.textContent = T.text('js.answers.import.unreadable');
      };
      reader.onload = function () {
        var result = A.parse(String(reader.result), course);
        if (!result.ok) {
          answersStatus.textContent = T.format.apply(null, [PROBLEMS[result.problem]].concat(result.args));
          return;
        }
        var data = P.read(course);
        var student = V.normaliseStudentId(result.file.student_id);
        var imported = 0;
        var unknown = 0;
        result.file.answers.forEach(function (a) {
          if (!rows[a.exercise]) {
            unknown++;
            return;
          }
          var apart = (Array.isArray(data.others[a.exercise]) ? data.others[a.exercise] : []).filter(function (o) {
            return o.variant !== a.variant;
          });
          var old = data.exercises[a.exercise];
          if (old && old.variant !== a.variant && P.hasWork(old) && apart.every(function (o) { return o.variant !== old.variant; })) {
            apart.push(old); // this browser's work on another variant stays, apart
          }
          data.others[a.exercise] = apart;
          data.exercises[a.exercise] = restored(result.file, a, student);
          imported++;
        });
        result.file.other_variants.forEach(function (a) {
          if (rows[a.exercise]) {
            var kept = (Array.isArray(data.others[a.exercise]) ? data.others[a.exercise] : []).filter(function (o) {
              return o.variant !== a.variant;
            });
            kept.push(restored(result.file, a, typeof a.given_under === 'string' ? a.given_under : ''));
            data.others[a.exercise] = kept;
          }
        });
        data.student = student;
        P.write(course, data);
        P.adopt(course, student, exercises); // every exercise on the variant the file's id gives, the rest kept apart
        P.refresh(document);
        showId();
        carryStatus.textContent = '';
        importer.value = '';
        answersStatus.textContent = T.count('js.answers.import.done', imported, data.student)
          + (unknown > 0 ? ' ' + T.count('js.answers.import.unknown', unknown) : '');
      };
      reader.readAsText(file);
    });
  });
})();
