import { Box, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { CoverageReport } from '../types';

const capitalize = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s);

type Props = { report: CoverageReport; languageName: (code: string) => string; dated: boolean };

/** One sentence per language: "37 articles lack a Kazakh version", then the other states. */
export const CoverageTotals = ({ report, languageName, dated }: Props) => {
  const t = useT();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} aria-label={t('totals.label')} tag="section">
      <Flex direction="column" alignItems="stretch" gap={2}>
        {report.locales.map(({ code }) => {
          const totals = report.totals[code];
          if (!totals) return null;
          const language = languageName(code);
          return (
            <Flex key={code} gap={2} wrap="wrap" data-testid="translations-total" data-locale={code} data-missing={totals.missing} data-outdated={totals.outdated}>
              <Typography fontWeight="bold" textColor="neutral800">
                {t('totals.sentence', { count: totals.missing, language: capitalize(language), a: /^[aeiou]/i.test(language) ? 'an' : 'a' })}
              </Typography>
              <Typography textColor="neutral600">
                {t('totals.details', { outdated: totals.outdated, draft: totals.draft, published: totals.published })}
              </Typography>
            </Flex>
          );
        })}
        {dated && (
          <Typography variant="pi" textColor="neutral600">
            {t('totals.range', { count: report.articles })}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
