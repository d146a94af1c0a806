import { en } from '../i18n/en.ts';
import { it } from '../i18n/it.ts';

/*
 * The first paint before any JavaScript (built into index.html by vite.config.ts): the app's
 * header and the library's heading, explanation and actions, in both languages;
 * public/first-paint.js shows the visitor's language, and global.css hides what does not apply
 * (the library's page on a deep link, the explanation when roadmaps exist). The markup copies
 * the components' (app-shell.tsx, save-status.tsx, library-page.tsx, empty-library.tsx), so the
 * app takes over without a shift; a browser test compares the two, on a projector and a phone.
 */

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function frame(language: 'en' | 'it'): string {
  const catalog = language === 'en' ? en : it;
  const { app, library, saving } = catalog;
  const options = (['en', 'it'] as const)
    .map(
      (each) =>
        `<option value="${each}" lang="${each}"${each === language ? ' selected' : ''}>${escape(app.languages[each])}</option>`,
    )
    .join('');
  return [
    `<div class="first-paint-frame" lang="${language}" data-language="${language}">`,
    '<header class="app-header">',
    `<a class="brand" href="/"><img src="/favicon.svg" alt="" width="28" height="28"><span>${escape(app.name)}</span></a>`,
    '<div class="header-slot"></div>',
    // The save status as the app first says it: on a narrow window it wraps the header.
    `<p class="save-status">${escape(saving.allSaved)}</p>`,
    `<div class="language-switch"><label>${escape(app.language)}</label><select>${options}</select></div>`,
    '</header>',
    '<main class="app-main"><div class="library">',
    '<header class="page-header"><div>',
    `<h1>${escape(library.title)}</h1>`,
    '<p class="muted first-paint-count">&nbsp;</p>',
    '</div><div class="toolbar">',
    `<button type="button" class="button button-primary">${escape(library.newRoadmap)}</button>`,
    `<button type="button" class="button">${escape(library.importRoadmap)}</button>`,
    `<button type="button" class="button">${escape(library.loadSample)}</button>`,
    '</div></header>',
    '<section class="empty-library first-paint-empty">',
    `<p class="lead">${escape(library.intro)}</p>`,
    `<p>${escape(library.introMore)}</p>`,
    '</section>',
    '</div></main>',
    '</div>',
  ].join('');
}

/**
 * The frames, hidden from assistive technology and inert (its controls look as they will, and
 * do nothing until the app's own replace them a moment later).
 */
export function firstPaintHtml(): string {
  return `<div id="first-paint" aria-hidden="true" inert>${frame('en')}${frame('it')}</div>`;
}
