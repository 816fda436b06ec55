// Filtering for inventory.html. The page is complete without it; this only hides rows.
// Marks <body> with data-rendered="ok", data-svg-elements (bands and nodes of the diagram) and
// data-visible-rows, which the headless-browser test reads.
(function () {
  'use strict';
  var body = document.body;
  var rows = Array.prototype.slice.call(document.querySelectorAll('#flows tbody tr[data-verdict]'));
  var noMatch = document.getElementById('no-match');
  var shown = document.getElementById('shown');
  var text = document.getElementById('filter-text');
  var personal = document.getElementById('filter-personal');
  var countryChip = document.getElementById('country-filter');
  var state = { verdicts: {}, country: '', q: '', personal: false };

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  function anyVerdict() {
    return Object.keys(state.verdicts).some(function (k) { return state.verdicts[k]; });
  }

  function apply() {
    var any = anyVerdict();
    var visible = 0;
    rows.forEach(function (row) {
      var ok = (!any || state.verdicts[row.getAttribute('data-verdict')] === true)
        && (!state.country || row.getAttribute('data-country') === state.country)
        && (!state.personal || row.getAttribute('data-personal') === '1')
        && (!state.q || row.getAttribute('data-text').indexOf(state.q) >= 0);
      row.hidden = !ok;
      if (ok) { visible++; }
    });
    if (noMatch) { noMatch.hidden = visible > 0 || rows.length === 0; }
    each('[data-filter-verdict]', function (el) {
      if (el.tagName === 'BUTTON') { el.setAttribute('aria-pressed', state.verdicts[el.getAttribute('data-filter-verdict')] ? 'true' : 'false'); }
    });
    each('#flow-diagram .band', function (el) {
      var dim = (state.country && el.getAttribute('data-country') !== state.country)
        || (any && state.verdicts[el.getAttribute('data-verdict')] !== true);
      el.classList.toggle('dim', !!dim);
    });
    each('#flow-diagram .country', function (el) {
      el.classList.toggle('dim', !!state.country && el.getAttribute('data-country') !== state.country);
    });
    if (countryChip) {
      countryChip.hidden = !state.country;
      countryChip.textContent = state.country ? 'Country: ' + state.country + ' \u2715' : '';
    }
    if (shown) {
      shown.textContent = visible === rows.length ? 'Showing all ' + rows.length + ' sites' : 'Showing ' + visible + ' of ' + rows.length + ' sites';
    }
    if (personal) { personal.checked = state.personal; }
    if (text && text.value.toLowerCase() !== state.q) { text.value = state.q; }
    body.setAttribute('data-visible-rows', String(visible));
  }

  function readHash() {
    var hash = (window.location.hash || '').replace(/^#/, '');
    hash.split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq < 0) { return; }
      var key = decodeURIComponent(part.slice(0, eq));
      var value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
      if (key === 'verdict') { value.split(',').forEach(function (v) { if (v) { state.verdicts[v] = true; } }); }
      if (key === 'country') { state.country = value; }
      if (key === 'q') { state.q = value.toLowerCase(); }
      if (key === 'personal') { state.personal = value === '1' || value === 'true'; }
    });
  }

  each('[data-filter-verdict]', function (el) {
    function toggle() {
      var verdict = el.getAttribute('data-filter-verdict');
      if (el.tagName === 'BUTTON') {
        state.verdicts[verdict] = !state.verdicts[verdict];
      } else {
        state.verdicts = {};
        state.verdicts[verdict] = true;
        var table = document.getElementById('flows');
        if (table) { table.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
      }
      apply();
    }
    el.addEventListener('click', toggle);
    el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
  });
  each('#flow-diagram .country', function (el) {
    function pick() {
      var country = el.getAttribute('data-country');
      state.country = state.country === country ? '' : country;
      apply();
    }
    el.addEventListener('click', pick);
    el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
  if (countryChip) { countryChip.addEventListener('click', function () { state.country = ''; apply(); }); }
  if (text) { text.addEventListener('input', function () { state.q = text.value.trim().toLowerCase(); apply(); }); }
  if (personal) { personal.addEventListener('change', function () { state.personal = personal.checked; apply(); }); }
  var clear = document.getElementById('filter-clear');
  if (clear) { clear.addEventListener('click', function () { state = { verdicts: {}, country: '', q: '', personal: false }; apply(); }); }

  readHash();
  apply();
  body.setAttribute('data-svg-elements', String(document.querySelectorAll('#flow-diagram .band, #flow-diagram .node').length));
  body.setAttribute('data-rendered', 'ok');
})();
