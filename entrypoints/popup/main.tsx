import { render } from 'preact';

render(<p>Clean Capture</p>, document.getElementById('app') as HTMLElement);
