/** The join form's strings, in Polish and English; the button's and the dialog frame's are in shell-messages.ts. */
import type {Lang} from '../feed/types.js';
import {plWord} from '../i18n/plural.js';
import type {CooperationForm, TextField} from './join-data.js';
import {SEND_TIMEOUT_MS} from './send-join.js';

/** Why a send failed, as the visitor is told: `network` while the browser is online is the server's side (down, no CORS). */
export type SendFailure = 'offline' | 'network' | 'timeout' | 'client' | 'server';

const TIMEOUT_S = SEND_TIMEOUT_MS / 1000;

export interface JoinMessages {
  intro: readonly string[];
  /** Added to the label of each required field. */
  required: string;
  labels: Record<TextField, string> & {areas: string; cooperation: string};
  hints: Partial<Record<TextField, string>>;
  categoryPlaceholder: string;
  cooperation: Record<CooperationForm, string>;
  /** The consent the visitor gives; also recorded, word for word, in the data sent. */
  consent: string;
  privacyLink: string;
  honeypot: string;
  errors: {
    organisation: string;
    category: string;
    website: string;
    contactPerson: string;
    emailMissing: string;
    emailFormat: string;
    phone: string;
    message: (max: number) => string;
    consent: string;
  };
  /** The error summary, e.g. "Formularz zawiera 2 błędy." */
  summary: (count: number, plural: Intl.LDMLPluralRule) => string;
  submit: string;
  sending: string;
  sendErrorTitle: string;
  /** What the endpoint said about a rejected application, quoted. */
  serverSaid: (said: string) => string;
  sendError: Record<SendFailure, (email: string) => string>;
  retry: string;
  successTitle: string;
  /** `reply`: where the answer goes (the visitor's address); `to`: where to write with questions. */
  successBody: (reply: string, to: string) => string;
  mailTitle: string;
  mailBody: (email: string) => string;
  mailSubject: (organisation: string) => string;
  mailIntro: string;
  mailYes: string;
  mailSentFrom: string;
  mailConsentGiven: string;
  mailTruncated: string;
  mailTextLabel: string;
  copy: string;
  openMailAgain: string;
  copied: string;
  copyFailed: string;
  backToForm: string;
}

const pl: JoinMessages = {
  intro: [
    'Partnerstwo dla Klimatu to platforma współpracy miasta stołecznego Warszawy z administracją, ambasadami, organizacjami pozarządowymi, instytucjami, firmami i szkołami. Koordynuje je Biuro Ochrony Powietrza i Polityki Klimatycznej (BOPIPK).',
    'Dołączenie jest bezpłatne. Partnerzy organizują i współtworzą wydarzenia klimatyczne – konferencje, debaty, warsztaty – oraz dzielą się doświadczeniem i wiedzą.',
  ],
  required: '(wymagane)',
  labels: {
    organisation: 'Nazwa organizacji',
    category: 'Rodzaj organizacji',
    website: 'Strona internetowa',
    contactPerson: 'Osoba do kontaktu',
    email: 'Adres e-mail',
    phone: 'Telefon',
    message: 'Wiadomość',
    areas: 'Obszary zainteresowań',
    cooperation: 'Interesujące formy współpracy',
  },
  hints: {
    website: 'Na przykład https://www.example.pl',
    email: 'Na ten adres odpowiemy na zgłoszenie.',
  },
  categoryPlaceholder: 'Wybierz z listy',
  cooperation: {
    'sharing-experience': 'Dzielenie się doświadczeniem, wiedzą i zasobami',
    'mutual-support': 'Wzajemne wsparcie',
    'joint-projects': 'Wspólne projekty',
  },
  consent:
    'Wyrażam zgodę na przetwarzanie moich danych osobowych podanych w formularzu przez miasto stołeczne Warszawę w celu rozpatrzenia zgłoszenia do Partnerstwa dla Klimatu i kontaktu w tej sprawie.',
  privacyLink: 'Informacja o przetwarzaniu danych osobowych',
  honeypot: 'Nie wypełniaj tego pola',
  errors: {
    organisation: 'Podaj nazwę organizacji',
    category: 'Wybierz rodzaj organizacji',
    website: 'Podaj poprawny adres strony, na przykład https://www.example.pl',
    contactPerson: 'Podaj imię i nazwisko osoby do kontaktu',
    emailMissing: 'Podaj adres e-mail',
    emailFormat: 'Podaj adres e-mail w formacie nazwa@domena.pl',
    phone: 'Podaj pełny numer telefonu, na przykład +48 22 123 45 67, albo zostaw pole puste',
    message: (max) => `Wiadomość może mieć najwyżej ${max} znaków`,
    consent: 'Zaznacz zgodę na przetwarzanie danych osobowych',
  },
  summary: (count, plural) =>
    `Formularz zawiera ${count} ${plWord(plural, 'błąd', 'błędy', 'błędów')}. Popraw zaznaczone pola.`,
  submit: 'Wyślij zgłoszenie',
  sending: 'Wysyłanie…',
  sendErrorTitle: 'Nie udało się wysłać zgłoszenia',
  serverSaid: (said) => `Odpowiedź serwera: „${said}”`,
  sendError: {
    offline: () => 'Brak połączenia z internetem. Sprawdź połączenie i spróbuj ponownie. Wpisane dane zostały zachowane.',
    network: (email) =>
      `Nie udało się połączyć z serwerem zgłoszeń. Spróbuj ponownie za chwilę albo napisz na adres ${email}. Wpisane dane zostały zachowane.`,
    // "sekund": the Polish form for 5–21 (and for 15, 20, 30, 60 too).
    timeout: () => `Serwer nie odpowiedział w ciągu ${TIMEOUT_S} sekund. Spróbuj ponownie za chwilę. Wpisane dane zostały zachowane.`,
    client: (email) => `Serwer odrzucił zgłoszenie. Spróbuj ponownie, a jeśli błąd się powtórzy, napisz na adres ${email}. Wpisane dane zostały zachowane.`,
    server: (email) => `Serwer ma chwilowy problem. Spróbuj ponownie za kilka minut albo napisz na adres ${email}. Wpisane dane zostały zachowane.`,
  },
  retry: 'Spróbuj ponownie',
  successTitle: 'Dziękujemy za zgłoszenie!',
  successBody: (reply, to) =>
    `Zgłoszenie trafiło do Biura Ochrony Powietrza i Polityki Klimatycznej. Zapoznamy się z nim i odpowiemy na adres ${reply}. W razie pytań napisz na ${to}.`,
  mailTitle: 'Wyślij zgłoszenie e-mailem',
  mailBody: (email) =>
    `Otworzyliśmy program pocztowy z gotową wiadomością do ${email}. Jeśli się nie otworzył, skopiuj poniższy tekst i wyślij go na adres ${email}.`,
  mailSubject: (organisation) => `Zgłoszenie do Partnerstwa dla Klimatu: ${organisation}`,
  mailIntro: 'Zgłoszenie do Partnerstwa dla Klimatu',
  mailYes: 'tak',
  mailSentFrom: 'Wysłano ze strony',
  mailConsentGiven: 'Zgoda na przetwarzanie danych osobowych',
  mailTruncated: '[Wiadomość skrócona – wklej tu pełny tekst skopiowany z formularza]',
  mailTextLabel: 'Treść zgłoszenia',
  copy: 'Kopiuj treść zgłoszenia',
  openMailAgain: 'Otwórz ponownie w programie pocztowym',
  copied: 'Skopiowano do schowka.',
  copyFailed: 'Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie (Ctrl+C).',
  backToForm: 'Wróć do formularza',
};

const en: JoinMessages = {
  intro: [
    'The Partnership for Climate is the City of Warsaw’s platform for working together with government bodies, embassies, NGOs, institutions, companies and schools. It is coordinated by the Air Protection and Climate Policy Office (BOPIPK).',
    'Joining is free. Partners run and co-organise climate events – conferences, debates, workshops – and share their experience and knowledge.',
  ],
  required: '(required)',
  labels: {
    organisation: 'Organisation name',
    category: 'Type of organisation',
    website: 'Website',
    contactPerson: 'Contact person',
    email: 'Email address',
    phone: 'Phone',
    message: 'Message',
    areas: 'Areas of interest',
    cooperation: 'Forms of cooperation you are interested in',
  },
  hints: {
    website: 'For example https://www.example.org',
    email: 'We will reply to this address.',
  },
  categoryPlaceholder: 'Choose from the list',
  cooperation: {
    'sharing-experience': 'Sharing experience, knowledge and resources',
    'mutual-support': 'Mutual support',
    'joint-projects': 'Joint projects',
  },
  consent:
    'I agree to the City of Warsaw processing the personal data given in this form to consider the application to the Partnership for Climate and to contact me about it.',
  privacyLink: 'How we process personal data',
  honeypot: 'Leave this field empty',
  errors: {
    organisation: 'Enter the name of your organisation',
    category: 'Choose the type of organisation',
    website: 'Enter a valid website address, for example https://www.example.org',
    contactPerson: 'Enter the name of the contact person',
    emailMissing: 'Enter an email address',
    emailFormat: 'Enter an email address in the format name@example.com',
    phone: 'Enter a full phone number, for example +48 22 123 45 67, or leave the field empty',
    message: (max) => `The message can be at most ${max.toLocaleString('en')} characters long`,
    consent: 'Tick the box to agree to the processing of your personal data',
  },
  summary: (count, plural) => `The form has ${count} ${plural === 'one' ? 'error' : 'errors'}. Correct the marked fields.`,
  submit: 'Send application',
  sending: 'Sending…',
  sendErrorTitle: 'The application could not be sent',
  serverSaid: (said) => `The server said: “${said}”`,
  sendError: {
    offline: () => 'There is no internet connection. Check your connection and try again. Everything you typed has been kept.',
    network: (email) => `The application server cannot be reached. Try again in a moment or write to ${email}. Everything you typed has been kept.`,
    timeout: () => `The server did not answer within ${TIMEOUT_S} seconds. Try again in a moment. Everything you typed has been kept.`,
    client: (email) => `The server rejected the application. Try again, and if it happens again, write to ${email}. Everything you typed has been kept.`,
    server: (email) => `The server has a temporary problem. Try again in a few minutes or write to ${email}. Everything you typed has been kept.`,
  },
  retry: 'Try again',
  successTitle: 'Thank you for your application!',
  successBody: (reply, to) =>
    `Your application has reached the Air Protection and Climate Policy Office. We will read it and reply to ${reply}. If you have questions, write to ${to}.`,
  mailTitle: 'Send the application by email',
  mailBody: (email) =>
    `We have opened your email program with a ready message to ${email}. If it did not open, copy the text below and send it to ${email}.`,
  mailSubject: (organisation) => `Application to the Partnership for Climate: ${organisation}`,
  mailIntro: 'Application to the Partnership for Climate',
  mailYes: 'yes',
  mailSentFrom: 'Sent from',
  mailConsentGiven: 'Consent to the processing of personal data',
  mailTruncated: '[Message shortened – paste here the full text copied from the form]',
  mailTextLabel: 'Text of the application',
  copy: 'Copy the text',
  openMailAgain: 'Open in your email program again',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it yourself (Ctrl+C).',
  backToForm: 'Back to the form',
};

export const messages: Record<Lang, JoinMessages> = {pl, en};
