import {expect, fixture, html} from '@open-wc/testing';
import '../../src/builder/pdk-embed-builder.js';
import type {PdkEmbedBuilder} from '../../src/builder/embed-builder.js';
import {fromHash, toHash} from '../../src/builder/saved-settings.js';
import {DEFAULT_SETTINGS, DEFAULT_THEME} from '../../src/builder/settings.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {SAMPLE, choose, settle, type} from './fixtures.js';

const elementLine = (snippet: string) => snippet.trim().split('\n').at(-1);

describe('saved settings', () => {
  describe('toHash / fromHash', () => {
    it('writes only what differs from the defaults, and reads it back', () => {
      expect(toHash({settings: DEFAULT_SETTINGS, base: ''})).to.equal('');
      const settings = {...DEFAULT_SETTINGS, element: 'pdk-partner-list' as const, layout: 'list' as const, category: ['ngo'], theme: {...DEFAULT_THEME, radius: 0}};
      const hash = toHash({settings, base: 'https://cdn.example.org/pdk/'});
      expect(fromHash(hash)).to.deep.equal({settings, base: 'https://cdn.example.org/pdk/'});
    });

    it('keeps only valid choices from a link edited by hand', () => {
      const hash = `#${encodeURIComponent(JSON.stringify({element: 'pdk-evil', layout: 'list', limit: -3, src: 'javascript:alert(1)', category: ['ngo', 7], theme: {accent: 'red', radius: 9}}))}`;
      expect(fromHash(hash)).to.deep.equal({
        settings: {...DEFAULT_SETTINGS, layout: 'list', category: ['ngo'], theme: {...DEFAULT_THEME, radius: 3}},
        base: '',
      });
      expect(fromHash('#not json')).to.equal(undefined);
      expect(fromHash('#[1]')).to.equal(undefined);
    });
  });

  describe('<pdk-embed-builder remember>', () => {
    const mount = async () => {
      const el = await fixture<PdkEmbedBuilder>(html`<pdk-embed-builder feed=${SAMPLE} cdn="/dist/cdn/" remember></pdk-embed-builder>`);
      await settle(el);
      return el;
    };
    afterEach(() => {
      history.replaceState(history.state, '', location.pathname + location.search);
      resetFeedState();
    });

    it('keeps the choices in the page address: a new builder (a reload) starts from them', async () => {
      const first = await mount();
      await choose(first, 'element', 'pdk-partner-list');
      await choose(first, 'layout', 'logos');
      await type(first, '#limit', '12');
      expect(location.hash).not.to.equal('');
      const line = elementLine(first.snippet);
      first.remove();
      const again = await mount();
      expect(elementLine(again.snippet)).to.equal(line);
      expect(line).to.contain('layout="logos"').and.contain('limit="12"');
    });

    it('leaves the address alone without the attribute', async () => {
      const el = await fixture<PdkEmbedBuilder>(html`<pdk-embed-builder feed=${SAMPLE} cdn="/dist/cdn/"></pdk-embed-builder>`);
      await settle(el);
      await choose(el, 'element', 'pdk-partner-list');
      expect(location.hash).to.equal('');
    });
  });
});
