/** POSTs the application as JSON and sorts out how it went. */
import type {JoinData} from './join-data.js';
import type {SendFailure} from './messages.js';

export const SEND_TIMEOUT_MS = 15_000;

/** `said`: what the endpoint itself said about a rejected application, if anything. */
export type SendResult = {ok: true} | {ok: false; kind: Exclude<SendFailure, 'offline'>; message: string; said?: string};

/** The longest answer of an endpoint shown to the visitor. */
const MAX_SAID = 300;

/**
 * An endpoint that rejects an application (4xx) may say why, as JSON
 * `{"error": "…"}` or `{"message": "…"}` (the usual shapes): "this e-mail
 * is already registered" helps the visitor more than "try again".
 */
async function whatItSaid(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as {error?: unknown; message?: unknown} | null;
    const said = [body?.error, body?.message].find((value): value is string => typeof value === 'string' && value.trim() !== '');
    return said && said.trim().slice(0, MAX_SAID);
  } catch {
    return undefined;
  }
}

export async function sendJoin(endpoint: string, data: JoinData): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(data),
      credentials: 'omit',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return {ok: false, kind: 'timeout', message: `The endpoint ${endpoint} did not answer within ${SEND_TIMEOUT_MS / 1000} s.`};
    }
    return {ok: false, kind: 'network', message: `The endpoint ${endpoint} could not be reached (network error or missing CORS headers).`};
  }
  if (response.ok) return {ok: true};
  const kind = response.status < 500 ? 'client' : 'server';
  const said = kind === 'client' ? await whatItSaid(response) : undefined;
  return {ok: false, kind, message: `The endpoint ${endpoint} answered HTTP ${response.status}${said ? `: ${said}` : '.'}`, said};
}
