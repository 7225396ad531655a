import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { AppShell } from './components/app-shell';
import { RequireSession } from './components/require-session';
import { LoginPage } from './pages/login-page';
import { MembersPage } from './pages/members-page';
import { NotFoundPage } from './pages/not-found-page';
import { SignupPage } from './pages/signup-page';
import { StandardListPage } from './pages/standard-list-page';

// The editor brings Tiptap and Yjs; load them only when a draft is opened.
const StandardEditorPage = lazy(() =>
  import('./pages/standard-editor-page').then((module) => ({ default: module.StandardEditorPage })),
);

export function App() {
  return (
    <Router root={AppShell}>
      <Route path="/login" component={LoginPage} />
      <Route path="/signup" component={SignupPage} />
      <Route path="/" component={RequireSession}>
        <Route path="/" component={StandardListPage} />
        <Route path="/standards/:id" component={StandardEditorPage} />
        <Route path="/standards/:id/members" component={MembersPage} />
        <Route path="*notFound" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
