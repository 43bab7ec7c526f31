import {expect} from '@open-wc/testing';
import {descriptionOpening} from '../../src/partner-list/description.js';

describe('descriptionOpening', () => {
  it('leaves a description of up to 320 characters whole', () => {
    expect(descriptionOpening('a'.repeat(320))).to.equal('');
    expect(descriptionOpening('Krótki opis.')).to.equal('');
  });

  it('cuts a longer one at the end of a word within 240 characters, without trailing punctuation', () => {
    const text = `${'Sadzimy drzewa w Łodzi, '.repeat(20)}i w Warszawie.`;
    const opening = descriptionOpening(text);
    expect(opening.length).to.be.at.most(241);
    expect(opening).to.match(/Łodzi…$/);
    expect(text.startsWith(opening.slice(0, -1))).to.equal(true);
  });

  it('cuts a very long word (a web address) where it is', () => {
    const text = `https://example.org/${'a'.repeat(400)}`;
    expect(descriptionOpening(text)).to.equal(`${text.slice(0, 240)}…`);
  });
});
