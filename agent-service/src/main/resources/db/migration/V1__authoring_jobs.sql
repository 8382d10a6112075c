create table authoring_job (
    id              uuid primary key,
    problem         text         not null,
    max_iterations  integer      not null,
    model           varchar(200),
    prompt_version  varchar(40)  not null,
    prompt_hash     varchar(64)  not null,
    status          varchar(20)  not null,
    final_code      text,
    failure_reason  text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz
);
create index authoring_job_running on authoring_job (status) where status = 'RUNNING';

create table iteration (
    id                bigint generated always as identity primary key,
    job_id            uuid         not null references authoring_job (id),
    number            integer      not null,
    state             varchar(20)  not null,
    messages_json     text         not null,
    response          text,
    code              text,
    check_json        text,
    check_request_id  varchar(64),
    llm_millis        bigint       not null,
    check_millis      bigint,
    input_tokens      integer,
    output_tokens     integer,
    created_at        timestamptz  not null,
    checked_at        timestamptz,
    constraint iteration_number_per_job unique (job_id, number)
);

create table outbox_message (
    id           bigint generated always as identity primary key,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null
);
