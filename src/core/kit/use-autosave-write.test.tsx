import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEditedFields } from './use-autosave-write';

const filled = { owner: 'Ada', unit: 'calls', target: 80 };

describe('the fields a self-saving form writes', () => {
  it('are those changed in the form, not those another tab changed meanwhile', () => {
    const { result } = renderHook(() => useEditedFields(filled));
    const stored = { ...filled, owner: 'Finance team' };
    expect(result.current.changes({ ...filled, unit: 'euro' }, stored)).toEqual({ unit: 'euro' });
  });

  it('keep a field changed and then changed back, and start afresh once refilled', () => {
    const { result } = renderHook(() => useEditedFields(filled));
    const edits = result.current;
    expect(edits.changes({ ...filled, target: 90 }, filled)).toEqual({ target: 90 });
    // Stored as 90; typed back to 80, the 80 is written too.
    expect(edits.changes(filled, { ...filled, target: 90 })).toEqual({ target: 80 });
    edits.refill({ ...filled, target: 70 });
    expect(
      edits.changes({ ...filled, target: 70, owner: 'Bo' }, { ...filled, target: 75 }),
    ).toEqual({ owner: 'Bo' });
  });
});
