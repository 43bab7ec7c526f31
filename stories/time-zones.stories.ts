/**
 * Time zones. A page cannot change the visitor's time zone (the browser
 * decides it), so there is no toolbar switch for it. What this story shows
 * instead is the rule behind it: every widget shows days and hours in the
 * feed's `timezone`, whatever the visitor's zone. The control rewrites the
 * sample feed's zone (event times keep their offsets) so the effect of the
 * feed's zone is visible; the browser tests prove the other half by running
 * Chromium in America/Los_Angeles.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/event-calendar/pdk-event-calendar.js';
import {SAMPLE_MONTH, zonedFeedUrl} from './feeds.js';

interface Args {
  feedZone: string;
}

const TEXT = {
  pl: {
    visitor: 'Strefa czasowa tej przeglądarki',
    feed: 'Strefa czasowa kanału (feed)',
    rule: 'Widżety pokazują dni i godziny zawsze w strefie kanału, niezależnie od strefy odwiedzającego. Wydarzenie o 18:00 w Warszawie jest o 18:00 także dla kogoś, kto czyta stronę w Los Angeles. Zmień strefę kanału w panelu Controls, aby zobaczyć, że to ona decyduje.',
  },
  en: {
    visitor: 'This browser’s time zone',
    feed: 'The feed’s time zone',
    rule: 'The widgets always show days and hours in the feed’s zone, whatever the visitor’s zone. An event at 18:00 in Warsaw is at 18:00 for someone reading the page in Los Angeles too. Change the feed’s zone in the Controls panel to see that it is the one that decides.',
  },
};

const meta: Meta<Args> = {
  title: 'Time zones',
  argTypes: {
    feedZone: {
      name: 'Feed time zone',
      description: 'The sample feed’s `timezone`, rewritten in the browser (event times keep their offsets).',
      control: 'select',
      options: ['Europe/Warsaw', 'Europe/London', 'America/Los_Angeles', 'Asia/Tokyo'],
    },
  },
  args: {feedZone: 'Europe/Warsaw'},
  loaders: [async ({args}) => ({src: await zonedFeedUrl(args.feedZone)})],
};
export default meta;

/** The days shown come from the feed's zone; the visitor's own zone changes nothing. */
export const VisitorZoneDoesNotMatter: StoryObj<Args> = {
  name: 'Visitor zone does not matter',
  render: ({feedZone}, {loaded, globals}) => {
    const t = globals.lang === 'en' ? TEXT.en : TEXT.pl;
    return html`<p>${t.rule}</p>
      <dl>
        <dt>${t.visitor}</dt>
        <dd>${Intl.DateTimeFormat().resolvedOptions().timeZone}</dd>
        <dt>${t.feed}</dt>
        <dd>${feedZone}</dd>
      </dl>
      <pdk-event-calendar src=${loaded.src as string} month=${SAMPLE_MONTH}></pdk-event-calendar>`;
  },
};
