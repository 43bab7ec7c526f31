import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/partner-list/pdk-partner-list.js';
import {MISSING_FEED, OWN_FEED, SAMPLE_FEED, emptyFeedUrl, hangingFeedUrl, largeFeedUrl, longDescriptionsFeedUrl} from './feeds.js';

interface Args {
  src: string;
  layout: 'grid' | 'list' | 'logos';
  category?: string;
  area?: string;
  controls: boolean;
  limit?: number;
  lang?: string;
  'heading-level'?: number;
  width?: string;
}

/** The element with the story's args (and the page's fallback content); also used by stories whose feed is made when they render. */
const renderList = (args: Args, fallback: unknown = nothing) => html`<div style=${styleMap({maxWidth: args.width})}>
  <pdk-partner-list
    src=${args.src}
    layout=${args.layout}
    category=${ifDefined(args.category)}
    area=${ifDefined(args.area)}
    ?controls=${args.controls}
    limit=${ifDefined(args.limit)}
    lang=${ifDefined(args.lang)}
    heading-level=${ifDefined(args['heading-level'])}
  >
    ${fallback}
  </pdk-partner-list>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/pdk-partner-list',
  component: 'pdk-partner-list',
  tags: ['autodocs'],
  args: {src: SAMPLE_FEED, layout: 'grid', controls: false},
  argTypes: {
    layout: {control: 'inline-radio', options: ['grid', 'list', 'logos']},
    limit: {control: 'number'},
  },
  // Not `render: renderList`: Storybook's second argument, the story context, would be the fallback content.
  render: (args) => renderList(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Cards: logo (or monogram), linked name, category, area tags and the count of upcoming events. */
export const Grid: Story = {};
/** Adds each partner's description and the year it joined. */
export const List: Story = {args: {layout: 'list'}};
/** Descriptions over 320 characters show their opening and a "Pokaż cały opis" button. */
export const LongDescriptions: Story = {
  args: {layout: 'list'},
  parameters: OWN_FEED,
  loaders: [async () => ({src: await longDescriptionsFeedUrl()})],
  render: (args, {loaded}) => renderList({...args, src: loaded.src as string}),
};
/** A logo wall for a footer; names are the alt text and tooltips. */
export const Logos: Story = {args: {layout: 'logos'}};
/** A 280 px sidebar: the grid becomes one column. */
export const Sidebar: Story = {args: {width: '280px', limit: 4}};
/** Search box, category and area filters, and the count of matches. */
export const Controls: Story = {args: {controls: true}};
/** Preset filters: NGOs and schools working on an ecological lifestyle; the controls start there. */
export const Presets: Story = {args: {controls: true, category: 'ngo,education', area: 'eco-lifestyle'}};
/** Shows six, then "Pokaż więcej". */
export const Limit: Story = {args: {limit: 6}};
export const English: Story = {args: {lang: 'en', layout: 'list', controls: true}};
/** Under a page's h1 with no h2 between: the partners' names are level 2 (heading-level), not the default 3. */
export const HeadingLevel: Story = {args: {'heading-level': 2}};
/** Filters that match nobody: the empty result offers to clear them. */
export const NoResults: Story = {args: {controls: true, category: 'government', area: 'eco-lifestyle'}};
/** A feed without partners. */
export const Empty: Story = {
  parameters: OWN_FEED,
  render: (args) => renderList({...args, src: emptyFeedUrl()}),
};
/** A feed that never answers: the placeholder, the size of the content (after 10 s the element gives up: error). */
export const Loading: Story = {
  parameters: OWN_FEED,
  render: (args) => renderList({...args, src: hangingFeedUrl()}),
};
/** The feed cannot be loaded: a message, a retry button and the page's own fallback content. */
export const FeedFails: Story = {
  args: {src: MISSING_FEED},
  render: (args) => renderList(args, html`<p>Zobacz listę partnerów na stronie miasta.</p>`),
};
/** 1,000 generated partners, all shown, with search and filters. */
export const ThousandPartners: Story = {
  args: {controls: true},
  parameters: OWN_FEED,
  render: (args) => renderList({...args, src: largeFeedUrl({partners: 1000, events: 3000, seed: 7})}),
};
