import { render } from 'preact';
import { App } from './App';
import './allow-site.css';

render(<App search={location.search} />, document.getElementById('app') as HTMLElement);
