import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/join-button/pdk-join-button.js';
import type {PdkJoinButton} from '../src/join-button/join-button.js';
import {formLoader, resetJoinFormLoad} from '../src/join-button/load-join-form.js';
import {mailer} from '../src/join-button/mail.js';
import {SAMPLE_FEED} from './feeds.js';

/**
 * Stories never call the internet: these endpoint URLs are answered in the
 * browser (installed for the join-button stories only, and removed after
 * each), and the e-mail program is not opened, only the e-mail panel shown.
 */
const ENDPOINT = {
  ok: 'https://join.example.invalid/ok',
  hang: 'https://join.example.invalid/hang',
  fail: 'https://join.example.invalid/fail',
};

function stubEndpoints() {
  const realFetch = window.fetch;
  const realOpen = mailer.open;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('https://join.example.invalid/')) return realFetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), {once: true});
      if (url === ENDPOINT.hang) return;
      setTimeout(() => resolve(new Response('{}', {status: url === ENDPOINT.ok ? 200 : 500})), 600);
    });
  };
  mailer.open = (url) => console.info('pdk-join-button story: would open', url.slice(0, 80), '…');
  return () => {
    window.fetch = realFetch;
    mailer.open = realOpen;
  };
}

async function element(canvas: HTMLElement): Promise<PdkJoinButton> {
  const el = canvas.querySelector('pdk-join-button')!;
  await el.updateComplete;
  return el;
}

async function openDialog(canvas: HTMLElement) {
  const el = await element(canvas);
  await el.show();
  return el;
}

async function fill(el: PdkJoinButton, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }
  await el.updateComplete;
}

/** Fills in a valid form and sends it. */
async function fillAndSend(canvas: HTMLElement) {
  const el = await openDialog(canvas);
  await fill(el, {
    organisation: 'Fundacja Zielony Żoliborz',
    category: 'ngo',
    website: 'https://zielony.example.org',
    contactPerson: 'Anna Łącka',
    email: 'anna@zielony.example.org',
    message: 'Chcemy współorganizować warsztaty o transporcie.',
  });
  el.shadowRoot!.querySelector<HTMLInputElement>('[name="consent"]')!.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
}

const meta: Meta = {
  title: 'Elements/pdk-join-button',
  component: 'pdk-join-button',
  tags: ['autodocs'],
  args: {src: SAMPLE_FEED, action: ENDPOINT.ok, email: ''},
  beforeEach: stubEndpoints,
  render: ({src, action, email, lang}) =>
    html`<pdk-join-button src=${src} action=${action} email=${email} lang=${ifDefined(lang)}></pdk-join-button>`,
};
export default meta;

type Story = StoryObj;

/** The closed state: just the button. Its label is the element's content, when there is any. */
export const Closed: Story = {};

export const CustomLabel: Story = {
  render: ({src, action, email, lang}) =>
    html`<pdk-join-button src=${src} action=${action} email=${email} lang=${ifDefined(lang)}>Zgłoś swoją organizację</pdk-join-button>`,
};

export const Open: Story = {
  play: async ({canvasElement}) => {
    await openDialog(canvasElement);
  },
};

export const FilledWithErrors: Story = {
  play: async ({canvasElement}) => {
    const el = await openDialog(canvasElement);
    await fill(el, {organisation: 'Fundacja Zielony Żoliborz', website: 'zielony.example.org', email: 'anna@'});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  },
};

/** The endpoint never answers: the pending state (after 15 seconds it ends in the timeout message). */
export const Sending: Story = {
  args: {action: ENDPOINT.hang},
  play: async ({canvasElement}) => fillAndSend(canvasElement),
};

export const Success: Story = {
  play: async ({canvasElement}) => fillAndSend(canvasElement),
};

/** The endpoint answers 500: the message, the retry button, and everything typed kept. */
export const Failure: Story = {
  args: {action: ENDPOINT.fail},
  play: async ({canvasElement}) => fillAndSend(canvasElement),
};

export const English: Story = {
  args: {lang: 'en'},
  play: async ({canvasElement}) => {
    await openDialog(canvasElement);
  },
};

/** No endpoint (the sample feed has `join.action: null`): an e-mail to `join.email`, and its text to copy. */
export const NoEndpoint: Story = {
  args: {action: ''},
  play: async ({canvasElement}) => fillAndSend(canvasElement),
};

/** The form's code cannot be downloaded (say, the connection dropped): the dialog says so, names the address to write to, and offers a retry. */
export const FormUnavailable: Story = {
  beforeEach: () => {
    const realLoad = formLoader.load;
    formLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    resetJoinFormLoad();
    return () => {
      formLoader.load = realLoad;
      resetJoinFormLoad();
    };
  },
  play: async ({canvasElement}) => {
    await openDialog(canvasElement);
  },
};
