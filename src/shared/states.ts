/**
 * Templates for the states every element shares. The error state slots the
 * page's own fallback content (whatever it put inside the element).
 */
import {html, nothing} from 'lit';
import type {FeedError} from '../feed/feed-error.js';
import type {FeedResult} from '../feed/load-feed.js';
import type {LocalizeController} from '../i18n/localize.js';

/** A placeholder about the size of the content, so nothing jumps when it arrives. */
export function renderLoading(localize: LocalizeController, lines = 4, className = '') {
  // Focusable from script only: focus waits here when what had it went (a retry button, a dialog).
  return html`<div class="state loading ${className}" part="loading" role="status" aria-busy="true" tabindex="-1">
    <span class="visually-hidden">${localize.shared.loading}</span>
    <div class="skeleton" aria-hidden="true">${Array.from({length: lines}, () => html`<span></span>`)}</div>
  </div>`;
}

export function renderError(localize: LocalizeController, error: FeedError, onRetry: () => void) {
  const t = localize.shared;
  // A fetch that fails online is the feed host's problem (down, or no CORS header), not the
  // visitor's connection: only a browser that knows it is offline is told to check it.
  const kind = error.kind === 'network' && !navigator.onLine ? 'offline' : error.kind;
  return html`<div class="state error" part="error" role="alert">
      <p class="title">${t.errorTitle}</p>
      <p>${t.error[kind]}</p>
      <button class="button" part="retry-button" type="button" @click=${onRetry}>${t.retry}</button>
    </div>
    <slot></slot>`;
}

export function renderEmpty(localize: LocalizeController, message = localize.shared.empty) {
  return html`<p class="state empty" part="empty" role="status">${message}</p>`;
}

/**
 * The banner over data served from the last good copy, with a retry: the
 * live feed may be back (the element also tries by itself when the browser
 * comes back online, or another element on the page loaded it).
 */
export function renderStale(localize: LocalizeController, result: FeedResult, onRetry: () => void) {
  if (!result.stale) return nothing;
  const t = localize.shared;
  return html`<div class="stale" part="stale">
    <p role="status">${t.stale(localize.age(result.stale.savedAt))}</p>
    <button class="button small" part="retry-button" type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}
