/**
 * The e-mail made from the form when there is no endpoint: a readable text
 * of every field, and a `mailto:` URL short enough for old mail programs.
 */
import type {JoinData} from './join-data.js';
import {mailtoAddress} from './join-email.js';
import type {JoinMessages} from './messages.js';

/** Old mail clients (and Windows' ShellExecute) cut `mailto:` URLs at about 2,000 characters. */
export const MAX_MAILTO_LENGTH = 1800;

export interface MailNames {
  category: (id: string) => string;
  area: (id: string) => string;
}

/** The text of the application, one field a line, the message last but one. */
export function mailText(data: JoinData, t: JoinMessages, names: MailNames, message = data.message): string {
  const line = (label: string, value: string) => (value ? [`${label}: ${value}`] : []);
  const lines = [
    t.mailIntro,
    '',
    ...line(t.labels.organisation, data.organisation),
    ...line(t.labels.category, names.category(data.category)),
    ...line(t.labels.website, data.website),
    ...line(t.labels.contactPerson, data.contactPerson),
    ...line(t.labels.email, data.email),
    ...line(t.labels.phone, data.phone),
    ...line(t.labels.areas, data.areas.map(names.area).join(', ')),
    ...line(t.labels.cooperation, data.cooperation.map((c) => t.cooperation[c]).join(', ')),
    ...(message ? ['', `${t.labels.message}:`, message] : []),
    '',
    `${t.mailConsentGiven}: ${t.mailYes} (${data.consent.at})`,
    `„${data.consent.text}”`,
    ...line(t.mailSentFrom, data.page),
  ];
  return lines.join('\n');
}

function mailtoUrl(to: string, subject: string, body: string): string {
  // encodeURIComponent, not URLSearchParams: mail programs read "+" literally, not as a space.
  return `${mailtoAddress(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

/**
 * The `mailto:` URL and the full text. When the URL would be too long the
 * message is shortened (by halves, then characters) and a note says so;
 * the full text stays in `text`, which the dialog offers to copy.
 */
export function buildMail(data: JoinData, to: string, t: JoinMessages, names: MailNames): {url: string; text: string} {
  const subject = t.mailSubject(data.organisation);
  const text = mailText(data, t, names);
  let url = mailtoUrl(to, subject, text);
  if (url.length <= MAX_MAILTO_LENGTH) return {url, text};
  const chars = [...data.message];
  let keep = chars.length;
  while (keep > 0) {
    keep = keep > 200 ? Math.floor(keep * 0.8) : keep - 20;
    const message = `${chars.slice(0, Math.max(keep, 0)).join('').trimEnd()}…\n${t.mailTruncated}`;
    url = mailtoUrl(to, subject, mailText(data, t, names, message));
    if (url.length <= MAX_MAILTO_LENGTH) return {url, text};
  }
  return {url: mailtoUrl(to, subject, mailText(data, t, names, t.mailTruncated)), text};
}

/**
 * Opens the visitor's mail program. An object, so tests can stub `open`
 * with sinon (a bare ES module export cannot be replaced).
 */
export const mailer = {
  open(url: string): void {
    window.location.href = url;
  },
};
