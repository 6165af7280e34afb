import { PLUGIN_ID } from './pluginId';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';

const LOCALES = ['en', 'ru', 'kk'];

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Translations' },
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, initializer: Initializer, isReady: false, name: 'Translations' });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const code = LOCALES.includes(locale) ? locale : 'en';
        const { default: data } = await import(`./translations/${code}.json`);
        const prefixed = Object.fromEntries(Object.entries(data).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v]));
        return { data: prefixed, locale };
      }),
    );
  },
};
