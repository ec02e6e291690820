// shell.js — the page around the WebAssembly app: checks for WebGL 2, loads
// app.js/app.wasm with a byte-counting progress bar, hides the splash after
// the first frame, turns touches into mouse events, shows a message if the
// GL context is lost, and registers the service worker that keeps the site
// usable offline (web/shell/sw.js, docs/offline.md). Workarounds refer to
// docs/browser-fixes.md.
'use strict';

function spegelnShell() {
  // Start-up stages as performance marks 'spegeln-…' (scripts/bench-start.mjs, docs/performance.md).
  function mark(name) { if (window.performance && performance.mark) performance.mark('spegeln-' + name); }
  mark('shell');
  var canvas = document.getElementById('canvas');
  var proxy = document.getElementById('textproxy');
  var splashText = document.getElementById('splash-text');
  var progress = document.getElementById('splash-progress');

  // The static first screen (scripts/first_screen.py) goes once the app has drawn or cannot start.
  function dropFirstScreen() {
    var first = document.getElementById('first-screen');
    if (first) first.remove();
  }

  function show(id) {
    dropFirstScreen();
    document.getElementById('splash').hidden = true;
    document.getElementById(id).hidden = false;
  }

  // ---- WebGL 2 or a clear message (and no download for nothing) ----
  // The check creates the app's own context on the canvas, with the attributes
  // Emscripten's GLFW asks for (web/loop_web.cpp: no alpha, depth or stencil),
  // and keeps it: GLFW's getContext then gets this same context back. In
  // headless Chromium the first context of a browser starts the GPU process
  // (≈ 0.4–1 s); a throwaway test context cost that once more (docs/performance.md).
  function hasWebGL2() {
    try {
      // Created at the size the app will draw at (CSS size × devicePixelRatio, §2):
      // resizing a WebGL canvas afterwards reallocates its buffers (≈ 250 ms here).
      var r = canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
      canvas.width = Math.max(1, Math.round(r.width * dpr));
      canvas.height = Math.max(1, Math.round(r.height * dpr));
      var gl = canvas.getContext('webgl2', {alpha: false, antialias: false, depth: false, stencil: false});
      if (gl) watchGpu(gl);
      return !!gl;
    } catch (e) {
      return false;
    }
  }

  // getContext() returns before the GPU process has made the context; the first call that
  // needs an answer from it (GLFW's and ImGui's set-up) then holds the main thread until it
  // has. A fence, polled without waiting, says when it is done: the app opens its window
  // then (web/main_web.cpp), and the static first screen takes input meanwhile.
  function watchGpu(gl) {
    Module.spegelnGpuReady = new Promise(function (resolve) {
      try {
        var fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        gl.flush();
        var until = performance.now() + 3000;  // a browser that never signals: open anyway
        var poll = function () {
          if (gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() > until) {
            gl.deleteSync(fence);
            mark('gpu-ready');
            resolve();
          } else {
            setTimeout(poll, 8);
          }
        };
        poll();
      } catch (e) {
        resolve();
      }
    });
  }

  function kB(n) {
    return Math.round(n / 1024).toLocaleString('sv-SE') + ' kB';
  }

  // ---- Loading with real progress (§8: setStatus only tracks preloaded data) ----
  // app.wasm is fetched and compiled (streaming, off the main thread) from the
  // start, while the WebGL context is made and app.js downloads. Only when the
  // splash shows (no static first screen) is the response read through a counting
  // stream for its progress bar: that stream is read on the main thread, which
  // making the context can hold for a few hundred ms, and the download with it.
  // A compressed response's Content-Length is not the number of bytes we read,
  // so then only the count is shown.
  var compiled = null;
  var wasmAbort = window.AbortController ? new AbortController() : null;
  function startWasm() {
    var options = {credentials: 'same-origin'};
    if (wasmAbort) options.signal = wasmAbort.signal;
    var splashShown = !document.getElementById('first-screen');
    compiled = fetch('app.wasm', options).then(function (response) {
      if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
      if (!splashShown && WebAssembly.compileStreaming) return WebAssembly.compileStreaming(response);
      var total = response.headers.get('Content-Encoding') ? 0 : +response.headers.get('Content-Length') || 0;
      var loaded = 0;
      var reader = response.body.getReader();
      var counted = new ReadableStream({
        pull: function (controller) {
          return reader.read().then(function (r) {
            if (r.done) { mark('wasm-downloaded'); controller.close(); return; }
            loaded += r.value.byteLength;
            if (total) progress.value = Math.min(100, 100 * loaded / total);
            splashText.textContent = 'Laddar appen … ' + kB(loaded) + (total ? ' av ' + kB(total) : '');
            controller.enqueue(r.value);
          });
        }
      });
      var wasm = new Response(counted, {headers: {'Content-Type': 'application/wasm'}});
      return WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(wasm)
        : wasm.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }).then(function (module) {
      mark('wasm-compiled');
      return module;
    });
    compiled.catch(function () {});  // reported by instantiateWasm
  }

  function instantiateWasm(imports, receiveInstance) {
    mark('appjs');
    if (!compiled) startWasm();
    compiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        mark('wasm-ready');
        splashText.textContent = 'Startar …';
        progress.removeAttribute('value');
        receiveInstance(instance, module);
      });
    }).catch(function (err) {
      console.error('Strategispegeln: kunde inte ladda app.wasm', err);
      show('load-error');
    });
    return {};  // exports arrive later through receiveInstance
  }

  // ---- IndexedDB opened while the app downloads (§6). IDBFS (web/platform_web.cpp)
  // opens database '/spegeln' version 21 with one store and index; opening it
  // here the same way lets the first sync start at once (a fresh profile spends
  // a few hundred ms creating it). platform_web.cpp waits for Module.spegelnDb. ----
  function openStorage() {
    Module.spegelnDb = new Promise(function (resolve) {
      try {
        var req = indexedDB.open('/spegeln', 21);
        req.onupgradeneeded = function () {
          var db = req.result;
          var store = db.objectStoreNames.contains('FILE_DATA')
            ? req.transaction.objectStore('FILE_DATA') : db.createObjectStore('FILE_DATA');
          if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', {unique: false});
        };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = req.onblocked = function () { resolve(null); };  // IDBFS tries again itself
      } catch (e) {
        resolve(null);
      }
    });
  }

  window.Module = {
    spegelnGpuReady: null,
    canvas: canvas,
    instantiateWasm: instantiateWasm,
    onFirstFrame: function () {
      // The mark lets scripts/bench-web.mjs (and anyone profiling) time start-up.
      mark('first-frame');
      document.getElementById('splash').hidden = true;
      dropFirstScreen();
      // Only once the app is drawn and the browser has a moment: the worker's install
      // downloads the site once more (revalidated), which must not compete with the start.
      if (window.requestIdleCallback) requestIdleCallback(registerWorker, {timeout: 3000});
      else setTimeout(registerWorker, 1000);
    },
    onNoWebGL: function () { show('no-webgl'); },
    onAbort: function () { show('load-error'); }
  };

  // ---- Offline (docs/offline.md). The worker precaches the site; a new version
  // waits while the app runs (the app says it is used from the next start) and
  // takes over at the next start, before the app is loaded (takeOverThenLoad). ----
  var updateTold = false;
  function tellUpdate() {
    if (updateTold || !Module.calledRun) return;
    updateTold = true;
    Module.ccall('spegeln_update_ready', null, [], []);
  }
  function registerWorker() {
    var sw = navigator.serviceWorker;
    if (!sw || location.protocol === 'file:') return;
    sw.register('sw.js', {scope: './'}).then(function (reg) {
      // A version is waiting only when another one is active: the first install takes over at once.
      if (reg.waiting && reg.active) tellUpdate();
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && reg.active) tellUpdate();
        });
      });
    }).catch(function (err) {
      console.warn('Strategispegeln: service worker not registered', err);
    });
  }

  // At a (re)start, a version that waits takes over and the page loads again from it, so
  // that index.html, the shell, app.js and app.wasm always come from one version. Only the
  // tab that owns the data does this; another tab of the app keeps the version it runs.
  function takeOverThenLoad() {
    var sw = navigator.serviceWorker;
    if (!sw || !sw.controller) { loadApp(); return; }
    var loaded = false;
    function load() { if (!loaded) { loaded = true; loadApp(); } }
    sw.getRegistration().then(function (reg) {
      if (!reg || !reg.waiting) { load(); return; }
      sw.addEventListener('controllerchange', function () { if (!loaded) location.reload(); });
      reg.waiting.postMessage('take-over');
      setTimeout(load, 5000);  // it never took over: start the version that is here
    }).catch(load);
  }

  // ---- Touch (§4): 3.1.6's GLFW presses at the previous touch point and lets
  // compatibility mouse events follow. Touches on the canvas are hidden from
  // GLFW and replayed as mouse events in the right order. ----
  var touchId = null;
  var parked = false;
  function pointer(down) {
    if (Module.calledRun) Module.ccall('spegeln_pointer', null, ['number'], [down ? 1 : 0]);
  }
  function mouse(type, t) {
    canvas.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1,
      clientX: t.clientX, clientY: t.clientY, screenX: t.screenX, screenY: t.screenY
    }));
  }
  function onTouch(e) {
    if (e.target !== canvas) return;  // the splash and messages keep normal touch behaviour
    e.preventDefault();
    e.stopPropagation();
    var t = null;
    for (var i = 0; i < e.changedTouches.length; i++) {
      var c = e.changedTouches[i];
      if (e.type === 'touchstart' ? touchId === null : c.identifier === touchId) { t = c; break; }
    }
    if (!t) return;  // a second finger: ignored
    if (e.type === 'touchstart') {
      touchId = t.identifier;
      Module.spegelnTouchDown = true;
      parked = false;
      pointer(true);
      mouse('mousemove', t);
      mouse('mousedown', t);
    } else if (e.type === 'touchmove') {
      mouse('mousemove', t);
    } else {
      touchId = null;
      Module.spegelnTouchDown = false;
      mouse('mousemove', t);
      mouse('mouseup', t);
      parked = true;
      pointer(false);
      // iOS opens the keyboard only for focus() inside a touch handler (§3).
      if (Module.spegelnWantText && document.activeElement !== proxy) proxy.focus({preventScroll: true});
    }
  }
  ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
    window.addEventListener(type, onTouch, {capture: true, passive: false});
  });
  // A real mouse after a touch brings the pointer back.
  window.addEventListener('mousemove', function (e) {
    if (parked && e.isTrusted) { parked = false; pointer(true); }
  }, true);
  // The page's buttons and the canvas's context menu, here rather than in
  // onclick attributes: the page's Content-Security-Policy allows no inline script.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  document.getElementById('save-warning-hide').addEventListener('click', function () {
    document.getElementById('save-warning').hidden = true;
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.reload'), function (b) {
    b.addEventListener('click', function () { location.reload(); });
  });

  // Clicking the canvas must not take focus from the text proxy.
  canvas.addEventListener('mousedown', function (e) { e.preventDefault(); });

  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    show('gl-lost');
  });

  // No WebGL 2 at all: a clear message and no download for nothing. Otherwise app.wasm is
  // fetched and compiled, and IndexedDB opened, before the context is made: those go on in
  // other threads while making it holds this one (0.1–0.5 s in headless Chromium). A context
  // that still cannot be made (a blocklisted GPU) stops the download.
  if (typeof WebGL2RenderingContext === 'undefined') {
    show('no-webgl');
    return;
  }
  startWasm();
  openStorage();
  if (!hasWebGL2()) {
    if (wasmAbort) wasmAbort.abort();
    show('no-webgl');
    return;
  }
  function loadApp() {
    var script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = function () { show('load-error'); };
    document.body.appendChild(script);
  }

  // ---- One tab at a time owns the stored documents. Each tab keeps its own
  // copy of IndexedDB in memory and a flush (FS.syncfs(false)) writes the
  // whole copy back, deleting what another tab saved meanwhile. The first tab
  // holds a Web Lock for as long as it lives; a later tab says so, blocks
  // input, never flushes (Module.spegelnReadOnly) and reloads for the fresh
  // data when the first tab closes. Without Web Locks: as before. ----
  var LOCK = 'strategispegeln-lagring';
  var blocked = false;
  function blockInput(e) {
    // Keys reach the app through listeners on window; only the message's own button gets them.
    if (blocked && e.target !== document.getElementById('other-tab-reload')) {
      e.stopImmediatePropagation();
      if (e.type !== 'keyup') e.preventDefault();
    }
  }
  ['keydown', 'keypress', 'keyup', 'wheel', 'paste'].forEach(function (type) {
    window.addEventListener(type, blockInput, {capture: true, passive: false});
  });
  if (!(navigator.locks && navigator.locks.request)) {
    loadApp();
    return;
  }
  navigator.locks.request(LOCK, {ifAvailable: true}, function (lock) {
    if (lock) {
      takeOverThenLoad();
      return new Promise(function () {});  // held until the tab closes
    }
    Module.spegelnReadOnly = true;
    blocked = true;
    document.getElementById('other-tab').hidden = false;
    document.getElementById('other-tab-reload').focus();
    loadApp();  // shown behind the message; it may read but never saves
    navigator.locks.request(LOCK, function () {
      location.reload();  // the other tab closed: start again with what it saved
      return new Promise(function () {});
    });
    return undefined;
  }).catch(function (err) {
    console.warn('Strategispegeln: Web Locks failed', err);
    loadApp();
  });
}

// The static first screen (scripts/first_screen.py) is painted before the shell
// starts: its WebGL check blocks the main thread while the browser starts its
// GPU process, and nothing could be painted meanwhile (docs/performance.md).
(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    spegelnShell();
  }
  if (!document.getElementById('first-screen')) { start(); return; }
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 100);  // a tab opened in the background gets no animation frames
})();
