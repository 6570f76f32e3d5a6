/*
 * Parkbench instructor area: a copy button under each command (<pre class="command">), made only where the
 * script runs, so a page without it shows the commands as plain text to select. The button selects the
 * command first, so that it can always be copied by hand; then it writes it to the clipboard with
 * navigator.clipboard where the page is a secure context (https, localhost and, in current browsers,
 * file://), else with document.execCommand('copy'); where neither works, the command stays selected and the
 * status line says to press Ctrl+C. The words are the js.instructor.* messages of the site's bundle.
 */
(function () {
  'use strict';
  var T = window.ParkbenchText;

  function select(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection() {
    try {
      return document.execCommand('copy');
    } catch (e) {
      return false;
    }
  }

  function setup(pre) {
    var code = pre.querySelector('code') || pre;
    var tools = document.createElement('p');
    tools.className = 'command-tools';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = T.text('js.instructor.copy');
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    tools.appendChild(button);
    tools.appendChild(status);
    pre.parentNode.insertBefore(tools, pre.nextSibling);

    function done(copied) {
      status.textContent = copied ? T.text('js.instructor.copied') : T.text('js.instructor.selected');
    }

    button.addEventListener('click', function () {
      var text = code.textContent;
      select(code);
      if (window.isSecureContext && navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(copyBySelection()); });
      } else {
        done(copyBySelection());
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('pre.command'), setup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
