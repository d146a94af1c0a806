import { describe, expect, it } from 'vitest';
import { pictureCopy } from './stage-pdf';

function panel(): HTMLElement {
  const section = document.createElement('section');
  section.innerHTML = `
    <h2>Savings calculator</h2>
    <p>Yearly saving: €407,057</p>
    <details class="fold" open>
      <summary class="fold-summary">Chart: survey and age mix for 4 channels</summary>
      <figure>Initial idea against the evidence</figure>
    </details>
    <details class="fold"><summary>Figures</summary><p>Volumes and costs</p></details>
    <div data-edit-only=""><p>Sets baseline and target of the goals</p></div>
    <label>Respondents <input value="200"></label>
    <button type="button">Use as goal target</button>`;
  return section;
}

describe('a result panel copied for its picture', () => {
  it('keeps the results and the content of open folds, as plain boxes without their lines', () => {
    const copy = pictureCopy(panel());
    expect(copy.querySelector('details, summary')).toBeNull();
    expect(copy.querySelector('div.fold > figure')?.textContent).toBe(
      'Initial idea against the evidence',
    );
    expect(copy.textContent).toContain('Yearly saving: €407,057');
    expect(copy).toHaveAttribute('aria-hidden', 'true');
  });

  it('leaves out closed folds, what only serves editing and the controls', () => {
    const copy = pictureCopy(panel());
    for (const left of [
      'Figures',
      'Volumes and costs',
      'Sets baseline',
      'Respondents',
      'Use as goal',
    ])
      expect(copy.textContent).not.toContain(left);
    expect(copy.querySelector('input, button, label')).toBeNull();
  });

  it('leaves the panel on the page as it was', () => {
    const original = panel();
    const before = original.innerHTML;
    pictureCopy(original);
    expect(original.innerHTML).toBe(before);
  });
});
