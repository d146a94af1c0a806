// Runs before the first paint, before any of the app's code: picks the language of the page's
// prerendered frame (as src/i18n/i18n.ts will: a choice made in the app, else the browser's), says
// whether the library had roadmaps last time, whether this is a deep link rather than the
// library, and whether the last page left can be shown as it was. The app removes the frame when it draws its own (src/app/first-paint.ts).
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
  // The last page left, when it was this address, in this language and window width, drawn by
  // this build (the entry script names the build): first-paint-page.js draws its picture in the
  // frame's place once the body is there, and its stylesheets load before the first paint. The
  // app writes it (src/app/page-snapshot.ts).
  try {
    var snapshot = JSON.parse(localStorage.getItem('rotta.page-snapshot') || 'null');
    var entry = document.querySelector('script[type="module"][src]');
    if (
      snapshot &&
      entry &&
      snapshot.build === entry.getAttribute('src') &&
      snapshot.path === location.pathname + location.search &&
      snapshot.language === language &&
      snapshot.width === window.innerWidth
    ) {
      snapshot.stylesheets.forEach(function (href) {
        if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return;
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.setAttribute('blocking', 'render');
        document.head.appendChild(link);
      });
      root.classList.add('first-paint-snapshot');
    }
  } catch {
    // No picture: the prerendered frame shows.
  }
})();
