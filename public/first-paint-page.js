// Runs right after the prerendered frame is parsed, before the first paint. The frame holds the
// library and every stage page's opening: this keeps only what the address shows, with the
// roadmap opened last filled in (its name and each stage's progress, written by the app in
// src/app/first-paint.ts). When first-paint.js found the last page left to be this one, its
// picture takes the frame's place instead. Both are inert and hidden from assistive technology,
// and the app's own page replaces them.
(function () {
  var root = document.documentElement;
  var frame = document.getElementById('first-paint');
  if (!frame) return;
  var remove = function (selector) {
    frame.querySelectorAll(selector).forEach(function (each) {
      each.remove();
    });
  };
  var read = function (key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
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
})();
