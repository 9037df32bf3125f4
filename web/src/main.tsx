import { render } from 'preact';
import { App } from './shell/App';
import { storedLang, storeLang } from './shell/i18n';
import { ROUTES } from './routes';

storeLang(storedLang());
render(<App routes={ROUTES} />, document.getElementById('app')!);
