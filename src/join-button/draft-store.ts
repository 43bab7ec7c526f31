/**
 * The form's draft in sessionStorage, so closing the dialog or reloading the
 * page loses nothing until a send succeeds. One draft per destination (the
 * endpoint, or the address for e-mail). The honeypot is never saved, and
 * nor is the consent: it is given again on a form restored after a reload.
 */
import {COOPERATION_FORMS, emptyValues, TEXT_FIELDS, type JoinValues} from './join-data.js';

const PREFIX = 'pdk-widgets:join-draft:';

export function draftKey(destination: string): string {
  return PREFIX + destination;
}

export function saveDraft(key: string, values: JoinValues): void {
  const kept: Partial<JoinValues> = {...values};
  delete kept.honeypot;
  delete kept.consent;
  delete kept.consentAt;
  try {
    sessionStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // Storage can be full or blocked (sandboxed frames, privacy modes): the form still works.
  }
}

/** The saved draft, checked field by field (storage is input like any other), or null. */
export function loadDraft(key: string): JoinValues | null {
  let raw: unknown;
  try {
    raw = JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const saved = raw as Record<string, unknown>;
  const values = emptyValues();
  for (const field of [...TEXT_FIELDS, 'applicationId'] as const) {
    if (typeof saved[field] === 'string') (values as unknown as Record<string, string>)[field] = saved[field];
  }
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  values.areas = strings(saved.areas);
  values.cooperation = strings(saved.cooperation).filter((c): c is JoinValues['cooperation'][number] =>
    (COOPERATION_FORMS as readonly string[]).includes(c),
  );
  return values;
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // See saveDraft.
  }
}
