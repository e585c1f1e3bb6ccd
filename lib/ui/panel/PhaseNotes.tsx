import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { KickoffNote } from '../../core/pathway/kickoff';
import type { RetrospectiveQuestion } from '../../core/prompts/retrospective';

interface PhaseNotesProps {
  phaseId: string;
  question: RetrospectiveQuestion | KickoffNote;
  text: string;
  onKeep: (phaseId: string, text: string) => void;
}

const LABEL = {
  liked: 'panel.notes.liked',
  change: 'panel.notes.change',
  // The kickoff's (issue 10): what is noted here joins the crew's intentions and agreements.
  intentions: 'panel.notes.intentions',
  agreements: 'panel.notes.agreements',
} as const satisfies Record<RetrospectiveQuestion | KickoffNote, string>;

const HINT = {
  liked: 'panel.notes.hint',
  change: 'panel.notes.hint',
  intentions: 'panel.notes.crewHint',
  agreements: 'panel.notes.crewHint',
} as const satisfies Record<RetrospectiveQuestion | KickoffNote, string>;

/**
 * The retrospective's answers, noted by the host while the round goes on: kept with the meeting
 * when the field is left (not on every key, which in a call is a message each), and the series'
 * end decision starts from them (lib/core/meeting-retrospective.ts).
 */
export function PhaseNotes({ phaseId, question, text, onKeep }: PhaseNotesProps) {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [phaseId, text]);
  const id = `ck-notes-${phaseId}`;
  return (
    <div class="ck-notes">
      <label for={id}>{i18n.t(LABEL[question])}</label>
      <textarea
        id={id}
        class="ck-textarea"
        rows={3}
        aria-describedby={`${id}-hint`}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => onKeep(phaseId, e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="ck-muted ck-notes__hint">
        {i18n.t(HINT[question])}
      </p>
    </div>
  );
}
