import * as React from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { useNotification } from '@strapi/strapi/admin';
import { Alert, Box, Button, Field, Flex, Grid, Link, Textarea, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowLeft } from '@strapi/icons';
import type { DecisionInput, ReviewDecision } from '../../../../shared';
import { applyDecision, componentName, decisionInputSchema, fieldMessages, isPayableDecided, parseInput } from '../../../../shared';
import { useApi } from '../../api/client';
import { type Problem, isStale, problemOf } from '../../api/problem';
import type { ClaimDetail, ReasonCode } from '../../api/types';
import { useResource } from '../../api/useResource';
import { DetailFallback } from '../../components/DetailFallback';
import { DetailPage } from '../../components/DetailPage';
import { FindingsList } from '../../components/FindingsList';
import { PhotoGallery } from '../../components/PhotoGallery';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Fact, Section } from '../../components/Section';
import { SlaBadge } from '../../components/SlaBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { Timeline } from '../../components/Timeline';
import { useT } from '../../utils/translate';
import { type Drafts, decisionLines, initialDrafts } from './drafts';
import { LinesTable } from './LinesTable';
import { QuestionsPanel } from './QuestionsPanel';
import { UnitPanel } from './UnitPanel';
import { RemedyValueFacts } from './RemedyValueFacts';

const DECISION_ORDER: ReviewDecision[] = ['approve', 'partial', 'request_info', 'reject'];
const DECISION_VARIANT: Record<ReviewDecision, 'success' | 'secondary' | 'tertiary' | 'danger'> = {
  approve: 'success',
  partial: 'secondary',
  request_info: 'tertiary',
  reject: 'danger',
};

/** 技术鉴定: one claim with everything a reviewer decides on, and the decision itself. */
export const ClaimPage = () => {
  const { number = '' } = useParams();
  const api = useApi();
  const { t, pick, money } = useT();
  const { toggleNotification } = useNotification();
  const claim = useResource<ClaimDetail>(() => api.claim(number), number);
  const reasons = useResource<ReasonCode[]>(() => api.reasonCodes(), 'reason-codes');

  const [drafts, setDrafts] = React.useState<Drafts>({});
  const [comment, setComment] = React.useState('');
  const [sending, setSending] = React.useState<ReviewDecision | null>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const navigate = useNavigate();
  // A refused decision is said beside the buttons that sent it, and focus goes there, so a
  // reviewer at the bottom of a long claim neither misses it nor has to scroll for it.
  const problemRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  // Another claim (approve & next) starts clean: nothing set on the last one carries over.
  React.useEffect(() => {
    setDrafts({});
    setComment('');
    setProblem(null);
    setErrors({});
  }, [number]);

  // A reload (after a 409) keeps what the reviewer had set on lines that still exist.
  React.useEffect(() => {
    if (claim.data) setDrafts((kept) => initialDrafts(claim.data!.lines, kept));
  }, [claim.data]);

  const data = claim.data;
  const editable = Boolean(data && data.allowedDecisions.length > 0);
  const lines = React.useMemo(() => data?.lines ?? [], [data]);
  const sent = React.useMemo(() => decisionLines(lines, drafts), [lines, drafts]);
  const changed = sent.some((l) => l.action !== 'accept');
  const preview = React.useMemo(() => {
    if (!data) return null;
    const reviewed = applyDecision(data.lines, { decision: changed ? 'partial' : 'approve', lines: sent });
    return Object.keys(reviewed.fields).length ? null : reviewed;
  }, [data, sent, changed]);
  const payable = React.useMemo(
    () => Object.fromEntries((preview?.lines ?? []).map((l) => [String(l.id), l.payable])),
    [preview],
  );

  /** Field paths of the decision body → the line id they are about, for the table. */
  const showErrors = (fields: Record<string, string>) => {
    const texts = fieldMessages(fields);
    const out: Record<string, string> = {};
    for (const [path, text] of Object.entries(texts)) {
      const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
      if (m) out[`${String(sent[Number(m[1])]?.id)}.${m[2]}`] = pick(text);
      else out[path] = pick(text);
    }
    setErrors(out);
    return Object.keys(out).length > 0;
  };

  /** 批准并下一张: the next claim waiting in review, in the queue's own order, or the queue when none is left. */
  const openNext = async () => {
    const queue = await api.queue({ status: 'in_review', pageSize: 5 });
    const next = queue.data.find((c) => c.number !== number);
    if (next) navigate(`../${encodeURIComponent(next.number)}`, { relative: 'path' });
    else {
      toggleNotification({ type: 'info', message: t('decision.queueEmpty') });
      navigate('..', { relative: 'path' });
    }
  };

  const decide = async (decision: ReviewDecision, then?: 'next') => {
    if (!data) return;
    setProblem(null);
    if (decision === 'approve' && changed) {
      setErrors({ decision: t('decision.approveHasChanges') });
      return;
    }
    const body: DecisionInput = {
      decision,
      comment: comment.trim(),
      ...(decision === 'approve' || decision === 'partial' ? { lines: sent } : {}),
    };
    const checked = parseInput(decisionInputSchema, body);
    if (!checked.ok) {
      showErrors(checked.fields);
      return;
    }
    setErrors({});
    setSending(decision);
    try {
      const answer = await api.decide(number, data.version, checked.data);
      claim.set(answer);
      setDrafts(initialDrafts(answer.lines));
      setComment('');
      toggleNotification({ type: 'success', message: t(`decision.done.${decision}`, { number }) });
      if (then === 'next') await openNext();
    } catch (error) {
      const p = problemOf(error);
      if (p.status === 400 && Object.keys(p.fields).length) showErrors(p.fields);
      setProblem(p);
    } finally {
      setSending(null);
    }
  };

  if (!data) return <DetailFallback resource={claim} title={t('claim.title', { number })} back={<BackLink />} />;

  const stale = isStale(problem);
  const problems = (
    <Box ref={problemRef} tabIndex={-1} aria-live="assertive">
      {stale && (
        <Alert
          variant="warning"
          title={t('conflict.title')}
          closeLabel={t('common.close')}
          action={
            <Button
              variant="secondary"
              startIcon={<ArrowClockwise />}
              onClick={() => {
                setProblem(null);
                claim.reload();
              }}
            >
              {t('conflict.reload')}
            </Button>
          }
        >
          {t('conflict.body')}
        </Alert>
      )}
      {problem && !stale && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
    </Box>
  );
  return (
    <DetailPage
      title={t('claim.title', { number })}
      back={<BackLink />}
      badges={
        <>
          <StatusBadge status={data.status} />
          {data.dealer && (
            <Typography textColor="neutral600">
              {data.dealer.code} · {data.dealer.name}
            </Typography>
          )}
          <SlaBadge sla={data.sla} status={data.status} />
          <Typography variant="pi" textColor="neutral500">
            {t('claim.version', { version: data.version })}
          </Typography>
        </>
      }
      resource={claim}
    >
      {!editable && problems}
      {claim.error && <ProblemAlert problem={claim.error} />}

      {/* The lines get the full width: the reviewer decides there. */}
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <Section title={t('fault.title')} id="fault-title">
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.component')}>{data.fault ? `${pick(componentName(data.fault.component))} · ${data.fault.component}` : '—'}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.failureDate')}>{data.failureDate}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.repairDate')}>{data.repairDate}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.remedy')}>{t(`remedy.${data.remedy}`)}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.usage')}>{data.usage ? `${data.usage.value} ${data.usage.unit}` : '—'}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={6}><Fact label={t('fault.travel')}>{data.travel ? t('unit.km', { km: data.travel.km }) : '—'}</Fact></Grid.Item>
              {data.repair && (
                <Grid.Item col={4} s={6} xs={6}>
                  <Fact label={t('fault.repairPeriod')}>{t('fault.repairPeriodValue', { from: data.repair.handedOverAt, to: data.repair.returnedAt })}</Fact>
                </Grid.Item>
              )}
              {data.remedyValue && <RemedyValueFacts value={data.remedyValue} />}
              <Grid.Item col={12}><Fact label={t('fault.description')}>{data.fault?.description}</Fact></Grid.Item>
            </Grid.Root>
            <Box paddingTop={5}>
              <Typography variant="sigma" textColor="neutral600" tag="h3">{t('findings.title')}</Typography>
              <Box paddingTop={2}><FindingsList findings={data.findings ?? []} /></Box>
            </Box>
          </Section>
        </Grid.Item>
        <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <UnitPanel claim={data} />
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Section title={t('lines.title')} id="lines-title">
            <LinesTable
              lines={lines}
              drafts={drafts}
              preview={payable}
              totals={data.totals}
              previewTotals={preview?.totals ?? null}
              reasonCodes={reasons.data ?? []}
              editable={editable}
              decided={isPayableDecided(data.status)}
              errors={errors}
              onChange={(id, draft) => {
                setDrafts((d) => ({ ...d, [id]: draft }));
                setErrors({});
              }}
            />
          </Section>
        </Grid.Item>
        <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          {editable && (
            <Section title={t('decision.title')} id="decision-title">
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Field.Root id="decision-comment" error={errors.comment} hint={t('decision.commentHint')}>
                  <Field.Label>{t('decision.comment')}</Field.Label>
                  <Textarea value={comment} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)} maxLength={2000} />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                {(errors.decision || errors.lines) && <Typography textColor="danger600">{errors.decision ?? errors.lines}</Typography>}
                {problems}
                <Flex gap={2} wrap="wrap">
                  {DECISION_ORDER.filter((d) => data.allowedDecisions.includes(d)).map((d) => (
                    <Button
                      key={d}
                      variant={DECISION_VARIANT[d]}
                      loading={sending === d}
                      disabled={sending !== null}
                      onClick={() => decide(d)}
                    >
                      {t(`decision.${d}`)}
                    </Button>
                  ))}
                  {data.allowedDecisions.includes('approve') && (
                    <Button variant="success-light" loading={sending === 'approve'} disabled={sending !== null} onClick={() => decide('approve', 'next')}>
                      {t('decision.approveNext')}
                    </Button>
                  )}
                </Flex>
                <Typography variant="pi" textColor="neutral600">
                  {t('decision.summary', { payable: money(preview?.totals.payable ?? data.totals.payable), total: money(data.totals.total) })}
                </Typography>
              </Flex>
            </Section>
          )}
          <QuestionsPanel questions={data.questions ?? []} />
          <Section title={t('timeline.title')} id="timeline-title">
            <Timeline entries={data.timeline ?? []} />
          </Section>
        </Grid.Item>
        <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <Section title={t('photos.title', { count: data.photos?.length ?? 0 })} id="photos-title">
            <PhotoGallery photos={data.photos ?? []} />
          </Section>
        </Grid.Item>
      </Grid.Root>
    </DetailPage>
  );
};

const BackLink = () => {
  const { t } = useT();
  return (
    <Link tag={RouterLink} to=".." relative="path" startIcon={<ArrowLeft />}>
      {t('common.back')}
    </Link>
  );
};

