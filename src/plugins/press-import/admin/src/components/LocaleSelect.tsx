import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { isLocale, LOCALES, type Locale } from '../types';

/** The language a file is imported in (the detected one until changed). */
export const LocaleSelect = ({
  name,
  value,
  onChange,
  disabled,
}: {
  name: string;
  value?: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
}) => {
  const t = useT();
  return (
    <Field.Root name={`locale-${name}`} width="20rem">
      <Field.Label>{t('card.locale')}</Field.Label>
      <SingleSelect
        size="S"
        value={value}
        disabled={disabled}
        onChange={(next) => {
          if (isLocale(next)) onChange(next);
        }}
        data-testid="press-locale-select"
      >
        {LOCALES.map((locale) => (
          <SingleSelectOption key={locale} value={locale}>
            {t(`locale.${locale}`)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
