/**
 * Which feed an element reads: its `src`, else the page-wide
 * `<meta name="pdk-feed" content="URL">`, resolved against the page's base URL
 * so that "feed.json" and "./feed.json" share one request.
 */
export function resolveFeedUrl(src: string | null | undefined, doc: Document = document): string {
  const raw = src?.trim() || doc.querySelector<HTMLMetaElement>('meta[name="pdk-feed"]')?.content.trim() || '';
  if (!raw) return '';
  try {
    return new URL(raw, doc.baseURI).href;
  } catch {
    return raw;
  }
}
