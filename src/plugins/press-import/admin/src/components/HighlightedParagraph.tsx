import { useMemo } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { PressQuote } from '../types';
import { segmentParagraph } from '../utils/highlight';
import { colorOf, type QuoteColor } from '../utils/speakerColors';
import { QuoteHighlight } from './QuoteHighlight';

type Props = { text: string; quotes: Array<{ quote: PressQuote; index: number }>; colors: Map<string, QuoteColor> };

/** One paragraph as plain React text with its quotes highlighted (never as HTML). */
export const HighlightedParagraph = ({ text, quotes, colors }: Props) => {
  const t = useT();
  const { segments, unplaced } = useMemo(() => segmentParagraph(text, quotes), [text, quotes]);
  const byIndex = useMemo(() => new Map(quotes.map((q) => [q.index, q.quote])), [quotes]);

  const highlight = (index: number, content: string) => {
    const quote = byIndex.get(index)!;
    const label = quote.speaker ? t('quote.by', { speaker: quote.speaker }) : t('quote.unattributed');
    return (
      <QuoteHighlight key={`q${index}`} index={index} speaker={quote.speaker} color={colorOf(colors, quote.speaker)} label={label}>
        {content}
      </QuoteHighlight>
    );
  };

  return (
    <Box>
      <Typography tag="p" variant="omega" lineHeight="1.6">
        {segments.map((s, i) => (s.quoteIndex === undefined ? <span key={i}>{s.text}</span> : highlight(s.quoteIndex, s.text)))}
      </Typography>
      {unplaced.map((index) => (
        <Box key={index} paddingTop={1} paddingLeft={4}>
          <Typography variant="pi" textColor="neutral600">
            {t('card.unplacedQuote')}:{' '}
          </Typography>
          <Typography variant="omega">{highlight(index, byIndex.get(index)!.text)}</Typography>
        </Box>
      ))}
    </Box>
  );
};
