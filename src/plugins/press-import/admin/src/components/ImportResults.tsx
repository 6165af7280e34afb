import { Box, Divider, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { ImportResult } from '../types';
import { ImportProgress } from './ImportProgress';
import { ImportResultLine } from './ImportResultLine';

/** Progress and outcome of the last "Import selected" run. */
export const ImportResults = ({
  results,
  done,
  total,
  running,
}: {
  results: ImportResult[];
  done: number;
  total: number;
  running: boolean;
}) => {
  const t = useT();
  if (total === 0) return null;
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} data-testid="press-import-results">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {t('results.title')}
        </Typography>
        <ImportProgress done={done} total={total} running={running} />
        {!running && (
          <Typography variant="pi" textColor="neutral600">
            {t('results.summary', { imported: count('imported'), skipped: count('already-imported'), failed: count('failed') })}
          </Typography>
        )}
        {results.length > 0 && <Divider />}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
          {results.map((result) => (
            <li key={result.fileName}>
              <ImportResultLine result={result} showFile />
            </li>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};
