-- A delivery is for a job or for a whole batch.
alter table webhook_delivery alter column job_id drop not null;
alter table webhook_delivery add column batch_id uuid references batch (id);
alter table webhook_delivery add constraint webhook_delivery_once_per_batch unique (batch_id);
alter table webhook_attempt alter column job_id drop not null;
