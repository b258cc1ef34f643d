import { useEffect, type RefObject } from 'react';

/**
 * The tab and the screen reader's page title follow the page's own heading
 * ("索赔单 CR-202611-00007 · 经销商门户"), so every page has one without each page having
 * to set it: headings arrive after their data loads, hence an observer, not a one-off read.
 */
export function usePageTitle(main: RefObject<HTMLElement>, suffix: string, key: string) {
  useEffect(() => {
    const root = main.current;
    if (!root) return undefined;
    const apply = () => {
      const heading = root.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${suffix}` : suffix;
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [main, suffix, key]);
}
