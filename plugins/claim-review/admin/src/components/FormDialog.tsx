import { Button, Flex, Modal } from '@strapi/design-system';
import { useT } from '../utils/translate';

/**
 * A small form in a modal: its title, the fields in one column, then Cancel and the
 * caller's submit button. Closing it any way (Esc, the cross, Cancel) calls `onClose`.
 */
export const FormDialog = ({ title, submit, onClose, children }: { title: string; submit: React.ReactNode; onClose: () => void; children: React.ReactNode }) => {
  const { t } = useT();
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {children}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>{t('common.cancel')}</Button>
          {submit}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
