import type {JoinData} from '../join-button/join-data.js';

/**
 * The events of SPEC, typed once. All bubble and are composed, so a page can
 * listen on `document` even when a widget sits in someone else's shadow root.
 */
export interface PdkErrorDetail {
  /** What went wrong, in English, for logs and analytics. */
  readonly message: string;
}
export interface PdkIdDetail {
  readonly id: string;
}

/** Each SPEC event and its `detail`. */
export interface PdkEventMap {
  'pdk-ready': CustomEvent<void>;
  'pdk-error': CustomEvent<PdkErrorDetail>;
  'pdk-partner-select': CustomEvent<PdkIdDetail>;
  'pdk-event-select': CustomEvent<PdkIdDetail>;
  /** Cancelable; `detail` is the JSON the join form sends. */
  'pdk-join-submit': CustomEvent<JoinData>;
  'pdk-join-success': CustomEvent<JoinData>;
  'pdk-join-error': CustomEvent<PdkErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the map is merged in, not redeclared
  interface HTMLElementEventMap extends PdkEventMap {}
  interface DocumentEventMap {
    'pdk-partner-select': CustomEvent<PdkIdDetail>;
  }
}

type DetailOf<K extends keyof PdkEventMap> = PdkEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a SPEC event from `host`; returns false when a cancelable one was cancelled. */
export function emit<K extends keyof PdkEventMap>(
  host: HTMLElement,
  ...[type, detail, cancelable = false]: DetailOf<K> extends void ? [type: K] : [type: K, detail: DetailOf<K>, cancelable?: boolean]
): boolean {
  return host.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
}
