// Reports what happens on an embedding test page to the test that opened it
// in an <iframe> (its parent), by postMessage. A classic external script, first
// in <head>: it runs before the widgets' module scripts, and CSP pages allow it
// (script-src 'self', no inline code).
//
// A report: every pdk-* element with how many times it fired pdk-ready and
// pdk-error, Content-Security-Policy violations, uncaught errors, console
// warnings, which tags are defined, and the bundle and feed requests made.
// One is posted on every change; the parent can also ask for one after its
// own actions ({pdkEmbed: 'flush', id}), answered after a frame and a task so
// that violations those actions caused have been dispatched.
(() => {
  const TAGS = ['pdk-partner-list', 'pdk-event-calendar', 'pdk-join-button'];
  const outcomes = new Map();
  const violations = [];
  const errors = [];
  const warnings = [];

  const outcomeOf = (el) => {
    if (!outcomes.has(el)) outcomes.set(el, {ready: 0, error: 0, lastError: ''});
    return outcomes.get(el);
  };

  const path = (url) => {
    const u = new URL(url, document.baseURI);
    return u.origin === window.location.origin ? u.pathname + u.search : u.href;
  };

  function snapshot(extra) {
    const widgets = [...document.querySelectorAll(TAGS.join(','))].map((el, index) => ({
      tag: el.localName,
      id: el.id || `${el.localName}#${index}`,
      ...outcomeOf(el),
    }));
    const resources = performance.getEntriesByType('resource').map((e) => path(e.name));
    return {
      pdkEmbed: 'report',
      page: window.location.pathname.split('/').pop(),
      loaded: document.readyState === 'complete',
      // Loaded too: every module script of the page has run (a later copy may still warn).
      settled: document.readyState === 'complete' && widgets.length > 0 && widgets.every((w) => w.ready + w.error > 0),
      widgets,
      violations: [...violations],
      errors: [...errors],
      warnings: [...warnings],
      defined: Object.fromEntries(TAGS.map((tag) => [tag, Boolean(window.customElements.get(tag))])),
      scripts: resources.filter((r) => r.includes('/dist/cdn/') || r.includes('/copies/')),
      feedRequests: resources.filter((r) => r.includes('.json')),
      ...extra,
    };
  }

  const post = (extra) => window.parent.postMessage(snapshot(extra), '*');

  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push({directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}`});
    post();
  });
  window.addEventListener('error', (e) => {
    errors.push(String(e.error?.stack ?? e.message));
    post();
  });
  window.addEventListener('unhandledrejection', (e) => {
    errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`);
    post();
  });
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  // The events are composed and bubble: one listener on the document hears every widget.
  document.addEventListener('pdk-ready', (e) => {
    outcomeOf(e.target).ready += 1;
    post();
  });
  document.addEventListener('pdk-error', (e) => {
    const outcome = outcomeOf(e.target);
    outcome.error += 1;
    outcome.lastError = e.detail?.message ?? '';
    post();
  });
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || e.data?.pdkEmbed !== 'flush') return;
    requestAnimationFrame(() => setTimeout(() => post({flush: e.data.id})));
  });
  // On load, whatever else happened: the page may have settled before it finished loading.
  window.addEventListener('load', () => post());
})();
