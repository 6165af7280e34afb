import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { HistoryTab } from '../components/HistoryTab';
import { ImportTab } from '../components/ImportTab';
import { MergeTab } from '../components/MergeTab';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';

const READ_PERMISSIONS = [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }];
const TABS = ['import', 'history', 'merge'] as const;
type Tab = (typeof TABS)[number];

/** The "Press import" page: import press-release files, the import history, and merging duplicate speakers and institutions. */
export const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <PressImportPage />
  </Page.Protect>
);

const PressImportPage = () => {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'import';

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header title={t('plugin.name')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        <Tabs.Root
          variant="simple"
          value={tab}
          onValueChange={(value) => setParams(value === 'import' ? {} : { tab: value }, { replace: true })}
        >
          <Tabs.List aria-label={t('tabs.label')}>
            {TABS.map((value) => (
              <Tabs.Trigger key={value} value={value} data-testid={`press-tab-${value}`}>
                {t(`tabs.${value}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {/* The import tab stays mounted so dropped files survive a look at the history. */}
          <Tabs.Content value="import" forceMount hidden={tab !== 'import'}>
            <Box paddingTop={6}>
              <ImportTab />
            </Box>
          </Tabs.Content>
          <Tabs.Content value="history">
            <Box paddingTop={6}>
              <HistoryTab />
            </Box>
          </Tabs.Content>
          <Tabs.Content value="merge">
            <Box paddingTop={6}>
              <MergeTab />
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export default App;
