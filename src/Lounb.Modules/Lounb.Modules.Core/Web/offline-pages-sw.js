// Lounb Learning offline pages worker. One script, registered by each module for its own scope (/learn/ for lessons,
// /attempts/ for quiz attempts): pages a learner has opened in that scope stay readable offline.
// Pages: network first, the last good copy when the network fails. Theme and module assets: cache first.
const SCOPE_PATH = new URL(self.registration.scope).pathname;
const PAGES = `lounb-pages-v1:${SCOPE_PATH}`;
const ASSETS = 'lounb-assets-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Drop caches of older versions of this worker (another scope's pages belong to another worker).
    for (const name of await caches.keys()) {
      if (name === 'lounb-lessons-v1') await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

const isAsset = (url) => url.pathname.startsWith('/_content/') || url.pathname.startsWith('/js/');
const isScopePage = (url) => url.pathname.startsWith(SCOPE_PATH) && url.pathname !== `${SCOPE_PATH}sw.js`;

// A page opened before this worker controlled it asks to be kept, with its styles and scripts (see lesson.js).
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  event.waitUntil((async () => {
    for (const href of event.data.urls) {
      const url = new URL(href, self.location.origin);
      if (url.origin !== self.location.origin || !(isAsset(url) || isScopePage(url))) continue;
      const cache = await caches.open(isAsset(url) ? ASSETS : PAGES);
      if (isAsset(url) && await cache.match(url.href)) continue;
      try {
        const response = await fetch(url.href, { credentials: 'same-origin' });
        if (response.ok && !response.redirected) await cache.put(url.href, response);
      } catch {
        // The connection went away meanwhile: nothing to keep this time.
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (isAsset(url)) {
    event.respondWith((async () => {
      const cached = await caches.match(request);
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
      return response;
    })());
    return;
  }

  if (request.mode === 'navigate' && isScopePage(url)) {
    event.respondWith((async () => {
      try {
        const response = await fetch(request);
        if (response.ok && !response.redirected) (await caches.open(PAGES)).put(request, response.clone());
        return response;
      } catch (error) {
        const cached = await caches.match(request);
        if (cached) return cached;
        throw error;
      }
    })());
  }
});
