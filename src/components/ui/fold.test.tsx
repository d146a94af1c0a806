import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Fold } from './fold';
import { goToElement } from './warning-list';
import { drawAllEvent } from './when-visible';

beforeEach(() => sessionStorage.clear());

function renderLazyFold() {
  render(
    <Fold name="test.lazy" summary="3 people" isLazy>
      <input aria-label="Name" />
    </Fold>,
  );
  return { field: () => screen.queryByRole('textbox', { name: 'Name', hidden: true }) };
}

describe('a lazy fold', () => {
  it('builds its content only once opened, and keeps it when folded again', async () => {
    const user = userEvent.setup();
    const { field } = renderLazyFold();
    expect(field()).toBeNull();

    await user.click(screen.getByText('3 people'));
    expect(field()).toBeInTheDocument();
    await user.type(field()!, 'Ada');
    await user.click(screen.getByText('3 people'));
    expect(field()).toHaveValue('Ada');
  });

  it.each([
    ['before printing', 'beforeprint'],
    ['for a stage PDF', drawAllEvent],
  ])('builds its content %s', (_, event) => {
    const { field } = renderLazyFold();
    act(() => {
      window.dispatchEvent(new Event(event));
    });
    expect(field()).toBeInTheDocument();
  });

  it('builds and opens itself when a check goes to an element inside it', () => {
    render(
      <Fold name="test.lazy" summary="3 people" isLazy>
        <input id="person-ada" aria-label="Name" />
      </Fold>,
    );
    act(() => goToElement('person-ada'));
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveFocus();
    expect(field.closest('details')).toHaveAttribute('open');
  });
});
