/**
 * Registers a custom element once. A page that loads our script twice, or two
 * versions of it, must get no error (`customElements.define` throws on a
 * second call). Versions are compared rather than classes: two bundles of the
 * same version hold different classes of the same code.
 */
export const VERSION = '0.1.0';

export function defineOnce(tag: string, ctor: CustomElementConstructor & {version?: string}): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & {version?: string}) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.version !== ctor.version) {
    console.warn(
      `pdk-widgets: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; version ${ctor.version} is not used. Load one copy of pdk-widgets per page.`,
    );
  }
}
