import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';

/** A controlled field shows what it holds, so the test sees what the app would save. */
function Controlled({ multiline = false }: { multiline?: boolean }) {
  const [text, setText] = useState('');
  return (
    <>
      {multiline ? (
        <textarea
          aria-label="Notes"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      ) : (
        <input aria-label="Name" value={text} onChange={(event) => setText(event.target.value)} />
      )}
      <output aria-label="Held">{JSON.stringify(text)}</output>
    </>
  );
}

function Registered({ onSave }: { onSave: (name: string) => void }) {
  const { register, handleSubmit } = useForm<{ name: string }>({ defaultValues: { name: '' } });
  return (
    <form onSubmit={handleSubmit((values) => onSave(values.name))}>
      <input aria-label="Name" {...register('name')} />
      <button type="submit">Save</button>
    </form>
  );
}

// src/test/setup.ts installs the cleaner on the document, as main.tsx does in the app.
describe('text typed or pasted into a field', () => {
  it('turns PowerPoint soft line breaks and other control characters into spaces', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const field = screen.getByLabelText('Name');
    await user.click(field);
    await user.paste('Libeccio\u000bAir\u0001digital\u000cservice');
    expect(field).toHaveValue('Libeccio Air digital service');
    expect(screen.getByLabelText('Held')).toHaveTextContent('"Libeccio Air digital service"');
    // The caret stays where the paste left it: typing goes on at the end.
    await user.type(field, ' 2027');
    expect(field).toHaveValue('Libeccio Air digital service 2027');
  });

  it('keeps a soft line break as a line break in a text area', async () => {
    const user = userEvent.setup();
    render(<Controlled multiline />);
    const field = screen.getByLabelText('Notes');
    await user.click(field);
    await user.paste('First line\u000bsecond\tline\u0007');
    expect(field).toHaveValue('First line\nsecond\tline ');
  });

  it('hands a react-hook-form field the clean text', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    render(<Registered onSave={(name) => saved.push(name)} />);
    await user.click(screen.getByLabelText('Name'));
    await user.paste('Tramontana\u000bS.p.A.\uFFFF');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(saved).toEqual(['Tramontana S.p.A.\uFFFD']);
  });
});
