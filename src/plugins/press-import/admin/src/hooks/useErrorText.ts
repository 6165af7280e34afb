import { useCallback } from 'react';
import { isMessageKey, useT } from './useT';

/** A readable text for an error `{code, message}`: the translated code when known, then the server's message. */
export const useErrorText = () => {
  const t = useT();
  return useCallback(
    (error: { code?: string | null; message?: string | null } | undefined) => {
      if (!error) return '';
      const key = `error.${error.code}`;
      const label = error.code && isMessageKey(key) ? t(key) : (error.code ?? '');
      return [label, error.message].filter(Boolean).join(': ');
    },
    [t],
  );
};
