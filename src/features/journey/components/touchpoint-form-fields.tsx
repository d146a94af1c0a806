import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../components/ui/translation';
import { TextField } from '../../../components/ui/text-field';
import type { JourneyData } from '../api/journey-repository';
import { otherDevice, type TouchpointFormValues } from '../model/touchpoint-form';
import type { JourneyLabels } from './use-journey-labels';

export interface TouchpointFormFieldsProps {
  register: UseFormRegister<TouchpointFormValues>;
  errors: FieldErrors<TouchpointFormValues>;
  isOtherDevice: boolean;
  deviceOptions: readonly string[];
  channels: JourneyData['channels'];
  kpis: JourneyData['kpis'];
  labels: JourneyLabels;
}

/** The touchpoint's fields, shared by the "new" and "edit" forms. */
export function TouchpointFormFields({
  register,
  errors,
  isOtherDevice,
  deviceOptions,
  channels,
  kpis,
  labels,
}: TouchpointFormFieldsProps) {
  const { t } = useTranslation();
  const select = (
    name: 'channelId' | 'device' | 'kpiId',
    label: string,
    hint: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="field">
      <label htmlFor={`touchpoint-${name}`}>{label}</label>
      <select
        id={`touchpoint-${name}`}
        aria-describedby={`touchpoint-${name}-hint`}
        aria-invalid={errors[name] ? true : undefined}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`touchpoint-${name}-hint`} className="field-hint">
        {hint}
      </p>
      {errors[name]?.message ? <p className="field-error">{errors[name].message}</p> : null}
    </div>
  );
  return (
    <>
      <TextField
        label={t('journey.form.description')}
        hint={t('journey.form.descriptionHint')}
        error={errors.description?.message}
        autoComplete="off"
        {...register('description')}
      />
      <div className="form-row">
        {select(
          'channelId',
          t('journey.form.channel'),
          channels.length > 0 ? t('journey.form.channelHint') : t('journey.form.noChannels'),
          [
            { value: '', label: t('journey.touchpoints.noChannel') },
            ...channels.map((channel) => ({
              value: channel.id,
              label: labels.channel(channel.id),
            })),
          ],
        )}
        {select('device', t('journey.form.device'), t('journey.form.customDeviceHint'), [
          ...deviceOptions.map((device) => ({ value: device, label: labels.device(device) })),
          { value: otherDevice, label: t('journey.form.otherDevice') },
        ])}
      </div>
      {isOtherDevice ? (
        <TextField
          label={t('journey.form.customDevice')}
          error={errors.customDevice?.message}
          autoComplete="off"
          {...register('customDevice')}
        />
      ) : null}
      <div className="form-row">
        <TextField
          label={t('journey.form.owner')}
          hint={t('journey.form.ownerHint')}
          error={errors.owner?.message}
          autoComplete="off"
          {...register('owner')}
        />
        {select(
          'kpiId',
          t('journey.form.kpi'),
          kpis.length > 0 ? t('journey.form.kpiHint') : t('journey.form.noKpis'),
          [
            { value: '', label: t('journey.form.noKpi') },
            ...kpis.map((kpi) => ({ value: kpi.id, label: kpi.name })),
          ],
        )}
      </div>
    </>
  );
}
