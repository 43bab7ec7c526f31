/**
 * Stubs `fetch` for feed URLs, counts the calls, and leaves other URLs (the
 * test runner's own) to the real fetch.
 */
import sinon from 'sinon';

export type Route =
  /** `after`: answers once it resolves (a slow feed). */
  | {json: unknown; status?: number; after?: Promise<unknown>}
  | {body: string; status?: number}
  | {status: number}
  | {networkError: true}
  /** Never answers until the request's signal aborts. */
  | {hang: true};

export interface FetchStub {
  /** How many times `url` was fetched. */
  calls(url: string): number;
  /** Changes what `url` answers from now on. */
  set(url: string, route: Route): void;
  restore(): void;
}

export function stubFetch(routes: Record<string, Route>): FetchStub {
  const table = new Map(Object.entries(routes).map(([url, route]) => [absolute(url), route]));
  const realFetch = window.fetch.bind(window);
  const stub = sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) => {
    const url = absolute(input instanceof Request ? input.url : String(input));
    const route = table.get(url);
    if (!route) return realFetch(input, init);
    return answer(route, init?.signal ?? undefined);
  });
  return {
    calls: (url) => stub.getCalls().filter((c) => absolute(String(c.args[0])) === absolute(url)).length,
    set: (url, route) => table.set(absolute(url), route),
    restore: () => stub.restore(),
  };
}

function absolute(url: string) {
  return new URL(url, document.baseURI).href;
}

async function answer(route: Route, signal?: AbortSignal): Promise<Response> {
  if ('hang' in route) {
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  }
  if ('networkError' in route) throw new TypeError('Failed to fetch');
  if ('after' in route) await route.after;
  if ('json' in route) return new Response(JSON.stringify(route.json), {status: route.status ?? 200});
  if ('body' in route) return new Response(route.body, {status: route.status ?? 200});
  return new Response('', {status: route.status});
}
