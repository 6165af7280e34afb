import { useCallback } from 'react';
import { useT } from './useT';
import type { SuggestionEvidence } from '../types';

/** Why an article is suggested, in the interface language ("3 speakers in common; same date"). */
export const useEvidenceText = () => {
  const t = useT();
  return useCallback(
    (evidence: SuggestionEvidence) =>
      [
        evidence.speakers > 0 ? t('evidence.speakers', { count: evidence.speakers }) : '',
        evidence.sameDate ? t('evidence.sameDate') : '',
        evidence.numbers.length > 0 ? t('evidence.numbers', { numbers: evidence.numbers.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join('; '),
    [t],
  );
};
