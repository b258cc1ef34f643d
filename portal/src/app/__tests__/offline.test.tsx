import { act, screen } from '@testing-library/react';
import { renderApp } from '../../test/render';

// The quote page's chunk cannot be fetched, as when it was never loaded and the network is down.
jest.mock('../../pages/quotes/QuotePage', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://example.test/portal/assets/QuotePage.js');
});

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
}

describe('a page not yet loaded while offline (issue #18)', () => {
  afterEach(() => setOnline(true));

  it('says the network is down, keeps the header and navigation, and offers to try again once back online', async () => {
    setOnline(false);
    jest.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/quotes');
    expect(await screen.findByText('网络未连接，这个页面还没有下载到本机。恢复网络后点“重试”。')).toBeInTheDocument();
    expect(screen.queryByText(/门户已更新/)).not.toBeInTheDocument();
    // The shell stays: the dealer can go elsewhere in the portal.
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '三包索赔' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeDisabled();
    act(() => {
      setOnline(true);
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('网络已恢复，点“重试”打开这个页面。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeEnabled();
  });

  it('still says a new release when the chunk is missing while online, inside the shell', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/quotes');
    expect(await screen.findByText('门户已更新，请刷新页面。')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
  });
});
