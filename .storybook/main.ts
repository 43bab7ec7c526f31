import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // The sample feed and its logos, served as /sample/… so stories never call the internet.
  staticDirs: [{from: '../sample', to: '/sample'}],
  core: {disableTelemetry: true},
};
export default config;
