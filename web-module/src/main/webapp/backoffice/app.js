'use strict';
/*
 * The auditors' back office over /api/v1/audit. No framework, no network beyond this origin.
 * The API key lives in this script's memory, and in sessionStorage only if the auditor asks;
 * every value from the API is put in the page as text, never as HTML.
 */
(function () {
  const API = '/api/v1';
  const KEY_STORE = 'threeds.backoffice.apiKey';
  const SVG = 'http://www.w3.org/2000/svg';
  const STATUSES = ['Y', 'A', 'N', 'U', 'R'];
  const NONE = '\u2013';
  const MORE = '\u2026';

  const state = { key: null, filters: {}, cursors: [null], page: 0, next: null, opener: null };

  const byId = (id) => document.getElementById(id);

  function el(tag, attributes, ...children) {
    return build(document.createElement(tag), attributes, children);
  }

  function svg(tag, attributes, ...children) {
    return build(document.createElementNS(SVG, tag), attributes, children);
  }

  function build(node, attributes, children) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super('HTTP ' + status);
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function call(path, accept) {
    const response = await fetch(API + path, {
      headers: { Authorization: 'Bearer ' + state.key, Accept: accept || 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer'
    });
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch (ignored) {
        problem = null;
      }
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  function describe(error) {
    if (!(error instanceof ApiError)) {
      return 'The gateway could not be reached (' + error.message + ').';
    }
    if (error.status === 401) {
      return 'The key was not accepted (401).';
    }
    if (error.status === 403) {
      return 'This key may not read the audit API: it needs an auditor key (403).';
    }
    const problem = error.problem;
    const violations = (problem.violations || []).map((v) => v.field + ' ' + v.message).join('; ');
    return (violations || problem.detail || problem.title || 'The request failed') + ' (' + error.status + ').';
  }

  function query(parameters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
      if (value !== '' && value !== null && value !== undefined) {
        search.set(name, value);
      }
    }
    const text = search.toString();
    return text ? '?' + text : '';
  }

  /** A datetime-local value, read as UTC, as RFC 3339. */
  function utc(value) {
    if (!value) {
      return '';
    }
    return (value.length === 16 ? value + ':00' : value) + 'Z';
  }

  function say(id, text, isError) {
    const node = byId(id);
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  // ---- the address: filters and the open authentication, to share inside the back office -------

  const FILTERS = ['merchantId', 'merchantName', 'provider', 'transStatus', 'liabilityShift', 'from', 'to',
    'merchantReference', 'last4', 'limit'];

  /** Puts the filters (and the open authentication) in the address; the key never goes there. */
  function writeAddress(authenticationId, push) {
    const form = byId('filters').elements;
    const parameters = {};
    for (const name of FILTERS) {
      parameters[name] = name === 'limit' && form.limit.value === '50' ? '' : form[name].value.trim();
    }
    parameters.authentication = authenticationId || '';
    const address = location.pathname + query(parameters);
    if (address !== location.pathname + location.search) {
      history[push ? 'pushState' : 'replaceState'](null, '', address);
    }
  }

  /** Fills the filter form from the address; returns the authentication it names, if any. */
  function readAddress() {
    const search = new URLSearchParams(location.search);
    const form = byId('filters').elements;
    for (const name of FILTERS) {
      if (search.has(name)) {
        form[name].value = search.get(name);
      }
    }
    return search.get('authentication');
  }

  // ---- signing in -------------------------------------------------------------------------

  async function signIn(key, remember) {
    state.key = key;
    const shared = readAddress();
    state.filters = readFilters();
    state.cursors = [null];
    state.page = 0;
    try {
      await loadPage();
    } catch (error) {
      state.key = null;
      sessionStorage.removeItem(KEY_STORE);
      say('key-error', describe(error), true);
      byId('api-key').focus();
      return;
    }
    if (remember) {
      sessionStorage.setItem(KEY_STORE, key);
    }
    byId('api-key').value = '';
    say('key-error', '');
    byId('signin').hidden = true;
    byId('workspace').hidden = false;
    byId('forget').hidden = false;
    byId('who').textContent = 'Signed in with an auditor key' + (remember ? ' (kept for this tab)' : '');
    byId('search-title').focus();
    if (shared) {
      openShared(shared);
    }
  }

  /** An authentication named in a shared address: read, then shown as if opened from the list. */
  async function openShared(id) {
    try {
      openDetail(await (await call('/authentications/' + encodeURIComponent(id))).json(), null);
    } catch (error) {
      say('results-status', 'The authentication in this address cannot be shown: ' + describe(error), true);
    }
  }

  function forget() {
    state.key = null;
    sessionStorage.removeItem(KEY_STORE);
    byId('workspace').hidden = true;
    byId('forget').hidden = true;
    byId('who').textContent = '';
    byId('results').tBodies[0].replaceChildren();
    byId('charts').replaceChildren();
    byId('signin').hidden = false;
    byId('api-key').focus();
  }

  /** The provider filter suggests the providers this gateway has deployed; the field takes any id. */
  async function suggestProviders() {
    try {
      const response = await fetch('providers.json', { cache: 'no-store', credentials: 'omit',
        referrerPolicy: 'no-referrer' });
      if (response.ok) {
        byId('providers').replaceChildren(...(await response.json()).map((id) => el('option', { value: id })));
      }
    } catch (ignored) {
      // Without suggestions the filter still works.
    }
  }

  // ---- the table of authentications ------------------------------------------------------------

  function readFilters() {
    const form = byId('filters').elements;
    return {
      merchantId: form.merchantId.value.trim(),
      merchantName: form.merchantName.value.trim(),
      provider: form.provider.value.trim(),
      transStatus: form.transStatus.value,
      liabilityShift: form.liabilityShift.value,
      from: utc(form.from.value),
      to: utc(form.to.value),
      merchantReference: form.merchantReference.value.trim(),
      last4: form.last4.value.trim()
    };
  }

  async function loadPage() {
    say('results-status', 'Loading' + MORE);
    const parameters = Object.assign({}, state.filters, {
      limit: byId('f-limit').value,
      cursor: state.cursors[state.page]
    });
    const page = await (await call('/audit/authentications' + query(parameters))).json();
    state.next = page.nextCursor;
    renderRows(page.items);
    byId('first-page').disabled = state.page === 0;
    byId('previous-page').disabled = state.page === 0;
    byId('next-page').disabled = !state.next;
    byId('page-number').textContent = 'Page ' + (state.page + 1);
    say('results-status', page.items.length === 0 ? 'No authentication matches these filters.'
      : page.items.length + ' authentication' + (page.items.length === 1 ? '' : 's') + ' on page ' + (state.page + 1)
        + (state.next ? '; more on the next page.' : '.'));
  }

  function renderRows(items) {
    const rows = items.map((item) => {
      const open = el('button', { type: 'button', class: 'open', 'aria-label': 'Open the record and timeline of '
          + item.merchantReference }, 'Open');
      open.addEventListener('click', () => openDetail(item, open));
      return el('tr', { 'data-id': item.id },
        el('td', {}, el('time', { datetime: item.createdAt }, item.createdAt.replace('T', ' ').replace('Z', ''))),
        el('td', { class: 'merchant' }, ...merchant(item.merchantName, item.merchantId)),
        el('td', {}, item.merchantReference),
        el('td', {}, item.provider),
        el('td', {}, item.state),
        el('td', { class: 'status s-' + (item.transStatus || 'none') }, item.transStatus || NONE),
        el('td', {}, item.flow || NONE),
        el('td', {}, item.liabilityShift ? 'yes' : 'no'),
        el('td', { class: 'card' }, card(item.card)),
        el('td', { class: 'number' }, amount(item.amount)),
        el('td', {}, open));
    });
    byId('results').tBodies[0].replaceChildren(...rows);
  }

  /** A merchant as its name (when it has one) above its id. */
  function merchant(name, id) {
    const shown = [el('span', { class: 'id' }, id)];
    return name ? [el('span', { class: 'name' }, name), ...shown] : shown;
  }

  /** BIN and last 4; a card encrypted in the shopper's browser has none until the provider reports them. */
  function card(value) {
    if (!value) {
      return '';
    }
    const digits = value.last4 ? (value.bin || '') + MORE + value.last4 : 'encrypted card';
    return digits + (value.brand ? ' ' + value.brand : '');
  }

  /** Minor units written with the currency's exponent and its code: 1000 EUR is "10.00 EUR", 1000 JPY "1,000 JPY". */
  function amount(value) {
    if (!value) {
      return '';
    }
    let exponent;
    try {
      exponent = new Intl.NumberFormat('en', { style: 'currency', currency: value.currency })
        .resolvedOptions().maximumFractionDigits;
    } catch (unknownCurrency) {
      return value.value + ' ' + value.currency + ' (minor units)';
    }
    const digits = String(Math.abs(value.value)).padStart(exponent + 1, '0');
    const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+$)/g, ',');
    return (value.value < 0 ? '-' : '') + whole + (exponent ? '.' + digits.slice(digits.length - exponent) : '')
      + ' ' + value.currency;
  }

  async function go(step) {
    if (step === 'first') {
      state.page = 0;
    } else if (step === 'previous' && state.page > 0) {
      state.page -= 1;
    } else if (step === 'next' && state.next) {
      state.cursors[state.page + 1] = state.next;
      state.page += 1;
    }
    try {
      await loadPage();
    } catch (error) {
      say('results-status', describe(error), true);
    }
  }

  async function applyFilters(event) {
    event.preventDefault();
    state.filters = readFilters();
    writeAddress(null, false);
    state.cursors = [null];
    state.page = 0;
    try {
      await loadPage();
    } catch (error) {
      say('results-status', describe(error), true);
    }
  }

  async function download() {
    say('results-status', 'Preparing the CSV' + MORE);
    try {
      const response = await call('/audit/authentications' + query(state.filters), 'text/csv');
      const blob = await response.blob();
      const disposition = response.headers.get('Content-Disposition') || '';
      const named = /filename="([^"]+)"/.exec(disposition);
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: named ? named[1] : 'audit-authentications.csv', hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      say('results-status', 'CSV downloaded (' + blob.size + ' bytes).');
    } catch (error) {
      say('results-status', describe(error), true);
    }
  }

  // ---- one record and its timeline -----------------------------------------------------------

  const RECORD_FIELDS = ['id', 'merchantId', 'merchantName', 'merchantReference', 'provider', 'state', 'transStatus',
    'transStatusReason', 'eci', 'authenticationValue', 'xid', 'dsTransactionId', 'acsTransactionId',
    'threeDSServerTransactionId', 'threeDSVersion', 'enrolled', 'signatureVerification', 'flow', 'liabilityShift',
    'recommendedAction', 'cardholderInfo', 'createdAt', 'updatedAt', 'expiresAt'];

  async function openDetail(item, opener) {
    state.opener = opener;
    writeAddress(item.id, opener !== null);
    byId('search').hidden = true;
    byId('detail').hidden = false;
    byId('detail-title').textContent = 'Authentication ' + item.merchantReference;
    const entries = [];
    for (const name of RECORD_FIELDS) {
      entries.push(el('dt', {}, name), el('dd', {}, show(name, item[name])));
    }
    entries.push(el('dt', {}, 'card'), el('dd', {}, card(item.card)));
    entries.push(el('dt', {}, 'amount'), el('dd', {}, amount(item.amount)));
    entries.push(el('dt', {}, 'authorization'), el('dd', {}, item.authorization
      ? item.authorization.status + ' ' + (item.authorization.responseCode || '') : NONE));
    byId('record').replaceChildren(...entries);
    byId('timeline').replaceChildren();
    byId('detail-title').focus();
    say('timeline-status', 'Loading the timeline' + MORE);
    try {
      const page = await (await call('/audit/events' + query({ authenticationId: item.id, limit: 500 }))).json();
      const events = page.items.slice().reverse();
      byId('timeline').replaceChildren(...events.map(timelineEntry));
      say('timeline-status', events.length + ' event' + (events.length === 1 ? '' : 's')
        + (page.nextCursor ? ' (the 500 most recent)' : '') + '.');
    } catch (error) {
      say('timeline-status', describe(error), true);
    }
  }

  function show(name, value) {
    if (name === 'authenticationValue') {
      return 'not shown to auditors';
    }
    if (value === null || value === undefined) {
      return NONE;
    }
    if (name.endsWith('At')) {
      return String(value).replace('T', ' ').replace('Z', ' UTC');
    }
    return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  }

  function timelineEntry(event) {
    const details = Object.entries(event.details || {}).map(([name, value]) =>
      el('li', {}, el('span', { class: 'name' }, name), ' ', value === null ? NONE : value));
    return el('li', { class: 'event', 'data-type': event.type },
      el('p', { class: 'head' },
        el('time', { datetime: event.at }, event.at.replace('T', ' ').replace('Z', ' UTC')), ' ',
        el('strong', { class: 'type' }, event.type), ' ',
        el('span', { class: 'outcome' }, event.outcome)),
      el('p', { class: 'meta' }, 'by ', el('span', { class: 'id' }, event.actor), ' (' + event.actorRole + '), #'
        + event.sequence + ', ' + (event.sealed ? 'sealed at chain position ' + event.chainPosition
          : 'pending (not sealed yet)')),
      event.merchantId ? el('p', { class: 'meta merchant-of' }, 'merchant ', event.merchantName || '', ' ',
        el('span', { class: 'id' }, event.merchantId)) : '',
      details.length ? el('ul', { class: 'details' }, ...details) : '');
  }

  function closeDetail() {
    writeAddress(null, false);
    byId('detail').hidden = true;
    byId('search').hidden = false;
    if (state.opener && document.body.contains(state.opener)) {
      state.opener.focus();
    } else {
      byId('search-title').focus();
    }
  }

  // ---- the chain -------------------------------------------------------------------------------

  async function verify() {
    say('chain-status', 'Verifying' + MORE + ' (this walks the whole chain)');
    try {
      const result = await (await call('/audit/verify')).json();
      if (result.verified) {
        say('chain-status', 'Verified: ' + result.checked + ' sealed events, head ' + result.head.slice(0, 16) + MORE
          + (result.pendingEvents ? '; ' + result.pendingEvents + ' pending, not sealed yet, so not verified' : ''));
      } else {
        say('chain-status', 'BROKEN after ' + result.checked + ' events'
          + (result.firstBrokenEventId ? ', first broken event ' + result.firstBrokenEventId : '')
          + ': ' + result.reason, true);
      }
    } catch (error) {
      say('chain-status', describe(error), true);
    }
  }

  // ---- statistics ---------------------------------------------------------------------------

  async function stats(event) {
    event.preventDefault();
    const form = byId('stats-form').elements;
    const parameters = {
      groupBy: form.groupBy.value,
      merchantId: form.merchantId.value.trim(),
      from: utc(form.from.value),
      to: utc(form.to.value)
    };
    say('stats-status', 'Loading' + MORE);
    try {
      const result = await (await call('/audit/stats' + query(parameters))).json();
      renderStats(result.groups);
      say('stats-status', result.groups.length === 0 ? 'No authentication in this range.'
        : result.groups.length + ' group' + (result.groups.length === 1 ? '' : 's') + ' by ' + result.groupBy + '.');
    } catch (error) {
      say('stats-status', describe(error), true);
    }
  }

  function percent(rate) {
    return Math.round(rate * 1000) / 10 + ' %';
  }

  function renderStats(groups) {
    const rows = groups.map((g) => {
      const other = g.authentications - STATUSES.reduce((sum, s) => sum + g.transStatus[s], 0);
      return el('tr', {},
        el('th', { scope: 'row', class: 'merchant' }, ...merchant(g.merchantName, g.key)),
        el('td', { class: 'number' }, g.authentications),
        ...STATUSES.map((s) => el('td', { class: 'number' }, g.transStatus[s])),
        el('td', { class: 'number' }, other),
        el('td', { class: 'number' }, percent(g.frictionlessRate)),
        el('td', { class: 'number' }, percent(g.challengeRate)),
        el('td', { class: 'number' }, percent(g.liabilityShiftRate)),
        el('td', { class: 'number' }, g.providerCalls),
        el('td', { class: 'number' }, g.latencyP50Ms === null ? NONE : g.latencyP50Ms),
        el('td', { class: 'number' }, g.latencyP95Ms === null ? NONE : g.latencyP95Ms));
    });
    byId('stats-table').tBodies[0].replaceChildren(...rows);
    byId('stats-table').hidden = groups.length === 0;
    byId('charts').replaceChildren(...(groups.length === 0 ? [] : [
      outcomesChart(groups), ratesChart(groups), latencyChart(groups)]));
  }

  const WIDTH = 640;
  const LABEL = 130;
  const ROW = 26;

  function chart(id, title, description, height, legend, body) {
    const keys = legend.map(([css, text], i) => svg('g', { transform: 'translate(' + (LABEL + i * 80) + ',4)' },
      svg('rect', { width: 12, height: 12, class: css }), svg('text', { x: 16, y: 10, class: 'legend' }, text)));
    return el('figure', { class: 'chart' },
      svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + (height + 28), role: 'img',
        'aria-labelledby': id + '-t ' + id + '-d' },
        svg('title', { id: id + '-t' }, title),
        svg('desc', { id: id + '-d' }, description),
        ...keys,
        svg('g', { transform: 'translate(0,28)' }, ...body)),
      el('figcaption', {}, title));
  }

  /** A group's label: a merchant's name when grouped by merchant (the id in its title), else the key. */
  function label(group, y) {
    const text = group.merchantName || group.key;
    const short = text.length > 16 ? text.slice(0, 15) + MORE : text;
    const full = group.merchantName ? group.merchantName + ' (' + group.key + ')' : group.key;
    return svg('text', { x: LABEL - 8, y: y, class: 'label', 'text-anchor': 'end' }, svg('title', {}, full), short);
  }

  function outcomesChart(groups) {
    const max = Math.max(...groups.map((g) => g.authentications), 1);
    const span = WIDTH - LABEL - 60;
    const body = [];
    groups.forEach((g, row) => {
      const y = row * ROW;
      body.push(label(g, y + 14));
      let x = LABEL;
      const parts = STATUSES.map((s) => ['s-' + s, g.transStatus[s]]);
      parts.push(['s-other', g.authentications - STATUSES.reduce((sum, s) => sum + g.transStatus[s], 0)]);
      for (const [css, count] of parts) {
        const width = span * count / max;
        if (width > 0) {
          body.push(svg('rect', { x: x, y: y + 2, width: width, height: ROW - 8, class: css },
            svg('title', {}, css.slice(2) + ': ' + count)));
          x += width;
        }
      }
      body.push(svg('text', { x: x + 6, y: y + 14, class: 'value' }, g.authentications));
    });
    return chart('outcomes', 'Authentications by transStatus',
      'Stacked bars: for each group, how many authentications ended with each EMV transStatus.',
      groups.length * ROW, [...STATUSES.map((s) => ['s-' + s, s]), ['s-other', 'other']], body);
  }

  function ratesChart(groups) {
    const span = WIDTH - LABEL - 140;
    const series = [['r-frictionless', 'frictionlessRate'], ['r-challenge', 'challengeRate'],
      ['r-liability', 'liabilityShiftRate']];
    const band = series.length * 8 + 8;
    const body = [];
    groups.forEach((g, row) => {
      const y = row * band;
      body.push(label(g, y + band / 2));
      series.forEach(([css, field], i) => {
        body.push(svg('rect', { x: LABEL, y: y + i * 8 + 2, width: Math.max(span * g[field], 1), height: 7,
          class: css }, svg('title', {}, field + ': ' + percent(g[field]))));
      });
      body.push(svg('text', { x: LABEL + span + 6, y: y + band / 2, class: 'value' },
        percent(g.frictionlessRate) + ' / ' + percent(g.challengeRate) + ' / ' + percent(g.liabilityShiftRate)));
    });
    return chart('rates', 'Frictionless, challenge and liability-shift rates',
      'For each group, three bars from 0 to 100 %: the share of authentications without challenge, with a '
        + 'challenge, and with liability shifted to the issuer.',
      groups.length * band,
      [['r-frictionless', 'frictionless'], ['r-challenge', 'challenge'], ['r-liability', 'liability shift']], body);
  }

  function latencyChart(groups) {
    const max = Math.max(...groups.map((g) => g.latencyP95Ms || 0), 1);
    const span = WIDTH - LABEL - 120;
    const band = 2 * 9 + 8;
    const body = [];
    groups.forEach((g, row) => {
      const y = row * band;
      body.push(label(g, y + band / 2));
      [['l-p50', g.latencyP50Ms, 'p50'], ['l-p95', g.latencyP95Ms, 'p95']].forEach(([css, value, name], i) => {
        body.push(svg('rect', { x: LABEL, y: y + i * 9 + 2, width: value ? Math.max(span * value / max, 1) : 0,
          height: 8, class: css }, svg('title', {}, name + ': ' + (value === null ? 'no calls' : value + ' ms'))));
      });
      body.push(svg('text', { x: LABEL + span + 6, y: y + band / 2, class: 'value' },
        g.latencyP50Ms === null ? 'no calls' : g.latencyP50Ms + ' / ' + g.latencyP95Ms + ' ms'));
    });
    return chart('latency', 'Provider latency, p50 and p95 (ms)',
      'For each group, the median and 95th percentile latency of the calls made to the provider.',
      groups.length * band, [['l-p50', 'p50'], ['l-p95', 'p95']], body);
  }

  // ---- wiring --------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    byId('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const key = byId('api-key').value.trim();
      if (!key) {
        say('key-error', 'Type the auditor API key.', true);
        return;
      }
      signIn(key, byId('remember').checked);
    });
    byId('forget').addEventListener('click', forget);
    byId('filters').addEventListener('submit', applyFilters);
    byId('filters').addEventListener('reset', () => setTimeout(() => byId('f-merchantId').focus(), 0));
    byId('download').addEventListener('click', download);
    byId('first-page').addEventListener('click', () => go('first'));
    byId('previous-page').addEventListener('click', () => go('previous'));
    byId('next-page').addEventListener('click', () => go('next'));
    byId('close-detail').addEventListener('click', closeDetail);
    byId('detail').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        closeDetail();
      }
    });
    byId('verify').addEventListener('click', verify);
    window.addEventListener('popstate', () => {
      if (!byId('detail').hidden && !new URLSearchParams(location.search).has('authentication')) {
        closeDetail();
      }
    });
    byId('stats-form').addEventListener('submit', stats);
    suggestProviders();
    const kept = sessionStorage.getItem(KEY_STORE);
    if (kept) {
      signIn(kept, true);
    }
  });
}());
