import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Lede's manifest: the minimum the features need (each permission is justified in the README).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPanel__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
      'toggle-stripping': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandToggleStripping__',
      },
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'sidepanel.html',
            default_title: '__MSG_extName__',
            default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
            open_at_install: false,
          },
          browser_specific_settings: {
            gecko: { id: 'lede@lede.example', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { side_panel: { default_path: 'sidepanel.html' } }),
  }),
});
