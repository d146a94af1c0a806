// Runs right after the prerendered frame is parsed, before the first paint: when first-paint.js
// found the last page left to be this one, its picture takes the frame's place. It is inert and
// hidden from assistive technology like the frame, and the app's own page replaces it.
(function () {
  var root = document.documentElement;
  if (!root.classList.contains('first-paint-snapshot')) return;
  try {
    var frame = document.getElementById('first-paint');
    var html = localStorage.getItem('rotta.page-snapshot.html');
    if (!frame || !html) throw new Error('no picture');
    var page = document.createElement('div');
    page.className = 'first-paint-snapshot-page';
    page.innerHTML = html;
    frame.appendChild(page);
  } catch {
    root.classList.remove('first-paint-snapshot');
  }
})();
