/*
 * Parkbench in an LMS (SCORM 1.2): the script of the package's launch page, which stays open while
 * the student moves between the site's pages in its frame (SCORM allows one LMSInitialize and one
 * LMSFinish per launch). It finds the LMS's API (the standard search: up to 7 parents, then the
 * opener's), makes the LMS's student id the site's student id (so every variant is the one `grade`
 * computes), puts the progress the LMS kept (cmi.suspend_data) into the browser's store the site
 * reads (exercise-progress.js), and then follows that store: each checked answer becomes an
 * interaction, the score and lesson status follow the site's points, the progress goes back into
 * cmi.suspend_data, and the LMS is told to commit. Without an API the frame shows the plain site.
 *
 * The launch's case is ?case=ID (the manifest's item parameter); only that case's exercises are
 * reported, so each case is one SCO with its own score. Score: cmi.core.score.raw is the percentage
 * (0-100, two decimals) of the case's auto-graded points earned as `grade` counts them; short
 * answers, marked by hand, count for nothing here.
 *
 * cmi.suspend_data (at most 4096 characters) holds "1" and a JSON list of one record per exercise
 * the student worked on: [position in the case, variant, attempts, hints, flags, response(, graded
 * response)], a choice, order or classification written as positions in the variant's lists.
 */
(function () {
  'use strict';
  var LIMIT = 4096;
  var FORMAT = '1';
  var SIGNS = '0123456789abcdefghijklmnopqrstuvwxyz';
  // flags of a record
  var RIGHT = 1, WRONG = 2, SOLUTION = 4, UNLOCKED = 8, LATE = 32, GRADED_RIGHT = 64, GRADED_WRONG = 128,
    SHORTENED = 256;

  var P = window.ParkbenchProgress;
  var V = window.ParkbenchVariant;
  var COURSE = window.ParkbenchScormCourse;
  var frame = document.getElementById('parkbench-site');
  if (!P || !V || !COURSE || !frame) {
    return;
  }
  // the encoding is also what the tests measure against the 4096 characters
  window.ParkbenchScormData = { codec: function (exercises) { return codec(exercises); }, LIMIT: LIMIT };
  var wanted = new URLSearchParams(window.location.search).get('case');
  var theCase = COURSE.cases.filter(function (c) { return c.id === wanted; })[0] || COURSE.cases[0];
  var tracked = theCase ? theCase.exercises : [];
  var course = COURSE.course;

  /** The record of the exercises 'tracked' (a case's, as scorm-course.js lists them) in cmi.suspend_data. */
  function codec(tracked) {
    function variantOf(x, v) {
      return x.variants[v] || { options: [], categories: [] };
    }

    /** A response as positions in the variant's lists (free text as it is). */
    function pack(x, v, response) {
      if (response == null) {
        return null;
      }
      var lists = variantOf(x, v);
      function at(id) {
        var i = lists.options.indexOf(id);
        return i < 0 ? String(id) : i;
      }
      switch (x.type) {
        case 'single-choice':
          return at(response);
        case 'multiple-choice':
        case 'order':
          return [].concat(response).map(at);
        case 'classify':
          return lists.options.map(function (item) {
            return lists.categories.indexOf(response[item]);
          });
        default:
          return String(response);
      }
    }

    function unpack(x, v, packed) {
      if (packed == null) {
        return null;
      }
      var lists = variantOf(x, v);
      function id(i) {
        return typeof i === 'number' ? lists.options[i] : i;
      }
      switch (x.type) {
        case 'single-choice':
          return id(packed);
        case 'multiple-choice':
        case 'order':
          return [].concat(packed).map(id);
        case 'classify':
          var value = {};
          lists.options.forEach(function (item, i) {
            if (packed[i] >= 0) {
              value[item] = lists.categories[packed[i]];
            }
          });
          return value;
        default:
          return String(packed);
      }
    }

    function correctness(flags, right, wrong) {
      return flags & right ? true : flags & wrong ? false : undefined;
    }

    /** One exercise's record, or null when the student did nothing on it. */
    function record(n, x, e) {
      if (!P.hasWork(e)) {
        return null;
      }
      var g = P.graded(e);
      var flags = (e.correct === true ? RIGHT : e.correct === false ? WRONG : 0) | (e.solution ? SOLUTION : 0)
        | (e.unlocked ? UNLOCKED : 0);
      var r = [n, e.variant, e.attempts || 0, e.hints || 0, flags, pack(x, e.variant, e.response)];
      if (g.late) {
        r[4] |= LATE | (g.correct === true ? GRADED_RIGHT : g.correct === false ? GRADED_WRONG : 0);
        // a short answer is pending whichever of its texts is graded: the latest is kept, once
        if (!x.manual) {
          r.push(pack(x, e.variant, g.response));
        }
      }
      return r;
    }

    /** The site's entry of a record: what the pages show and what P.points counts (the events `graded` reads). */
    function entry(r, student) {
      var x = tracked[r[0]];
      var flags = r[4];
      var e = { variant: r[1], student: student, response: unpack(x, r[1], r[5]), attempts: r[2], seconds: 0, events: [] };
      var correct = correctness(flags, RIGHT, WRONG);
      if (correct !== undefined) {
        e.correct = correct;
      }
      if (r[3]) {
        e.hints = r[3];
      }
      if (flags & UNLOCKED) {
        e.unlocked = true;
      }
      var last = { type: 'attempt', response: e.response };
      if (correct !== undefined) {
        last.correct = correct;
      }
      if (flags & SOLUTION) {
        e.solution = true;
        if (flags & LATE) {
          if (r[6] != null || x.manual) {
            var before = { type: 'attempt', response: x.manual ? e.response : unpack(x, r[1], r[6]) };
            var right = correctness(flags, GRADED_RIGHT, GRADED_WRONG);
            if (right !== undefined) {
              before.correct = right;
            }
            e.events.push(before);
          }
          e.events.push({ type: 'solution' }, last);
        } else {
          if (e.attempts > 0 && e.response != null) {
            e.events.push(last);
          }
          e.events.push({ type: 'solution' });
        }
      } else if (e.attempts > 0 && e.response != null) {
        e.events.push(last);
      }
      if (flags & SHORTENED) {
        e.shortened = true;
      }
      return e;
    }

    /**
     * The progress of the case's exercises in at most LIMIT characters. Should it not fit, the
     * longest typed text is shortened, short answers first (this browser keeps it whole, and a
     * later launch here takes the whole text back); a number is shortened only when no short
     * answer is left to shorten, which takes a response of thousands of characters.
     */
    function encode(data) {
      var records = [];
      tracked.forEach(function (x, n) {
        var r = record(n, x, data.exercises[x.id]);
        if (r) {
          records.push(r);
        }
      });
      var text = FORMAT + JSON.stringify(records);
      while (text.length > LIMIT) {
        var typed = records.filter(function (r) { return typeof r[5] === 'string' && r[5].length > 0; });
        var essays = typed.filter(function (r) { return tracked[r[0]].manual; });
        var longest = (essays.length ? essays : typed).sort(function (a, b) { return b[5].length - a[5].length; })[0];
        if (!longest || longest[5].length === 0) {
          break;
        }
        longest[5] = longest[5].slice(0, Math.max(0, longest[5].length - (text.length - LIMIT) - 1));
        longest[4] |= SHORTENED;
        text = FORMAT + JSON.stringify(records);
      }
      return text;
    }

    /** The entries kept in 'text', by exercise id ({} when it holds none of this format). */
    function decode(text, student) {
      var kept = {};
      var records = [];
      try {
        records = text.charAt(0) === FORMAT ? JSON.parse(text.slice(1)) : [];
      } catch (e) {
        records = [];
      }
      (Array.isArray(records) ? records : []).forEach(function (r) {
        if (Array.isArray(r) && tracked[r[0]]) {
          kept[tracked[r[0]].id] = entry(r, student);
        }
      });
      return kept;
    }

    return { encode: encode, decode: decode, pack: pack };
  }

  /** The LMS's API in win or one of its parents (at most 7 levels up, as ADL's sample does), or null. */
  function search(win) {
    var tries = 0;
    try {
      while (!win.API && win.parent && win.parent !== win && tries < 7) {
        tries++;
        win = win.parent;
      }
      return win.API || null;
    } catch (e) {
      return null; // a parent of another origin cannot be the LMS's API
    }
  }

  function findApi() {
    return search(window) || (window.opener ? search(window.opener) : null);
  }

  var api = findApi();
  if (!api || String(api.LMSInitialize('')) !== 'true') {
    frame.src = theCase ? theCase.launch : 'index.html';
    return;
  }

  var progress = codec(tracked);

  function get(element) {
    return String(api.LMSGetValue(element) || '');
  }

  function set(element, value) {
    return String(api.LMSSetValue(element, String(value))) === 'true';
  }

  /** The LMS's record becomes the site's progress of this case: its student id, and its exercises as the LMS kept them. */
  function restore() {
    var data = P.read(course);
    var student = V.normaliseStudentId(get('cmi.core.student_id'));
    if (student) {
      data.student = student;
    }
    var kept = progress.decode(get('cmi.suspend_data'), data.student);
    tracked.forEach(function (x) {
      var local = data.exercises[x.id];
      var e = kept[x.id];
      // work in this browser that the LMS has not got (another student's, or from outside the LMS) is not this student's
      delete data.others[x.id];
      if (!e) {
        delete data.exercises[x.id];
        return;
      }
      if (e.shortened) {
        delete e.shortened;
        if (local && local.variant === e.variant && typeof local.response === 'string' && local.response.indexOf(e.response) === 0) {
          e.response = local.response;
        }
      }
      data.exercises[x.id] = e;
    });
    P.write(course, data);
    return data;
  }

  var seen = {};
  var lastSuspend = null;
  var lastScore = null;
  var started = Date.now();

  /** SCORM 1.2's matching and sequencing responses name options by one character each. */
  function sign(i) {
    return i >= 0 && i < SIGNS.length ? SIGNS.charAt(i) : '?';
  }

  /** A response as SCORM 1.2 writes it for the interaction's type (CMIFeedback: one line of at most 255 characters). */
  function interactionResponse(x, e) {
    var packed = progress.pack(x, e.variant, e.response);
    var text;
    switch (x.type) {
      case 'single-choice':
      case 'multiple-choice':
        text = [].concat(e.response).join(',');
        break;
      case 'order':
        text = packed.map(function (i) { return typeof i === 'number' ? sign(i + 1) : '?'; }).join(',');
        break;
      case 'classify':
        text = packed.map(function (c, i) { return c >= 0 ? sign(i + 1) + '.' + sign(c + 10) : ''; }).filter(Boolean).join(',');
        break;
      default:
        text = String(e.response).trim();
    }
    return text.replace(/[\r\n\t]+/g, ' ').slice(0, 255);
  }

  function addInteraction(x, e) {
    var n = Number(get('cmi.interactions._count')) || 0;
    var prefix = 'cmi.interactions.' + n + '.';
    set(prefix + 'id', x.interaction);
    set(prefix + 'type', x.interactionType);
    set(prefix + 'weighting', x.points);
    set(prefix + 'student_response', interactionResponse(x, e));
    set(prefix + 'result', x.manual ? 'neutral' : e.correct === true ? 'correct' : 'wrong');
  }

  /** After the site changed its store: new answers as interactions, the score, the status and the progress; a commit when any changed. */
  function sync(first) {
    var data = P.read(course);
    var changed = false;
    var points = { earned: 0, max: 0, answered: 0, auto: 0, responded: 0 };
    tracked.forEach(function (x) {
      var e = data.exercises[x.id];
      var attempts = e ? e.attempts || 0 : 0;
      if (!first && attempts > (seen[x.id] || 0) && e.response != null) {
        addInteraction(x, e);
        changed = true;
      }
      seen[x.id] = attempts;
      var p = P.points(e, x.points, x.manual);
      var g = P.graded(e);
      points.responded += e && e.response != null && e.response !== '' ? 1 : 0;
      if (!x.manual) {
        points.auto++;
        points.max += p.max;
        points.earned += p.earned;
        points.answered += g.response != null && typeof g.correct === 'boolean' ? 1 : 0;
      }
    });
    var worked = points.responded > 0;
    var score = points.max ? String(Math.round(10000 * points.earned / points.max) / 100) : '0';
    if (worked && score !== lastScore) {
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.score.raw', score);
      lastScore = score;
      changed = true;
    }
    var done = points.auto ? points.answered === points.auto : points.responded === tracked.length;
    var status = get('cmi.core.lesson_status');
    if (done && status !== 'completed' && status !== 'passed') {
      changed = set('cmi.core.lesson_status', 'completed') || changed;
    } else if (!done && (status === 'not attempted' || status === '')) {
      changed = set('cmi.core.lesson_status', 'incomplete') || changed;
    }
    var suspend = progress.encode(data);
    if (suspend !== lastSuspend) {
      changed = set('cmi.suspend_data', suspend) || changed;
      lastSuspend = suspend;
    }
    if (changed) {
      api.LMSCommit('');
    }
  }

  /** HHHH:MM:SS.SS, SCORM 1.2's CMITimespan. */
  function timespan(ms) {
    var s = Math.floor(ms / 1000);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return (s >= 36000000 ? '9999' : ('000' + Math.floor(s / 3600)).slice(-4)) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
  }

  var finished = false;
  function finish() {
    if (finished) {
      return;
    }
    finished = true;
    sync(false);
    set('cmi.core.session_time', timespan(Date.now() - started));
    set('cmi.core.exit', 'suspend'); // the next launch resumes with the kept progress
    api.LMSCommit('');
    api.LMSFinish('');
  }

  lastSuspend = get('cmi.suspend_data');
  restore();
  sync(true);
  window.addEventListener('storage', function (event) {
    if (!finished && (event.key === null || event.key === 'parkbench-progress:' + course)) {
      sync(false);
    }
  });
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  frame.src = theCase.launch;
})();
