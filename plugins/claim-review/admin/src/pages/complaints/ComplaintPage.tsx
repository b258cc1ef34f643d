import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, Badge, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { useComplaintApi } from '../../api/complaint-client';
import type { ComplaintView } from '../../api/complaint-types';
import { useResource } from '../../api/useResource';
import { DetailFallback } from '../../components/DetailFallback';
import { DetailPage } from '../../components/DetailPage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Fact, Section } from '../../components/Section';
import { TimerBadge } from '../../components/service/TimerBadge';
import { Trail, TrailItem } from '../../components/Trail';
import { useT } from '../../utils/translate';
import { requestPath } from '../service/paths';
import { ComplaintStatusBadge, SeverityBadge } from './ComplaintBadges';
import { ConfirmPanel, NoticePanel, ResolvePanel } from './HandlingPanels';
import { COMPLAINTS_BASE } from './paths';

/** 投诉单: the complaint, who owns it, who was told, how it was resolved; its owner's next step. */
export const ComplaintPage = () => {
  const { number = '' } = useParams();
  const { t, tAny, pick, dateTime } = useT();
  const api = useComplaintApi();
  const complaint = useResource<ComplaintView>(() => api.one(number), number);
  const data = complaint.data;
  const back = (
    <Link tag={RouterLink} to={COMPLAINTS_BASE} startIcon={<ArrowLeft />}>
      {t('complaint.list.title')}
    </Link>
  );
  if (!data) return <DetailFallback resource={complaint} title={t('complaint.detail.title', { number })} back={back} />;
  const can = (event: string) => data.allowedEvents.includes(event);
  const state = (s: string | null) => (s ? tAny(`complaint.status.${s}`, s) : null);

  return (
    <DetailPage
      title={t('complaint.detail.title', { number })}
      back={back}
      badges={
        <>
          <ComplaintStatusBadge status={data.status} />
          <SeverityBadge severity={data.severity} />
          <Typography textColor="neutral600">{data.complainant.name} · {tAny(`complaint.channel.${data.channel}`, data.channel)}</Typography>
        </>
      }
      resource={complaint}
    >
      {complaint.error && <ProblemAlert problem={complaint.error} />}
      {data.readOnly && <Alert variant="default" title={t('complaint.detail.archived')} closeLabel={t('common.close')}>{t('complaint.detail.archivedText', { at: dateTime(data.closedAt) })}</Alert>}
      {!data.readOnly && !data.mine && <Alert variant="warning" title={t('complaint.detail.notYours')} closeLabel={t('common.close')}>{t('complaint.detail.notYoursText', { name: data.owner.name ?? '—' })}</Alert>}
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <Section title={t('complaint.detail.facts')} id="complaint-facts">
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.field.phone')}>{data.complainant.phone}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.field.subject')}>{tAny(`complaint.subject.${data.subject.kind}`, data.subject.kind)} · {data.subject.code}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.detail.dealer')}>{data.dealer ? `${data.dealer.code} · ${data.dealer.name}` : '—'}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}>
                <Fact label={t('complaint.field.serviceRequest')}>
                  {data.links.serviceRequest ? <RouterLink to={requestPath(data.links.serviceRequest)}>{data.links.serviceRequest}</RouterLink> : '—'}
                </Fact>
              </Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.field.claim')}>{data.links.claim ?? '—'}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.field.unit')}>{data.links.unit ? [data.links.unit, data.model].filter(Boolean).join(' · ') : '—'}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.detail.received')}>{dateTime(data.receivedAt)}</Fact></Grid.Item>
              <Grid.Item col={4} s={6} xs={12}><Fact label={t('complaint.detail.owner')}>{data.owner.name ?? '—'}</Fact></Grid.Item>
              <Grid.Item col={12} s={12} xs={12}><Fact label={t('complaint.field.description')}>{data.description}</Fact></Grid.Item>
            </Grid.Root>
          </Section>
          {can('notify_departments') && <NoticePanel complaint={data} onDone={complaint.set} />}
          {can('resolve') && <ResolvePanel complaint={data} onDone={complaint.set} />}
          {can('confirm_satisfied') && <ConfirmPanel complaint={data} onDone={complaint.set} />}
          <Section title={t('complaint.detail.documents', { count: data.documents.length })} id="complaint-documents">
            {data.documents.length === 0 ? (
              <Typography textColor="neutral600">{t('complaint.detail.noDocuments')}</Typography>
            ) : (
              <Flex direction="column" alignItems="flex-start" gap={2}>
                {data.documents.map((d) => (
                  <Link key={d.id} href={d.url} isExternal>{d.name}</Link>
                ))}
              </Flex>
            )}
          </Section>
          {data.resolution && (
            <Section title={t('complaint.detail.resolution')} id="complaint-resolution">
              <Typography>{data.resolution.text}</Typography>
              <Typography variant="pi" textColor="neutral600" tag="div">{dateTime(data.resolution.at)}</Typography>
            </Section>
          )}
        </Grid.Item>
        <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <Section title={t('complaint.detail.timer')} id="complaint-timer">
            <TimerBadge timer={data.timer} />
          </Section>
          <Section title={t('complaint.detail.notices', { count: data.notices.length })} id="complaint-notices">
            {data.notices.length === 0 ? (
              <Typography textColor="neutral600">{t('complaint.detail.noNotices')}</Typography>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={3}>
                {data.notices.map((n) => (
                  <Flex key={n.id} direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="bold">{pick({ zh: n.department.zh, en: n.department.en })}</Typography>
                    <Flex gap={2} wrap="wrap">
                      <Badge>{tAny(`complaint.email.${n.email.status}`, n.email.status)}</Badge>
                      <Badge>{n.read ? t('complaint.notice.readBy', { name: n.read.by.name }) : t('complaint.notice.unread')}</Badge>
                    </Flex>
                    <Typography variant="pi" textColor="neutral600">{dateTime(n.sentAt)}</Typography>
                  </Flex>
                ))}
              </Flex>
            )}
          </Section>
          <Section title={t('complaint.timeline.title')} id="complaint-timeline">
            <Trail label={t('complaint.timeline.title')}>
              {data.timeline.map((e, i) => (
                <TrailItem
                  key={`${e.at}-${i}`}
                  title={tAny(`complaint.event.${e.event}`, e.event)}
                  moved={Boolean(e.to)}
                  from={state(e.from)}
                  to={state(e.to)}
                  when={dateTime(e.at)}
                  who={tAny(`service.actor.${e.actor.kind}`, e.actor.kind)}
                  name={e.actor.name}
                  note={e.note}
                  last={i === data.timeline.length - 1}
                />
              ))}
            </Trail>
          </Section>
        </Grid.Item>
      </Grid.Root>
    </DetailPage>
  );
};
