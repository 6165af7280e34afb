import { useState } from 'react';
import { Box, Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useDebounce } from '@strapi/strapi/admin';
import { useHistory } from '../hooks/useHistory';
import { useT } from '../hooks/useT';
import type { HistoryFilters as Filters } from '../types';
import { HistoryFilters } from './HistoryFilters';
import { HistoryPagination } from './HistoryPagination';
import { HistoryTable } from './HistoryTable';
import { Notice } from './Notice';

/** Every import attempt (imported, skipped as duplicate, failed), newest first. */
export const HistoryTab = () => {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const user = useDebounce(filters.user, 400);
  const { data, error, loading, reload } = useHistory({ ...filters, user }, page, pageSize);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4}>
        <HistoryFilters value={filters} onChange={changeFilters} />
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload} loading={loading}>
          {t('history.reload')}
        </Button>
      </Flex>
      {error && <Notice variant="danger">{t('history.error', { message: error })}</Notice>}
      {!data && loading && (
        <Box padding={8}>
          <Loader>{t('history.loading')}</Loader>
        </Box>
      )}
      {data && data.results.length === 0 && <EmptyStateLayout content={t('history.empty')} />}
      {data && data.results.length > 0 && (
        <>
          <HistoryTable records={data.results} />
          <HistoryPagination
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
  );
};
