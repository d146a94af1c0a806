import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';

/**
 * dnd-kit's screen-reader messages in the user's language, naming items and targets by what the
 * user sees (a phase or touchpoint name), never by internal ids.
 */
export function useDndAccessibility(nameOf: (id: UniqueIdentifier) => string): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      screenReaderInstructions: { draggable: t('journey.dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => t('journey.dnd.pickedUp', { item: nameOf(active.id) }),
        onDragOver: ({ active, over }) =>
          over
            ? t('journey.dnd.movedOver', { item: nameOf(active.id), target: nameOf(over.id) })
            : t('journey.dnd.notOver', { item: nameOf(active.id) }),
        onDragEnd: ({ active, over }) =>
          over
            ? t('journey.dnd.dropped', { item: nameOf(active.id), target: nameOf(over.id) })
            : t('journey.dnd.droppedNowhere', { item: nameOf(active.id) }),
        onDragCancel: ({ active }) => t('journey.dnd.cancelled', { item: nameOf(active.id) }),
      },
    }),
    [nameOf, t],
  );
}
