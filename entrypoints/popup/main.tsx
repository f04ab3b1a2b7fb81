import { render } from 'preact';
import '../../assets/ui.css';
import { PopupApp } from '../../src/platform/popup';

render(<PopupApp />, document.getElementById('app')!);
