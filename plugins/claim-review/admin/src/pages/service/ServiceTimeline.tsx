import { Box, Flex, Typography } from '@strapi/design-system';
import type { ServiceTimelineEntry } from '../../api/service-types';
import { useT } from '../../utils/translate';

/** A status value of either machine, in words: request states first, then work-order states. */
function useStateName() {
  const { tAny } = useT();
  return (s: string) => tAny(`service.status.${s}`, tAny(`service.wo.status.${s}`, s));
}

/** The request's audit trail, newest last: who did what, when, and the move it made. */
export const ServiceTimeline = ({ entries }: { entries: ServiceTimelineEntry[] }) => {
  const { t, tAny, dateTime } = useT();
  const stateName = useStateName();
  return (
    <Box tag="ol" aria-label={t('service.timeline.title')}>
      {entries.map((e, i) => (
        <Flex tag="li" key={`${e.at}-${i}`} gap={3} alignItems="stretch">
          <Flex direction="column" alignItems="center">
            <Box width="12px" height="12px" marginTop={1} borderRadius="50%" background={e.to ? 'primary600' : 'neutral400'} />
            {i < entries.length - 1 && <Box width="2px" flex="1" background="neutral200" />}
          </Flex>
          <Box paddingBottom={4} flex="1">
            <Flex gap={2} wrap="wrap">
              <Typography fontWeight="bold">{tAny(`service.event.${e.event}`, e.event)}</Typography>
              {e.from && e.to && (
                <Typography variant="pi" textColor="neutral600">
                  {stateName(e.from)} → {stateName(e.to)}
                </Typography>
              )}
            </Flex>
            <Typography variant="pi" textColor="neutral600" tag="div">
              {dateTime(e.at)} · {tAny(`service.actor.${e.actor.kind}`, e.actor.kind)}
              {e.actor.name ? ` · ${e.actor.name}` : ''}
            </Typography>
            {e.note && (
              <Box paddingTop={1}>
                <Typography tag="div">“{e.note}”</Typography>
              </Box>
            )}
          </Box>
        </Flex>
      ))}
    </Box>
  );
};
