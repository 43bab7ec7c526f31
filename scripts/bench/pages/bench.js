// One benchmark case in a fresh page, chosen by the query string:
//   ?case=month-ours|month-fc|partners-ours|search-ours&feed=URL
// (The three widgets on one page, for layout shift, are page.html.)
// The result is what window.benchDone resolves with. Times are
// in ms from performance.now(), measured in the page:
// - first render: from creating the widget (before the feed is fetched) to
//   the first animation frame after pdk-ready (for FullCalendar: after
//   fetch + parse + conversion + render()), with layout forced there;
// - next month: from the click (calendar.next()) to the first animation
//   frame after the month heading's text changed, layout forced there;
// - keystroke: on a page idle after the first render, from the input event to
//   the first frame after the list changed;
// - switchWork, keystrokeWork: the work alone, without the wait for the frame
//   (workInFrame), for a second switch or keystroke.
const params = new URLSearchParams(window.location.search);
const feedUrl = params.get('feed');
const stage = document.getElementById('stage');
const CDN = '/dist/cdn/';
const FULLCALENDAR = '/node_modules/.cache/pdk-bench/fullcalendar.js';
const MONTH = '2026-12';

/** Resolves in the next animation frame, after a forced style and layout. */
const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      void document.body.offsetHeight;
      resolve(performance.now());
    }),
  );

/**
 * The main thread's work for a change, without the wait for a frame: the
 * change is made in an animation frame callback, so that same frame's style,
 * layout and paint show it, and the time runs until a user-blocking task
 * after the frame. Such a task runs before timers and messages, so work a
 * widget defers to later tasks (cards put in over the next frames, a print
 * copy) is not counted.
 */
function workInFrame(change) {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      change();
      const done = () => resolve(performance.now() - start);
      if (globalThis.scheduler?.postTask) scheduler.postTask(done, {priority: 'user-blocking'});
      else setTimeout(done);
    }),
  );
}

/** Resolves once the page has been idle after the last change (deferred work, such as a print copy, done). */
const settled = () =>
  new Promise((resolve) => setTimeout(resolve, 300)).then(() => new Promise((resolve) => requestIdleCallback(resolve, {timeout: 1000})));

const once = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, {once: true}));

/**
 * Resolves when `read()` returns something other than `before`, checked after
 * each DOM change under `root`; without `read`, at the first change.
 */
function changed(root, read, before, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!read || read() !== before) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('no change within the time limit'));
    }, timeoutMs);
    observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
  });
}

async function monthOurs() {
  await import(`${CDN}pdk-event-calendar.js`);
  const t0 = performance.now();
  const el = document.createElement('pdk-event-calendar');
  el.setAttribute('src', feedUrl);
  el.setAttribute('month', MONTH);
  const ready = once(el, 'pdk-ready');
  stage.append(el);
  await ready;
  const first = (await frame()) - t0;
  const next = el.shadowRoot.querySelector('[part~="next-button"]');
  if (!next) return {first, switch: null, note: 'no next-month button'};
  const heading = () => el.shadowRoot.querySelector('[part~="toolbar"] h2, h2')?.textContent;
  const before = heading();
  const t1 = performance.now();
  const done = changed(el.shadowRoot, heading, before);
  next.click();
  await done;
  const toFrame = (await frame()) - t1;
  // The month after that, for the work alone, once the first switch's deferred work is done.
  await settled();
  return {first, switch: toFrame, switchWork: await workInFrame(() => next.click())};
}

/** The feed's events in FullCalendar's shape (an all-day end is exclusive there, inclusive in the feed). */
function toFullCalendar(feed) {
  const text = (t) => (typeof t === 'string' ? t : t.pl);
  const nextDay = (date) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return feed.events.map((e) => {
    const allDay = e.start.length === 10;
    return {
      id: e.id,
      title: text(e.title),
      start: e.start,
      end: e.end ? (allDay ? nextDay(e.end) : e.end) : undefined,
      allDay,
      url: e.url,
    };
  });
}

async function monthFullCalendar() {
  const {Calendar, dayGridPlugin, listPlugin} = await import(FULLCALENDAR);
  const t0 = performance.now();
  const feed = await (await fetch(feedUrl)).json();
  const holder = document.createElement('div');
  stage.append(holder);
  const calendar = new Calendar(holder, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: 'dayGridMonth',
    initialDate: `${MONTH}-01`,
    firstDay: 1,
    locale: 'pl',
    dayMaxEvents: 3,
    events: toFullCalendar(feed),
  });
  calendar.render();
  const heading = () => holder.querySelector('.fc-toolbar-title')?.textContent;
  if (!heading()) await changed(holder, heading, undefined);
  const first = (await frame()) - t0;
  const before = heading();
  const t1 = performance.now();
  const done = changed(holder, heading, before);
  calendar.next();
  await done;
  window.benchCalendar = calendar;
  const toFrame = (await frame()) - t1;
  await settled();
  return {first, switch: toFrame, switchWork: await workInFrame(() => calendar.next())};
}

async function partnersOurs() {
  await import(`${CDN}pdk-partner-list.js`);
  const t0 = performance.now();
  const el = document.createElement('pdk-partner-list');
  el.setAttribute('src', feedUrl);
  const ready = once(el, 'pdk-ready');
  stage.append(el);
  await ready;
  return {first: (await frame()) - t0};
}

async function searchOurs() {
  await import(`${CDN}pdk-partner-list.js`);
  const el = document.createElement('pdk-partner-list');
  el.setAttribute('src', feedUrl);
  el.setAttribute('controls', '');
  const ready = once(el, 'pdk-ready');
  stage.append(el);
  await ready;
  // A visitor types into a list that has loaded: the first keystroke comes once the page is
  // idle, not in the frames that still paint the logos and write the feed's saved copy.
  await settled();
  const search = el.shadowRoot.querySelector('[part~="search"]');
  const input = search?.matches('input') ? search : search?.querySelector('input');
  if (!input) return {keystroke: null, note: 'no search box yet'};
  input.focus();
  const t0 = performance.now();
  // The first change the keystroke makes to the widget (the count, the list) is its visible answer.
  const done = changed(el.shadowRoot);
  const type = (value) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: value.at(-1), inputType: 'insertText'}));
  };
  type('f');
  await done;
  const keystroke = (await frame()) - t0;
  // A second keystroke, once the list has settled, for the work alone.
  await el.updateComplete;
  await settled();
  return {keystroke, keystrokeWork: await workInFrame(() => type('fu'))};
}


const CASES = {
  'month-ours': monthOurs,
  'month-fc': monthFullCalendar,
  'partners-ours': partnersOurs,
  'search-ours': searchOurs,
};

// The runner awaits this promise (no polling that would add work to the frames measured).
window.benchDone = CASES[params.get('case')]().then(
  (result) => ({ok: true, ...result}),
  (error) => ({ok: false, error: String(error?.stack ?? error)}),
);
