import { render } from 'preact';
import { App } from './App';
import { uiLanguage } from '@/utils/extension/i18n';
import '@/components/panel.css';

// The UI's language, as the messages are in: screen readers and hyphenation follow it; page text has its own.
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
