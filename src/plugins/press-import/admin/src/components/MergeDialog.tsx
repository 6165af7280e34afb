import { useEffect, useState } from 'react';
import { Box, Button, Dialog, Flex, Radio, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useT } from '../hooks/useT';
import type { MergeEntry, MergeType } from '../types';
import { entryName, likelyKeep } from '../utils/merge';

type Props = {
  type: MergeType;
  /** The entries to merge into one (two or more); null when closed. */
  entries: MergeEntry[] | null;
  /** The entry to keep when the editor picked it already (else the most linked is proposed). */
  keep?: string;
  running: boolean;
  onCancel: () => void;
  onConfirm: (keep: MergeEntry, merged: MergeEntry[]) => void;
};

/** Says exactly what merging will do, lets the editor choose the entry to keep, and confirms. */
export const MergeDialog = ({ type, entries, keep, running, onCancel, onConfirm }: Props) => {
  const t = useT();
  const [keepId, setKeepId] = useState<string | undefined>();
  useEffect(() => setKeepId(entries ? (keep ?? likelyKeep(entries)?.documentId) : undefined), [entries, keep]);
  const kept = entries?.find((e) => e.documentId === keepId);
  const merged = entries?.filter((e) => e.documentId !== keepId) ?? [];
  const sum = (name: string) => merged.reduce((n, e) => n + (e.links[name] ?? 0), 0);
  const mergedNames = merged.map((e) => `‘${entryName(e)}’`).join(', ');
  // What the kept entry will also be known as (the server adds those it lacks).
  const spellings = [...new Set(merged.flatMap((e) => [...Object.values(e.names), ...e.aliases]))];

  return (
    <Dialog.Root open={entries !== null} onOpenChange={(open) => !open && !running && onCancel()}>
      <Dialog.Content data-testid="merge-dialog">
        <Dialog.Header>{t('merge.dialog.title')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            {entries && entries.length > 0 && (
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography variant="sigma" textColor="neutral600" id="merge-keep-label">
                  {t('merge.dialog.keep')}
                </Typography>
                <Radio.Group value={keepId} onValueChange={setKeepId} aria-labelledby="merge-keep-label">
                  {entries.map((e) => (
                    <Radio.Item key={e.documentId} value={e.documentId} data-testid="merge-keep-option">
                      {`${entryName(e)} (${e.locales.map((l) => l.toUpperCase()).join(', ')})`}
                    </Radio.Item>
                  ))}
                </Radio.Group>
              </Flex>
            )}
            {kept && merged.length > 0 && (
              <Box background="neutral100" hasRadius padding={3} data-testid="merge-summary">
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Typography>{t('merge.dialog.intro', { merged: mergedNames, kept: entryName(kept) })}</Typography>
                  <Typography tag="ul" variant="omega" style={{ paddingLeft: 20, listStyle: 'disc' }}>
                    <li>
                      {type === 'speaker'
                        ? t('merge.dialog.movesSpeaker', { quotes: sum('quotes'), articles: sum('articles'), kept: entryName(kept) })
                        : t('merge.dialog.movesInstitution', { speakers: sum('speakers'), articles: sum('articles'), children: sum('children'), kept: entryName(kept) })}
                    </li>
                    <li>
                      {t(type === 'speaker' ? 'merge.dialog.aliases' : 'merge.dialog.abbreviations', {
                        spellings: spellings.join(', '),
                        kept: entryName(kept),
                      })}
                    </li>
                    <li>{t('merge.dialog.fills', { kept: entryName(kept) })}</li>
                    <li>{t('merge.dialog.published')}</li>
                  </Typography>
                  <Typography fontWeight="semiBold" textColor="danger600">
                    {t('merge.dialog.deletes', { merged: mergedNames, count: merged.length })}
                  </Typography>
                </Flex>
              </Box>
            )}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={running}>
              {t('merge.dialog.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button
            fullWidth
            variant="danger-light"
            loading={running}
            disabled={!kept || merged.length === 0}
            onClick={() => kept && onConfirm(kept, merged)}
            data-testid="merge-confirm"
          >
            {t('merge.dialog.confirm', { count: merged.length })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
