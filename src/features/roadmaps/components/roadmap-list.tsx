import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { roadmapPath } from '../../../lib/stages';
import type { Roadmap } from '../../../core/roadmap';
import { StageProgressBar } from './stage-progress-bar';

export interface RoadmapListProps {
  roadmaps: readonly Roadmap[];
  onRename: (roadmap: Roadmap) => void;
  onDuplicate: (roadmap: Roadmap) => void;
  onExport: (roadmap: Roadmap) => void;
  onDelete: (roadmap: Roadmap) => void;
}

export function RoadmapList({
  roadmaps,
  onRename,
  onDuplicate,
  onExport,
  onDelete,
}: RoadmapListProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="roadmap-table">
      <thead>
        <tr>
          <th scope="col">{t('library.columns.name')}</th>
          <th scope="col">{t('library.columns.company')}</th>
          <th scope="col">{t('library.columns.updated')}</th>
          <th scope="col">{t('library.columns.progress')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {roadmaps.map((roadmap) => (
          <tr key={roadmap.id}>
            <th scope="row">
              <Link to={roadmapPath(roadmap.id)} className="roadmap-link">
                {roadmap.name}
              </Link>
            </th>
            <td>{roadmap.company || t('library.noCompany')}</td>
            <td>
              <time dateTime={roadmap.updatedAt}>
                {formatDateTime(roadmap.updatedAt, i18n.language)}
              </time>
            </td>
            <td>
              <StageProgressBar roadmap={roadmap} />
            </td>
            <td>
              <div
                role="group"
                aria-label={t('library.actions', { name: roadmap.name })}
                className="row-actions"
              >
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onRename(roadmap)}
                >
                  {t('library.rename')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onDuplicate(roadmap)}
                >
                  {t('library.duplicate')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onExport(roadmap)}
                >
                  {t('library.export')}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => onDelete(roadmap)}
                >
                  {t('library.delete')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
