import { useMemo } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { segmentParagraph } from '../utils/highlight';
import { colorOf, type QuoteColor } from '../utils/speakerColors';
import type { WrittenQuote } from '../utils/written';
import { QuoteHighlight } from './QuoteHighlight';

type Props = { text: string; quotes: WrittenQuote[]; colors: Map<string, QuoteColor> };

/** One paragraph as plain React text with its quotes highlighted (never as HTML). */
export const HighlightedParagraph = ({ text, quotes, colors }: Props) => {
  const t = useT();
  // A quote the editor dropped is not written: its words are plain text again.
  const kept = useMemo(() => quotes.filter((q) => !q.dropped), [quotes]);
  const { segments, unplaced } = useMemo(() => segmentParagraph(text, kept), [text, kept]);
  const byIndex = useMemo(() => new Map(kept.map((q) => [q.index, q])), [kept]);

  const highlight = (index: number, content: string) => {
    const q = byIndex.get(index)!;
    const label = q.speakerName ? t('quote.by', { speaker: q.speakerName }) : t('quote.unattributed');
    return (
      <QuoteHighlight key={`q${index}`} index={index} speaker={q.speakerName} color={colorOf(colors, q.speaker)} label={label}>
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
          <Typography variant="omega">{highlight(index, byIndex.get(index)!.quote.text)}</Typography>
        </Box>
      ))}
    </Box>
  );
};
