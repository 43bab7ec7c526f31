import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
// Built from the elements' JSDoc by `npm run analyze`, which the storybook scripts run first.
import manifest from '../custom-elements.json';
import {argTypesFrom} from './arg-types.js';
import {dropBlobFeedCopies, installNeverFeed} from './never-feed.js';
import {waitForWidgets} from './settle.js';
import {installSmokeHooks} from './smoke-hooks.js';

// Autodocs and controls: attributes, properties, events, slots, CSS parts and
// custom properties, with their descriptions, straight from the code.
setCustomElementsManifest(manifest);

const record = installSmokeHooks();
installNeverFeed();
dropBlobFeedCopies();

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets (sets <html lang>, which every widget follows)',
      toolbar: {title: 'Language', icon: 'globe', items: ['pl', 'en'], dynamicTitle: true},
    },
  },
  // No visitor time-zone switch: a page cannot change the browser's zone, and
  // the widgets show every date in the feed's zone anyway. The story
  // "Time zones / Visitor zone does not matter" shows that with a control for
  // the feed's zone; the browser tests run in America/Los_Angeles to prove it.
  initialGlobals: {lang: 'pl'},
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'pl';
      return story();
    },
  ],
  afterEach: async ({canvasElement, abortSignal}) => {
    await waitForWidgets(canvasElement, record, abortSignal);
  },
  parameters: {
    a11y: {test: 'error'},
    docs: {extractArgTypes: argTypesFrom(manifest)},
    controls: {expanded: true},
    options: {storySort: {order: ['Introduction', 'Elements', 'Theming', 'Feed states', 'Time zones']}},
  },
};
export default preview;
