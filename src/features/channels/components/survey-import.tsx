import { useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { useToast } from '../../../components/ui/toasts';
import type { Problem } from '../../../lib/describe-issue';
import { describeStorageError } from '../../../lib/storage-errors';
import { useChannelsMutations } from '../api/channels-queries';
import type { ChannelsData } from '../api/channels-repository';
import {
  askedChannelIds,
  buildCsvTable,
  countResponses,
  isCsvFileName,
  suggestMapping,
  type ChannelNames,
  type CsvTable,
  type SurveyCsvMapping,
} from '../model/survey-csv';
import { channelNamesForMatching } from './channel-names';
import { CsvMappingForm } from './csv-mapping-form';
import { nextTask } from '../../../lib/next-task';
import { ReplaceOrAddDialog } from './replace-or-add-dialog';
import { loadRememberedMapping, storeRememberedMapping } from '../api/survey-mapping-store';
import {
  applyRememberedMapping,
  rememberMapping,
  type RememberedMapping,
} from '../model/remembered-mapping';
import {
  hasSurveyCounts,
  importedSurvey,
  type ImportedSurvey,
  type ImportMode,
} from '../model/survey-import';

/** The file reader and the CSV parser: asked for as the chooser opens, used once a file comes. */
const csvReader = () => import('./read-csv-file');

interface SurveyImportProps {
  roadmapId: string;
  data: ChannelsData;
  /** Called just before the imported survey is saved, so the panel takes it over. */
  onImported: () => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; fraction: number }
  | {
      kind: 'mapping';
      fileName: string;
      table: CsvTable;
      names: ChannelNames[];
      mapping: SurveyCsvMapping;
    };

/** A counted file waiting for "replace or add?". */
interface Counted {
  imported: ImportedSurvey;
  channelsCounted: number;
  ignoredAnswers: number;
  /** The confirmed mapping, remembered for the next file once the import is saved. */
  remember: RememberedMapping;
}

/**
 * Imports raw survey responses from a CSV file: read in chunks with a progress bar, map the
 * columns to channels, then one save. A bad file or row shows its row number and writes nothing.
 */
export function SurveyImport({ roadmapId, data, onImported }: SurveyImportProps) {
  const { t } = useTranslation();
  const progressId = useId();
  const showToast = useToast();
  const { importSurvey } = useChannelsMutations(roadmapId);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState<Counted | null>(null);

  const fail = (problem: Problem) => setProblems([problem]);

  const readFile = async (file: File) => {
    setProblems([]);
    setSummary(null);
    if (!isCsvFileName(file.name)) return fail({ key: 'survey.csv.notCsv' });
    if (file.size === 0) return fail({ key: 'survey.csv.empty' });
    setStep({ kind: 'reading', fileName: file.name, fraction: 0 });
    let reader: Awaited<ReturnType<typeof csvReader>>;
    try {
      reader = await csvReader();
    } catch {
      setStep({ kind: 'idle' });
      // The app's code changed under the page (a new version) or the network went away.
      return fail({ key: 'app.routeErrorBody' });
    }
    try {
      const [records, names] = await Promise.all([
        reader.readCsvFile(file, (fraction) =>
          setStep({ kind: 'reading', fileName: file.name, fraction }),
        ),
        channelNamesForMatching(data.channels),
      ]);
      await nextTask();
      const table = buildCsvTable(records);
      await nextTask();
      if (!table.ok) {
        setStep({ kind: 'idle' });
        return fail(table.problem);
      }
      const mapping =
        applyRememberedMapping(table.value, names, loadRememberedMapping(roadmapId)) ??
        suggestMapping(table.value, names);
      setStep({ kind: 'mapping', fileName: file.name, table: table.value, names, mapping });
    } catch (error) {
      setStep({ kind: 'idle' });
      fail(reader.csvReadProblem(error));
    }
  };

  const importResponses = async (table: CsvTable, mapping: SurveyCsvMapping) => {
    setProblems([]);
    await nextTask();
    const result = countResponses(table, mapping);
    if (!result.ok) return fail(result.problem);
    const asked = askedChannelIds(
      mapping,
      data.channels.map((channel) => channel.id),
    );
    const counted: Counted = {
      imported: importedSurvey(
        result.value,
        data.channels.filter((channel) => asked.has(channel.id)).map((channel) => channel.id),
        mapping.reasonsColumn !== null,
      ),
      channelsCounted: result.value.counts.size,
      ignoredAnswers: result.value.ignoredAnswers,
      remember: rememberMapping(table, mapping),
    };
    if (hasSurveyCounts(data.survey)) return setPending(counted);
    await save(counted, 'replace');
  };

  const save = async (counted: Counted, mode: ImportMode) => {
    try {
      onImported();
      await importSurvey.mutateAsync({ imported: counted.imported, mode });
    } catch (error) {
      setPending(null);
      return setProblems([describeStorageError(error)]);
    }
    storeRememberedMapping(roadmapId, counted.remember);
    const text = [
      t(mode === 'add' ? 'survey.csv.summaryAdded' : 'survey.csv.summary', {
        respondents: t('survey.csv.respondents', { count: counted.imported.respondents }),
        channels: t('survey.csv.channelsCounted', { count: counted.channelsCounted }),
      }),
      counted.ignoredAnswers > 0
        ? t('survey.csv.ignoredAnswers', { count: counted.ignoredAnswers })
        : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
    setPending(null);
    setStep({ kind: 'idle' });
    setSummary(text);
    showToast({ message: text });
  };

  return (
    <div className="survey-import">
      <FilePickerButton
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        className="button"
        onOpen={() => void csvReader().catch(() => undefined)}
        onFile={(file) => void readFile(file)}
      >
        {t('survey.csv.import')}
      </FilePickerButton>
      <p className="field-hint">{t('survey.csv.hint')}</p>
      {step.kind === 'reading' ? (
        <div className="survey-progress">
          <label htmlFor={progressId}>{t('survey.csv.reading', { name: step.fileName })}</label>
          <progress id={progressId} max={100} value={Math.round(step.fraction * 100)} />
        </div>
      ) : null}
      {problems.length > 0 ? (
        <ProblemAlert
          title={t('survey.csv.failed')}
          problems={problems}
          onDismiss={() => setProblems([])}
          dismissLabel={t('survey.csv.dismiss')}
        />
      ) : null}
      {step.kind === 'mapping' ? (
        <CsvMappingForm
          fileName={step.fileName}
          table={step.table}
          names={step.names}
          channels={data.channels}
          mapping={step.mapping}
          isSaving={importSurvey.isPending}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onImport={() => void importResponses(step.table, step.mapping)}
          onCancel={() => {
            setStep({ kind: 'idle' });
            setProblems([]);
          }}
        />
      ) : null}
      {summary ? <p className="survey-summary">{summary}</p> : null}
      <ReplaceOrAddDialog
        open={pending !== null}
        storedRespondents={data.survey?.respondents ?? 0}
        importedRespondents={pending?.imported.respondents ?? 0}
        isSaving={importSurvey.isPending}
        onChoose={(mode) => {
          if (pending) void save(pending, mode);
        }}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
