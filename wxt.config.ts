import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Lede's manifest: the minimum the features need (each permission is justified in the README).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Store sources zip: the project, not test output.
  zip: { excludeSources: ['test-results/**', 'bench-results/**', '.scratch/**'] },
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
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // No gecko_android: Firefox for Android is not supported (README, Known limits).
            // 140: the first ESR with the CSS Custom Highlight API in content scripts.
            gecko: { id: 'lede@lede.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          side_panel: { default_path: 'sidepanel.html' },
          // Chrome 148+: messages are copied by structured clone instead of JSON (Firefox always does so).
          // The page's HTML sent to be parsed away is then copied, not escaped, stringified and parsed again.
          message_serialization: 'structured_clone',
        }),
  }),
});
