import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  addDraftMember,
  type CrewDraft,
  type CrewProblem,
  crewDraftProblems,
  type MemberDraft,
  moveDraftMember,
  removeDraftMember,
  updateDraftMember,
  validateCrewDraft,
} from '../../core/crew';
import { newId } from '../../core/ids';
import { type Crew, MAX_MEMBERS, SPLIT_HINT_ABOVE, TIMEKEEPER } from '../../core/model';
import { Field } from '../common/Field';
import { crewProblemText } from './problem-text';
import { RhythmFields } from './RhythmFields';

interface CrewEditorProps {
  /** The crew to edit, or undefined to create one. */
  crew?: Crew | undefined;
  now: () => number;
  onSave: (crew: Crew) => void | Promise<void>;
  onCancel: () => void;
}

function draftFrom(crew: Crew | undefined): CrewDraft {
  if (!crew) {
    const first = newId();
    return {
      name: '',
      members: [
        { id: first, name: '' },
        { id: newId(), name: '' },
        { id: newId(), name: '' },
      ],
      callerId: first,
      rhythm: { kind: 'weekly', durationMinutes: 60 },
      roles: [TIMEKEEPER],
      agreements: [],
      meetingLink: '',
    };
  }
  return {
    ...crew,
    members: crew.members.map((m) => ({ ...m })),
    meetingLink: crew.meetingLink ?? '',
  };
}

/**
 * Create or edit a crew: name, members in rotation order, caller, rhythm, roles, intentions and
 * agreements (both first captured at the kickoff, issue 10).
 */
export function CrewEditor({ crew, now, onSave, onCancel }: CrewEditorProps) {
  const [draft, setDraft] = useState<CrewDraft>(() => draftFrom(crew));
  const [agreementsText, setAgreementsText] = useState((crew?.agreements ?? []).join('\n'));
  const [intentionsText, setIntentionsText] = useState((crew?.intentions ?? []).join('\n'));
  const [tried, setTried] = useState(false);
  const [newRole, setNewRole] = useState('');

  const withAgreements = {
    ...draft,
    agreements: agreementsText.split('\n'),
    intentions: intentionsText.split('\n'),
  };
  const problems = tried ? crewDraftProblems(withAgreements) : [];
  const problemFor = (field: string) => problemMessage(problems, field);
  const current = draft.members.filter((m) => m.leftAt === undefined);

  const update = (patch: Partial<CrewDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateMember = (id: string, patch: Partial<MemberDraft>) =>
    setDraft((d) => updateDraftMember(d, id, patch));
  const moveMember = (id: string, delta: -1 | 1) => setDraft((d) => moveDraftMember(d, id, delta));
  const removeMember = (member: MemberDraft) =>
    setDraft((d) => removeDraftMember(d, member.id, new Date(now()).toISOString()));
  const addMember = () => setDraft((d) => addDraftMember(d, newId()));
  const addRole = () => {
    const role = newRole.trim();
    if (!role) return;
    update({ roles: [...(draft.roles ?? []), role] });
    setNewRole('');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    const result = validateCrewDraft(withAgreements, { now: new Date(now()).toISOString() });
    if (result.ok) await onSave(result.crew);
    else {
      // Move focus to the first field with a problem so keyboard users land on it.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.ck-crew-editor [aria-invalid="true"]')?.focus(),
      );
    }
  };

  // The editor replaces the button that opened it: focus its first field, or a keyboard user
  // is left on <body> at the top of the page (found by tests/e2e/keyboard.e2e.test.ts).
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    nameInput.current?.focus();
  }, []);

  return (
    <form class="ck-crew-editor ck-card" onSubmit={submit} noValidate>
      <h2>{crew ? i18n.t('editor.editTitle') : i18n.t('editor.newTitle')}</h2>
      <Field label={i18n.t('editor.crewName')} error={problemFor('name')}>
        {({ id, describedBy, invalid }) => (
          <input
            ref={nameInput}
            id={id}
            class="ck-input"
            value={draft.name}
            maxLength={120}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => update({ name: e.currentTarget.value })}
          />
        )}
      </Field>

      <fieldset class="ck-members">
        <legend>{i18n.t('editor.members')}</legend>
        <p class="ck-muted">{i18n.t('editor.membersHint')}</p>
        {problemFor('members') && <p class="ck-field__error">{problemFor('members')}</p>}
        {current.length > SPLIT_HINT_ABOVE && (
          <p class="ck-note" role="note">
            {i18n.t('editor.splitHint', { count: current.length })}
          </p>
        )}
        <ol class="ck-members__list">
          {current.map((member, index) => (
            <li key={member.id} class="ck-members__row">
              <MemberRow
                member={member}
                index={index}
                count={current.length}
                problems={problems}
                draftIndex={draft.members.indexOf(member)}
                onChange={(patch) => updateMember(member.id, patch)}
                onMove={(delta) => moveMember(member.id, delta)}
                onRemove={() => removeMember(member)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="ck-button"
          onClick={addMember}
          disabled={current.length >= MAX_MEMBERS}
        >
          {i18n.t('editor.addMember')}
        </button>
      </fieldset>

      <Field
        label={i18n.t('editor.caller')}
        hint={i18n.t('editor.callerHint')}
        error={problemFor('callerId')}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            class="ck-select"
            value={draft.callerId}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => update({ callerId: e.currentTarget.value })}
          >
            {current.map((m, i) => (
              <option key={m.id} value={m.id}>
                {m.name.trim() || i18n.t('editor.memberNumber', { n: i + 1 })}
              </option>
            ))}
          </select>
        )}
      </Field>

      <RhythmFields
        rhythm={draft.rhythm}
        onChange={(rhythm) => update({ rhythm })}
        kindLabel={i18n.t('editor.rhythm')}
        problems={{
          everyDays: problemFor('rhythm.everyDays'),
          durationMinutes: problemFor('rhythm.durationMinutes'),
        }}
      />

      <fieldset class="ck-roles">
        <legend>{i18n.t('editor.roles')}</legend>
        <p class="ck-muted">{i18n.t('editor.rolesHint')}</p>
        <ul class="ck-chips">
          {(draft.roles ?? []).map((role, index) => (
            <li key={role} class="ck-chip">
              <span>{role === TIMEKEEPER ? i18n.t('role.timekeeper') : role}</span>
              <button
                type="button"
                class="ck-button ck-button--quiet ck-button--icon"
                aria-label={i18n.t('editor.removeRole', { role })}
                onClick={() => update({ roles: (draft.roles ?? []).filter((_, i) => i !== index) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {problemFor('roles') && <p class="ck-field__error">{problemFor('roles')}</p>}
        <div class="ck-row">
          <input
            class="ck-input"
            aria-label={i18n.t('editor.newRole')}
            placeholder={i18n.t('editor.newRolePlaceholder')}
            value={newRole}
            maxLength={40}
            onInput={(e) => setNewRole(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addRole();
              }
            }}
          />
          <button type="button" class="ck-button" onClick={addRole}>
            {i18n.t('editor.addRole')}
          </button>
        </div>
      </fieldset>

      <Field label={i18n.t('editor.intentions')} hint={i18n.t('editor.intentionsHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            class="ck-textarea"
            rows={3}
            value={intentionsText}
            aria-describedby={describedBy}
            onInput={(e) => setIntentionsText(e.currentTarget.value)}
          />
        )}
      </Field>

      <Field label={i18n.t('editor.agreements')} hint={i18n.t('editor.agreementsHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            class="ck-textarea"
            rows={4}
            value={agreementsText}
            aria-describedby={describedBy}
            onInput={(e) => setAgreementsText(e.currentTarget.value)}
          />
        )}
      </Field>

      <Field
        label={i18n.t('editor.meetingLink')}
        hint={i18n.t('editor.meetingLinkHint')}
        error={problemFor('meetingLink')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            class="ck-input ck-input--wide"
            type="url"
            inputMode="url"
            placeholder="https://meet.google.com/abc-defg-hij"
            value={draft.meetingLink ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => update({ meetingLink: e.currentTarget.value })}
          />
        )}
      </Field>

      {problems.length > 0 && (
        <p class="ck-error" role="alert">
          {i18n.t('editor.fixProblems', problems.length, { count: problems.length })}
        </p>
      )}
      <div class="ck-actions">
        <button type="submit" class="ck-button ck-button--primary">
          {crew ? i18n.t('editor.save') : i18n.t('editor.create')}
        </button>
        <button type="button" class="ck-button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function problemMessage(problems: CrewProblem[], field: string): string | undefined {
  const found = problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
  return found ? crewProblemText(found.code) : undefined;
}

interface MemberRowProps {
  member: MemberDraft;
  index: number;
  count: number;
  draftIndex: number;
  problems: CrewProblem[];
  onChange: (patch: Partial<MemberDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function MemberRow({
  member,
  index,
  count,
  draftIndex,
  problems,
  onChange,
  onMove,
  onRemove,
}: MemberRowProps) {
  const label = member.name.trim() || i18n.t('editor.memberNumber', { n: index + 1 });
  const nameProblem = problemMessage(problems, `members.${draftIndex}.name`);
  const emailProblem = problemMessage(problems, `members.${draftIndex}.email`);
  return (
    <>
      <input
        class="ck-input"
        aria-label={i18n.t('editor.memberName', { n: index + 1 })}
        aria-invalid={!!nameProblem}
        title={nameProblem}
        value={member.name}
        maxLength={80}
        onInput={(e) => onChange({ name: e.currentTarget.value })}
      />
      <input
        class="ck-input"
        type="email"
        aria-label={i18n.t('editor.memberEmail', { name: label })}
        aria-invalid={!!emailProblem}
        title={emailProblem}
        placeholder={i18n.t('editor.emailPlaceholder')}
        value={member.email ?? ''}
        onInput={(e) => onChange({ email: e.currentTarget.value })}
      />
      <button
        type="button"
        class="ck-button ck-button--icon"
        aria-label={i18n.t('editor.moveUp', { name: label })}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="ck-button ck-button--icon"
        aria-label={i18n.t('editor.moveDown', { name: label })}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        class="ck-button ck-button--icon ck-button--danger"
        aria-label={i18n.t('editor.removeMember', { name: label })}
        onClick={onRemove}
      >
        ×
      </button>
      {(nameProblem || emailProblem) && (
        <p class="ck-field__error ck-members__error">{nameProblem ?? emailProblem}</p>
      )}
    </>
  );
}
