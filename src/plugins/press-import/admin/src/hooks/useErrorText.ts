import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { isMessageKey, useT } from './useT';

/**
 * The detail of a server warning or error in the interface language: the server's own
 * message (English, and the most specific) in English; otherwise the translated detail
 * of its code, and the server's message only for a code the interface does not know.
 */
export const useDetailText = () => {
  const t = useT();
  const { locale } = useIntl();
  const english = locale.toLowerCase().startsWith('en');
  return useCallback(
    (code: string | null | undefined, message: string | null | undefined) => {
      const key = `detail.${code}`;
      if (english) return message || (code && isMessageKey(key) ? t(key) : '');
      return code && isMessageKey(key) ? t(key) : (message ?? '');
    },
    [t, english],
  );
};

/** A readable text for an error `{code, message}`: the translated code when known, then its detail. */
export const useErrorText = () => {
  const t = useT();
  const detail = useDetailText();
  return useCallback(
    (error: { code?: string | null; message?: string | null } | undefined) => {
      if (!error) return '';
      const key = `error.${error.code}`;
      const label = error.code && isMessageKey(key) ? t(key) : (error.code ?? '');
      const text = detail(error.code, error.message);
      return [label, text !== label ? text : ''].filter(Boolean).join(': ');
    },
    [t, detail],
  );
};
