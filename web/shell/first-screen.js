// first-screen.js — runs in <head>, before the page is painted: picks the
// language of the static first screen (scripts/first_screen.py) the way the app
// picks it before its settings are read (web/app/document.cpp, first_bundled):
// the first of navigator.languages whose primary subtag is a bundled language,
// else Swedish. shell.js removes the screen when the app has drawn its first frame.
//
// The screen's form works before the app is loaded: a person can choose the
// instrument and the rest, type the unit's name and press Start. The choices
// follow the app's rules (web/app/library/library_actions.cpp,
// act_choose_instrument); the app takes them over when it is created
// (spegelnFirstScreen.take, read through platform::first_screen_form) and starts
// the assessment itself if Start was pressed, with its own checks.
'use strict';

(function () {
  var bundled = ['sv', 'en'];
  var list = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ''];
  var lang = 'sv';
  for (var i = 0; i < list.length; i++) {
    var primary = String(list[i]).split(/[-_.]/)[0].toLowerCase();
    if (bundled.indexOf(primary) >= 0) { lang = primary; break; }
  }
  document.documentElement.lang = lang;
  document.documentElement.setAttribute('data-first-screen', lang);

  function today() {
    var d = new Date();  // local time, as platform::today()
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }
  function shown() {
    var blocks = document.querySelectorAll('#first-screen .fs');
    for (var k = 0; k < blocks.length; k++) if (blocks[k].offsetParent !== null) return blocks[k];
    return null;
  }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function form(fs, st) { return fs.querySelector('.fs-form[data-when="instrument=' + st.instrument + '"]'); }
  function has(f, field, value) {
    return all(f, 'button[data-field="' + field + '"]').some(function (b) { return b.dataset.value === value; });
  }
  function first(f, field) {
    var b = f.querySelector('button[data-field="' + field + '"]');
    return b ? b.dataset.value : '';
  }

  // What is chosen, kept on the language's block; first read from what the HTML shows.
  function state(fs) {
    if (fs._st) return fs._st;
    var card = fs.querySelector('button[data-field="instrument"][aria-pressed="true"]');
    var st = {instrument: card ? card.dataset.value : '', mode: '', unit_kind: '', core_path: '0', begin: false, touched: false};
    var f = form(fs, st);
    if (f) {
      st.mode = first(f, 'mode');
      var kind = f.querySelector('button[data-field="unit_kind"][aria-pressed="true"]');
      st.unit_kind = kind ? kind.dataset.value : '';
    }
    fs._st = st;
    return st;
  }

  // The app's act_choose_instrument: keep a mode, kind and path the new instrument has.
  function chooseInstrument(fs, st, id) {
    st.instrument = id;
    var f = form(fs, st);
    if (!f) return;
    if (!has(f, 'mode', st.mode)) st.mode = first(f, 'mode');
    if (f.querySelector('button[data-field="unit_kind"]') && !has(f, 'unit_kind', st.unit_kind))
      st.unit_kind = has(f, 'unit_kind', 'vardcentral') ? 'vardcentral' : first(f, 'unit_kind');
    if (!f.querySelector('button[data-field="core_path"]')) st.core_path = '0';
  }

  function render(fs, st) {
    all(fs, '[data-when]').forEach(function (el) {
      var w = el.getAttribute('data-when').split('=');
      el.hidden = st[w[0]] !== w.slice(1).join('=');
    });
    all(fs, 'button[data-field]').forEach(function (b) {
      var on = st[b.dataset.field] === b.dataset.value;
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
      b.classList.toggle('fs-sel', on);
    });
    all(fs, '[data-begin-note]').forEach(function (p) { p.textContent = st.begin ? p.getAttribute('data-begin-note') : ''; });
  }

  // A text typed in one instrument's form is kept when another is chosen (the app has one form).
  function setField(fs, field, value) {
    all(fs, 'input[data-field="' + field + '"]').forEach(function (input) { if (input.value !== value) input.value = value; });
  }

  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('#first-screen button');
    var fs = b && b.closest('.fs');
    if (!fs || b.disabled) return;
    var st = state(fs);
    st.touched = true;
    if (b.dataset.field === 'instrument') chooseInstrument(fs, st, b.dataset.value);
    else if (b.dataset.field) st[b.dataset.field] = b.dataset.value;
    else if (b.hasAttribute('data-today')) setField(fs, 'date', today());
    else if (b.hasAttribute('data-begin')) st.begin = true;
    render(fs, st);
  });
  document.addEventListener('input', function (e) {
    var input = e.target;
    var fs = input.closest && input.closest('#first-screen .fs');
    if (!fs || !input.dataset.field) return;
    state(fs).touched = true;
    setField(fs, input.dataset.field, input.value);
  });

  // The date fields hold today's date, as the app's form does, once they are parsed.
  document.addEventListener('DOMContentLoaded', function () {
    all(document, '#first-screen input[data-field="date"]').forEach(function (input) { input.value = today(); });
  });

  // Called once by the app as it is created: what was chosen and typed, as JSON, or '' when
  // nothing was touched. From then on the screen takes no input (it goes with the app's first
  // frame): nothing typed after this moment could reach the app.
  window.spegelnFirstScreen = {
    take: function () {
      var root = document.getElementById('first-screen');
      var fs = root && shown();
      if (!fs) return '';
      root.inert = true;
      var st = state(fs);
      var f = form(fs, st);
      var value = function (field) {
        var input = f && f.querySelector('input[data-field="' + field + '"]');
        return input ? input.value : '';
      };
      // The control with focus, by the app's widget key, and whether its ring shows (the
      // keyboard was used): a keyboard user goes on from the same place in the app.
      var active = document.activeElement;
      var focused = active && fs.contains(active) && active.dataset && active.dataset.key ? active : null;
      if (!st.touched && !focused) return '';
      return JSON.stringify({
        instrument: st.instrument, mode: st.mode, unit_kind: st.unit_kind, core_path: st.core_path === '1',
        unit_name: value('unit_name'), date: value('date'), role: value('role'), begin: st.begin,
        focus: focused ? focused.dataset.key : '', focus_visible: !!(focused && focused.matches(':focus-visible'))
      });
    }
  };
})();
