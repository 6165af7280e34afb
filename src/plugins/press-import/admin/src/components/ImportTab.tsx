import { useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useCanImport } from '../hooks/useCanImport';
import { useImportRun, type ImportJob } from '../hooks/useImportRun';
import { usePreviews } from '../hooks/usePreviews';
import { useT } from '../hooks/useT';
import { effectiveLocale, isImportable, parsedOf, photosFor, translationTarget } from '../utils/entries';
import { correctionsOf } from '../utils/review';
import { DropZone } from './DropZone';
import { FileCard } from './FileCard';
import { ImportResults } from './ImportResults';
import { ImportToolbar } from './ImportToolbar';
import { Notice } from './Notice';

/** Drop files, check their previews, import the selected ones one by one. */
export const ImportTab = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const previews = usePreviews();
  const importer = useImportRun();
  const { canImport } = useCanImport();
  const [publish, setPublish] = useState(false);

  const { entries, photos } = previews;
  const unmatchedPhotos = photos.filter((photo) => !entries.some((e) => photosFor(e.name, [photo]).length > 0));
  const importable = entries.filter(isImportable);
  const selected = importable.filter((e) => e.selected);

  const onFiles = (files: File[]) => {
    const refused = previews.addFiles(files);
    if (refused.length > 0) toggleNotification({ type: 'warning', message: t('dropzone.refused', { names: refused.join(', ') }) });
  };

  const onImport = async () => {
    const jobs: ImportJob[] = selected.map((e) => ({
      name: e.name,
      file: e.file,
      photos: photosFor(e.name, photos),
      choices: {
        locale: effectiveLocale(e),
        translationOf: translationTarget(e)?.documentId,
        publish,
        corrections: parsedOf(e) && correctionsOf(parsedOf(e)!, e.review),
      },
    }));
    const results = await importer.run(jobs, previews.markImported);
    const failed = results.filter((r) => r.status === 'failed').length;
    toggleNotification({
      type: failed > 0 ? 'warning' : 'success',
      message: t('results.notification', { done: results.length - failed, failed }),
    });
    // Files left in the list may now be translations of what was just imported.
    if (results.some((r) => r.status === 'imported')) {
      const rest = entries.filter((e) => parsedOf(e) && !jobs.some((j) => j.name === e.name)).map((e) => e.name);
      if (rest.length > 0) previews.refresh(rest);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <DropZone onFiles={onFiles} disabled={importer.running} />
      <ImportResults results={importer.results} done={importer.done} total={importer.total} running={importer.running} />
      {entries.length > 0 && (
        <ImportToolbar
          total={entries.length}
          selected={selected.length}
          importable={importable.length}
          publish={publish}
          onPublish={setPublish}
          onSelectAll={(value) => importable.forEach((e) => previews.setSelected(e.name, value))}
          onImport={() => void onImport()}
          onClear={() => {
            previews.clear();
            importer.reset();
          }}
          canImport={canImport}
          running={importer.running}
        />
      )}
      {unmatchedPhotos.length > 0 && (
        <Notice variant="warning" data-testid="press-unmatched-photos">
          <Typography>{t('photos.unmatched', { names: unmatchedPhotos.map((p) => p.name).join(', ') })}</Typography>
        </Notice>
      )}
      {entries.map((entry) => (
        <FileCard
          key={entry.name}
          entry={entry}
          photos={photosFor(entry.name, photos)}
          onRemovePhoto={previews.removePhoto}
          selectable={canImport}
          disabled={importer.running}
          onSelect={(value) => previews.setSelected(entry.name, value)}
          onLocale={(locale) => previews.setLocale(entry.name, locale)}
          onTranslation={(value) => previews.setAsTranslation(entry.name, value)}
          onReview={(review) => previews.setReview(entry.name, review)}
          onRemove={() => previews.remove(entry.name)}
        />
      ))}
    </Flex>
  );
};
