import { Flex, Typography } from '@strapi/design-system';
import { useErrorText } from '../hooks/useErrorText';
import { useT } from '../hooks/useT';
import type { ImportResult } from '../types';
import { ContentManagerLink } from './ContentManagerLink';
import { StatusBadge } from './StatusBadge';

/** One imported file: its outcome and a link to the article, or the error. */
export const ImportResultLine = ({ result, showFile }: { result: ImportResult; showFile?: boolean }) => {
  const t = useT();
  const errorText = useErrorText();
  return (
    <Flex
      gap={3}
      wrap="wrap"
      alignItems="center"
      data-testid="press-import-result"
      data-status={result.status}
      data-file-name={result.fileName}
    >
      <StatusBadge status={result.status} />
      {showFile && <Typography fontWeight="semiBold">{result.fileName}</Typography>}
      {result.articleTitle && <Typography textColor="neutral700">{result.articleTitle}</Typography>}
      {result.locale && (
        <Typography variant="pi" textColor="neutral600">
          {result.locale.toUpperCase()}
        </Typography>
      )}
      {result.status === 'imported' && result.quotes !== undefined && (
        <Typography variant="pi" textColor="neutral600">
          {t('card.quoteCount', { count: result.quotes })}
        </Typography>
      )}
      {result.articleDocumentId && <ContentManagerLink documentId={result.articleDocumentId} locale={result.locale} />}
      {result.error && result.status === 'failed' && (
        <Typography textColor="danger600" data-testid="press-import-error">
          {errorText(result.error)}
        </Typography>
      )}
    </Flex>
  );
};
