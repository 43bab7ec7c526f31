// The three widgets on one page, as a partner's site has them (in the HTML,
// upgraded when the bundle loads): the layout shift (CLS) from navigation
// until every widget is ready plus two frames, and how many times the feed
// was requested (SPEC: one request for all widgets naming the same URL).
// A classic script after the elements and before the bundle's module script.
(() => {
  const feedUrl = new URL(new URLSearchParams(window.location.search).get('feed'), document.baseURI).href;
  const widgets = [...document.querySelectorAll('pdk-join-button, pdk-event-calendar, pdk-partner-list')];
  for (const el of widgets) el.setAttribute('src', feedUrl);

  let cls = 0;
  // What moved, by element (a node inside a widget counts as its widget), to find where a shift comes from.
  const moved = {};
  const nameOf = (node) => {
    const host = node?.getRootNode?.().host;
    return host ? host.localName : (node?.localName ?? node?.nodeName ?? 'unknown');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      cls += entry.value;
      for (const source of entry.sources ?? []) {
        const name = nameOf(source.node);
        moved[name] = (moved[name] ?? 0) + entry.value / entry.sources.length;
      }
    }
  }).observe({type: 'layout-shift', buffered: true});

  let finish;
  window.benchDone = new Promise((resolve) => (finish = resolve));
  const ready = new Set();
  const frame = (then) => requestAnimationFrame(() => then());
  document.addEventListener('pdk-ready', (e) => {
    ready.add(e.target);
    if (ready.size !== widgets.length) return;
    const sinceStart = performance.now();
    frame(() =>
      frame(() => {
        const feedRequests = performance.getEntriesByType('resource').filter((r) => r.name === feedUrl).length;
        finish({ok: true, cls, feedRequests, allReady: sinceStart, moved});
      }),
    );
  });
  document.addEventListener('pdk-error', (e) => {
    finish({ok: false, error: `pdk-error from <${e.target.localName}>: ${e.detail?.message}`});
  });
})();
