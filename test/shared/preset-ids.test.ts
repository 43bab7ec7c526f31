import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {parseIds, warnUnknownIds} from '../../src/shared/preset-ids.js';
import {mountCalendar, useCalendarFeed} from '../event-calendar/fixtures.js';

describe('preset ids', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('reads comma-separated ids, each once', () => {
    expect(parseIds(' ngo, business ,,ngo')).to.deep.equal(['ngo', 'business']);
    expect(parseIds('')).to.deep.equal([]);
    expect(parseIds(null)).to.deep.equal([]);
  });

  it('names the ids the feed does not know, and what it knows', () => {
    const host = document.createElement('pdk-partner-list');
    warnUnknownIds(host, 'category', ['ngo', 'ngos', 'schools'], ['ngo', 'business']);
    expect(warn.firstCall.args[0]).to.equal(
      'pdk-widgets: <pdk-partner-list category>: the feed has no category "ngos", "schools", so nothing matches it. Known: ngo, business.',
    );
    warnUnknownIds(host, 'category', ['ngo'], ['ngo']);
    expect(warn.callCount).to.equal(1);
  });

  describe('in an element', () => {
    useCalendarFeed();

    it('a calendar says which preset type, area and partner its feed does not know, once', async () => {
      const el = await mountCalendar({type: 'debate,debata', area: 'energy', partner: 'a'});
      const said = warn.getCalls().map((call) => String(call.args[0]));
      expect(said.filter((text) => text.includes('<pdk-event-calendar type>'))).to.have.length(1);
      expect(said.find((text) => text.includes('type>'))).to.contain('no type "debata"');
      expect(said.find((text) => text.includes('area>'))).to.contain('no area "energy"');
      expect(said.some((text) => text.includes('partner>'))).to.equal(false);
      el.setAttribute('month', '2027-01');
      await el.updateComplete;
      expect(warn.callCount).to.equal(said.length);
    });
  });
});
