import {
  Box,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Textarea,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useCanMerge } from '../hooks/useCanMerge';
import { useT } from '../hooks/useT';
import type { EntityDecision, PressParseSuccess } from '../types';
import { entryName } from '../utils/merge';
import { detectedValue, existingValue, NO_SPEAKER, reviewedName, type Review, type SpeakerReview } from '../utils/review';
import { EntrySearch } from './MergePicker';

type Props = {
  parsed: PressParseSuccess;
  decisions: EntityDecision[];
  review: Review;
  onChange: (review: Review) => void;
  disabled?: boolean;
};

/** Institution names are trimmed, so this value is never one of them. */
const NO_INSTITUTION = ' none';
/** Widths of the new-speakers table's columns: name, same person as, position, institution. */
const SPEAKER_COLUMNS = ['24%', '22%', '30%', '24%'];
const SPEAKER_COLUMNS_NO_MERGE = ['30%', '40%', '30%'];
/** Lines for a position to show whole (about 36 characters a line in its column), 2 to 5. */
const positionRows = (text: string) => Math.min(5, Math.max(2, Math.ceil(text.length / 36)));
/** "Same person as": nobody, the detected speaker is new. */
const NEW_SPEAKER = 'new';

/**
 * What the import will write, for the editor to correct before importing: each quote's
 * speaker (a detected one, nobody, or an existing speaker found by name) or dropping a
 * false quote, and each new speaker's name, position and institution, or the existing
 * speaker it is ("Same person as", found by name as for the quotes).
 */
export const ReviewPanel = ({ parsed, decisions, review, onChange, disabled }: Props) => {
  const t = useT();
  // Searching existing speakers uses the merge lookup, open to those who may merge speakers.
  const { canMerge } = useCanMerge('speaker');
  const byName = new Map(decisions.map((d) => [d.name, d]));
  const newSpeakers = parsed.speakers.filter((s) => (byName.get(s.name)?.decision ?? 'new') !== 'matched');
  const shownName = (name: string) => reviewedName(review, name);

  // The existing speakers found with the search: options of every quote's and every new
  // speaker's select, looked up by their option value.
  const foundByValue = (value: unknown) => review.found.find((f) => existingValue(f.documentId) === value);
  const foundOptions = review.found.map((f) => (
    <SingleSelectOption key={f.documentId} value={existingValue(f.documentId)}>
      {t('review.existing', { name: f.name })}
    </SingleSelectOption>
  ));
  const quoteValue = (index: number) => {
    const r = review.quotes[index];
    if (r?.existing) return existingValue(r.existing.documentId);
    const speaker = r && r.speaker !== undefined ? r.speaker : parsed.quotes[index].speaker;
    return speaker === null ? NO_SPEAKER : detectedValue(speaker);
  };
  const setQuote = (index: number, value: string) => {
    const existing = foundByValue(value);
    const next = existing
      ? { existing }
      : { speaker: value === NO_SPEAKER ? null : value.slice(2) };
    onChange({ ...review, quotes: { ...review.quotes, [index]: { ...next, drop: review.quotes[index]?.drop } } });
  };
  const setDrop = (index: number, drop: boolean) =>
    onChange({ ...review, quotes: { ...review.quotes, [index]: { ...review.quotes[index], drop } } });
  const setSpeaker = <F extends keyof SpeakerReview>(name: string, field: F, value: SpeakerReview[F]) =>
    onChange({ ...review, speakers: { ...review.speakers, [name]: { ...review.speakers[name], [field]: value } } });
  // Pointing a new speaker at an existing one needs the search, as giving a quote to one does.
  const searchable = canMerge && (parsed.quotes.length > 0 || newSpeakers.length > 0);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="press-review">
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('review.title')}
      </Typography>
      {parsed.quotes.length > 0 && (
        <Table colCount={4} rowCount={parsed.quotes.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">#</Typography></Th>
              <Th><Typography variant="sigma">{t('review.quote')}</Typography></Th>
              <Th><Typography variant="sigma">{t('review.speaker')}</Typography></Th>
              <Th><Typography variant="sigma">{t('review.drop')}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {parsed.quotes.map((quote, index) => {
              const dropped = Boolean(review.quotes[index]?.drop);
              return (
                <Tr key={index} data-testid={`press-review-quote-${index}`}>
                  <Td><Typography>{index + 1}</Typography></Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
                    <Typography textColor={dropped ? 'neutral500' : 'neutral800'} style={dropped ? { textDecoration: 'line-through' } : undefined}>
                      “{quote.text.length > 220 ? `${quote.text.slice(0, 220)}…` : quote.text}”
                    </Typography>
                  </Td>
                  <Td>
                    <Box minWidth="22rem">
                      <SingleSelect
                        size="S"
                        aria-label={t('review.speakerOf', { number: index + 1 })}
                        value={quoteValue(index)}
                        disabled={disabled || dropped}
                        onChange={(value) => setQuote(index, String(value))}
                        data-testid={`press-review-quote-${index}-speaker`}
                      >
                        {parsed.speakers.map((s) => (
                          <SingleSelectOption key={s.name} value={detectedValue(s.name)}>
                            {shownName(s.name)}
                          </SingleSelectOption>
                        ))}
                        <SingleSelectOption value={NO_SPEAKER}>{t('review.noSpeaker')}</SingleSelectOption>
                        {foundOptions}
                      </SingleSelect>
                    </Box>
                  </Td>
                  <Td>
                    <Checkbox
                      aria-label={t('review.dropOf', { number: index + 1 })}
                      checked={dropped}
                      disabled={disabled}
                      onCheckedChange={(checked) => setDrop(index, checked === true)}
                      data-testid={`press-review-quote-${index}-drop`}
                    />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      {searchable && (
        <Box maxWidth="40rem" data-testid="press-review-find">
          <EntrySearch
            type="speaker"
            label={t('review.find')}
            value={null}
            testId="press-review-find-speaker"
            onChange={(entry) => {
              if (!entry || review.found.some((f) => f.documentId === entry.documentId)) return;
              onChange({ ...review, found: [...review.found, { documentId: entry.documentId, name: entryName(entry) }] });
            }}
          />
          <Typography variant="pi" textColor="neutral600">{t('review.findHint')}</Typography>
        </Box>
      )}
      {newSpeakers.length > 0 && (
        // Fixed columns: a row pointed at an existing speaker (or a long institution) does
        // not move them; the name and the position get room for a full name and title.
        <Table colCount={canMerge ? 4 : 3} rowCount={newSpeakers.length + 1} style={{ tableLayout: 'fixed', width: '100%', minWidth: '72rem' }}>
          <colgroup>
            {(canMerge ? SPEAKER_COLUMNS : SPEAKER_COLUMNS_NO_MERGE).map((width, i) => (
              <col key={i} style={{ width }} />
            ))}
          </colgroup>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t('review.newSpeaker')}</Typography></Th>
              {canMerge && <Th><Typography variant="sigma">{t('review.samePerson')}</Typography></Th>}
              <Th><Typography variant="sigma">{t('review.position')}</Typography></Th>
              <Th><Typography variant="sigma">{t('review.institution')}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {newSpeakers.map((s) => {
              const i = parsed.speakers.indexOf(s);
              const r = review.speakers[s.name] ?? {};
              const institution = r.institution !== undefined ? r.institution : s.institution;
              // An existing speaker is kept as it is: the file's details are not written.
              const pointed = Boolean(r.existing);
              return (
                <Tr key={s.name} data-testid={`press-review-speaker-${i}`} data-speaker-name={s.name} data-pointed={r.existing?.documentId ?? ''}>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Field.Root name={`speaker-${i}-name`}>
                      <TextInput
                        size="S"
                        aria-label={t('review.nameOf', { name: s.name })}
                        value={pointed ? s.name : (r.fullName ?? s.name)}
                        disabled={disabled || pointed}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSpeaker(s.name, 'fullName', e.target.value)}
                        data-testid={`press-review-speaker-${i}-name`}
                      />
                    </Field.Root>
                  </Td>
                  {canMerge && (
                    <Td>
                      <Box>
                        <SingleSelect
                          size="S"
                          aria-label={t('review.samePersonOf', { name: s.name })}
                          value={r.existing ? existingValue(r.existing.documentId) : NEW_SPEAKER}
                          disabled={disabled}
                          onChange={(value) => setSpeaker(s.name, 'existing', foundByValue(value) ?? null)}
                          data-testid={`press-review-speaker-${i}-same`}
                        >
                          <SingleSelectOption value={NEW_SPEAKER}>{t('review.asNew')}</SingleSelectOption>
                          {foundOptions}
                        </SingleSelect>
                      </Box>
                    </Td>
                  )}
                  {pointed ? (
                    <Td colSpan={2} style={{ whiteSpace: 'normal' }}>
                      <Typography variant="pi" textColor="neutral600" data-testid={`press-review-speaker-${i}-kept`}>
                        {t('review.keptAsInCms', { name: r.existing!.name })}
                      </Typography>
                    </Td>
                  ) : (
                    <>
                      <Td style={{ whiteSpace: 'normal' }}>
                        <Field.Root name={`speaker-${i}-position`}>
                          {/* A title is often long ("Director of the … centre, …"): it wraps. */}
                          <Textarea
                            aria-label={t('review.positionOf', { name: s.name })}
                            value={r.position ?? s.position ?? ''}
                            disabled={disabled}
                            rows={positionRows(r.position ?? s.position ?? '')}
                            style={{ height: 'auto', minHeight: '4.8rem', resize: 'vertical' }}
                            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setSpeaker(s.name, 'position', e.target.value.replace(/\s*\n\s*/g, ' '))}
                            data-testid={`press-review-speaker-${i}-position`}
                          />
                        </Field.Root>
                      </Td>
                      <Td>
                        <SingleSelect
                          size="S"
                          aria-label={t('review.institutionOf', { name: s.name })}
                          value={institution ?? NO_INSTITUTION}
                          disabled={disabled}
                          onChange={(value) => setSpeaker(s.name, 'institution', value === NO_INSTITUTION ? null : String(value))}
                          data-testid={`press-review-speaker-${i}-institution`}
                        >
                          <SingleSelectOption value={NO_INSTITUTION}>{t('review.noInstitution')}</SingleSelectOption>
                          {parsed.institutions.map((inst) => (
                            <SingleSelectOption key={inst.name} value={inst.name}>
                              {inst.name}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                      </Td>
                    </>
                  )}
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
