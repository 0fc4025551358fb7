// The report page's script: one constant, allowed by the page's Content-Security-Policy through its hash.
// It only reads the embedded JSON and the page's own markup, writes text with textContent, and makes no request.

export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var data = JSON.parse(document.getElementById('corroborate-data').textContent);
  var view = data.view;
  var body = document.body;
  var segs = Object.create(null);
  document.querySelectorAll('.doc-body [data-r]').forEach(function (el) {
    el.getAttribute('data-r').split(' ').forEach(function (r) { (segs[r] = segs[r] || []).push(el); });
  });
  var owners = Object.create(null);
  Object.keys(view.targets).forEach(function (key) {
    if (key.charAt(0) !== 'f') return;
    view.targets[key].forEach(function (r) { (owners[r] = owners[r] || []).push(key); });
  });
  var docs = Array.prototype.slice.call(document.querySelectorAll('.doc'));
  var active = null;
  var lit = [];

  function scrollToSeg(el) {
    var box = el.closest('.doc-body');
    if (!box) return;
    var b = box.getBoundingClientRect();
    var r = el.getBoundingClientRect();
    box.scrollTop += r.top - b.top - b.height / 3;
  }

  function clear() {
    lit.forEach(function (el) { el.classList.remove('hl', 'focus'); });
    lit = [];
    document.querySelectorAll('[data-target].active').forEach(function (el) {
      el.classList.remove('active');
      el.setAttribute('aria-pressed', 'false');
    });
    body.classList.remove('k-conflict', 'k-corroborated', 'k-single-source', 'k-entity', 'k-time');
    docs.forEach(function (d) {
      var s = d.querySelector('.status');
      s.textContent = '';
      s.className = 'status';
    });
    active = null;
  }

  function activate(key, focusRange) {
    var same = active === key && focusRange === undefined;
    clear();
    if (same) return;
    active = key;
    var kind = view.kinds[key] || (key.charAt(0) === 'x' ? 'entity' : 'time');
    body.classList.add('k-' + kind);
    document.querySelectorAll('[data-target="' + key + '"]').forEach(function (el) {
      el.classList.add('active');
      el.setAttribute('aria-pressed', 'true');
    });
    var ranges = view.targets[key] || [];
    var perDoc = docs.map(function () { return []; });
    ranges.forEach(function (r) {
      (segs[r] || []).forEach(function (el) {
        el.classList.add('hl');
        lit.push(el);
        var d = docs.indexOf(el.closest('.doc'));
        if (d >= 0) perDoc[d].push(el);
      });
    });
    var focusSegs = focusRange !== undefined ? (segs[focusRange] || []) : [];
    focusSegs.forEach(function (el) { el.classList.add('focus'); });
    docs.forEach(function (d, i) {
      var s = d.querySelector('.status');
      var passages = ranges.filter(function (r) { return (segs[r] || []).some(function (el) { return el.closest('.doc') === d; }); }).length;
      if (passages) {
        s.textContent = passages === 1 ? '1 passage highlighted' : passages + ' passages highlighted';
        s.className = 'status hit';
        var target = focusSegs.filter(function (el) { return el.closest('.doc') === d; })[0] || perDoc[i][0];
        scrollToSeg(target);
      } else {
        s.textContent = kind === 'entity' ? 'Not mentioned in this article' : 'Not in this article';
        s.className = 'status miss';
      }
    });
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var evi = t.closest('.f-ev [data-r]');
    var item = t.closest('[data-target]');
    if (item) {
      var key = item.getAttribute('data-target');
      if (evi) activate(key, evi.getAttribute('data-r'));
      else activate(key);
      return;
    }
    var seg = t.closest('.doc-body [data-r]');
    if (seg) {
      var keys = [];
      seg.getAttribute('data-r').split(' ').forEach(function (r) { (owners[r] || []).forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); }); });
      if (!keys.length) return;
      var next = keys[(keys.indexOf(active) + 1) % keys.length];
      activate(next);
      var card = document.querySelector('.finding[data-target="' + next + '"]');
      if (card) {
        showTab('findings');
        var kind = view.kinds[next];
        var box = document.querySelector('.filters input[data-kind="' + kind + '"]');
        if (box && !box.checked) { box.checked = true; body.classList.remove('hide-' + kind); }
        card.scrollIntoView({ block: 'nearest' });
      }
    }
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { clear(); return; }
    var t = ev.target;
    if ((ev.key === 'Enter' || ev.key === ' ') && t instanceof Element && t.hasAttribute('data-target')) {
      ev.preventDefault();
      activate(t.getAttribute('data-target'));
    }
  });

  document.querySelectorAll('.filters input[data-kind]').forEach(function (box) {
    box.addEventListener('change', function () {
      body.classList.toggle('hide-' + box.getAttribute('data-kind'), !box.checked);
    });
  });

  var tabs = Array.prototype.slice.call(document.querySelectorAll('.tabs [data-tab]'));
  function showTab(name) {
    tabs.forEach(function (b) { b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name)); });
    document.querySelectorAll('.panel').forEach(function (p) { p.classList.toggle('active', p.id === 'panel-' + name); });
  }
  tabs.forEach(function (b) { b.addEventListener('click', function () { showTab(b.getAttribute('data-tab')); }); });
  showTab('findings');

  var tip = document.getElementById('tip');
  document.addEventListener('mouseover', function (ev) {
    var t = ev.target instanceof Element ? ev.target.closest('.doc-body [data-q]') : null;
    var text = t ? view.tips[Number(t.getAttribute('data-q'))] : undefined;
    if (!t || typeof text !== 'string') { tip.hidden = true; return; }
    tip.textContent = text;
    tip.hidden = false;
    var r = t.getBoundingClientRect();
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var x = Math.max(8, Math.min(window.innerWidth - w - 8, r.left));
    var y = r.top - h - 8 < 8 ? r.bottom + 8 : r.top - h - 8;
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  });
})();
`;
