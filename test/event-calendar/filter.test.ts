import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {filterEvents, type EventFilter} from '../../src/event-calendar/filter.js';
import {event, feed} from '../helpers/feeds.js';

const all = validateFeed(
  feed({
    events: [
      event('debate-a', {type: 'debate', partners: ['a'], areas: ['eco-transport'], location: {name: 'Targowa 56'}}),
      event('workshop-b', {type: 'workshop', partners: ['b'], areas: ['energy-efficiency'], online: 'https://example.org/live'}),
      event('hybrid-ab', {type: 'conference', partners: ['a', 'b'], areas: [], location: {address: 'ul. Marszałkowska 1'}, online: 'https://example.org/x'}),
    ],
  }),
).feed!.events;

const NONE: EventFilter = {partners: [], types: [], areas: [], attendance: 'any'};
const ids = (filter: Partial<EventFilter>) => filterEvents(all, {...NONE, ...filter}).map((e) => e.id);

describe('event filter', () => {
  it('lets everything through when nothing is chosen (and returns the same array)', () => {
    expect(filterEvents(all, NONE)).to.equal(all);
  });

  it('filters by organiser, type and area; ids within one criterion are alternatives', () => {
    expect(ids({partners: ['a']})).to.deep.equal(['debate-a', 'hybrid-ab']);
    expect(ids({types: ['debate', 'workshop']})).to.deep.equal(['debate-a', 'workshop-b']);
    expect(ids({areas: ['energy-efficiency']})).to.deep.equal(['workshop-b']);
    expect(ids({partners: ['b'], types: ['conference']})).to.deep.equal(['hybrid-ab']);
    expect(ids({partners: ['nobody']})).to.deep.equal([]);
  });

  it('filters online and in-person events; a hybrid event is both', () => {
    expect(ids({attendance: 'online'})).to.deep.equal(['workshop-b', 'hybrid-ab']);
    expect(ids({attendance: 'in-person'})).to.deep.equal(['debate-a', 'hybrid-ab']);
  });
});
