import { Badge } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { TranslationState } from '../types';

const VARIANT: Record<TranslationState, 'neutral' | 'secondary' | 'success' | 'warning'> = {
  missing: 'neutral',
  draft: 'secondary',
  published: 'success',
  outdated: 'warning',
};

/** The state of one locale version of an article. */
export const StateBadge = ({ state, title }: { state: TranslationState; title?: string }) => {
  const t = useT();
  return (
    <Badge variant={VARIANT[state]} title={title} data-testid="state-badge">
      {t(`state.${state}`)}
    </Badge>
  );
};
