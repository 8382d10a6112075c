-- Every attempt at every webhook, for the delivery log the API shows.
create table webhook_attempt (
    id               bigint generated always as identity primary key,
    delivery_id      varchar(64)  not null references webhook_delivery (id),
    job_id           uuid         not null references job (id),
    number           integer      not null,
    attempted_at     timestamptz  not null,
    status_code      integer,
    latency_millis   bigint       not null,
    error            text,
    constraint webhook_attempt_number unique (delivery_id, number)
);
create index webhook_attempt_job on webhook_attempt (job_id);

-- Endpoints that answered 410 Gone: nothing is sent to them again.
create table webhook_endpoint_disabled (
    url          varchar(2048) primary key,
    disabled_at  timestamptz   not null,
    reason       text          not null
);
