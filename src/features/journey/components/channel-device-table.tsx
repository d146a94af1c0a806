import { Fold } from '../../../components/ui/fold';
import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { JourneyData } from '../api/journey-repository';
import { channelDeviceMatrix } from '../model/channel-device-matrix';
import type { JourneyLabels } from './use-journey-labels';

export interface ChannelDeviceTableProps {
  data: JourneyData;
  labels: JourneyLabels;
}

/** Up to this many rows the table shows open under the map. */
const shortTable = 6;

/**
 * Channels × devices as a shaded table: how many touchpoints use each pair and in which phases.
 * The numbers and phase names are written in the cells, so the shading only helps the eye.
 */
export function ChannelDeviceTable({ data, labels }: ChannelDeviceTableProps) {
  const { t } = useTranslation();
  const matrix = useMemo(
    () => channelDeviceMatrix(data.channels, data.phases, data.touchpoints),
    [data.channels, data.phases, data.touchpoints],
  );
  const phaseNames = useMemo(
    () => new Map(data.phases.map((phase) => [phase.id, phase.name])),
    [data.phases],
  );
  return (
    <section className="journey-panel journey-matrix" aria-labelledby="journey-matrix-heading">
      <h2 id="journey-matrix-heading">{t('journey.matrix.heading')}</h2>
      <p className="muted">{t('journey.matrix.intro')}</p>
      {matrix.devices.length === 0 ? (
        <p className="journey-none">{t('journey.matrix.empty')}</p>
      ) : (
        <Fold
          name="journey.matrix"
          defaultOpen={matrix.rows.length <= shortTable}
          summary={t('journey.matrix.fold', {
            count: data.touchpoints.length,
            used: matrix.rows.filter((row) => row.channelId !== null && row.total > 0).length,
            channels: data.channels.length,
            devices: matrix.devices.length,
          })}
        >
          <div className="journey-matrix-scroll">
            <table>
              <caption className="visually-hidden">{t('journey.matrix.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('journey.matrix.channel')}</th>
                  {matrix.devices.map((device) => (
                    <th key={device} scope="col">
                      {labels.device(device)}
                    </th>
                  ))}
                  <th scope="col">{t('journey.matrix.total')}</th>
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.channelId ?? 'none'}>
                    <th scope="row">{labels.channel(row.channelId)}</th>
                    {matrix.devices.map((device) => {
                      const cell = row.cells[device];
                      if (!cell) return <td key={device} className="journey-matrix-empty" />;
                      const level = Math.ceil((cell.count / matrix.maxCount) * 4);
                      return (
                        <td key={device} className={`journey-matrix-cell level-${level}`}>
                          <strong>{cell.count}</strong>
                          <span className="journey-matrix-phases">
                            {cell.phaseIds.map((id) => phaseNames.get(id)).join(', ')}
                          </span>
                        </td>
                      );
                    })}
                    <td className="journey-matrix-total">
                      {row.total === 0 ? (
                        <span className="muted">{t('journey.matrix.notUsed')}</span>
                      ) : (
                        row.total
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Fold>
      )}
    </section>
  );
}
