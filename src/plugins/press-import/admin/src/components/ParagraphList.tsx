import { useMemo } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { QuoteColor } from '../utils/speakerColors';
import type { WrittenQuote } from '../utils/written';
import { HighlightedParagraph } from './HighlightedParagraph';

/** The file's paragraphs, each with its quotes highlighted. */
export const ParagraphList = ({
  paragraphs,
  quotes,
  colors,
}: {
  paragraphs: string[];
  quotes: WrittenQuote[];
  colors: Map<string, QuoteColor>;
}) => {
  const t = useT();
  const perParagraph = useMemo(() => {
    const groups = paragraphs.map(() => [] as WrittenQuote[]);
    quotes.forEach((q) => groups[q.quote.paragraph]?.push(q));
    return groups;
  }, [paragraphs, quotes]);
  const orphans = quotes.filter((q) => !perParagraph[q.quote.paragraph]);

  return (
    <Box>
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('card.paragraphs')}
      </Typography>
      <Box marginTop={2} padding={4} background="neutral100" hasRadius data-testid="press-paragraphs">
        <Flex direction="column" alignItems="stretch" gap={3}>
          {paragraphs.map((text, i) => (
            <HighlightedParagraph key={i} text={text} quotes={perParagraph[i]} colors={colors} />
          ))}
          {orphans.length > 0 && (
            <HighlightedParagraph text="" quotes={orphans} colors={colors} />
          )}
        </Flex>
      </Box>
    </Box>
  );
};
