import { render } from 'preact';
import { App } from './App';
// Temml's styles for the MathML it writes, with its one font bundled: math never loads a font remotely.
import 'temml/dist/Temml-Local.css';
import './library.css';

render(<App />, document.getElementById('app') as HTMLElement);
