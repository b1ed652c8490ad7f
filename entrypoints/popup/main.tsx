import { render } from 'preact';
import { App } from './App';
import { readArticles } from './use-articles';
import './style.css';

// Started before rendering: IndexedDB opens in the browser process while this page lays out.
const firstRead = readArticles();
render(<App firstRead={firstRead} />, document.getElementById('app') as HTMLElement);
