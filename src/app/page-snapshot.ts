/**
 * The page as it was left, drawn again at once the next time the same address opens (a reload,
 * the app reopened the next morning), before any of the app's code has run. It is a picture:
 * public/first-paint.js shows it in the prerendered frame's place, inert and hidden from
 * assistive technology, and the app's own page replaces it as soon as it is drawn
 * (first-paint.ts). Only the last page left is kept, and only for the build that drew it, since
 * a new build has new stylesheets.
 */

/** What first-paint.js reads before the body exists: which page, language and build, and the stylesheets. */
export const snapshotKey = 'rotta.page-snapshot';
/** The markup, read once the frame is parsed. */
export const snapshotHtmlKey = 'rotta.page-snapshot.html';
/** A larger page (a library of hundreds of roadmaps) keeps the plain frame: storage is for drafts. */
export const snapshotMaxLength = 200_000;

export interface PageSnapshotMeta {
  /** The entry script's address: a new build does not reuse the old build's picture. */
  build: string;
  path: string;
  language: string;
  /** The window's width: charts are drawn to it, so another width starts from the plain frame. */
  width: number;
  /** The stylesheets the page had, in order: a stage's own load with its code. */
  stylesheets: string[];
}

/** Things that belong to the moment, not to the page: dialogs, messages, pictures of this session. */
const transient = 'dialog, script, template, .skip-link, .toasts, .banner, img[src^="blob:"]';

/**
 * The markup of `root` as the user sees it: typed values and ticks written into the markup,
 * and ids and names dropped (the picture sits beside the app's page until that one is drawn).
 */
export function snapshotMarkup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  const sources = root.querySelectorAll('input, textarea, select');
  copy.querySelectorAll('input, textarea, select').forEach((field, index) => {
    const source = sources[index];
    if (field instanceof HTMLInputElement && source instanceof HTMLInputElement) {
      if (source.type === 'checkbox' || source.type === 'radio')
        field.toggleAttribute('checked', source.checked);
      else field.setAttribute('value', source.value);
    } else if (field instanceof HTMLTextAreaElement && source instanceof HTMLTextAreaElement) {
      field.textContent = source.value;
    } else if (field instanceof HTMLSelectElement && source instanceof HTMLSelectElement) {
      Array.from(field.options).forEach((option, at) =>
        option.toggleAttribute('selected', at === source.selectedIndex),
      );
    }
  });
  copy.querySelectorAll(transient).forEach((element) => element.remove());
  copy.querySelectorAll('[id], [name], [autofocus]').forEach((element) => {
    element.removeAttribute('id');
    element.removeAttribute('name');
    element.removeAttribute('autofocus');
  });
  return copy.innerHTML;
}

/** Every class a selector names, per selector of a list: `.a .b, .c` is [[a, b], [c]]. */
function classesPerSelector(selectorText: string): string[][] {
  return selectorText
    .split(',')
    .map((selector) =>
      Array.from(selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (match) => match[1] ?? ''),
    );
}

function mayMatch(rules: CSSRuleList, present: ReadonlySet<string>): boolean {
  return Array.from(rules).some((rule) =>
    rule instanceof CSSStyleRule
      ? classesPerSelector(rule.selectorText).some((classes) =>
          classes.every((name) => present.has(name)),
        )
      : 'cssRules' in rule && mayMatch((rule as CSSGroupingRule).cssRules, present),
  );
}

/**
 * The stylesheets the page needs, in the document's order, by path: the app loads every
 * stage's stylesheet ahead of time, and only this page's should hold up the next first paint.
 * A sheet counts when one of its selectors names only classes the page has (a cheap test that
 * errs on the side of keeping a sheet).
 */
function stylesheetsFor(root: HTMLElement): string[] {
  const present = new Set<string>();
  root.querySelectorAll('[class]').forEach((element) => {
    element.classList.forEach((name) => present.add(name));
  });
  return Array.from(document.styleSheets).flatMap((sheet) => {
    if (!sheet.href || !(sheet.ownerNode instanceof HTMLLinkElement)) return [];
    try {
      return mayMatch(sheet.cssRules, present) ? [new URL(sheet.href).pathname] : [];
    } catch {
      // A sheet whose rules cannot be read is kept.
      return [new URL(sheet.href).pathname];
    }
  });
}

function forget(): void {
  localStorage.removeItem(snapshotKey);
  localStorage.removeItem(snapshotHtmlKey);
}

/** Keeps the page in `root` as the one to show first next time; too large a page keeps none. */
export function savePageSnapshot(root: HTMLElement, build: string): void {
  try {
    // The app's page is drawn (the prerendered frame is gone): never keep a picture of a picture.
    if (document.getElementById('first-paint')) return;
    const html = snapshotMarkup(root);
    if (html.length > snapshotMaxLength) {
      forget();
      return;
    }
    const meta: PageSnapshotMeta = {
      build,
      path: location.pathname + location.search,
      language: document.documentElement.lang,
      width: window.innerWidth,
      stylesheets: stylesheetsFor(root),
    };
    // The markup first: a picture is used only when its description is there too.
    localStorage.removeItem(snapshotKey);
    localStorage.setItem(snapshotHtmlKey, html);
    localStorage.setItem(snapshotKey, JSON.stringify(meta));
  } catch {
    // Full or refused storage: the next visit starts from the plain frame.
    try {
      forget();
    } catch {
      // Storage refused altogether.
    }
  }
}

/** Takes the picture whenever the page is left or hidden (the last moment a closing tab can write). */
export function keepPageSnapshot(root: HTMLElement, build: string): void {
  const save = () => savePageSnapshot(root, build);
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
}
