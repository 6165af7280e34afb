import { useMemo } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { PressQuote } from '../types';
import type { QuoteColor } from '../utils/speakerColors';
import { HighlightedParagraph } from './HighlightedParagraph';

/** The file's paragraphs, each with its quotes highlighted. */
export const ParagraphList = ({
  paragraphs,
  quotes,
  colors,
}: {
  paragraphs: string[];
  quotes: PressQuote[];
  colors: Map<string, QuoteColor>;
}) => {
  const t = useT();
  const perParagraph = useMemo(() => {
    const groups = paragraphs.map(() => [] as Array<{ quote: PressQuote; index: number }>);
    quotes.forEach((quote, index) => groups[quote.paragraph]?.push({ quote, index }));
    return groups;
  }, [paragraphs, quotes]);
  const orphans = quotes.filter((q) => !perParagraph[q.paragraph]);

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
            <HighlightedParagraph text="" quotes={orphans.map((quote) => ({ quote, index: quotes.indexOf(quote) }))} colors={colors} />
          )}
        </Flex>
      </Box>
    </Box>
  );
};
