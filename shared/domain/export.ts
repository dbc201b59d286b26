import { z } from 'zod';
import { EditorStateJson, Emotion, EntryKindSchema, Intensity, IsoDate, Mood, Tag } from './entry';

/**
 * Mend's JSON export, version 1 (documented in docs/export-format.md). The person's own data, in
 * the clear, after an explicit warning. Importing it back restores every entry field.
 */
const IsoTime = z.string().datetime({ offset: true });

export const ExportedEntry = z
  .object({
    id: z.string().max(64),
    kind: EntryKindSchema,
    title: z.string().max(200),
    /** Lexical editor state (JSON string): the exact rich text. */
    body: EditorStateJson,
    /** The same text as Markdown, for reading without Mend. Ignored on import (body wins). */
    markdown: z.string(),
    mood: Mood.nullable(),
    intensity: Intensity.nullable(),
    emotions: z.array(Emotion).max(20),
    tags: z.array(Tag).max(30),
    happenedOn: IsoDate,
    createdAt: IsoTime,
    updatedAt: IsoTime,
    trashed: z.boolean(),
    sharedAt: IsoTime.nullable(),
  })
  .strict();
export type ExportedEntry = z.infer<typeof ExportedEntry>;

export const MendExport = z
  .object({
    format: z.literal('mend.export'),
    version: z.literal(1),
    exportedAt: IsoTime,
    entries: z.array(ExportedEntry).max(200_000),
    /** Conversations, agreements and boundaries as stored (see docs); informational on import. */
    conversations: z.array(z.unknown()).max(100_000),
    agreements: z.array(z.unknown()).max(100_000),
    boundaries: z.array(z.unknown()).max(100_000),
  })
  .strict();
export type MendExport = z.infer<typeof MendExport>;
