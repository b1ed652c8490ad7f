import { readFirstRows } from './read-first-rows';
import './style.css';

// The newest rows are asked for before anything else loads: after the browser starts, opening the
// database is the slowest step of the popup's first paint, and it runs while the app's code loads.
const firstRows = readFirstRows();
void import('./show-popup').then(({ showPopup }) => showPopup(firstRows));
