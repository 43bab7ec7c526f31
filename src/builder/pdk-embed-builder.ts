/**
 * The embed builder page's entry: the builder and the three elements it
 * previews. Built into dist/builder/ on its own; never part of dist/cdn/.
 */
import '../partner-list/pdk-partner-list.js';
import '../event-calendar/pdk-event-calendar.js';
import '../join-button/pdk-join-button.js';
import {defineOnce} from '../shared/define.js';
import {PdkEmbedBuilder} from './embed-builder.js';

export {PdkEmbedBuilder};
defineOnce('pdk-embed-builder', PdkEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'pdk-embed-builder': PdkEmbedBuilder;
  }
}
