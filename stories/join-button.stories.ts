import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/join-button/pdk-join-button.js';
import {SAMPLE_FEED} from './feeds.js';

const meta: Meta = {
  title: 'Elements/pdk-join-button',
  component: 'pdk-join-button',
  tags: ['autodocs'],
  args: {src: SAMPLE_FEED},
  render: ({src}) => html`<pdk-join-button src=${src}></pdk-join-button>`,
};
export default meta;

export const Default: StoryObj = {};
export const English: StoryObj = {render: ({src}) => html`<pdk-join-button lang="en" src=${src}></pdk-join-button>`};
