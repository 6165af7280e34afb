import { Badge } from '@strapi/design-system';
import { isMessageKey, useT } from '../hooks/useT';

const VARIANT: Record<string, 'success' | 'warning' | 'danger' | 'neutral'> = {
  imported: 'success',
  'already-imported': 'warning',
  skipped: 'warning',
  failed: 'danger',
};

/** Outcome of an import (`imported`, `already-imported`, `failed`) or of a history record (`skipped`…). */
export const StatusBadge = ({ status }: { status: string }) => {
  const t = useT();
  const key = `status.${status}`;
  return (
    <Badge variant={VARIANT[status] ?? 'neutral'} data-status={status}>
      {isMessageKey(key) ? t(key) : status}
    </Badge>
  );
};
