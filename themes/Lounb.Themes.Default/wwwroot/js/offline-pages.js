// Registers the offline-pages service worker of one scope (served by Core's OfflinePagesWorker at `${scope}sw.js`),
// so that pages under that scope a learner has opened stay readable without a connection.
export function keepPagesOffline(scope) {
  if (!('serviceWorker' in navigator)) return;
  // The page that registers the worker was loaded before the worker existed, so the worker never saw it: without
  // this, the first page a learner opens (and the theme's styles) would not be readable offline.
  const controlledAtLoad = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.register(`${scope}sw.js`, { scope })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (controlledAtLoad || !registration.active) return;
      const assets = [...document.querySelectorAll('link[rel="stylesheet"][href], script[src]')].map((e) => e.href || e.src);
      // This module is imported, not a <script>: it names itself so that it is kept too.
      registration.active.postMessage({ type: 'keep', urls: [location.href, import.meta.url, ...assets] });
    })
    .catch(() => {});
}
