import { Button, DatePicker, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useT } from '../hooks/useT';
import type { HistoryFilters as Filters, HistoryStatus } from '../types';
import { fromIsoDay, toIsoDay } from '../utils/dates';

const STATUSES: HistoryStatus[] = ['imported', 'skipped', 'failed'];
const ALL = 'all';

/** Status, date range and user filters of the history table. */
export const HistoryFilters = ({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) => {
  const t = useT();
  const { locale } = useIntl();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const hasFilters = Boolean(value.status || value.from || value.to || value.user);

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end" data-testid="press-history-filters">
      <Field.Root name="status" width="20rem">
        <Field.Label>{t('history.filters.status')}</Field.Label>
        <SingleSelect
          size="S"
          value={value.status ?? ALL}
          onChange={(next) => set({ status: next === ALL ? undefined : (next as HistoryStatus) })}
        >
          <SingleSelectOption value={ALL}>{t('history.filters.allStatuses')}</SingleSelectOption>
          {STATUSES.map((status) => (
            <SingleSelectOption key={status} value={status}>
              {t(`status.${status}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="from" width="20rem">
        <Field.Label>{t('history.filters.from')}</Field.Label>
        <DatePicker
          size="S"
          locale={locale}
          value={fromIsoDay(value.from)}
          maxDate={fromIsoDay(value.to)}
          onChange={(date) => set({ from: toIsoDay(date) })}
          onClear={() => set({ from: undefined })}
          clearLabel={t('history.filters.clearDate')}
        />
      </Field.Root>
      <Field.Root name="to" width="20rem">
        <Field.Label>{t('history.filters.to')}</Field.Label>
        <DatePicker
          size="S"
          locale={locale}
          value={fromIsoDay(value.to)}
          minDate={fromIsoDay(value.from)}
          onChange={(date) => set({ to: toIsoDay(date) })}
          onClear={() => set({ to: undefined })}
          clearLabel={t('history.filters.clearDate')}
        />
      </Field.Root>
      <Field.Root name="user" width="26rem">
        <Field.Label>{t('history.filters.user')}</Field.Label>
        <TextInput
          size="S"
          type="search"
          placeholder="editor@kaznu.kz"
          value={value.user ?? ''}
          onChange={(event) => set({ user: event.target.value || undefined })}
        />
      </Field.Root>
      <Button variant="tertiary" size="M" disabled={!hasFilters} onClick={() => onChange({})}>
        {t('history.filters.reset')}
      </Button>
    </Flex>
  );
};
