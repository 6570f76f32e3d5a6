/*
 * Parkbench: an exercise page. Shows the student's variant, reads the answer from the form and
 * checks it with check.js against the stretched hashes in #exercise-check; feedback, the worked
 * solution and a short answer's model answer and rubric are sealed there and opened only when
 * earned (feedback on checking; the solution after a right answer or the last hint). Checking and
 * opening take one stretched derivation each, so they answer a moment later (promises). Hints open
 * one at a time. Everything is kept in this browser by exercise-progress.js and survives a reload,
 * with the order of what the student did (answers.js's record: attempts, hints, the solution),
 * which the answer file carries to the grader.
 */
(function () {
  'use strict';
  var IDLE_MS = 5 * 60 * 1000; // a longer pause does not count as time spent on the exercise

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var P = window.ParkbenchProgress;
    var C = window.ParkbenchCheck;
    var A = window.ParkbenchAnswers;
    var T = window.ParkbenchText;
    var article = document.querySelector('article.exercise[data-exercise]');
    var checkNode = document.getElementById('exercise-check');
    if (!article || !checkNode || !P || !C || !A || !T) {
      return;
    }
    var course = article.getAttribute('data-course');
    var id = article.getAttribute('data-exercise');
    var type = article.getAttribute('data-type');
    var variant = P.variantFor(course, id, Number(article.getAttribute('data-variants')));
    var data = JSON.parse(checkNode.textContent)[variant];
    var box = article.querySelector('.ex-variant[data-variant="' + variant + '"]');
    if (!data || !box) {
      return;
    }
    P.showVariant(article, variant);
    showIdPrompt();

    var form = box.querySelector('form.ex-answer');
    var feedback = box.querySelector('.ex-feedback');
    var hintItems = box.querySelectorAll('.ex-hint-list li');
    var hintButton = box.querySelector('.ex-hint-button');
    var locked = box.querySelector('.ex-locked');
    var solutionButton = box.querySelector('.ex-solution-button');
    var solutionText = box.querySelector('.ex-solution-text');
    var model = box.querySelector('.ex-model');
    var orderStatus = box.querySelector('.ex-order-status');
    var lastActivity = 0;
    var unsaved = 0;
    var shownResult = 0; // the latest result shown; feedback opened for an earlier one is dropped
    var checking = false;

    function showIdPrompt() {
      var student = P.studentId(course);
      each(article.querySelectorAll('[data-id-prompt]'), function (p) {
        p.hidden = (p.getAttribute('data-id-prompt') === 'set') !== Boolean(student);
      });
      each(article.querySelectorAll('.ex-student-id'), function (s) { s.textContent = student; });
      each(article.querySelectorAll('.ex-variant-number'), function (s) { s.textContent = String(variant + 1); });
    }

    /** Time on the exercise: the gaps between the student's actions, each at most IDLE_MS. */
    function activity() {
      var now = Date.now();
      if (lastActivity && now - lastActivity < IDLE_MS) {
        unsaved += now - lastActivity;
      }
      lastActivity = now;
    }

    function save(change) {
      activity();
      var spent = unsaved;
      unsaved = 0;
      return P.update(course, id, variant, function (e) {
        e.seconds = Math.round((e.seconds || 0) + spent / 1000);
        change(e);
      });
    }

    /** A promise of the sealed text for 'purpose' ('' if there is none). */
    function open(purpose) {
      var sealed = data.sealed[purpose];
      return sealed ? C.unseal(sealed, data.salt, data.variant, purpose, data.iterations) : Promise.resolve('');
    }

    /** Adds an event to the exercise's record (answers.js keeps the order and bounds it). */
    function note(entry, event) {
      entry.events = Array.isArray(entry.events) ? entry.events : [];
      A.record(entry.events, event);
    }

    /** Trusted HTML the site rendered and sealed; shown only once it is earned. */
    function appendHtml(parent, html) {
      if (html) {
        var div = document.createElement('div');
        div.innerHTML = html;
        parent.appendChild(div);
      }
    }

    function say(text, className) {
      feedback.textContent = '';
      var p = document.createElement('p');
      p.className = className || 'ex-note';
      p.textContent = text;
      feedback.appendChild(p);
    }

    /** The response in the shape of answer files (docs/answer-file.md), or {problem} when there is none yet. */
    function readResponse() {
      var value;
      switch (type) {
        case 'numeric':
        case 'short-answer':
          value = form.elements.answer.value;
          return value.trim() === '' ? { problem: T.text('js.exercise.answer.empty') } : { value: value };
        case 'single-choice':
          value = form.querySelector('input:checked');
          return value ? { value: value.value } : { problem: T.text('js.exercise.answer.choose') };
        case 'multiple-choice':
          value = Array.prototype.map.call(form.querySelectorAll('input:checked'), function (c) { return c.value; });
          return value.length ? { value: value } : { problem: T.text('js.exercise.answer.choose-some') };
        case 'classify':
          value = {};
          var missing = 0;
          each(form.querySelectorAll('select[data-item]'), function (s) {
            if (s.value) {
              value[s.getAttribute('data-item')] = s.value;
            } else {
              missing++;
            }
          });
          return missing ? { problem: T.format('js.exercise.answer.classify', missing) } : { value: value };
        case 'order':
          return { value: Array.prototype.map.call(form.querySelectorAll('.ex-order li'), function (li) {
            return li.getAttribute('data-item');
          }) };
        default:
          return { problem: T.text('js.exercise.answer.unknown-type') };
      }
    }

    function fill(response) {
      switch (type) {
        case 'numeric':
        case 'short-answer':
          form.elements.answer.value = String(response);
          break;
        case 'single-choice':
        case 'multiple-choice':
          var chosen = [].concat(response);
          each(form.querySelectorAll('input'), function (c) { c.checked = chosen.indexOf(c.value) >= 0; });
          break;
        case 'classify':
          each(form.querySelectorAll('select[data-item]'), function (s) {
            var v = response && response[s.getAttribute('data-item')];
            s.value = typeof v === 'string' ? v : '';
          });
          break;
        case 'order':
          var list = form.querySelector('.ex-order');
          [].concat(response).forEach(function (item) {
            each(list.children, function (li) {
              if (li.getAttribute('data-item') === item) {
                list.appendChild(li);
              }
            });
          });
          break;
        default:
      }
    }

    function showResult(correct, response, attempts, restored) {
      var token = ++shownResult;
      var lead = restored
        ? (correct ? T.text('js.exercise.result.last-right') : T.text('js.exercise.result.last-wrong'))
        : (correct ? T.text('js.exercise.result.right') : T.text('js.exercise.result.wrong'));
      say(lead + ' ' + T.format('js.exercise.result.attempts', attempts), correct ? 'ex-right' : 'ex-wrong');
      var purposes = [];
      var chosen = type === 'single-choice' || type === 'multiple-choice' ? [].concat(response) : [];
      if (correct) {
        purposes.push('feedback:correct');
      } else {
        chosen.forEach(function (c) {
          if (data.sealed['feedback:' + c]) {
            purposes.push('feedback:' + c);
          }
        });
        if (type !== 'single-choice' || purposes.length === 0) {
          purposes.push('feedback:incorrect');
        }
      }
      Promise.all(purposes.map(open)).then(function (texts) {
        if (token === shownResult) {
          texts.forEach(function (html) { appendHtml(feedback, html); });
        }
      });
    }

    var modelOpening = false;

    function showModel() {
      if (!model || !model.hidden || modelOpening) {
        return;
      }
      modelOpening = true;
      Promise.all([open('model-answer'), open('rubric')]).then(function (texts) {
        appendHtml(model.querySelector('.ex-model-answer'), texts[0]);
        var rubric = model.querySelector('.ex-rubric');
        var criteria = [];
        try {
          criteria = JSON.parse(texts[1] || '[]');
        } catch (e) {
          criteria = [];
        }
        criteria.forEach(function (r) {
          var li = document.createElement('li');
          li.textContent = r.criterion + ' ' + T.count('js.exercise.rubric.points', r.points);
          rubric.appendChild(li);
        });
        model.hidden = false;
      });
    }

    function unlockSolution() {
      locked.hidden = true;
      solutionButton.hidden = !solutionText.hidden;
    }

    var solutionOpening = null;

    /** Opens the worked solution (a promise, once). */
    function showSolution() {
      if (!solutionOpening) {
        solutionButton.disabled = true;
        solutionOpening = open('solution').then(function (html) {
          appendHtml(solutionText, html);
          solutionText.hidden = false;
          solutionButton.hidden = true;
          locked.hidden = true;
        });
      }
      return solutionOpening;
    }

    function showHints(n) {
      each(hintItems, function (li, i) { li.hidden = i >= n; });
      if (hintButton) {
        hintButton.hidden = n >= hintItems.length;
        hintButton.textContent = T.format('js.exercise.hint.show', Math.min(n + 1, hintItems.length), hintItems.length);
      }
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var r = readResponse();
      if (r.problem) {
        say(r.problem);
        return;
      }
      if (type === 'short-answer') {
        var written = save(function (e) {
          e.response = r.value;
          e.attempts = (e.attempts || 0) + 1;
          e.unlocked = true;
          note(e, { type: 'attempt', response: r.value });
        });
        say(T.format('js.exercise.short.compared', written.attempts));
        var token = ++shownResult;
        open('feedback:correct').then(function (html) {
          if (token === shownResult) {
            if (html) {
              appendHtml(feedback, html);
            } else {
              var p = document.createElement('p');
              p.textContent = T.text('js.exercise.short.compare');
              feedback.appendChild(p);
            }
          }
        });
        showModel();
        unlockSolution();
        return;
      }
      if (checking) {
        return;
      }
      checking = true;
      C.check(data, r.value).then(function (result) {
        checking = false;
        if (!result.answered) {
          say(T.text('js.exercise.answer.number'));
          return;
        }
        var e = save(function (x) {
          x.response = r.value;
          x.attempts = (x.attempts || 0) + 1;
          x.correct = result.correct;
          x.unlocked = x.unlocked || result.correct;
          note(x, { type: 'attempt', response: r.value });
        });
        showResult(result.correct, r.value, e.attempts, false);
        if (result.correct) {
          unlockSolution();
        }
      }, function (problem) {
        checking = false;
        say(T.format('js.exercise.answer.failed', problem.message));
      });
    });

    if (hintButton) {
      hintButton.addEventListener('click', function () {
        var e = save(function (x) {
          var before = x.hints || 0;
          x.hints = Math.min(before + 1, hintItems.length);
          if (x.hints > before) {
            note(x, { type: 'hint', hint: x.hints });
          }
        });
        showHints(e.hints);
        if (e.hints >= hintItems.length) {
          save(function (x) { x.unlocked = true; });
          unlockSolution();
          var last = hintItems[hintItems.length - 1];
          last.setAttribute('tabindex', '-1');
          last.focus();
        }
      });
    }

    solutionButton.addEventListener('click', function () {
      save(function (x) {
        if (!x.solution) {
          note(x, { type: 'solution' });
        }
        x.solution = true;
      });
      showSolution().then(function () {
        solutionText.setAttribute('tabindex', '-1');
        solutionText.focus();
      });
    });

    each(box.querySelectorAll('.ex-order [data-move]'), function (button) {
      button.addEventListener('click', function () {
        var li = button.closest('li');
        var list = li.parentNode;
        var up = Number(button.getAttribute('data-move')) < 0;
        var other = up ? li.previousElementSibling : li.nextElementSibling;
        var label = li.querySelector('.ex-order-label').textContent;
        if (other) {
          list.insertBefore(up ? li : other, up ? other : li);
          button.focus();
        }
        var position = Array.prototype.indexOf.call(list.children, li) + 1;
        orderStatus.textContent = other ? T.format('js.exercise.order.moved', label, position, list.children.length)
          : T.format(up ? 'js.exercise.order.first' : 'js.exercise.order.last', label);
      });
    });

    each(['input', 'change', 'click', 'keydown', 'focusin'], function (name) {
      box.addEventListener(name, activity);
    });
    window.addEventListener('pagehide', function () {
      if (unsaved > 0 && P.entry(course, id, variant)) {
        save(function () {});
      }
    });

    // Progress kept from an earlier visit (or imported): the form, hints, feedback and solution as they were.
    var kept = P.entry(course, id, variant);
    showHints(kept && kept.hints ? kept.hints : 0);
    if (kept) {
      if (kept.response != null) {
        fill(kept.response);
        if (type === 'short-answer') {
          showModel();
        } else {
          C.check(data, kept.response).then(function (again) {
            if (!again.answered) {
              return;
            }
            if (kept.correct !== again.correct) {
              kept = P.update(course, id, variant, function (x) {
                x.correct = again.correct;
                x.unlocked = x.unlocked || again.correct;
              });
            }
            showResult(again.correct, kept.response, kept.attempts || 0, true);
            if (again.correct && solutionText.hidden) {
              unlockSolution();
            }
          });
        }
      }
      if (kept.unlocked || kept.correct || (hintItems.length > 0 && kept.hints >= hintItems.length)) {
        unlockSolution();
      }
      if (kept.solution) {
        showSolution();
      }
    }
  });
})();
