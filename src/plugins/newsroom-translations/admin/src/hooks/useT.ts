import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export type MessageKey = keyof typeof en;
type Values = Record<string, string | number | boolean | null | undefined | Date>;

/** formatMessage for this plugin's keys (`newsroom-translations.<key>`), with the English text as default. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Values) =>
      formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values as Record<string, string>),
    [formatMessage],
  );
};
