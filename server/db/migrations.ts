import type { Db } from './types';

/**
 * The schema, as numbered steps. Applied in order, each in its own transaction; a step
 * that shipped is never edited, only followed by a new one.
 */
export const migrations: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'keys, rulesets, versions, events',
    sql: `
      create table api_keys (
        id text primary key,
        name text not null,
        key_hash text not null unique,
        scopes jsonb not null,
        rate_limit_per_minute integer,
        created_at timestamptz not null default now(),
        created_by text not null,
        revoked_at timestamptz,
        revoked_by text
      );
      create table rulesets (
        id text primary key,
        name text not null,
        draft jsonb not null,
        fixtures jsonb not null,
        revision integer not null,
        published_version text,
        created_at timestamptz not null default now(),
        created_by text not null,
        updated_at timestamptz not null default now(),
        updated_by text not null
      );
      create table ruleset_versions (
        ruleset_id text not null references rulesets (id),
        version text not null,
        seq integer not null,
        content jsonb not null,
        fixtures jsonb not null,
        created_at timestamptz not null default now(),
        created_by text not null,
        primary key (ruleset_id, version),
        unique (ruleset_id, seq)
      );
      create table ruleset_events (
        id serial primary key,
        ruleset_id text not null references rulesets (id),
        action text not null,
        version text,
        revision integer,
        key_id text not null,
        at timestamptz not null default now()
      );
      create index ruleset_events_by_ruleset on ruleset_events (ruleset_id, id);
      create table service_state (name text primary key, value integer not null);
      insert into service_state (name, value) values ('changes', 0);
    `,
  },
  {
    id: 2,
    name: 'one append-only audit trail for rulesets and keys',
    sql: `
      create table audit_events (
        id serial primary key,
        at timestamptz not null default now(),
        key_id text not null,
        subject text not null check (subject in ('ruleset', 'key')),
        subject_id text not null,
        action text not null,
        revision integer,
        version text,
        request_id text,
        detail jsonb not null default '{}'
      );
      create index audit_events_by_subject on audit_events (subject, subject_id, id);
      create index audit_events_by_key on audit_events (key_id, id);
      insert into audit_events (at, key_id, subject, subject_id, action, revision, version)
        select at, key_id, 'ruleset', ruleset_id, action, revision, version
        from ruleset_events order by id;
      drop table ruleset_events;
      -- The trail only grows: the service never edits or deletes a row, and these triggers
      -- refuse anyone who tries through the service's own database role.
      create function audit_events_append_only() returns trigger language plpgsql as $fn$
        begin
          raise exception 'audit_events is append-only: % refused', tg_op
            using errcode = 'insufficient_privilege';
        end
      $fn$;
      create trigger audit_events_no_change before update or delete on audit_events
        for each row execute function audit_events_append_only();
      create trigger audit_events_no_truncate before truncate on audit_events
        for each statement execute function audit_events_append_only();
    `,
  },
  {
    id: 3,
    name: 'decision log and verdicts',
    sql: `
      -- One row per decision the service made. The conversation is stored redacted (core's
      -- redaction), without the customer's name, email or id.
      create table decisions (
        id text primary key,
        at timestamptz not null,
        kind text not null check (kind in ('handoff', 'detect')),
        ruleset_id text not null,
        ruleset_version text not null,
        conversation_id text,
        channel text,
        language text,
        issue_type text,
        handoff boolean,
        priority text,
        score real,
        reasons jsonb not null default '[]',
        matched_rules jsonb not null default '[]',
        queue text,
        agent_id text,
        said_at timestamptz,
        input jsonb not null
      );
      create index decisions_by_at on decisions (at);
      create index decisions_by_ruleset on decisions (ruleset_id, at);
      create index decisions_by_conversation on decisions (conversation_id, at, id);
      -- What people (source 'explicit') and the service (source 'implicit') said about a
      -- decision: one row per decision and author, the latest replacing the earlier.
      create table decision_verdicts (
        decision_id text not null references decisions (id) on delete cascade,
        author text not null,
        source text not null check (source in ('explicit', 'implicit')),
        verdict text not null check (verdict in ('needed', 'not_needed', 'too_late', 'missed')),
        note text,
        at timestamptz not null default now(),
        primary key (decision_id, author)
      );
      create index decision_verdicts_by_at on decision_verdicts (decision_id, at);
    `,
  },
  {
    id: 4,
    name: 'decision log: cheaper writes',
    sql: `
      -- Measured on the embedded database: the stored conversation as jsonb and a third index
      -- cost about half of each logged decision's write. The service only stores and returns
      -- the conversation, so text does; the window queries use decisions_by_at.
      alter table decisions alter column input type text using input::text;
      drop index decisions_by_ruleset;
    `,
  },
];

/** The NOTIFY channel that tells other replicas to drop what they cached. */
export const changeChannel = 'handoff_changes';

/**
 * Brings the schema up to date. Replicas that start together take turns on an advisory
 * lock, so each step runs once.
 *
 * @example
 * await migrate(db); // [1] on a new database, [] afterwards
 */
export const migrate = async (db: Db): Promise<number[]> =>
  db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(727274)');
    await tx.query(
      `create table if not exists schema_migrations (
         id integer primary key, name text not null, applied_at timestamptz not null default now())`,
    );
    const done = new Set(
      (await tx.query<{ id: number }>('select id from schema_migrations')).map((r) => r.id),
    );
    const applied: number[] = [];
    for (const step of migrations) {
      if (done.has(step.id)) continue;
      await tx.exec(step.sql);
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [
        step.id,
        step.name,
      ]);
      applied.push(step.id);
    }
    return applied;
  });
