// NewsCorrelate analysts' page. Hand-written, no libraries. Every piece of data reaches the page through
// textContent or createTextNode (never innerHTML): article text is hostile input.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const $ = id => document.getElementById(id);
const tagClasses = new Map();

function el(name, attrs, ...children) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(name, attrs) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: 'HTTP ' + response.status }));
  if (!response.ok) throw new Error(body.error || 'HTTP ' + response.status);
  return body;
}

function status(text, isError) {
  const s = $('status');
  s.textContent = text || '';
  s.className = isError ? 'error' : '';
}

function tagClass(tag) {
  if (!tagClasses.has(tag)) tagClasses.set(tag, 'tag-' + (tagClasses.size % 6));
  return tagClasses.get(tag);
}

function chip(tag, extra) {
  return el('span', { class: 'chip ' + tagClass(tag) }, tag + (extra ? ' ' + extra : ''));
}

// Only http(s) links from article data (a scraped URL could say javascript:).
function link(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return el('a', { href: u.href, rel: 'noopener noreferrer', target: '_blank' }, text);
  } catch (e) { /* not a URL: shown as text below */ }
  return el('span', { class: 'muted' }, url);
}

const num = v => v === null || v === undefined ? 'n/a' : Number(v).toLocaleString('en-GB', { maximumFractionDigits: 1 }) + ' t';
const pct = v => v === null || v === undefined ? 'n/a' : (v > 0 ? '+' : '') + Number(v).toFixed(1) + '%';

// Text with the given phrases wrapped in <mark>, built from DOM nodes.
function highlighted(text, phrases) {
  const frag = document.createDocumentFragment();
  const wanted = (phrases || []).filter(p => p && p.length > 3);
  let at = 0;
  while (at < text.length) {
    let best = -1, len = 0;
    for (const p of wanted) {
      const i = text.indexOf(p, at);
      if (i >= 0 && (best < 0 || i < best)) { best = i; len = p.length; }
    }
    if (best < 0) break;
    frag.append(document.createTextNode(text.slice(at, best)), el('mark', null, text.slice(best, best + len)));
    at = best + len;
  }
  frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

// A search snippet: matched words come between « and ».
function snippet(text) {
  const frag = document.createDocumentFragment();
  text.split('«').forEach((part, i) => {
    if (i === 0) { frag.append(document.createTextNode(part)); return; }
    const end = part.indexOf('»');
    if (end < 0) { frag.append(document.createTextNode(part)); return; }
    frag.append(el('mark', null, part.slice(0, end)), document.createTextNode(part.slice(end + 1)));
  });
  return frag;
}

// ---- views ----
function show(view) {
  for (const b of document.querySelectorAll('.tab')) b.setAttribute('aria-pressed', String(b.dataset.view === view));
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + view;
}

// ---- timeline ----
let currentSeries = null;

async function loadSeriesList() {
  const list = await api('/api/series');
  const picker = $('series-picker');
  picker.replaceChildren();
  for (const s of list.series.filter(s => s.months > 0))
    picker.append(el('option', { value: s.name }, s.name + ' (to ' + s.latestMonth + ')'));
  const preferred = list.series.find(s => s.name === 'CN-magnets-US' && s.months > 0);
  if (preferred) picker.value = preferred.name;
  await loadTimeline(picker.value);
}

async function loadTimeline(name) {
  if (!name) return;
  const series = await api('/api/series/' + encodeURIComponent(name));
  currentSeries = series;
  $('series-description').textContent = series.description;
  drawChart(series);
}

function drawChart(series) {
  const chart = $('chart');
  chart.replaceChildren();
  const W = 1000, H = 300, left = 60, right = 10, top = 56, bottom = 50;
  chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const months = withGaps(series.months);
  const max = Math.max(1, ...months.map(m => m.value || 0));
  const step = (W - left - right) / Math.max(1, months.length);
  const y = v => top + (H - top - bottom) * (1 - v / max);
  for (let i = 0; i <= 4; i++) {
    const v = max * i / 4;
    chart.append(svg('line', { class: 'gridline', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
    const t = svg('text', { class: 'axis', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' });
    t.textContent = Math.round(v).toLocaleString('en-GB');
    chart.append(t);
  }
  const tags = new Set();
  months.forEach((m, i) => {
    const x = left + i * step + step * 0.15, w = step * 0.7;
    if (m.gap) {
      const t = svg('text', { class: 'axis', x: x + w / 2, y: H - bottom - 6, 'text-anchor': 'middle' });
      t.textContent = 'no data';
      const label = svg('text', { class: 'axis', x: x + w / 2, y: H - bottom + 16, 'text-anchor': 'middle' });
      label.textContent = m.month.slice(2);
      chart.append(t, label);
      return;
    }
    const label = `${m.month}: ${num(m.value)}, m/m ${pct(m.momPct)}, y/y ${pct(m.yoyPct)}${m.notable ? ', notable' : ''}`;
    const bar = m.value === null
      ? svg('rect', { class: 'bar nodata', x, y: top, width: w, height: H - top - bottom })
      : svg('rect', { class: `bar ${m.direction}${m.notable ? ' notable' : ''}`, x, y: y(m.value), width: w, height: Math.max(1, H - bottom - y(m.value)) });
    bar.classList.add('bar');
    bar.setAttribute('tabindex', '0');
    bar.setAttribute('role', 'button');
    bar.setAttribute('aria-label', label);
    bar.dataset.month = m.month;
    bar.addEventListener('mouseenter', e => showTip(m, e));
    bar.addEventListener('mousemove', e => moveTip(e));
    bar.addEventListener('mouseleave', hideTip);
    bar.addEventListener('focus', () => showTip(m, null, bar));
    bar.addEventListener('blur', hideTip);
    bar.addEventListener('click', () => explain(series.name, m.month, bar));
    bar.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); explain(series.name, m.month, bar); } });
    chart.append(bar);
    let dotY = (m.value === null ? top : y(m.value)) - 8;
    for (const t of m.tags) {
      tags.add(t.tag);
      const r = Math.min(7, 2.5 + Math.sqrt(t.count) * 1.3);
      const dot = svg('circle', { class: 'marker ' + tagClass(t.tag), cx: x + w / 2, cy: Math.max(r, dotY), r });
      const title = svg('title');
      title.textContent = `${t.count} ${t.tag}`;
      dot.append(title);
      chart.append(dot);
      dotY -= 2 * r + 2;
    }
    if (months.length <= 24 || i % 2 === 0) {
      const t = svg('text', { class: 'axis', x: x + w / 2, y: H - bottom + 16, 'text-anchor': 'middle' });
      t.textContent = m.month.slice(2);
      const change = svg('text', { class: 'axis change ' + m.direction, x: x + w / 2, y: H - bottom + 30, 'text-anchor': 'middle' });
      change.textContent = m.momPct === null ? '' : pct(m.momPct);
      chart.append(t, change);
    }
  });
  const legend = $('legend');
  legend.replaceChildren();
  for (const t of [...tags].sort())
    legend.append(el('span', null, el('span', { class: 'swatch ' + tagClass(t) }), t));
}

// The months between the first and last, with { month, gap: true } where the series has no figure.
function withGaps(months) {
  const out = [];
  const next = ym => { let [y, m] = ym.split('-').map(Number); m++; if (m > 12) { m = 1; y++; } return y + '-' + String(m).padStart(2, '0'); };
  for (const m of months) {
    while (out.length && next(out[out.length - 1].month) < m.month && out.length < 600) out.push({ month: next(out[out.length - 1].month), gap: true });
    out.push(m);
  }
  return out;
}

function showTip(m, event, anchor) {
  const tip = $('tooltip');
  tip.replaceChildren(
    el('strong', null, m.month),
    el('div', null, 'value ' + num(m.value) + ' (previous ' + num(m.previous) + ')'),
    el('div', null, 'm/m ' + pct(m.momPct) + ', y/y ' + pct(m.yoyPct)),
    el('div', null, m.description),
    el('div', null, 'source: ' + (m.source || 'unknown')),
    el('div', null, m.tags.length ? 'tagged: ' + m.tags.map(t => t.count + ' ' + t.tag).join(', ') : 'no tagged articles'));
  tip.hidden = false;
  if (event) moveTip(event);
  else if (anchor) {
    const box = anchor.getBoundingClientRect(), wrap = $('chart-wrap').getBoundingClientRect();
    place(box.left - wrap.left, box.top - wrap.top);
  }
}

function moveTip(e) {
  const wrap = $('chart-wrap').getBoundingClientRect();
  place(e.clientX - wrap.left, e.clientY - wrap.top);
}

function place(x, yPos) {
  const tip = $('tooltip'), width = $('chart-wrap').clientWidth;
  tip.style.left = Math.max(0, Math.min(x + 12, width - tip.offsetWidth - 4)) + 'px';
  tip.style.top = Math.max(0, yPos - tip.offsetHeight - 8) + 'px';
}

function hideTip() { $('tooltip').hidden = true; }

// ---- explanations ----
async function explain(series, month, bar) {
  for (const b of document.querySelectorAll('#chart .bar.selected')) b.classList.remove('selected');
  if (bar) bar.classList.add('selected');
  status('Explaining ' + series + ' ' + month + '...');
  try {
    renderExplanation(await api('/api/explain?series=' + encodeURIComponent(series) + '&month=' + encodeURIComponent(month)));
    status('');
  } catch (e) { status(e.message, true); }
}

async function ask(question) {
  status('Asking...');
  try {
    const answer = await api('/api/ask?q=' + encodeURIComponent(question));
    show('timeline');
    if (!currentSeries || currentSeries.name !== answer.series.name) {
      $('series-picker').value = answer.series.name;
      await loadTimeline(answer.series.name);
    }
    renderExplanation(answer);
    status('');
  } catch (e) { status(e.message, true); }
}

function renderExplanation(x) {
  const panel = $('explanation');
  const m = x.move;
  panel.replaceChildren(
    el('button', { type: 'button', class: 'close', onclick: () => { panel.hidden = true; } }, 'Close'),
    el('h2', null, (x.question ? x.question + ' - ' : '') + x.series.name + ' ' + m.month),
    el('p', { class: 'move' }, 'value ' + num(m.value) + ', previous ' + num(m.previous) + ', ',
      el('span', { class: m.direction }, 'm/m ' + pct(m.momPct)), ', y/y ' + pct(m.yoyPct) + ' - ' + m.description),
    el('p', { class: 'muted' }, 'figure source: ' + (m.source || 'unknown')),
    el('p', { class: 'summary' }, x.summary));
  for (const n of x.notes) panel.append(el('p', { class: 'muted' }, 'Note: ' + n));
  panel.append(eventSection('Drivers', 'drivers', x.drivers), eventSection('Counter-evidence', 'counter', x.counterEvidence));
  const reports = el('div', { class: 'reports' }, el('h3', null, 'Data reports'));
  if (x.reports.length === 0) reports.append(el('p', { class: 'muted' }, 'none in the window'));
  for (const r of x.reports) reports.append(articleEvidence(r));
  panel.append(reports);
  panel.hidden = false;
  panel.scrollIntoView({ block: 'nearest' });
}

function eventSection(title, cls, events) {
  const section = el('div', { class: cls }, el('h3', null, title));
  if (events.length === 0) section.append(el('p', { class: 'muted' }, 'none in the window'));
  for (const ev of events) {
    const box = el('div', { class: 'event' },
      el('div', null, chip(ev.tag), el('strong', null, ev.title), ' (' + ev.date + ', score ' + ev.score.toFixed(2) + ')'));
    for (const a of ev.articles.slice(0, 3)) box.append(articleEvidence(a, 1));
    if (ev.articles.length > 3) box.append(el('div', { class: 'muted' }, 'and ' + (ev.articles.length - 3) + ' more sources'));
    section.append(box);
  }
  return section;
}

function articleEvidence(a, sentences) {
  const item = el('div', { class: 'evidence-article' },
    el('button', { type: 'button', class: 'linklike', onclick: () => openArticle(a.id) }, a.title),
    ' - ' + a.source + ', ' + a.published);
  if (a.url) item.append(' ', link(a.url, 'original'));
  for (const s of a.evidence.slice(0, sentences || 2)) item.append(el('p', { class: 'evidence' }, el('mark', null, s)));
  return item;
}

// ---- search ----
let searchState = { text: '', facets: [] };

async function search(text, facets) {
  searchState = { text, facets };
  const q = [text, ...facets].filter(Boolean).join(' ');
  status('Searching...');
  try {
    renderResults(await api('/api/search?limit=30&q=' + encodeURIComponent(q)), facets);
    status('');
  } catch (e) { status(e.message, true); }
}

function renderResults(r, facets) {
  $('search-summary').replaceChildren(el('p', null, r.total + ' articles' + (facets.length ? ' (narrowed by ' + facets.join(' ') + ')' : '') + '; showing ' + r.hits.length));
  const list = $('results');
  list.replaceChildren();
  for (const h of r.hits)
    list.append(el('li', null,
      el('button', { type: 'button', class: 'linklike', onclick: () => openArticle(h.id) }, h.title),
      el('div', { class: 'muted' }, h.published + ' - ' + h.source + ' - ' + h.id),
      el('div', null, snippet(h.snippet))));
  const side = $('facets');
  side.replaceChildren();
  const facetList = (title, items, filter) => {
    if (items.length === 0) return;
    side.append(el('h3', null, title));
    for (const it of items) {
      const f = filter(it);
      const on = facets.includes(f);
      side.append(el('button', { type: 'button', 'aria-pressed': String(on), 'data-facet': f,
        onclick: () => search(searchState.text, on ? facets.filter(x => x !== f) : [...facets, f]) }, (it.month || it.tag) + ' (' + it.count + ')'));
    }
  };
  facetList('Tags', r.facets.tags, t => 'tag:' + t.tag);
  facetList('Months', r.facets.months, m => 'month:' + m.month);
}

// ---- article and labels ----
async function openArticle(id) {
  status('Loading article...');
  try {
    renderArticle(await api('/api/articles/' + encodeURIComponent(id)));
    status('');
  } catch (e) { status(e.message, true); }
}

function renderArticle(a) {
  const panel = $('article');
  const evidence = a.tags.flatMap(t => t.assigned ? t.evidence : []);
  const tagList = el('ul', { class: 'tags' });
  for (const t of a.tags) {
    const item = el('li', null, chip(t.tag), (t.probability * 100).toFixed(1) + '%' + (t.assigned ? ' (assigned)' : '') + ' - model ' + t.model);
    for (const s of t.evidence) item.append(el('p', { class: 'evidence' }, el('mark', null, s)));
    tagList.append(item);
  }
  if (a.tags.length === 0) tagList.append(el('li', { class: 'muted' }, 'not tagged'));
  const current = new Set(a.labels || a.tags.filter(t => t.assigned).map(t => t.tag));
  const boxes = el('div', { class: 'labels', role: 'group', 'aria-label': 'Labels' });
  for (const t of a.knownTags) {
    const id = 'label-' + t;
    const box = el('input', { type: 'checkbox', id, value: t });
    box.checked = current.has(t);
    boxes.append(el('label', { for: id }, box, ' ' + t));
  }
  const saved = el('span', { class: 'muted', role: 'status' }, a.labels ? 'labelled: ' + (a.labels.join(', ') || 'none') : 'not labelled yet (ticks show the model\'s tags)');
  const save = el('button', { type: 'button', id: 'save-labels', onclick: async () => {
    const tags = [...boxes.querySelectorAll('input:checked')].map(b => b.value);
    try {
      const r = await api('/api/labels/' + encodeURIComponent(a.id), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tags }) });
      saved.textContent = 'saved: ' + (r.labels.join(', ') || 'none');
    } catch (e) { saved.textContent = e.message; }
  } }, 'Save labels');
  const links = el('ul');
  for (const l of a.links)
    links.append(el('li', null, el('button', { type: 'button', class: 'linklike', onclick: () => { show('timeline'); explain(l.series, l.month); } }, l.series + ' ' + l.month), ' as ' + l.role));
  panel.replaceChildren(
    el('button', { type: 'button', class: 'close', onclick: () => { panel.hidden = true; } }, 'Close'),
    el('h2', { id: 'article-title' }, a.title),
    el('p', { class: 'muted' }, a.published + ' - ' + a.source + ' - ' + a.id, a.url ? ' - ' : '', a.url ? link(a.url, 'original') : ''),
    el('h3', null, 'Tags'), tagList,
    el('h3', null, 'Analyst labels'), boxes, save, ' ', saved,
    a.links.length ? el('h3', null, 'Linked to moves') : '', a.links.length ? links : '',
    el('h3', null, 'Text'), el('div', { class: 'article-text' }, highlighted(a.text, evidence)));
  panel.hidden = false;
  panel.scrollIntoView({ block: 'nearest' });
}

// ---- training ----
async function train() {
  try {
    renderTraining(await api('/api/train', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    pollTraining();
  } catch (e) { $('train-status').textContent = e.message; }
}

async function applyModel() {
  try {
    renderTraining(await api('/api/train/apply', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    pollTraining();
  } catch (e) { $('train-status').textContent = e.message; }
}

async function pollTraining() {
  const s = await api('/api/train/status');
  renderTraining(s);
  if (s.state === 'running' || s.state === 'applying') setTimeout(pollTraining, 1000);
}

function renderTraining(s) {
  $('train-status').replaceChildren(el('p', null, 'state: ' + s.state + (s.error ? ' - ' + s.error : '') + (s.trained ? ' - wrote ' + s.output : '')
    + (s.applied ? ' - the store\'s ' + s.applied.articles + ' articles re-tagged (' + s.applied.tagged + ' with a tag)' : '')));
  $('apply-button').hidden = !(s.trained && (s.state === 'done' || s.state === 'failed'));
  const table = el('table');
  const head = el('tr', null, el('th', null, 'tag'), el('th', null, 'current P / R / F1'), el('th', null, 'retrained P / R / F1'));
  table.append(head);
  const cur = s.current ? s.current.crossValidated : null, nu = s.trained ? s.trained.crossValidated : null;
  const tags = new Set([...(cur ? cur.perTag : []), ...(nu ? nu.perTag : [])].map(t => t.tag));
  const prf = m => m ? m.precision.toFixed(3) + ' / ' + m.recall.toFixed(3) + ' / ' + m.f1.toFixed(3) : '-';
  const row = (name, a, b) => {
    const cell = el('td', null, prf(b));
    if (a && b) cell.className = b.f1 > a.f1 ? 'better' : b.f1 < a.f1 ? 'worse' : '';
    table.append(el('tr', null, el('td', null, name), el('td', null, prf(a)), cell));
  };
  for (const t of tags) row(t, cur && cur.perTag.find(p => p.tag === t), nu && nu.perTag.find(p => p.tag === t));
  row('micro average', cur && cur.micro, nu && nu.micro);
  row('macro average', cur && cur.macro, nu && nu.macro);
  $('train-metrics').replaceChildren(el('p', { class: 'muted' }, 'Cross-validated metrics' + (s.current ? ' (current: ' + s.current.version + ', ' + s.current.articles + ' articles' : '') + (s.trained ? '; retrained: ' + s.trained.version + ', ' + s.trained.articles + ' articles)' : s.current ? ')' : '')), table);
}

// ---- wiring ----
document.addEventListener('DOMContentLoaded', () => {
  for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => {
    show(b.dataset.view);
    if (b.dataset.view === 'training') pollTraining().catch(e => status(e.message, true));
  });
  $('series-picker').addEventListener('change', e => loadTimeline(e.target.value).catch(err => status(err.message, true)));
  $('ask-form').addEventListener('submit', e => { e.preventDefault(); const q = $('ask-input').value.trim(); if (q) ask(q); });
  $('search-form').addEventListener('submit', e => { e.preventDefault(); search($('search-input').value.trim(), []); });
  $('train-button').addEventListener('click', train);
  $('apply-button').addEventListener('click', applyModel);
  loadSeriesList().catch(e => status(e.message, true));
});
