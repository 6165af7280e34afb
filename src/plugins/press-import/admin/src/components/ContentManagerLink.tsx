import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { contentManagerPath } from '../api';
import { useT } from '../hooks/useT';

/** "Open in Content Manager" for one locale version of an article (or of an entry of `uid`). */
export const ContentManagerLink = ({ documentId, locale, label, uid }: { documentId: string; locale?: string | null; label?: string; uid?: string }) => {
  const t = useT();
  return (
    <Link tag={RouterLink} to={contentManagerPath(documentId, locale, uid)} endIcon={<ArrowRight />} data-testid="cm-link">
      {label ?? t('cm.open')}
    </Link>
  );
};
