import { Box, Flex, Typography } from '@strapi/design-system';
import { SATISFACTION_LABELS } from '../../../../shared';
import type { ServiceRequestView } from '../../api/service-types';
import { Section } from '../../components/Section';
import { useT } from '../../utils/translate';

type Score = keyof typeof SATISFACTION_LABELS;

/** The 回访 calls made so far and the SLA breaches recorded on the request. */
export const FollowUpHistory = ({ request }: { request: ServiceRequestView }) => {
  const { t, tAny, dateTime, pick } = useT();
  return (
    <>
      <Section title={t('service.request.followUps', { count: request.followUps.length })} id="request-follow-ups">
        {request.followUps.length === 0 ? (
          <Typography textColor="neutral600">{t('service.request.noFollowUps')}</Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {request.followUps.map((f) => (
              <Box tag="li" key={f.at} paddingBottom={2}>
                <Typography fontWeight="semiBold">{tAny(`service.followUp.result.${f.outcome}`, f.outcome)}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="div">
                  {[
                    dateTime(f.at),
                    f.by?.name,
                    f.reached ? (f.solved ? t('service.followUp.solvedYes') : t('service.followUp.solvedNo')) : t('service.followUp.notReached'),
                    f.satisfaction ? `${f.satisfaction} · ${pick(SATISFACTION_LABELS[f.satisfaction as Score])}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
                {f.note && <Typography variant="pi" tag="div">“{f.note}”</Typography>}
              </Box>
            ))}
          </Flex>
        )}
      </Section>
      {request.breaches.length > 0 && (
        <Section title={t('service.request.breaches', { count: request.breaches.length })} id="request-breaches">
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
            {request.breaches.map((b) => (
              <Typography tag="li" key={`${b.timer}-${b.workOrder}-${b.dueAt}`} textColor="danger600" variant="pi">
                {t('service.request.breach', { timer: tAny(`service.timer.name.${b.timer}`, b.timer), due: dateTime(b.dueAt), order: b.workOrder ?? '—' })}
              </Typography>
            ))}
          </Flex>
        </Section>
      )}
    </>
  );
};
