import {expect} from '@open-wc/testing';
import {LazyModule} from '../../src/shared/lazy-module.js';

describe('LazyModule', () => {
  it('imports once for every caller, and keeps the module', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => ({n: ++imports}));
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.equal(b);
    expect(await lazy.load()).to.equal(a);
    expect(lazy.loaded).to.equal(a);
    expect(imports).to.equal(1);
  });

  it('after a failure naming the module, imports that URL anew with a retry query', async () => {
    const fresh: string[] = [];
    const lazy = new LazyModule<{ok: boolean}>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example.org/dist/cdn/chunks/join-form-panel-1a2b.js')),
      async (url) => {
        fresh.push(url);
        if (fresh.length === 1) throw new TypeError('Failed to fetch dynamically imported module: https://cdn.example.org/dist/cdn/chunks/join-form-panel-1a2b.js?retry=1');
        return {ok: true};
      },
    );
    await lazy.load().then(() => expect.fail('the first import fails'), () => undefined);
    await lazy.load().then(() => expect.fail('so does the second'), () => undefined);
    expect(await lazy.load()).to.deep.equal({ok: true});
    expect(fresh).to.deep.equal([
      'https://cdn.example.org/dist/cdn/chunks/join-form-panel-1a2b.js?retry=1',
      'https://cdn.example.org/dist/cdn/chunks/join-form-panel-1a2b.js?retry=2',
    ]);
  });

  it('retries the same way when the error names no URL (Safari)', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => {
      if (++imports === 1) throw new TypeError('Importing a module script failed.');
      return {ok: true};
    });
    await lazy.load().catch(() => undefined);
    expect(await lazy.load()).to.deep.equal({ok: true});
  });

  it('fails the caller when a chunk has not arrived in time; a retry joins the same request and keeps what arrives late', async () => {
    let arrive!: (module: {ok: boolean}) => void;
    let imports = 0;
    const lazy = new LazyModule(
      () => {
        imports++;
        return new Promise<{ok: boolean}>((resolve) => (arrive = resolve));
      },
      undefined,
      50,
    );
    const error = await lazy.load().then(() => expect.fail('nothing arrived'), (e: Error) => e);
    expect(error.message).to.equal('A part of pdk-widgets did not arrive within 0.05 s.');
    const retry = lazy.load();
    arrive({ok: true});
    expect(await retry).to.deep.equal({ok: true});
    expect(lazy.loaded).to.deep.equal({ok: true});
    expect(imports).to.equal(1);
  });

  it('loads a chunk that failed once on this page, which importing its URL again cannot', async () => {
    // The test server answers 503 for this URL the first time, then the module.
    const url = new URL(`/__pdk-flaky-module/m${Date.now()}.js`, location.href).href;
    const lazy = new LazyModule<{key: string}>(() => import(/* @vite-ignore */ url));
    const first = await lazy.load().catch((error: Error) => error);
    expect(first).to.be.instanceOf(Error);
    // The browser remembers the failure: the same URL fails again, although the server now answers.
    expect(await import(/* @vite-ignore */ url).catch((error: Error) => error)).to.be.instanceOf(Error);
    const module = await lazy.load();
    expect(module.key).to.match(/^m\d+$/);
  });
});
