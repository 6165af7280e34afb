import { Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { ContentManagerLink } from './ContentManagerLink';
import { Notice } from './Notice';

/** This exact file was imported before: nothing new would be written. */
export const AlreadyImportedNotice = ({ articleDocumentId, locale }: { articleDocumentId: string; locale: string | null }) => {
  const t = useT();
  return (
    <Notice variant="warning" data-testid="press-already-imported">
      <Typography fontWeight="semiBold">{t('alreadyImported.text')}</Typography>
      {articleDocumentId && <ContentManagerLink documentId={articleDocumentId} locale={locale} />}
    </Notice>
  );
};
