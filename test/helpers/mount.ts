/**
 * Mounts a template and waits for an event from its first element, with the
 * listener attached before the element connects: `pdk-ready` can fire before
 * `fixture()` resolves, so listening afterwards would race.
 */
import {fixture, html, oneEvent} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';

export async function mountUntil<T extends HTMLElement = HTMLElement>(
  template: TemplateResult,
  eventName: string,
): Promise<{el: T; event: CustomEvent}> {
  const detached = document.createElement('div');
  render(template, detached);
  const el = detached.firstElementChild as T;
  const event = oneEvent(el, eventName) as Promise<CustomEvent>;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(...detached.childNodes);
  return {el, event: await event};
}
