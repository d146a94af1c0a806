// Runs before the first paint, before any of the app's code: picks the language of the page's
// prerendered frame (as src/i18n/i18n.ts will: a choice made in the app, else the browser's), says
// whether the library had roadmaps last time, whether this is a deep link rather than the
// library, and whether the last page left can be shown as it was. Once the frame is parsed it
// fits it to the address (drawPage below), and once that is painted it starts the app's code
// (startApp). The app removes the frame when it draws its own (src/app/first-paint.ts).
(function () {
  var root = document.documentElement;
  // Without storage: the browser's language, an empty library, the plain frame.
  var read = function (key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  var language = read('rotta.language');
  var count = Number(read('rotta.library.count')) || 0;
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
  // this build (the app's entry names the build): drawPage below puts its picture in the
  // frame's place once the frame is parsed, and its stylesheets load before the first paint. The
  // app writes it (src/app/page-snapshot.ts).
  try {
    var snapshot = JSON.parse(read('rotta.page-snapshot') || 'null');
    var entry = document.querySelector('link[rel="rotta-app"]');
    if (
      snapshot &&
      entry &&
      snapshot.build === entry.getAttribute('href') &&
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

  // The frame holds the library and every stage page's opening: this keeps only what the address
  // shows, with the roadmap opened last filled in (its name and each stage's progress, written by
  // the app in src/app/first-paint.ts), or puts the last page's picture in its place. Both are
  // inert and hidden from assistive technology, and the app's own page replaces them. It runs as
  // soon as the frame is parsed (#root follows it), before the browser paints it.
  function drawPage() {
    var frame = document.getElementById('first-paint');
    if (!frame) return;
    var remove = function (selector) {
      frame.querySelectorAll(selector).forEach(function (each) {
        each.remove();
      });
    };
    var match = /^\/roadmaps\/([^/]+)\/([a-z-]+)$/.exec(location.pathname);
    var stage =
      match && frame.querySelector('article[data-stage="' + match[2] + '"]') ? match[2] : null;
    if (!root.classList.contains('first-paint-deep-link')) remove('.first-paint-roadmap');
    else if (!stage) {
      // Another address (the app says what is wrong with it): the header alone.
      remove('main .first-paint-library, main .first-paint-roadmap, header.first-paint-library');
      remove('.roadmap-bar');
    } else {
      remove('.first-paint-library');
      remove('article[data-stage]:not([data-stage="' + stage + '"])');
      frame.querySelectorAll('[data-stage="' + stage + '"] > a').forEach(function (link) {
        link.setAttribute('aria-current', 'page');
      });
      // Folded once read, on every stage (src/features/stages/components/stage-intro.tsx).
      var folded = read('rotta.intro-collapsed');
      if (folded === null) {
        try {
          for (var index = 0; index < localStorage.length; index += 1) {
            var key = localStorage.key(index) || '';
            if (key.indexOf('rotta.intro-collapsed.') === 0 && read(key) === '1') folded = '1';
          }
        } catch {
          // Without storage every intro opens.
        }
      }
      if (folded === '1') {
        frame.querySelectorAll('.stage-intro').forEach(function (intro) {
          intro.removeAttribute('open');
        });
      }
      try {
        var roadmap = JSON.parse(read('rotta.first-paint.roadmap') || 'null');
        if (roadmap && roadmap.id === decodeURIComponent(match[1])) {
          frame.querySelectorAll('.roadmap-title').forEach(function (title) {
            title.firstChild.textContent = roadmap.name;
            if (roadmap.company) title.lastChild.textContent = ' · ' + roadmap.company;
          });
          Object.keys(roadmap.progress || {}).forEach(function (slug) {
            var status = roadmap.progress[slug];
            frame
              .querySelectorAll('.stepper-item[data-stage="' + slug + '"]')
              .forEach(function (item) {
                item.className = 'stepper-item stepper-' + status;
                if (status === 'done') item.querySelector('.stepper-number').textContent = '✓';
              });
          });
        }
      } catch {
        // Not the roadmap opened last: its name fills in when the app draws the page.
      }
    }
    root.classList.add('first-paint-ready');
    if (!root.classList.contains('first-paint-snapshot')) return;
    try {
      var html = read('rotta.page-snapshot.html');
      if (!html) throw new Error('no picture');
      var page = document.createElement('div');
      page.className = 'first-paint-snapshot-page';
      page.innerHTML = html;
      frame.appendChild(page);
    } catch {
      root.classList.remove('first-paint-snapshot');
    }
  }
  // The app's code is asked for once the frame is on screen: the build lists its modules as
  // links the browser leaves alone (vite.config.ts). A hidden page, or one whose paint is held
  // (a second at most), starts it anyway.
  var started = false;
  function startApp() {
    if (started) return;
    started = true;
    document.querySelectorAll('link[rel="rotta-app-module"]').forEach(function (module) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = module.getAttribute('href');
      document.head.appendChild(link);
    });
    var entry = document.querySelector('link[rel="rotta-app"]');
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('href');
    document.head.appendChild(script);
  }
  function whenFramed() {
    try {
      drawPage();
    } catch {
      // The frame as built: the app still starts, and replaces it.
    }
    if (document.visibilityState === 'hidden') startApp();
    else {
      afterFirstPaint(startApp);
      setTimeout(startApp, 1000);
    }
  }
  // Once the frame is on screen: the browser times a paint when the frame is shown, a moment
  // after the frame's own callbacks, and the app's requests made in that moment counted as work
  // the first paint waited for (Lighthouse's simulation then put it at 1.8 s instead of 1 s).
  function afterFirstPaint(then) {
    var observes =
      typeof PerformanceObserver === 'function' &&
      (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1;
    if (!observes) {
      requestAnimationFrame(function () {
        setTimeout(then, 0);
      });
      return;
    }
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(then, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  if (document.getElementById('root')) whenFramed();
  else {
    var watch = new MutationObserver(function () {
      if (!document.getElementById('root')) return;
      watch.disconnect();
      whenFramed();
    });
    watch.observe(root, { childList: true, subtree: true });
  }
})();
