import {defineOnce} from '../shared/define.js';
import {PdkPartnerList} from './partner-list.js';

export {PdkPartnerList};
defineOnce('pdk-partner-list', PdkPartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'pdk-partner-list': PdkPartnerList;
  }
}
