// a11y.js — the screen-reader mirror of the canvas (docs/accessibility.md).
//
// Each frame that changed something, the app hands over its semantics tree
// (web/app/a11y/semantics.h → a11y::to_json): every heading, paragraph, button,
// radio, checkbox and text field it drew, in reading order, with role, name,
// state and rectangle. Here it becomes real DOM elements inside #a11y, placed
// over the drawn items and invisible (opacity 0), the way Flutter's web engine
// exposes its canvas: a screen reader reads and acts on them, and Playwright's
// getByRole finds them.
//
// Focus goes both ways. ImGui's keyboard focus moves DOM focus to the matching
// element (Tab is handled by ImGui: GLFW stops the browser's own Tab). A screen
// reader moving focus to an element, or clicking it, is passed back to the
// ImGui item (spegeln_a11y_focus / spegeln_a11y_activate). Keys still reach
// ImGui through GLFW's listeners on window, so the elements' own key actions
// (a button clicking on Space/Enter) are cancelled here to avoid acting twice.
'use strict';

(function () {
  var layer = document.getElementById('a11y');
  var proxy = document.getElementById('textproxy');
  var elements = new Map();  // key → element
  var current = null;        // last tree
  var syncing = false;       // focus() called by us, not by a person
  var appliedFocus = null;   // the item whose element we last focused

  var TAGS = {
    text: 'p', button: 'button', radio: 'div', checkbox: 'div', textbox: 'input',
    radiogroup: 'div', group: 'div', dialog: 'div'
  };

  function tagOf(n) {
    if (n.role === 'heading') return 'h' + Math.min(6, Math.max(1, n.level || 2));
    if (n.role === 'textbox' && n.multiline) return 'textarea';
    return TAGS[n.role] || 'p';
  }

  function call(name, item) {
    if (window.Module && Module.calledRun) Module.ccall(name, null, ['number'], [item >>> 0]);
  }

  function create(n, tag) {
    var el = document.createElement(tag);
    if (tag === 'button') el.type = 'button';
    if (tag === 'input') el.type = 'text';
    if (n.role === 'radio' || n.role === 'checkbox') el.setAttribute('role', n.role);
    if (n.role === 'radiogroup' || n.role === 'group') el.setAttribute('role', n.role);
    if (n.item || n.role === 'textbox') {
      el.tabIndex = -1;  // ImGui owns the Tab order; the browser's stays out of it
      el.addEventListener('focus', function () {
        if (syncing || !el._item) return;
        appliedFocus = el._item;
        call('spegeln_a11y_focus', el._item);
      });
      el.addEventListener('click', function (e) {
        e.preventDefault();
        if (!el._item) return;
        if (el._role === 'textbox') call('spegeln_a11y_focus', el._item);
        else call('spegeln_a11y_activate', el._item);
      });
    }
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function describe(el, n) {
    var id = null;
    if (n.description) {
      var d = el._desc;
      if (!d) {
        d = el._desc = document.createElement('span');
        d.id = 'a11y-desc-' + Math.random().toString(36).slice(2);
        d.hidden = true;
      }
      if (d.textContent !== n.description) d.textContent = n.description;
      id = d.id;
    }
    setAttr(el, 'aria-describedby', id);
    return el._desc && n.description ? el._desc : null;
  }

  function update(el, n, dpr) {
    el._item = n.item || 0;
    el._role = n.role;
    if (n.key) el.dataset.key = n.key;
    var named = n.role === 'radiogroup' || n.role === 'group' || n.role === 'dialog' ||
                n.role === 'textbox' || n.role === 'radio' || n.role === 'checkbox';
    if (named) setAttr(el, 'aria-label', n.name || null);
    else if (el.textContent !== n.name) el.textContent = n.name;
    if (n.role === 'dialog') {
      setAttr(el, 'role', n.alert ? 'alertdialog' : 'dialog');
      setAttr(el, 'aria-modal', 'true');
    }
    if (n.role === 'radio' || n.role === 'checkbox') setAttr(el, 'aria-checked', n.checked ? 'true' : 'false');
    if (n.role === 'button') {
      setAttr(el, 'aria-current', n.current ? 'page' : null);
      setAttr(el, 'aria-expanded', n.expanded === undefined ? null : n.expanded ? 'true' : 'false');
    }
    setAttr(el, 'aria-disabled', n.disabled ? 'true' : null);
    if (n.role === 'textbox' && el.value !== (n.value || '')) el.value = n.value || '';
    if (n.rect) {
      var s = el.style;
      s.left = (n.rect[0] / dpr) + 'px';
      s.top = (n.rect[1] / dpr) + 'px';
      s.width = Math.max(1, n.rect[2] / dpr) + 'px';
      s.height = Math.max(1, n.rect[3] / dpr) + 'px';
    }
  }

  // Puts `nodes` into `parent` in order, reusing elements by key, so the
  // focused element stays the same element across frames.
  function place(parent, nodes, path, seen, dpr) {
    var at = 0;
    nodes.forEach(function (n, i) {
      var key = n.key || (path + '/' + n.role + i);
      var tag = tagOf(n);
      var el = elements.get(key);
      if (!el || el.tagName.toLowerCase() !== tag || el._role !== n.role) {
        el = create(n, tag);
        elements.set(key, el);
      }
      seen.add(key);
      update(el, n, dpr);
      if (parent.children[at] !== el) parent.insertBefore(el, parent.children[at] || null);
      at++;
      var desc = describe(el, n);
      if (desc) {
        if (parent.children[at] !== desc) parent.insertBefore(desc, parent.children[at] || null);
        at++;
      }
      if (n.children) place(el, n.children, key, seen, dpr);
    });
    while (parent.children.length > at) parent.removeChild(parent.lastElementChild);
  }

  function findItem(nodes, item) {
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].item === item) return nodes[i];
      if (nodes[i].children) {
        var f = findItem(nodes[i].children, item);
        if (f) return f;
      }
    }
    return null;
  }

  function elementFor(item) {
    var found = null;
    elements.forEach(function (el) { if (el._item === item && el.isConnected) found = el; });
    return found;
  }

  // DOM focus follows ImGui's keyboard focus — but never away from the text
  // proxy while a field is edited, nor from the page's own dialogs.
  function syncFocus() {
    if (!current) return;
    var active = document.activeElement;
    var ours = !active || active === document.body || active.id === 'canvas' || layer.contains(active);
    var item = current.focused;
    var node = item ? findItem(current.nodes, item) : null;
    if (node && node.role === 'textbox') setAttr(proxy, 'aria-label', node.name || null);
    if (!ours || Module.spegelnWantText || !item) return;
    var el = elementFor(item);
    if (!el) return;
    if (active === el) { appliedFocus = item; return; }
    if (appliedFocus === item && !current.focusVisible) return;
    if (!current.focusVisible && !layer.contains(active)) return;  // a mouse click: leave focus where it is
    syncing = true;
    try { el.focus({preventScroll: true}); } finally { syncing = false; }
    appliedFocus = item;
  }

  window.spegelnA11y = {
    update: function (json) {
      var tree = JSON.parse(json);
      current = tree;
      var dpr = window.devicePixelRatio || 1;
      var seen = new Set();
      var hadFocus = layer.contains(document.activeElement) ? document.activeElement : null;
      place(layer, tree.nodes, 'root', seen, dpr);
      elements.forEach(function (el, key) { if (!seen.has(key)) elements.delete(key); });
      if (tree.title && document.title !== tree.title) document.title = tree.title;
      // A focused element moved in the DOM loses focus: give it back quietly.
      if (hadFocus && hadFocus.isConnected && document.activeElement !== hadFocus) {
        syncing = true;
        try { hadFocus.focus({preventScroll: true}); } finally { syncing = false; }
      }
      // After this frame's other work (the text proxy takes focus in the same frame).
      Promise.resolve().then(syncFocus);
    },
    sync: function () { Promise.resolve().then(syncFocus); },
    tree: function () { return current; }
  };

  // ImGui has already seen every key (GLFW listens on window, capturing); the
  // mirror's elements must not act on them as well.
  function cancel(e) {
    var k = e.key;
    if (k === 'Enter' || k === ' ' || k === 'Spacebar' || k.indexOf('Arrow') === 0 || k === 'Home' || k === 'End' ||
        k === 'PageUp' || k === 'PageDown' || k === 'Escape') e.preventDefault();
    if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA') && e.type !== 'keyup' &&
        !(e.ctrlKey || e.metaKey)) e.preventDefault();  // typing goes to the proxy, not the mirror field
  }
  layer.addEventListener('keydown', cancel);
  layer.addEventListener('keypress', cancel);
  layer.addEventListener('keyup', cancel);
})();
