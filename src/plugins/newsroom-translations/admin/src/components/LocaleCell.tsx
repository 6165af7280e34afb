import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Check, Pencil, Plus } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import { routerPath } from '../api';
import { useT } from '../hooks/useT';
import type { ArticleCoverage } from '../types';
import { StateBadge } from './StateBadge';

type Props = {
  article: ArticleCoverage;
  locale: string;
  languageName: (code: string) => string;
  busy: boolean;
  onStart: (article: ArticleCoverage, locale: string) => void;
  onMarkUpToDate: (article: ArticleCoverage, locale: string) => void;
};

/** The state of one article in one language, with what a translator can do about it. */
export const LocaleCell = ({ article, locale, languageName, busy, onStart, onMarkUpToDate }: Props) => {
  const t = useT();
  const coverage = article.locales[locale];
  if (!coverage) return null;
  const names = { language: languageName(locale), title: article.title ?? t('untitled') };
  const hint = coverage.outdated && coverage.translatedFrom ? t('outdated.hint', { language: languageName(coverage.translatedFrom) }) : undefined;

  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="locale-cell" data-locale={locale} data-state={coverage.state}>
      <Flex gap={2}>
        <StateBadge state={coverage.state} title={hint} />
        {coverage.source && (
          <Typography variant="pi" textColor="neutral600">
            {t('source')}
          </Typography>
        )}
        {/* Outdated hides whether the version is online: say it. */}
        {coverage.outdated && (
          <Typography variant="pi" textColor="neutral600">
            {t(coverage.published ? 'note.published' : 'note.draft')}
          </Typography>
        )}
      </Flex>
      {coverage.state === 'missing' ? (
        <Button
          size="S"
          variant="secondary"
          startIcon={<Plus />}
          loading={busy}
          aria-label={t('action.start.label', names)}
          onClick={() => onStart(article, locale)}
          data-testid="start-translation"
        >
          {t('action.start')}
        </Button>
      ) : (
        <Flex gap={3} wrap="wrap">
          {coverage.url && (
            <Link tag={RouterLink} to={routerPath(coverage.url)} startIcon={<Pencil />} aria-label={t('action.open.label', names)}>
              {t('action.open')}
            </Link>
          )}
          {coverage.outdated && (
            <Button
              size="S"
              variant="tertiary"
              startIcon={<Check />}
              loading={busy}
              aria-label={t('action.markUpToDate.label', names)}
              onClick={() => onMarkUpToDate(article, locale)}
              data-testid="mark-up-to-date"
            >
              {t('action.markUpToDate')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
};
