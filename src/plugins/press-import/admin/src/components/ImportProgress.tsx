import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { useT } from '../hooks/useT';

const WideBar = styled(ProgressBar)`
  width: 100%;
  background-color: ${({ theme }) => theme.colors.neutral200};
  & > div {
    background-color: ${({ theme }) => theme.colors.primary600};
  }
`;

/** "Importing 2 of 5" with a bar; one step per file. */
export const ImportProgress = ({ done, total, running }: { done: number; total: number; running: boolean }) => {
  const t = useT();
  if (total === 0) return null;
  const percent = Math.round((done / total) * 100);
  return (
    <Box data-testid="press-import-progress" data-done={done} data-total={total}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" fontWeight="semiBold" aria-live="polite">
          {running ? t('progress.running', { done, total }) : t('progress.finished', { done, total })}
        </Typography>
        <WideBar value={percent} aria-label={t('progress.label')} aria-valuetext={`${done}/${total}`} />
      </Flex>
    </Box>
  );
};
