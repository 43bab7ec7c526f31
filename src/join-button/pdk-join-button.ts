import {defineOnce} from '../shared/define.js';
import {PdkJoinButton} from './join-button.js';

export {PdkJoinButton};
defineOnce('pdk-join-button', PdkJoinButton);

declare global {
  interface HTMLElementTagNameMap {
    'pdk-join-button': PdkJoinButton;
  }
}
