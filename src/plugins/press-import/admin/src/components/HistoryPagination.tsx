import { Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useT } from '../hooks/useT';
import type { Pagination } from '../types';

const PAGE_SIZES = [10, 25, 50, 100];

type Props = { pagination: Pagination; onPage: (page: number) => void; onPageSize: (pageSize: number) => void };

/** Previous/next page, "page x of y" and the page size of the history table. */
export const HistoryPagination = ({ pagination, onPage, onPageSize }: Props) => {
  const t = useT();
  const { page, pageCount, total, pageSize } = pagination;
  return (
    <Flex justifyContent="space-between" wrap="wrap" gap={4} data-testid="press-history-pagination">
      <Flex gap={2}>
        <SingleSelect
          size="S"
          aria-label={t('history.pagination.pageSize')}
          value={String(pageSize)}
          onChange={(v) => onPageSize(Number(v))}
        >
          {PAGE_SIZES.map((size) => (
            <SingleSelectOption key={size} value={String(size)}>
              {size}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Typography variant="pi" textColor="neutral600">
          {t('history.pagination.pageSize')} · {t('history.pagination.total', { total })}
        </Typography>
      </Flex>
      <Flex gap={3}>
        <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('history.pagination.previous')}
        </Button>
        <Typography variant="pi" textColor="neutral800" aria-live="polite">
          {t('history.pagination.page', { page, pageCount: Math.max(pageCount, 1) })}
        </Typography>
        <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {t('history.pagination.next')}
        </Button>
      </Flex>
    </Flex>
  );
};
