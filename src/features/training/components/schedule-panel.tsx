import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { isoDay } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { roadmapPath } from '../../../lib/stages';
import type { TrainingData } from '../api/training-repository';
import { trainingSchedule } from '../model/schedule';
import { ScheduleChart } from './schedule-chart';

export interface SchedulePanelProps {
  roadmapId: string;
  data: TrainingData;
}

/** When each module runs, against today and the go-live date of stage 7; a table says the same. */
export function SchedulePanel({ roadmapId, data }: SchedulePanelProps) {
  const { t, i18n } = useTranslation();
  const schedule = useMemo(
    () => trainingSchedule(data.modules, isoDay(), data.goLiveDate),
    [data.modules, data.goLiveDate],
  );
  const date = (day: string | null) => (day ? formatDate(day, i18n.language) : '–');
  return (
    <section className="training-panel" aria-labelledby="training-schedule-title">
      <h2 id="training-schedule-title">{t('training.schedule.heading')}</h2>
      {data.goLiveDate ? (
        <p>{t('training.schedule.goLiveIs', { date: date(data.goLiveDate) })}</p>
      ) : (
        <p className="empty-note">
          {t('training.schedule.noGoLive')}{' '}
          <Link to={roadmapPath(roadmapId, 'go-live')}>{t('training.schedule.setGoLive')}</Link>
        </p>
      )}
      {schedule.axis ? (
        <>
          <ScheduleChart
            schedule={{ ...schedule, axis: schedule.axis }}
            goLiveDate={data.goLiveDate}
          />
          <p className="schedule-key">
            <span className="family-mark family-mark-technical" aria-hidden="true" />{' '}
            {t('training.family.technical')}{' '}
            <span className="family-mark family-mark-behavioural" aria-hidden="true" />{' '}
            {t('training.schedule.behaviouralKey')}
          </p>
        </>
      ) : (
        <p className="empty-note">{t('training.schedule.empty')}</p>
      )}
      {schedule.unscheduled.length > 0 ? (
        <p>
          {t('training.schedule.unscheduled', {
            titles: schedule.unscheduled.map((module) => module.title).join(', '),
          })}
        </p>
      ) : null}
      {data.modules.length > 0 ? (
        <details className="schedule-table">
          <summary>{t('training.schedule.asTable')}</summary>
          <table className="data-table">
            <caption className="visually-hidden">{t('training.schedule.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.modules.fields.title')}</th>
                <th scope="col">{t('training.modules.fields.family')}</th>
                <th scope="col">{t('training.modules.fields.startDate')}</th>
                <th scope="col">{t('training.modules.fields.endDate')}</th>
                <th scope="col">{t('training.modules.fields.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.modules.map((module) => (
                <tr key={module.id}>
                  <th scope="row">{module.title}</th>
                  <td>{t(`training.family.${module.family}`)}</td>
                  <td>{date(module.startDate)}</td>
                  <td>{date(module.endDate)}</td>
                  <td>{t(`training.modules.statusOption.${module.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
