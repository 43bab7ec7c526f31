/** A page left open overnight: "today" and the upcoming counts move on at the feed zone's midnight. */
import {expect, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/partner-list/pdk-partner-list.js';
import {msUntilNextDay} from '../../src/shared/day-change.js';
import {$, mountCalendar, useCalendarFeed} from '../event-calendar/fixtures.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

const at = (iso: string) => Date.parse(iso);

describe('day change', () => {
  it('knows how long until the next midnight in the zone, on the short day of DST too', () => {
    expect(msUntilNextDay('Europe/Warsaw', at('2026-12-01T23:59:00+01:00'))).to.equal(60_000);
    // 28 March 2027 has 23 hours in Warsaw; 31 October 2027, 25.
    expect(msUntilNextDay('Europe/Warsaw', at('2027-03-28T00:00:00+01:00'))).to.equal(23 * 3_600_000);
    expect(msUntilNextDay('Europe/Warsaw', at('2027-10-31T00:00:00+02:00'))).to.equal(25 * 3_600_000);
    expect(msUntilNextDay('America/New_York', at('2026-12-01T23:30:00-05:00'))).to.equal(30 * 60_000);
  });

  describe('on a page left open', () => {
    const served = useCalendarFeed();

    it('the calendar moves "today" to the new day when the tab is shown after midnight', async () => {
      const el = await mountCalendar();
      expect($(el, 'td[aria-current="date"]')!.dataset.day).to.equal('2026-12-01');
      // Midnight passes in Warsaw while the tab is hidden (the clock fakes Date only).
      served.clock().setSystemTime(at('2026-12-02T00:00:05+01:00'));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect($(el, 'td[aria-current="date"]')!.dataset.day).to.equal('2026-12-02');
    });

    it('leaves no timer behind when an update comes after the element left the page (a route changed)', async () => {
      const el = await mountCalendar();
      el.remove();
      // Our own sandbox: sinon.restore() would also undo the feed's fetch stub.
      const spies = sinon.createSandbox();
      const setTimeout = spies.spy(window, 'setTimeout');
      try {
        // As when its feed lands, or a typed search renders, just after the element was removed.
        el.requestUpdate();
        await el.updateComplete;
        const untilMidnight = setTimeout.getCalls().filter((call) => Number(call.args[1]) > 60_000);
        expect(untilMidnight, 'a timer until midnight, which would keep the element alive').to.have.length(0);
      } finally {
        spies.restore();
      }
    });

    it('the partner list stops counting yesterday\'s event as upcoming', async () => {
      const evening = event('evening', {partners: ['a'], start: '2026-12-01T18:00:00+01:00', end: '2026-12-01T20:00:00+01:00'});
      served().set(FEED_URL, {json: feed({partners: [partner('a')], events: [evening]})});
      const {el} = await mountUntil<HTMLElement & {updateComplete: Promise<unknown>}>(html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`, 'pdk-ready');
      const count = () => el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();
      expect(count()).to.equal('1 nadchodzące wydarzenie');
      served.clock().setSystemTime(at('2026-12-02T00:00:05+01:00'));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(count()).to.equal('0 nadchodzących wydarzeń');
    });
  });
});
