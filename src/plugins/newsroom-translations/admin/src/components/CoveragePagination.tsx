import { Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useT } from '../hooks/useT';
import type { CoverageReport } from '../types';

const PAGE_SIZES = [10, 25, 50, 100];

type Props = { pagination: CoverageReport['pagination']; onPage: (page: number) => void; onPageSize: (pageSize: number) => void };

export const CoveragePagination = ({ pagination, onPage, onPageSize }: Props) => {
  const t = useT();
  const { page, pageCount, total, pageSize } = pagination;
  return (
    <Flex justifyContent="space-between" wrap="wrap" gap={4}>
      <Flex gap={2}>
        <SingleSelect size="S" aria-label={t('pagination.pageSize')} value={String(pageSize)} onChange={(v) => onPageSize(Number(v))}>
          {PAGE_SIZES.map((size) => (
            <SingleSelectOption key={size} value={String(size)}>
              {size}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Typography variant="pi" textColor="neutral600">
          {t('pagination.total', { total })}
        </Typography>
      </Flex>
      <Flex gap={3}>
        <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Typography variant="pi" textColor="neutral800" aria-live="polite">
          {t('pagination.page', { page, pageCount: Math.max(pageCount, 1) })}
        </Typography>
        <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {t('pagination.next')}
        </Button>
      </Flex>
    </Flex>
  );
};
