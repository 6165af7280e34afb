import { Button, DatePicker, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useT } from '../hooks/useT';
import { STATES, type Filters, type Locale, type TranslationState } from '../types';
import { fromIsoDay, toIsoDay } from '../utils/dates';

const ALL = 'all';

type Props = { value: Filters; locales: Locale[]; languageName: (code: string) => string; onChange: (next: Filters) => void };

/** Language, state and date-range filters of the coverage table. */
export const CoverageFilters = ({ value, locales, languageName, onChange }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const hasFilters = Boolean(value.locale || value.state || value.from || value.to);

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end" data-testid="translations-filters">
      <Field.Root name="locale" width="18rem">
        <Field.Label>{t('filters.locale')}</Field.Label>
        <SingleSelect size="S" value={value.locale ?? ALL} onChange={(next) => set({ locale: next === ALL ? undefined : String(next) })}>
          <SingleSelectOption value={ALL}>{t('filters.allLocales')}</SingleSelectOption>
          {locales.map((l) => (
            <SingleSelectOption key={l.code} value={l.code}>
              {`${languageName(l.code)} (${l.code})`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="state" width="18rem">
        <Field.Label>{t('filters.state')}</Field.Label>
        <SingleSelect
          size="S"
          value={value.state ?? ALL}
          onChange={(next) => set({ state: next === ALL ? undefined : (next as TranslationState) })}
        >
          <SingleSelectOption value={ALL}>{t('filters.allStates')}</SingleSelectOption>
          {STATES.map((state) => (
            <SingleSelectOption key={state} value={state}>
              {t(`state.${state}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="from" width="18rem">
        <Field.Label>{t('filters.from')}</Field.Label>
        <DatePicker
          size="S"
          locale={locale}
          value={fromIsoDay(value.from)}
          maxDate={fromIsoDay(value.to)}
          onChange={(date) => set({ from: toIsoDay(date) })}
          onClear={() => set({ from: undefined })}
          clearLabel={t('filters.clearDate')}
        />
      </Field.Root>
      <Field.Root name="to" width="18rem">
        <Field.Label>{t('filters.to')}</Field.Label>
        <DatePicker
          size="S"
          locale={locale}
          value={fromIsoDay(value.to)}
          minDate={fromIsoDay(value.from)}
          onChange={(date) => set({ to: toIsoDay(date) })}
          onClear={() => set({ to: undefined })}
          clearLabel={t('filters.clearDate')}
        />
      </Field.Root>
      <Button variant="tertiary" size="M" disabled={!hasFilters} onClick={() => onChange({})}>
        {t('filters.reset')}
      </Button>
    </Flex>
  );
};
