-- Tenants and their API keys. A key is stored only as the SHA-256 of its text (keys are 256 random bits,
-- so a fast hash is enough); the prefix is kept to tell keys apart in listings.
create table tenant (
    id                   uuid primary key,
    name                 varchar(100) not null,
    requests_per_second  integer,
    burst                integer,
    created_at           timestamptz  not null,
    constraint tenant_name unique (name)
);

create table api_key (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id),
    key_hash    varchar(64)  not null,
    prefix      varchar(20)  not null,
    created_at  timestamptz  not null,
    revoked_at  timestamptz,
    constraint api_key_hash unique (key_hash)
);
create index api_key_tenant on api_key (tenant_id);

-- Rows from before tenants belong to one tenant with no key, so they stay readable in the database and
-- reachable by nobody through the API.
insert into tenant (id, name, created_at)
select '00000000-0000-0000-0000-000000000001', 'before-tenants', now()
where exists (select 1 from job) or exists (select 1 from batch);

alter table job add column tenant_id uuid references tenant (id);
update job set tenant_id = '00000000-0000-0000-0000-000000000001';
alter table job alter column tenant_id set not null;
alter table batch add column tenant_id uuid references tenant (id);
update batch set tenant_id = '00000000-0000-0000-0000-000000000001';
alter table batch alter column tenant_id set not null;

-- Idempotency keys are unique per tenant: two tenants may use the same key.
alter table job drop constraint job_idempotency_key;
alter table job add constraint job_idempotency_key unique (tenant_id, idempotency_key);

-- Listings are per tenant.
drop index job_newest_first;
drop index job_status_newest_first;
create index job_newest_first on job (tenant_id, created_at desc, id desc);
create index job_status_newest_first on job (tenant_id, status, created_at desc, id desc);

-- A webhook endpoint: one URL of one tenant, with its own signing secret (whsec_...). A 410 disables it.
create table webhook_endpoint (
    id               uuid primary key,
    tenant_id        uuid          not null references tenant (id),
    url              varchar(2048) not null,
    secret           varchar(100)  not null,
    created_at       timestamptz   not null,
    disabled_at      timestamptz,
    disabled_reason  text,
    constraint webhook_endpoint_url unique (tenant_id, url)
);

alter table job add column webhook_endpoint_id uuid references webhook_endpoint (id);
alter table batch add column webhook_endpoint_id uuid references webhook_endpoint (id);
-- The webhook each job of the batch sends when it ends (the batch's own webhook is webhook_endpoint_id).
alter table batch add column job_webhook_url varchar(2048);
alter table batch add column job_webhook_endpoint_id uuid references webhook_endpoint (id);
alter table webhook_delivery add column endpoint_id uuid references webhook_endpoint (id);

-- Deliveries queued before per-endpoint secrets were signed with one operator secret that is gone.
update webhook_delivery set status = 'FAILED', last_error = 'not sent: queued before per-endpoint signing secrets'
where status = 'PENDING';
drop table webhook_endpoint_disabled;
