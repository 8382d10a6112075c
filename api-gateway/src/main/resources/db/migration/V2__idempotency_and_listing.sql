-- A submit's Idempotency-Key and the SHA-256 of its canonical request. The unique constraint is what
-- stops two concurrent submits with one key from both creating a job: the second insert fails and the
-- gateway answers with the first job instead. Keys are global for now; with tenants they become
-- unique per tenant.
alter table job add column idempotency_key varchar(200);
alter table job add column request_hash varchar(64);
alter table job add constraint job_idempotency_key unique (idempotency_key);
alter table job add constraint job_idempotency_key_has_hash
    check ((idempotency_key is null) = (request_hash is null));

-- The listing is a keyset walk, newest first, on (created_at, id); with and without a status filter.
create index job_newest_first on job (created_at desc, id desc);
create index job_status_newest_first on job (status, created_at desc, id desc);
