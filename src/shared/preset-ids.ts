/**
 * The ids of a preset attribute (`category`, `area`, `type`, `partner`):
 * comma-separated, in the order given, each once. An id the feed does not
 * know filters everything out, so it gets a console warning that names it:
 * the editor who typed it in a CMS should learn why the widget is empty.
 */
export function parseIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
}

/** How many known ids a warning lists. */
const LISTED = 12;

export function warnUnknownIds(host: Element, attribute: string, ids: readonly string[], known: readonly string[]): void {
  const knownIds = new Set(known);
  const unknown = ids.filter((id) => !knownIds.has(id));
  if (!unknown.length) return;
  const listed = known.slice(0, LISTED).join(', ') + (known.length > LISTED ? ', …' : '');
  console.warn(
    `pdk-widgets: <${host.localName} ${attribute}>: the feed has no ${attribute} ${unknown.map((id) => `"${id}"`).join(', ')}, so nothing matches it. Known: ${listed || 'none'}.`,
  );
}
