import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/partner-list/pdk-partner-list.js';
import {MISSING_FEED, SAMPLE_FEED} from './feeds.js';

const meta: Meta = {
  title: 'Elements/pdk-partner-list',
  component: 'pdk-partner-list',
  tags: ['autodocs'],
  args: {src: SAMPLE_FEED},
  render: ({src}) => html`<pdk-partner-list src=${src}></pdk-partner-list>`,
};
export default meta;

export const Default: StoryObj = {};
export const FeedFails: StoryObj = {
  args: {src: MISSING_FEED},
  render: ({src}) => html`<pdk-partner-list src=${src}><p>Zobacz listę partnerów na stronie miasta.</p></pdk-partner-list>`,
};
