import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
// The generic loader of the press-import admin (this plugin needs press-import anyway).
import { useLoad } from '../../../../press-import/admin/src/hooks/useLoad';
import { createTranslationsApi } from '../api';
import type { Filters } from '../types';

/** The Translations API, authenticated as the signed-in admin user. */
export const useTranslationsApi = () => {
  const { get, post } = useFetchClient();
  return useMemo(() => createTranslationsApi({ get, post }), [get, post]);
};

/** One page of the coverage for the given filters; refetches when they change or on reload(). */
export const useCoverage = (filters: Filters, page: number, pageSize: number) => {
  const api = useTranslationsApi();
  const { locale, state, from, to } = filters;
  return useLoad((signal) => api.coverage({ locale, state, from, to }, page, pageSize, signal), [api, locale, state, from, to, page, pageSize]);
};
