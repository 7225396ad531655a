import { render } from 'solid-js/web';
import { App } from './app';
import { loadBodyTimeZone } from './i18n/body-time-zone';
import { applyLanguageToDocument } from './i18n/language';
import { checkSession } from './session/session-state';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './editor/workspace.css';
import './editor/collaboration-carets.css';
import './editor/standard-document.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

applyLanguageToDocument();
void loadBodyTimeZone();
void checkSession();
render(() => <App />, root);
