import {expect} from '@open-wc/testing';
import {AA_TEXT, contrastRatio, formatRatio, parseHex, relativeLuminance} from '../../src/builder/contrast.js';

describe('contrast (WCAG 2.1)', () => {
  it('reads #rgb and #rrggbb, and nothing else', () => {
    expect(parseHex('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseHex('#00693E')).to.deep.equal([0, 105, 62]);
    expect(parseHex('red')).to.equal(null);
    expect(parseHex('#12345')).to.equal(null);
  });

  it('gives white luminance 1 and black 0', () => {
    expect(relativeLuminance([255, 255, 255])).to.equal(1);
    expect(relativeLuminance([0, 0, 0])).to.equal(0);
  });

  it('puts black on white at 21:1, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#fff', '#000')).to.equal(21);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
  });

  it('fails #777 on white (about 4.48:1) against AA', () => {
    const ratio = contrastRatio('#777', '#fff')!;
    expect(ratio).to.be.closeTo(4.48, 0.005);
    expect(ratio < AA_TEXT).to.be.true;
  });

  it('passes the default theme (accent #00693e on white about 6.8:1, text about 16.7:1)', () => {
    expect(contrastRatio('#00693e', '#ffffff')).to.be.closeTo(6.79, 0.01);
    expect(contrastRatio('#1b1f1d', '#ffffff')!).to.be.greaterThan(16);
  });

  it('formats ratios cut to two decimals, in the language', () => {
    expect(formatRatio(21, 'en')).to.equal('21:1');
    expect(formatRatio(4.4999, 'en')).to.equal('4.49:1');
    expect(formatRatio(contrastRatio('#777', '#fff')!, 'pl')).to.equal('4,47:1');
  });
});
