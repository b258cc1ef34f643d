import { Shield } from '@strapi/icons';
import { ANY_PLUGIN_PERMISSION } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/translate';

type Translations = Record<string, string>;

const TRANSLATIONS: Record<string, () => Promise<{ default: Translations }>> = {
  'zh-Hans': () => import('./translations/zh-Hans.json'),
  en: () => import('./translations/en.json'),
};

/** Keys prefixed with the plugin id, as the admin's react-intl messages expect. */
export const prefixed = (data: Translations) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Shield,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Warranty claims' },
      Component: () => import('./pages/App'),
      permissions: ANY_PLUGIN_PERMISSION,
      position: 3,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale] ?? (locale.startsWith('zh') ? TRANSLATIONS['zh-Hans'] : null);
        if (!load) return { data: {}, locale };
        try {
          const { default: data } = await load();
          return { data: prefixed(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
