/**
 * The hashes are computed from the build the test server serves: /dist/cdn/
 * (`npm test` builds before the browser tests).
 */
import {expect} from '@open-wc/testing';
import {hashBuild, sha384, staticImports} from '../../src/builder/sri.js';

/** SHA-384 of a URL's bytes, computed here without the module under test. */
async function independentHash(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-384', bytes);
  return 'sha384-' + btoa(Array.from(new Uint8Array(digest), (b) => String.fromCharCode(b)).join(''));
}

describe('Subresource Integrity', () => {
  it('hashes bytes as integrity="sha384-…" expects', async () => {
    // SHA-384 of the empty string, base64 (a known value).
    expect(await sha384(new ArrayBuffer(0))).to.equal('sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
  });

  it('finds the static imports of minified modules, not the dynamic ones', () => {
    const code = 'import{a as b}from"./chunks/lit-1.js";import"./side.js";export*from"../up.js";const x=import("./later.js");';
    expect(staticImports(code)).to.deep.equal(['./chunks/lit-1.js', './side.js', '../up.js']);
  });

  for (const entry of ['pdk-partner-list.js', 'pdk-event-calendar.js', 'pdk-join-button.js']) {
    it(`gives ${entry} and every chunk it imports the hash of the file it names`, async () => {
      const files = await hashBuild('/dist/cdn/', entry);
      expect(files[0].path).to.equal(entry);
      expect(files.length, 'the entry and its chunks').to.be.greaterThan(1);
      for (const file of files) {
        expect(file.integrity, file.path).to.equal(await independentHash(`/dist/cdn/${file.path}`));
      }
      expect(files.some((f) => /^chunks\/lit-[\w-]+\.js$/.test(f.path)), 'the Lit chunk').to.be.true;
    });
  }

  it('rejects when the build is not there', async () => {
    let error: unknown;
    await hashBuild('/dist/no-such-cdn/', 'pdk-join-button.js').catch((e) => (error = e));
    expect(String(error)).to.contain('HTTP 404');
  });
});
