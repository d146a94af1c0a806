import { useTranslation } from '../../../components/ui/translation';
import type { RoomPerson } from '../api/use-host-room';

export interface RoomPeopleProps {
  people: readonly RoomPerson[];
  onRemove: (key: string) => void;
}

/** Who is in the room, in the order they joined, and who has finished. */
export function RoomPeople({ people, onRemove }: RoomPeopleProps) {
  const { t } = useTranslation();
  const finished = people.filter((person) => person.done).length;
  return (
    <div className="live-room-people">
      <p className="live-room-count" aria-live="polite">
        {t('liveRoom.joined', { count: people.length })}
        {people.length > 0 ? ` · ${t('liveRoom.finished', { count: finished })}` : null}
      </p>
      {people.length === 0 ? (
        <p className="muted">{t('liveRoom.nobody')}</p>
      ) : (
        <ul className="live-room-names" aria-label={t('liveRoom.people')}>
          {people.map((person) => (
            <li key={person.key} className={person.done ? 'live-room-done' : undefined}>
              <span>{person.nickname}</span>
              {person.done ? (
                <span className="live-room-done-mark">
                  <span aria-hidden="true"> ✓</span>
                  <span className="visually-hidden">, {t('liveRoom.finishedMark')}</span>
                </span>
              ) : null}
              <button
                type="button"
                className="live-room-remove"
                onClick={() => onRemove(person.key)}
                aria-label={t('liveRoom.remove', { name: person.nickname })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
