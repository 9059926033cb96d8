import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('console');
if (root) render(<App />, root);
