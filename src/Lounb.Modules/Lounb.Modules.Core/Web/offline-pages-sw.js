// Lounb Learning offline pages worker. One script, registered by each module for its own scope (/learn/ for lessons,
// /attempts/ for quiz attempts): pages a learner has opened in that scope stay readable offline.
// Pages: network first, the last good copy when the network fails; the network is asked with the kept copy's ETag,
// so an unchanged page costs a bodiless 304. Theme and module assets: cache first.
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
        // The page itself is taken from the browser's HTTP cache, which holds the copy the page just received
        // (lessons and attempts are "private, no-cache" with an ETag): no second download.
        const response = await fetch(url.href, { credentials: 'same-origin', cache: isScopePage(url) ? 'force-cache' : 'default' });
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
      const pages = await caches.open(PAGES);
      const cached = await pages.match(request);
      try {
        const etag = cached?.headers.get('ETag');
        if (!etag) {
          const response = await fetch(request);
          if (response.ok && !response.redirected) await pages.put(request, response.clone());
          return response;
        }
        // Revalidate the kept copy: 304 means it is still the page; anything else replaces it (a redirect, e.g. to
        // sign in, goes back to the browser as it is).
        const response = await fetch(url.href, {
          headers: { 'If-None-Match': etag, Accept: 'text/html' }, credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
        });
        if (response.status === 304) return cached;
        if (response.ok) await pages.put(request, response.clone());
        return response;
      } catch (error) {
        if (cached) return cached;
        throw error;
      }
    })());
  }
});
