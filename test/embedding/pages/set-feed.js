// Points each element with data-feed at the same server under the other host
// name (localhost ↔ 127.0.0.1), i.e. a different origin: a feed host. Runs as
// a classic script after the elements, before the widgets' module scripts.
(() => {
  const {protocol, hostname, port} = window.location;
  const other = hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  for (const el of document.querySelectorAll('[data-feed]')) {
    el.setAttribute('src', `${protocol}//${other}:${port}${el.dataset.feed}`);
  }
})();
