import {expect} from '@open-wc/testing';
import {clearDraft, draftKey, loadDraft, saveDraft} from '../../src/join-button/draft-store.js';
import {emptyValues} from '../../src/join-button/join-data.js';

const KEY = draftKey('https://forms.example.org/join');

describe('join draft store', () => {
  afterEach(() => sessionStorage.removeItem(KEY));

  it('round-trips what was typed, but never the honeypot or the consent', () => {
    const values = {...emptyValues(), organisation: 'Fundacja', areas: ['eco-transport'], cooperation: ['mutual-support' as const], consent: true, consentAt: 'x', honeypot: 'spam'};
    saveDraft(KEY, values);
    expect(loadDraft(KEY)).to.deep.equal({...values, consent: false, consentAt: '', honeypot: ''});
  });

  it('keeps one draft per destination', () => {
    saveDraft(KEY, {...emptyValues(), organisation: 'A'});
    expect(loadDraft(draftKey('mailto:partnerstwo@um.warszawa.pl'))).to.be.null;
  });

  it('ignores damaged or foreign data', () => {
    sessionStorage.setItem(KEY, '{not json');
    expect(loadDraft(KEY)).to.be.null;
    sessionStorage.setItem(KEY, JSON.stringify({organisation: 7, email: 'a@b.pl', areas: 'x', cooperation: ['hacking', 'joint-projects']}));
    expect(loadDraft(KEY)).to.deep.equal({...emptyValues(), email: 'a@b.pl', cooperation: ['joint-projects']});
  });

  it('clears', () => {
    saveDraft(KEY, {...emptyValues(), organisation: 'A'});
    clearDraft(KEY);
    expect(loadDraft(KEY)).to.be.null;
  });
});
