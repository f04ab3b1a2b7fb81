import { render } from 'preact';
import '../../assets/ui.css';
import { OptionsApp } from '../../src/platform/options';

render(<OptionsApp />, document.getElementById('app')!);
