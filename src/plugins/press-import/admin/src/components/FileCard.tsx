import { useMemo } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useErrorText } from '../hooks/useErrorText';
import { useT } from '../hooks/useT';
import type { EntityDecision, Locale } from '../types';
import { effectiveLocale, isImportable, parsedOf, type FileEntry } from '../utils/entries';
import { EMPTY_REVIEW, type Review } from '../utils/review';
import type { QuoteColor } from '../utils/speakerColors';
import { writtenView } from '../utils/written';
import { AlreadyImportedNotice } from './AlreadyImportedNotice';
import { EntityList } from './EntityList';
import { ExistingVersionNotice } from './ExistingVersionNotice';
import { FileCardHeader } from './FileCardHeader';
import { ImportResultLine } from './ImportResultLine';
import { Notice } from './Notice';
import { ParagraphList } from './ParagraphList';
import { ReviewPanel } from './ReviewPanel';
import { PhotoList } from './PhotoList';
import { TranslationChoice } from './TranslationChoice';
import { WarningList } from './WarningList';

const NO_COLORS = new Map<string, QuoteColor>();

type Props = {
  entry: FileEntry;
  /** The photos added with this text (same base name), cover first. */
  photos: File[];
  onRemovePhoto: (name: string) => void;
  selectable: boolean;
  disabled?: boolean;
  onSelect: (selected: boolean) => void;
  onLocale: (locale: Locale) => void;
  onTranslation: (asTranslation: boolean) => void;
  onReview: (review: Review) => void;
  onRemove: () => void;
};

/** The preview of one dropped file, before anything is written. */
export const FileCard = ({ entry, photos, onRemovePhoto, selectable, disabled, onSelect, onLocale, onTranslation, onReview, onRemove }: Props) => {
  const t = useT();
  const errorText = useErrorText();
  const parsed = parsedOf(entry);
  const preview = entry.preview;
  // Once imported, "new" entries exist: the card says so (and the language is settled).
  const imported = entry.imported?.status === 'imported';
  // What the import will write: the parse with the editor's review applied (or, once
  // imported, what the server wrote). Panel, highlights and header all follow it.
  const view = useMemo(() => (parsed ? writtenView(parsed, preview?.speakers ?? [], entry.review) : undefined), [parsed, preview, entry.review]);
  const colors = view?.colors ?? NO_COLORS;

  const written = imported ? entry.imported?.speakers : undefined;
  const speakerItems = useMemo(() => {
    const item = (decision: EntityDecision, detail: string, quoted: number, colorKey?: string) => ({
      decision,
      detail,
      note: quoted > 0 ? t('card.quoteCount', { count: quoted }) : t('speakers.notQuoted'),
      color: quoted > 0 && colorKey ? colors.get(colorKey) : undefined,
      quoted,
    });
    let items;
    if (written) {
      // After the import: the speakers as the server wrote them (the editor's corrections,
      // the existing speakers pointed at), coloured as in the review.
      const keyOf = new Map((view?.speakers ?? []).filter((s) => s.decision.documentId).map((s) => [s.decision.documentId!, s.key]));
      items = written.map((s) =>
        item(s, [s.position, s.institution].filter(Boolean).join(', '), s.quotes, keyOf.get(s.documentId) ?? (s.detected ? `d:${s.detected}` : undefined)),
      );
    } else {
      items = (view?.speakers ?? []).map((s) =>
        item(s.decision, s.existing ? t('speakers.existing') : [s.position, s.institution].filter(Boolean).join(', '), s.quotes, s.key),
      );
    }
    // Quoted people first, in the file's order.
    return [...items.filter((i) => i.quoted > 0), ...items.filter((i) => i.quoted === 0)];
  }, [view, written, colors, t]);
  const institutionItems = useMemo(() => {
    const decisions = new Map((preview?.institutions ?? []).map((d) => [d.name, d]));
    return (parsed?.institutions ?? []).map((i) => ({
      decision: decisions.get(i.name) ?? { name: i.name, decision: 'new' as const },
      detail: i.abbreviations.join(', '),
    }));
  }, [parsed, preview]);

  return (
    <Box
      tag="article"
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      padding={6}
      data-testid="press-file-card"
      data-file-name={entry.name}
      aria-busy={entry.loading}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <FileCardHeader
          entry={entry}
          selectable={selectable}
          disabled={disabled}
          onSelect={onSelect}
          onLocale={onLocale}
          onRemove={onRemove}
          imported={imported}
          quoteCount={view?.quoteCount}
        />
        {entry.error && <Notice variant="danger">{t('card.previewFailed', { message: entry.error })}</Notice>}
        {preview && !preview.parse.ok && (
          <Notice variant="danger" data-testid="press-parse-error">
            <Typography>{t('card.parseFailed', { error: errorText(preview.parse.error) })}</Typography>
          </Notice>
        )}
        {entry.imported && <ImportResultLine result={entry.imported} />}
        {preview?.alreadyImported && !entry.imported && (
          <AlreadyImportedNotice articleDocumentId={preview.alreadyImported.articleDocumentId} locale={preview.alreadyImported.locale} />
        )}
        {preview?.suggestedOriginal && !preview.alreadyImported && entry.imported?.status !== 'imported' && (
          <TranslationChoice
            suggestion={preview.suggestedOriginal}
            locale={effectiveLocale(entry)}
            checked={entry.asTranslation}
            onChange={onTranslation}
            disabled={disabled}
          />
        )}
        {preview?.existingVersion && !preview.alreadyImported && !entry.imported && <ExistingVersionNotice existing={preview.existingVersion} />}
        {parsed && (
          <Grid.Root gap={6}>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
              <ParagraphList paragraphs={parsed.paragraphs} quotes={view!.quotes} colors={colors} />
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={5}>
              <EntityList title={t('speakers.title')} empty={t('speakers.none')} items={speakerItems} testId="press-speakers" imported={imported} />
              <EntityList
                title={t('institutions.title')}
                empty={t('institutions.none')}
                items={institutionItems}
                testId="press-institutions"
                imported={imported}
              />
              <PhotoList photos={photos} onRemove={imported ? undefined : onRemovePhoto} disabled={disabled} />
              <WarningList warnings={parsed.warnings} />
            </Grid.Item>
          </Grid.Root>
        )}
        {parsed && selectable && isImportable(entry) && (
          <ReviewPanel
            parsed={parsed}
            decisions={preview?.speakers ?? []}
            review={entry.review ?? EMPTY_REVIEW}
            onChange={onReview}
            disabled={disabled}
          />
        )}
      </Flex>
    </Box>
  );
};
