-- A batch: many problems submitted at once with shared options; a regeneration links to the batch it redoes.
create table batch (
    id                 uuid primary key,
    parent_batch_id    uuid references batch (id),
    provider           varchar(40),
    model              varchar(200),
    max_iterations     integer,
    retry_on_warnings  boolean,
    webhook_url        varchar(2048),
    problem_count      integer      not null,
    created_at         timestamptz  not null
);

alter table job add column batch_id uuid references batch (id);
-- The problem's own id within its batch (given, or its position), to compare batches problem by problem.
alter table job add column problem_key varchar(200);
create index job_batch on job (batch_id, problem_key) where batch_id is not null;
