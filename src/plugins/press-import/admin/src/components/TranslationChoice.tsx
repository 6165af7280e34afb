import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { useEvidenceText } from '../hooks/useEvidenceText';
import type { SuggestedOriginal } from '../types';
import { ContentManagerLink } from './ContentManagerLink';

type Props = { suggestion: SuggestedOriginal; locale?: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean };

/** Import the file as a new language version of an existing article, as the importer suggests. */
export const TranslationChoice = ({ suggestion, locale, checked, onChange, disabled }: Props) => {
  const t = useT();
  const evidenceText = useEvidenceText();
  return (
    <Box background="primary100" borderColor="primary200" hasRadius padding={3} data-testid="press-translation-choice">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Checkbox checked={checked} disabled={disabled} onCheckedChange={(value) => onChange(value === true)}>
          {t('translation.label', { locale: (locale ?? '').toUpperCase(), title: suggestion.title })}
        </Checkbox>
        <Flex gap={3} wrap="wrap" paddingLeft={6}>
          <Typography variant="pi" textColor="neutral600">
            {t('translation.reasons', { locale: suggestion.locale.toUpperCase(), reasons: evidenceText(suggestion.evidence) })}
          </Typography>
          <ContentManagerLink documentId={suggestion.documentId} locale={suggestion.locale} label={t('translation.openOriginal')} />
        </Flex>
      </Flex>
    </Box>
  );
};
