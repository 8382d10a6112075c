-- Programs sent to the direct check API (/api/v1/checks): checked by the workers like a job's iterations, with no
-- LLM. The data files travel in the compile request only; the check keeps their names and sizes.
create table model_check (
    id                uuid primary key,
    tenant_id         uuid         not null references tenant (id),
    code              text         not null,
    files_json        text         not null,
    diagnostics       boolean      not null,
    request_event_id  varchar(36)  not null,
    status            varchar(16)  not null,
    result_json       text,
    check_millis      bigint,
    created_at        timestamptz  not null,
    checked_at        timestamptz
);
create index model_check_by_tenant on model_check (tenant_id, created_at);
