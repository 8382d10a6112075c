create table job (
    id              uuid primary key,
    problem         text          not null,
    max_iterations  integer,
    model           varchar(200),
    webhook_url     varchar(2048),
    status          varchar(20)   not null,
    final_code      text,
    failure_reason  text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    finished_at     timestamptz
);

create table job_iteration (
    id             bigint generated always as identity primary key,
    job_id         uuid          not null references job (id),
    number         integer       not null,
    messages_json  text          not null,
    response       text,
    code           text,
    check_json     text,
    llm_millis     bigint        not null,
    check_millis   bigint,
    input_tokens   integer,
    output_tokens  integer,
    recorded_at    timestamptz   not null,
    constraint job_iteration_number unique (job_id, number)
);

create table outbox_message (
    id           bigint generated always as identity primary key,
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null
);

-- Event ids already applied, so a message delivered twice changes nothing the second time.
create table processed_event (
    event_id      varchar(64) primary key,
    processed_at  timestamptz  not null
);

create table webhook_delivery (
    id                varchar(64) primary key,
    job_id            uuid          not null references job (id),
    url               varchar(2048) not null,
    payload           text          not null,
    status            varchar(20)   not null,
    attempts          integer       not null,
    next_attempt_at   timestamptz   not null,
    last_status_code  integer,
    last_error        text,
    created_at        timestamptz   not null,
    delivered_at      timestamptz,
    constraint webhook_delivery_once_per_job unique (job_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
