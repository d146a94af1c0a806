// Runs before the first paint, before any of the app's code: picks the language of the page's
// prerendered frame (as src/i18n/i18n.ts will: a choice made in the app, else the browser's), says
// whether the library had roadmaps last time, and whether this is a deep link rather than the
// library. The app removes the frame when it draws its own (src/app/first-paint.ts).
(function () {
  var root = document.documentElement;
  var language = null;
  var count = 0;
  try {
    language = localStorage.getItem('rotta.language');
    count = Number(localStorage.getItem('rotta.library.count')) || 0;
  } catch {
    // Without storage: the browser's language, an empty library.
  }
  if (language !== 'en' && language !== 'it') {
    var first = (
      (navigator.languages && navigator.languages[0]) ||
      navigator.language ||
      'en'
    ).toLowerCase();
    language = first.indexOf('it') === 0 ? 'it' : 'en';
  }
  root.lang = language;
  root.classList.add('first-paint');
  if (location.pathname !== '/') root.classList.add('first-paint-deep-link');
  if (count > 0) root.classList.add('first-paint-roadmaps');
})();
