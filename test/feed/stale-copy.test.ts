/** The saved copies are guests in the host page's localStorage: bounded in size and number. */
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {readCopy, saveCopy} from '../../src/feed/stale-copy.js';
import {resetFeedState} from '../helpers/cleanup.js';

const KEY_PREFIX = 'pdk-widgets:feed:';
const ourKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(KEY_PREFIX)).sort();

describe('saved copies of feeds', () => {
  afterEach(() => {
    localStorage.clear();
    resetFeedState();
  });

  it('keeps the two newest: copies of feed URLs no longer used (a changing ?v=…) do not pile up', () => {
    const now = Date.now();
    for (let v = 1; v <= 4; v++) saveCopy(`https://feeds.example.org/feed.json?v=${v}`, `{"version":1,"v":${v}}`, now + v);
    expect(ourKeys()).to.deep.equal([`${KEY_PREFIX}https://feeds.example.org/feed.json?v=3`, `${KEY_PREFIX}https://feeds.example.org/feed.json?v=4`]);
    expect(readCopy('https://feeds.example.org/feed.json?v=4')?.text).to.equal('{"version":1,"v":4}');
    // Saving a URL again replaces its own copy and keeps the other one.
    saveCopy('https://feeds.example.org/feed.json?v=3', '{"version":1,"v":33}', now + 5);
    expect(ourKeys()).to.have.length(2);
    expect(readCopy('https://feeds.example.org/feed.json?v=3')?.text).to.equal('{"version":1,"v":33}');
  });

  it('reads no other copy while there is room for one more (a read is a whole feed)', () => {
    const now = Date.now();
    saveCopy('https://feeds.example.org/a.json', '{"version":1}', now);
    const getItem = sinon.spy(Storage.prototype, 'getItem');
    try {
      saveCopy('https://feeds.example.org/b.json', '{"version":1}', now + 1);
      expect(getItem.callCount).to.equal(0);
      // A third copy: now the ages are read, and the oldest goes.
      saveCopy('https://feeds.example.org/c.json', '{"version":1}', now + 2);
      expect(getItem.callCount).to.equal(2);
    } finally {
      getItem.restore();
    }
    expect(ourKeys()).to.deep.equal([`${KEY_PREFIX}https://feeds.example.org/b.json`, `${KEY_PREFIX}https://feeds.example.org/c.json`]);
  });

  it('ignores a copy whose time is not a finite number (another script on the page may write our keys)', () => {
    const url = 'https://feeds.example.org/feed.json';
    for (const savedAt of ['-1e999', '1e999', '"5"']) {
      localStorage.setItem(KEY_PREFIX + url, `{"savedAt":${savedAt},"text":"{\\"version\\":1}"}`);
      expect(readCopy(url), savedAt).to.be.null;
    }
    localStorage.setItem(KEY_PREFIX + url, `{"savedAt":5,"text":"{\\"version\\":1}"}`);
    expect(readCopy(url)).to.deep.equal({savedAt: 5, text: '{"version":1}'});
  });

  it('keeps no copy of a feed over a million characters, so the host page keeps room for its own data', () => {
    localStorage.setItem('host-page-data', 'x');
    const big = `{"version":1,"padding":"${'x'.repeat(1_000_000)}"}`;
    saveCopy('https://feeds.example.org/big.json', big);
    expect(ourKeys()).to.deep.equal([]);
    expect(localStorage.getItem('host-page-data')).to.equal('x');
    saveCopy('https://feeds.example.org/big.json', '{"version":1}');
    expect(ourKeys()).to.deep.equal([`${KEY_PREFIX}https://feeds.example.org/big.json`]);
  });
});
