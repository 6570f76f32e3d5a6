/*
 * Parkbench: an exercise page. Shows the student's variant, reads the answer from the form and
 * checks it with check.js against the stretched hashes in #exercise-check; feedback, the worked
 * solution and a short answer's model answer and rubric are sealed there and opened only when
 * earned (feedback on checking; the solution after a right answer or the last hint; a short answer's
 * model answer, rubric and solution together once it has the minimum of words, the response from
 * before kept). Checking and
 * opening take one stretched derivation each, so they answer a moment later (promises). Hints open
 * one at a time. Everything is kept in this browser by exercise-progress.js and survives a reload,
 * with the order of what the student did (answers.js's record: attempts, hints, the solution),
 * which the answer file carries to the grader. Work kept on another variant is shown as given there.
 */
(function () {
  'use strict';
  var IDLE_MS = 5 * 60 * 1000; // a longer pause does not count as time spent on the exercise
  var HAN = /\p{Script=Han}/gu;
  var WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

  /** A short answer's words as its minimum counts them (docs/answer-file.md, Short answers): two Chinese characters make one. */
  function words(text) {
    var han = (String(text).match(HAN) || []).length;
    var rest = String(text).replace(HAN, ' ');
    return (rest.match(WORD) || []).length + Math.floor(han / 2);
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  /** Texts joined as the page's language lists them ("a; b; c"). */
  function list(texts) {
    return texts.reduce(function (all, t) { return all === null ? t : window.ParkbenchText.format('js.exercise.list.and', all, t); }, null) || '';
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
    var submitButton = form.querySelector('button[type=submit]');
    var wordCount = box.querySelector('.ex-word-count');
    var minWords = Number(form.getAttribute('data-min-words')) || 0;
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
      var saved = P.update(course, id, variant, function (e) {
        e.seconds = Math.round((e.seconds || 0) + spent / 1000);
        change(e);
      });
      P.refresh(document);
      return saved;
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

    function opened(entry) {
      return Array.isArray(entry.events) && entry.events.some(function (e) { return e && e.type === 'solution'; });
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
          return value.trim() === '' ? { problem: T.text('js.form.answer.empty') } : { value: value };
        case 'single-choice':
          value = form.querySelector('input:checked');
          return value ? { value: value.value } : { problem: T.text('js.form.answer.choose') };
        case 'multiple-choice':
          value = Array.prototype.map.call(form.querySelectorAll('input:checked'), function (c) { return c.value; });
          return value.length ? { value: value } : { problem: T.text('js.form.answer.choose-some') };
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
          return missing ? { problem: T.format('js.form.answer.classify', missing) } : { value: value };
        case 'order':
          return { value: Array.prototype.map.call(form.querySelectorAll('.ex-order li'), function (li) {
            return li.getAttribute('data-item');
          }) };
        default:
          return { problem: T.text('js.form.answer.unknown-type') };
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

    /** A response in words, as given on the variant whose box is 'other'. */
    function describe(response, other) {
      function text(selector, inner) {
        var n = other.querySelector(selector);
        n = n && inner ? (n.matches('li') ? n.querySelector(inner) : other.querySelector(inner + '[for="' + n.id + '"]')) : n;
        return n ? n.textContent : '';
      }
      var r = [].concat(response);
      switch (type) {
        case 'single-choice':
        case 'multiple-choice':
          return list(r.map(function (c) { return text('input[value="' + CSS.escape(c) + '"]', 'label') || c; }));
        case 'classify':
          return list(Array.prototype.map.call(other.querySelectorAll('select[data-item]'), function (s) {
            return T.format('js.exercise.list.is', text('#' + s.id, 'label'),
              text('#' + s.id + ' option[value="' + CSS.escape(String(response[s.getAttribute('data-item')])) + '"]') || '—');
          }));
        case 'order':
          return r.map(function (i) { return text('li[data-item="' + CSS.escape(i) + '"]', '.ex-order-label') || i; }).join(' → ');
        default:
          return String(response);
      }
    }

    function line(parent, tag, text) {
      var n = parent.appendChild(document.createElement(tag));
      n.textContent = text;
      return n;
    }

    /** The work kept on other variants of this exercise, as it was given there. */
    function showEarlier() {
      var section = article.querySelector('.ex-earlier');
      var work = P.earlier(course, id, variant);
      if (!section || !work.length) {
        return;
      }
      var items = section.querySelector('.ex-earlier-list');
      var student = P.studentId(course);
      work.forEach(function (e) {
        var other = article.querySelector('.ex-variant[data-variant="' + e.variant + '"]');
        var title = article.querySelector('h1 [data-variant="' + e.variant + '"]');
        var li = line(items, 'li', '');
        line(li, 'p', (e.student ? T.format('js.form.earlier.under', e.variant + 1, e.student) : T.format('js.form.earlier.before', e.variant + 1))
          + (title ? ' ' + T.format('js.form.earlier.title', title.textContent) : ''));
        if (e.response != null && e.response !== '') {
          line(li, 'blockquote', other ? describe(e.response, other) : String(e.response)).className = 'ex-earlier-response';
        }
        if (P.status(e)) {
          line(li, 'p', T.format('js.form.earlier.status', P.status(e)));
        }
      });
      section.querySelector('.ex-earlier-now').textContent = student
        ? T.format('js.form.earlier.now', variant + 1, student) : T.format('js.form.earlier.now-no-id', variant + 1);
      section.hidden = false;
    }

    function showResult(correct, response, attempts, restored) {
      var token = ++shownResult;
      var lead = restored
        ? (correct ? T.text('js.form.result.last-right') : T.text('js.form.result.last-wrong'))
        : (correct ? T.text('js.form.result.right') : T.text('js.form.result.wrong'));
      say(lead + ' ' + T.format('js.form.result.attempts', attempts), correct ? 'ex-right' : 'ex-wrong');
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

    /** Opens a short answer's model answer and rubric (once), with the response kept from before they were opened. */
    function showModel(entry) {
      var before = model && model.querySelector('.ex-before-reveal');
      if (before && entry && entry.responseBeforeReveal != null) {
        before.querySelector('.ex-before-reveal-text').textContent = String(entry.responseBeforeReveal);
        before.hidden = false;
      }
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
          li.textContent = r.criterion + ' ' + T.count('js.form.rubric.points', r.points);
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
        hintButton.textContent = T.format('js.form.hint.show', Math.min(n + 1, hintItems.length), hintItems.length);
      }
    }

    /** A short answer: how many words it has of the minimum, and whether the model answer may open. */
    function countWords() {
      var kept = P.entry(course, id, variant);
      var revealed = Boolean(kept && (kept.revealedAt || kept.solution));
      var n = words(form.elements.answer.value);
      if (wordCount) {
        wordCount.textContent = revealed ? '' : T.count('js.form.short.words', n, minWords);
      }
      submitButton.setAttribute('aria-disabled', String(!revealed && n < minWords));
      return n;
    }

    /** A short answer: the model answer, rubric and worked solution, opened together. */
    function reveal(entry) {
      submitButton.textContent = T.text('js.form.short.save');
      submitButton.setAttribute('aria-disabled', 'false');
      if (wordCount) {
        wordCount.textContent = '';
      }
      showModel(entry);
      showSolution();
    }

    function submitShortAnswer(r) {
      var kept = P.entry(course, id, variant);
      var revealed = Boolean(kept && (kept.revealedAt || kept.solution));
      var n = countWords();
      if (!revealed && n < minWords) {
        // kept as the student's answer, but not compared: the model answer needs a genuine attempt first
        save(function (e) { e.response = r.value; });
        say(T.count('js.form.short.too-short', minWords, n));
        return;
      }
      var written = save(function (e) {
        e.response = r.value;
        e.attempts = (e.attempts || 0) + 1;
        note(e, { type: 'attempt', response: r.value });
        if (!e.revealedAt && !e.solution) {
          e.responseBeforeReveal = r.value;
          e.unlocked = true;
          e.solution = true;
          if (!opened(e)) {
            note(e, { type: 'solution' });
          }
          var last = e.events[e.events.length - 1];
          e.revealedAt = last && last.type === 'solution' && last.at ? last.at : new Date().toISOString();
        }
      });
      say(revealed ? T.format('js.form.short.revised', written.attempts) : T.text('js.form.short.revealed'));
      var token = ++shownResult;
      open('feedback:correct').then(function (html) {
        if (token === shownResult) {
          if (html) {
            appendHtml(feedback, html);
          } else {
            var p = document.createElement('p');
            p.textContent = T.text('js.form.short.compare');
            feedback.appendChild(p);
          }
        }
      });
      reveal(written);
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var r = readResponse();
      if (r.problem) {
        say(r.problem);
        return;
      }
      if (type === 'short-answer') {
        submitShortAnswer(r);
        return;
      }
      if (checking) {
        return;
      }
      checking = true;
      C.check(data, r.value).then(function (result) {
        checking = false;
        if (!result.answered) {
          say(T.text('js.form.answer.number'));
          return;
        }
        var e = save(function (x) {
          x.response = r.value;
          x.attempts = (x.attempts || 0) + 1;
          x.correct = result.correct;
          x.unlocked = x.unlocked || result.correct;
          note(x, { type: 'attempt', response: r.value, correct: result.correct });
        });
        showResult(result.correct, r.value, e.attempts, false);
        if (result.correct) {
          unlockSolution();
        }
      }, function (problem) {
        checking = false;
        say(T.format('js.form.answer.failed', problem.message));
      });
    });

    if (type === 'short-answer') {
      form.elements.answer.addEventListener('input', countWords);
    }

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
          if (type !== 'short-answer') { // a short answer's solution waits for a genuine attempt
            save(function (x) { x.unlocked = true; });
            unlockSolution();
          }
          var last = hintItems[hintItems.length - 1];
          last.setAttribute('tabindex', '-1');
          last.focus();
        }
      });
    }

    solutionButton.addEventListener('click', function () {
      if (type === 'short-answer') {
        return;
      }
      save(function (x) {
        if (!opened(x)) {
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
        orderStatus.textContent = other ? T.format('js.form.order.moved', label, position, list.children.length)
          : T.format(up ? 'js.form.order.first' : 'js.form.order.last', label);
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

    showEarlier();
    // Progress kept from an earlier visit (or imported): the form, hints, feedback and solution as they were.
    var kept = P.entry(course, id, variant);
    showHints(kept && kept.hints ? kept.hints : 0);
    if (kept) {
      if (kept.response != null) {
        fill(kept.response);
        if (type !== 'short-answer') {
          C.check(data, kept.response).then(function (again) {
            if (!again.answered) {
              return;
            }
            kept = P.update(course, id, variant, function (x) {
              x.correct = again.correct;
              x.unlocked = x.unlocked || again.correct;
              // an answer file from an older site: what grade scores (the last attempt before the solution) checked too, if it is this one
              var g = P.graded(x);
              (x.events || []).forEach(function (ev) {
                if (ev.type === 'attempt' && typeof ev.correct !== 'boolean' && JSON.stringify(ev.response) === JSON.stringify(g.response)
                    && JSON.stringify(ev.response) === JSON.stringify(x.response)) {
                  ev.correct = again.correct;
                }
              });
            });
            P.refresh(document);
            showResult(again.correct, kept.response, kept.attempts || 0, true);
            if (again.correct && solutionText.hidden) {
              unlockSolution();
            }
          });
        }
      }
      if (type === 'short-answer') {
        if (kept.revealedAt || kept.solution) { // kept.solution alone: opened on a site before the minimum
          reveal(kept);
        }
      } else {
        if (kept.unlocked || kept.correct || (hintItems.length > 0 && kept.hints >= hintItems.length)) {
          unlockSolution();
        }
        if (kept.solution) {
          showSolution();
        }
      }
    }
    if (type === 'short-answer') {
      countWords();
    }
  });
})();
