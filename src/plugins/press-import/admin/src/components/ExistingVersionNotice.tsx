import { Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { useEvidenceText } from '../hooks/useEvidenceText';
import type { ExistingVersion } from '../types';
import { ContentManagerLink } from './ContentManagerLink';
import { Notice } from './Notice';

/** The file looks like news that already has a version in its language: importing it would duplicate the article. */
export const ExistingVersionNotice = ({ existing }: { existing: ExistingVersion }) => {
  const t = useT();
  const evidenceText = useEvidenceText();
  const locale = existing.locale.toUpperCase();
  return (
    <Notice variant="warning" data-testid="press-existing-version">
      <Typography>{t('existingVersion.text', { title: existing.title, locale, reasons: evidenceText(existing.evidence) })}</Typography>
      <ContentManagerLink documentId={existing.documentId} locale={existing.locale} label={t('existingVersion.open', { locale })} />
    </Notice>
  );
};
