import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  savePageSnapshot,
  snapshotHtmlKey,
  snapshotKey,
  snapshotMarkup,
  snapshotMaxLength,
  type PageSnapshotMeta,
} from './page-snapshot';

function appRoot(html: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('the picture of the page left', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('keeps what was typed and ticked, and drops ids, names, dialogs and messages', () => {
    const root = appRoot(
      [
        '<h1 id="title">Goals</h1>',
        '<input id="name" name="name" value="">',
        '<input type="checkbox" name="done">',
        '<textarea id="notes"></textarea>',
        '<select><option>a</option><option>b</option></select>',
        '<dialog open><p>Delete?</p></dialog>',
        '<div class="toasts"><p>Saved</p></div>',
      ].join(''),
    );
    (root.querySelector('input[name="name"]') as HTMLInputElement).value = 'Libeccio';
    (root.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
    (root.querySelector('textarea') as HTMLTextAreaElement).value = 'Agreed on Friday';
    (root.querySelector('select') as HTMLSelectElement).selectedIndex = 1;

    const picture = document.createElement('div');
    picture.innerHTML = snapshotMarkup(root);

    expect(picture.querySelector('h1')?.textContent).toBe('Goals');
    expect(picture.querySelector('[id], [name]')).toBeNull();
    expect(picture.querySelector('input:not([type])')?.getAttribute('value')).toBe('Libeccio');
    expect(picture.querySelector('input[type="checkbox"]')?.hasAttribute('checked')).toBe(true);
    expect(picture.querySelector('textarea')?.textContent).toBe('Agreed on Friday');
    expect(picture.querySelectorAll('option')[1]?.hasAttribute('selected')).toBe(true);
    expect(picture.querySelector('dialog, .toasts')).toBeNull();
    // The page itself is left as it was.
    expect(root.querySelector('#title')).not.toBeNull();
  });

  it('is stored with the address, language, width and build that drew it', () => {
    window.history.replaceState(null, '', '/roadmaps/r1/goals');
    document.documentElement.lang = 'it';
    savePageSnapshot(appRoot('<h1>Obiettivi</h1>'), '/assets/index-1.js');

    const meta = JSON.parse(localStorage.getItem(snapshotKey) ?? 'null') as PageSnapshotMeta;
    expect(meta).toMatchObject({
      build: '/assets/index-1.js',
      path: '/roadmaps/r1/goals',
      language: 'it',
      width: window.innerWidth,
    });
    expect(localStorage.getItem(snapshotHtmlKey)).toBe('<h1>Obiettivi</h1>');
  });

  it('keeps none of a page too large for the room drafts need, and forgets the older one', () => {
    savePageSnapshot(appRoot('<h1>Roadmaps</h1>'), '/assets/index-1.js');
    document.body.replaceChildren();
    savePageSnapshot(appRoot(`<p>${'x'.repeat(snapshotMaxLength)}</p>`), '/assets/index-1.js');

    expect(localStorage.getItem(snapshotKey)).toBeNull();
    expect(localStorage.getItem(snapshotHtmlKey)).toBeNull();
  });

  it('takes no picture while the picture itself is still shown', () => {
    const frame = document.createElement('div');
    frame.id = 'first-paint';
    document.body.append(frame);
    savePageSnapshot(appRoot('<h1>Roadmaps</h1>'), '/assets/index-1.js');

    expect(localStorage.getItem(snapshotKey)).toBeNull();
  });
});
