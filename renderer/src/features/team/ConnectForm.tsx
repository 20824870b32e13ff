import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../forms/validity.js';
import { TeamFailure } from './TeamFailure.js';
import { TeamField } from './TeamField.js';
import { invalidFields, useTeam, type ConnectField, type ConnectForm as Form } from './store.js';

const LABELS: Record<ConnectField, string> = {
  server: 'team.server',
  db: 'team.db',
  user: 'team.user',
  password: 'team.password',
};

/**
 * The connect form: server address, database, user name, password. The
 * password lives in this form alone, is sent once and cleared after every
 * attempt; the host keeps it, never the workspace. With `again`, the other
 * fields are those of the connection and only the password is asked.
 */
export function ConnectForm(props: { again?: Omit<Form, 'password'> }) {
  const { t } = useTranslation();
  const last = useTeam((state) => state.last);
  const busy = useTeam((state) => state.busy);
  const failure = useTeam((state) => state.failure);
  const start = props.again ?? last;
  const [form, setForm] = useState<Form>({
    server: start?.server ?? '',
    db: start?.db ?? '',
    user: start?.user ?? '',
    password: '',
  });
  const password = useRef<HTMLInputElement | null>(null);
  const invalid = new Set(invalidFields(form));
  const problem = (field: ConnectField): FieldProblem | null => {
    if (form[field].trim() === '')
      return { message: t('forms.required', { field: t(LABELS[field]) }), eager: false };
    return invalid.has(field) ? { message: t(`team.invalid.${field}`), eager: true } : null;
  };
  const change = (field: ConnectField) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = form;
    setForm((current) => ({ ...current, password: '' }));
    const connected = await useTeam.getState().connect(sent);
    if (!connected) password.current?.focus();
  };
  const field = (
    name: ConnectField,
    type: 'text' | 'url' | 'password',
    autoComplete: string,
    hint?: string,
  ) => (
    <TeamField
      label={t(LABELS[name])}
      value={form[name]}
      onChange={change(name)}
      problem={problem(name)}
      type={type}
      autoComplete={autoComplete}
      hint={hint}
      inputRef={name === 'password' ? (element) => (password.current = element) : undefined}
    />
  );
  // Connected already, the section shows the server's answer itself.
  const shownFailure =
    failure === null || failure.kind === 'invalid' || (props.again && failure.kind === 'server')
      ? null
      : failure;
  return (
    <form className="team-form" onSubmit={(event) => void submit(event)} aria-busy={busy === 'connect'}>
      <div className="team-form-fields">
        {props.again === undefined && (
          <>
            {field('server', 'url', 'url', t('team.serverHint'))}
            {field('db', 'text', 'off', t('team.dbHint'))}
            {field('user', 'text', 'username')}
          </>
        )}
        {field('password', 'password', 'off', t('team.passwordHint'))}
      </div>
      {shownFailure && (
        <TeamFailure
          code={shownFailure.kind === 'server' ? shownFailure.code : 'request'}
          detail={shownFailure.detail}
        />
      )}
      <div className="team-actions">
        <button type="submit" className="button primary" disabled={busy !== null}>
          {busy === 'connect' ? t('team.connecting') : t(props.again ? 'team.reconnect' : 'team.connect')}
        </button>
      </div>
    </form>
  );
}
