import '@testing-library/jest-dom';
import { cleanup } from '@testing-library/react';
import { server } from './tests/server';

// What the admin app provides in a browser and jsdom lacks: the backend URL and the
// admin token the fetch client sends, and the layout APIs Radix components call.
(window as unknown as { strapi: unknown }).strapi = { backendURL: 'http://localhost:1337', features: { isEnabled: () => false } };
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
class IntersectionObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
Object.assign(window, { ResizeObserver: ResizeObserverStub, IntersectionObserver: IntersectionObserverStub });
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
window.HTMLElement.prototype.hasPointerCapture = () => false;
window.HTMLElement.prototype.releasePointerCapture = () => undefined;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}
URL.createObjectURL = jest.fn(() => 'blob:download');
URL.revokeObjectURL = jest.fn();
/** Files the page handed to the browser (saveDownload clicks a hidden link); jsdom cannot navigate. */
export const downloads: string[] = [];
window.HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
  downloads.push(this.download || this.href);
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  window.localStorage.clear();
  window.localStorage.setItem('jwtToken', JSON.stringify('admin-test-token'));
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
