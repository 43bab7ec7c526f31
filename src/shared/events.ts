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

declare global {
  interface HTMLElementEventMap {
    'pdk-ready': CustomEvent<void>;
    'pdk-error': CustomEvent<PdkErrorDetail>;
    'pdk-partner-select': CustomEvent<PdkIdDetail>;
    'pdk-event-select': CustomEvent<PdkIdDetail>;
    /** Cancelable; `detail` is the JSON the join form sends. */
    'pdk-join-submit': CustomEvent<JoinData>;
    'pdk-join-success': CustomEvent<JoinData>;
    'pdk-join-error': CustomEvent<PdkErrorDetail>;
  }
  interface DocumentEventMap {
    'pdk-partner-select': CustomEvent<PdkIdDetail>;
  }
}

/** Dispatches a SPEC event from `host`; returns false when a cancelable one was cancelled. */
export function emit<T>(host: HTMLElement, type: string, detail?: T, cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true, cancelable}));
}
