/*
 * Parkbench exercises: what this browser keeps for a course (localStorage, one entry per course id):
 * the student id and, per exercise, the variant answered, the last response, attempts, time, hints,
 * whether the solution was opened, and the events in order (answers.js's record). The student id picks each exercise's variant (variant.js);
 * without one, variant 0. On load, every [data-exercise][data-variants] element shows the student's
 * variant of its [data-variant] texts, and every [data-status-for] element the exercise's progress.
 */
(function (root) {
  'use strict';
  var PREFIX = 'parkbench-progress:';

  function empty() {
    return { version: 1, student: '', exercises: {} };
  }

  function read(course) {
    try {
      var data = JSON.parse(window.localStorage.getItem(PREFIX + course) || 'null');
      if (data && typeof data === 'object' && data.exercises && typeof data.exercises === 'object') {
        data.student = typeof data.student === 'string' ? data.student : '';
        return data;
      }
    } catch (e) {
      // unreadable or blocked storage: start afresh
    }
    return empty();
  }

  function write(course, data) {
    try {
      window.localStorage.setItem(PREFIX + course, JSON.stringify(data));
      return true;
    } catch (e) {
      return false;
    }
  }

  function studentId(course) {
    return read(course).student;
  }

  function setStudentId(course, id) {
    var data = read(course);
    data.student = root.ParkbenchVariant.normaliseStudentId(id);
    return write(course, data);
  }

  function variantFor(course, exerciseId, count) {
    var id = studentId(course);
    return id ? root.ParkbenchVariant.choose(course, id, exerciseId, count) : 0;
  }

  /** The stored progress of an exercise, if it was made on this variant; else null. */
  function entry(course, exerciseId, variant) {
    var e = read(course).exercises[exerciseId];
    return e && e.variant === variant ? e : null;
  }

  /** Applies change(entry) to the exercise's entry for this variant (a fresh one if there is none) and stores it. */
  function update(course, exerciseId, variant, change) {
    var data = read(course);
    var e = data.exercises[exerciseId];
    if (!e || e.variant !== variant) {
      e = { variant: variant, response: null, attempts: 0, seconds: 0, events: [] };
    }
    change(e);
    data.exercises[exerciseId] = e;
    write(course, data);
    return e;
  }

  function status(e) {
    if (!e) {
      return '';
    }
    var T = root.ParkbenchText;
    if (e.correct === true) {
      return e.attempts > 1 ? T.format('js.exercise.status.solved.tries', e.attempts) : T.text('js.exercise.status.solved');
    }
    if (e.correct === false) {
      return e.attempts > 0 ? T.count('js.exercise.status.wrong.tries', e.attempts) : T.text('js.exercise.status.wrong');
    }
    if (e.response != null && e.response !== '') {
      return T.text('js.exercise.status.answered');
    }
    return e.hints > 0 ? T.text('js.exercise.status.started') : '';
  }

  function showVariant(element, variant) {
    Array.prototype.forEach.call(element.querySelectorAll('[data-variant]'), function (v) {
      v.hidden = Number(v.getAttribute('data-variant')) !== variant;
    });
  }

  function courseOf(doc) {
    var holder = doc.querySelector('[data-course]');
    return holder ? holder.getAttribute('data-course') : null;
  }

  /** Shows the student's variant and progress of every exercise on the page. */
  function refresh(doc) {
    var course = courseOf(doc);
    if (!course) {
      return;
    }
    Array.prototype.forEach.call(doc.querySelectorAll('[data-exercise][data-variants]'), function (x) {
      var id = x.getAttribute('data-exercise');
      var variant = variantFor(course, id, Number(x.getAttribute('data-variants')));
      showVariant(x, variant);
      Array.prototype.forEach.call(x.querySelectorAll('[data-status-for]'), function (s) {
        s.textContent = status(entry(course, id, variant));
      });
    });
  }

  root.ParkbenchProgress = {
    read: read, write: write, studentId: studentId, setStudentId: setStudentId, variantFor: variantFor,
    entry: entry, update: update, status: status, showVariant: showVariant, courseOf: courseOf, refresh: refresh
  };

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.needs-js'), function (n) { n.hidden = true; });
    refresh(document);
  });
})(window);
