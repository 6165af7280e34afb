import { Box, Checkbox, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useT } from '../hooks/useT';
import { effectiveLocale, isImportable, parsedOf, type FileEntry } from '../utils/entries';
import { LocaleSelect } from './LocaleSelect';
import type { Locale } from '../types';

type Props = {
  entry: FileEntry;
  /** False for users who may preview but not import: no selection checkbox. */
  selectable: boolean;
  disabled?: boolean;
  onSelect: (selected: boolean) => void;
  onLocale: (locale: Locale) => void;
  onRemove: () => void;
  /** Imported: the language is settled, shown as text. */
  imported?: boolean;
  /** The quotes the import writes (the review's drops left out). */
  quoteCount?: number;
};

/** Selection checkbox, title, file facts, language and remove button of a file card. */
export const FileCardHeader = ({ entry, selectable, disabled, onSelect, onLocale, onRemove, imported, quoteCount }: Props) => {
  const t = useT();
  const parsed = parsedOf(entry);
  const title = parsed?.title || entry.name;
  return (
    <Flex gap={4} alignItems="flex-start" justifyContent="space-between">
      <Flex gap={3} alignItems="flex-start">
        {selectable && (
          <Box paddingTop={1}>
            <Checkbox
              aria-label={t('card.select', { name: entry.name })}
              checked={entry.selected}
              disabled={disabled || !isImportable(entry)}
              onCheckedChange={(value) => onSelect(value === true)}
              data-testid="press-select-file"
            />
          </Box>
        )}
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="beta" tag="h2" data-testid="press-card-title">
            {title}
          </Typography>
          <Flex gap={3} wrap="wrap">
            <Typography variant="pi" textColor="neutral600">
              {entry.name}
            </Typography>
            {parsed && (
              <>
                <Typography variant="pi" textColor="neutral600" data-testid="press-encoding">
                  {t('card.encoding', { encoding: parsed.encoding })}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('card.paragraphCount', { count: parsed.paragraphs.length })}
                </Typography>
                <Typography variant="pi" textColor="neutral600" data-testid="press-quote-count">
                  {t('card.quoteCount', { count: quoteCount ?? parsed.quotes.length })}
                </Typography>
              </>
            )}
            {entry.loading && <Loader small>{t('card.loading')}</Loader>}
          </Flex>
        </Flex>
      </Flex>
      <Flex gap={2} alignItems="flex-end">
        {parsed && !imported && (
          <LocaleSelect name={entry.name} value={effectiveLocale(entry)} onChange={onLocale} disabled={disabled || entry.loading} />
        )}
        <IconButton label={t('card.remove', { name: entry.name })} variant="ghost" onClick={onRemove} disabled={disabled}>
          <Cross />
        </IconButton>
      </Flex>
    </Flex>
  );
};
