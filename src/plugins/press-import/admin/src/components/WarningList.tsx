import { Box, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { isMessageKey, useT } from '../hooks/useT';
import { useDetailText } from '../hooks/useErrorText';
import type { PressWarning } from '../types';

/** The parser's warnings: a translated summary per code and its detail (the parser's own in English). */
export const WarningList = ({ warnings }: { warnings: PressWarning[] }) => {
  const t = useT();
  const detail = useDetailText();
  if (warnings.length === 0) return null;
  const warningText = (code: string) => {
    const key = `warning.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
  return (
    <Box data-testid="press-warnings">
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('warnings.title')} ({warnings.length})
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        {warnings.map((w, i) => (
          <Flex tag="li" key={i} gap={2} alignItems="flex-start">
            <Box color="warning600" flex="0 0 auto" paddingTop={1}>
              <WarningCircle aria-hidden />
            </Box>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography fontWeight="semiBold">
                {warningText(w.code)}
                {w.paragraph !== undefined && ` · ${t('warnings.paragraph', { number: w.paragraph + 1 })}`}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {detail(w.code, w.message)}
              </Typography>
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
