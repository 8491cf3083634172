(function () {
  'use strict';
  // Article text reaches the page only through textContent and text nodes, never as markup.
  var data = JSON.parse(document.getElementById('neardup-data').textContent);
  var clusters = data.clusters;
  var list = document.getElementById('clusters');
  var search = document.getElementById('search');
  var sort = document.getElementById('sort');
  var count = document.getElementById('count');
  var CHUNK = 25;
  var LABELS = {c: 'copied', p: 'partial', o: 'only here', i: 'ignored'};
  var shown = [];      // indices of the clusters that pass the search, in the chosen order
  var rendered = 0;    // how many of them have a card
  var open = null;     // {card, member} of the comparison on screen
  var sentinel = el('p', 'more', 'More clusters load as you scroll.');
  var lowered = null;  // per cluster, its searchable text in lower case, made on the first search

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function fmt(x) { return x.toFixed(4); }

  // Browsers without User Timing level 3, or a viewer that forbids history changes (a mail
  // client's preview), must still show the report.
  function measure(name, start) {
    try { performance.measure(name, {start: start}); } catch (e) { /* timings are optional */ }
  }

  function setHash(hash) {
    try { history.replaceState(null, '', location.pathname + location.search + hash); } catch (e) { /* optional */ }
  }

  function minScore(c) {
    var m = c.m, low = 1;
    for (var i = 1; i < m.length; i++) { low = Math.min(low, m[i].sc); }
    return low;
  }

  function order() {
    var idx = [];
    for (var i = 0; i < clusters.length; i++) { idx.push(i); }
    var by = sort.value;
    var key = by === 'score' ? function (i) { return minScore(clusters[i]); }
      : by === 'length' ? function (i) { return -clusters[i].m[0].w; }
      : function (i) { return -clusters[i].m.length; };
    var keys = idx.map(key);
    idx.sort(function (a, b) { return keys[a] - keys[b] || a - b; });
    return idx;
  }

  function matches(i, q) {
    if (!lowered) {
      lowered = clusters.map(function (c) {
        return c.m.map(function (m) { return [m.i, m.s, m.u || '', m.t].join('\n'); }).join('\n').toLowerCase();
      });
    }
    return lowered[i].indexOf(q) >= 0;
  }

  function refresh() {
    var started = performance.now();
    var q = search.value.trim().toLowerCase();
    shown = order().filter(function (i) { return !q || matches(i, q); });
    open = null;
    rendered = 0;
    list.textContent = '';
    list.appendChild(sentinel);
    var total = clusters.length;
    count.textContent = (q ? shown.length + ' of ' + total : total) + ' cluster' + (total === 1 ? '' : 's')
      + (q ? ' match' : '') + (shown.length === 0 && q ? ': none' : '');
    more(CHUNK);
    measure('neardup-list', started);
  }

  // Timings (performance.measure) let a test or a curious editor see what rendering costs.
  function more(n) {
    var started = performance.now();
    var end = Math.min(shown.length, rendered + n);
    var frag = document.createDocumentFragment();
    for (; rendered < end; rendered++) { frag.appendChild(card(shown[rendered])); }
    list.insertBefore(frag, sentinel);
    sentinel.hidden = rendered >= shown.length;
    measure('neardup-cards', started);
  }

  function origin(m) {
    var span = el('span', 'origin');
    if (m.u) {
      if (/^https?:\/\//i.test(m.u)) {
        var a = el('a', null, m.u);
        a.href = m.u;
        a.rel = 'noopener noreferrer';
        span.appendChild(a);
      } else {
        span.textContent = m.u;
      }
      if (m.s !== '-' && m.s !== m.i) { span.appendChild(document.createTextNode(' (' + m.s + ')')); }
    } else {
      span.textContent = m.s === m.i ? '' : m.s;
    }
    return span;
  }

  function cell(row, label, content, cls) {
    var td = el('td', cls);
    td.setAttribute('data-label', label);
    if (typeof content === 'string') { td.textContent = content; } else { td.appendChild(content); }
    row.appendChild(td);
    return td;
  }

  function card(ci) {
    var c = clusters[ci];
    var art = el('article', 'cluster');
    art.tabIndex = 0;
    art.id = 'cluster-' + c.id;
    art.dataset.index = ci;
    var h = el('h2', null, c.id + ': ' + c.m.length + ' article' + (c.m.length === 1 ? '' : 's')
      + ', representative ' + c.m[0].i);
    h.id = 'h-' + c.id;
    art.setAttribute('aria-labelledby', h.id);
    art.appendChild(h);
    var table = el('table');
    var head = el('thead');
    var hr = el('tr');
    ['article', 'source', 'words', data.measure || 'score', 'jaccard', 'containment', 'why'].forEach(function (t, k) {
      var th = el('th', k >= 2 && k <= 5 ? 'num' : null, t);
      th.scope = 'col';
      hr.appendChild(th);
    });
    head.appendChild(hr);
    table.appendChild(head);
    var body = el('tbody');
    c.m.forEach(function (m, k) {
      var tr = el('tr');
      var b = el('button', 'member', m.i);
      b.type = 'button';
      b.setAttribute('aria-pressed', 'false');
      b.setAttribute('aria-label', (k === 0 ? 'Show representative ' : 'Compare with the representative: ') + m.i);
      b.addEventListener('click', function () { choose(art, c, k, b); });
      var who = el('div');
      who.appendChild(b);
      who.appendChild(el('div', 'role', k === 0 ? 'representative' : 'copy'));
      cell(tr, 'article', who, 'id');
      cell(tr, 'source', origin(m));
      cell(tr, 'words', String(m.w), 'num');
      cell(tr, data.measure || 'score', k === 0 ? '\u2014' : fmt(m.sc), 'num');
      cell(tr, 'jaccard', k === 0 ? '\u2014' : fmt(m.j), 'num');
      cell(tr, 'containment', k === 0 ? '\u2014' : fmt(m.c), 'num');
      cell(tr, 'why', k === 0 ? 'the fullest version (most words)' : cap(m.v), 'verdict');
      body.appendChild(tr);
    });
    table.appendChild(body);
    art.appendChild(table);
    return art;
  }

  function cap(s) { return s ? s.charAt(0).toUpperCase() + s.slice(1) : ''; }

  function paragraphsOf(m) {
    if (m.pa) { return m.pa; }
    var out = [], re = /[^\r\n\u000B\u000C\u0085\u2028\u2029]+/g, x;
    while ((x = re.exec(m.t)) !== null) {
      if (x[0].trim()) { out.push(x.index, x.index + x[0].length); }
    }
    return out;
  }

  // The text as paragraphs, each marked by its status, with the spans [s0, e0, s1, e1, ...] highlighted.
  function textView(m, statuses, spans) {
    var box = el('div', 'text');
    var ranges = paragraphsOf(m);
    var t = m.t;
    var si = 0;
    for (var p = 0; p < ranges.length; p += 2) {
      var start = ranges[p], end = ranges[p + 1];
      var st = statuses ? statuses.charAt(p / 2) : '';
      var para = el('p', st ? 'st-' + st : null);
      if (st) { para.appendChild(el('span', 'badge', LABELS[st])); }
      var at = start;
      while (si < spans.length && spans[si + 1] <= start) { si += 2; }
      for (var k = si; k < spans.length && spans[k] < end; k += 2) {
        var from = Math.max(spans[k], start), to = Math.min(spans[k + 1], end);
        if (from >= to) { continue; }
        para.appendChild(document.createTextNode(t.slice(at, from)));
        para.appendChild(el('mark', null, t.slice(from, to)));
        at = to;
      }
      para.appendChild(document.createTextNode(t.slice(at, end)));
      box.appendChild(para);
    }
    return box;
  }

  function spansOf(passages, first) {
    var out = [];
    for (var i = 0; i < passages.length; i += 4) { out.push([passages[i + first], passages[i + first + 1]]); }
    out.sort(function (a, b) { return a[0] - b[0]; });
    return [].concat.apply([], out);
  }

  function side(title, m, statuses, spans) {
    var s = el('section', 'side');
    var h = el('h3', null, title + ': ' + m.i + ' (' + m.w + ' words)');
    s.appendChild(h);
    s.setAttribute('aria-label', title + ' ' + m.i);
    s.appendChild(textView(m, statuses, spans));
    return s;
  }

  function close() {
    if (!open) { return; }
    var o = open;
    open = null;
    o.panel.remove();
    o.button.setAttribute('aria-pressed', 'false');
    o.button.closest('tr').classList.remove('chosen');
    if (location.hash) { setHash(''); }
    o.button.focus();
  }

  function choose(art, c, k, button) {
    var same = open && open.button === button;
    close();
    if (same) { return; }
    var rep = c.m[0], m = c.m[k];
    var panel = el('div', 'compare');
    panel.setAttribute('role', 'region');
    var headBox = el('div', 'head');
    var title = el('h3', null, k === 0 ? 'Representative ' + rep.i
      : 'The representative beside ' + m.i + ': ' + (data.measure || 'score') + ' ' + fmt(m.sc));
    title.id = 'cmp-' + c.id;
    panel.setAttribute('aria-labelledby', title.id);
    headBox.appendChild(title);
    var x = el('button', 'close', 'Close');
    x.type = 'button';
    x.addEventListener('click', close);
    headBox.appendChild(x);
    panel.appendChild(headBox);
    if (k === 0) {
      panel.appendChild(textView(rep, '', []));
    } else {
      panel.appendChild(el('p', 'legend', 'Highlighted: passages both texts share. Each paragraph is marked copied'
        + ' (nearly all of it shared), partial, only here (none of it in the other text) or ignored (site chrome'
        + ' or a repeated line, not compared).'));
      var sides = el('div', 'sides');
      sides.appendChild(side('Representative', rep, m.rs, spansOf(m.p, 2)));
      sides.appendChild(side('This copy', m, m.st, spansOf(m.p, 0)));
      panel.appendChild(sides);
    }
    art.appendChild(panel);
    button.setAttribute('aria-pressed', 'true');
    button.closest('tr').classList.add('chosen');
    open = {panel: panel, button: button};
    setHash('#' + encodeURIComponent(c.id) + '/' + encodeURIComponent(m.i));
    title.tabIndex = -1;
    title.focus();
  }

  function cards() { return list.querySelectorAll('article.cluster'); }

  function step(delta) {
    var all = cards();
    var current = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('article.cluster') : null;
    var at = current ? Array.prototype.indexOf.call(all, current) : -1;
    var next = at + delta;
    if (next >= all.length && rendered < shown.length) { more(CHUNK); all = cards(); }
    if (next < 0 || next >= all.length) { return; }
    all[next].focus();
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var typing = e.target === search || e.target === sort;
    if (e.key === 'Escape') {
      if (e.target === search && search.value) { search.value = ''; refresh(); } else { close(); }
      return;
    }
    if (typing) { return; }
    if (e.key === '/') { e.preventDefault(); search.focus(); }
    else if (e.key === 'j' || (e.key === 'ArrowDown' && e.target.classList.contains('cluster'))) { e.preventDefault(); step(1); }
    else if (e.key === 'k' || (e.key === 'ArrowUp' && e.target.classList.contains('cluster'))) { e.preventDefault(); step(-1); }
  });

  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, clusters.length > 200 ? 150 : 0);
  });
  sort.addEventListener('change', refresh);
  window.addEventListener('beforeprint', function () { more(shown.length); });
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; })) { more(CHUNK); }
    }, {rootMargin: '1200px'}).observe(sentinel);
  } else {
    more(clusters.length);
  }

  refresh();

  // A link to one comparison (#c1/000) opens it, as choosing it does.
  var wanted = [];
  try { wanted = location.hash.slice(1).split('/').map(decodeURIComponent); } catch (e) { /* not a link of ours */ }
  if (wanted.length === 2) {
    for (var r = 0; r < shown.length; r++) {
      var c = clusters[shown[r]];
      if (c.id !== wanted[0]) { continue; }
      if (r >= rendered) { more(r - rendered + 1); }
      var art = document.getElementById('cluster-' + c.id);
      var k = c.m.findIndex(function (m) { return m.i === wanted[1]; });
      if (art && k >= 0) { art.querySelectorAll('button.member')[k].click(); art.scrollIntoView(); }
      break;
    }
  }
  try { performance.mark('neardup-ready'); } catch (e) { /* timings are optional */ }
  // Milliseconds from navigation start until the first cards are on screen.
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
