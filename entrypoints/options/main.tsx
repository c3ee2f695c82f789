import { render } from 'preact';
import { App } from './App';
import '@/components/panel.css';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
