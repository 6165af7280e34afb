import { Badge, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { EntityDecision } from '../types';

const VARIANT = { new: 'secondary', matched: 'success', ambiguous: 'warning' } as const;

const sameName = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();

/**
 * "new", "ambiguous", or "matched" followed by the existing entry's name when it is
 * spelled differently (e.g. "Руслан Қарабұлов" → "Ruslan Karabulov").
 */
export const DecisionBadge = ({ decision, imported }: { decision: EntityDecision; imported?: boolean }) => {
  const t = useT();
  const matchedName = decision.decision === 'matched' ? (decision.matchedName ?? decision.name) : undefined;
  const label = matchedName
    ? t('decision.matched', { name: matchedName })
    : decision.decision === 'ambiguous'
      ? t('decision.ambiguous')
      : t('decision.new');
  if (imported && decision.decision === 'new') {
    // After the import a "new" entry exists: it was created with the article.
    return (
      <Badge variant="neutral" data-decision="created">
        {t('decision.created')}
      </Badge>
    );
  }
  return (
    <Flex gap={1} wrap="wrap" title={label}>
      <Badge variant={VARIANT[decision.decision] ?? 'neutral'} data-decision={decision.decision} aria-label={label}>
        {matchedName ? t('decision.matchedShort') : label}
      </Badge>
      {matchedName && !sameName(matchedName, decision.name) && (
        <Typography variant="pi" textColor="success600" aria-hidden>
          → {matchedName}
        </Typography>
      )}
    </Flex>
  );
};
