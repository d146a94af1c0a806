import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import { JoinForm } from './join-form';

beforeEach(resetForComponentTest);
afterEach(() => vi.unstubAllGlobals());

describe('the join form on a phone', () => {
  it('says what is wrong with the code or the name before asking the server', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const onJoined = vi.fn();
    const { user } = renderWithProviders(<JoinForm initialCode="" onJoined={onJoined} />);
    await user.type(screen.getByLabelText('Room code'), 'K7Q');
    await user.type(screen.getByLabelText('Your name'), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A room code has five letters and digits, like K7QMX.',
    );
    expect(screen.getByLabelText('Room code')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Room code'), 'MX');
    await user.clear(screen.getByLabelText('Your name'));
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type a name of up to 40 characters.');
    expect(fetch).not.toHaveBeenCalled();
    expect(onJoined).not.toHaveBeenCalled();
  });

  it('comes from the QR code with the code filled in, so only the name is left to type', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ participant: 'p1', nickname: 'Anna', token: 'claim.signature' }),
          ),
      ),
    );
    const onJoined = vi.fn();
    const { user } = renderWithProviders(<JoinForm initialCode="K7QMX" onJoined={onJoined} />);
    expect(screen.getByLabelText('Room code')).toHaveValue('K7QMX');
    expect(screen.getByLabelText('Your name')).toHaveFocus();
    await user.keyboard('Anna{Enter}');
    await vi.waitFor(
      () =>
        expect(onJoined).toHaveBeenCalledWith({
          code: 'K7QMX',
          participant: 'p1',
          nickname: 'Anna',
          token: 'claim.signature',
        }),
      { timeout: 5000 },
    );
  });

  it('shows the server’s refusal in words, with the code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ error: 'locked' }), { status: 409 })),
    );
    const { user } = renderWithProviders(<JoinForm initialCode="K7QMX" onJoined={vi.fn()} />);
    await user.keyboard('Anna{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Room K7QMX is locked: ask the facilitator to let you in.',
    );
  });
});
