import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/event-calendar/pdk-event-calendar.js';
import {MISSING_FEED, SAMPLE_FEED} from './feeds.js';

const meta: Meta = {
  title: 'Elements/pdk-event-calendar',
  component: 'pdk-event-calendar',
  tags: ['autodocs'],
  args: {src: SAMPLE_FEED},
  render: ({src}) => html`<pdk-event-calendar src=${src}></pdk-event-calendar>`,
};
export default meta;

export const Default: StoryObj = {};
export const FeedFails: StoryObj = {args: {src: MISSING_FEED}};
