// sw.js — the service worker that lets the app start with no network after the
// first visit (docs/offline.md). The build (scripts/service_worker.py) fills in
// FILES: every file of the site with its content hash; the cache's name is a
// hash over them all, so a new build is a new cache and this file's bytes change,
// which is how the browser notices an update.
//
// - Install: fetch every file (from the network, past the HTTP cache), check its
//   hash and keep it. One file that is missing or not what the list says (a site
//   half-way through an upload) and the install fails: the old version stays.
// - Waiting: a new version does not take over a running app. It waits until no
//   page of the app is open, or until the shell asks it to at a (re)start, before
//   the app is loaded (shell.js, "take-over").
// - Activate: delete this app's older caches. IndexedDB (the saved assessments)
//   is never touched.
// - Fetch: the site's own files from the cache, cache first; a page load gets
//   index.html. Nothing else is fetched or stored: other requests go on as if
//   there were no worker.
'use strict';

const FILES = {/* FILES */};
const VERSION = '/* VERSION */';
const PREFIX = 'spegeln-';
const CACHE = PREFIX + VERSION;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchChecked(file, sha256) {
  const response = await fetch(new URL(file, self.registration.scope), {cache: 'no-cache', credentials: 'same-origin'});
  if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
  const body = await response.arrayBuffer();
  if (hex(await crypto.subtle.digest('SHA-256', body)) !== sha256) throw new Error(file + ': not the listed content');
  // The bytes as read (no Content-Encoding), with their own length: shell.js counts them for the
  // progress bar, and app.wasm must stay application/wasm for streaming compilation.
  return new Response(body, {headers: {
    'Content-Type': response.headers.get('Content-Type') || 'application/octet-stream',
    'Content-Length': String(body.byteLength),
  }});
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const entries = await Promise.all(Object.keys(FILES).map(async (f) => [f, await fetchChecked(f, FILES[f])]));
    const cache = await caches.open(CACHE);
    await Promise.all(entries.map(([f, r]) => cache.put(new URL(f, self.registration.scope), r)));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const file = request.mode === 'navigate' ? 'index.html' : url.pathname.slice(scope.pathname.length);
  if (!(file in FILES)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(new URL(file, scope));
    return hit || fetch(request);
  })());
});
