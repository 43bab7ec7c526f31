/**
 * Opens an embedding test page (test/embedding/pages/) in an <iframe> and
 * follows the reports its reporter.js posts: which widgets fired pdk-ready /
 * pdk-error, CSP violations, uncaught errors, warnings, requests. The pages use
 * the BUILT bundle from /dist/cdn/ (`npm test` builds before the browser tests).
 *
 * Waiting is always on a report, never a fixed delay; a wait that does not
 * come true in `timeout` ms fails with the page's last report in the message.
 */
import {expect} from '@open-wc/testing';

export interface WidgetOutcome {
  readonly tag: string;
  readonly id: string;
  readonly ready: number;
  readonly error: number;
  readonly lastError: string;
}

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly source: string;
}

export interface EmbedReport {
  readonly page: string;
  /** The page's load event has fired: all its scripts ran. */
  readonly loaded: boolean;
  /** The page has loaded (all its scripts ran) and every widget on it has fired pdk-ready or pdk-error. */
  readonly settled: boolean;
  readonly widgets: readonly WidgetOutcome[];
  readonly violations: readonly Violation[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly defined: Readonly<Record<string, boolean>>;
  /** Paths of the bundle files the page requested (/dist/cdn/…, /test/embedding/copies/…). */
  readonly scripts: readonly string[];
  /** URLs of the .json files (feeds) the page requested. */
  readonly feedRequests: readonly string[];
  readonly flush?: number;
}

export const PAGES = '/test/embedding/pages/';
const DEFAULT_TIMEOUT_MS = 20_000;
let flushes = 0;

export class EmbedPage {
  /** The latest report, or null before the first. */
  report: EmbedReport | null = null;
  private waiters: Array<() => void> = [];

  private constructor(readonly frame: HTMLIFrameElement) {
    window.addEventListener('message', this.handleMessage);
  }

  /** Opens `page` (a file in test/embedding/pages/, with an optional query) in a visible iframe. */
  static open(page: string, {width = 1000, height = 900} = {}): EmbedPage {
    const frame = document.createElement('iframe');
    frame.title = page;
    frame.width = String(width);
    frame.height = String(height);
    const embed = new EmbedPage(frame);
    frame.src = PAGES + page;
    document.body.append(frame);
    return embed;
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  get window(): Window {
    return this.frame.contentWindow!;
  }

  /** The element with this id inside the page. */
  el<T extends HTMLElement = HTMLElement>(id: string): T {
    const el = this.document.getElementById(id);
    if (!el) throw new Error(`#${id} is not on ${this.frame.src}`);
    return el as T;
  }

  widget(id: string): WidgetOutcome {
    const widget = this.report?.widgets.find((w) => w.id === id);
    if (!widget) throw new Error(`no report for #${id} on ${this.frame.src}`);
    return widget;
  }

  /** Resolves with the first report for which `test` holds. */
  waitFor(test: (report: EmbedReport) => boolean, what: string, timeout = DEFAULT_TIMEOUT_MS): Promise<EmbedReport> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.report && test(this.report)) {
          this.waiters = this.waiters.filter((w) => w !== check);
          clearTimeout(timer);
          resolve(this.report);
        }
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`${this.frame.src}: ${what} did not happen within ${timeout} ms. Last report: ${JSON.stringify(this.report)}`));
      }, timeout);
      this.waiters.push(check);
      check();
    });
  }

  /** Waits until the page has loaded and every widget on it has fired pdk-ready or pdk-error. */
  settled(timeout?: number): Promise<EmbedReport> {
    return this.waitFor((r) => r.settled, 'the page loading and every widget firing pdk-ready or pdk-error', timeout);
  }

  /** A report taken after a frame and a task, once what the test just did has had its effects. */
  flush(): Promise<EmbedReport> {
    const id = ++flushes;
    const report = this.waitFor((r) => r.flush === id, `flush #${id}`);
    this.window.postMessage({pdkEmbed: 'flush', id}, '*');
    return report;
  }

  close(): void {
    window.removeEventListener('message', this.handleMessage);
    this.frame.remove();
  }

  private handleMessage = (event: MessageEvent) => {
    if (event.source !== this.frame.contentWindow || event.data?.pdkEmbed !== 'report') return;
    this.report = event.data as EmbedReport;
    for (const waiter of [...this.waiters]) waiter();
  };
}

/** The shadow root of a widget in the page, once it has one. */
export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: it did not upgrade`);
  return el.shadowRoot;
}

/** Asserts that the widget's shadow root shows `text`, with a short message when it does not. */
export function expectShows(el: Element, text: string): void {
  const shown = shadowOf(el).textContent!.replace(/\s+/g, ' ');
  expect(shown.includes(text), `<${el.localName}> shows "${text}" (it shows "${shown.slice(0, 160)}…")`).to.be.true;
}

/** Whether a person can see `el`: laid out, with a size, not hidden by styles. */
export function isShown(el: Element | null | undefined): boolean {
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && el.checkVisibility({opacityProperty: true, visibilityProperty: true});
}

/** Whether a click at the centre of `el` lands on it (nothing covers it), once scrolled into view. */
export function isHittable(el: Element): boolean {
  // 'instant': Bootstrap sets scroll-behavior: smooth, which would still be scrolling here.
  el.scrollIntoView({block: 'center', behavior: 'instant'});
  const rect = el.getBoundingClientRect();
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit !== null && (hit === el || el.contains(hit));
}

/**
 * Opens the join form and an event's detail on the page (#join, #calendar),
 * the two parts that load on demand, and checks they arrived.
 */
export async function openJoinFormAndEvent(page: EmbedPage): Promise<void> {
  const join = page.el<HTMLElement & {updateComplete: Promise<boolean>}>('join');
  shadowOf(join).querySelector<HTMLElement>('[part~="button"]')!.click();
  await join.updateComplete;
  const dialog = shadowOf(join).querySelector('dialog')!;
  expect(dialog.open, 'the join dialog opened').to.be.true;
  expect(Boolean(dialog.querySelector('[part~="form"]')), 'the join form is shown').to.be.true;
  dialog.close();
  const calendar = page.el<HTMLElement & {updateComplete: Promise<boolean>}>('calendar');
  shadowOf(calendar).querySelector<HTMLElement>('button[part~="event"]')!.click();
  await calendar.updateComplete;
  const detail = shadowOf(calendar).querySelector<HTMLDialogElement>('dialog[part~="detail"]')!;
  expect(detail.open, 'the event detail opened').to.be.true;
  expect(Boolean(detail.querySelector('[part~="detail-title"]')), 'the event detail is shown').to.be.true;
  expect(Boolean(detail.querySelector('[aria-busy="true"], [part~="retry-button"]')), 'still loading, or failed').to.be.false;
  detail.close();
}
