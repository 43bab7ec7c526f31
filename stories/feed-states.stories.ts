/**
 * What all three widgets do with a bad feed, side by side: the error state
 * for a file that is not JSON and for a feed of another major version, and
 * the last good copy (with its age) when a feed that worked before fails.
 * The elements' own stories show loading, empty and a missing file.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/partner-list/pdk-partner-list.js';
import '../src/event-calendar/pdk-event-calendar.js';
import '../src/join-button/pdk-join-button.js';
import {NOT_JSON_FEED, SAMPLE_MONTH, WRONG_VERSION_FEED, staleFeedUrl} from './feeds.js';

interface Args {
  src: string;
}

function renderAll(src: string) {
  return html`<pdk-join-button src=${src}></pdk-join-button>
    <pdk-event-calendar src=${src} month=${SAMPLE_MONTH} view="list" past limit="4">
      <p><a href="https://um.warszawa.pl">Kalendarz wydarzeń Partnerstwa dla Klimatu</a></p>
    </pdk-event-calendar>
    <pdk-partner-list src=${src} limit="4">
      <p><a href="https://um.warszawa.pl">Lista partnerów Partnerstwa dla Klimatu</a></p>
    </pdk-partner-list>`;
}

const meta: Meta<Args> = {
  title: 'Feed states',
  render: ({src}) => renderAll(src),
};
export default meta;

/** The feed URL answers with an HTML error page: the error state, a retry button and the page's fallback content. */
export const NotJson: StoryObj<Args> = {name: 'Not JSON', args: {src: NOT_JSON_FEED}};
/** A feed of version 2, which this version cannot read: the error state, not a guess. */
export const OtherVersion: StoryObj<Args> = {name: 'Another feed version', args: {src: WRONG_VERSION_FEED}};
/** The feed fails now but was read 3 hours ago: that copy, with a notice saying how old it is. */
export const SavedCopy: StoryObj<Args> = {
  name: 'Saved copy (stale)',
  loaders: [async () => ({src: await staleFeedUrl()})],
  render: (_args, {loaded}) => renderAll(loaded.src as string),
};
