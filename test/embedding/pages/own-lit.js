// The host page's own Lit component, next to ours: its own copy of Lit (the
// package from node_modules, not our bundle) and its own element.
import {LitElement, css, html} from '/node_modules/lit/index.js';

class MyLitWidget extends LitElement {
  static properties = {name: {}};
  static styles = css`
    p {
      margin: 0;
    }
  `;

  constructor() {
    super();
    this.name = 'host';
  }

  render() {
    return html`<p part="greeting">Hello from the ${this.name} page's own Lit</p>`;
  }
}
customElements.define('my-lit-widget', MyLitWidget);
