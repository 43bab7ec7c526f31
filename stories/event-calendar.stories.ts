import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/event-calendar/pdk-event-calendar.js';
import '../src/partner-list/pdk-partner-list.js';
import {setEventDetailImporter} from '../src/event-calendar/load-event-detail.js';
import {MISSING_FEED, OWN_FEED, SAMPLE_FEED, SAMPLE_MONTH, emptyFeedUrl, hangingFeedUrl, largeFeedUrl} from './feeds.js';

interface Args {
  src: string;
  view: 'month' | 'list';
  month?: string;
  partner?: string;
  type?: string;
  area?: string;
  controls: boolean;
  limit?: number;
  past: boolean;
  follow: boolean;
  lang?: string;
  'heading-level'?: number;
  width?: string;
}

/** The element with the story's args (and the page's fallback content); also used by stories whose feed is made when they render. */
const renderCalendar = (args: Args, fallback: unknown = nothing) => html`<div style=${styleMap({maxWidth: args.width})}>
  <pdk-event-calendar
    src=${args.src}
    view=${args.view}
    month=${ifDefined(args.month)}
    partner=${ifDefined(args.partner)}
    type=${ifDefined(args.type)}
    area=${ifDefined(args.area)}
    ?controls=${args.controls}
    limit=${ifDefined(args.limit)}
    ?past=${args.past}
    ?follow=${args.follow}
    lang=${ifDefined(args.lang)}
    heading-level=${ifDefined(args['heading-level'])}
  >
    ${fallback}
  </pdk-event-calendar>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/pdk-event-calendar',
  component: 'pdk-event-calendar',
  tags: ['autodocs'],
  // The sample feed is built around December 2026; other months are a click away.
  args: {src: SAMPLE_FEED, view: 'month', month: SAMPLE_MONTH, controls: false, past: false, follow: false},
  argTypes: {
    view: {control: 'inline-radio', options: ['month', 'list']},
    limit: {control: 'number'},
  },
  // Not `render: renderCalendar`: Storybook's second argument, the story context, would be the fallback content.
  render: (args) => renderCalendar(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The month grid: Monday first, today marked, "+N więcej" on crowded days. Arrows, Home/End and PageUp/PageDown move; Enter opens. */
export const Month: Story = {};
/** Opens the month's first event, once the calendar has its data. */
async function openFirstEvent({canvasElement}: {canvasElement: HTMLElement}) {
  const el = canvasElement.querySelector('pdk-event-calendar')!;
  if (!el.shadowRoot?.querySelector('[part~="grid"]')) await new Promise((resolve) => el.addEventListener('pdk-ready', resolve, {once: true}));
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="event"]')!.click();
  await el.updateComplete;
}

/** An event opened (a click on it, or Enter on its day): its detail in a modal dialog, with "Dodaj do kalendarza". */
export const EventDetail: Story = {play: openFirstEvent};
/** The detail's code cannot be downloaded (say, the connection dropped): the dialog says so and offers a retry. */
export const DetailUnavailable: Story = {
  beforeEach: () => {
    setEventDetailImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    return () => setEventDetailImporter();
  },
  play: openFirstEvent,
};
/** Upcoming events grouped by day. */
export const List: Story = {args: {view: 'list', limit: 12}};
/** The list with ended events too. */
export const ListWithPast: Story = {args: {view: 'list', past: true}};
/** A partner's own calendar: only the events it organises. */
export const PartnersOwnCalendar: Story = {args: {partner: 'zielona-praga'}};
/** Preset filters: workshops and debates on eco-friendly transport. */
export const Presets: Story = {args: {type: 'workshop,debate', area: 'eco-transport', controls: true}};
/** Type, theme and online / in-person filters, the view switch, and the announced count. */
export const Controls: Story = {args: {controls: true}};
/** Follows the partner list beside it: click a partner's event count to see that partner's events. */
export const Follow: Story = {
  args: {follow: true},
  render: (args) => html`${renderCalendar(args)}
    <h2>Partnerzy</h2>
    <pdk-partner-list src=${args.src} limit="8"></pdk-partner-list>`,
};
export const English: Story = {args: {lang: 'en', controls: true}};
/** In a page section under an h2: the month's heading is level 3 (heading-level), the days of its list level 4. */
export const HeadingLevel: Story = {args: {'heading-level': 3}};
/** A 320 px container: the month reads as a list of its days with events. */
export const Narrow: Story = {args: {width: '320px'}};
/** A month without events says when the next one is. */
export const EmptyMonth: Story = {args: {month: '2026-09'}};
/** A feed without events. */
export const Empty: Story = {
  parameters: OWN_FEED,
  render: (args) => renderCalendar({...args, src: emptyFeedUrl()}),
};
/** A feed that never answers: the placeholder (after 10 s the element gives up: error). */
export const Loading: Story = {
  parameters: OWN_FEED,
  render: (args) => renderCalendar({...args, src: hangingFeedUrl()}),
};
/** The feed cannot be loaded: a message, a retry button and the page's own fallback content. */
export const FeedFails: Story = {
  args: {src: MISSING_FEED},
  render: (args) => renderCalendar(args, html`<p>Zobacz kalendarz wydarzeń na stronie miasta.</p>`),
};
/** 5,000 generated events (served from a blob: URL): the month still renders and turns at once. */
export const FiveThousandEvents: Story = {
  args: {controls: true},
  parameters: OWN_FEED,
  render: (args) => renderCalendar({...args, src: largeFeedUrl({partners: 1000, events: 5000, seed: 3})}),
};
/** The list view of the same 5,000 events with past ones: 100 at a time, opening at today, with "Pokaż wcześniejsze" and "Pokaż więcej". */
export const FiveThousandEventsList: Story = {
  args: {view: 'list', past: true},
  parameters: OWN_FEED,
  render: (args) => renderCalendar({...args, src: largeFeedUrl({partners: 1000, events: 5000, seed: 3})}),
};
