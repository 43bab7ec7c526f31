/**
 * The Docs tables and Controls panel of Storybook (.storybook/arg-types.ts),
 * from the real custom-elements.json: an attribute gets the control its type
 * asks for, and the public methods are listed.
 */
import {expect} from '@open-wc/testing';
import {argTypesFrom} from '../../.storybook/arg-types.js';

const manifest: unknown = await (await fetch('/custom-elements.json')).json();
const argTypes = argTypesFrom(manifest);

describe('Storybook arg types from custom-elements.json', () => {
  it('gives boolean attributes a toggle, numbers a number field and strings a text field', () => {
    const calendar = argTypes('pdk-event-calendar')!;
    const typeOf = (name: string) => calendar[name].type;
    expect(['controls', 'past', 'follow'].map(typeOf)).to.deep.equal([{name: 'boolean'}, {name: 'boolean'}, {name: 'boolean'}]);
    expect(typeOf('limit')).to.deep.equal({name: 'number'});
    expect(typeOf('heading-level'), 'an optional number').to.deep.equal({name: 'number'});
    expect(['src', 'month', 'partner', 'type', 'area', 'lang'].map(typeOf)).to.deep.equal(Array(6).fill({name: 'string'}));
    // A named type gets its options from its story.
    expect(typeOf('view')).to.deep.equal({name: 'other', value: 'CalendarView'});
    expect(calendar.src.control, 'attributes have controls').to.equal(undefined);
  });

  it('lists the join button\'s show() and close(), without controls, and no private or protected method', () => {
    const join = argTypes('pdk-join-button')!;
    const methods = Object.entries(join).filter(([, type]) => type.table?.category === 'methods');
    expect(methods.map(([key, type]) => `${key} ${type.name} ${JSON.stringify(type.control)}`)).to.deep.equal([
      'method:show show() false',
      'method:close close() false',
    ]);
    expect(methods.every(([, type]) => type.description)).to.be.true;
  });
});
