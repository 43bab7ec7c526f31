/** Checks the join form's values; returns a message per invalid field. Pure. */
import type {FieldName, JoinValues} from './join-data.js';
import {FIELD_ORDER, withScheme} from './join-data.js';
import type {JoinMessages} from './messages.js';

export type FieldErrors = Partial<Record<FieldName, string>>;

export const MESSAGE_MAX_LENGTH = 5000;

// Deliberately loose (a dot in the domain, no spaces): strict e-mail regexes reject real addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
// Digits, spaces, dashes, dots, brackets and a leading +; at least 7 digits.
const PHONE = /^\+?[\d\s().-]+$/;

function isWebsite(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** The message for one field, or '' when it is valid. */
export function validateField(field: FieldName, values: JoinValues, t: JoinMessages['errors']): string {
  const value = field === 'consent' ? '' : values[field].trim();
  switch (field) {
    case 'organisation':
      return value ? '' : t.organisation;
    case 'category':
      return value ? '' : t.category;
    case 'website':
      return !value || isWebsite(withScheme(value)) ? '' : t.website;
    case 'contactPerson':
      return value ? '' : t.contactPerson;
    case 'email':
      return !value ? t.emailMissing : EMAIL.test(value) ? '' : t.emailFormat;
    case 'phone':
      return !value || (PHONE.test(value) && value.replace(/\D/g, '').length >= 7) ? '' : t.phone;
    case 'message':
      return value.length <= MESSAGE_MAX_LENGTH ? '' : t.message(MESSAGE_MAX_LENGTH);
    case 'consent':
      return values.consent ? '' : t.consent;
  }
}

/** Every invalid field with its message, in the order the fields are shown. */
export function validateAll(values: JoinValues, t: JoinMessages['errors']): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELD_ORDER) {
    const message = validateField(field, values, t);
    if (message) errors[field] = message;
  }
  return errors;
}
