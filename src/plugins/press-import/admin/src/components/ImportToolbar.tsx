import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useT } from '../hooks/useT';

type Props = {
  total: number;
  selected: number;
  importable: number;
  publish: boolean;
  onPublish: (publish: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onImport: () => void;
  onClear: () => void;
  canImport: boolean;
  running: boolean;
};

/** Select all, "Publish right away" and "Import selected" (only for users allowed to import). */
export const ImportToolbar = ({
  total,
  selected,
  importable,
  publish,
  onPublish,
  onSelectAll,
  onImport,
  onClear,
  canImport,
  running,
}: Props) => {
  const t = useT();
  const allState = selected === 0 ? false : selected === importable ? true : 'indeterminate';
  return (
    <Box
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      paddingTop={4}
      paddingBottom={4}
      paddingLeft={6}
      paddingRight={6}
      data-testid="press-toolbar"
    >
      <Flex gap={6} wrap="wrap" justifyContent="space-between">
        <Flex gap={6} wrap="wrap">
          {canImport && (
            <Checkbox checked={allState} disabled={importable === 0 || running} onCheckedChange={(value) => onSelectAll(value === true)}>
              {t('toolbar.selected', { selected, total })}
            </Checkbox>
          )}
          {canImport && (
            <Checkbox
              checked={publish}
              disabled={running}
              onCheckedChange={(value) => onPublish(value === true)}
              data-testid="press-publish"
            >
              {t('toolbar.publish')}
            </Checkbox>
          )}
        </Flex>
        <Flex gap={2}>
          <Button variant="tertiary" onClick={onClear} disabled={running || total === 0}>
            {t('toolbar.clear')}
          </Button>
          {canImport ? (
            <Button
              startIcon={<Download />}
              onClick={onImport}
              disabled={running || selected === 0}
              loading={running}
              data-testid="press-import-button"
            >
              {t('toolbar.import', { count: selected })}
            </Button>
          ) : (
            <Typography variant="pi" textColor="neutral600" data-testid="press-no-import-permission">
              {t('toolbar.noPermission')}
            </Typography>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
