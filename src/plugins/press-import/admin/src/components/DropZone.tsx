import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Box, Button, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { styled } from 'styled-components';
import { useT } from '../hooks/useT';

const Zone = styled(Box)<{ $active: boolean }>`
  border: 2px dashed ${({ theme, $active }) => ($active ? theme.colors.primary600 : theme.colors.neutral300)};
  background: ${({ theme, $active }) => ($active ? theme.colors.primary100 : theme.colors.neutral0)};
  transition:
    background 120ms,
    border-color 120ms;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

/** Drag-and-drop area plus a file picker for press-release .txt files and their photos. */
export const DropZone = ({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) => {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setActive(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!active) setActive(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      input.current?.click();
    }
  };

  return (
    <Zone
      $active={active}
      hasRadius
      padding={8}
      tabIndex={0}
      role="group"
      aria-label={t('dropzone.label')}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={(event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(false);
      }}
      onDrop={onDrop}
      onKeyDown={onKeyDown}
      data-testid="press-dropzone"
    >
      <Flex direction="column" gap={3} alignItems="center">
        <Box color="primary600">
          <Upload width="3.2rem" height="3.2rem" aria-hidden />
        </Box>
        <Typography variant="delta" tag="p">
          {t('dropzone.title')}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('dropzone.hint')}
        </Typography>
        <Button variant="secondary" disabled={disabled} onClick={() => input.current?.click()}>
          {t('dropzone.button')}
        </Button>
        <VisuallyHidden>
          <input
            ref={input}
            type="file"
            accept=".txt,text/plain,.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp"
            multiple
            tabIndex={-1}
            data-testid="press-file-input"
            onChange={(event) => {
              take(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        </VisuallyHidden>
      </Flex>
    </Zone>
  );
};
