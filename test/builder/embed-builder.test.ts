import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch} from '../helpers/fetch-stub.js';
import {feed} from '../helpers/feeds.js';
import {attributesOf, choose, mountBuilder, otherOrigin, previewed, q, settle, type} from './fixtures.js';
import type {PdkEmbedBuilder} from '../../src/builder/embed-builder.js';

const text = (el: Node) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const elementLine = (snippet: string) => snippet.trim().split('\n').at(-1);

/** Opens the snippet in a blank page (an iframe) that records which elements fire pdk-ready. */
async function paste(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'pasted snippet';
  frame.width = '700';
  frame.height = '700';
  // The recorder runs before the snippet's module script, so no pdk-ready is missed.
  frame.srcdoc = `<!doctype html><html lang="pl"><body><script>window.ready = []; document.addEventListener('pdk-ready', (e) => ready.push(e.target.localName));</script>\n${snippet}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as (Window & {ready?: string[]}) | null)?.ready?.length, 'the pasted element fired pdk-ready', {timeout: 8000});
  return frame;
}

describe('<pdk-embed-builder>', function () {
  // axe-core goes through the whole builder, preview included: seconds, not milliseconds.
  this.timeout(40_000);
  let el: PdkEmbedBuilder | undefined;
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    sinon.restore();
    resetFeedState();
  });

  describe('states', () => {
    it('checks the feed it starts with and offers its filters by name', async () => {
      el = await mountBuilder();
      expect(text(q(el, '#feed-status'))).to.contain('Plik z danymi jest dostępny i poprawny').and.contain('Partnerzy: 37');
      const partners = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="partner"]')];
      expect(partners).to.have.length(37);
      // By name, not id; sorted with Polish collation.
      const labels = partners.map((input) => text(input.closest('label')!));
      expect(labels).to.include('Krajowe Biuro Transformacji Energetycznej');
      expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('pl').compare));
      await expect(el).to.be.accessible();
    });

    it('reports a feed on another origin without the CORS header, in plain words', async () => {
      el = await mountBuilder(otherOrigin('/test/embedding/feeds/no-cors/feed.json'));
      const status = q(el, '#feed-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(q(el, '[data-problem]').dataset.problem).to.equal('no-cors');
      expect(text(status)).to.contain('brakuje nagłówka Access-Control-Allow-Origin').and.contain('Access-Control-Allow-Origin: *');
      expect(text(q(el, '#filters-hint'))).to.contain('Filtry pojawią się');
      await expect(el).to.be.accessible();
    });

    it('accepts the same feed from a host that sends the header', async () => {
      el = await mountBuilder(otherOrigin('/test/embedding/feeds/cors/feed.json'));
      expect(q(el, '[data-problem]').dataset.problem).to.equal('none');
      expect(text(q(el, '#feed-status'))).to.contain('Nagłówek CORS jest obecny');
    });

    it('says what to fix for a missing file, and for a page that is not JSON', async () => {
      el = await mountBuilder('/sample/no-such-feed.json');
      expect(text(q(el, '#feed-status'))).to.contain('HTTP 404');
      expect(q(el, '#feed-url').getAttribute('aria-invalid')).to.equal('true');
      await type(el, '#feed-url', '/builder/index.html');
      expect(q(el, '[data-problem]').dataset.problem).to.equal('not-json');
      expect(text(q(el, '#feed-status'))).to.contain('nie ma pliku JSON');
      await type(el, '#feed-url', '/sample/feed.json');
      expect(q(el, '#feed-url').getAttribute('aria-invalid')).to.equal('false');
    });

    it('does not call a refused file missing', async () => {
      const url = new URL('/__builder__/private.json', location.href).href;
      const stub = stubFetch({[url]: {status: 403}});
      try {
        el = await mountBuilder(url);
        expect(text(q(el, '#feed-status'))).to.contain('HTTP 403: nie udostępnił pliku (brak dostępu: plik musi być publiczny)');
        expect(text(q(el, '#feed-status'))).not.to.contain('nie ma pliku');
      } finally {
        stub.restore();
      }
    });

    it('lists a working feed\'s errors with their place in the file, and says when it has no data', async () => {
      const url = new URL('/__builder__/feed.json', location.href).href;
      const partners = [{id: 'x'}, ...Array.from({length: 24}, (_, i) => ({id: `p${i}`, name: `P${i}`, category: 'ngo', url: 'ftp://x'}))];
      const stub = stubFetch({[url]: {json: feed({partners})}});
      try {
        el = await mountBuilder(url);
        expect(text(q(el, '.ok-title'))).to.equal('⚠ Plik z danymi działa, ale część wpisów ma błędy.');
        const items = [...el.shadowRoot!.querySelectorAll('#feed-status details li')].map(text);
        expect(items).to.have.length(20);
        expect(items[0]).to.match(/^\$\.partners\[0\]\.name /);
        expect(text(q(el, '#feed-status details'))).to.match(/…i jeszcze \d+\.$/);
        const empty = new URL('/__builder__/empty.json', location.href).href;
        stub.set(empty, {json: feed({partners: [], events: []})});
        await type(el, '#feed-url', empty);
        expect(text(q(el, '#feed-status'))).to.contain('Plik nie ma jeszcze partnerów ani wydarzeń');
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
    });

    it('warns beside "Kopiuj kod" while the code cannot show data: no feed, or one that fails', async () => {
      el = await mountBuilder('/sample/no-such-feed.json');
      const warning = () => el!.shadowRoot!.querySelector('#code-warning');
      expect(text(warning()!)).to.contain('Plik z danymi się nie wczytuje');
      await type(el, '#feed-url', '');
      expect(text(warning()!)).to.contain('wpisz adres pliku z danymi');
      const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Kopiuj kod')!;
      expect(copy.getAttribute('aria-describedby')).to.equal('code-warning');
      // A join button needs no feed.
      await choose(el, 'element', 'pdk-join-button');
      expect(warning()).to.equal(null);
      await choose(el, 'element', 'pdk-partner-list');
      await type(el, '#feed-url', '/sample/feed.json');
      expect(warning()).to.equal(null);
      expect(copy.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('says that words or an address without https:// are no address, keeps them in the field, not in the code', async () => {
      el = await mountBuilder();
      for (const typed of ['moja strona feed', 'example.org/feed.json']) {
        await type(el, '#feed-url', typed);
        expect(q(el, '[data-problem]').dataset.problem).to.equal('not-url');
        expect(text(q(el, '#feed-status'))).to.contain('Wpisz go z https://');
        expect(q<HTMLInputElement>(el, '#feed-url').value).to.equal(typed);
        expect(q(el, '#feed-url').getAttribute('aria-invalid')).to.equal('true');
        expect(elementLine(el.snippet)).not.to.contain('src=');
      }
    });
  });

  describe('attributes', () => {
    it('makes the snippet from the settings: element, filters by id, options, theme', async () => {
      el = await mountBuilder();
      await choose(el, 'element', 'pdk-partner-list');
      await choose(el, 'layout', 'list');
      await choose(el, 'category', 'ngo');
      await choose(el, 'category', 'education');
      await choose(el, 'controls', 'on');
      await type(el, '#limit', '8');
      await type(el, '#theme-accent', '#0055aa');
      const feedUrl = new URL('/sample/feed.json', location.href).href;
      expect(elementLine(el.snippet)).to.equal(
        `<pdk-partner-list src="${feedUrl}" layout="list" category="ngo,education" controls limit="8"></pdk-partner-list>`,
      );
      expect(el.snippet).to.contain('  }\n  pdk-partner-list {\n    --pdk-color-accent: #0055aa;\n    --pdk-color-accent-soft: #d9e6f2;\n  }\n</style>\n');
      expect(el.snippet).to.match(
        new RegExp(`<script type="module" src="${location.origin}/dist/cdn/pdk-partner-list\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"></script>`),
      );
      expect(el.snippet).to.match(/<link rel="modulepreload" href="[^"]+\/dist\/cdn\/chunks\/lit-[\w-]+\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/);
      // The textarea shows exactly that.
      expect(q<HTMLTextAreaElement>(el, '#code').value).to.equal(el.snippet);
    });

    it('offers exactly the options of the chosen element', async () => {
      el = await mountBuilder();
      const names = () => [...el!.shadowRoot!.querySelectorAll<HTMLInputElement>('form [name]')].map((i) => i.name);
      await choose(el, 'element', 'pdk-join-button');
      expect(new Set(names())).to.deep.equal(new Set(['element', 'src', 'lang', 'action', 'email', 'theme-accent', 'theme-text', 'theme-bg', 'theme-radius']
        .concat(['theme-accent-code', 'theme-text-code', 'theme-bg-code'])));
      await choose(el, 'element', 'pdk-event-calendar');
      await choose(el, 'view', 'list');
      expect(new Set(names())).to.include.keys('type', 'area', 'partner', 'controls', 'limit', 'past', 'follow');
      expect(names()).not.to.include('category');
    });

    it('uses the base URL field for the script and preload addresses', async () => {
      el = await mountBuilder();
      await type(el, '#base', 'https://cdn.example.org/pdk/dist/cdn');
      expect(el.snippet).to.contain('src="https://cdn.example.org/pdk/dist/cdn/pdk-event-calendar.js"');
      expect(el.snippet).not.to.contain(location.origin + '/dist/');
    });

    it('compares the files at a typed CDN folder with this build\'s, once the field is left', async () => {
      el = await mountBuilder();
      const status = async (base: string) => {
        await type(el!, '#base', base);
        await el!.baseFiles.taskComplete.catch(() => undefined);
        await el!.updateComplete;
        return text(q(el!, '#base-status'));
      };
      expect(await status('/dist/cdn/')).to.equal('✓ Pod tym adresem są pliki tej wersji.');
      expect(await status('/no-such-folder/')).to.contain('Nie udało się odczytać plików widżetów pod tym adresem');
      const stub = stubFetch({'https://cdn.example.org/old/pdk-event-calendar.js': {body: 'export {};'}});
      try {
        expect(await status('https://cdn.example.org/old/')).to.contain('Pod tym adresem są inne pliki niż w tej wersji');
      } finally {
        stub.restore();
      }
      expect(await status('')).to.equal('');
    });

    it('takes a script\'s address as its folder, and keeps its own for what is no folder address', async () => {
      el = await mountBuilder();
      await type(el, '#base', 'https://cdn.example.org/pdk/dist/cdn/pdk-widgets.js');
      expect(el.snippet).to.contain('src="https://cdn.example.org/pdk/dist/cdn/pdk-event-calendar.js"');
      expect(q(el, '#base').getAttribute('aria-invalid')).to.equal('false');
      // A bare host name would make the script's address relative to the page it is pasted in.
      await type(el, '#base', 'cdn.example.org/pdk');
      expect(q(el, '#base').getAttribute('aria-invalid')).to.equal('true');
      expect(text(q(el, '#base-problem'))).to.contain('To nie jest adres katalogu');
      expect(el.snippet).not.to.contain('cdn.example.org');
      expect(el.snippet).to.contain(`src="${location.origin}/dist/cdn/pdk-event-calendar.js"`);
    });

    it('never lets typed text out of its attribute', async () => {
      el = await mountBuilder();
      await choose(el, 'element', 'pdk-join-button');
      // An endpoint with quotes and brackets in its query goes into the code as typed, escaped.
      const action = 'https://api.example.org/join?x="><img/src=x/onerror=alert(1)>';
      await type(el, '#action', action);
      expect(el.snippet).to.contain('action="https://api.example.org/join?x=&quot;&gt;&lt;img/src=x/onerror=alert(1)&gt;"');
      expect(previewed(el).getAttribute('action')).to.equal(action);
      // As an e-mail address, the same text is no address (mailto: would read more into it): left out.
      await type(el, '#email', '"><img/src=x/onerror=alert(1)>@example.org');
      expect(el.snippet).not.to.contain('email=');
      expect(q(el, '[part="preview"]').querySelector('img')).to.equal(null);
    });

    it('says why a join endpoint or e-mail it cannot use is left out of the code', async () => {
      el = await mountBuilder();
      await choose(el, 'element', 'pdk-join-button');
      await type(el, '#action', 'partnerstwo@um.warszawa.pl');
      expect(q(el, '#action').getAttribute('aria-invalid')).to.equal('true');
      expect(text(q(el, '#action-problem'))).to.contain('To adres e-mail: wpisz go w polu „Adres e-mail dla zgłoszeń”');
      expect(q(el, '#action').getAttribute('aria-describedby')).to.equal('action-hint action-problem');
      await type(el, '#email', 'partnerstwo@um');
      expect(text(q(el, '#email-problem'))).to.contain('nazwa@domena.pl');
      // What the feed's join.email may not hold either: a mailto: would read "?cc=…" as a header.
      await type(el, '#email', 'partnerstwo@um.warszawa.pl?cc=someone@example.org');
      expect(text(q(el, '#email-problem'))).to.contain('nazwa@domena.pl');
      expect(elementLine(el.snippet)).not.to.match(/ (action|email)=/);
      await type(el, '#action', 'https://api.example.org/join');
      await type(el, '#email', 'partnerstwo@um.warszawa.pl');
      expect(el.shadowRoot!.querySelector('#action-problem, #email-problem')).to.equal(null);
      expect(elementLine(el.snippet)).to.contain('action="https://api.example.org/join" email="partnerstwo@um.warszawa.pl"');
      await expect(el).to.be.accessible();
    });
  });

  describe('preview', () => {
    it('shows the real element with the settings, at the chosen width', async () => {
      el = await mountBuilder();
      await choose(el, 'element', 'pdk-partner-list');
      await choose(el, 'layout', 'logos');
      const shown = previewed(el);
      expect(shown.localName).to.equal('pdk-partner-list');
      expect(shown.getAttribute('layout')).to.equal('logos');
      await choose(el, 'width', 'sidebar');
      expect(q(el, '[part="preview"]').getBoundingClientRect().width).to.equal(280);
      await choose(el, 'width', 'column');
      expect(q(el, '[part="preview"]').getBoundingClientRect().width).to.be.at.most(640);
    });

    it('renders the pasted snippet in a blank page the same as the preview', async () => {
      el = await mountBuilder();
      await choose(el, 'view', 'list');
      await choose(el, 'type', 'workshop');
      await choose(el, 'past', 'on');
      await waitUntil(() => previewed(el!).shadowRoot?.querySelector('[part~="event"], [part~="item"], li'), 'the preview rendered');
      frame = await paste(el.snippet);
      const pasted = frame.contentDocument!.querySelector('pdk-event-calendar')!;
      expect((frame.contentWindow as Window & {ready: string[]}).ready).to.deep.equal(['pdk-event-calendar']);
      expect(attributesOf(pasted)).to.deep.equal(attributesOf(previewed(el)));
      expect(pasted.getAttribute('type')).to.equal('workshop');
      // The same events, in the same words.
      await waitUntil(() => text(pasted.shadowRoot!) === text(previewed(el!).shadowRoot!), 'the same text in both');
    });

    it('themes the preview with the chosen colours, without a style attribute on the element', async () => {
      el = await mountBuilder();
      await type(el, '#theme-accent', '#7a1f5c');
      expect(getComputedStyle(q(el, '[part="preview"]')).getPropertyValue('--pdk-color-accent').trim()).to.equal('#7a1f5c');
      expect(previewed(el).hasAttribute('style')).to.be.false;
    });
  });

  describe('theming', () => {
    it('checks contrast live against WCAG AA', async () => {
      el = await mountBuilder(undefined, 'en');
      await type(el, '#theme-text', '#000000');
      expect(text(q(el, '[data-pair="text"]'))).to.contain('21:1 – enough (AA)');
      await type(el, '#theme-text', '#777777');
      expect(q(el, '[data-pair="text"]').className).to.equal('fail');
      expect(text(q(el, '[data-pair="text"]'))).to.contain('4.47:1').and.contain('too low (below AA)');
      expect(text(q(el, '[data-pair="button"]'))).to.contain('enough (AA)');
      expect(q(el, '.contrast').getAttribute('aria-live')).to.equal('polite');
    });

    // Every kind of text the widgets draw is checked: a theme the checker passes gives widgets
    // without contrast failures, and one it flags is flagged where the widget would fail.
    for (const element of ['pdk-event-calendar', 'pdk-partner-list']) {
      it(`a dark theme the checker passes gives a ${element} that axe passes`, async () => {
        el = await mountBuilder();
        await choose(el, 'element', element);
        await type(el, '#theme-bg', '#000000');
        await type(el, '#theme-text', '#ffffff');
        await type(el, '#theme-accent', '#66bb6a');
        expect([...el.shadowRoot!.querySelectorAll('.contrast li')].map((li) => li.className)).to.deep.equal(Array(7).fill('pass'));
        const preview = previewed(el);
        await waitUntil(() => preview.shadowRoot?.querySelector('[part~="grid"], [part~="card"]'), 'the preview renders');
        await expect(preview).to.be.accessible();
      });
    }

    it('takes a colour typed as a code, read when the field is left, and explains one that is not', async () => {
      el = await mountBuilder(undefined, 'en');
      const code = q<HTMLInputElement>(el, '#theme-accent-code');
      expect(code.getAttribute('aria-labelledby')).to.equal('theme-accent-label colour-code-word');
      code.focus();
      code.select();
      await sendKeys({type: '1A7F5'});
      await settle(el);
      // Not rewritten while typed, though "#1a7f5" is half a colour.
      expect(code.value).to.equal('1A7F5');
      await sendKeys({type: 'A'});
      await sendKeys({press: 'Tab'});
      await settle(el);
      expect(code.value).to.equal('#1a7f5a');
      expect(q<HTMLInputElement>(el, '#theme-accent').value).to.equal('#1a7f5a');
      expect(el.snippet).to.contain('--pdk-color-accent: #1a7f5a;');

      await type(el, '#theme-accent-code', 'green');
      expect(code.value).to.equal('green');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(text(q(el, `#${code.getAttribute('aria-describedby')}`))).to.equal('Type the colour as a hex code, e.g. #1a7f5a.');
      expect(el.snippet, 'the last good colour stays').to.contain('--pdk-color-accent: #1a7f5a;');

      // The short form is a colour too; so is one picked after a bad code.
      await type(el, '#theme-accent-code', '#0af');
      expect(code.getAttribute('aria-invalid')).to.equal('false');
      expect(code.hasAttribute('aria-describedby')).to.be.false;
      expect(el.snippet).to.contain('--pdk-color-accent: #00aaff;');
      await type(el, '#theme-text-code', 'black');
      await type(el, '#theme-text', '#222222');
      expect(q<HTMLInputElement>(el, '#theme-text-code').value).to.equal('#222222');
      expect(el.shadowRoot!.querySelector('#theme-text-problem')).to.equal(null);
    });

    it('flags the accent on tags and chips, not only on the page', async () => {
      el = await mountBuilder(undefined, 'en');
      // 4.54:1 on white, 4.21:1 on the surface of "+N more" and tags.
      await type(el, '#theme-accent', '#767676');
      expect(q(el, '[data-pair="accent"]').className).to.equal('fail');
      expect(text(q(el, '[data-pair="accent"]'))).to.contain('4.21:1');
    });

    it('puts only changed properties in the style block, and none for the defaults', async () => {
      el = await mountBuilder();
      expect(el.snippet).not.to.contain('--pdk-');
      await type(el, '#theme-radius', '0');
      expect(el.snippet).to.contain('    --pdk-radius: 0em;\n');
      expect(el.snippet).not.to.contain('--pdk-color');
      // Past the field's max (a mistyped 15 for 1.5), the largest radius offered.
      await type(el, '#theme-radius', '15');
      expect(el.snippet).to.contain('    --pdk-radius: 3em;\n');
    });
  });

  describe('events', () => {
    it('copies the snippet and announces it', async () => {
      el = await mountBuilder();
      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      q(el, '.copy-row button').click();
      await waitUntil(() => text(q(el!, '.copy-status')) === '✓ Skopiowano', 'Skopiowano');
      expect(writeText).to.have.been.calledOnceWith(el.snippet);
      expect(q(el, '.copy-status').getAttribute('role')).to.equal('status');
    });
  });

  describe('keyboard', () => {
    it('changes the element with the arrow keys in its radio group', async () => {
      el = await mountBuilder();
      q(el, 'input[name="element"][value="pdk-partner-list"]').click();
      await settle(el);
      q(el, 'input[name="element"][value="pdk-partner-list"]').focus();
      await sendKeys({press: 'ArrowDown'});
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input[name="element"][value="pdk-event-calendar"]'));
      expect(elementLine(el.snippet)).to.match(/^<pdk-event-calendar /);
      expect(previewed(el).localName).to.equal('pdk-event-calendar');
    });
  });

  describe('i18n', () => {
    it('switches between Polish and English, and is accessible in both', async () => {
      el = await mountBuilder();
      expect(text(q(el, 'h1'))).to.equal('Kreator kodu widżetów Partnerstwa dla Klimatu');
      await expect(el).to.be.accessible();
      q(el, '.langs button[lang="en"]').click();
      await waitUntil(() => text(q(el!, 'h1')) === 'Partnership for Climate widget code builder', 'English');
      expect(el.lang).to.equal('en');
      expect(q(el, '.langs button[lang="en"]').getAttribute('aria-pressed')).to.equal('true');
      await settle(el);
      expect(text(q(el, '#feed-status'))).to.contain('The data file is reachable and valid');
      await expect(el).to.be.accessible();
    });

    it('announces "Copied" in English', async () => {
      el = await mountBuilder(undefined, 'en');
      sinon.stub(navigator.clipboard, 'writeText').resolves();
      q(el, '.copy-row button').click();
      await waitUntil(() => text(q(el!, '.copy-status')) === '✓ Copied', 'Copied');
    });
  });
});
