import { useCallback, useRef, useState } from 'react';
import { apiErrorMessage } from '../api';
import type { ImportResult, Locale, PreviewResult } from '../types';
import { isPhotoFile, isTextFile, type FileEntry } from '../utils/entries';
import type { Review } from '../utils/review';
import { usePressApi } from './usePressApi';

/**
 * The files dropped in the Import tab. Every added file is previewed right away; a
 * change of language previews it again. Answers of superseded requests are ignored.
 */
export const usePreviews = () => {
  const api = usePressApi();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  /** Photos added with the texts; each goes with the text of the same base name. */
  const [photos, setPhotos] = useState<File[]>([]);
  const generation = useRef(new Map<string, number>());
  const tickets = useRef(0);

  const update = useCallback((name: string, change: (entry: FileEntry) => FileEntry) => {
    setEntries((list) => list.map((e) => (e.name === name ? change(e) : e)));
  }, []);

  const runPreview = useCallback(
    async (file: File, locale?: Locale) => {
      tickets.current += 1;
      const ticket = tickets.current;
      generation.current.set(file.name, ticket);
      const current = () => generation.current.get(file.name) === ticket;
      try {
        const preview: PreviewResult = await api.preview(file, locale);
        if (!current()) return;
        update(file.name, (e) => {
          const firstAnswer = !e.preview;
          const importable = preview.parse.ok && !preview.alreadyImported;
          return {
            ...e,
            loading: false,
            error: undefined,
            preview,
            selected: importable && (firstAnswer ? true : e.selected),
            asTranslation: Boolean(preview.suggestedOriginal),
            // A new parse may number quotes and speakers differently: corrections start over.
            review: undefined,
          };
        });
      } catch (error) {
        if (!current()) return;
        update(file.name, (e) => ({ ...e, loading: false, selected: false, error: apiErrorMessage(error) }));
      }
    },
    [api, update],
  );

  /** Adds (or replaces, by name) texts and photos and previews the texts; returns the names of refused files. */
  const addFiles = useCallback(
    (files: File[]) => {
      const accepted = files.filter(isTextFile);
      const newPhotos = files.filter(isPhotoFile);
      const refused = files.filter((f) => !isTextFile(f) && !isPhotoFile(f)).map((f) => f.name);
      if (newPhotos.length > 0) {
        const names = new Set(newPhotos.map((p) => p.name));
        setPhotos((list) => [...list.filter((p) => !names.has(p.name)), ...newPhotos]);
      }
      if (accepted.length > 0) {
        setEntries((list) => {
          const fresh: FileEntry[] = accepted.map((file) => ({
            name: file.name,
            file,
            loading: true,
            selected: false,
            asTranslation: false,
          }));
          const names = new Set(fresh.map((e) => e.name));
          return [...list.filter((e) => !names.has(e.name)), ...fresh];
        });
        accepted.forEach((file) => void runPreview(file));
      }
      return refused;
    },
    [runPreview],
  );

  const setLocale = useCallback(
    (name: string, locale: Locale) => {
      const entry = entries.find((e) => e.name === name);
      if (!entry) return;
      update(name, (e) => ({ ...e, locale, loading: true }));
      void runPreview(entry.file, locale);
    },
    [entries, runPreview, update],
  );

  /** Previews the given files again (e.g. after an import created possible originals). */
  const refresh = useCallback(
    (names: string[]) => {
      for (const entry of entries) {
        if (!names.includes(entry.name)) continue;
        update(entry.name, (e) => ({ ...e, loading: true }));
        void runPreview(entry.file, entry.locale);
      }
    },
    [entries, runPreview, update],
  );

  const setSelected = useCallback((name: string, selected: boolean) => update(name, (e) => ({ ...e, selected })), [update]);
  const setAsTranslation = useCallback((name: string, asTranslation: boolean) => update(name, (e) => ({ ...e, asTranslation })), [update]);
  const setReview = useCallback((name: string, review: Review) => update(name, (e) => ({ ...e, review })), [update]);
  const markImported = useCallback(
    (name: string, imported: ImportResult) =>
      update(name, (e) => ({ ...e, imported, selected: imported.status === 'failed' ? e.selected : false })),
    [update],
  );
  const remove = useCallback((name: string) => {
    generation.current.delete(name);
    setEntries((list) => list.filter((e) => e.name !== name));
  }, []);
  const clear = useCallback(() => {
    generation.current.clear();
    setEntries([]);
    setPhotos([]);
  }, []);
  const removePhoto = useCallback((name: string) => setPhotos((list) => list.filter((p) => p.name !== name)), []);

  return { entries, photos, removePhoto, addFiles, setLocale, refresh, setSelected, setAsTranslation, setReview, markImported, remove, clear };
};
