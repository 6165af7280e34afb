import type { ReactNode } from 'react';
import { Box, Flex } from '@strapi/design-system';

type Variant = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

const COLORS = {
  neutral: { background: 'neutral100', borderColor: 'neutral200' },
  primary: { background: 'primary100', borderColor: 'primary200' },
  success: { background: 'success100', borderColor: 'success200' },
  warning: { background: 'warning100', borderColor: 'warning200' },
  danger: { background: 'danger100', borderColor: 'danger200' },
} as const;

/** A tinted, non-dismissible message box. */
export const Notice = ({ variant = 'neutral', children, ...rest }: { variant?: Variant; children: ReactNode; 'data-testid'?: string }) => (
  <Box {...COLORS[variant]} hasRadius padding={3} role={variant === 'danger' ? 'alert' : 'status'} {...rest}>
    <Flex gap={2} wrap="wrap" alignItems="center">
      {children}
    </Flex>
  </Box>
);
