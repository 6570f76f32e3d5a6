/*
 * Parkbench exercises index: the student id form, and "Export my answers" / "Import" of the answer
 * file (answers.js builds and reads it; docs/answer-file.md). An export holds, for every exercise
 * listed on the page, the progress made on the variant the student's id gives, with the events in
 * order (attempts, hints, the solution opened); the grader re-scores it from scratch. An import
 * brings the events back, and with them the hints and the solution already opened.
 */
(function () {
  'use strict';

  function safeName(text) {
    return String(text).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'student';
  }

  function wholeNumber(n) {
    return typeof n === 'number' && isFinite(n) && n >= 0 ? Math.floor(n) : 0;
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
    var answerTools = document.getElementById('answer-tools');
    var answersStatus = document.getElementById('answers-status');
    var importer = document.getElementById('import-answers');
    var exercises = Array.prototype.map.call(document.querySelectorAll('[data-exercise][data-variants]'), function (x) {
      return { id: x.getAttribute('data-exercise'), variants: Number(x.getAttribute('data-variants')) };
    });
    form.hidden = false;
    answerTools.hidden = false;

    function showId(message) {
      var id = P.studentId(course);
      input.value = id;
      idStatus.textContent = message || (id ? T.format('js.exercise.id.is', id) : T.text('js.exercise.id.none'));
    }
    showId();

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = V.normaliseStudentId(input.value);
      if (!id) {
        idStatus.textContent = T.text('js.exercise.id.empty');
        input.focus();
        return;
      }
      // the grader refuses an id with a control character or of more than 128 characters (docs/answer-file.md)
      if (/[\u0000-\u001f\u007f-\u009f]/.test(id) || Array.from(id).length > 128) {
        idStatus.textContent = T.text('js.exercise.id.invalid');
        input.focus();
        return;
      }
      var before = P.studentId(course);
      if (!P.setStudentId(course, id)) {
        idStatus.textContent = T.text('js.exercise.id.storage');
        return;
      }
      P.refresh(document);
      showId(T.format('js.exercise.id.saved', id) + (before && before !== id ? ' ' + T.text('js.exercise.id.changed') : ''));
    });

    document.getElementById('export-answers').addEventListener('click', function () {
      var id = P.studentId(course);
      if (!id) {
        answersStatus.textContent = T.text('js.exercise.export.no-id');
        input.focus();
        return;
      }
      var entries = [];
      var skipped = 0;
      var stored = P.read(course).exercises;
      exercises.forEach(function (x) {
        var variant = P.variantFor(course, x.id, x.variants);
        var e = stored[x.id];
        if (!e) {
          return;
        }
        if (e.variant !== variant) {
          skipped++;
        } else if (e.response != null || e.attempts > 0) {
          entries.push({
            exercise: x.id, variant: variant, response: e.response, attempts: e.attempts, seconds: e.seconds, events: e.events
          });
        }
      });
      var text = A.stringify(A.build(course, id, entries, new Date()));
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
      answersStatus.textContent = T.count('js.exercise.export.done', entries.length, link.download)
        + (skipped > 0 ? ' ' + T.count('js.exercise.export.skipped', skipped) : '');
    });

    importer.addEventListener('change', function () {
      var file = importer.files && importer.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onerror = function () {
        answersStatus.textContent = T.text('js.exercise.import.unreadable');
      };
      reader.onload = function () {
        var result = A.parse(String(reader.result), course);
        if (!result.ok) {
          answersStatus.textContent = result.error;
          return;
        }
        var data = P.read(course);
        var known = {};
        exercises.forEach(function (x) { known[x.id] = true; });
        var imported = 0;
        var unknown = 0;
        result.file.answers.forEach(function (a) {
          if (!known[a.exercise]) {
            unknown++;
            return;
          }
          var events = A.importedEvents(result.file, a);
          var hints = 0;
          var solution = false;
          events.forEach(function (e) {
            hints = e.type === 'hint' ? Math.max(hints, e.hint) : hints;
            solution = solution || e.type === 'solution';
          });
          data.exercises[a.exercise] = {
            variant: a.variant, response: a.response === undefined ? null : a.response,
            attempts: wholeNumber(a.attempts), seconds: wholeNumber(a.seconds), events: events,
            hints: hints, solution: solution, unlocked: solution
          };
          imported++;
        });
        data.student = V.normaliseStudentId(result.file.student_id);
        P.write(course, data);
        P.refresh(document);
        showId();
        importer.value = '';
        answersStatus.textContent = T.count('js.exercise.import.done', imported, data.student)
          + (unknown > 0 ? ' ' + T.count('js.exercise.import.unknown', unknown) : '');
      };
      reader.readAsText(file);
    });
  });
})();
