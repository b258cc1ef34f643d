import '@testing-library/jest-dom';
import { cleanup, configure } from '@testing-library/react';
import i18n from './src/i18n';
import { server } from './src/test/server';

// CI runs these beside the API suites on two cores: a lazy page and a role query can take more
// than the default second to appear. Only the wait grows; a page that never shows still fails.
configure({ asyncUtilTimeout: 4000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
