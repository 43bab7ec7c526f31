import type {Preview} from '@storybook/web-components-vite';

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {title: 'Language', icon: 'globe', items: ['pl', 'en'], dynamicTitle: true},
    },
  },
  initialGlobals: {lang: 'pl'},
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'pl';
      return story();
    },
  ],
  parameters: {a11y: {test: 'error'}},
};
export default preview;
