/**
 * The join form's values and the data it sends (mail.ts makes the e-mail
 * text from them). Pure: no DOM, so the shapes are tested on their own.
 */
import type {Lang, PartnerCategory} from '../feed/types.js';

export const COOPERATION_FORMS = ['sharing-experience', 'mutual-support', 'joint-projects'] as const;
export type CooperationForm = (typeof COOPERATION_FORMS)[number];

/** Text fields of the form, in the order they are shown (and checked). */
export const TEXT_FIELDS = ['organisation', 'category', 'website', 'contactPerson', 'email', 'phone', 'message'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
/** Every field that can carry a validation message, in the order shown. */
export type FieldName = TextField | 'consent';
export const FIELD_ORDER: readonly FieldName[] = [...TEXT_FIELDS, 'consent'];

/** What the visitor has typed (the form's state, and the draft). */
export interface JoinValues {
  organisation: string;
  category: PartnerCategory | '';
  website: string;
  contactPerson: string;
  email: string;
  phone: string;
  areas: string[];
  cooperation: CooperationForm[];
  message: string;
  consent: boolean;
  /** When the consent box was ticked (ISO 8601), '' when it is not. */
  consentAt: string;
  /** The honeypot: people never see it, so anything here came from a bot. */
  honeypot: string;
  /** The application's id, the same on every attempt to send it (see JoinData); '' until the first. */
  applicationId: string;
}

/**
 * What `pdk-join-submit` carries and what is POSTed as JSON.
 * Optional fields the visitor left empty are empty strings / arrays.
 */
export interface JoinData {
  organisation: string;
  category: PartnerCategory;
  website: string;
  contactPerson: string;
  email: string;
  phone: string;
  /** Area ids from the feed. */
  areas: string[];
  cooperation: CooperationForm[];
  message: string;
  /** The consent as given: the label text the visitor agreed to, and when. */
  consent: {given: true; text: string; at: string};
  /** The language the form was filled in. */
  lang: Lang;
  /** The page the form was sent from. */
  page: string;
  /**
   * When the dialog was opened, this time (ISO 8601): a form sent within a
   * second or two of opening was filled by a script, which an endpoint may
   * treat as a bot.
   */
  openedAt: string;
  /** When it was sent (ISO 8601). */
  sentAt: string;
  /**
   * A random id, the same on every attempt to send this application (a
   * retry, also after a reload): a send that timed out may still have
   * arrived, and an endpoint that already has the id can keep one copy.
   */
  applicationId: string;
}

export function emptyValues(): JoinValues {
  return {
    organisation: '',
    category: '',
    website: '',
    contactPerson: '',
    email: '',
    phone: '',
    areas: [],
    cooperation: [],
    message: '',
    consent: false,
    consentAt: '',
    honeypot: '',
    applicationId: '',
  };
}

/** A random id for an application (a UUID; `randomUUID` needs a secure context, so not on an http page). */
export function newApplicationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True when nothing has been typed or chosen. */
export function isPristine(values: JoinValues): boolean {
  return TEXT_FIELDS.every((f) => values[f] === '') && !values.areas.length && !values.cooperation.length && !values.consent;
}

export interface DataContext {
  lang: Lang;
  consentText: string;
  page: string;
  /** When the dialog was opened (ms since the epoch). */
  openedAt: number;
  now: number;
}

/** The data sent for valid values (call after `validateAll` found nothing). */
export function toJoinData(values: JoinValues, ctx: DataContext): JoinData {
  const sentAt = new Date(ctx.now).toISOString();
  return {
    organisation: values.organisation.trim(),
    category: values.category as PartnerCategory,
    website: withScheme(values.website).trim(),
    contactPerson: values.contactPerson.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    areas: [...values.areas],
    cooperation: [...values.cooperation],
    message: values.message.trim(),
    consent: {given: true, text: ctx.consentText, at: values.consentAt || sentAt},
    lang: ctx.lang,
    page: ctx.page,
    openedAt: new Date(ctx.openedAt).toISOString(),
    sentAt,
    applicationId: values.applicationId,
  };
}

/**
 * A website typed without its scheme ("www.example.pl", as a phone's URL
 * keyboard invites) as an https:// address; anything else as it is.
 */
export function withScheme(value: string): string {
  const typed = value.trim();
  return /^[^\s/:@]+\.[^\s/:@]+(?:[/?#]\S*)?$/.test(typed) ? `https://${typed}` : value;
}

/** What one input or change event in the form does to the values; null when it is no field of ours. */
export function applyInput(values: JoinValues, input: {name: string; value: string; checked: boolean}, group: string[], now: number): JoinValues | null {
  const next = {...values};
  if (input.name === 'areas') next.areas = group;
  else if (input.name === 'cooperation') next.cooperation = group.filter((c): c is CooperationForm => (COOPERATION_FORMS as readonly string[]).includes(c));
  // A consent already given keeps the time it was given.
  else if (input.name === 'consent') [next.consent, next.consentAt] = [input.checked, input.checked ? values.consentAt || new Date(now).toISOString() : ''];
  else if (input.name === 'website2') next.honeypot = input.value;
  else if ((TEXT_FIELDS as readonly string[]).includes(input.name)) (next as unknown as Record<string, string>)[input.name] = input.value;
  else return null;
  return next;
}

/**
 * A bot fills the honeypot. (No "sent too fast" rule: autofill, password
 * managers and host pages that fill the form by script are fast too, and an
 * application silently dropped costs more than a spam message.)
 */
export function looksLikeBot(values: JoinValues): boolean {
  return values.honeypot !== '';
}

/** An endpoint resolved against the page; '' for none or one that is not a URL. */
export function resolveEndpoint(action: string, base: string): string {
  if (!action) return '';
  try {
    const url = new URL(action, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}
