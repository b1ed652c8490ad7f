import { render } from 'preact';
import { App } from './App';
import './library.css';

render(<App />, document.getElementById('app') as HTMLElement);
