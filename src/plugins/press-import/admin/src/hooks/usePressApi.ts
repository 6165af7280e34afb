import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { createPressApi } from '../api';

/** The press-import API, authenticated as the signed-in admin user. */
export const usePressApi = () => {
  const { get, post } = useFetchClient();
  return useMemo(() => createPressApi({ get, post }), [get, post]);
};
