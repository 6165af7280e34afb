import { useState } from 'react';
import { Box, Button, EmptyStateLayout, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { apiErrorCode, apiErrorMessage } from '../api';
import { useCanMerge } from '../hooks/useCanMerge';
import { useMergeDuplicates } from '../hooks/useMergeDuplicates';
import { usePressApi } from '../hooks/usePressApi';
import { useT } from '../hooks/useT';
import { MERGE_TYPES, type MergeEntry, type MergeOutcome, type MergeType } from '../types';
import { entryName } from '../utils/merge';
import { ContentManagerLink } from './ContentManagerLink';
import { MergeDialog } from './MergeDialog';
import { MergeEntryTable } from './MergeEntryTable';
import { MergePicker } from './MergePicker';
import { Notice } from './Notice';

type Done = { kept: MergeEntry; merged: string[]; outcomes: MergeOutcome[] };

/** "Merge duplicates": likely duplicates found by name, or two entries picked by hand, merged after a confirmation. */
export const MergeTab = () => {
  const t = useT();
  const api = usePressApi();
  const { toggleNotification } = useNotification();
  const [type, setType] = useState<MergeType>('speaker');
  const { canMerge, isLoading: checking } = useCanMerge(type);
  const duplicates = useMergeDuplicates(type, canMerge);
  const [pending, setPending] = useState<{ entries: MergeEntry[]; keep?: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  // A new picker (nothing picked) after a merge: the merged entry no longer exists.
  const [pickerRound, setPickerRound] = useState(0);

  const run = async (keep: MergeEntry, merged: MergeEntry[]) => {
    setRunning(true);
    const outcomes: MergeOutcome[] = [];
    try {
      for (const entry of merged) outcomes.push(await api.merge(type, keep.documentId, entry.documentId));
      setDone({ kept: outcomes[outcomes.length - 1]?.kept ?? keep, merged: merged.map(entryName), outcomes });
      setPending(null);
      setPickerRound((n) => n + 1);
    } catch (error) {
      // An entry merged or deleted meanwhile (or by this very page before): said in words, not by its id.
      const gone = apiErrorCode(error) === 'NOT_FOUND';
      toggleNotification({ type: 'danger', message: t('merge.failed', { message: gone ? t('merge.notFound') : apiErrorMessage(error) }) });
      if (gone) {
        setPending(null);
        setPickerRound((n) => n + 1);
      }
      if (outcomes.length > 0) setDone({ kept: outcomes[outcomes.length - 1].kept, merged: merged.slice(0, outcomes.length).map(entryName), outcomes });
    } finally {
      setRunning(false);
      duplicates.reload();
    }
  };

  const total = (key: string) => (done ? done.outcomes.reduce((n, o) => n + (o.moved[key] ?? 0), 0) : 0);
  const aliases = done ? done.outcomes.reduce((n, o) => n + o.aliasesAdded.length, 0) : 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega" textColor="neutral700" style={{ maxWidth: 760 }}>
          {t('merge.intro')}
        </Typography>
        <Box width="240px">
          <Field.Root>
            <Field.Label>{t('merge.type.label')}</Field.Label>
            <SingleSelect
              value={type}
              onChange={(value) => {
                setType(value as MergeType);
                setDone(null);
              }}
              data-testid="merge-type"
            >
              {(Object.keys(MERGE_TYPES) as MergeType[]).map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {t(`merge.type.${value}` as 'merge.type.speaker')}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
      </Flex>

      {done && (
        <Notice variant="success" data-testid="merge-done">
          <Typography>
            {t(type === 'speaker' ? 'merge.done.speaker' : 'merge.done.institution', {
              merged: done.merged.map((n) => `‘${n}’`).join(', '),
              kept: entryName(done.kept),
              quotes: total('quotes'),
              speakers: total('speakers'),
              articles: total('articles'),
              aliases,
            })}
          </Typography>
          <ContentManagerLink uid={MERGE_TYPES[type]} documentId={done.kept.documentId} locale={done.kept.locales[0]} label={t('merge.open')} />
        </Notice>
      )}

      {!checking && !canMerge && (
        <Notice variant="warning" data-testid="merge-no-permission">
          <Typography>{t(type === 'speaker' ? 'merge.noPermission.speaker' : 'merge.noPermission.institution')}</Typography>
        </Notice>
      )}

      {canMerge && (
        <>
          <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-labelledby="merge-duplicates-title">
            <Flex justifyContent="space-between" alignItems="center">
              <Typography variant="delta" tag="h2" id="merge-duplicates-title">
                {t('merge.duplicates.title')}
              </Typography>
              <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={duplicates.reload} loading={duplicates.loading}>
                {t('history.reload')}
              </Button>
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              {t('merge.duplicates.hint')}
            </Typography>
            {duplicates.error && <Notice variant="danger">{t('merge.duplicates.error', { message: duplicates.error })}</Notice>}
            {!duplicates.groups && duplicates.loading && (
              <Box padding={6}>
                <Loader small>{t('merge.duplicates.loading')}</Loader>
              </Box>
            )}
            {duplicates.groups && duplicates.groups.length === 0 && <EmptyStateLayout content={t('merge.duplicates.empty')} />}
            {duplicates.groups?.map((group) => (
              <Box key={group.map((e) => e.documentId).join()} background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid="merge-group">
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <MergeEntryTable type={type} entries={group} />
                  <Flex justifyContent="flex-end">
                    <Button variant="secondary" onClick={() => setPending({ entries: group })} data-testid="merge-group-button">
                      {t('merge.button')}
                    </Button>
                  </Flex>
                </Flex>
              </Box>
            ))}
          </Flex>

          <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-labelledby="merge-pick-title">
            <Typography variant="delta" tag="h2" id="merge-pick-title">
              {t('merge.pick.title')}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t('merge.pick.hint')}
            </Typography>
            <MergePicker key={pickerRound} type={type} disabled={running} onMerge={(keep, merge) => setPending({ entries: [keep, merge], keep: keep.documentId })} />
          </Flex>
        </>
      )}

      <MergeDialog
        type={type}
        entries={pending?.entries ?? null}
        keep={pending?.keep}
        running={running}
        onCancel={() => setPending(null)}
        onConfirm={run}
      />
    </Flex>
  );
};
