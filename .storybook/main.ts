import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

/**
 * Stories import the registering modules (src/<widget>/pdk-<widget>.ts) for
 * their side effect only, and package.json "sideEffects" lists just the
 * built dist/ files, so a production build would drop them as unused and no
 * element would be defined. This marks them as having side effects.
 */
const keepRegistrations: Plugin = {
  name: 'pdk-keep-registrations',
  transform(code, id) {
    return /\/src\/[^/]+\/pdk-[^/]+\.ts$/.test(id) ? {code, map: null, moduleSideEffects: true} : undefined;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // The sample feed, its logos and the bad feeds, served as /sample/… so
  // stories never call the internet. Stories name them relatively
  // (sample/feed.json), so the static build works from any sub-path.
  staticDirs: [{from: '../sample', to: '/sample'}],
  core: {disableTelemetry: true},
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), keepRegistrations],
    // Storybook's own preview bundle is large; that is expected, not worth a warning.
    build: {...vite.build, chunkSizeWarningLimit: 2000},
  }),
};
export default config;
