import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { MERGE_TYPES, type MergeEntry, type MergeType } from '../types';
import { entryName, LINK_COLUMNS, otherNames } from '../utils/merge';
import { ContentManagerLink } from './ContentManagerLink';

/** Entries side by side: names in every language, where published, what links to them. */
export const MergeEntryTable = ({ type, entries }: { type: MergeType; entries: MergeEntry[] }) => {
  const t = useT();
  const links = LINK_COLUMNS[type];
  return (
    <Table colCount={3 + links.length} rowCount={entries.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma" textColor="neutral600">{t('merge.column.name')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma" textColor="neutral600">{t('merge.column.languages')}</Typography>
          </Th>
          {links.map((name) => (
            <Th key={name}>
              <Typography variant="sigma" textColor="neutral600">{t(`merge.links.${name}` as 'merge.links.quotes')}</Typography>
            </Th>
          ))}
          <Th>
            <Typography variant="sigma" textColor="neutral600">{t('merge.column.open')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.documentId} data-testid="merge-entry" data-document-id={entry.documentId}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2} paddingBottom={2}>
                <Typography fontWeight="semiBold" textColor="neutral800">{entryName(entry)}</Typography>
                {otherNames(entry).length > 0 && (
                  <Typography variant="pi" textColor="neutral600">{otherNames(entry).join(' · ')}</Typography>
                )}
                {entry.aliases.length > 0 && (
                  <Typography variant="pi" textColor="neutral600">
                    {t(type === 'speaker' ? 'merge.aliases' : 'merge.abbreviations', { list: entry.aliases.join(', ') })}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Flex gap={1} wrap="wrap">
                {entry.locales.map((locale) => {
                  const published = entry.published.includes(locale);
                  return (
                    <Badge key={locale} variant={published ? 'success' : 'secondary'} title={t(published ? 'merge.published' : 'merge.draft')}>
                      {`${locale.toUpperCase()} · ${t(published ? 'merge.published' : 'merge.draft')}`}
                    </Badge>
                  );
                })}
              </Flex>
            </Td>
            {links.map((name) => (
              <Td key={name}>
                <Typography textColor="neutral800">{entry.links[name] ?? 0}</Typography>
              </Td>
            ))}
            <Td>
              <ContentManagerLink uid={MERGE_TYPES[type]} documentId={entry.documentId} locale={entry.locales[0]} label={t('merge.open')} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
