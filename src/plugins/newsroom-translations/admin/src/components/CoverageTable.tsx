import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useT } from '../hooks/useT';
import type { ArticleCoverage, Locale } from '../types';
import { fromIsoDay } from '../utils/dates';
import { LocaleCell } from './LocaleCell';

type Props = {
  articles: ArticleCoverage[];
  locales: Locale[];
  languageName: (code: string) => string;
  busyKey: string | null;
  onStart: (article: ArticleCoverage, locale: string) => void;
  onMarkUpToDate: (article: ArticleCoverage, locale: string) => void;
};

export const busyKeyOf = (documentId: string, locale: string) => `${documentId}:${locale}`;

/** Articles × languages, each cell a state badge and its action. */
export const CoverageTable = ({ articles, locales, languageName, busyKey, onStart, onMarkUpToDate }: Props) => {
  const t = useT();
  const { formatDate } = useIntl();
  return (
    <Table colCount={locales.length + 2} rowCount={articles.length + 1} data-testid="translations-table">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma" textColor="neutral600">
              {t('column.article')}
            </Typography>
          </Th>
          <Th>
            <Typography variant="sigma" textColor="neutral600">
              {t('column.date')}
            </Typography>
          </Th>
          {locales.map((l) => (
            <Th key={l.code}>
              <Typography variant="sigma" textColor="neutral600">
                {`${languageName(l.code)} (${l.code})`}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {articles.map((article) => (
          <Tr key={article.documentId} data-testid="translations-row" data-document-id={article.documentId}>
            <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold" textColor="neutral800">
                  {article.title ?? t('untitled')}
                </Typography>
                {article.sourceLocale && (
                  <Typography variant="pi" textColor="neutral600">
                    {`${t('source')}: ${languageName(article.sourceLocale)}`}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{article.date ? formatDate(fromIsoDay(article.date), { dateStyle: 'medium' }) : '—'}</Typography>
            </Td>
            {locales.map((l) => (
              <Td key={l.code}>
                <LocaleCell
                  article={article}
                  locale={l.code}
                  languageName={languageName}
                  busy={busyKey === busyKeyOf(article.documentId, l.code)}
                  onStart={onStart}
                  onMarkUpToDate={onMarkUpToDate}
                />
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
