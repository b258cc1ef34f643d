#!/usr/bin/env node
'use strict';
/**
 * The admin panel as technical staff (技术部) use it, against the real server in a real
 * browser: a dealer files a motor claim through the dealer API; a Technical reviewer
 * signs into the Strapi admin (Chinese), finds it in the review queue with its SLA
 * timer, decides it line by line (accept, adjust the labour to the standard hours,
 * refuse the travel, each with a reason code), approves partially and sees the status
 * change; then meets a claim someone else changed meanwhile and gets the 409 warning
 * with the input kept.
 *
 *   node test/e2e/admin-reviewer.e2e.js     (needs /usr/bin/chromium and a built tree)
 *
 * Exit code 0 when every step passed; the last line reads "N passed, N failed".
 */
const path = require('path');
const { assert, e2eScript, http } = require('./lib/harness');
const { adminToken, attachPhotos, dealerToken, fileClaim, signIn, staffUser, stripesPng } = require('./lib/admin');



async function main(ctx) {
  const { suite } = ctx;
  const server = await ctx.server();
  if (!server) return;
  const { url } = server;

  const setup = await suite.step('a dealer files a motor claim with a photo; a Technical reviewer account exists', async () => {
    const superToken = await adminToken(url);
    const reviewer = await staffUser(url, superToken, 'Technical reviewer', { firstname: '李工' });
    const dealer = await dealerToken(url);
    const motor = await fileClaim(url, dealer, {
      fault: { component: 'motor', description: '电机异响，无法启动 / Motor grinds and will not start' },
      parts: [
        { partNumber: 'DZ-MT-601200', qty: 1, causal: true },
        { partNumber: 'DZ-BO-1080', qty: 4 },
      ],
      labour: [{ operation: 'DZ-MOTOR-R', hours: 2.5 }],
      travel: { km: 35 },
    });
    assert(motor.status === 'in_review', `the claim is ${motor.status}, not in review`);
    assert((await attachPhotos(url, dealer, motor.number, [{ name: 'motor.png', bytes: stripesPng() }])) === 201, 'photo upload refused');
    const other = await fileClaim(url, dealer);
    return { superToken, reviewer, dealer, motor, other };
  });
  if (!setup) return;

  const browser = await ctx.browser({ locale: 'zh-CN', width: 1440, height: 1000 });
  if (!browser) return;
  const { page } = browser;

  await suite.step('the reviewer signs into the admin in Chinese and opens the review queue from the menu', async () => {
    await signIn(page, url, setup.reviewer, 'zh-Hans');
    await page.getByRole('link', { name: '三包索赔' }).first().click();
    await page.getByRole('heading', { name: '三包索赔审核队列' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: setup.motor.number });
    await row.waitFor();
    assert(await row.getByText(/剩余/).isVisible(), 'the queue row shows no SLA timer');
    assert(await row.getByText('潍坊市寒亭区金穗农机三轮车销售有限公司').isVisible(), 'the queue row does not name the filing dealer');
    if (process.env.SANBAO_E2E_SHOTS) await page.screenshot({ path: path.join(process.env.SANBAO_E2E_SHOTS, 'admin-queue-zh.png'), fullPage: true });
    // Only the pages of the reviewer's actions are offered.
    assert(await page.getByRole('link', { name: '旧件返回' }).isVisible(), 'no returned-parts page for a reviewer');
    assert((await page.getByRole('link', { name: '费用核销' }).count()) === 0, 'a reviewer is offered the settlements page');
  });

  await suite.step('the claim shows the unit, the labour finding and the photo', async () => {
    await page.getByRole('link', { name: setup.motor.number }).click();
    await page.getByRole('heading', { name: `索赔单 ${setup.motor.number}` }).waitFor();
    await page.getByText('LABOUR_OVER_STANDARD').waitFor();
    await page.getByText('DZ150 · DZ150 电动三轮车').waitFor();
    await page.getByRole('button', { name: '查看照片 motor.png' }).click();
    await page.getByRole('dialog').getByRole('img', { name: 'motor.png' }).waitFor();
    await page.keyboard.press('Escape');
  });

  await suite.step('line by line: accept the parts, cut the labour to 2 h, refuse the travel, each with a reason', async () => {
    const line = (ref) => page.getByRole('row', { name: `明细 ${ref}` });
    await line('DZ-MT-601200').getByRole('button', { name: '认可', exact: true }).click();
    await line('DZ-BO-1080').getByRole('button', { name: '认可', exact: true }).click();
    await line('DZ-MOTOR-R').getByRole('button', { name: '调整', exact: true }).click();
    await line('DZ-MOTOR-R').getByRole('textbox').fill('2');
    await line('DZ-MOTOR-R').getByRole('combobox', { name: 'DZ-MOTOR-R 的原因' }).click();
    await page.getByRole('option', { name: '超出标准工时' }).click();
    await line('travel').getByRole('button', { name: '不予认可' }).click();
    await line('travel').getByRole('combobox', { name: 'travel 的原因' }).click();
    await page.getByRole('option', { name: '非本次故障必需的维修项目' }).click();
    await page.getByRole('textbox', { name: '审核意见' }).fill('电机故障属实；工时按标准 2 小时核定，外出服务非必需。');
  });

  await suite.step('approving partially changes the status, and the audit trail records it', async () => {
    await page.getByRole('button', { name: '部分批准' }).click();
    await page.getByText(`索赔单 ${setup.motor.number} 已部分批准。`).waitFor();
    // A must-return motor: the claim goes on to wait for the old part.
    await page.getByText('待旧件返回').first().waitFor();
    assert((await page.getByRole('button', { name: '部分批准' }).count()) === 0, 'decision buttons still offered');
    await page.getByRole('list', { name: '审核记录' }).getByText('部分批准').first().waitFor();

    const stored = await http('GET', `${url}/claim-review/claims/${setup.motor.number}`, { token: setup.superToken });
    assert(stored.body.status === 'awaiting_parts', `stored status ${stored.body.status}`);
    const byRef = Object.fromEntries(stored.body.lines.map((l) => [l.ref, l]));
    assert(byRef['DZ-MOTOR-R'].decision === 'adjust' && byRef['DZ-MOTOR-R'].adjustedHours === 2, 'labour not adjusted to 2 h');
    assert(byRef['DZ-MOTOR-R'].reasonCode === 'OVER_STANDARD_HOURS', `labour reason ${byRef['DZ-MOTOR-R'].reasonCode}`);
    assert(byRef.travel.decision === 'reject' && byRef.travel.payable === 0, 'travel not refused');
    assert(byRef['DZ-MT-601200'].decision === 'accept', 'motor not accepted');
  });

  await suite.step('a claim changed by someone else after it was opened answers 409: warned, input kept, reload shows the change', async () => {
    await page.goto(`${url}/admin/plugins/claim-review/claims/${encodeURIComponent(setup.other.number)}`);
    await page.getByRole('heading', { name: `索赔单 ${setup.other.number}` }).waitFor();
    await page.getByRole('textbox', { name: '审核意见' }).fill('同意');
    // Meanwhile a colleague asks the dealer a question on the same claim.
    const opened = await http('GET', `${url}/claim-review/claims/${setup.other.number}`, { token: setup.superToken });
    const asked = await http('POST', `${url}/claim-review/claims/${setup.other.number}/decision`, {
      token: setup.superToken,
      headers: { 'If-Match': String(opened.body.version) },
      body: { decision: 'request_info', comment: '请补充刹车蹄片照片' },
    });
    assert(asked.status === 200, `colleague's decision: ${asked.status}`);
    await page.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('索赔单已被他人修改').waitFor();
    assert((await page.getByRole('textbox', { name: '审核意见' }).inputValue()) === '同意', 'the comment was lost');
    await page.getByRole('button', { name: '重新加载' }).click();
    await page.getByText('待补充资料').first().waitFor();
    await page.getByText('请补充刹车蹄片照片').first().waitFor();
  });

}

e2eScript('admin panel: a Technical reviewer decides a claim line by line', 170_000, main);
