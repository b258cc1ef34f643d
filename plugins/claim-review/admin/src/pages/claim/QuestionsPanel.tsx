import { Box, Flex, Typography } from '@strapi/design-system';
import type { Question } from '../../../../shared';
import { Section } from '../../components/Section';
import { useT } from '../../utils/translate';

/** The reviewer's questions to the dealer and the dealer's answers. */
export const QuestionsPanel = ({ questions }: { questions: Question[] }) => {
  const { t, dateTime } = useT();
  return (
    <Section title={t('questions.title')} id="questions-title">
      {questions.length === 0 ? (
        <Typography textColor="neutral600">{t('questions.none')}</Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
          {questions.map((q) => (
            <Box tag="li" key={String(q.id)} padding={3} hasRadius background="neutral100">
              <Typography variant="pi" textColor="neutral600" tag="div">
                {t('questions.asked', { at: dateTime(q.askedAt) })}
              </Typography>
              <Typography tag="p">{q.message}</Typography>
              <Box paddingTop={2} paddingLeft={4} borderColor="primary200" borderStyle="solid" borderWidth="0 0 0 2px">
                {q.answer !== undefined ? (
                  <>
                    <Typography variant="pi" textColor="neutral600" tag="div">
                      {t('questions.answered', { at: dateTime(q.answeredAt) })}
                    </Typography>
                    <Typography tag="p">{q.answer}</Typography>
                  </>
                ) : (
                  <Typography textColor="warning700">{t('questions.waiting')}</Typography>
                )}
              </Box>
            </Box>
          ))}
        </Flex>
      )}
    </Section>
  );
};
