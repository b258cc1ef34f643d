import * as React from 'react';
import { Badge, Box, Button, Flex, IconButton, Modal, Tooltip, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight, File } from '@strapi/icons';
import type { Photo } from '../api/types';
import { useT } from '../utils/translate';

const backendURL = () => (typeof window !== 'undefined' && (window as { strapi?: { backendURL?: string } }).strapi?.backendURL) || '';
const srcOf = (photo: Photo) => (/^https?:\/\//.test(photo.url) ? photo.url : `${backendURL()}${photo.url}`);
const isImage = (photo: Photo) => photo.mime.startsWith('image/');

/**
 * Whether the file still matches the SHA-256 taken at upload: the server re-hashes it
 * on every read, so bytes changed on the disk behind its back show here.
 */
export const IntegrityBadge = ({ photo }: { photo: Photo }) => {
  const { t } = useT();
  if (photo.intact === undefined) return null;
  const label = photo.intact ? t('photos.intact') : t('photos.changed');
  return (
    <Tooltip label={t('photos.sha256', { sha256: photo.sha256 ?? '—' })}>
      <span>
        <Badge size="S" backgroundColor={photo.intact ? 'success100' : 'danger100'} textColor={photo.intact ? 'success700' : 'danger700'}>
          {label}
        </Badge>
      </span>
    </Tooltip>
  );
};

/** Fault photos as thumbnails, each with its integrity badge; a click opens them large, with previous / next. */
export const PhotoGallery = ({ photos }: { photos: Photo[] }) => {
  const { t } = useT();
  const [open, setOpen] = React.useState<number | null>(null);
  const images = photos.filter(isImage);
  const documents = photos.filter((p) => !isImage(p));
  const current = open === null ? null : images[open];
  const step = (delta: number) => setOpen((i) => (i === null ? null : (i + delta + images.length) % images.length));

  if (photos.length === 0) return <Typography textColor="neutral600">{t('photos.none')}</Typography>;
  return (
    <>
      <Flex wrap="wrap" gap={3}>
        {images.map((photo, i) => (
          <Flex key={photo.id} direction="column" alignItems="flex-start" gap={1}>
            <Box
              tag="button"
              type="button"
              onClick={() => setOpen(i)}
              aria-label={t('photos.open', { name: photo.name })}
              hasRadius
              borderColor="neutral200"
              overflow="hidden"
              width="120px"
              height="90px"
              padding={0}
              background="neutral100"
              cursor="zoom-in"
            >
              <img src={srcOf(photo)} alt={photo.name} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
            </Box>
            <IntegrityBadge photo={photo} />
          </Flex>
        ))}
        {documents.map((doc) => (
          <Flex key={doc.id} direction="column" alignItems="flex-start" gap={1}>
            <Button tag="a" href={srcOf(doc)} target="_blank" rel="noreferrer" variant="tertiary" startIcon={<File />}>
              {doc.name}
            </Button>
            <IntegrityBadge photo={doc} />
          </Flex>
        ))}
      </Flex>
      <Modal.Root open={current !== null} onOpenChange={(o) => !o && setOpen(null)}>
        <Modal.Content
          onKeyDown={(e: React.KeyboardEvent) => {
            if (e.key === 'ArrowRight') step(1);
            if (e.key === 'ArrowLeft') step(-1);
          }}
        >
          <Modal.Header>
            <Modal.Title>
              {current?.name} ({(open ?? 0) + 1}/{images.length})
            </Modal.Title>
            {current && <IntegrityBadge photo={current} />}
          </Modal.Header>
          <Modal.Body>
            {current && (
              <Flex justifyContent="center" background="neutral100" hasRadius>
                <img src={srcOf(current)} alt={current.name} style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }} />
              </Flex>
            )}
          </Modal.Body>
          <Modal.Footer>
            <Flex gap={2}>
              <IconButton label={t('photos.previous')} onClick={() => step(-1)} disabled={images.length < 2}>
                <ChevronLeft />
              </IconButton>
              <IconButton label={t('photos.next')} onClick={() => step(1)} disabled={images.length < 2}>
                <ChevronRight />
              </IconButton>
            </Flex>
            <Modal.Close>
              <Button variant="tertiary">{t('common.close')}</Button>
            </Modal.Close>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </>
  );
};
