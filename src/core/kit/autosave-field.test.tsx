import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presentingClass } from '../../components/ui/use-presenting-class';
import { readDrafts } from '../write/drafts';
import { renderWithProviders, resetForComponentTest } from '../../test/render';
import { AutosaveField } from './autosave-field';

beforeEach(async () => {
  localStorage.clear();
  await resetForComponentTest();
});

describe('a self-saving field', () => {
  it('keeps the text when storing fails, says so, and stores it on the retry', async () => {
    const attempts: string[] = [];
    const save = (text: string) => {
      attempts.push(text);
      return attempts.length === 1
        ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
        : Promise.resolve();
    };
    const { user } = renderWithProviders(<AutosaveField label="Name" value="" onSave={save} />);
    const field = screen.getByLabelText('Name');
    await user.type(field, 'Kept');
    await user.tab();

    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved/i);
    expect(field).toHaveValue('Kept');
    // Tried again a moment later, without another key press.
    await waitFor(() => expect(attempts).toEqual(['Kept', 'Kept']), { timeout: 3000 });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(field).toHaveValue('Kept');
  });

  it('writes nothing while the text is refused, and says why next to it', async () => {
    const attempts: string[] = [];
    const { user } = renderWithProviders(
      <AutosaveField
        label="Name"
        value="Old"
        validate={(text) => (text.trim() === '' ? 'Please fill this in.' : null)}
        onSave={(text) => {
          attempts.push(text);
          return Promise.resolve();
        }}
      />,
    );
    const field = screen.getByLabelText('Name');
    await user.clear(field);
    await user.tab();
    expect(field).toHaveAccessibleDescription('Please fill this in.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(attempts).toEqual([]);
    expect(readDrafts()).toEqual([]);
  });

  describe('holding part of a stage’s result, in presenting mode', () => {
    beforeEach(() => document.documentElement.classList.add(presentingClass));
    afterEach(() => document.documentElement.classList.remove(presentingClass));

    it('reads as text, and an empty one leaves no line behind', () => {
      const save = () => Promise.resolve();
      renderWithProviders(
        <>
          <AutosaveField label="Launch notes" value="Pilot first." readInPresenting onSave={save} />
          <AutosaveField label="Note" value="  " readInPresenting onSave={save} />
          <AutosaveField label="Owner" value="Anna" onSave={save} />
        </>,
      );
      expect(screen.getByText('Pilot first.').tagName).toBe('P');
      expect(screen.queryByLabelText('Launch notes')).toBeNull();
      expect(screen.queryByLabelText('Note')).toBeNull();
      expect(document.querySelectorAll('.presenting-text')).toHaveLength(1);
      // A field that is not a result stays a field (presenting.css hides it).
      expect(screen.getByLabelText('Owner')).toHaveValue('Anna');
    });
  });
});
