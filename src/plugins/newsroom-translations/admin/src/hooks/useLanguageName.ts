import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * The name of a content locale in the admin's language ("Kazakh", "казахский",
 * "қазақ тілі"), falling back to the name configured in Strapi, then the code.
 */
export const useLanguageName = (configured: Array<{ code: string; name: string }> = []) => {
  const { locale } = useIntl();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      return undefined;
    }
  }, [locale]);
  return useCallback(
    (code: string) => {
      const name = names?.of(code);
      if (name && name !== code) return name;
      return configured.find((l) => l.code === code)?.name ?? code.toUpperCase();
    },
    [names, configured],
  );
};
