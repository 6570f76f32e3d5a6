/*
 * Parkbench exercises: what this browser keeps for a course (localStorage, one entry per course id):
 * the student id and, per exercise, the variant answered, the last response, attempts, time, hints,
 * whether the solution was opened, and the events in order (answers.js's record). The student id picks each exercise's variant (variant.js);
 * without one, variant 0. Work on another variant than the id's (given before an id was entered, or
 * under another id) is kept apart ('others'), never dropped. On load, every [data-exercise][data-variants]
 * element shows the student's variant of its [data-variant] texts, every [data-status-for] element
 * the exercise's progress and its points as `grade` counts them (from data-points; data-manual: a
 * short answer), every [data-points-for] the points alone, and every [data-points-summary] the sum
 * over its [data-points-scope] (docs/answer-file.md, "Points on the site").
 */
(function (root) {
  'use strict';
  var PREFIX = 'parkbench-progress:';

  function read(course) {
    try {
      var data = JSON.parse(window.localStorage.getItem(PREFIX + course) || 'null');
      if (data && typeof data === 'object' && data.exercises && typeof data.exercises === 'object') {
        data.student = typeof data.student === 'string' ? data.student : '';
        data.others = data.others && typeof data.others === 'object' ? data.others : {};
        return data;
      }
    } catch (e) {
      // unreadable or blocked storage: start afresh
    }
    return { version: 1, student: '', exercises: {}, others: {} };
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

  /** Whether an entry holds anything the student did. */
  function hasWork(e) {
    return Boolean(e) && ((e.response != null && e.response !== '') || e.attempts > 0 || e.hints > 0 || e.solution === true
      || (Array.isArray(e.events) && e.events.length > 0));
  }

  /** Every entry kept for an exercise: the current one, then those kept apart. */
  function entries(data, exerciseId) {
    return [data.exercises[exerciseId]].concat(Array.isArray(data.others[exerciseId]) ? data.others[exerciseId] : [])
      .filter(function (e) { return e && typeof e === 'object'; });
  }

  function onVariant(list, variant) {
    return list.filter(function (e) { return e.variant === variant; })[0] || null;
  }

  function elsewhere(list, variant) {
    return list.filter(function (e) { return e.variant !== variant && hasWork(e); });
  }

  /** The stored progress of an exercise, if it was made on this variant; else null. */
  function entry(course, exerciseId, variant) {
    return onVariant(entries(read(course), exerciseId), variant);
  }

  /** The work kept for an exercise on variants other than 'variant'. */
  function earlier(course, exerciseId, variant) {
    return elsewhere(entries(read(course), exerciseId), variant);
  }

  /** Makes the entry for 'variant' (or none) the exercise's current one in 'data', the work on other variants kept apart. */
  function settle(data, exerciseId, variant) {
    var list = entries(data, exerciseId);
    var current = onVariant(list, variant);
    var apart = elsewhere(list, variant).filter(function (e, i, all) {
      return onVariant(all, e.variant) === e;
    });
    if (current) {
      data.exercises[exerciseId] = current;
    } else {
      delete data.exercises[exerciseId];
    }
    data.others[exerciseId] = apart;
    return current;
  }

  /** Applies change(entry) to the exercise's entry for this variant (a fresh one if there is none) and stores it. */
  function update(course, exerciseId, variant, change) {
    var data = read(course);
    var e = settle(data, exerciseId, variant)
      || { variant: variant, student: data.student, response: null, attempts: 0, seconds: 0, events: [] };
    change(e);
    data.exercises[exerciseId] = e;
    write(course, data);
    return e;
  }

  /**
   * After the student id became 'id', settles each exercise ({id, variants}) on the id's variant:
   * {carried: the ids whose work was on it (work given before any id becomes the id's), changed: the
   * ids whose work was all on other variants (kept apart)}.
   */
  function adopt(course, id, exercises) {
    var data = read(course);
    var moved = { carried: [], changed: [] };
    exercises.forEach(function (x) {
      var current = settle(data, x.id, root.ParkbenchVariant.choose(course, id, x.id, x.variants));
      if (hasWork(current)) {
        current.student = current.student || id;
        moved.carried.push(x.id);
      } else if (data.others[x.id].length) {
        moved.changed.push(x.id);
      }
    });
    write(course, data);
    return moved;
  }

  /**
   * The answer `grade` scores by default (--after-solution none): once the solution (for a short
   * answer, the model answer) was opened, the last attempt before; else the last response.
   * {response, correct (undefined if never checked here), late (attempts after the solution)}.
   */
  function graded(e) {
    var events = e && Array.isArray(e.events) ? e.events : [];
    var opened = events.map(function (x) { return x && x.type; }).indexOf('solution');
    if (!e || opened < 0) {
      return { response: e ? e.response : null, correct: e && e.correct, late: false };
    }
    var attempts = events.filter(function (x) { return x && x.type === 'attempt'; });
    var before = attempts.filter(function (x) { return events.indexOf(x) < opened; }).pop();
    return { response: before ? before.response : null, correct: before && before.correct, late: attempts.length > 0
      && events.indexOf(attempts[attempts.length - 1]) > opened };
  }

  /** An exercise's points as `grade` counts them: all or nothing; an answered short answer ('manual') pending. */
  function points(e, max, manual) {
    var g = graded(e);
    var answered = g.response != null;
    return { earned: answered && !manual && g.correct === true ? max : 0, pending: answered && manual ? max : 0, max: max,
      known: !answered || manual || typeof g.correct === 'boolean', late: g.late, worked: hasWork(e) };
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

  function pointsText(p) {
    var T = root.ParkbenchText;
    return !p.worked ? '' : p.pending ? T.count('js.exercise.points.pending', p.pending)
      : !p.known ? T.text('js.exercise.points.unchecked')
      : T.count('js.exercise.points.earned', p.max, p.earned) + (p.late ? ' ' + T.text('js.exercise.points.late') : '');
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

  /** Each exercise element of the page: {element, id, variants, variant, entry, earlier, points}. */
  function listed(doc, course) {
    var data = read(course);
    return Array.prototype.map.call(doc.querySelectorAll('[data-exercise][data-variants]'), function (x) {
      var id = x.getAttribute('data-exercise');
      var variants = Number(x.getAttribute('data-variants'));
      var variant = data.student ? root.ParkbenchVariant.choose(course, data.student, id, variants) : 0;
      var list = entries(data, id);
      var e = onVariant(list, variant);
      return { element: x, id: id, variants: variants, variant: variant, entry: e, earlier: elsewhere(list, variant),
        points: points(e, Number(x.getAttribute('data-points')) || 0, x.hasAttribute('data-manual')) };
    });
  }

  /** The points of 'items' (from listed) added up: {earned, pending, max, unchecked}. */
  function total(items) {
    var sum = { earned: 0, pending: 0, max: 0, unchecked: 0 };
    items.forEach(function (x) {
      ['earned', 'pending', 'max'].forEach(function (k) { sum[k] += x.points[k]; });
      sum.unchecked += x.points.known ? 0 : 1;
    });
    return sum;
  }

  /** Shows the student's variant, progress and points of every exercise on the page, and the sums. */
  function refresh(doc) {
    var course = courseOf(doc);
    if (!course) {
      return;
    }
    var T = root.ParkbenchText;
    var items = listed(doc, course);
    items.forEach(function (x) {
      showVariant(x.element, x.variant);
      Array.prototype.forEach.call(x.element.querySelectorAll('[data-status-for]'), function (s) {
        s.textContent = '';
        [x.entry ? status(x.entry) : x.earlier.length ? T.format('js.exercise.status.earlier', x.earlier[0].variant + 1) : '',
          pointsText(x.points)].forEach(function (text, i) {
          if (text) {
            s.appendChild(document.createTextNode(s.firstChild ? ' ' : ''));
            var span = s.appendChild(document.createElement('span'));
            span.className = i ? 'ex-earned' : 'ex-progress';
            span.textContent = text;
          }
        });
      });
      Array.prototype.forEach.call(x.element.querySelectorAll('[data-points-for]'), function (s) {
        s.textContent = pointsText(x.points);
      });
    });
    Array.prototype.forEach.call(doc.querySelectorAll('[data-points-summary]'), function (s) {
      var scope = s.closest('[data-points-scope]') || doc;
      var sum = total(items.filter(function (x) { return scope.contains(x.element); }));
      s.textContent = [T.count('js.exercise.points.summary', sum.max, sum.earned),
        sum.pending ? T.count('js.exercise.points.summary.pending', sum.pending) : '',
        sum.unchecked ? T.count('js.exercise.points.summary.unchecked', sum.unchecked) : ''].filter(Boolean).join(' ');
    });
  }

  root.ParkbenchProgress = {
    read: read, write: write, studentId: studentId, setStudentId: setStudentId, variantFor: variantFor,
    entry: entry, earlier: earlier, update: update, adopt: adopt, hasWork: hasWork, graded: graded, points: points,
    listed: listed, total: total, status: status, showVariant: showVariant, courseOf: courseOf, refresh: refresh
  };

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.needs-js'), function (n) { n.hidden = true; });
    refresh(document);
  });
})(window);
