import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {defineOnce} from '../../src/shared/define.js';
import {PdkPartnerList} from '../../src/partner-list/pdk-partner-list.js';

describe('defineOnce', () => {
  afterEach(() => sinon.restore());

  it('registers a tag only once, without error or warning for the same version', () => {
    const warn = sinon.stub(console, 'warn');
    class Copy extends PdkPartnerList {}
    expect(() => defineOnce('pdk-partner-list', Copy)).not.to.throw();
    expect(customElements.get('pdk-partner-list')).to.equal(PdkPartnerList);
    expect(warn.called).to.be.false;
  });

  it('warns when another version is already registered', () => {
    const warn = sinon.stub(console, 'warn');
    class Newer extends PdkPartnerList {
      static override version = '99.0.0';
    }
    defineOnce('pdk-partner-list', Newer);
    expect(warn.firstCall.args[0]).to.contain('99.0.0');
  });
});
