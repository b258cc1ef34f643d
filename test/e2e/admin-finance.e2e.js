#!/usr/bin/env node
'use strict';
/**
 * The admin panel as finance (财务部) uses it, against the real server in a real
 * browser: a claim approved by technical staff waits to be settled; a Finance user
 * signs into the Strapi admin (English), picks the dealer and the period, previews the
 * draft settlement's lines and total, issues it (三包费用核销通知), sees it issued and
 * awaiting the dealer's acknowledgement, and downloads its PDF.
 *
 *   node test/e2e/admin-finance.e2e.js     (needs /usr/bin/chromium and a built tree)
 *
 * Exit code 0 when every step passed; the last line reads "N passed, N failed".
 */
const fs = require('fs');
const { assert, businessDay, e2eScript, http } = require('./lib/harness');
const { DEALER, adminToken, dealerToken, fileClaim, signIn, staffUser } = require('./lib/admin');



async function main(ctx) {
  const { suite } = ctx;
  const server = await ctx.server();
  if (!server) return;
  const { url } = server;

  const setup = await suite.step('a brake claim is filed and approved (nothing to return): ready to settle; a Finance account exists', async () => {
    const superToken = await adminToken(url);
    const finance = await staffUser(url, superToken, 'Finance', { firstname: 'Wang' });
    const dealer = await dealerToken(url);
    const claim = await fileClaim(url, dealer);
    const opened = await http('GET', `${url}/claim-review/claims/${claim.number}`, { token: superToken });
    const approved = await http('POST', `${url}/claim-review/claims/${claim.number}/decision`, {
      token: superToken,
      headers: { 'If-Match': String(opened.body.version) },
      body: { decision: 'approve', comment: '' },
    });
    assert(approved.status === 200, `approve: ${approved.status} ${approved.text.slice(0, 200)}`);
    assert(approved.body.status === 'ready_to_settle', `the claim is ${approved.body.status}, not ready to settle`);
    return { superToken, finance, claim: approved.body };
  });
  if (!setup) return;

  const browser = await ctx.browser({ locale: 'en-US', width: 1440, height: 1000 });
  if (!browser) return;
  const { page } = browser;
  const periodStart = `${businessDay(0).slice(0, 8)}01`;
  const periodEnd = businessDay(0);

  await suite.step('Finance signs into the admin in English and opens Settlements', async () => {
    await signIn(page, url, setup.finance, 'en');
    await page.getByRole('link', { name: 'Warranty claims' }).first().click();
    // The main menu's tooltip opens on keyboard focus, which stays on the icon after the
    // click, and covers the sub-menu's first links: Escape closes it, as it would for a user.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Settlements' }).click();
    await page.getByRole('heading', { name: 'Settlements' }).waitFor();
    assert((await page.getByRole('link', { name: 'Returned parts' }).count()) === 0, 'finance is offered the returned-parts page');
  });

  const number = await suite.step('a new settlement for the dealer and this month previews the draft lines and total', async () => {
    await page.getByRole('button', { name: 'New settlement' }).click();
    const dialog = page.getByRole('dialog');
    // Only dealers with claims ready to settle are offered, each with its count, and the
    // period starts as the days its claims became ready (today, for the claim just cleared).
    const dealer = dialog.getByRole('combobox', { name: 'Dealer' });
    await dealer.click();
    await page.getByRole('option', { name: new RegExp(`${DEALER.code} .* 1 claims`) }).first().click();
    const from = await dialog.getByLabel('Period from').inputValue();
    const to = await dialog.getByLabel('Period to').inputValue();
    assert(from >= periodStart && to <= periodEnd && from <= to, `the period ${from}–${to} is not inside ${periodStart}–${periodEnd}`);
    await dialog.getByRole('button', { name: 'Preview draft' }).click();
    await page.getByRole('heading', { name: /^Settlement / }).waitFor();
    await page.getByText(/Draft: check the lines and totals/).waitFor();
    await page.getByRole('gridcell', { name: setup.claim.number }).waitFor();
    const total = `¥${(setup.claim.totals.payable / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    assert((await page.getByText(total).count()) > 0, `the total ${total} is not shown`);
    const heading = await page.getByRole('heading', { name: /^Settlement / }).textContent();
    return heading.replace('Settlement ', '').trim();
  });
  if (!number) return;

  const issued = await suite.step('issuing asks for confirmation, then shows the notice issued and awaiting acknowledgement', async () => {
    await page.getByRole('button', { name: 'Issue', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Issue now' }).click();
    await page.getByText(/Settlement .* issued\./).waitFor();
    await page.getByText('Not yet acknowledged').waitFor();
    assert((await page.getByRole('button', { name: 'Issue', exact: true }).count()) === 0, 'an issued notice still offers Issue');
    const heading = (await page.getByRole('heading', { name: /^Settlement / }).textContent()).replace('Settlement ', '').trim();
    const stored = await http('GET', `${url}/claim-review/settlements/${encodeURIComponent(heading)}`, { token: setup.superToken });
    assert(stored.body.status === 'issued', `stored status ${stored.body.status}`);
    assert(stored.body.lines.some((l) => l.claimNumber === setup.claim.number), 'the claim is not on the notice');
    return heading;
  });
  if (!issued) return;

  await suite.step('the PDF downloads and is a PDF', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the download is not a PDF');
    assert(bytes.length > 2000, `the PDF is only ${bytes.length} bytes`);
    assert(download.suggestedFilename().includes(issued), `file name ${download.suggestedFilename()}`);
  });

}

e2eScript('admin panel: Finance issues a settlement and downloads its PDF', 170_000, main);
