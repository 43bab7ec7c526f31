/** POSTs the application as JSON and sorts out how it went. */
import type {JoinData} from './join-data.js';
import type {SendFailure} from './messages.js';

export const SEND_TIMEOUT_MS = 15_000;

export type SendResult = {ok: true} | {ok: false; kind: SendFailure; message: string};

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
  return {
    ok: false,
    kind: response.status < 500 ? 'client' : 'server',
    message: `The endpoint ${endpoint} answered HTTP ${response.status}.`,
  };
}
