import { Box, Flex, Typography } from '@strapi/design-system';
import type { EntityDecision } from '../types';
import type { QuoteColor } from '../utils/speakerColors';
import { DecisionBadge } from './DecisionBadge';

type Item = { decision: EntityDecision; detail?: string | null; note?: string; color?: QuoteColor };

/** A titled list of speakers or institutions, each with its match decision. */
export const EntityList = ({
  title,
  empty,
  items,
  testId,
  imported,
}: {
  title: string;
  empty: string;
  items: Item[];
  testId: string;
  /** The file was imported: "new" entries now exist. */
  imported?: boolean;
}) => {
  const withSwatches = items.some((i) => i.color);
  return (
    <Box data-testid={testId}>
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Box paddingTop={2}>
          <Typography variant="pi" textColor="neutral600">
            {empty}
          </Typography>
        </Box>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          {items.map(({ decision, detail, note, color }) => (
            <Flex tag="li" key={decision.name} gap={2} alignItems="flex-start" data-entity-name={decision.name}>
              {color ? (
                <Box
                  flex="0 0 auto"
                  marginTop={1}
                  width="1.2rem"
                  height="1.2rem"
                  hasRadius
                  style={{ background: color.background, border: `2px solid ${color.border}` }}
                  aria-hidden
                  data-swatch
                />
              ) : (
                withSwatches && <Box flex="0 0 auto" width="1.2rem" aria-hidden />
              )}
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Flex gap={2} wrap="wrap">
                  <Typography fontWeight="semiBold">{decision.name}</Typography>
                  <DecisionBadge decision={decision} imported={imported} />
                </Flex>
                {detail && (
                  <Typography variant="pi" textColor="neutral600">
                    {detail}
                  </Typography>
                )}
                {note && (
                  <Typography variant="pi" textColor="neutral500" fontWeight="semiBold" data-testid="press-entity-note">
                    {note}
                  </Typography>
                )}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Box>
  );
};
