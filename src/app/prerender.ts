import { deliverablesEn } from '../features/deliverables/i18n/en.ts';
import { deliverablesIt } from '../features/deliverables/i18n/it.ts';
import { stagePagesEn } from '../features/stages/i18n/en.ts';
import { stagePagesIt } from '../features/stages/i18n/it.ts';
import { workshopEn } from '../features/workshop/i18n/en.ts';
import { workshopIt } from '../features/workshop/i18n/it.ts';
import { defaultTimerMinutes } from '../features/workshop/model/timer.ts';
import { en } from '../i18n/en.ts';
import { it } from '../i18n/it.ts';
import { stageNumber, stageSlugs } from '../lib/stages.ts';

/*
 * The first paint before any JavaScript (built into index.html by vite.config.ts), in both
 * languages: the app's header, the library's heading, explanation and actions, and for a deep
 * link the roadmap's bar, the stepper and each stage's heading and intro. public/first-paint.js
 * shows the visitor's language and keeps only the stage at the address; global.css hides what
 * does not apply (the library on a deep link, the explanation when roadmaps exist). The markup
 * copies the components' (app-shell.tsx, save-status.tsx, library-page.tsx, empty-library.tsx,
 * roadmap-layout.tsx, stage-stepper.tsx, stage-page.tsx, stage-intro.tsx), so the app takes over
 * without a shift; browser tests compare the two, on a projector and a phone.
 */

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Language = 'en' | 'it';

/**
 * The strings the frame uses: the app's, the roadmap pages', and the workshop's and deliverables'
 * in the header.
 */
const catalogs = {
  en: { ...en, ...stagePagesEn, ...workshopEn, ...deliverablesEn },
  it: { ...it, ...stagePagesIt, ...workshopIt, ...deliverablesIt },
} as const;

/**
 * A roadmap page's bar in the header, its name filled in by first-paint.js when it is the
 * roadmap opened last.
 */
function roadmapBar(language: Language): string {
  const { roadmap, workshop } = catalogs[language];
  return [
    '<div class="roadmap-bar">',
    '<p class="roadmap-title"><strong></strong><span class="muted"></span></p>',
    '<div class="roadmap-actions">',
    '<div class="workshop-timer is-idle">',
    `<input type="number" class="workshop-timer-minutes" value="${defaultTimerMinutes}">`,
    `<span>${escape(workshop.timer.minutesShort)}</span>`,
    `<button type="button" class="button"><span>▶ ${escape(workshop.timer.startShort)}</span></button>`,
    '</div>',
    `<button type="button" class="button">${escape(workshop.present.start)}</button>`,
    '<div class="history-controls">',
    '<button type="button" class="button" disabled><span>↶</span></button>',
    '<button type="button" class="button" disabled><span>↷</span></button>',
    '</div>',
    `<button type="button" class="button"><span>${escape(roadmap.exportShort)}</span></button>`,
    '</div></div>',
  ].join('');
}

/**
 * A stage page as it opens: the stepper, then each stage's heading and intro (first-paint.js
 * keeps the one at the address, and marks its step and the others' progress).
 */
function stagePages(language: Language): string {
  const { roadmap, stages, stageGuide, stage: words, deliverables } = catalogs[language];
  const steps = stageSlugs.map(
    (slug) =>
      `<li class="stepper-item stepper-not-started" data-stage="${slug}"><a>` +
      `<span class="stepper-number">${stageNumber(slug) ?? '★'}</span>` +
      `<span class="stepper-name">${escape(stages[slug].short)}</span></a></li>`,
  );
  const pages = stageSlugs.map((slug) => {
    const number = stageNumber(slug);
    const { title } = stages[slug];
    const { purpose, tips } = stageGuide[slug];
    return [
      `<article class="stage-page" data-stage="${slug}">`,
      '<header class="stage-header">',
      number === null
        ? ''
        : `<p class="eyebrow">${escape(roadmap.stageOf.replace('{{number}}', String(number)))}</p>`,
      `<h1>${escape(title)}</h1>`,
      number === null
        ? ''
        : `<button type="button" class="button button-quiet deliverables-pdf-button"><span>⤓ </span>${escape(deliverables.document.download)}</button>`,
      '</header>',
      '<details class="stage-intro" open>',
      `<summary>${escape(words.aboutThisStage)}</summary>`,
      `<p class="lead">${escape(purpose)}</p>`,
      `<h2 class="tips-heading">${escape(words.tipsHeading)}</h2>`,
      `<ul class="tips">${tips.map((tip) => `<li>${escape(tip)}</li>`).join('')}</ul>`,
      '</details>',
      '</article>',
    ].join('');
  });
  return [
    '<div class="roadmap-layout first-paint-roadmap">',
    `<nav class="stepper"><ol>${steps.join('')}</ol></nav>`,
    ...pages,
    '</div>',
  ].join('');
}

function frame(language: Language): string {
  const { app, library, saving } = catalogs[language];
  const options = (['en', 'it'] as const)
    .map(
      (each) =>
        `<option value="${each}" lang="${each}"${each === language ? ' selected' : ''}>${escape(app.languages[each])}</option>`,
    )
    .join('');
  // The header as the library shows it, and as a roadmap page does, with the roadmap's bar.
  const header = (bar: string, shows: string) =>
    [
      `<header class="app-header ${shows}">`,
      `<a class="brand" href="/"><img src="/favicon.svg" alt="" width="28" height="28"><span>${escape(app.name)}</span></a>`,
      `<div class="header-slot">${bar}</div>`,
      // The save status as the app first says it: on a narrow window it wraps the header.
      `<p class="save-status">${escape(saving.allSaved)}</p>`,
      `<div class="language-switch"><label>${escape(app.language)}</label><select>${options}</select></div>`,
      '</header>',
    ].join('');
  return [
    `<div class="first-paint-frame" lang="${language}" data-language="${language}">`,
    header('', 'first-paint-library'),
    header(roadmapBar(language), 'first-paint-roadmap'),
    '<main class="app-main">',
    stagePages(language),
    '<div class="library first-paint-library">',
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
