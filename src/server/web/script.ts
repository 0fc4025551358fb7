// The compare page's script, served from /assets/compare.js: reads the pasted or dropped articles, posts them to
// /v1/compare?format=html and shows the returned report in a sandboxed iframe. Text only goes in via textContent.

export const COMPARE_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('compare-form');
  var list = document.getElementById('inputs');
  var status = document.getElementById('status');
  var frame = document.getElementById('result');
  var drop = document.getElementById('drop');
  var files = document.getElementById('files');
  var submit = document.getElementById('run');
  var MARKUP = /^\\s*<(?:!doctype|html|head|body|article|main|div|p|section|h[1-6])\\b/i;

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function boxes() { return Array.prototype.slice.call(list.querySelectorAll('fieldset.article')); }

  function addBox() {
    var n = boxes().length + 1;
    var box = document.createElement('fieldset');
    box.className = 'article';
    var legend = document.createElement('legend');
    legend.textContent = 'Article ' + n;
    var row = document.createElement('div');
    row.className = 'row';
    var outlet = document.createElement('input');
    outlet.type = 'text'; outlet.name = 'outlet'; outlet.placeholder = 'Outlet (optional)'; outlet.setAttribute('aria-label', 'Outlet of article ' + n);
    var published = document.createElement('input');
    published.type = 'date'; published.name = 'published'; published.setAttribute('aria-label', 'Publication date of article ' + n);
    var text = document.createElement('textarea');
    text.name = 'text'; text.placeholder = 'Paste the article text or HTML'; text.setAttribute('aria-label', 'Text of article ' + n);
    row.appendChild(outlet); row.appendChild(published);
    box.appendChild(legend); box.appendChild(row); box.appendChild(text);
    list.appendChild(box);
    return box;
  }

  function emptyBox() {
    var free = boxes().filter(function (b) { return b.querySelector('textarea').value.trim() === ''; })[0];
    return free || addBox();
  }

  function readFiles(fileList) {
    Array.prototype.slice.call(fileList).forEach(function (file) {
      if (file.size > 2 * 1024 * 1024) { say(file.name + ' is larger than 2 MB', true); return; }
      var reader = new FileReader();
      reader.onload = function () {
        var box = emptyBox();
        box.querySelector('textarea').value = String(reader.result);
        var outlet = box.querySelector('input[name=outlet]');
        if (!outlet.value) outlet.value = file.name.replace(/\\.[a-z]+$/i, '');
        say('Loaded ' + file.name, false);
      };
      reader.onerror = function () { say('Could not read ' + file.name, true); };
      reader.readAsText(file);
    });
  }

  document.getElementById('add').addEventListener('click', function () { addBox().querySelector('textarea').focus(); });
  files.addEventListener('change', function () { readFiles(files.files); files.value = ''; });
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) readFiles(e.dataTransfer.files);
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var articles = [];
    boxes().forEach(function (box) {
      var body = box.querySelector('textarea').value;
      if (body.trim() === '') return;
      var article = MARKUP.test(body) ? { html: body } : { text: body };
      var outlet = box.querySelector('input[name=outlet]').value.trim();
      var published = box.querySelector('input[name=published]').value;
      if (outlet) article.outlet = outlet;
      if (published) article.published = published;
      articles.push(article);
    });
    if (articles.length < 2) { say('Paste or drop at least two articles.', true); return; }
    submit.disabled = true;
    say('Comparing ' + articles.length + ' articles\\u2026', false);
    fetch('/v1/compare?format=html', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html' },
      body: JSON.stringify({ articles: articles }),
      credentials: 'omit',
    }).then(function (res) {
      var counts = res.headers.get('corroborate-counts');
      return res.text().then(function (body) {
        if (!res.ok) {
          var message = 'The comparison failed (' + res.status + ')';
          try { message = JSON.parse(body).error.message; } catch (err) { /* not JSON */ }
          throw new Error(message);
        }
        frame.srcdoc = body;
        frame.hidden = false;
        say('Done: ' + (counts || 'report below') + '.', false);
        frame.scrollIntoView({ block: 'start' });
      });
    }).catch(function (err) {
      say(err && err.message ? err.message : 'The comparison failed.', true);
    }).then(function () { submit.disabled = false; });
  });
})();
`;
