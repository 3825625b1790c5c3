// The interactive view of a kg graph: draws the data of #kg-data with cytoscape.js and wires the controls.
// Everything is local to the page; window.kgView exposes the cytoscape instance for the browser console.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const $ = (id) => document.getElementById(id);

  // Colour-blind-safe qualitative palette (Okabe–Ito) followed by lighter tones for many communities, as in kg render.
  const palette = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999',
    '#8DD3C7', '#FFFFB3', '#BEBADA', '#FB8072', '#80B1D3', '#FDB462', '#B3DE69', '#FCCDE5'];
  const kindColour = { Country: '#0072B2', Organization: '#009E73', Person: '#CC79A7', NonState: '#D55E00', Region: '#E69F00' };
  const kindShape = { Country: 'ellipse', Organization: 'hexagon', Person: 'round-rectangle', NonState: 'diamond', Region: 'diamond' };
  const toneColour = { cooperation: '#2E7D32', conflict: '#C62828', neutral: '#9E9E9E' };
  const fonts = '"DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Segoe UI", Tahoma, Arial, sans-serif';

  const types = new Map(data.types.map((t) => [t.name, t]));
  const nodesById = new Map(data.nodes.map((n) => [n.id, n]));

  // Folds a name for search: case, Arabic diacritics and tatweel, and the letter variants news spelling mixes
  // (alef forms, alef maqsura / ya, ta marbuta / ha, hamza seats).
  const foldChar = (c) => {
    if (/[\u064B-\u065F\u0670\u0640]/.test(c)) return '';
    if (/[\u0622\u0623\u0625\u0671]/.test(c)) return '\u0627';
    if (c === '\u0649' || c === '\u0626') return '\u064A';
    if (c === '\u0629') return '\u0647';
    if (c === '\u0624') return '\u0648';
    return c.toLowerCase();
  };
  const fold = (text) => Array.from(text || '').map(foldChar).join('').replace(/\s+/g, ' ').trim();

  // A small seeded generator stands in for Math.random during layout, so one file always opens with one picture.
  const seeded = (seed) => () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const el = (tag, attributes, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'onclick') e.addEventListener('click', v); else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c.nodeType ? c : String(c));
    return e;
  };
  const number = (x, digits) => (x === undefined || x === null ? '–' : Number(x).toFixed(digits));

  // ---- graph -------------------------------------------------------------------------------------------------

  const sentences = new Map();
  for (const e of data.edges) {
    sentences.set(e.s, (sentences.get(e.s) || 0) + e.count);
    sentences.set(e.t, (sentences.get(e.t) || 0) + e.count);
  }
  const elements = [];
  for (const n of data.nodes) {
    elements.push({ group: 'nodes', data: {
      id: n.id, en: n.en, ar: n.ar, code: n.code, kind: n.kind, label: n.en, shape: kindShape[n.kind] || 'ellipse',
      pagerank: n.pagerank || 0, betweenness: n.betweenness || 0, degree: n.degree || 0, sentences: sentences.get(n.id) || 0,
    } });
  }
  data.edges.forEach((e, i) => {
    const polarity = types.has(e.type) ? types.get(e.type).polarity : 'neutral';
    elements.push({ group: 'edges', data: {
      id: 'e' + i, index: i, source: e.s, target: e.t, type: e.type, polarity, colour: toneColour[polarity],
      symmetric: types.has(e.type) && types.get(e.type).symmetric, width: 1 + 1.5 * Math.log2(Math.max(1, e.count)),
    } });
  });

  const cy = cytoscape({
    container: $('graph'),
    elements,
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 6,
    wheelSensitivity: 0.4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', shape: 'data(shape)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-family': fonts, 'font-size': 'data(font)', 'text-valign': 'bottom', 'text-margin-y': 2,
        'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#37474F',
      } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, opacity: 0.7,
      } },
      { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.labelled, edge:selected', style: {
        label: 'data(type)', 'font-family': fonts, 'font-size': 8, color: 'data(colour)', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 6,
      } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#FFAB00' } },
      { selector: 'edge:selected', style: { 'line-color': '#FFAB00', 'target-arrow-color': '#FFAB00', opacity: 1, 'z-index': 10 } },
      // Faded elements let clicks through, so a click near a found actor reaches its own relations.
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2, events: 'no' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });

  const visibleEdges = () => cy.edges().not('.hidden');

  function layout() {
    const random = Math.random;
    Math.random = seeded(20201001);
    try {
      cy.elements().not('.hidden').layout({
        name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 30,
        nodeRepulsion: () => 9000, idealEdgeLength: () => 70, edgeElasticity: () => 80, nodeOverlap: 16,
        componentSpacing: 60, gravity: 0.4, numIter: 1500, coolingFactor: 0.97,
      }).run();
    } finally {
      Math.random = random;
    }
    cy.fit(cy.elements().not('.hidden'), 30);
  }

  // ---- controls ------------------------------------------------------------------------------------------------

  function sizeBy(metric) {
    const max = Math.max(1e-12, ...cy.nodes().map((n) => n.data(metric)));
    cy.batch(() => cy.nodes().forEach((n) => {
      const size = 14 + 46 * Math.sqrt(n.data(metric) / max);
      n.data({ size, font: Math.round(9 + size / 8) });
    }));
  }

  function colourBy(mode) {
    cy.batch(() => cy.nodes().forEach((n) => {
      const node = nodesById.get(n.id());
      const colour = mode === 'kind'
        ? kindColour[node.kind] || '#BDBDBD'
        : node.community === undefined ? '#BDBDBD' : palette[node.community % palette.length];
      n.data('colour', colour);
    }));
    legend(mode);
  }

  function labelBy(mode) {
    cy.batch(() => cy.nodes().forEach((n) => n.data('label', n.data(mode) || n.data('en'))));
  }

  function legend(mode) {
    const box = $('legend');
    box.replaceChildren();
    if (mode === 'kind') {
      box.append(el('h3', null, 'Kind (fill and shape)'));
      const present = new Set(data.nodes.map((n) => n.kind));
      for (const kind of data.kinds.filter((k) => present.has(k))) {
        box.append(el('div', null, el('span', { class: 'swatch round', style: `background:${kindColour[kind]}` }),
          `${kind} (${kindShape[kind] === 'ellipse' ? 'circle' : kindShape[kind].replace('round-', '')})`));
      }
    } else {
      box.append(el('h3', null, 'Community (Louvain); largest first'));
      const groups = new Map();
      for (const n of data.nodes) if (n.community !== undefined) (groups.get(n.community) || groups.set(n.community, []).get(n.community)).push(n);
      const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
      for (const [c, members] of ordered.slice(0, 8)) {
        const names = members.sort((a, b) => (b.pagerank || 0) - (a.pagerank || 0)).slice(0, 3).map((m) => m.en);
        box.append(el('div', null, el('span', { class: 'swatch round', style: `background:${palette[c % palette.length]}` }),
          `${members.length} · ${names.join(', ')}${members.length > 3 ? ', …' : ''}`));
      }
      if (ordered.length > 8) box.append(el('div', null, `… ${ordered.length - 8} smaller communities`));
    }
    box.append(el('h3', null, 'Relations'));
    box.append(el('div', null, el('span', { class: 'swatch cooperation' }), 'cooperation  ',
      el('span', { class: 'swatch conflict' }), 'conflict  · arrow: directed · width: sentences'));
    box.append(el('div', null, `Size: ${$('size-by').selectedOptions[0].textContent}`));
  }

  function typeControls() {
    const counts = new Map();
    for (const e of data.edges) counts.set(e.type, (counts.get(e.type) || 0) + 1);
    const box = $('types');
    for (const t of data.types) {
      if (!counts.has(t.name)) continue;
      box.append(el('label', { title: t.definition },
        el('input', { type: 'checkbox', class: 'type', value: t.name, checked: true }),
        ' ', el('span', { class: `swatch ${t.polarity}` }), t.name, ' ', el('span', { class: 'n' }, `(${counts.get(t.name)})`)));
    }
  }

  const dateOf = (text) => (text ? text.slice(0, 10) : null);

  function dateControls() {
    const firsts = data.edges.map((e) => dateOf(e.first)).filter(Boolean).sort();
    const lasts = data.edges.map((e) => dateOf(e.last)).filter(Boolean).sort();
    for (const id of ['date-from', 'date-to']) {
      if (firsts.length === 0) { $(id).disabled = true; continue; }
      $(id).min = firsts[0];
      $(id).max = lasts[lasts.length - 1];
    }
  }

  function filter() {
    const shown = new Set([...document.querySelectorAll('input.type:checked')].map((i) => i.value));
    const tones = new Set([...document.querySelectorAll('input.polarity:checked')].map((i) => i.value));
    const from = $('date-from').value || null;
    const to = $('date-to').value || null;
    const undated = $('undated').checked;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const e = data.edges[edge.data('index')];
        const first = dateOf(e.first);
        const last = dateOf(e.last);
        const inTime = first === null ? undated : (!from || last >= from) && (!to || first <= to);
        edge.toggleClass('hidden', !(shown.has(e.type) && tones.has(edge.data('polarity')) && inTime));
      });
      cy.nodes().forEach((n) => n.toggleClass('hidden', n.connectedEdges().not('.hidden').length === 0));
    });
    counts();
  }

  function counts() {
    const edges = visibleEdges();
    const nodes = cy.nodes().not('.hidden');
    const stated = edges.map((e) => data.edges[e.data('index')].count).reduce((a, b) => a + b, 0);
    $('counts').textContent = `${nodes.length} actors · ${edges.length} relations · ${stated} sentences shown`;
  }

  // ---- details -------------------------------------------------------------------------------------------------

  const details = $('details');

  // The evidence text with the cue's words marked; the cue is matched on folded text, its parts split at " * ".
  function markedSentence(text, cue) {
    const folded = [];
    const origin = [];
    Array.from(text).forEach((c, i) => { for (const f of foldChar(c)) { folded.push(f); origin.push(i); } });
    const chars = Array.from(text);
    const marks = [];
    let from = 0;
    for (const part of (cue || '').split('*').map((p) => fold(p)).filter(Boolean)) {
      const at = folded.join('').indexOf(part, from);
      if (at < 0) continue;
      marks.push([origin[at], origin[at + part.length - 1] + 1]);
      from = at + part.length;
    }
    const p = el('p', { class: 'sentence', lang: 'ar', dir: 'rtl' });
    let i = 0;
    for (const [a, b] of marks) {
      p.append(chars.slice(i, a).join(''), el('mark', null, chars.slice(a, b).join('')));
      i = b;
    }
    p.append(chars.slice(i).join(''));
    return p;
  }

  function nameOf(id) {
    const n = nodesById.get(id);
    return n ? n.en : id;
  }

  function showEdge(edge) {
    const e = data.edges[edge.data('index')];
    const t = types.get(e.type) || { polarity: 'neutral', definition: '', tone: 0, symmetric: false };
    const arrow = t.symmetric ? '↔' : '→';
    const span = e.first ? (e.first === e.last ? dateOf(e.first) : `${dateOf(e.first)} – ${dateOf(e.last)}`) : 'no date';
    details.replaceChildren(...[
      el('h2', null, `${nameOf(e.s)} ${arrow} ${nameOf(e.t)}`),
      el('div', { class: 'ar', lang: 'ar' }, `${nodesById.get(e.s)?.ar || ''} ${t.symmetric ? '↔' : '←'} ${nodesById.get(e.t)?.ar || ''}`),
      el('p', null, el('span', { class: `swatch ${t.polarity}` }), el('b', { class: 'type' }, e.type),
        ` · ${t.polarity} (tone ${t.tone > 0 ? '+' : ''}${t.tone}) · ${e.count} sentence${e.count === 1 ? '' : 's'} in ${e.docs} article${e.docs === 1 ? '' : 's'} · ${span}`),
      el('p', { class: 'definition' }, t.definition),
      e.evidence.length < e.count
        ? el('p', { class: 'meta' }, `The first ${e.evidence.length} of ${e.count} sentences (kg build --max-evidence keeps more).`)
        : null,
      el('ol', { class: 'evidence' }, e.evidence.map((ev) => {
        const article = data.articles[ev.doc] || {};
        const date = dateOf(ev.date || article.date);
        return el('li', null, markedSentence(ev.text, ev.cue),
          el('div', { class: 'article' },
            article.title ? el('span', { class: 'title', lang: 'ar', dir: 'rtl' }, article.title) : null,
            article.title ? ' · ' : null,
            date ? `${date} · ` : 'no date · ',
            article.source ? `${article.source} · ` : null,
            article.url ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'article') : null,
            article.url ? ' · ' : null,
            el('span', { class: 'doc' }, ev.doc), ` · sentence ${ev.sentence} · cue «`, el('bdi', { lang: 'ar', dir: 'rtl' }, ev.cue), '»'));
      })),
    ].filter(Boolean));
  }

  function showNode(node) {
    const n = nodesById.get(node.id());
    const relations = node.connectedEdges().not('.hidden').sort((a, b) =>
      data.edges[b.data('index')].count - data.edges[a.data('index')].count);
    details.replaceChildren(
      el('h2', null, n.en),
      el('div', { class: 'ar', lang: 'ar' }, n.ar),
      el('p', { class: 'meta' }, `${n.kind} · ${n.code}${n.office ? ' · ' + n.office : ''}`),
      el('p', null, `degree ${n.degree ?? '–'} · PageRank ${number(n.pagerank, 4)} · betweenness ${number(n.betweenness, 4)} · community ${n.community ?? '–'}`),
      el('h3', null, `Relations shown (${relations.length})`),
      el('ul', { class: 'relations' }, relations.map((edge) => {
        const e = data.edges[edge.data('index')];
        const outgoing = e.s === n.id;
        const other = outgoing ? e.t : e.s;
        const arrow = edge.data('symmetric') ? '↔' : outgoing ? '→' : '←';
        return el('li', null, el('span', { class: `swatch ${edge.data('polarity')}` }),
          el('a', { onclick: () => selectEdge(edge) }, `${arrow} ${e.type} ${nameOf(other)}`), ` (${e.count})`);
      })));
  }

  function highlight(node) {
    cy.batch(() => {
      cy.elements().addClass('faded');
      node.closedNeighborhood().removeClass('faded');
    });
  }

  function clearHighlight() {
    cy.elements().removeClass('faded');
  }

  function selectEdge(edge) {
    cy.elements().unselect();
    edge.select();
    cy.batch(() => {
      cy.elements().addClass('faded');
      edge.union(edge.connectedNodes()).removeClass('faded');
    });
    showEdge(edge);
  }

  function focusNode(node) {
    cy.elements().unselect();
    node.select();
    highlight(node);
    showNode(node);
    cy.animate({ fit: { eles: node.closedNeighborhood().not('.hidden'), padding: 60 }, duration: 300 });
  }

  // ---- search --------------------------------------------------------------------------------------------------

  const index = data.nodes.map((n) => ({ id: n.id, pagerank: n.pagerank || 0, keys: [n.en, n.ar, n.code, n.id].map(fold) }));

  function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const kept = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = kept;
      }
    }
    return row[b.length];
  }

  /** Actors matching a query: exact name, code or id first, then names starting with it, then names containing it. */
  function find(query) {
    const q = fold(query);
    if (!q) return [];
    const byRank = (a, b) => b.pagerank - a.pagerank;
    const exact = index.filter((x) => x.keys.includes(q)).sort(byRank);
    const starts = index.filter((x) => !exact.includes(x) && x.keys.some((k) => k.startsWith(q) || k.split(' ').some((w) => w.startsWith(q)))).sort(byRank);
    const contains = index.filter((x) => !exact.includes(x) && !starts.includes(x) && x.keys.some((k) => k.includes(q))).sort(byRank);
    return [...exact, ...starts, ...contains].map((x) => x.id);
  }

  function nearMatches(query) {
    const q = fold(query);
    return index.map((x) => ({ id: x.id, d: Math.min(...x.keys.slice(0, 2).map((k) => distance(q, k))) }))
      .filter((x) => x.d <= Math.max(2, Math.floor(q.length / 3)))
      .sort((a, b) => a.d - b.d).slice(0, 5).map((x) => x.id);
  }

  function search() {
    const query = $('search').value;
    const result = $('search-result');
    result.className = '';
    result.replaceChildren();
    if (!query.trim()) { clearHighlight(); return; }
    const found = find(query);
    const link = (id) => el('a', { onclick: () => focusNode(cy.getElementById(id)) }, nameOf(id));
    if (found.length === 0) {
      const near = nearMatches(query);
      result.className = 'missing';
      result.append(`No actor matches «${query}».`);
      if (near.length) result.append(' Did you mean ', ...near.flatMap((id, i) => (i ? [', ', link(id)] : [link(id)])), '?');
      return;
    }
    const node = cy.getElementById(found[0]);
    if (node.hasClass('hidden')) result.append(`${nameOf(found[0])} has no relation under the current filters. `);
    if (found.length > 1) result.append(`${found.length} matches: `, ...found.slice(0, 6).flatMap((id, i) => (i ? [', ', link(id)] : [link(id)])));
    focusNode(node);
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------

  document.title = data.title;
  $('title').textContent = data.title;
  if (data.omitted > 0) {
    $('notice').textContent = `Showing the ${data.nodes.length} actors of highest PageRank of ${data.candidates}; ` +
      `${data.omitted} left out (kg export html --max-nodes N draws more).`;
  }
  const names = $('names');
  for (const n of [...data.nodes].sort((a, b) => a.en.localeCompare(b.en))) {
    names.append(el('option', { value: n.en }, n.ar));
    if (n.ar) names.append(el('option', { value: n.ar }, n.en));
  }
  // A graph built with --no-analysis has no metrics: size by sentences and colour by kind.
  if (!data.nodes.some((n) => n.pagerank > 0)) $('size-by').value = 'sentences';
  if (!data.nodes.some((n) => n.community !== undefined)) $('colour-by').value = 'kind';
  typeControls();
  dateControls();
  sizeBy($('size-by').value);
  colourBy($('colour-by').value);
  labelBy($('labels').value);
  filter();
  layout();

  $('size-by').addEventListener('change', (e) => { sizeBy(e.target.value); legend($('colour-by').value); });
  $('colour-by').addEventListener('change', (e) => colourBy(e.target.value));
  $('labels').addEventListener('change', (e) => labelBy(e.target.value));
  $('edge-labels').addEventListener('change', (e) => cy.edges().toggleClass('labelled', e.target.checked));
  for (const input of document.querySelectorAll('#controls input.type, #controls input.polarity, #date-from, #date-to, #undated')) {
    input.addEventListener('change', filter);
  }
  $('types-all').addEventListener('click', () => { document.querySelectorAll('input.type').forEach((i) => { i.checked = true; }); filter(); });
  $('types-none').addEventListener('click', () => { document.querySelectorAll('input.type').forEach((i) => { i.checked = false; }); filter(); });
  $('search').addEventListener('change', search);
  $('search').addEventListener('keydown', (e) => { if (e.key === 'Enter') search(); });
  $('fit').addEventListener('click', () => cy.fit(cy.elements().not('.hidden'), 30));
  $('relayout').addEventListener('click', layout);
  cy.on('tap', 'edge', (e) => { selectEdge(e.target); });
  cy.on('tap', 'node', (e) => { focusNode(e.target); });
  cy.on('tap', (e) => { if (e.target === cy) clearHighlight(); });

  window.kgView = { cy, data, find, filter, layout };
}());
