import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { useErrorText } from '../hooks/useErrorText';
import { useT } from '../hooks/useT';
import type { HistoryRecord } from '../types';
import { ContentManagerLink } from './ContentManagerLink';
import { StatusBadge } from './StatusBadge';

/** What the editor corrected before this import, in a line: "2 quotes reassigned, 1 quote dropped, X = an existing speaker". */
const CorrectionSummary = ({ corrections }: { corrections: NonNullable<HistoryRecord['corrections']> }) => {
  const t = useT();
  const quotes = corrections.quotes ?? [];
  const speakers = corrections.speakers ?? [];
  const dropped = quotes.filter((q) => 'drop' in q && q.drop).length;
  const reassigned = quotes.length - dropped;
  const existing = speakers.filter((s) => 'documentId' in s && s.documentId);
  const edited = speakers.length - existing.length;
  const parts = [
    reassigned > 0 && t('history.corrections.reassigned', { count: reassigned }),
    dropped > 0 && t('history.corrections.dropped', { count: dropped }),
    ...existing.map((s) => t('history.corrections.existing', { name: s.name })),
    edited > 0 && t('history.corrections.edited', { count: edited }),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return null;
  return (
    <Typography tag="p" variant="pi" textColor="neutral600" data-testid="press-history-corrections">
      {t('history.corrections', { list: parts.join(', ') })}
    </Typography>
  );
};

const COLUMNS = ['date', 'file', 'status', 'locale', 'article', 'user', 'source', 'details'] as const;

/**
 * A cell's text that wraps (long file names, titles and e-mails break anywhere) within
 * `max`, so the table fits the page on a 1440 px screen instead of scrolling sideways.
 */
const Wrap = styled(Box)<{ $max: string }>`
  max-width: ${({ $max }) => $max};
  white-space: normal;
  overflow-wrap: anywhere;
`;

/** The rows of the import history. */
export const HistoryTable = ({ records }: { records: HistoryRecord[] }) => {
  const t = useT();
  const errorText = useErrorText();
  const { formatDate } = useIntl();
  return (
    <Table colCount={COLUMNS.length} rowCount={records.length + 1} data-testid="press-history-table">
      <Thead>
        <Tr>
          {COLUMNS.map((column) => (
            <Th key={column}>
              <Typography variant="sigma" textColor="neutral600">
                {t(`history.column.${column}`)}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {records.map((r) => (
          <Tr key={r.id} data-testid="press-history-row" data-file-name={r.fileName} data-status={r.status}>
            <Td>
              <Wrap $max="12rem">
                <Typography textColor="neutral800">{formatDate(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
              </Wrap>
            </Td>
            <Td>
              <Wrap $max="18rem">
                <Typography textColor="neutral800" title={r.sha256}>
                  {r.fileName}
                </Typography>
              </Wrap>
            </Td>
            <Td>
              <StatusBadge status={r.status} />
            </Td>
            <Td>
              <Typography textColor="neutral800">{r.locale?.toUpperCase() ?? '—'}</Typography>
            </Td>
            <Td>
              <Wrap $max="26rem">
                {r.articleDocumentId ? (
                  <ContentManagerLink documentId={r.articleDocumentId} locale={r.locale} label={r.articleTitle || t('cm.open')} />
                ) : (
                  <Typography textColor="neutral600">—</Typography>
                )}
              </Wrap>
            </Td>
            <Td>
              <Wrap $max="16rem">
                <Typography textColor="neutral800">{r.importedBy ?? '—'}</Typography>
              </Wrap>
            </Td>
            <Td>
              <Typography textColor="neutral800">{r.source ?? '—'}</Typography>
            </Td>
            <Td>
              <Wrap $max="20rem">
                <Typography variant="pi" textColor={r.status === 'failed' ? 'danger600' : 'neutral600'}>
                  {r.errorCode || r.reason ? errorText({ code: r.errorCode, message: r.reason }) : ''}
                  {r.warnings && r.warnings.length > 0 ? ` ${t('history.warnings', { count: r.warnings.length })}` : ''}
                </Typography>
                {r.corrections && <CorrectionSummary corrections={r.corrections} />}
              </Wrap>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
