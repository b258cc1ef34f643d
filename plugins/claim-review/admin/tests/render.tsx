import * as React from 'react';
import { render as rtlRender } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { DesignSystemProvider } from '@strapi/design-system';
import { prefixed } from '../src/index';
import { PERMISSIONS } from '../src/permissions';
import en from '../src/translations/en.json';
import zh from '../src/translations/zh-Hans.json';
import { TestStrapiProvider } from './strapi-admin';

export type Role = 'reviewer' | 'finance' | 'coordinator' | 'admin' | 'intakeOnly';

/** The actions of the roles the plugin keeps (server/src/constants.ts); admin holds them all. */
export const ROLE_PERMISSIONS: Record<Role, Array<{ action: string; subject: null }>> = {
  reviewer: [...PERMISSIONS.queue, ...PERMISSIONS.review, ...PERMISSIONS.returns],
  finance: [...PERMISSIONS.queue, ...PERMISSIONS.settlementsManage, ...PERMISSIONS.settlementsRead, ...PERMISSIONS.quality],
  coordinator: [...PERMISSIONS.queue, ...PERMISSIONS.quality, ...PERMISSIONS.serviceIntake, ...PERMISSIONS.serviceDispatch, ...PERMISSIONS.serviceFollowUp, ...PERMISSIONS.dealersGrade],
  /** A desk clerk who registers calls but may not dispatch nor call back: the gating case. */
  intakeOnly: [...PERMISSIONS.queue, ...PERMISSIONS.serviceIntake],
  admin: Object.values(PERMISSIONS).flat(),
};

interface Options {
  /** Where the router starts, e.g. `/plugins/claim-review/claims/CR-1`. */
  at: string;
  /** The route pattern the page is mounted on. */
  path: string;
  locale?: 'zh-Hans' | 'en';
  role?: Role;
}

/** A page as the admin shows it: design system, the plugin's messages in a locale, a router, a role. */
export function renderPage(ui: React.ReactElement, { at, path, locale = 'zh-Hans', role = 'admin' }: Options) {
  const messages = prefixed(locale === 'en' ? en : zh);
  const user = userEvent.setup();
  const result = rtlRender(
    <DesignSystemProvider locale={locale}>
      <IntlProvider locale={locale} messages={messages} defaultLocale="en" textComponent="span">
        <TestStrapiProvider permissions={ROLE_PERMISSIONS[role]}>
          <MemoryRouter initialEntries={[at]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Routes>
              <Route path={path} element={ui} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </TestStrapiProvider>
      </IntlProvider>
    </DesignSystemProvider>,
  );
  return { ...result, user };
}
