const META = 'meta[name="pdk-feed"]';

/**
 * Which feed an element reads: its `src`, else the page-wide
 * `<meta name="pdk-feed" content="URL">`, resolved against the page's base URL
 * so that "feed.json" and "./feed.json" share one request.
 */
export function resolveFeedUrl(src: string | null | undefined, doc: Document = document): string {
  const raw = src?.trim() || doc.querySelector<HTMLMetaElement>(META)?.content.trim() || '';
  if (!raw) return '';
  try {
    return new URL(raw, doc.baseURI).href;
  } catch {
    return raw;
  }
}

/** Elements with neither `src` nor a meta, told when a meta arrives. */
const waiting = new Set<{requestUpdate(): void}>();
let metaObserver: MutationObserver | undefined;

const isMeta = (node: Node) => node instanceof HTMLMetaElement && node.name === 'pdk-feed';

/** Whether a mutation added a feed meta, or changed one. */
const addsMeta = (record: MutationRecord) =>
  isMeta(record.target) || [...record.addedNodes].some((node) => isMeta(node) || (node instanceof Element && node.querySelector(META) !== null));

/**
 * Renders `host` again once a `<meta name="pdk-feed">` is added or changed:
 * a tag manager, or a CMS block that runs late, may add it after the
 * elements have looked for it. The page is observed only while an element
 * waits; only added metas and their attributes are looked at.
 */
export function waitForFeedMeta(host: {requestUpdate(): void}): void {
  waiting.add(host);
  if (metaObserver) return;
  metaObserver = new MutationObserver((records) => {
    if (!records.some(addsMeta)) return;
    const hosts = [...waiting];
    stopWaiting();
    hosts.forEach((h) => h.requestUpdate());
  });
  metaObserver.observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name']});
}

/** `host` no longer waits (it left the page, or has a feed); without it, nobody may. */
export function stopWaitingForFeedMeta(host: {requestUpdate(): void}): void {
  waiting.delete(host);
  if (!waiting.size) stopWaiting();
}

function stopWaiting() {
  waiting.clear();
  metaObserver?.disconnect();
  metaObserver = undefined;
}
