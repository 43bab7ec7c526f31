// The demo's language switch: ?lang=en sets <html lang>, which every widget follows.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
