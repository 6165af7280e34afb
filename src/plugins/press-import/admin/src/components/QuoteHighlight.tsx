import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import type { QuoteColor } from '../utils/speakerColors';

const Mark = styled.mark<{ $color: QuoteColor; $attributed: boolean }>`
  color: inherit;
  background: ${({ $color }) => $color.background};
  border-bottom: 2px ${({ $attributed }) => ($attributed ? 'solid' : 'dashed')} ${({ $color }) => $color.border};
  border-radius: 2px;
  padding: 0 1px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
`;

/** The words of one quote, in its speaker's colour (grey and dashed when unattributed). */
export const QuoteHighlight = ({
  speaker,
  color,
  label,
  index,
  children,
}: {
  speaker: string | null;
  color: QuoteColor;
  label: string;
  index: number;
  children: ReactNode;
}) => (
  <Mark $color={color} $attributed={Boolean(speaker)} title={label} data-quote-speaker={speaker ?? ''} data-quote-index={index}>
    {children}
  </Mark>
);
