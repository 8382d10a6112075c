-- Which agent replica runs a job's turns, until when: a replica renews its leases while it lives, and a running job
-- whose lease ran out (its replica died) is taken over by another.
alter table authoring_job add column lease_owner varchar(64);
alter table authoring_job add column lease_until timestamptz;
create index authoring_job_running_lease on authoring_job (lease_until) where status = 'RUNNING';
