// The call panel's "Keep this estimate with the session" (issue 8): this panel run's estimate, or
// null to forget what this run kept before; other runs' parts of the session's estimate stay. Checked by the background against the same schema the store and
// backups use, so a kept estimate always exports and imports again.
import * as v from 'valibot';
import { TalkEstimatePartSchema } from '../core/backup-schema';
import { IdSchema } from './schemas';

export const KeepTalkEstimateSchema = v.strictObject({
  crewId: IdSchema,
  sessionId: IdSchema,
  /** This panel run, so its resends replace its part and never add the same seconds twice. */
  runId: IdSchema,
  estimate: v.nullable(TalkEstimatePartSchema),
});

export type KeepTalkEstimate = v.InferOutput<typeof KeepTalkEstimateSchema>;
