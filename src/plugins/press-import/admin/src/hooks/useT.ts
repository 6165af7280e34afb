import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export type MessageKey = keyof typeof en;
type Values = Record<string, string | number | boolean | null | undefined | Date>;

/** formatMessage for this plugin's keys (`press-import.<key>`), with the English text as default. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Values) =>
      formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values as Record<string, string>),
    [formatMessage],
  );
};

/** Whether `key` is one of this plugin's message keys (e.g. `warning.<code>` for a known code). */
export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);
