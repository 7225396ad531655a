import { Route, Router, type RoutePreloadFuncArgs } from '@solidjs/router';
import { lazy } from 'solid-js';
import { AppShell } from './components/app-shell';
import { RequireSession } from './components/require-session';
import { prefetchFirstTicket } from './collab/first-ticket-prefetch';
import { CommentDashboardPage } from './pages/comment-dashboard-page';
import { ComparePage } from './pages/compare-page';
import { LoginPage } from './pages/login-page';
import { MembersPage } from './pages/members-page';
import { NotFoundPage } from './pages/not-found-page';
import { ReviewPage } from './pages/review-page';
import { RuleSetsPage } from './pages/rule-sets-page';
import { DueReviewsPage } from './pages/due-reviews-page';
import { SignupPage } from './pages/signup-page';
import { StandardCommentsPage } from './pages/standard-comments-page';
import { StagesPage } from './pages/stages-page';
import { StandardListPage } from './pages/standard-list-page';
import { StandardReviewsPage } from './pages/standard-reviews-page';
import { VerifyPage } from './pages/verify-page';
import { VersionsPage } from './pages/versions-page';
import { ComplaintPage } from './pages/complaint-page';
import { FeedbackPage } from './pages/feedback-page';
import { MyComplaintsPage } from './pages/my-complaints-page';
import { MyFeedbackPage } from './pages/my-feedback-page';
import { StandardComplaintsPage } from './pages/standard-complaints-page';
import { StandardFeedbackPage } from './pages/standard-feedback-page';

// The editor brings Tiptap and Yjs; load them only when a draft is opened.
const StandardEditorPage = lazy(() =>
  import('./pages/standard-editor-page').then((module) => ({ default: module.StandardEditorPage })),
);
const ExplanatoryStatementPage = lazy(() =>
  import('./pages/explanatory-statement-page').then((module) => ({ default: module.ExplanatoryStatementPage })),
);
const CommentPeriodPage = lazy(() =>
  import('./pages/comment-period-page').then((module) => ({ default: module.CommentPeriodPage })),
);
/** Opening the 编制说明 asks for its ticket (and has it seeded) while the editor's code loads. */
function prefetchExplanatoryStatement({ params, intent }: RoutePreloadFuncArgs): void {
  if (intent !== 'preload' && params.id) prefetchFirstTicket(params.id, 'explanatoryStatement');
}

/** Opening a draft (not hovering a link to it) asks for its ticket while the editor's code loads. */
function prefetchDraft({ params, intent }: RoutePreloadFuncArgs): void {
  const standardId = params.id;
  if (intent !== 'preload' && standardId) prefetchFirstTicket(standardId);
}

const PrintPage = lazy(() => import('./pages/print-page').then((module) => ({ default: module.PrintPage })));
const VersionPage = lazy(() => import('./pages/version-page').then((module) => ({ default: module.VersionPage })));

export function App() {
  return (
    <Router root={AppShell}>
      <Route path="/login" component={LoginPage} />
      <Route path="/signup" component={SignupPage} />
      <Route path="/verify" component={VerifyPage} />
      <Route path="/" component={RequireSession}>
        <Route path="/" component={StandardListPage} />
        <Route path="/standards/:id" component={StandardEditorPage} preload={prefetchDraft} />
        <Route path="/standards/:id/explanatory-statement" component={ExplanatoryStatementPage} preload={prefetchExplanatoryStatement} />
        <Route path="/standards/:id/members" component={MembersPage} />
        <Route path="/standards/:id/stages" component={StagesPage} />
        <Route path="/standards/:id/versions" component={VersionsPage} />
        <Route path="/standards/:id/versions/:versionId" component={VersionPage} />
        <Route path="/standards/:id/compare" component={ComparePage} />
        <Route path="/standards/:id/comments" component={StandardCommentsPage} />
        <Route path="/standards/:id/comments/dashboard" component={CommentDashboardPage} />
        <Route path="/standards/:id/reviews" component={StandardReviewsPage} />
        <Route path="/standards/:id/feedback" component={StandardFeedbackPage} />
        <Route path="/standards/:id/complaints" component={StandardComplaintsPage} />
        <Route path="/feedback/:bodyCode/:edition" component={FeedbackPage} />
        <Route path="/complaints/:bodyCode/:edition" component={ComplaintPage} />
        <Route path="/my/feedback" component={MyFeedbackPage} />
        <Route path="/my/complaints" component={MyComplaintsPage} />
        <Route path="/reviews/:id" component={ReviewPage} />
        <Route path="/rule-sets" component={RuleSetsPage} />
        <Route path="/periodic-reviews/due" component={DueReviewsPage} />
        <Route path="/standards/:id/print" component={PrintPage} />
        <Route path="/standards/:id/versions/:versionId/print" component={PrintPage} />
        <Route path="/comment-periods/:id" component={CommentPeriodPage} />
        <Route path="*notFound" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
