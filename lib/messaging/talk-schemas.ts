// The call panel's "Keep this estimate with the session" (issue 8): the estimate, or null to
// forget one kept before. Checked by the background against the same schema the store and
// backups use, so a kept estimate always exports and imports again.
import * as v from 'valibot';
import { TalkEstimateSchema } from '../core/backup-schema';
import { IdSchema } from './schemas';

export const KeepTalkEstimateSchema = v.strictObject({
  crewId: IdSchema,
  sessionId: IdSchema,
  estimate: v.nullable(TalkEstimateSchema),
});

export type KeepTalkEstimate = v.InferOutput<typeof KeepTalkEstimateSchema>;
