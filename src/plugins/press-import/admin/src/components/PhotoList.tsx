import { useEffect, useMemo, useState } from 'react';
import { Badge, Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross, Image } from '@strapi/icons';
import { useT } from '../hooks/useT';

/** The photos that go with a text, as thumbnails with their names; the first is the cover. */
export const PhotoList = ({ photos, onRemove, disabled }: { photos: File[]; onRemove?: (name: string) => void; disabled?: boolean }) => {
  const t = useT();
  const urls = useMemo(() => photos.map((photo) => URL.createObjectURL(photo)), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  // A file named like a photo that the browser cannot show: a neutral tile, not a broken image
  // (the import reports it as BROKEN_IMAGE and goes on without it).
  const [unreadable, setUnreadable] = useState<Set<string>>(new Set());
  return (
    <Box data-testid="press-photos">
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('photos.title')} ({photos.length})
      </Typography>
      {photos.length === 0 ? (
        <Box paddingTop={2}>
          <Typography variant="pi" textColor="neutral600">
            {t('photos.none')}
          </Typography>
        </Box>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          {photos.map((photo, i) => (
            <Flex tag="li" key={photo.name} gap={3} alignItems="center" data-testid="press-photo" data-photo-name={photo.name}>
              {unreadable.has(photo.name) ? (
                <Flex
                  width="6.4rem"
                  height="4.8rem"
                  hasRadius
                  background="neutral150"
                  justifyContent="center"
                  color="neutral500"
                  flex="0 0 auto"
                  data-testid="press-photo-unreadable"
                >
                  <Image aria-hidden />
                </Flex>
              ) : (
                <Box
                  tag="img"
                  src={urls[i]}
                  alt=""
                  width="6.4rem"
                  height="4.8rem"
                  hasRadius
                  background="neutral150"
                  style={{ objectFit: 'cover', flex: '0 0 auto' }}
                  onError={() => setUnreadable((set) => new Set(set).add(photo.name))}
                />
              )}
              <Flex direction="column" alignItems="flex-start" gap={1} style={{ minWidth: 0, flex: 1 }}>
                <Typography variant="omega" ellipsis title={photo.name} style={{ maxWidth: '100%' }}>
                  {photo.name}
                </Typography>
                {i === 0 && <Badge variant="primary">{t('photos.cover')}</Badge>}
              </Flex>
              {onRemove && (
                <IconButton label={t('photos.remove', { name: photo.name })} variant="ghost" onClick={() => onRemove(photo.name)} disabled={disabled}>
                  <Cross />
                </IconButton>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Box>
  );
};
