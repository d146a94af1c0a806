import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { channelKeys, type ChannelKey } from '../../../lib/channel-catalogue';
import { saveTarget } from '../../../core/kit/save-target';
import type { SubjectChanges } from '../api/starting-point-repository';
import { updateSubjectWrite } from '../api/starting-point-queries';
import { themes, type Subject } from '../model/starting-point';

export interface SubjectDetailsProps {
  roadmapId: string;
  subject: Subject;
  isNameTaken: (name: string, exceptId: string) => boolean;
  onChange: (changes: SubjectChanges) => Promise<unknown>;
}

/** Everything known about one subject besides its scores; every field saves itself. */
export function SubjectDetails({ roadmapId, subject, isNameTaken, onChange }: SubjectDetailsProps) {
  const { t } = useTranslation();
  // Each field saves only itself (a draft until stored), so two people editing two fields of the
  // same subject both keep their text.
  const target = (field: string, changes: (text: string) => SubjectChanges) =>
    saveTarget(updateSubjectWrite, roadmapId, `subject:${subject.id}:${field}`, (text: string) => ({
      subjectId: subject.id,
      changes: changes(text),
    }));
  const validateName = (name: string) => {
    const trimmed = name.trim();
    if (trimmed === '') return t('validation.required');
    if (trimmed.length > 120) return t('validation.tooLong', { maximum: 120 });
    return isNameTaken(trimmed, subject.id)
      ? t('startingPoint.nameTaken', { name: trimmed })
      : null;
  };
  // Ticked boxes change at once; the stored list catches up a moment later.
  const [offered, setOffered] = useState(subject.offeredChannels);
  const [stored, setStored] = useState(subject.offeredChannels);
  if (stored !== subject.offeredChannels) {
    setStored(subject.offeredChannels);
    setOffered(subject.offeredChannels);
  }
  const toggleChannel = (channel: ChannelKey, isOffered: boolean) => {
    const next = channelKeys.filter((key) => (key === channel ? isOffered : offered.includes(key)));
    setOffered(next);
    void onChange({ offeredChannels: next });
  };
  return (
    <div className="subject-details">
      <AutosaveField
        label={t('roadmapForm.name')}
        value={subject.name}
        validate={validateName}
        onSave={target('name', (name) => ({ name: name.trim() }))}
      />
      <AutosaveField
        label={t('startingPoint.website')}
        type="url"
        value={subject.website}
        validate={(website) =>
          website.length > 300 ? t('validation.tooLong', { maximum: 300 }) : null
        }
        onSave={target('website', (website) => ({ website: website.trim() }))}
      />
      {themes.map((theme) => (
        <AutosaveField
          key={theme}
          multiline
          rows={2}
          label={t('startingPoint.evidenceLabel', {
            theme: t(`startingPoint.themesShort.${theme}`),
          })}
          value={subject.evidence[theme]}
          validate={(text) =>
            text.length > 1000 ? t('validation.tooLong', { maximum: 1000 }) : null
          }
          onSave={target(`evidence.${theme}`, (text) => ({ evidence: { [theme]: text.trim() } }))}
        />
      ))}
      <fieldset className="channel-checkboxes">
        <legend>{t('startingPoint.offeredChannels')}</legend>
        {channelKeys.map((channel) => (
          <label key={channel} className="checkbox">
            <input
              type="checkbox"
              checked={offered.includes(channel)}
              onChange={(event) => toggleChannel(channel, event.target.checked)}
            />
            {t(`channelCatalogue.${channel}`)}
          </label>
        ))}
      </fieldset>
      <AutosaveField
        multiline
        rows={2}
        label={t('startingPoint.notes')}
        value={subject.notes}
        validate={(text) =>
          text.length > 2000 ? t('validation.tooLong', { maximum: 2000 }) : null
        }
        onSave={target('notes', (notes) => ({ notes: notes.trim() }))}
      />
    </div>
  );
}
