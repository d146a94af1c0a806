import { act, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { renderWithProviders, resetForComponentTest } from '../../test/render';
import { useTranslation } from './translation';

beforeEach(resetForComponentTest);

type Ask = [key: string, options?: Record<string, unknown>];

/** Shows what `t` gives for each ask, one list item each. */
function Texts({ asks }: { asks: Ask[] }) {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <ul>
      {asks.map(([key, options], index) => (
        <li key={index}>{translate(key, options)}</li>
      ))}
    </ul>
  );
}

/** Asks for `key` once, and once more at each press of "Ask again". */
function AskAgain({ askFor }: { askFor: string }) {
  const [times, setTimes] = useState(1);
  return (
    <>
      <button type="button" onClick={() => setTimes(times + 1)}>
        Ask again
      </button>
      <Texts asks={Array.from({ length: times }, (): Ask => [askFor])} />
    </>
  );
}

const texts = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('the shared t', () => {
  it('gives each count and value its own text, asked again and again', () => {
    const chart = 'channels.evidence.chartFold';
    const competitors = 'channels.evidence.competitorsCount';
    renderWithProviders(
      <Texts
        asks={[
          [chart, { count: 1 }],
          [chart, { count: 3 }],
          [chart, { count: 1 }],
          [competitors, { count: 2, total: 5 }],
          [competitors, { count: 2, total: 6 }],
          [competitors, { count: 2, total: 5 }],
          // A count written as text is not the number: i18next finds no plural for it.
          [chart, { count: '3' }],
        ]}
      />,
    );
    expect(texts()).toEqual([
      'Chart: survey and age mix for 1 channel',
      'Chart: survey and age mix for 3 channels',
      'Chart: survey and age mix for 1 channel',
      '2 of 5 competitors',
      '2 of 6 competitors',
      '2 of 5 competitors',
      chart,
    ]);
  });

  it('follows a change of language', async () => {
    renderWithProviders(<Texts asks={[['channels.evidence.chartFold', { count: 4 }]]} />);
    expect(texts()).toEqual(['Chart: survey and age mix for 4 channels']);
    await act(() => changeLanguage('it'));
    expect(texts()).toEqual(['Grafico: sondaggio e mix di età per 4 canali']);
    await act(() => changeLanguage('en'));
    expect(texts()).toEqual(['Chart: survey and age mix for 4 channels']);
  });

  it('finds a key whose catalog part arrives after it was first asked for', async () => {
    const key = 'translationTest.arrivesLater';
    const { user } = renderWithProviders(<AskAgain askFor={key} />);
    expect(texts()).toEqual([key]);
    act(() => {
      i18next.addResourceBundle('en', 'translation', {
        translationTest: { arrivesLater: 'Here now' },
      });
    });
    await user.click(screen.getByRole('button', { name: 'Ask again' }));
    expect(texts()).toEqual(['Here now', 'Here now']);
  });

  it('gives a text changed in its catalog as it is now', async () => {
    const key = 'translationTest.changes';
    i18next.addResourceBundle('en', 'translation', { translationTest: { changes: 'Before' } });
    const { user } = renderWithProviders(<AskAgain askFor={key} />);
    expect(texts()).toEqual(['Before']);
    act(() => {
      i18next.addResourceBundle(
        'en',
        'translation',
        { translationTest: { changes: 'After' } },
        true,
        true,
      );
    });
    await user.click(screen.getByRole('button', { name: 'Ask again' }));
    expect(texts()).toEqual(['After', 'After']);
  });
});
