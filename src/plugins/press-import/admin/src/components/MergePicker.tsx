import { useEffect, useState } from 'react';
import { Button, Combobox, ComboboxOption, Field, Flex, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { apiErrorMessage, isAbortError } from '../api';
import { usePressApi } from '../hooks/usePressApi';
import { useT } from '../hooks/useT';
import type { MergeEntry, MergeType } from '../types';
import { entryName, otherNames } from '../utils/merge';
import { MergeEntryTable } from './MergeEntryTable';

/** One entry of `type`, searched by name as the editor types. */
export const EntrySearch = ({ type, label, value, onChange, testId }: { type: MergeType; label: string; value: MergeEntry | null; onChange: (entry: MergeEntry | null) => void; testId: string }) => {
  const t = useT();
  const api = usePressApi();
  const [text, setText] = useState('');
  const q = useDebounce(text, 300).trim();
  const [options, setOptions] = useState<MergeEntry[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!q) return setOptions(value ? [value] : []);
    const controller = new AbortController();
    setLoading(true);
    api
      .searchEntries(type, q, controller.signal)
      .then((found) => {
        setOptions(found);
        setError(undefined);
      })
      .catch((e) => !isAbortError(e) && !controller.signal.aborted && setError(apiErrorMessage(e)))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, type, q]);

  const describe = (e: MergeEntry) => [entryName(e), ...otherNames(e)].join(' · ');
  return (
    <Field.Root error={error} style={{ flex: 1 }}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        data-testid={testId}
        placeholder={t('merge.pick.placeholder')}
        loading={loading}
        loadingMessage={t('merge.pick.loading')}
        noOptionsMessage={() => (q ? t('merge.pick.none') : t('merge.pick.type'))}
        value={value?.documentId ?? ''}
        textValue={text || (value ? entryName(value) : '')}
        onTextValueChange={(next) => setText(next ?? '')}
        onInputChange={(event) => setText(event.currentTarget.value)}
        onChange={(documentId) => {
          const entry = options.find((o) => o.documentId === documentId) ?? null;
          onChange(entry);
          setText(entry ? entryName(entry) : '');
        }}
        onClear={() => {
          onChange(null);
          setText('');
        }}
        clearLabel={t('merge.pick.clear')}
        autocomplete="none"
      >
        {options.map((e) => (
          <ComboboxOption key={e.documentId} value={e.documentId} textValue={entryName(e)}>
            {describe(e)}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Error />
    </Field.Root>
  );
};

/** Two entries the editor picks by name (for duplicates the name keys cannot see). */
export const MergePicker = ({ type, disabled, onMerge }: { type: MergeType; disabled: boolean; onMerge: (keep: MergeEntry, merge: MergeEntry) => void }) => {
  const t = useT();
  const [keep, setKeep] = useState<MergeEntry | null>(null);
  const [merge, setMerge] = useState<MergeEntry | null>(null);
  useEffect(() => {
    setKeep(null);
    setMerge(null);
  }, [type]);
  const same = keep && merge && keep.documentId === merge.documentId;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex gap={4} alignItems="flex-end">
        <EntrySearch key={`keep-${type}`} type={type} label={t('merge.pick.keep')} value={keep} onChange={setKeep} testId="merge-pick-keep" />
        <EntrySearch key={`merge-${type}`} type={type} label={t('merge.pick.merge')} value={merge} onChange={setMerge} testId="merge-pick-merge" />
        <Button variant="secondary" size="L" disabled={disabled || !keep || !merge || Boolean(same)} onClick={() => keep && merge && onMerge(keep, merge)} data-testid="merge-pick-button">
          {t('merge.button')}
        </Button>
      </Flex>
      {(keep || merge) && !same && <MergeEntryTable type={type} entries={[keep, merge].filter((e): e is MergeEntry => Boolean(e))} />}
      {same && (
        <Typography variant="pi" textColor="danger600">
          {t('merge.pick.same')}
        </Typography>
      )}
    </Flex>
  );
};
