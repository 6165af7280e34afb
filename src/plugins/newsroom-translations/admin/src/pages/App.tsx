import { useState } from 'react';
import { Box, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { apiErrorMessage, routerPath } from '../api';
import { CoverageFilters } from '../components/CoverageFilters';
import { CoveragePagination } from '../components/CoveragePagination';
import { busyKeyOf, CoverageTable } from '../components/CoverageTable';
import { CoverageTotals } from '../components/CoverageTotals';
import { useCoverage, useTranslationsApi } from '../hooks/useCoverage';
import { useLanguageName } from '../hooks/useLanguageName';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';
import type { ArticleCoverage, Filters } from '../types';

const READ_PERMISSIONS = [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }];

/** The "Translations" page: coverage of articles per language, for translators and editors. */
export const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <TranslationsPage />
  </Page.Protect>
);

const TranslationsPage = () => {
  const t = useT();
  const api = useTranslationsApi();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const { data, error, loading, reload } = useCoverage(filters, page, pageSize);
  const languageName = useLanguageName(data?.locales);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  const start = async (article: ArticleCoverage, locale: string) => {
    setBusyKey(busyKeyOf(article.documentId, locale));
    try {
      const { url } = await api.start(article.documentId, locale);
      navigate(routerPath(url));
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('start.error', { message: apiErrorMessage(e) }) });
      setBusyKey(null);
    }
  };

  const markUpToDate = async (article: ArticleCoverage, locale: string) => {
    setBusyKey(busyKeyOf(article.documentId, locale));
    try {
      await api.markUpToDate(article.documentId, locale);
      toggleNotification({ type: 'success', message: t('mark.done', { language: languageName(locale) }) });
      reload();
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('mark.error', { message: apiErrorMessage(e) }) });
    } finally {
      setBusyKey(null);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header
        title={t('plugin.name')}
        subtitle={t('page.subtitle')}
        primaryAction={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload} loading={loading}>
            {t('reload')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <CoverageFilters value={filters} locales={data?.locales ?? []} languageName={languageName} onChange={changeFilters} />
          {error && (
            <Box background="danger100" hasRadius padding={3} role="alert">
              <Typography textColor="danger700">{t('error', { message: error })}</Typography>
            </Box>
          )}
          {!data && loading && (
            <Box padding={8}>
              <Loader>{t('loading')}</Loader>
            </Box>
          )}
          {data && <CoverageTotals report={data} languageName={languageName} dated={Boolean(filters.from || filters.to)} />}
          {data && data.results.length === 0 && <EmptyStateLayout content={t('empty')} />}
          {data && data.results.length > 0 && (
            <>
              <CoverageTable
                articles={data.results}
                locales={data.locales}
                languageName={languageName}
                busyKey={busyKey}
                onStart={start}
                onMarkUpToDate={markUpToDate}
              />
              <CoveragePagination
                pagination={data.pagination}
                onPage={setPage}
                onPageSize={(size) => {
                  setPageSize(size);
                  setPage(1);
                }}
              />
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default App;
