/** Helpers for the join button's browser tests. */
import {waitUntil} from '@open-wc/testing';
import type {SinonStub} from 'sinon';
import type {PdkJoinButton} from '../../src/join-button/join-button.js';

export const ENDPOINT = 'https://forms.example.org/pdk/join';

export const shadow = (el: PdkJoinButton) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: PdkJoinButton, selector: string) => shadow(el).querySelector<T>(selector)!;
export const dialog = (el: PdkJoinButton) => $<HTMLDialogElement>(el, 'dialog');
export const field = <T extends Element = HTMLInputElement>(el: PdkJoinButton, name: string) => $<T>(el, `[name="${name}"]`);
export const active = (el: PdkJoinButton) => shadow(el).activeElement as HTMLElement | null;
export const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Opens the dialog with a click on the button, as a visitor does; `updateComplete` includes loading the form. */
export async function open(el: PdkJoinButton) {
  $<HTMLButtonElement>(el, '[part~="button"]').click();
  await el.updateComplete;
  await waitUntil(() => dialog(el).open && active(el), 'the dialog did not open');
}

/** Types into a field the way the browser reports it (an input event). */
export async function type(el: PdkJoinButton, name: string, value: string) {
  const input = field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

export async function tick(el: PdkJoinButton, name: string, value?: string) {
  const selector = value ? `[name="${name}"][value="${value}"]` : `[name="${name}"]`;
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}

export async function fillValid(el: PdkJoinButton) {
  await type(el, 'organisation', 'Fundacja Zielony Żoliborz');
  await type(el, 'category', 'ngo');
  await type(el, 'website', 'https://zielony.example.org');
  await type(el, 'contactPerson', 'Anna Łącka');
  await type(el, 'email', 'anna@zielony.example.org');
  await type(el, 'phone', '+48 22 123 45 67');
  await tick(el, 'areas', 'eco-transport');
  await tick(el, 'cooperation', 'joint-projects');
  await type(el, 'message', 'Chcemy współorganizować warsztaty.');
  await tick(el, 'consent');
}

/** Only the required fields: what a form without the feed's areas needs to be sent. */
export async function fillRequired(el: PdkJoinButton) {
  await type(el, 'organisation', 'Fundacja');
  await type(el, 'category', 'other');
  await type(el, 'contactPerson', 'Jan');
  await type(el, 'email', 'jan@example.org');
  await tick(el, 'consent');
}

export async function submit(el: PdkJoinButton) {
  $<HTMLButtonElement>(el, '[part~="submit"]').click();
  await el.updateComplete;
}

/** The fetch calls made to `url` (window.fetch is a sinon stub from stubFetch). */
export function requestsTo(url: string) {
  return (window.fetch as unknown as SinonStub).getCalls().filter((c) => String(c.args[0]) === url);
}

export function bodyOf(url: string, index = 0) {
  return JSON.parse(requestsTo(url)[index].args[1].body as string);
}
